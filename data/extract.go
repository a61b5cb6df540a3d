package data

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/geo"
)

// Extractor finds the events and place mentions of articles. It is safe for
// concurrent use.
type Extractor struct {
	gaz      *geo.Gazetteer
	geocoder *geo.Geocoder
}

// NewExtractor returns an extractor that resolves places with g.
func NewExtractor(g *geo.Gazetteer) *Extractor {
	return &Extractor{gaz: g, geocoder: geo.NewGeocoder(g)}
}

// Extract returns the events an article reports, in text order, and the places
// it names, in order of first mention.
func (x *Extractor) Extract(a Article) ([]Event, []PlaceMentions) {
	doc := x.read(a)
	var events []Event
	var ctx dateContext
	for _, s := range doc.sentences {
		events = doc.sentenceEvents(s, &ctx, events)
	}
	events = mergeRepeats(events)
	for i := range events {
		events[i].ID = fmt.Sprintf("%s#%d", a.Name, i+1)
	}
	return events, groupMentions(a.Name, doc.mentions)
}

// document is an article read once for every sentence to share.
type document struct {
	x         *Extractor
	article   Article
	runes     []rune
	words     []word
	mentions  []geo.Mention
	dates     []dates.Expression
	sentences []Span
}

func (x *Extractor) read(a Article) *document {
	return &document{
		x:         x,
		article:   a,
		runes:     []rune(a.Text),
		words:     words(a.Text),
		mentions:  x.geocoder.Geocode(a.Text),
		dates:     dates.Tag(a.Text, a.Published),
		sentences: Sentences(a.Text),
	}
}

func (d *document) text(s Span) string { return string(d.runes[s.Start:s.End]) }

// sentenceEvents appends the events sentence s reports to events.
func (d *document) sentenceEvents(s Span, ctx *dateContext, events []Event) []Event {
	ws := sliceWords(d.words, s)
	exprs := sliceExpressions(d.dates, s)
	defer ctx.remember(exprs)
	trigs := findTriggers(ws)
	wordText := func(from, to int) string { return d.text(Span{ws[from].start, ws[to-1].end}) }
	first := -1
	if len(trigs) > 0 {
		first = trigs[0].word
	}
	cl := findClaims(ws, first, wordText)
	if len(trigs) == 0 && len(cl.deniedBy) == 0 {
		return events
	}
	places, countries := d.eventPlaces(ws, sliceMentions(d.mentions, s))
	if cl.denialFirst {
		return denyEarlier(events, places, cl.deniedBy)
	}
	if len(trigs) == 0 || len(places) == 0 {
		return events
	}
	dateWords := markDateWords(ws, exprs)
	fatalities, injured := countVictims(ws, dateWords)
	actors := findActors(ws, d.x.gaz, countries, wordText)
	sentence := strings.TrimSpace(d.text(s))
	for _, r := range d.reports(ws, trigs, places, exprs) {
		window, dateSpan := d.eventWindow(ws, r.trig, exprs, ctx)
		events = append(events, Event{
			Source:     d.article.Name,
			DocDate:    d.article.Published,
			Type:       r.trig.typ,
			Place:      r.place.Place,
			PlaceText:  Span{r.place.Start, r.place.End},
			Window:     window,
			DateText:   dateSpan,
			Actors:     actors,
			ClaimedBy:  cl.claimedBy,
			DeniedBy:   cl.deniedBy,
			Fatalities: fatalities,
			Injured:    injured,
			Sentence:   sentence,
			Offset:     s,
		})
	}
	return events
}

// report is one thing a sentence says happened at one place.
type report struct {
	trig  trigger
	place geo.Mention
}

