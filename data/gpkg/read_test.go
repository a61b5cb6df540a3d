package gpkg_test

import (
	"database/sql"
	"encoding/binary"
	"errors"
	"math"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/gpkg"
	"github.com/chronomap/chronomap/geo"
)

// merged is an event of two reports, one of them placed elsewhere,
// reviewed and noted by an analyst.
func merged() event.Event {
	reports := testEvents()
	reports[1].Type, reports[1].ID = event.Attack, "b.txt#1"
	reports[1].Window = reports[0].Window
	ev := reports[0]
	ev.ID, ev.Reports = "a.txt#1+", reports
	ev.Edited, ev.Review, ev.Note = true, event.Verified, "seen"
	ev.ACLED = event.ACLEDFor(ev.Type, 3)
	return ev
}

func TestReadEventGivesBackWhatWriteEventsWrote(t *testing.T) {
	known := func(id string) *geo.Place {
		if id == stepan.ID {
			return stepan
		}
		return nil
	}
	cases := []struct {
		name string
		ev   event.Event
	}{
		{"an event of one report reads back whole", testEvents()[0]},
		{"an undated event at a country reads back whole", testEvents()[1]},
		{"an event of two reports reads back with both, and its review", merged()},
		{"a place moved off the gazetteer reads back as it was", func() event.Event {
			ev := testEvents()[0]
			ev.Place = &geo.Place{ID: "moved:1", Name: "12 km NE of Stepanakert", Kind: geo.Feature, Point: orb.Point{46.8, 39.9}}
			ev.DateText, ev.Fatalities = nil, nil
			return ev
		}()},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "out.gpkg")
			w, err := gpkg.Create(path)
			if err != nil {
				t.Fatal(err)
			}
			w.WriteEvents(c.ev)
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			db, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			got, err := gpkg.ReadEvent(db, c.ev.ID, known)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, c.ev) {
				t.Errorf("read back\n %+v\nwant\n %+v", got, c.ev)
			}
		})
	}
}

func TestReadEventOfNoEventIsNoRows(t *testing.T) {
	db, _ := write(t)
	if _, err := gpkg.ReadEvent(db, "nowhere#1", nil); !errors.Is(err, sql.ErrNoRows) {
		t.Errorf("error %v, want sql.ErrNoRows", err)
	}
}

func TestPointOfReadsEveryEnvelope(t *testing.T) {
	point := orb.Point{46.75, 39.82}
	cases := []struct {
		name string
		blob []byte
		ok   bool
	}{
		{"a point with no envelope reads", pointBlob(0, 0, point), true},
		{"a point with an envelope of z and m reads", pointBlob(4, 64, point), true},
		{"an envelope kind the spec has not is refused", pointBlob(5, 0, point), false},
		{"a blob that is no GeoPackage binary is refused", []byte("POINT(46.75 39.82)"), false},
		{"a header without its point is refused", pointBlob(1, 32, point)[:40], false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := gpkg.PointOf(c.blob)
			if (err == nil) != c.ok || c.ok && got != point {
				t.Errorf("PointOf = %v, %v", got, err)
			}
		})
	}
}

// pointBlob is GeoPackage binary of p, with an envelope of the kind and
// size given (zeros: PointOf reads past it), in little-endian.
func pointBlob(kind byte, size int, p orb.Point) []byte {
	b := append([]byte{'G', 'P', 0, kind<<1 | 1}, make([]byte, 4+size)...)
	b = append(b, 1, 1, 0, 0, 0)
	for _, v := range p {
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(v))
	}
	return b
}
