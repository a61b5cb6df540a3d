package edit

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/event/eventtest"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

var (
	tartar = &geo.Place{ID: "geonames:585156", Name: "Tartar", Kind: geo.City, Country: "AZ", Point: orb.Point{46.93, 40.34}}
	terter = &geo.Place{ID: "geonames:585155", Name: "Terter District", Kind: geo.Region, Country: "AZ", Point: orb.Point{46.8, 40.3}}
	barda  = &geo.Place{ID: "geonames:587057", Name: "Barda", Kind: geo.City, Country: "AZ", Point: orb.Point{47.12, 40.37}}
)

// report is one article's report, its sentence at sentence and its place
// named at mention.
func report(source string, sentence, mention int, typ event.Type, p *geo.Place, day string) event.Event {
	return event.Event{ID: source + "#1", Source: source, Type: typ, Place: p,
		Window: eventtest.Window(day, day, dates.Day), Offset: text.Span{Start: sentence, End: sentence + 40},
		PlaceText: text.Span{Start: mention, End: mention + 6}, Sentence: "Shelling hit " + p.Name + "."}
}

// keysBySource take each report's source for its article's origin.
var keysBySource Keys = func(r *event.Event) string { return Key(r, r.Source, true) }

func TestApply(t *testing.T) {
	a := report("a.txt", 0, 13, event.Attack, terter, "2020-10-04")
	b := report("b.txt", 50, 60, event.Attack, barda, "2020-10-04")
	c := report("c.txt", 10, 20, event.Attack, barda, "2020-10-05")
	ab := event.Combine([]event.Event{a, c})
	verified := func(ev *event.Event) { ev.Review = event.Verified; ev.Edited = true }
	tests := []struct {
		name   string
		events []event.Event
		edits  []Edit
		want   func(events []event.Event) []event.Event
		lost   int
	}{
		{"a move sets the place, and keeps the mention the article made",
			[]event.Event{a, b}, []Edit{{Kind: Move, Event: "a.txt@0:13", After: Value{Place: tartar}}},
			func(e []event.Event) []event.Event {
				e[0].Place, e[0].Edited = tartar, true
				return e
			}, 0},
		{"a redate sets the window",
			[]event.Event{a}, []Edit{{Kind: Redate, Event: "a.txt@0:13", After: Value{Window: eventtest.Window("2020-10-03", "2020-10-04", dates.Day)}}},
			func(e []event.Event) []event.Event {
				e[0].Window, e[0].Edited = eventtest.Window("2020-10-03", "2020-10-04", dates.Day), true
				return e
			}, 0},
		{"a retype sets the type and drops the ACLED sub-event type the rules gave",
			[]event.Event{{ID: "a.txt#1", Source: "a.txt", Type: event.Attack, ACLED: event.ACLEDAirDroneStrike, Place: barda}},
			[]Edit{{Kind: Retype, Event: "a.txt@0:0", After: Value{Type: event.Clash}}},
			func(e []event.Event) []event.Event {
				e[0].Type, e[0].ACLED, e[0].Edited = event.Clash, event.ACLEDByType, true
				return e
			}, 0},
		{"an edit names its event by any of its reports",
			[]event.Event{ab, b}, []Edit{{Kind: Review, Event: "c.txt@10:20", After: Value{Review: event.Verified}}},
			func(e []event.Event) []event.Event { verified(&e[0]); return e }, 0},
		{"an edit finds its event by the sentence when the rules now place it at another mention",
			[]event.Event{a}, []Edit{{Kind: Annotate, Event: "a.txt@0:99", After: Value{Note: "checked"}}},
			func(e []event.Event) []event.Event { e[0].Note, e[0].Edited = "checked", true; return e }, 0},
		{"an edit whose event is gone is lost, not applied elsewhere",
			[]event.Event{a, b}, []Edit{{Kind: Annotate, Event: "z.txt@0:13", After: Value{Note: "x"}}},
			func(e []event.Event) []event.Event { return e }, 1},
		{"a merge makes one event of two, at the most exact place",
			[]event.Event{a, b}, []Edit{{Kind: Merge, Event: "a.txt@0:13", Reports: []string{"b.txt@50:60"}}},
			func(e []event.Event) []event.Event {
				m := event.Combine(e)
				m.Edited = true
				return []event.Event{m}
			}, 0},
		{"a merge keeps the corrections made before it of the first event",
			[]event.Event{a, b}, []Edit{
				{Kind: Move, Event: "a.txt@0:13", After: Value{Place: tartar}},
				{Kind: Merge, Event: "a.txt@0:13", Reports: []string{"b.txt@50:60"}}},
			func(e []event.Event) []event.Event {
				m := event.Combine(e)
				m.Place, m.Edited = tartar, true
				return []event.Event{m}
			}, 0},
		{"a split takes reports out into an event of their own, after the others",
			[]event.Event{ab, b}, []Edit{{Kind: Split, Event: "a.txt@0:13", Reports: []string{"c.txt@10:20"}}},
			func(e []event.Event) []event.Event {
				a, c := a, c
				a.Edited, c.Edited = true, true
				return []event.Event{a, b, c}
			}, 0},
		{"edits after a split find the event split off",
			[]event.Event{ab}, []Edit{{Kind: Split, Event: "a.txt@0:13", Reports: []string{"c.txt@10:20"}},
				{Kind: Review, Event: "c.txt@10:20", After: Value{Review: event.Rejected}}},
			func(e []event.Event) []event.Event {
				a, c := a, c
				a.Edited, c.Edited, c.Review = true, true, event.Rejected
				return []event.Event{a, c}
			}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := append([]event.Event(nil), tt.events...)
			got, lost := Apply(in, tt.edits, keysBySource)
			want := tt.want(append([]event.Event(nil), tt.events...))
			if !reflect.DeepEqual(got, want) {
				t.Errorf("events:\n got %+v\nwant %+v", got, want)
			}
			if len(lost) != tt.lost {
				t.Errorf("%d edits lost, want %d", len(lost), tt.lost)
			}
			if !reflect.DeepEqual(in, tt.events) {
				t.Error("Apply changed the events it was given")
			}
		})
	}
}

