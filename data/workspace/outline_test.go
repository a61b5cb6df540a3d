package workspace

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/edit"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

func window(from, to string, p dates.Precision) *dates.Window {
	return &dates.Window{Start: *day(from), End: *day(to), Precision: p}
}

// outlineEvents are events as a window publishes them: dated and not,
// placed and not, reviewed and edited.
func outlineEvents() []event.Event {
	return []event.Event{
		{ID: "a#1", Source: "a.txt", Type: event.Attack, Place: barda, Window: window("2020-10-28", "2020-10-28", dates.Day),
			Sentence: "Shelling hit Barda on Tuesday.", Actors: []string{"Armenia"}},
		{ID: "a#2", Source: "a.txt", Type: event.Clash, Place: barda, Window: window("2020-10-19", "2020-10-25", dates.Week),
			Edited: true, Review: event.Verified, Note: "checked"},
		{ID: "b#1", Source: "b.txt", Type: event.Diplomacy, Review: event.Rejected},
		{ID: "b#2", Source: "b.txt", Type: event.Protest, Window: window("1969-12-30", "1970-01-02", dates.Month),
			Place: &geo.Place{ID: "moved:1", Name: "12 km NE of Barda", Kind: geo.Feature, Point: barda.Point}},
	}
}

// outlineOf is what the outlines keep of ev.
func outlineOf(ev event.Event) event.Event {
	return event.Event{ID: ev.ID, Type: ev.Type, Place: ev.Place, Window: ev.Window, Edited: ev.Edited, Review: ev.Review}
}

func TestOutlinesKeepWhatTheMapTheTimelineAndTheListDraw(t *testing.T) {
	events := outlineEvents()
	got, err := decodeOutlines(encodeOutlines(events), func(id string) *geo.Place {
		if id == barda.ID {
			return barda
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(events) {
		t.Fatalf("%d outlines, want %d", len(got), len(events))
	}
	for i := range events {
		if want := outlineOf(events[i]); !reflect.DeepEqual(got[i], want) {
			t.Errorf("outline %d is %+v, want %+v", i, got[i], want)
		}
	}
	if got[0].Place != barda {
		t.Error("a gazetteer's place is not the gazetteer's own once read back")
	}
}

func TestBrokenOutlinesAreAnError(t *testing.T) {
	whole := encodeOutlines(outlineEvents())
	cases := []struct {
		name, want string
		b          []byte
	}{
		{"another format is refused", "not in a format", []byte("CMO9" + string(whole[4:]))},
		{"a value cut short is refused", "end early", whole[:len(whole)-3]},
		{"bytes left over are refused", "after the outlines", append(append([]byte{}, whole...), 0, 0)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := decodeOutlines(c.b, nil); err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v, want one saying %q", err, c.want)
			}
		})
	}
}

func TestOutlinesAreCurrentUntilTheInputsOrTheProgramChange(t *testing.T) {
	published := func(t *testing.T) (*Workspace, string) {
		w, path := create(t)
		if err := w.AddArticles(sampleArticles()); err != nil {
			t.Fatal(err)
		}
		if err := w.Publish(outlineEvents(), nil); err != nil {
			t.Fatal(err)
		}
		return w, path
	}
	note := edit.Edit{Kind: edit.Annotate, Event: "k@0:13", At: time.Now(), After: edit.Value{Note: "n"}}
	cases := []struct {
		name    string
		change  func(t *testing.T, w *Workspace, path string) *Workspace
		current bool
	}{
		{"published and reopened, they are current", func(t *testing.T, w *Workspace, path string) *Workspace {
			w.Close()
			return reopen(t, path, "reopened read-only")
		}, true},
		{"an edit not yet published makes them stale", func(t *testing.T, w *Workspace, _ string) *Workspace {
			w.SaveEdit(note)
			return w
		}, false},
		{"an edit published with Republish keeps them current", func(t *testing.T, w *Workspace, _ string) *Workspace {
			w.SaveEdit(note)
			after := outlineEvents()
			after[0].Note, after[0].Edited = "n", true
			if err := w.Republish(outlineEvents(), after); err != nil {
				t.Fatal(err)
			}
			return w
		}, true},
		{"an undo not yet published makes them stale", func(t *testing.T, w *Workspace, _ string) *Workspace {
			w.SaveEdit(note)
			w.Republish(outlineEvents(), outlineEvents())
			w.SetUndone(1)
			return w
		}, false},
		{"an article added makes them stale", func(t *testing.T, w *Workspace, _ string) *Workspace {
			w.AddArticles([]Stored{{Article: sampleArticles()[1].Article}})
			return w
		}, false},
		{"an article read again makes them stale", func(t *testing.T, w *Workspace, _ string) *Workspace {
			w.AddArticles(sampleArticles()[:1])
			return w
		}, false},
		{"a layer imported makes them stale", func(t *testing.T, w *Workspace, _ string) *Workspace {
			w.AddLayer(Layer{Path: "l.geojson"})
			return w
		}, false},
		{"another program's are stale", func(t *testing.T, w *Workspace, path string) *Workspace {
			w.Close()
			other, err := OpenAs(path, "a newer Chronomap")
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { other.Close() })
			return other
		}, false},
		{"another program's Republish leaves them another's", func(t *testing.T, w *Workspace, path string) *Workspace {
			w.Close()
			other, _ := OpenAs(path, "an older Chronomap")
			other.SaveEdit(note)
			other.Republish(outlineEvents(), outlineEvents())
			other.Close()
			return reopen(t, path, "reopened read-only")
		}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w, path := published(t)
			w = c.change(t, w, path)
			if got, err := w.Current(); got != c.current || err != nil {
				t.Errorf("current %v, %v; want %v", got, err, c.current)
			}
		})
	}
}

func TestAWorkspaceNeverPublishedHasNoCurrentOutlines(t *testing.T) {
	w, _ := create(t)
	if got, err := w.Current(); got || err != nil {
		t.Errorf("current %v, %v; want false", got, err)
	}
}

func TestOutlinesReadBackInTheOrderPublished(t *testing.T) {
	w, _ := create(t)
	events := outlineEvents()
	if err := w.Publish(events, nil); err != nil {
		t.Fatal(err)
	}
	after := append(outlineEvents()[1:], outlineEvents()[0])
	after[0].Type = event.Capture
	if err := w.Republish(events, after); err != nil {
		t.Fatal(err)
	}
	got, err := w.Outlines(nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range after {
		if want := outlineOf(after[i]); !reflect.DeepEqual(got[i], want) {
			t.Errorf("outline %d is %+v, want %+v", i, got[i], want)
		}
	}
}
