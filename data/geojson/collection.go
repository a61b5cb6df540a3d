package geojson

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/chronomap/chronomap/data/attrs"
)

// A file is read in one pass, a feature at a time, so that a layer of any
// size takes the memory of its events rather than of its text, which is
// several times more: encoding/json's Decoder reads the collection's
// members token by token and each feature whole, which the reader of its
// layer reads before the next is read. A feature's members are kept as the
// JSON they were written as: a position that is missing or too short can
// then be told from [0, 0], which decoding it into numbers would make of it.
//
// The errors are those of the file read whole by encoding/json, as it was
// read before it was streamed, and come in the same order: the first error
// of syntax in the file, then the first value of the collection of the
// wrong JSON type, a collection of another type or without features, the
// first feature that is not an object, and then the first feature its
// layer's reader refuses. A feature's error thus stops the reading of
// events but not of the file, whose syntax is still checked to its end.

// rawFeature is a GeoJSON Feature with its members not yet decoded. They
// are the reader's buffer, valid until the next feature is read.
type rawFeature struct {
	ID         json.RawMessage `json:"id"`
	Geometry   json.RawMessage `json:"geometry"`
	Properties json.RawMessage `json:"properties"`
}

// A featureSink takes the features of a collection as they are read.
type featureSink interface {
	// restart drops the features taken: a collection with two "features"
	// members, which JSON allows, holds the last, as encoding/json reads
	// it.
	restart()
	// take reads feature i, from 0. Its error, which names the feature,
	// ends the taking.
	take(i int, f rawFeature) error
}

// collectionMembers are the members of a FeatureCollection that are not
// its features, and whether it has them, as encoding/json decodes them.
type collectionMembers struct {
	Type     string             `json:"type"`
	Features *[]json.RawMessage `json:"features"` // nil when missing, as in a misspelt "featrues"
}

// utf8BOM is the byte-order mark some Windows tools open UTF-8 files with.
// JSON has no place for it, but RFC 8259 lets a reader skip it.
var utf8BOM = []byte("\ufeff")

// readBuffer is how much of a file is read at a time.
const readBuffer = 64 << 10

// readFeatures reads the GeoJSON FeatureCollection in r, handing each of
// its features to sink as soon as it is read.
func readFeatures(r io.Reader, sink featureSink) error {
	br := bufio.NewReaderSize(r, readBuffer)
	if start, _ := br.Peek(len(utf8BOM)); bytes.Equal(start, utf8BOM) {
		br.Discard(len(utf8BOM))
	}
	in := &replayReader{r: br}
	dec := json.NewDecoder(in)
	dec.UseNumber() // so that a number reads back as written (see notAnArray)
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		if in.err != nil {
			return in.err
		}
		// Not an object: no feature to stream, and a file to tell what it
		// is instead, as encoding/json tells it of the whole.
		whole, err := in.all()
		if err != nil {
			return err
		}
		return wholeCollectionError(whole)
	}
	c := collectionReader{dec: dec, in: in}
	var members collectionMembers
	var typeErr, featuresErr error // the first of each
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return c.syntaxError(err)
		}
		key := tok.(string) // Token returns a member's name where one is due
		var value json.RawMessage
		if strings.EqualFold(key, "features") {
			if tok, err = dec.Token(); err != nil {
				return c.syntaxError(err)
			}
			if tok == json.Delim('[') {
				if featuresErr, err = c.readArray(sink); err != nil {
					return err
				}
				members.Features = &[]json.RawMessage{} // not nil: there are features
				in.mark(dec.InputOffset(), afterMember)
				continue
			}
			value, err = c.notAnArray(tok)
		} else {
			err = dec.Decode(&value)
		}
		if err != nil {
			return c.syntaxError(err)
		}
		in.mark(dec.InputOffset(), afterMember)
		// Decoded as a one-member object, the value is decoded as it would
		// be in the whole collection: names in any case, null leaving what
		// was there, and the first error of type kept.
		member, _ := json.Marshal(key)
		member = append(append(append([]byte{'{'}, member...), ':'), value...)
		if err := json.Unmarshal(append(member, '}'), &members); err != nil && typeErr == nil {
			typeErr = err
		}
	}
	if _, err := dec.Token(); err != nil { // the collection's }
		return c.syntaxError(err)
	}
	in.mark(dec.InputOffset(), afterCollection)
	if _, err := dec.Token(); err != io.EOF {
		return c.syntaxError(err) // anything after the collection
	}
	return cmp.Or(members.check(typeErr), featuresErr)
}

