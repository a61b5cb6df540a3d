package workspace

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// The outlines of the events are kept in one value, in columns of a few
// bytes an event, so that a million of them read in a fraction of a
// second: a row each would take seconds. The encoding is little-endian:
//
//	"CMO1"
//	places: uvarint count, then each: its ID, name, country and admin1
//	  (each a uvarint length and the bytes), its kind (a byte), its
//	  longitude and latitude (float64 bits)
//	events: uvarint count, then each: its ID (a uvarint length and the
//	  bytes), its place (a uvarint, 0 for none,
//	  else 1 + the place's index), its type (a byte), its flags (a byte:
//	  bit 0 edited, bit 1 dated, bits 2-3 its review), and when dated, its
//	  first and last day (varints, days since 1970-01-01, the last as a
//	  difference from the first) and its precision (a byte)

// outlineMagic starts the encoding; another version has another.
const outlineMagic = "CMO1"

const (
	flagEdited = 1 << iota
	flagDated
	reviewShift = iota
)

// encodeOutlines encodes the outlines of events.
func encodeOutlines(events []event.Event) []byte {
	b := []byte(outlineMagic)
	index := map[*geo.Place]uint64{}
	var places []*geo.Place
	for i := range events {
		if p := events[i].Place; p != nil && index[p] == 0 {
			places = append(places, p)
			index[p] = uint64(len(places))
		}
	}
	b = binary.AppendUvarint(b, uint64(len(places)))
	for _, p := range places {
		for _, s := range []string{p.ID, p.Name, p.Country, p.Admin1} {
			b = append(binary.AppendUvarint(b, uint64(len(s))), s...)
		}
		b = append(b, byte(p.Kind))
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(p.Point[0]))
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(p.Point[1]))
	}
	b = binary.AppendUvarint(b, uint64(len(events)))
	for i := range events {
		ev := &events[i]
		flags := byte(ev.Review) << reviewShift
		if ev.Edited {
			flags |= flagEdited
		}
		if ev.Window != nil {
			flags |= flagDated
		}
		b = append(binary.AppendUvarint(b, uint64(len(ev.ID))), ev.ID...)
		b = append(binary.AppendUvarint(b, index[ev.Place]), byte(ev.Type), flags)
		if w := ev.Window; w != nil {
			first, last := dayNumber(w.Start), dayNumber(w.End)
			b = binary.AppendVarint(binary.AppendVarint(b, first), last-first)
			b = append(b, byte(w.Precision))
		}
	}
	return b
}

// dayNumber is t's day, counted from 1970-01-01.
func dayNumber(t time.Time) int64 {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// outlineReader decodes what encodeOutlines wrote.
type outlineReader struct {
	b   []byte
	err error
}

var errTruncated = errors.New("the outlines end early")

func (r *outlineReader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	return took(r, n, v)
}

func (r *outlineReader) varint() int64 {
	v, n := binary.Varint(r.b)
	return took(r, n, v)
}

// took passes over the n bytes a varint of value v took, which binary
// says is 0 or less when they are not a varint.
func took[V uint64 | int64](r *outlineReader, n int, v V) V {
	if n <= 0 {
		r.fail(errTruncated)
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *outlineReader) bytes(n uint64) []byte {
	if uint64(len(r.b)) < n {
		r.fail(errTruncated)
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *outlineReader) byte() byte {
	if b := r.bytes(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *outlineReader) float() float64 {
	if b := r.bytes(8); b != nil {
		return math.Float64frombits(binary.LittleEndian.Uint64(b))
	}
	return 0
}

func (r *outlineReader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

// decodeOutlines decodes the outlines b holds. A place is known's when
// known has one of its ID, name and point, so that it is the gazetteer's
// own; the events of one date window share it.
func decodeOutlines(b []byte, known func(id string) *geo.Place) ([]event.Event, error) {
	if len(b) < len(outlineMagic) || string(b[:len(outlineMagic)]) != outlineMagic {
		return nil, errors.New("the outlines are not in a format this Chronomap reads")
	}
	r := &outlineReader{b: b[len(outlineMagic):]}
	places := make([]*geo.Place, min(r.uvarint(), uint64(len(r.b))))
	for i := range places {
		p := &geo.Place{}
		for _, s := range []*string{&p.ID, &p.Name, &p.Country, &p.Admin1} {
			*s = string(r.bytes(r.uvarint()))
		}
		p.Kind = geo.Kind(r.byte())
		p.Point[0], p.Point[1] = r.float(), r.float()
		if known != nil {
			if g := known(p.ID); g != nil && g.Name == p.Name && g.Point == p.Point {
				p = g
			}
		}
		places[i] = p
	}
	events := make([]event.Event, min(r.uvarint(), uint64(len(r.b))))
	windows := map[[2]int64]*dates.Window{}
	for i := range events {
		ev := &events[i]
		ev.ID = string(r.bytes(r.uvarint()))
		if at := r.uvarint(); at > uint64(len(places)) {
			r.fail(fmt.Errorf("event %d: place %d of %d", i, at, len(places)))
		} else if at > 0 {
			ev.Place = places[at-1]
		}
		ev.Type = event.Type(r.byte())
		flags := r.byte()
		ev.Edited, ev.Review = flags&flagEdited != 0, event.Review(flags>>reviewShift&3)
		if flags&flagDated != 0 {
			first := r.varint()
			last := first + r.varint()
			precision := dates.Precision(r.byte())
			key := [2]int64{first, last<<8 | int64(precision)}
			if ev.Window = windows[key]; ev.Window == nil {
				ev.Window = &dates.Window{Start: time.Unix(first*86400, 0).UTC(), End: time.Unix(last*86400, 0).UTC(), Precision: precision}
				windows[key] = ev.Window
			}
		}
		if r.err != nil {
			return nil, r.err
		}
	}
	if r.err == nil && len(r.b) > 0 {
		r.fail(fmt.Errorf("%d bytes after the outlines", len(r.b)))
	}
	return events, r.err
}
