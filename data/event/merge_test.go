package event

import (
	"slices"
	"testing"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event/eventtest"
	"github.com/chronomap/chronomap/geo"
)

func TestMergeReports(t *testing.T) {
	stepanakert := &geo.Place{ID: "geonames:174875", Name: "Stepanakert", Kind: geo.City, Point: orb.Point{46.7519, 39.8153}}
	// Khankendi is Stepanakert's other name, entered as another place 1 km away.
	khankendi := &geo.Place{ID: "curated:khankendi", Name: "Khankendi", Kind: geo.City, Point: orb.Point{46.7600, 39.8200}}
	ganja := &geo.Place{ID: "geonames:148565", Name: "Ganja", Kind: geo.City, Point: orb.Point{46.3606, 40.6828}}
	ev := func(id, source string, typ Type, at *geo.Place, w *dates.Window) Event {
		return Event{ID: id, Source: source, Type: typ, Place: at, Window: w}
	}
	oct4 := eventtest.Window("2020-10-04", "2020-10-04", dates.Day)
	week := eventtest.Window("2020-10-01", "2020-10-07", dates.Week)
	oct11 := eventtest.Window("2020-10-11", "2020-10-11", dates.Day)
	tests := []struct {
		name   string
		events []Event
		want   [][]string // the IDs of each event's reports, in order
	}{
		{"one place, overlapping days, two articles",
			[]Event{ev("a#1", "a", Attack, stepanakert, oct4), ev("b#1", "b", Attack, stepanakert, week)},
			[][]string{{"a#1", "b#1"}}},
		{"two names of one place close together",
			[]Event{ev("a#1", "a", Attack, stepanakert, oct4), ev("b#1", "b", Attack, khankendi, oct4)},
			[][]string{{"a#1", "b#1"}}},
		{"another type is another event",
			[]Event{ev("a#1", "a", Attack, stepanakert, oct4), ev("b#1", "b", Clash, stepanakert, oct4)},
			[][]string{{"a#1"}, {"b#1"}}},
		{"another place is another event",
			[]Event{ev("a#1", "a", Attack, stepanakert, oct4), ev("b#1", "b", Attack, ganja, oct4)},
			[][]string{{"a#1"}, {"b#1"}}},
		{"days that do not overlap are other events",
			[]Event{ev("a#1", "a", Attack, stepanakert, oct4), ev("b#1", "b", Attack, stepanakert, oct11)},
			[][]string{{"a#1"}, {"b#1"}}},
		{"one article's two events stay two",
			[]Event{ev("a#1", "a", Attack, stepanakert, oct4), ev("a#2", "a", Attack, stepanakert, week)},
			[][]string{{"a#1"}, {"a#2"}}},
		{"a report known only within more than a week is no other report's event",
			[]Event{ev("a#1", "a", Attack, stepanakert, oct4),
				ev("b#1", "b", Attack, stepanakert, eventtest.Window("2020-10-01", "2020-10-31", dates.Month))},
			[][]string{{"a#1"}, {"b#1"}}},
		{"undated reports are not merged",
			[]Event{ev("a#1", "a", Attack, stepanakert, nil), ev("b#1", "b", Attack, stepanakert, nil)},
			[][]string{{"a#1"}, {"b#1"}}},
		{"a report joins only if it overlaps what all others agree on",
			[]Event{ev("a#1", "a", Attack, stepanakert, oct4), ev("b#1", "b", Attack, stepanakert, week),
				ev("c#1", "c", Attack, stepanakert, eventtest.Window("2020-10-06", "2020-10-06", dates.Day))},
			[][]string{{"a#1", "b#1"}, {"c#1"}}},
		{"order of first reports is kept",
			[]Event{ev("a#1", "a", Attack, ganja, oct11), ev("b#1", "b", Attack, stepanakert, oct4), ev("c#1", "c", Attack, ganja, oct11)},
			[][]string{{"a#1", "c#1"}, {"b#1"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got [][]string
			for _, e := range MergeReports(tt.events, SamePlaceKm) {
				got = append(got, reportIDs(e))
			}
			if !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("merged into %v, want %v", got, tt.want)
			}
		})
	}
}

// reportIDs are the IDs of the reports an event stands for.
func reportIDs(e Event) []string {
	if e.Reports == nil {
		return []string{e.ID}
	}
	var ids []string
	for _, r := range e.Reports {
		ids = append(ids, r.ID)
	}
	return ids
}

