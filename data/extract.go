package data

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/geo"
	orbgeo "github.com/paulmach/orb/geo"
)

// Extractor finds the events and place mentions of articles. It is safe for
// concurrent use.
type Extractor struct {
	gaz      *geo.Gazetteer
	geocoder *geo.Geocoder
	words    sync.Pool // of *[]word, the sentence buffers of finished documents
}

// NewExtractor returns an extractor that resolves places with g.
func NewExtractor(g *geo.Gazetteer) *Extractor {
	return &Extractor{gaz: g, geocoder: geo.NewGeocoder(g)}
}

// Extract returns the events an article reports, in text order, and the places
// it names, in order of first mention.
func (x *Extractor) Extract(a Article) ([]Event, []PlaceMentions) {
	doc := x.read(a)
	if buf, ok := x.words.Get().(*[]word); ok {
		doc.wordBuf = *buf
	}
	defer func() { x.words.Put(&doc.wordBuf) }()
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
	mentions  []geo.Mention
	demonyms  []geo.DemonymMention
	dates     []dates.Expression
	sentences []Span

	wordBuf []word // the words of the sentence being read
	// cursor is where the last sentence read ends, in runes and bytes, to
	// slice the text by rune offsets without counting from its start.
	cursor struct{ rune, byte int }
}

// sentenceText returns the text of sentence s and the byte offset it starts
// at; the sentences must be asked for in order.
func (d *document) sentenceText(s Span) (string, int) {
	start := d.advance(s.Start)
	return d.article.Text[start:d.advance(s.End)], start
}

func (d *document) advance(to int) int {
	text := d.article.Text
	for d.cursor.rune < to {
		size := 1
		if text[d.cursor.byte] >= utf8.RuneSelf {
			_, size = utf8.DecodeRuneInString(text[d.cursor.byte:])
		}
		d.cursor.byte += size
		d.cursor.rune++
	}
	return d.cursor.byte
}

func (x *Extractor) read(a Article) *document {
	geo := x.geocoder.Analyze(a.Text)
	return &document{
		x:         x,
		article:   a,
		mentions:  geo.Places,
		demonyms:  geo.Demonyms,
		dates:     dates.Tag(a.Text, a.Published),
		sentences: Sentences(a.Text),
	}
}

