package basemap

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"sync"

	"github.com/paulmach/orb"
)

// Decode reads a basemap written by Builder.WriteTo. The map does not
// refer to data.
func Decode(data []byte) (*Map, error) {
	if !bytes.HasPrefix(data, []byte(fileHeader[:len("# Chronomap basemap v")])) {
		return nil, errors.New("basemap: not a basemap file (no header line)")
	}
	nl := bytes.IndexByte(data, '\n')
	r := &reader{data: data, pos: nl + 1}
	m, err := r.decode()
	if err != nil {
		return nil, fmt.Errorf("basemap: %w", err)
	}
	return m, nil
}

// reader reads the numbers of a basemap file; after the first error it
// returns zeros and keeps that error.
type reader struct {
	data []byte
	pos  int
	err  error
}

func (r *reader) decode() (*Map, error) {
	m, err := r.decodeAll()
	if r.err != nil {
		return nil, fmt.Errorf("at byte %d: %w", r.pos, r.err)
	}
	return m, err
}

func (r *reader) decodeAll() (*Map, error) {
	if v := r.uint(); v != formatVersion && r.err == nil {
		return nil, fmt.Errorf("format version %d, want %d", v, formatVersion)
	}
	m := &Map{levels: make([]level, r.count(64))}
	for i := range m.levels {
		l := &m.levels[i]
		l.MaxZoom = r.zoom()
		l.Grid = r.count(1 << 10) // a corrupt file cannot ask for a huge index
		l.Bits = r.count(40)
		if r.err == nil && (l.Grid == 0 || l.Bits == 0) {
			return nil, fmt.Errorf("level %d has no grid or no precision", i)
		}
	}
	if err := r.grids(m); err != nil {
		return nil, err
	}
	m.labels = make([]Label, r.count(len(r.data)))
	var prev [2]int64
	for i := range m.labels {
		l := &m.labels[i]
		l.Text = string(r.bytes(r.count(256)))
		l.Kind = LabelKind(r.uint())
		l.MinZoom, l.MaxZoom = r.zoom(), r.zoom()
		l.Point = r.point(&prev, labelUnit)
		if r.err == nil && l.Kind >= numLabelKinds {
			return nil, fmt.Errorf("label %q has unknown kind %d", l.Text, l.Kind)
		}
	}
	if r.err == nil && r.pos != len(r.data) {
		r.err = fmt.Errorf("%d bytes after the labels", len(r.data)-r.pos)
	}
	return m, r.err
}

// grids reads the grids of every level and layer, each in a goroutine of
// its own: decoding is mostly writing out points, which parallelises well.
func (r *reader) grids(m *Map) error {
	var wg sync.WaitGroup
	var errs []error
	for i := range m.levels {
		for layer := range numLayers {
			body := r.bytes(r.count(len(r.data)))
			if r.err != nil {
				return r.err
			}
			at := r.pos - len(body)
			errs = append(errs, nil)
			failed := &errs[len(errs)-1]
			wg.Go(func() {
				gr := &reader{data: body}
				gr.grid(&m.levels[i].layers[layer], m.levels[i].LevelSpec, layer.IsArea())
				if gr.err == nil && gr.pos != len(body) {
					gr.err = fmt.Errorf("%d bytes after its pieces", len(body)-gr.pos)
				}
				if gr.err != nil {
					*failed = fmt.Errorf("level %d, %s, at byte %d: %w", i, layer, at+gr.pos, gr.err)
				}
			})
		}
	}
	wg.Wait()
	return errors.Join(errs...)
}

