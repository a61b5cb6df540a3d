// Package geojsontest makes synthetic events layers of any size, shaped like
// what `chronomap extract` writes of a large corpus of news, for the
// benchmarks of the import at scale. Nothing it makes is committed: a
// benchmark writes its layer to a temporary file.
package geojsontest

import (
	"cmp"
	"fmt"
	"io"
	"iter"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/geojson"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// LayerFile writes the events layer of n events (see WriteLayer) to a new
// file in dir and returns its path.
func LayerFile(dir string, n int) (string, error) {
	g, err := geo.Default()
	if err != nil {
		return "", err
	}
	path := filepath.Join(dir, fmt.Sprintf("events-%d.geojson", n))
	f, err := os.Create(path)
	if err != nil {
		return "", err
	}
	if err := WriteLayer(f, g, n); err != nil {
		f.Close()
		return "", err
	}
	return path, f.Close()
}

// WriteLayer writes the events layer of Events(g, n) to w, a feature a
// line, as `chronomap extract` writes it: about 850 bytes a feature.
func WriteLayer(w io.Writer, g *geo.Gazetteer, n int) error {
	fw := geojson.NewFeatureWriter(w)
	for ev := range Events(g, n) {
		if err := fw.WriteEvents(ev); err != nil {
			return err
		}
	}
	return fw.Close()
}

// Events yields n events as the extraction finds them in a corpus of news of
// several wars over three years: a few to a dozen from each article, at
// places of the gazetteer g in the countries of conflictCountries, a few of
// them where most of the fighting is (the places are drawn by a Zipf law,
// so that reports of one event from several articles merge, as they do in
// real corpora); most dated to a day, some to a week or a month, a few to
// years, some undated; with actors, claims, counts and a sentence of two
// hundred bytes or so. The same g and n always give the same events.
func Events(g *geo.Gazetteer, n int) iter.Seq[event.Event] {
	return func(yield func(event.Event) bool) {
		rng := rand.New(rand.NewPCG(uint64(n), 12))
		places := conflictPlaces(g, rng)
		pick := rand.NewZipf(rng, 1.1, 4, uint64(len(places)-1))
		article := articleWriter{rng: rng}
		for i := 0; i < n; {
			article.next()
			for k := range min(1+rng.IntN(12), n-i) {
				ev := article.event(k+1, places[pick.Uint64()])
				if !yield(ev) {
					return
				}
			}
			i += article.events
		}
	}
}

// conflictCountries are the countries whose towns and regions the events
// happen in.
var conflictCountries = []string{"UA", "SY", "YE", "AZ", "AM", "GE", "IL", "PS", "SD", "IQ", "LB", "AF", "ML", "SO", "MM"}

// conflictPlaces are the towns and regions of the conflict countries,
// shuffled so that the Zipf law's favourites fall in all of them.
func conflictPlaces(g *geo.Gazetteer, rng *rand.Rand) []*geo.Place {
	var places []*geo.Place
	for _, p := range g.Places() {
		if (p.Kind == geo.City || p.Kind == geo.Region) && slices.Contains(conflictCountries, p.Country) {
			places = append(places, p)
		}
	}
	// The gazetteer's order is its file's: sorted first, the shuffle does
	// not depend on it.
	slices.SortFunc(places, func(a, b *geo.Place) int { return cmp.Compare(a.ID, b.ID) })
	rng.Shuffle(len(places), func(i, j int) { places[i], places[j] = places[j], places[i] })
	return places
}

// firstDay is the first day articles are dated; they span three years.
var firstDay = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

const corpusDays = 3 * 365

// articleWriter makes the events of one article after another.
type articleWriter struct {
	rng     *rand.Rand
	number  int
	source  string
	date    time.Time
	events  int // how many the current article has made
	written int // runes of the article so far, where the next sentence starts
}

// next starts the next article.
func (a *articleWriter) next() {
	a.number++
	a.source = fmt.Sprintf("%06d_%016x.txt", a.number, a.rng.Uint64())
	a.date = firstDay.AddDate(0, 0, a.rng.IntN(corpusDays))
	a.events, a.written = 0, a.rng.IntN(400)
}

// event is the article's k-th event, at place.
func (a *articleWriter) event(k int, place *geo.Place) event.Event {
	rng := a.rng
	a.events++
	typ := event.Type(rng.IntN(int(event.NumTypes)))
	docDate := a.date
	ev := event.Event{
		ID:      fmt.Sprintf("%s#%d", a.source, k),
		Source:  a.source,
		DocDate: &docDate,
		Type:    typ,
		Place:   place,
		Window:  a.window(),
		Actors:  names(rng, rng.IntN(5)),
	}
	if rng.IntN(4) == 0 {
		ev.ACLED = event.ACLEDFor(typ, event.ACLEDSubEvent(1+rng.IntN(int(event.NumACLEDSubEvents)-1)))
	}
	if rng.IntN(5) == 0 {
		ev.ClaimedBy = names(rng, 1+rng.IntN(2))
	}
	if rng.IntN(10) == 0 {
		ev.DeniedBy = names(rng, 1)
	}
	if rng.IntN(4) == 0 {
		n := rng.IntN(40)
		ev.Fatalities = &n
	}
	if rng.IntN(8) == 0 {
		n := rng.IntN(100)
		ev.Injured = &n
	}
	actor := "Unidentified gunmen"
	if len(ev.Actors) > 0 {
		actor = ev.Actors[0]
	}
	var s sentence
	s.add(actor)
	s.add(" " + verbs[typ][rng.IntN(len(verbs[typ]))] + " ")
	placeAt := s.add(place.Name)
	var dateAt text.Span
	if ev.Window != nil {
		s.add(" ")
		dateAt = s.add(dayPhrases[rng.IntN(len(dayPhrases))])
	}
	for s.runes < 40+rng.IntN(100) {
		s.add(clauses[rng.IntN(len(clauses))])
	}
	s.add(".")
	ev.Sentence = s.b.String()
	ev.Offset = text.Span{Start: a.written, End: a.written + s.runes}
	ev.PlaceText = shifted(placeAt, a.written)
	if ev.Window != nil {
		d := shifted(dateAt, a.written)
		ev.DateText = &d
	}
	a.written = ev.Offset.End + 1 + rng.IntN(300)
	return ev
}

// window is when an event of the article happened: mostly the day before
// it or that day, some within a week or a month, a few within years, some
// undated.
func (a *articleWriter) window() *dates.Window {
	day := a.date.AddDate(0, 0, -a.rng.IntN(2))
	switch p := a.rng.IntN(100); {
	case p < 5:
		return nil
	case p < 7:
		year := day.Year() - 1 - a.rng.IntN(10)
		return &dates.Window{Start: time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC),
			End: time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC), Precision: dates.Month}
	case p < 13:
		first := time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, time.UTC)
		return &dates.Window{Start: first, End: first.AddDate(0, 1, -1), Precision: dates.Month}
	case p < 25:
		return &dates.Window{Start: day.AddDate(0, 0, -6), End: day, Precision: dates.Week}
	case p < 40:
		return &dates.Window{Start: day.AddDate(0, 0, -1), End: day, Precision: dates.Day}
	}
	return &dates.Window{Start: day, End: day, Precision: dates.Day}
}