// sentenceEvents appends the events sentence s reports to events.
func (d *document) sentenceEvents(s Span, ctx *dateContext, events []Event) []Event {
	text, at := d.sentenceText(s)
	exprs := eventDates(text, s.Start, sliceExpressions(d.dates, s))
	defer ctx.remember(exprs)
	mentions := sliceMentions(d.mentions, s)
	if len(mentions) == 0 {
		return events // nothing happened anywhere
	}
	ws := words(text, s.Start, at, d.wordBuf[:0])
	d.wordBuf = ws
	trigs := findTriggers(ws)
	first := -1
	if len(trigs) > 0 {
		first = trigs[0].word
	}
	cl := findClaims(phrase{ws, d.article.Text}, first)
	if len(trigs) == 0 && len(cl.deniedBy) == 0 {
		return events
	}
	places, countries := d.eventPlaces(ws, mentions)
	if cl.denialFirst {
		return denyEarlier(events, places, trigs, cl.deniedBy)
	}
	if len(trigs) == 0 || len(places) == 0 {
		return events
	}
	dateWords := markDateWords(ws, exprs)
	fatalities, injured := countVictims(ws, dateWords)
	actors := findActors(phrase{ws, d.article.Text}, sliceDemonyms(d.demonyms, s), countries)
	sentence := strings.TrimSpace(text)
	for _, r := range reports(ws, clauses(text, at, ws), trigs, places, exprs) {
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
func reports(ws []word, clause func(word int) int, trigs []trigger, places []geo.Mention, exprs []dates.Expression) []report {
	var out []report
	dated := map[*dates.Expression]bool{}
	taken := make([]bool, len(trigs))
	for _, m := range withinReach(ws, trigs, places, clause) {
		at := wordAt(ws, m.Start)
		i := nearestTrigger(trigs, at)
		if trigs[i].typ == Diplomacy && !hostsDiplomacy(ws, at) {
			continue
		}
		taken[i] = true
		dated[nearest(exprs, ws[trigs[i].word].start)] = true
		out = append(out, report{trigs[i], m})
	}
	for i, t := range trigs {
		e := nearest(exprs, ws[t.word].start)
		if taken[i] || e == nil || dated[e] || len(places) == 0 {
			continue
		}
		dated[e] = true
		out = append(out, report{t, nearestPlace(places, ws[t.word].start)})
	}
	return out
}

// reach is how many words a place may stand from the trigger of what
// happened there; further away, a long sentence has moved on to something
// else.
const reach = 20

// withinReach keeps the places that stand in the clause of a trigger, within
// reach of it, and the places listed together with one ("from Sotk,
// Vardenis and Kut").
func withinReach(ws []word, trigs []trigger, places []geo.Mention, clause func(word int) int) []geo.Mention {
	near := make([]bool, len(places))
	for i, m := range places {
		at := wordAt(ws, m.Start)
		for _, t := range trigs {
			if abs(t.word-at) <= reach && at < len(ws) && clause(t.word) == clause(at) {
				near[i] = true
			}
		}
	}
	for changed := true; changed; {
		changed = false
		for i := range places {
			if near[i] {
				continue
			}
			if i > 0 && near[i-1] && listed(ws, places[i-1], places[i]) ||
				i+1 < len(places) && near[i+1] && listed(ws, places[i], places[i+1]) {
				near[i], changed = true, true
			}
		}
	}
	var out []geo.Mention
	for i, m := range places {
		if near[i] {
			out = append(out, m)
		}
	}
	return out
}

// listed says whether two places stand in one list: only commas, "and" or
// "or" between them.
func listed(ws []word, a, b geo.Mention) bool {
	for _, w := range ws[wordAt(ws, a.End):wordAt(ws, b.Start)] {
		if w.lower != "and" && w.lower != "or" {
			return false
		}
	}
	return true
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
		w := ws[j].lower
		if speculativeWords[w] && !(w == "may" && ws[j].upper) ||
			(w == "called" || w == "calling") && j+1 < len(ws) && ws[j+1].lower == "for" {
			return true
		}
	}
	return false
}

// denyEarlier records a denial of what was reported before: of the events
// at the places the denial names; else of the last event of the type it
// denies ("Moscow denied targeting civilians": the last attack); else of the
// last event.
func denyEarlier(events []Event, places []geo.Mention, trigs []trigger, by []string) []Event {
	denied := false
	for i := range events {
		if slices.ContainsFunc(places, func(m geo.Mention) bool { return samePlace(m.Place, events[i].Place) }) {
			events[i].DeniedBy = union(events[i].DeniedBy, by)
			denied = true
		}
	}
	if denied || len(events) == 0 {
		return events
	}
	last := len(events) - 1
	if len(trigs) > 0 {
		for i := last; i >= 0; i-- {
			if events[i].Type == trigs[0].typ {
				last = i
				break
			}
		}
	}
	events[last].DeniedBy = union(events[last].DeniedBy, by)
	return events
}

func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		out = appendNew(out, s)
	}
	return out
}

// mergeRepeats folds the events an article reports more than once (one
// place, overlapping dates: a headline and its first paragraph, a shelling
// and the casualties it caused) into the first report, with the stronger type
// and the more exact place. A district and its town count as one place.
func mergeRepeats(events []Event) []Event {
	var out []Event
	for _, e := range events {
		i := slices.IndexFunc(out, func(o Event) bool {
			return samePlace(o.Place, e.Place) && overlap(o.Window, e.Window)
		})
		if i < 0 {
			out = append(out, e)
			continue
		}
		o := &out[i]
		if typeRank[e.Type] < typeRank[o.Type] {
			o.Type = e.Type
		}
		if o.Place.Kind == geo.Region && e.Place.Kind != geo.Region {
			o.Place, o.PlaceText = e.Place, e.PlaceText
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

// sameSpot is how close a district and the town it is named after lie, at
// most, to be taken as one place where an event happened.
const sameSpot = 15 // km

// samePlace says whether two places are one for an event: the same place, or
// a district and its namesake town ("Terter district", "Terter").
func samePlace(a, b *geo.Place) bool {
	if a == b {
		return true
	}
	if a.Kind != geo.Region {
		a, b = b, a
	}
	if a.Kind != geo.Region || b.Kind == geo.Country || b.Kind == geo.Region ||
		orbgeo.Distance(a.Point, b.Point) > sameSpot*1000 {
		return false
	}
	first, _, _ := strings.Cut(geo.Fold(a.Name), " ")
	return geo.Fold(b.Name) == first || slices.ContainsFunc(b.AltNames, func(n string) bool { return geo.Fold(n) == first })
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
