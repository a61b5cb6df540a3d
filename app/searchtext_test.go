package app

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// foldedWhole is what the search looks in, as one text: the place's names,
// the actors and claimants, and the sentences of the event and its
// reports, folded. The search finds the events that hold every word of
// the query in it.
func foldedWhole(e event.Event) string {
	var parts []string
	add := func(e event.Event) {
		if p := e.Place; p != nil {
			parts = append(parts, p.Name, p.Admin1)
			parts = append(parts, p.AltNames...)
		}
		parts = append(parts, e.Actors...)
		parts = append(parts, e.ClaimedBy...)
		parts = append(parts, e.DeniedBy...)
		parts = append(parts, e.Sentence)
	}
	add(e)
	for _, r := range e.Reports {
		add(r)
	}
	return text.Fold(strings.Join(parts, " | "))
}

// searchedEvents are events of every part the search looks in, with
// reports, other names and letters folding makes plain.
func searchedEvents() []event.Event {
	shushi := &geo.Place{Name: "Shushi", Admin1: "Shusha", AltNames: []string{"Şuşa"}}
	return []event.Event{
		{Type: event.Attack, Place: shushi, Actors: []string{"Azerbaijan"}, Sentence: "Azerbaijani forces shelled Shushi."},
		{Type: event.Clash, Place: &geo.Place{Name: "Hadrut"}, Actors: []string{"Armenia", "Azerbaijan"},
			Sentence: "Fighting raged around Hadrut."},
		{Type: event.Attack, Place: &geo.Place{Name: "Ganja"}, ClaimedBy: []string{"Armenia"}, DeniedBy: []string{"Russia"},
			Sentence: "A missile hit a block of flats in Ganja.",
			Reports: []event.Event{
				{Place: &geo.Place{Name: "Ganja"}, Sentence: "A missile hit a block of flats in Ganja."},
				{Place: &geo.Place{Name: "Gəncə"}, Actors: []string{"Armenian forces"}, Sentence: "Rockets struck Gəncə overnight."},
			}},
		{Type: event.Diplomacy, Sentence: "Talks went on in Moscow, the Kremlin said."},
		{Type: event.Other, Place: &geo.Place{Name: "Hats’avan"}, Sentence: "Villagers fled Hats'avan."},
	}
}

func TestSearchFindsWhatTheFoldedTextHolds(t *testing.T) {
	events := searchedEvents()
	// Many events, so that each part the search is done in holds some.
	rng := rand.New(rand.NewPCG(3, 4))
	words := []string{"shelled", "Ganja", "Gəncə", "talks", "forces", "Şuşa", "Kremlin", "overnight", "fled", "Hats’avan"}
	for i := range 500 {
		e := event.Event{Type: event.Type(i % int(event.NumTypes)), Sentence: words[rng.IntN(len(words))] + " " + words[rng.IntN(len(words))]}
		if rng.IntN(3) == 0 {
			e.Actors = []string{words[rng.IntN(len(words))]}
		}
		if rng.IntN(5) == 0 {
			e.Reports = []event.Event{{Sentence: words[rng.IntN(len(words))]}, {Sentence: e.Sentence}}
		}
		events = append(events, e)
	}
	ix := indexEvents(events)
	tests := []struct {
		query  string
		hidden []event.Type
	}{
		{"susa", nil}, {"Şuşa", nil}, {"shusha", nil}, // other names, and the region
		{"armenia", nil}, {"russia", nil}, // actors, claimants and deniers
		{"flats", nil}, {"gence", nil}, {"armenian forces", nil}, // the reports
		{"azerbaijan hadrut", nil}, {"hadrut azerbaijan", nil}, // every word, in any order
		{"hatsavan", nil}, {"hats avan", nil}, // apostrophes dropped
		{"a", nil}, {"ga", nil}, {"rd", nil}, // words shorter than the signatures' runs
		{"flats ganja", nil}, {"ganja talks", nil}, {"missile overnight", nil}, // across a report's sentences
		{"kyiv", nil}, {"", []event.Type{event.Attack}}, {"ganja", []event.Type{event.Attack, event.Clash}},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%q hiding %v", tt.query, tt.hidden), func(t *testing.T) {
			f := eventFilter{hidden: map[event.Type]bool{}}
			for _, typ := range tt.hidden {
				f.hidden[typ] = true
			}
			f.setQuery(tt.query)
			shown := ix.shownBy(f)
			for i, e := range events {
				want := !f.hidden[e.Type]
				for _, w := range f.words {
					want = want && strings.Contains(foldedWhole(e), w)
				}
				if got := shown == nil || shown[i]; got != want {
					t.Errorf("event %d (%q) shown %v, want %v", i, foldedWhole(e), got, want)
				}
			}
		})
	}
}