// sentence builds an event's sentence, counting its runes for the offsets.
type sentence struct {
	b     strings.Builder
	runes int
}

// add appends s and returns where it is in the sentence, in runes.
func (s *sentence) add(part string) text.Span {
	at := text.Span{Start: s.runes}
	s.b.WriteString(part)
	s.runes += utf8.RuneCountInString(part)
	at.End = s.runes
	return at
}

func shifted(s text.Span, by int) text.Span { return text.Span{Start: s.Start + by, End: s.End + by} }

// names are n distinct actors, drawn from the armies, ministries and
// groups of the conflicts.
func names(rng *rand.Rand, n int) []string {
	var out []string
	for len(out) < n {
		name := nationalities[rng.IntN(len(nationalities))] + " " + bodies[rng.IntN(len(bodies))]
		if !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

var (
	nationalities = []string{"Ukrainian", "Russian", "Syrian", "Turkish", "Kurdish", "Yemeni", "Saudi-led",
		"Azerbaijani", "Armenian", "Georgian", "Israeli", "Palestinian", "Sudanese", "Iraqi", "Lebanese",
		"Afghan", "Malian", "Somali", "Myanmar", "Iranian", "US", "French", "UN", "Houthi", "Wagner"}
	bodies = []string{"forces", "army", "troops", "Defence Ministry", "Foreign Ministry", "police",
		"militants", "separatists", "rebels", "officials", "border guards", "air force", "navy",
		"militia", "special forces", "president", "government", "opposition", "protesters", "medics"}
	verbs = [event.NumTypes][]string{
		event.Attack:     {"shelled", "struck", "fired rockets at", "launched a drone strike on", "bombed"},
		event.Clash:      {"clashed with rebels near", "fought their way into", "battled for", "exchanged fire near"},
		event.Ceasefire:  {"agreed a ceasefire in", "accused the other side of breaking the truce in"},
		event.Diplomacy:  {"held talks in", "sent a delegation to", "met officials in"},
		event.Capture:    {"took control of", "recaptured", "withdrew from"},
		event.Casualties: {"reported deaths in", "said civilians were killed in", "counted the wounded in"},
		event.Protest:    {"marched through", "rallied in", "blocked the main road of"},
		event.Other:      {"arrested dozens in", "evacuated families from", "imposed a curfew in"},
	}
	dayPhrases = []string{"on Saturday", "overnight", "on Tuesday morning", "late on Sunday", "last week",
		"earlier this month", "on 12 October", "in the early hours of Friday", "on Wednesday"}
	clauses = []string{", the ministry said in a statement", ", according to local officials",
		", leaving several buildings damaged", " as talks on a new truce stalled in the capital",
		", witnesses told reporters by telephone", ", in what officials called a provocation",
		" after days of heavy fighting along the front line", ", the regional governor wrote on Telegram",
		", a claim that could not be independently verified", " despite calls for restraint from abroad",
		", residents said, describing loud explosions", " while aid convoys waited at the border"}
)
