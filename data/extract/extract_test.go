package extract

import (
	"io"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/geojson"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/data/text/texttest"
	"github.com/chronomap/chronomap/geo"
)

var testExtractor = sync.OnceValues(func() (*Extractor, error) {
	g, err := geo.Default()
	if err != nil {
		return nil, err
	}
	return NewExtractor(g), nil
})

func mustExtractor(t testing.TB) *Extractor {
	t.Helper()
	x, err := testExtractor()
	if err != nil {
		t.Fatalf("loading the gazetteer: %v", err)
	}
	return x
}

func seedEvents(t *testing.T) map[string][]event.Event {
	t.Helper()
	paths := texttest.SeedFiles(t)
	x := mustExtractor(t)
	out := map[string][]event.Event{}
	for _, p := range paths {
		a, err := readArticle(p)
		if err != nil {
			t.Fatal(err)
		}
		events, _ := x.Extract(a)
		out[a.Name] = events
	}
	return out
}

// TestExtractSeeds checks the events a reader of the sample articles expects.
func TestExtractSeeds(t *testing.T) {
	all := seedEvents(t)
	tests := []struct {
		name                string
		source              string
		typ                 event.Type
		place               string // the place's name, folded
		start, end          string // the window; "" for undated
		claimedBy, deniedBy string // a substring of one claimant or denier
		fatalities, injured int    // -1: not checked
	}{
		{"Ganja missile strike", "002_bc799acba1ccdee3.txt", event.Attack, "ganja", "2020-10-10", "2020-10-13", "", "", 10, 35},
		{"Moscow meetings", "002_bc799acba1ccdee3.txt", event.Diplomacy, "moscow", "2020-10-10", "2020-10-10", "", "", -1, -1},
		{"overnight attacks outside Shushi", "000_0c9996e1b47d4323.txt", event.Attack, "shushi", "2020-11-06", "2020-11-07", "Armenia", "Azerbaijani Defense Ministry", -1, -1},
		{"clashes from September 27", "000_0c9996e1b47d4323.txt", event.Clash, "karabakh", "2020-09-27", "2020-09-27", "", "", -1, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got *event.Event
			for i, e := range all[tt.source] {
				s, end := windowText(&e)
				if e.Type == tt.typ && matchesPlace(e.Place, tt.place) && s == tt.start && end == tt.end {
					got = &all[tt.source][i]
					break
				}
			}
			if got == nil {
				t.Fatalf("no %s event at %s from %s to %s in %s; events: %s",
					tt.typ, tt.place, tt.start, tt.end, tt.source, describe(all[tt.source]))
			}
			if tt.claimedBy != "" && !anyContains(got.ClaimedBy, tt.claimedBy) {
				t.Errorf("claimed by %q, want %q", got.ClaimedBy, tt.claimedBy)
			}
			if tt.deniedBy != "" && !anyContains(got.DeniedBy, tt.deniedBy) {
				t.Errorf("denied by %q, want %q", got.DeniedBy, tt.deniedBy)
			}
			if tt.fatalities >= 0 && orNone(got.Fatalities) != tt.fatalities {
				t.Errorf("fatalities %d, want %d", orNone(got.Fatalities), tt.fatalities)
			}
			if tt.injured >= 0 && orNone(got.Injured) != tt.injured {
				t.Errorf("injured %d, want %d", orNone(got.Injured), tt.injured)
			}
		})
	}
}

// TestExtractUndatedSeed checks that an article without a publication date
// gives its events without invented dates.
func TestExtractUndatedSeed(t *testing.T) {
	events := seedEvents(t)["001_041865ae3648969e.txt"]
	if len(events) == 0 {
		t.Fatal("no events in the undated article")
	}
	for _, e := range events {
		if e.Window != nil && !strings.Contains(e.Sentence, "1994") {
			t.Errorf("event %s at %s dated %v from %q, with no publication date and no year in the sentence",
				e.Type, e.Place.Name, e.Window, e.Sentence)
		}
	}
}

func matchesPlace(p *geo.Place, folded string) bool {
	if text.Fold(p.Name) == folded || strings.Contains(text.Fold(p.Name), folded) {
		return true
	}
	return slices.ContainsFunc(p.AltNames, func(n string) bool { return text.Fold(n) == folded })
}

func windowText(e *event.Event) (string, string) {
	if e.Window == nil {
		return "", ""
	}
	return e.Window.Start.Format("2006-01-02"), e.Window.End.Format("2006-01-02")
}

func anyContains(list []string, s string) bool {
	return slices.ContainsFunc(list, func(x string) bool { return strings.Contains(x, s) })
}

func describe(events []event.Event) string {
	var b strings.Builder
	for _, e := range events {
		b.WriteString("\n  " + eventLine(&e, true) + ": " + e.Sentence)
	}
	return b.String()
}

// An article dated on the first or last day Chronomap can write gives
// events that stay within the years 1 to 9999, so that they can be
// exported: "the day before" the first day of year 1 is that day itself.
func TestExtractAtTheEdgesOfTheCalendar(t *testing.T) {
	x := mustExtractor(t)
	for _, header := range []string{" date 0001-01-01", " date 9999-12-31"} {
		a, err := article.ReadArticle("edge.txt", strings.NewReader(header+"\nArtillery shelled Stepanakert, officials said.\n"))
		if err != nil {
			t.Fatal(err)
		}
		events, _ := x.Extract(a)
		if len(events) != 1 {
			t.Fatalf("%s: %d events, want 1", header, len(events))
		}
		w := events[0].Window
		if w.Start.Year() < dates.MinYear || w.End.Year() > dates.MaxYear {
			t.Errorf("%s: window %v to %v leaves the years 1 to 9999", header, w.Start, w.End)
		}
		if err := geojson.EncodeEvents(io.Discard, events); err != nil {
			t.Errorf("%s: %v", header, err)
		}
	}
}

func TestMayDeny(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool
	}{
		{"denied, a stem of deny", "Azerbaijan denied the claims.", true},
		{"deny itself", "Officials deny it", true},
		{"dismissed", "Baku dismissed the report as false.", true},
		{"disputed", "Armenia disputed the account.", true},
		{"rejected", "The ministry rejected the claims.", true},
		{"refuted", "Yerevan refuted it", true},
		{"called, as in called untrue", "It called the report untrue.", true},
		{"a stem at the very end", "They deni", true},
		{"no stem of a denial", "Shelling hit Stepanakert on Friday.", false},
		{"a stem cut short by the end", "den", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mayDeny(tt.text); got != tt.want {
				t.Errorf("mayDeny(%q) = %t, want %t", tt.text, got, tt.want)
			}
		})
	}
}