// reports pairs a sentence's triggers with its places. Each place goes to
// the trigger nearest to it; a trigger with a date of its own that no place
// went to takes the place nearest to it, so that "Clashes broke out on
// September 27 over Karabakh, ... during a war in the 1990s" reports both
// the clashes and the war.
func (d *document) reports(ws []word, trigs []trigger, places []geo.Mention, exprs []dates.Expression) []report {
	var out []report
	dated := map[*dates.Expression]bool{}
	taken := make([]bool, len(trigs))
	for _, m := range places {
		i := nearestTrigger(trigs, wordAt(ws, m.Start))
		taken[i] = true
		dated[nearest(exprs, ws[trigs[i].word].start)] = true
		out = append(out, report{trigs[i], m})
	}
	for i, t := range trigs {
		e := nearest(exprs, ws[t.word].start)
		if taken[i] || e == nil || dated[e] {
			continue
		}
		dated[e] = true
		out = append(out, report{t, nearestPlace(places, ws[t.word].start)})
	}
	return out
}

func nearestPlace(places []geo.Mention, at int) geo.Mention {
	best := places[0]
	for _, m := range places[1:] {
		if distance(m.Start, m.End, at) < distance(best.Start, best.End, at) {
			best = m
		}
	}
	return best
}

// distance is how many runes lie between a span and an offset.
func distance(start, end, at int) int {
	switch {
	case at < start:
		return start - at
	case at >= end:
		return at - end
	}
	return 0
}

// speculativeWords before a trigger make it something that has not happened:
// a threat, a fear, a hypothesis, a demand, a denial of it happening.
var speculativeWords = set("could", "would", "might", "may", "will", "if", "should", "unless",
	"threatened", "threaten", "threatens", "avoid", "possible", "possibility", "potential", "risk",
	"fear", "fears", "feared", "urged", "urge", "urges", "demanded", "demand", "demands", "no", "not",
	"never", "without", "prevent", "calls", "wants", "want", "seek", "seeks", "hopes", "plans")

func speculative(ws []word, trig int) bool {
	for j := trig - 1; j >= 0 && j >= trig-6; j-- {
		if speculativeWords[ws[j].lower] && !(ws[j].lower == "may" && ws[j].upper) {
			return true
		}
	}
	return false
}

// denyEarlier records a denial of what was reported before: of the events at
// the places the denial names, or else of the last event.
func denyEarlier(events []Event, places []geo.Mention, by []string) []Event {
	denied := false
	for i := len(events) - 1; i >= 0; i-- {
		for _, m := range places {
			if events[i].Place == m.Place {
				events[i].DeniedBy = union(events[i].DeniedBy, by)
				denied = true
			}
		}
	}
	if !denied && len(events) > 0 {
		last := &events[len(events)-1]
		last.DeniedBy = union(last.DeniedBy, by)
	}
	return events
}

func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		out = appendNew(out, s)
	}
	return out
}

// mergeRepeats folds the events an article reports more than once (same
// place, overlapping dates: a headline and its first paragraph, a shelling
// and the casualties it caused) into the first report, with the stronger type.
func mergeRepeats(events []Event) []Event {
	var out []Event
	for _, e := range events {
		i := slices.IndexFunc(out, func(o Event) bool {
			return o.Place == e.Place && overlap(o.Window, e.Window)
		})
		if i < 0 {
			out = append(out, e)
			continue
		}
		o := &out[i]
		if typeRank[e.Type] < typeRank[o.Type] {
			o.Type = e.Type
		}
		o.Actors = union(o.Actors, e.Actors)
		o.ClaimedBy = union(o.ClaimedBy, e.ClaimedBy)
		o.DeniedBy = union(o.DeniedBy, e.DeniedBy)
		if o.Fatalities == nil {
			o.Fatalities = e.Fatalities
		}
		if o.Injured == nil {
			o.Injured = e.Injured
		}
	}
	return out
}

func overlap(a, b *dates.Window) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return !a.Start.After(b.End) && !b.Start.After(a.End)
}

// groupMentions lists each place an article names once, with its mentions.
func groupMentions(source string, mentions []geo.Mention) []PlaceMentions {
	var out []PlaceMentions
	index := map[*geo.Place]int{}
	for _, m := range mentions {
		i, ok := index[m.Place]
		if !ok {
			i = len(out)
			index[m.Place] = i
			out = append(out, PlaceMentions{Source: source, Place: m.Place})
		}
		out[i].Mentions = append(out[i].Mentions, m)
	}
	return out
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

func day(t time.Time) time.Time { return t.UTC().Truncate(24 * time.Hour) }