// check says what is wrong with a collection of these members, or of a
// value of the wrong type, typeErr, among them.
func (m collectionMembers) check(typeErr error) error {
	switch {
	case typeErr != nil:
		return fmt.Errorf("not a GeoJSON FeatureCollection: %w", typeError("the collection", typeErr))
	case m.Type != "FeatureCollection":
		return fmt.Errorf("not a GeoJSON FeatureCollection (type %s)", attrs.Shortened(m.Type))
	case m.Features == nil:
		return errors.New(`not a GeoJSON FeatureCollection: no "features" array`)
	}
	return nil
}

// wholeCollectionError is the error of a file b whose JSON is not an
// object, as encoding/json finds it reading the whole.
func wholeCollectionError(b []byte) error {
	var members collectionMembers
	err := json.Unmarshal(b, &members)
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return syntaxErrorOnLine(se, 1+bytes.Count(b[:min(se.Offset, int64(len(b)))], newline))
	}
	return members.check(err)
}

func syntaxErrorOnLine(err *json.SyntaxError, line int) error {
	return fmt.Errorf("not a GeoJSON FeatureCollection: %w (line %d)", err, line)
}

var newline = []byte("\n")

// collectionReader reads the members of a collection after its {.
type collectionReader struct {
	dec *json.Decoder
	in  *replayReader
}

// readArray reads the features array, after its [, to its ], handing each
// feature to sink. featuresErr is the error of the features, which a
// later error of syntax overrides; err is an error of syntax or of reading.
func (c collectionReader) readArray(sink featureSink) (featuresErr, err error) {
	sink.restart()
	var notObject, refused error
	var e featureElement // one for all, so that its buffer is reused
	for i := 0; c.dec.More(); i++ {
		if err := c.dec.Decode(&e); err != nil {
			return nil, c.syntaxError(err)
		}
		c.in.mark(c.dec.InputOffset(), afterFeature)
		switch {
		case notObject != nil:
		case !e.object:
			notObject = fmt.Errorf("feature %d: %s is not a GeoJSON Feature object", i+1, shown(e.raw))
		case refused == nil:
			refused = sink.take(i, e.feature)
		}
	}
	if _, err := c.dec.Token(); err != nil { // the array's ]
		return nil, c.syntaxError(err)
	}
	return cmp.Or(notObject, refused), nil
}

