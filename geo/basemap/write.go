package basemap

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/paulmach/orb"
)

// Builder collects the pieces and labels of a basemap and writes the file
// Decode reads. The generator uses it.
type Builder struct {
	specs  []LevelSpec
	pieces [][numLayers][]cellPiece
	labels []Label
}

type cellPiece struct {
	cell int
	Piece
}

// NewBuilder starts a basemap with levels of detail laid out as specs,
// coarsest first.
func NewBuilder(specs []LevelSpec) *Builder {
	return &Builder{specs: specs, pieces: make([][numLayers][]cellPiece, len(specs))}
}

// Add adds a piece to a layer of a level. The piece must lie in one cell of
// the level's grid (see CellBound): it is filed under the cell of its
// bound's centre.
func (b *Builder) Add(level int, l Layer, p Piece) {
	col, row := cellOf(b.specs[level].Grid, p.Bound.Center())
	b.pieces[level][l] = append(b.pieces[level][l], cellPiece{row*b.specs[level].Grid + col, p})
}

// AddLabel adds a label.
func (b *Builder) AddLabel(l Label) { b.labels = append(b.labels, l) }

// WriteTo writes the basemap file. Pieces keep the order they were added
// in within a cell; labels are sorted by importance: mostly, the ones shown
// from the smallest zoom first (see rank), then by kind.
func (b *Builder) WriteTo(w io.Writer) (int64, error) {
	buf := []byte(fileHeader)
	buf = binary.AppendUvarint(buf, formatVersion)
	buf = binary.AppendUvarint(buf, uint64(len(b.specs)))
	for _, s := range b.specs {
		buf = appendZoom(buf, s.MaxZoom)
		buf = binary.AppendUvarint(buf, uint64(s.Grid))
		buf = binary.AppendUvarint(buf, uint64(s.Bits))
	}
	for lev := range b.specs {
		for l := range numLayers {
			var err error
			grid, err := appendGrid(nil, b.pieces[lev][l], l.IsArea(), b.specs[lev].unit())
			if err != nil {
				return 0, fmt.Errorf("basemap: level %d, %s: %w", lev, l, err)
			}
			buf = binary.AppendUvarint(buf, uint64(len(grid)))
			buf = append(buf, grid...)
		}
	}
	labels := slices.Clone(b.labels)
	slices.SortStableFunc(labels, func(a, b Label) int {
		return cmp.Or(cmp.Compare(quantZoom(a.rank()), quantZoom(b.rank())),
			cmp.Compare(a.Kind, b.Kind), strings.Compare(a.Text, b.Text))
	})
	buf = binary.AppendUvarint(buf, uint64(len(labels)))
	var prev [2]int64
	for _, l := range labels {
		buf = binary.AppendUvarint(buf, uint64(len(l.Text)))
		buf = append(buf, l.Text...)
		buf = binary.AppendUvarint(buf, uint64(l.Kind))
		buf = appendZoom(buf, l.MinZoom)
		buf = appendZoom(buf, l.MaxZoom)
		buf = appendPoint(buf, &prev, l.Point, labelUnit)
	}
	n, err := w.Write(buf)
	return int64(n), err
}

// appendGrid appends the pieces of one layer of one level.
func appendGrid(buf []byte, pieces []cellPiece, area bool, unit float64) ([]byte, error) {
	pieces = slices.Clone(pieces)
	slices.SortStableFunc(pieces, func(a, b cellPiece) int { return cmp.Compare(a.cell, b.cell) })
	var cells, parts, points int
	for i, p := range pieces {
		if i == 0 || p.cell != pieces[i-1].cell {
			cells++
		}
		for _, part := range p.parts(area) {
			parts++
			points += len(part)
		}
	}
	for _, n := range []int{cells, len(pieces), parts, points} {
		buf = binary.AppendUvarint(buf, uint64(n))
	}
	var prev [2]int64
	prevCell := -1
	for i := 0; i < len(pieces); {
		cell := pieces[i].cell
		j := i
		for j < len(pieces) && pieces[j].cell == cell {
			j++
		}
		buf = binary.AppendUvarint(buf, uint64(cell-prevCell-1))
		buf = binary.AppendUvarint(buf, uint64(j-i))
		for _, p := range pieces[i:j] {
			parts := p.parts(area)
			if len(parts) == 0 {
				return nil, fmt.Errorf("an empty piece in cell %d", cell)
			}
			buf = appendZoom(buf, p.MinZoom)
			buf = binary.AppendUvarint(buf, uint64(p.Class))
			buf = binary.AppendUvarint(buf, uint64(len(parts)))
			for _, part := range parts {
				buf = binary.AppendUvarint(buf, uint64(len(part)))
				for _, pt := range part {
					buf = appendPoint(buf, &prev, pt, unit)
				}
			}
		}
		prevCell, i = cell, j
	}
	return buf, nil
}

// parts returns the rings or lines of a piece as point slices.
func (p *Piece) parts(area bool) [][]orb.Point {
	var out [][]orb.Point
	if area {
		for _, r := range p.Polygon {
			out = append(out, r)
		}
	} else {
		for _, ls := range p.Lines {
			out = append(out, ls)
		}
	}
	return out
}

var labelUnit = LevelSpec{Bits: labelBits}.unit()

func appendPoint(buf []byte, prev *[2]int64, p orb.Point, unit float64) []byte {
	for k := range 2 {
		q := int64(math.Round(p[k] / unit))
		buf = binary.AppendVarint(buf, q-prev[k])
		prev[k] = q
	}
	return buf
}

func quantZoom(z float64) int { return int(math.Round(z * zoomUnit)) }

func appendZoom(buf []byte, z float64) []byte {
	return binary.AppendUvarint(buf, uint64(max(0, quantZoom(z))))
}