// TestMergeReportsKeepsMergedEvents merges events merged already, as the
// window does with an export read back and new articles.
func TestMergeReportsKeepsMergedEvents(t *testing.T) {
	tartar := &geo.Place{ID: "geonames:147622", Name: "Tartar", Kind: geo.City, Point: orb.Point{46.9283, 40.3408}}
	mar2 := eventtest.Window("2021-03-02", "2021-03-02", dates.Day)
	mar1to2 := eventtest.Window("2021-03-01", "2021-03-02", dates.Week)
	ev := func(id, source string, w *dates.Window) Event {
		return Event{ID: id, Source: source, Type: Attack, Place: tartar, Window: w}
	}
	// merged is the one event its reports make.
	merged := func(reports ...Event) Event {
		out := MergeReports(reports, SamePlaceKm)
		if len(out) != 1 {
			t.Fatalf("the reports %v make %d events", reports, len(out))
		}
		return out[0]
	}
	tests := []struct {
		name   string
		events []Event
		want   [][]string // the IDs of each event's reports, in order
	}{
		{"an event of a merged event's second source stays apart",
			// b#1 opened the group, so the merged event is b's: a#2 was
			// taken for another source's report, and the merged event
			// for one report of its own.
			[]Event{merged(ev("a#1", "a", mar2), ev("b#1", "b", mar1to2)), ev("a#2", "a", mar2)},
			[][]string{{"a#1", "b#1"}, {"a#2"}}},
		{"an event of a merged event's first source stays apart",
			[]Event{merged(ev("a#1", "a", mar2), ev("b#1", "b", mar1to2)), ev("b#2", "b", mar2)},
			[][]string{{"a#1", "b#1"}, {"b#2"}}},
		{"a new source's report joins a merged event, after its reports",
			[]Event{merged(ev("a#1", "a", mar2), ev("b#1", "b", mar2)), ev("c#1", "c", mar2)},
			[][]string{{"a#1", "b#1", "c#1"}}},
		{"a merged event joins no other event",
			[]Event{ev("c#1", "c", mar1to2), merged(ev("a#1", "a", mar2), ev("b#1", "b", mar2))},
			[][]string{{"c#1"}, {"a#1", "b#1"}}},
		{"two merged events at one place on one day stay two",
			[]Event{merged(ev("a#1", "a", mar2), ev("b#1", "b", mar2)), merged(ev("c#1", "c", mar2), ev("d#1", "d", mar2))},
			[][]string{{"a#1", "b#1"}, {"c#1", "d#1"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := groupIDs(MergeReports(tt.events, SamePlaceKm))
			if !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("merged into %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMergedEventCombinesItsReports(t *testing.T) {
	region := &geo.Place{ID: "r", Name: "Martuni district", Kind: geo.Region, Point: orb.Point{47.0, 39.8}}
	town := &geo.Place{ID: "t", Name: "Martuni", Kind: geo.City, Point: orb.Point{47.01, 39.8}}
	reports := []Event{
		{ID: "a#1", Source: "a", DocDate: eventtest.Day("2020-10-05"), Type: Attack, Place: region,
			Window: eventtest.Window("2020-10-01", "2020-10-07", dates.Week), Actors: []string{"Azerbaijan"},
			Fatalities: eventtest.Count(2), Sentence: "Shelling hit Martuni district."},
		{ID: "b#1", Source: "b", DocDate: eventtest.Day("2020-10-04"), Type: Attack, Place: town,
			Window: eventtest.Window("2020-10-03", "2020-10-04", dates.Day), Actors: []string{"Azerbaijan", "Armenia"},
			ClaimedBy: []string{"Armenia"}, Fatalities: eventtest.Count(5), Injured: eventtest.Count(1), Sentence: "Martuni was shelled."},
	}
	merged := MergeReports(reports, SamePlaceKm)
	if len(merged) != 1 {
		t.Fatalf("%d events, want 1", len(merged))
	}
	e := merged[0]
	checks := []struct {
		what      string
		got, want any
	}{
		{"window", *e.Window, *eventtest.Window("2020-10-03", "2020-10-04", dates.Day)},
		{"place, the most exact", e.Place.Name, "Martuni"},
		{"actors", e.Actors, []string{"Azerbaijan", "Armenia"}},
		{"claimed by", e.ClaimedBy, []string{"Armenia"}},
		{"fatalities, the highest", *e.Fatalities, 5},
		{"injured", *e.Injured, 1},
		{"published, the first", *e.DocDate, *eventtest.Day("2020-10-04")},
		{"source, the first report's", e.Source, "a"},
		{"reports", len(e.Reports), 2},
	}
	for _, c := range checks {
		if !equal(c.got, c.want) {
			t.Errorf("%s = %v, want %v", c.what, c.got, c.want)
		}
	}
	if reports[0].Actors[0] != "Azerbaijan" || len(reports[0].Actors) != 1 {
		t.Errorf("merging changed a report's actors: %v", reports[0].Actors)
	}
}

func equal(a, b any) bool {
	if as, ok := a.([]string); ok {
		return slices.Equal(as, b.([]string))
	}
	return a == b
}

func TestByWindowStartPutsUndatedLast(t *testing.T) {
	events := []Event{
		{ID: "undated"},
		{ID: "november", Window: eventtest.Window("2020-11-07", "2020-11-07", dates.Day)},
		{ID: "october", Window: eventtest.Window("2020-10-09", "2020-10-12", dates.Week)},
	}
	slices.SortStableFunc(events, ByWindowStart)
	var got []string
	for _, e := range events {
		got = append(got, e.ID)
	}
	if want := []string{"october", "november", "undated"}; !slices.Equal(got, want) {
		t.Errorf("order = %v, want %v", got, want)
	}
}