// grid reads one layer of one level into g.
func (r *reader) grid(g *grid, spec LevelSpec, area bool) {
	n, unit := spec.Grid, spec.unit()
	cells, pieces := r.count(n*n), r.count(len(r.data))
	parts, points := r.count(len(r.data)), r.count(len(r.data))
	if r.err != nil {
		return
	}
	g.pieces = make([]Piece, 0, pieces)
	g.start = make([]int32, n*n+1)
	var rings []orb.Ring
	var lines []orb.LineString
	if area {
		rings = make([]orb.Ring, 0, parts)
	} else {
		lines = make([]orb.LineString, 0, parts)
	}
	pts := make([]orb.Point, 0, points)
	var prev [2]int64
	cell := -1
	for range cells {
		next := cell + 1 + r.count(n*n)
		npieces := r.count(pieces - len(g.pieces))
		if r.err != nil || next >= n*n {
			r.fail(fmt.Errorf("cell %d out of a %d×%d grid", next, n, n))
			return
		}
		for c := cell + 1; c <= next; c++ {
			g.start[c] = int32(len(g.pieces))
		}
		cell = next
		for range npieces {
			p := Piece{MinZoom: r.zoom(), Class: Class(r.uint()), Bound: emptyBound}
			nparts := r.count(parts - len(rings) - len(lines))
			first := len(rings) + len(lines)
			for range nparts {
				start := len(pts)
				pts = r.points(pts, r.count(points-len(pts)), &prev, unit, &p.Bound)
				if area {
					rings = append(rings, pts[start:len(pts):len(pts)])
				} else {
					lines = append(lines, pts[start:len(pts):len(pts)])
				}
			}
			if r.err != nil {
				return
			}
			if area {
				p.Polygon = rings[first:len(rings):len(rings)]
			} else {
				p.Lines = lines[first:len(lines):len(lines)]
			}
			g.pieces = append(g.pieces, p)
		}
	}
	for c := cell + 1; c <= n*n; c++ {
		g.start[c] = int32(len(g.pieces))
	}
}

func (r *reader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

func (r *reader) uint() uint64 { return number(r, binary.Uvarint) }

func (r *reader) int() int64 { return number(r, binary.Varint) }

// number reads a varint with read, binary.Uvarint or binary.Varint.
func number[T uint64 | int64](r *reader, read func([]byte) (T, int)) T {
	if r.err != nil {
		return 0
	}
	v, n := read(r.data[r.pos:])
	if n <= 0 {
		r.fail(errors.New("truncated or bad number"))
		return 0
	}
	r.pos += n
	return v
}

// count reads a number of things that cannot be more than limit, so that
// a corrupt file cannot ask for huge allocations.
func (r *reader) count(limit int) int {
	v := r.uint()
	if v > uint64(limit) {
		r.fail(fmt.Errorf("count %d exceeds %d", v, limit))
		return 0
	}
	return int(v)
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n > len(r.data)-r.pos {
		r.fail(errors.New("truncated string"))
		return nil
	}
	b := r.data[r.pos : r.pos+n]
	r.pos += n
	return b
}

func (r *reader) zoom() float64 { return float64(r.uint()) / zoomUnit }

// emptyBound is the bound of nothing, which any point extends.
var emptyBound = orb.Bound{Min: orb.Point{math.Inf(1), math.Inf(1)}, Max: orb.Point{math.Inf(-1), math.Inf(-1)}}

// points appends n points of a part to dst and extends b to them; it is
// the loop decoding spends its time in, so it keeps the reader's state in
// locals.
func (r *reader) points(dst []orb.Point, n int, prev *[2]int64, unit float64, b *orb.Bound) []orb.Point {
	if r.err != nil {
		return dst
	}
	data, pos := r.data, r.pos
	x, y := prev[0], prev[1]
	// The bound in units, turned into metres at the end.
	x0, y0, x1, y1 := int64(math.MaxInt64), int64(math.MaxInt64), int64(math.MinInt64), int64(math.MinInt64)
	for range n {
		dx, k := binary.Varint(data[pos:])
		if k <= 0 {
			r.fail(errors.New("truncated or bad number"))
			return dst
		}
		pos += k
		dy, k := binary.Varint(data[pos:])
		if k <= 0 {
			r.fail(errors.New("truncated or bad number"))
			return dst
		}
		pos += k
		x, y = x+dx, y+dy
		x0, y0, x1, y1 = min(x0, x), min(y0, y), max(x1, x), max(y1, y)
		dst = append(dst, orb.Point{float64(x) * unit, float64(y) * unit})
	}
	r.pos, prev[0], prev[1] = pos, x, y
	if n > 0 {
		b.Min = orb.Point{min(b.Min[0], float64(x0)*unit), min(b.Min[1], float64(y0)*unit)}
		b.Max = orb.Point{max(b.Max[0], float64(x1)*unit), max(b.Max[1], float64(y1)*unit)}
	}
	return dst
}

func (r *reader) point(prev *[2]int64, unit float64) orb.Point {
	var p orb.Point
	for k := range 2 {
		prev[k] += r.int()
		p[k] = float64(prev[k]) * unit
	}
	return p
}
