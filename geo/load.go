package geo

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/chronomap/chronomap/assets"
	"github.com/paulmach/orb"
)

var defaultGazetteer = sync.OnceValues(func() (*Gazetteer, error) {
	g, err := Load(assets.Gazetteer)
	if err != nil {
		return nil, fmt.Errorf("embedded %s: %w", assets.GazetteerFile, err)
	}
	return g, nil
})

// Default returns the gazetteer bundled with Chronomap (assets.Gazetteer),
// loaded on the first call and shared afterwards.
func Default() (*Gazetteer, error) { return defaultGazetteer() }

// Load reads a gazetteer written by Gazetteer.WriteTo. The returned
// gazetteer does not refer to data.
func Load(data []byte) (*Gazetteer, error) {
	pre, err := readPreamble(data)
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	// Everything is allocated up front, so that each chunk's goroutine
	// fills its own part and name chunks can point at places not yet read.
	slab := make([]Place, pre.places)
	alts := make([]string, pre.alts)
	t := nameTable{
		keyEnd:  make([]uint32, pre.keys),
		posts:   make([]*Place, pre.posts),
		postEnd: make([]uint32, pre.keys),
	}
	keys := make([]byte, pre.keyBytes)

	var wg sync.WaitGroup
	errs := make([]error, len(pre.chunks))
	maxWords := make([]int, len(pre.chunks))
	var place, alt, key, post, keyByte int
	for i, c := range pre.chunks {
		if c.names {
			out := nameChunk{
				keys: keys[keyByte : keyByte+c.keyBytes], keyBase: keyByte,
				keyEnd: t.keyEnd[key : key+c.items], postEnd: t.postEnd[key : key+c.items],
				posts: t.posts[post : post+c.posts], postBase: post, places: slab,
			}
			wg.Go(func() { maxWords[i], errs[i] = out.decode(c) })
			key, post, keyByte = key+c.items, post+c.posts, keyByte+c.keyBytes
		} else {
			out, outAlts := slab[place:place+c.items], alts[alt:alt+c.alts]
			wg.Go(func() { errs[i] = decodePlaces(c, out, outAlts, pre.shared) })
			place, alt = place+c.items, alt+c.alts
		}
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("gazetteer: chunk %d: %w", i+1, err)
		}
	}
	t.keys = bytesString(keys)
	for _, c := range pre.chunks {
		// Each chunk checked its own order; this checks where they meet.
		if c.names && c.firstKey > 0 && c.items > 0 && t.key(c.firstKey-1) >= t.key(c.firstKey) {
			return nil, fmt.Errorf("gazetteer: keys out of order at %q", t.key(c.firstKey))
		}
	}
	places := make([]*Place, len(slab))
	for i := range slab {
		places[i] = &slab[i]
	}
	return build(places, t, pre.demonyms, largest(maxWords)), nil
}

func largest(xs []int) int {
	m := 0
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}

// preamble is the uncompressed head of a gazetteer file.
type preamble struct {
	places, alts, keys, posts, keyBytes int
	shared                              []string
	demonyms                            map[string]string
	chunks                              []chunk
}

// chunk is one chunk of places or of names, and what it holds.
type chunk struct {
	names              bool
	items, alts, posts int // places or keys; alternate names; postings
	keyBytes, firstKey int
	numSize, textSize  int
	num, text          []byte // numbers; compressed text
}

