package gpkg_test

import (
	"bytes"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/gpkg"
	textspan "github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

var (
	day     = time.Date(2020, 11, 7, 0, 0, 0, 0, time.UTC)
	stepan  = &geo.Place{ID: "geonames:174875", Name: "Stepanakert", Kind: geo.City, Country: "AZ", Point: orb.Point{46.75, 39.82}}
	armenia = &geo.Place{ID: "geonames:174982", Name: "Armenia", Kind: geo.Country, Country: "AM", Point: orb.Point{45, 40}}
	dead    = 3
)

const text = "Azerbaijani forces shelled Stepanakert on Saturday. Thousands protested in Armenia."

func sha256Hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// testEvents are two events of one article: one dated, placed in a town,
// with actors and a count, and one undated, placed by its country.
func testEvents() []event.Event {
	return []event.Event{{
		ID: "a.txt#1", Source: "a.txt", DocDate: &day, Type: event.Attack, Place: stepan,
		Window:   &dates.Window{Start: day, End: day, Precision: dates.Day},
		DateText: &textspan.Span{Start: 33, End: 44}, PlaceText: textspan.Span{Start: 20, End: 31},
		Actors: []string{"Azerbaijani forces"}, ClaimedBy: []string{"Armenia's ministry"}, Fatalities: &dead,
		Sentence: "Azerbaijani forces shelled Stepanakert on Saturday.", Offset: textspan.Span{Start: 0, End: 51},
	}, {
		ID: "a.txt#2", Source: "a.txt", DocDate: &day, Type: event.Protest, Place: armenia,
		Sentence: "Thousands protested in Armenia.", Offset: textspan.Span{Start: 52, End: 83},
	}}
}

// write writes testEvents, a place and an article to a new GeoPackage and
// opens it with the driver.
func write(t *testing.T) (*sql.DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "out.gpkg")
	w, err := gpkg.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	a := article.Article{Name: "a.txt", Text: text, Published: &day}
	pm := event.PlaceMentions{Source: "a.txt", Place: stepan, Mentions: []geo.Mention{{Text: "Stepanakert", Start: 27, End: 38, Confidence: 0.91234}}}
	w.WriteArticle("dir/a.txt", a)
	w.WriteEvents(testEvents()...)
	w.WritePlaces(pm, event.PlaceMentions{Source: "a.txt"}) // the unresolved one is left out
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, path
}

// expect checks that each query gives its rows, as query writes them.
func expect(t *testing.T, db *sql.DB, rows map[string]string) {
	t.Helper()
	for q, want := range rows {
		if got := query(t, db, q); got != want {
			t.Errorf("%s:\n got %s\nwant %s", q, got, want)
		}
	}
}

// query runs q and writes its rows a line each, their values split by |.
func query(t *testing.T, db *sql.DB, q string) string {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		var row []string
		for _, v := range vals {
			if v.Valid {
				row = append(row, v.String)
			} else {
				row = append(row, "NULL")
			}
		}
		out = append(out, strings.Join(row, "|"))
	}
	return strings.Join(out, "\n")
}

func TestGpkgHeaderAndRegistry(t *testing.T) {
	db, path := write(t)
	b, _ := os.ReadFile(path)
	if !bytes.HasPrefix(b, []byte("SQLite format 3\x00")) || binary.BigEndian.Uint32(b[68:]) != 0x47504B47 || binary.BigEndian.Uint32(b[60:]) != 10300 {
		t.Errorf("SQLite header: application_id %#x, user_version %d", binary.BigEndian.Uint32(b[68:]), binary.BigEndian.Uint32(b[60:]))
	}
	expect(t, db, map[string]string{
		"SELECT srs_id, organization, organization_coordsys_id FROM gpkg_spatial_ref_sys ORDER BY srs_id": "-1|NONE|-1\n0|NONE|0\n4326|EPSG|4326",
		"SELECT table_name, data_type, min_x, min_y, max_x, max_y, srs_id FROM gpkg_contents ORDER BY table_name": "articles|attributes|NULL|NULL|NULL|NULL|NULL\n" +
			"events|features|45|39.82|46.75|40|4326\nplaces|features|46.75|39.82|46.75|39.82|4326\nreports|attributes|NULL|NULL|NULL|NULL|NULL",
		"SELECT * FROM gpkg_geometry_columns ORDER BY table_name": "events|geom|POINT|4326|0|0\nplaces|geom|POINT|4326|0|0",
		"SELECT table_name, column_name, extension_name, scope FROM gpkg_extensions ORDER BY 1, 3": "articles|text|chronomap_fts5|write-only\n" +
			"events|geom|gpkg_rtree_index|write-only\nplaces|geom|gpkg_rtree_index|write-only\nreports|sentence|chronomap_fts5|write-only",
		"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'rtree_events_geom_%'": "6",
		// The R-tree holds 32-bit floats, rounded outwards.
		"SELECT * FROM rtree_events_geom ORDER BY id":  "1|46.75|46.75|39.81999969482422|39.820003509521484\n2|45|45|40|40",
		"SELECT id, minx, miny FROM rtree_places_geom": "1|46.75|39.81999969482422",
	})
}

