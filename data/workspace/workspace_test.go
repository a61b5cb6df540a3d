package workspace

import (
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/edit"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/gpkg"
	"github.com/chronomap/chronomap/data/gpkg/gpkgtest"
	"github.com/chronomap/chronomap/geo"
)

var barda = &geo.Place{ID: "geonames:587057", Name: "Barda", Kind: geo.City, Country: "AZ", Point: orb.Point{47.12, 40.37}}

func day(s string) *time.Time {
	d, _ := time.Parse(time.DateOnly, s)
	return &d
}

func sampleArticles() []Stored {
	return []Stored{
		{"/news/a.txt", article.Article{Name: "a.txt", Text: "Shelling hit Barda on Tuesday.", Published: day("2020-10-28"), BodyOffset: 18}},
		{"", article.Article{Name: "b.txt", Text: "Talks resumed in Moscow."}},
	}
}

func create(t *testing.T) (*Workspace, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "work.gpkg")
	w, err := Create(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	return w, path
}

// reopen opens the workspace at path, closed by all, and fails t with
// readOnly if it opens read-only.
func reopen(t *testing.T, path, readOnly string) *Workspace {
	t.Helper()
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	if w.ReadOnly() {
		t.Fatal(readOnly)
	}
	return w
}

func TestWorkspaceReopensAsLeft(t *testing.T) {
	w, path := create(t)
	if err := w.AddArticles(sampleArticles()); err != nil {
		t.Fatal(err)
	}
	layer := Layer{Path: "/data/layer.geojson", Events: []event.Event{
		{ID: "x#1", Source: "x", Type: event.Attack, Place: barda, Sentence: "Shelling hit Barda.", Note: "seen"},
		{ID: "x#2", Source: "x", Type: event.Protest, Place: barda, Sentence: "Crowds gathered in Barda."}}}
	if err := w.AddLayer(layer); err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 12, 4, 1, 0, 0, 0, time.UTC)
	edits := []edit.Edit{
		{Kind: edit.Annotate, Event: "k@0:13", Who: "ana", At: at, After: edit.Value{Note: "one"}},
		{Kind: edit.Review, Event: "k@0:13", Who: "ana", At: at, After: edit.Value{Review: event.Verified}},
		{Kind: edit.Annotate, Event: "k@0:13", Who: "ana", At: at, After: edit.Value{Note: "two"}},
	}
	for i, e := range edits {
		saved, err := w.SaveEdit(e)
		if err != nil {
			t.Fatal(err)
		}
		edits[i].ID = saved.ID
	}
	if err := w.SetUndone(1); err != nil {
		t.Fatal(err)
	}
	if err := w.SetState("view", `{"zoom":7}`); err != nil {
		t.Fatal(err)
	}
	w.Close()

	w = reopen(t, path, "reopened read-only though closed")
	articles, err := w.Articles(context.Background())
	if err != nil || !reflect.DeepEqual(articles, sampleArticles()) {
		t.Errorf("articles %+v, %v; want %+v", articles, err, sampleArticles())
	}
	layers, err := w.Layers(context.Background())
	if err != nil || len(layers) != 1 || layers[0].Path != layer.Path || len(layers[0].Events) != 2 ||
		layers[0].Events[1].Sentence != layer.Events[1].Sentence || layers[0].Events[0].Note != "seen" {
		t.Errorf("layers %+v, %v; want %+v", layers, err, layer)
	}
	log, err := w.Edits()
	if err != nil {
		t.Fatal(err)
	}
	if got := log.InForce(); !reflect.DeepEqual(got, edits[:2]) {
		t.Errorf("edits in force %+v, want %+v", got, edits[:2])
	}
	if got := log.Undone(); !reflect.DeepEqual(got, edits[2:]) {
		t.Errorf("edits undone %+v, want %+v", got, edits[2:])
	}
	if v, err := w.State("view"); v != `{"zoom":7}` || err != nil {
		t.Errorf("state %q, %v", v, err)
	}
	if v, err := w.State("none"); v != "" || err != nil {
		t.Errorf("state never set: %q, %v", v, err)
	}
}

func TestANewEditDropsTheUndone(t *testing.T) {
	w, _ := create(t)
	for _, n := range []string{"a", "b"} {
		w.SaveEdit(edit.Edit{Kind: edit.Annotate, Event: "k", After: edit.Value{Note: n}})
	}
	w.SetUndone(1)
	w.SaveEdit(edit.Edit{Kind: edit.Annotate, Event: "k", After: edit.Value{Note: "c"}})
	log, _ := w.Edits()
	var notes []string
	for _, e := range log.InForce() {
		notes = append(notes, e.After.Note)
	}
	if strings.Join(notes, ",") != "a,c" || len(log.Undone()) != 0 {
		t.Errorf("edits %v, undone %d; want a,c and none", notes, len(log.Undone()))
	}
}

func TestASecondOpenIsReadOnly(t *testing.T) {
	w, path := create(t)
	w.AddArticles(sampleArticles())
	second, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer second.Close()
	if !second.ReadOnly() {
		t.Fatal("a second open of a workspace open is not read-only")
	}
	if articles, err := second.Articles(context.Background()); err != nil || len(articles) != 2 {
		t.Errorf("read-only: %d articles, %v", len(articles), err)
	}
	if err := second.SetState("view", "x"); !errors.Is(err, ErrReadOnly) {
		t.Errorf("a write to a read-only workspace: %v, want ErrReadOnly", err)
	}
	w.Close()
	reopen(t, path, "read-only once the first has closed it")
}