func readPreamble(data []byte) (preamble, error) {
	rest, ok := bytes.CutPrefix(data, []byte(fileHeader))
	if !ok {
		return preamble{}, errors.New("not a Chronomap gazetteer v1 file (header line missing)")
	}
	c := cursor{b: rest}
	d := decoder{num: &c, text: &c} // the preamble has its strings inline
	if v := d.uint(); v != formatVersion && d.err == nil {
		return preamble{}, fmt.Errorf("format version %d, want %d", v, formatVersion)
	}
	// Every place, alternate name, key and posting takes at least a byte of
	// numbers, and numbers compress less than twice: a count beyond 16 times
	// the file's size is corruption, and must not make Load allocate it.
	limit := uint64(16 * len(rest))
	size := func() int {
		n := d.uint()
		if n > limit {
			d.fail("count %d exceeds what the file can hold", n)
			return 0
		}
		return int(n)
	}
	var p preamble
	p.places, p.alts, p.keys, p.posts, p.keyBytes = size(), size(), size(), size(), size()
	p.shared = make([]string, d.count())
	for i := range p.shared {
		p.shared[i] = strings.Clone(d.string())
	}
	p.demonyms = make(map[string]string)
	for range d.count() {
		dem := strings.Clone(d.string())
		p.demonyms[dem] = strings.Clone(d.string())
	}
	var sum chunk
	for _, names := range []bool{false, true} {
		for range d.count() {
			c := chunk{names: names, items: size()}
			if names {
				c.posts, c.keyBytes, c.firstKey = size(), size(), sum.items
			} else {
				c.alts = size()
			}
			p.chunks = append(p.chunks, c)
			sum.items, sum.alts, sum.posts, sum.keyBytes = sum.items+c.items, sum.alts+c.alts, sum.posts+c.posts, sum.keyBytes+c.keyBytes
			if names && c.firstKey+c.items > p.keys || !names && sum.items > p.places {
				d.fail("chunks hold more than the totals")
			}
			p.chunks[len(p.chunks)-1].numSize = size()
			p.chunks[len(p.chunks)-1].textSize = size()
		}
		if !names {
			if sum.items != p.places || sum.alts != p.alts {
				d.fail("place chunks do not add up to the totals")
			}
			sum = chunk{}
		}
	}
	if sum.items != p.keys || sum.posts != p.posts || sum.keyBytes != p.keyBytes {
		d.fail("name chunks do not add up to the totals")
	}
	// The chunks follow the preamble, in order.
	for i := range p.chunks {
		p.chunks[i].num = d.bytes(p.chunks[i].numSize)
		p.chunks[i].text = d.bytes(p.chunks[i].textSize)
	}
	if d.err == nil && c.pos != len(rest) {
		d.fail("%d bytes after the last chunk", len(rest)-c.pos)
	}
	return p, d.err
}

// inflate decompresses one gzip stream whole.
func inflate(stream []byte) ([]byte, error) {
	if len(stream) < 4 {
		return nil, errors.New("truncated stream")
	}
	// gzip's trailer holds the size, so the body is read into one buffer of
	// the right size rather than a growing one.
	size := binary.LittleEndian.Uint32(stream[len(stream)-4:])
	if uint64(size) > 1032*uint64(len(stream)) {
		return nil, errors.New("corrupt gzip trailer")
	}
	zr, err := gzip.NewReader(bytes.NewReader(stream))
	if err != nil {
		return nil, err
	}
	body := make([]byte, size)
	if _, err := io.ReadFull(zr, body); err != nil {
		return nil, err
	}
	// Reading on to the end makes gzip check the checksum.
	if n, err := zr.Read(make([]byte, 1)); n != 0 || err != io.EOF {
		if err == nil || err == io.EOF {
			err = errors.New("stream longer than its recorded size")
		}
		return nil, err
	}
	return body, nil
}

// decodePlaces fills places from a chunk; their alternate names are
// slices of alts, one allocation for all.
func decodePlaces(c chunk, places []Place, alts []string, shared []string) error {
	d, err := c.decoder()
	if err != nil {
		return err
	}
	// IDs "geonames:n" are stored as n and rebuilt into one buffer.
	idBuf := make([]byte, 0, len(places)*(len(geonamesIDs)+8))
	idEnd := make([]int, len(places))
	var id uint64
	var lon, lat int64
	for i := range places {
		p := &places[i]
		switch v := d.uint(); {
		case v&1 == 1:
			id += uint64(unzigzag(v >> 1))
			idBuf = strconv.AppendUint(append(idBuf, geonamesIDs...), id, 10)
		case v != 0:
			d.fail("place %d: bad ID tag %d", i, v)
		default:
			if p.ID = d.string(); p.ID == "" {
				d.fail("place %d has an empty ID", i)
			}
		}
		idEnd[i] = len(idBuf)
		p.Name = d.string()
		if p.Kind = Kind(d.uint()); p.Kind > Feature {
			d.fail("place %d: unknown kind %d", i, p.Kind)
		}
		p.Feature = d.shared(shared)
		p.Country = d.shared(shared)
		p.Admin1 = d.shared(shared)
		lon += d.int()
		lat += d.int()
		p.Point = orb.Point{float64(lon) / coordScale, float64(lat) / coordScale}
		p.Population = int(min(d.uint(), 1<<53))
		na := d.count()
		if na > len(alts) {
			d.fail("place %d: more alternate names than recorded", i)
		}
		if d.err != nil {
			return d.err
		}
		p.AltNames, alts = alts[:na:na], alts[na:]
		for j := range p.AltNames {
			p.AltNames[j] = d.string()
		}
	}
	if d.err == nil && (!d.done() || len(alts) != 0) {
		d.fail("chunk sizes do not add up")
	}
	ids, start := bytesString(idBuf), 0
	for i := range places {
		if places[i].ID == "" {
			places[i].ID = ids[start:idEnd[i]]
		}
		start = idEnd[i]
	}
	return d.err
}

// nameChunk is the part of the name table one chunk fills.
type nameChunk struct {
	keys              []byte   // this chunk's key bytes
	keyBase, postBase int      // offsets of keys and posts in the whole table
	keyEnd, postEnd   []uint32 // this chunk's entries
	posts             []*Place
	places            []Place
}