func TestGpkgPointBinary(t *testing.T) {
	db, _ := write(t)
	var g []byte
	if err := db.QueryRow("SELECT geom FROM events WHERE fid = 1").Scan(&g); err != nil {
		t.Fatal(err)
	}
	f := func(v float64) []byte { return binary.LittleEndian.AppendUint64(nil, math.Float64bits(v)) }
	want := []byte{'G', 'P', 0, 0x03, 0xE6, 0x10, 0, 0} // version 0, little-endian with an XY envelope, SRS 4326
	for _, v := range []float64{46.75, 46.75, 39.82, 39.82} {
		want = append(want, f(v)...)
	}
	want = append(want, 1, 1, 0, 0, 0) // WKB little-endian Point
	want = append(append(want, f(46.75)...), f(39.82)...)
	if !bytes.Equal(g, want) {
		t.Errorf("geom\n got % x\nwant % x", g, want)
	}
}

func TestGpkgRoundTrip(t *testing.T) {
	db, _ := write(t)
	expect(t, db, map[string]string{
		`SELECT id, source, date(doc_date), date(event_date), date(date_start), date(date_end), time_precision, event_type, acled_event_type,
		  place, place_id, country_code, admin1, geo_precision, actors, claimed_by, denied_by, fatalities, injured,
		  "offset", place_kind, place_offset, date_offset FROM events ORDER BY fid`: "a.txt#1|a.txt|2020-11-07|2020-11-07|2020-11-07|2020-11-07|1|attack|Explosions/Remote violence|" +
			`Stepanakert|geonames:174875|AZ|NULL|1|["Azerbaijani forces"]|["Armenia's ministry"]|[]|3|NULL|[0,51]|city|[20,31]|[33,44]` + "\n" +
			"a.txt#2|a.txt|2020-11-07|NULL|NULL|NULL|NULL|protest|Protests|Armenia|geonames:174982|AM|NULL|3|[]|[]|[]|NULL|NULL|[52,83]|country|[0,0]|NULL",
		"SELECT event_fid, id, longitude, latitude, sentence FROM reports ORDER BY fid": "1|a.txt#1|46.75|39.82|Azerbaijani forces shelled Stepanakert on Saturday.\n2|a.txt#2|45|40|Thousands protested in Armenia.",
		"SELECT source, place, kind, confidence, mentions FROM places":                  `a.txt|Stepanakert|city|0.912|[{"text":"Stepanakert","start":27,"end":38,"confidence":0.912}]`,
		"SELECT name, path, date(published), sha256 FROM articles":                      "a.txt|dir/a.txt|2020-11-07|" + sha256Hex(text),
		// Days are stored as the text YYYY-MM-DD, which the driver reads as times.
		"SELECT count(*) FROM events WHERE doc_date = '2020-11-07' AND typeof(doc_date) = 'text'":            "2",
		"SELECT r.id FROM reports_fts f JOIN reports r ON r.fid = f.rowid WHERE reports_fts MATCH 'shelled'": "a.txt#1",
		"SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'protested'":                                "1",
	})
}

func TestGpkgAbortLeavesTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.gpkg")
	os.WriteFile(path, []byte("yesterday"), 0o644)
	w, err := gpkg.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w.WriteEvents(testEvents()...)
	w.Abort()
	entries, _ := os.ReadDir(filepath.Dir(path))
	if b, _ := os.ReadFile(path); string(b) != "yesterday" || len(entries) != 1 {
		t.Errorf("after Abort: %q, %d files", b, len(entries))
	}
}

func TestGpkgErrorNamesTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.gpkg")
	w, err := gpkg.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Abort()
	ev := testEvents()[0]
	ev.Place = &geo.Place{ID: "x", Point: orb.Point{math.NaN(), 0}}
	if err := w.WriteEvents(ev); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("WriteEvents of a NaN point: %v", err)
	}
	if err := w.Close(); err == nil {
		t.Error("Close after an error succeeded")
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("a failed write left a file")
	}
}