func TestPublishKeepsTheSpatialIndex(t *testing.T) {
	w, path := create(t)
	ev := event.Event{ID: "a.txt#1", Source: "a.txt", Type: event.Attack, Place: barda, Sentence: "Shelling hit Barda.",
		Edited: true, Review: event.Verified, Note: "seen"}
	for range 2 {
		if err := w.Publish([]event.Event{ev, ev}, []event.PlaceMentions{{Source: "a.txt", Place: barda}}); err != nil {
			t.Fatal(err)
		}
	}
	w.Close()
	db, _ := sql.Open("sqlite", path)
	defer db.Close()
	for q, want := range map[string]string{
		"SELECT count(*) FROM events":                                            "2",
		"SELECT count(*) FROM rtree_events_geom":                                 "2",
		"SELECT count(*) FROM rtree_events_geom WHERE minx > 47 AND maxx < 47.2": "2",
		"SELECT count(*) FROM rtree_places_geom":                                 "1",
		"SELECT edited || verified || note FROM events LIMIT 1":                  "11seen",
		"SELECT count(*) FROM gpkg_contents WHERE table_name = 'edits'":          "1",
		"SELECT min_x FROM gpkg_contents WHERE table_name = 'events'":            "47.12",
	} {
		var got string
		if err := db.QueryRow(q).Scan(&got); err != nil || got != want {
			t.Errorf("%s = %q, %v; want %q", q, got, err, want)
		}
	}
}

func TestOpenMakesAGeoPackageOfExtractAWorkspace(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.gpkg")
	gw, err := gpkg.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	gw.WriteArticle("/news/a.txt", sampleArticles()[0].Article)
	if err := gw.Close(); err != nil {
		t.Fatal(err)
	}
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if articles, err := w.Articles(context.Background()); err != nil || len(articles) != 1 {
		t.Errorf("%d articles, %v", len(articles), err)
	}
	if _, err := w.SaveEdit(edit.Edit{Kind: edit.Annotate, Event: "k"}); err != nil {
		t.Errorf("an edit: %v", err)
	}
}

func TestOpenNamesTheFileAndTheProblem(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.gpkg")
	os.WriteFile(text, []byte("not a database at all, but long enough to look like a header of one"), 0o644)
	plain := filepath.Join(dir, "plain.gpkg")
	db, _ := sql.Open("sqlite", plain)
	db.Exec("PRAGMA application_id = 0x47504B47; CREATE TABLE other (x)")
	db.Close()
	for path, want := range map[string]string{
		text:                            "not a GeoPackage",
		plain:                           "no table articles",
		filepath.Join(dir, "gone.gpkg"): "no such file",
		dir:                             "not a file",
	} {
		_, err := Open(path)
		if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), want) {
			t.Errorf("Open(%s) = %v, want an error naming it and saying %q", path, err, want)
		}
	}
}

func TestOgrinfoReadsAWorkspace(t *testing.T) {
	w, path := create(t)
	ev := event.Event{ID: "a.txt#1", Source: "a.txt", Type: event.Attack, Place: barda, Sentence: "Shelling hit Barda."}
	w.AddArticles(sampleArticles())
	w.SaveEdit(edit.Edit{Kind: edit.Annotate, Event: "k", After: edit.Value{Note: "seen"}})
	if err := w.Publish([]event.Event{ev}, []event.PlaceMentions{{Source: "a.txt", Place: barda}}); err != nil {
		t.Fatal(err)
	}
	gpkgtest.CheckOgrinfo(t, path, "events", "places")
}

func TestRepublishWritesWhatPublishWould(t *testing.T) {
	before := generatedEvents(50)
	after := slices.Clone(before[:45]) // five gone
	after[3].Note, after[3].Edited = "checked", true
	after[7].Place = barda
	after = append(after, generatedEvents(60)[55:]...) // five new
	rowsOf := func(publish func(w *Workspace) error) []string {
		w, path := create(t)
		if err := publish(w); err != nil {
			t.Fatal(err)
		}
		w.Close()
		db, _ := sql.Open("sqlite", path)
		defer db.Close()
		rows, err := db.Query(`SELECT e.id || ' ' || coalesce(e.note, '') || ' ' || e.place || ' ' || r.minx || ' ' ||
			(SELECT count(*) FROM reports WHERE event_fid = e.fid) FROM events e JOIN rtree_events_geom r ON r.id = e.fid ORDER BY e.id`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var s string
			rows.Scan(&s)
			out = append(out, s)
		}
		var extent string
		db.QueryRow("SELECT printf('%.4f %.4f %.4f %.4f', min_x, min_y, max_x, max_y) FROM gpkg_contents WHERE table_name = 'events'").Scan(&extent)
		return append(out, "extent "+extent)
	}
	want := rowsOf(func(w *Workspace) error { return w.Publish(after, nil) })
	got := rowsOf(func(w *Workspace) error {
		if err := w.Publish(before, nil); err != nil {
			return err
		}
		return w.Republish(before, after)
	})
	if !slices.Equal(got, want) {
		t.Errorf("republished:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestAnArticleReadAgainFromItsPathReplacesIt(t *testing.T) {
	w, _ := create(t)
	w.AddArticles(sampleArticles())
	changed := sampleArticles()[0]
	changed.Article.Text = "Shelling hit Barda on Wednesday."
	if err := w.AddArticles([]Stored{changed}); err != nil {
		t.Fatal(err)
	}
	articles, _ := w.Articles(context.Background())
	if len(articles) != 2 || articles[1].Article.Text != changed.Article.Text {
		t.Errorf("articles %+v; want b.txt and a.txt's new text", articles)
	}
}