// decode fills the chunk's part of the name table and returns the number
// of words in its longest name. It needs only the addresses of the places,
// not their content.
func (c nameChunk) decode(ch chunk) (maxWords int, err error) {
	d, err := ch.decoder()
	if err != nil {
		return 0, err
	}
	end, post, prevStart := 0, 0, 0
	for i := range c.keyEnd {
		common := int(min(d.uint(), uint64(len(c.keys))))
		h := d.uint()
		suffix := d.take(d.text, int(min(h>>2, uint64(len(c.keys)))))
		np := int(h & 3)
		if np == 3 {
			np += d.count()
		}
		if common > end-prevStart || end+common+len(suffix) > len(c.keys) {
			d.fail("key %d does not fit", i)
		}
		if d.err != nil {
			return 0, d.err
		}
		start := end
		end += copy(c.keys[end:], c.keys[prevStart:prevStart+common])
		end += copy(c.keys[end:], suffix)
		key := c.keys[start:end]
		if i > 0 && string(c.keys[prevStart:start]) >= string(key) {
			d.fail("keys out of order at %q", key)
		}
		maxWords = max(maxWords, bytes.Count(key, []byte{' '})+1)
		prevStart = start
		c.keyEnd[i] = uint32(c.keyBase + end)
		if np > len(c.posts)-post {
			d.fail("key %d: more places than recorded", i)
		}
		for range np {
			j := d.uint()
			if j >= uint64(len(c.places)) {
				d.fail("key %d: place %d out of range", i, j)
			}
			if d.err != nil {
				return 0, d.err
			}
			c.posts[post] = &c.places[j]
			post++
		}
		c.postEnd[i] = uint32(c.postBase + post)
	}
	if d.err == nil && (!d.done() || post != len(c.posts) || end != len(c.keys)) {
		d.fail("chunk sizes do not add up")
	}
	return maxWords, d.err
}

// bytesString returns b as a string without copying. Load only does this
// with buffers it made and never writes to again; copying them would double
// the memory and time of loading about 20 MB of names.
func bytesString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

func unzigzag(u uint64) int64 { return int64(u>>1) ^ -int64(u&1) }

// cursor is a position in a buffer.
type cursor struct {
	b   []byte
	pos int
}

// decoder reads numbers from one buffer and the bytes of strings from
// another, keeping the first error. Strings it returns share the text
// buffer (see bytesString).
type decoder struct {
	num, text *cursor
	err       error
}

// decoder inflates a chunk's text (and the numbers of a name chunk) and
// returns a decoder of the chunk.
func (c chunk) decoder() (*decoder, error) {
	text, err := inflate(c.text)
	if err != nil {
		return nil, err
	}
	num := c.num
	if c.names {
		if num, err = inflate(num); err != nil {
			return nil, err
		}
	}
	return &decoder{num: &cursor{b: num}, text: &cursor{b: text}}, nil
}

// done reports whether both buffers have been read to their end.
func (d *decoder) done() bool {
	return d.num.pos == len(d.num.b) && d.text.pos == len(d.text.b)
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("at byte %d: %s", d.num.pos, fmt.Sprintf(format, args...))
	}
}

func (d *decoder) uint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.num.b[d.num.pos:])
	if n <= 0 {
		d.fail("bad or truncated varint")
		return 0
	}
	d.num.pos += n
	return v
}

func (d *decoder) int() int64 { return unzigzag(d.uint()) }

// count reads a number of items that each take at least one byte, so that
// a corrupt count cannot exceed what is left of the numbers.
func (d *decoder) count() int {
	n := d.uint()
	if n > uint64(len(d.num.b)-d.num.pos) {
		d.fail("count %d exceeds the data", n)
		return 0
	}
	return int(n)
}

// shared reads an index into the shared strings.
func (d *decoder) shared(shared []string) string {
	i := d.uint()
	if i >= uint64(len(shared)) {
		d.fail("shared string %d out of range", i)
		return ""
	}
	return shared[i]
}

// bytes returns the next n bytes of the numbers buffer.
func (d *decoder) bytes(n int) []byte {
	return d.take(d.num, n)
}

// string reads a length and returns that many bytes of text.
func (d *decoder) string() string {
	n := d.uint()
	if n > uint64(len(d.text.b)-d.text.pos) {
		d.fail("string of %d bytes runs past the end", n)
		return ""
	}
	return bytesString(d.take(d.text, int(n)))
}

func (d *decoder) take(c *cursor, n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > len(c.b)-c.pos {
		d.fail("%d bytes run past the end", n)
		return nil
	}
	b := c.b[c.pos : c.pos+n]
	c.pos += n
	return b
}