// notAnArray reads the rest of a value of the features that is not an
// array, which starts with tok, and returns it, or for an object {}: JSON
// of the value's type, which is all its error tells.
func (c collectionReader) notAnArray(tok json.Token) (json.RawMessage, error) {
	if tok != json.Delim('{') {
		return json.Marshal(tok) // a json.Number as written
	}
	for depth := 1; depth > 0; {
		tok, err := c.dec.Token()
		if err != nil {
			return nil, err
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
	return json.RawMessage("{}"), nil
}

// syntaxError is the error of syntax, or of reading, that err reports: of
// syntax as encoding/json reports it of the file read whole, with the line
// it is on (see replayReader).
func (c collectionReader) syntaxError(err error) error {
	if c.in.err != nil {
		return c.in.err
	}
	if se, line, ok := c.in.replay(); ok {
		return syntaxErrorOnLine(se, line)
	}
	return fmt.Errorf("not a GeoJSON FeatureCollection: %w", err)
}

// featureElement is one element of the features array, as written.
type featureElement struct {
	raw     []byte
	object  bool       // an object, or null: a feature, if perhaps a broken one
	feature rawFeature // its members, in raw
}

// UnmarshalJSON takes the element b, which the Decoder has checked is
// JSON. It is part of json.Unmarshaler.
func (e *featureElement) UnmarshalJSON(b []byte) error {
	e.raw = append(e.raw[:0], b...)
	e.feature, e.object = rawFeature{}, true
	switch e.raw[0] {
	case '{':
		e.feature = splitFeature(e.raw)
	case 'n': // null, as encoding/json reads it: a feature of nothing
	default:
		e.object = false
	}
	return nil
}

// Where a replayReader's mark may be, and the JSON that puts
// encoding/json's scanner in the state it is in there.
const (
	afterMember     = `{"":{}`  // after a member of the collection
	afterFeature    = `{"":[{}` // after a feature in the array
	afterCollection = `{}`      // after the collection
)

// A replayReader passes on what it reads from r and keeps what it read
// from the last mark on. The Decoder tells where an error of syntax is
// in its own terms, which are not those of encoding/json reading the file
// whole, and has no line; replaying what was kept through json.Unmarshal,
// after JSON that puts its scanner where the Decoder was at the mark, finds
// the error again as encoding/json tells it, and where it is.
type replayReader struct {
	r     io.Reader
	kept  []byte
	start int // where in kept the bytes from the mark on start
	// marked is the JSON that stands for what came before the mark, at
	// offset, and newlines are the newlines before it.
	marked   string
	offset   int64
	newlines int
	err      error // the first error of reading, other than io.EOF
}

func (rr *replayReader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
	rr.kept = append(rr.kept, p[:n]...)
	if err != nil && err != io.EOF && rr.err == nil {
		rr.err = err
	}
	return n, err
}

// mark drops what was read before offset, where the Decoder stands now,
// in the state the JSON marked puts encoding/json's scanner in.
func (rr *replayReader) mark(offset int64, marked string) {
	end := rr.start + int(offset-rr.offset)
	rr.newlines += bytes.Count(rr.kept[rr.start:end], newline)
	rr.start, rr.offset, rr.marked = end, offset, marked
	// Dropped only once they are half of what is kept, the bytes before
	// the mark cost a copy now and then rather than at every mark.
	if rr.start > len(rr.kept)/2 {
		rr.kept = append(rr.kept[:0], rr.kept[rr.start:]...)
		rr.start = 0
	}
}

// replay finds the first error of syntax in what was kept, and its line.
func (rr *replayReader) replay() (err *json.SyntaxError, line int, ok bool) {
	kept := rr.kept[rr.start:]
	if !errors.As(json.Unmarshal(append([]byte(rr.marked), kept...), new(json.RawMessage)), &err) {
		return nil, 0, false
	}
	at := min(max(int(err.Offset)-len(rr.marked), 0), len(kept))
	return err, 1 + rr.newlines + bytes.Count(kept[:at], newline), true
}

// all is the whole input, from the start, when there is no mark.
func (rr *replayReader) all() ([]byte, error) {
	if _, err := io.Copy(io.Discard, rr); err != nil {
		return nil, err
	}
	return rr.kept, nil
}

// splitFeature is the members of the feature object b, which must be
// valid JSON, as encoding/json decodes them into a rawFeature: names in any
// case, and of a name given twice, the last.
func splitFeature(b []byte) rawFeature {
	var f rawFeature
	for i := skipSpace(b, 1); b[i] != '}'; {
		nameEnd := endOfString(b, i)
		name := b[i+1 : nameEnd-1]
		if bytes.IndexByte(name, '\\') >= 0 {
			var unquoted string
			json.Unmarshal(b[i:nameEnd], &unquoted)
			name = []byte(unquoted)
		}
		i = skipSpace(b, skipSpace(b, nameEnd)+1) // past the :
		end := endOfValue(b, i)
		switch value := b[i:end]; {
		case bytes.EqualFold(name, idName):
			f.ID = value
		case bytes.EqualFold(name, geometryName):
			f.Geometry = value
		case bytes.EqualFold(name, propertiesName):
			f.Properties = value
		}
		if i = skipSpace(b, end); b[i] == ',' {
			i = skipSpace(b, i+1)
		}
	}
	return f
}

var idName, geometryName, propertiesName = []byte("id"), []byte("geometry"), []byte("properties")

func skipSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// endOfString is the end of the JSON string that starts at b[i].
func endOfString(b []byte, i int) int {
	for i++; ; i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
}

// endOfValue is the end of the valid JSON value that starts at b[i].
func endOfValue(b []byte, i int) int {
	switch b[i] {
	case '"':
		return endOfString(b, i)
	case '{', '[':
		for depth := 0; ; {
			switch b[i] {
			case '"':
				i = endOfString(b, i)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return i + 1
				}
			}
			i++
		}
	}
	for ; i < len(b); i++ {
		switch b[i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return i
		}
	}
	return i
}

// errorAt names feature i (from 0) in err: by its number from 1, and by
// its id when it has one, so that the user can find it in the file.
func (f rawFeature) errorAt(i int, err error) error {
	if id := f.id(); id != "" {
		return fmt.Errorf("feature %d (id %s): %w", i+1, id, err)
	}
	return fmt.Errorf("feature %d: %w", i+1, err)
}

// id is the feature's id as written, shortened: the Feature's own id
// member, or else the id property of the layer's kind (see attrs.Record.ID).
// It is looked up only for an error, so the properties are decoded again.
func (f rawFeature) id() string {
	if !isNull(f.ID) && string(f.ID) != `""` {
		return shown(f.ID)
	}
	p, err := decodeProps(f.Properties)
	if err != nil {
		return ""
	}
	if id := p.IDValue(); id != nil {
		return attrs.Shortened(id)
	}
	return ""
}

func isNull(raw json.RawMessage) bool {
	return len(raw) == 0 || string(bytes.TrimSpace(raw)) == "null"
}

// shown is JSON as written, compacted and cut as attrs.Cut cuts it.
func shown(raw []byte) string {
	var b bytes.Buffer
	if json.Compact(&b, raw) != nil {
		b.Reset()
		b.Write(raw)
	}
	return attrs.Cut(b.String())
}