func TestLogUndoRedo(t *testing.T) {
	note := func(n string) Edit { return Edit{Kind: Annotate, After: Value{Note: n}} }
	l := NewLog(nil, 0)
	l.Do(note("a"))
	l.Do(note("b"))
	if e, ok := l.Undo(); !ok || e.After.Note != "b" {
		t.Fatalf("Undo = %v, %v; want b", e, ok)
	}
	if got := len(l.InForce()); got != 1 {
		t.Fatalf("%d edits in force after an undo, want 1", got)
	}
	if e, ok := l.Redo(); !ok || e.After.Note != "b" {
		t.Fatalf("Redo = %v, %v; want b", e, ok)
	}
	if _, ok := l.Redo(); ok {
		t.Fatal("Redo with nothing undone")
	}
	l.Undo()
	l.Undo()
	if _, ok := l.Undo(); ok {
		t.Fatal("Undo past the first edit")
	}
	l.Redo()
	l.Do(note("c")) // drops b, undone
	if got := l.InForce(); len(got) != 2 || got[1].After.Note != "c" || len(l.Undone()) != 0 {
		t.Fatalf("after a new edit: in force %v, undone %v; want a, c and none", got, l.Undone())
	}
}

func TestEditJSONRoundTrip(t *testing.T) {
	at := time.Date(2026, 12, 4, 1, 2, 3, 0, time.UTC)
	for _, e := range []Edit{
		{Kind: Move, Event: "k", Who: "ana", At: at, Before: Value{Place: terter}, After: Value{Place: tartar}},
		{Kind: Redate, Event: "k", At: at, After: Value{Window: eventtest.Window("2020-10-03", "2020-10-09", dates.Week)}},
		{Kind: Retype, Event: "k", At: at, Before: Value{Type: event.Attack}, After: Value{Type: event.Protest}},
		{Kind: Review, Event: "k", At: at, After: Value{Review: event.Rejected}},
		{Kind: Annotate, Event: "k", At: at, After: Value{Note: "Same as the Barda strike."}},
		{Kind: Merge, Event: "k", Reports: []string{"l", "m"}, At: at},
		{Kind: Split, Event: "k", Reports: []string{"l"}, At: at},
	} {
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		var back Edit
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: %v", b, err)
		}
		if !reflect.DeepEqual(back, e) {
			t.Errorf("%s came back as %+v, want %+v", b, back, e)
		}
	}
}

func TestEditJSONRefusesWhatItDoesNotKnow(t *testing.T) {
	for _, s := range []string{
		`{"kind":"teleport","event":"k"}`,
		`{"kind":"type","event":"k","after":{"type":"picnic"}}`,
		`{"kind":"review","event":"k","after":{"review":"maybe"}}`,
		`{"kind":"move","event":"k","after":{"place":{"kind":"planet"}}}`,
		`{"kind":"date","event":"k","after":{"window":{"start":"4 Oct","end":"2020-10-04"}}}`,
	} {
		var e Edit
		if err := json.Unmarshal([]byte(s), &e); err == nil {
			t.Errorf("%s read without an error", s)
		}
	}
}
