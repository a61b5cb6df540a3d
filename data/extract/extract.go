package extract

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
	"github.com/chronomap/chronomap/geo/toponym"
)

// Extractor finds the events and place mentions of articles. It is safe for
// concurrent use.
type Extractor struct {
	gaz      *geo.Gazetteer
	geocoder *toponym.Geocoder
	buffers  sync.Pool // of *scratch, those of finished documents
}

// NewExtractor returns an extractor that resolves places with g.
func NewExtractor(g *geo.Gazetteer) *Extractor {
	return &Extractor{gaz: g, geocoder: toponym.NewGeocoder(g)}
}

// Extract returns the events an article reports, in text order, and the places
// it names, in order of first mention.
func (x *Extractor) Extract(a article.Article) ([]event.Event, []event.PlaceMentions) {
	return x.ExtractLayers(a, Events|Places)
}

// ExtractLayers is Extract of the layers asked for alone: the other comes
// back nil, and the work that only it needs is not done (the event rules
// and the date tagger for the places, the grouping of mentions by place for
// the events).
func (x *Extractor) ExtractLayers(a article.Article, want Layers) (events []event.Event, places []event.PlaceMentions) {
	buf, _ := x.buffers.Get().(*scratch)
	if buf == nil {
		buf = new(scratch)
	}
	defer func() {
		buf.release()
		x.buffers.Put(buf)
	}()
	doc := x.read(a, buf, want&Events != 0)
	defer doc.text.Release()
	if want&Events != 0 {
		events = doc.events(x.gaz)
	}
	if want&Places != 0 {
		places = groupMentions(a.Name, doc.mentions, buf)
	}
	return events, places
}

// events are the events the document reports, in text order.
func (d *document) events(gaz *geo.Gazetteer) []event.Event {
	buf := d.buf
	found := buf.events[:0]
	var ctx dateContext
	var places placeContext
	from, to := 0, 0 // the events of the sentence before
	for _, s := range d.sentences {
		n := len(found)
		found = d.sentenceEvents(s, &ctx, &places, found)
		if len(found) == n && to > from {
			if day := continuationDay(d.text, s, sliceExpressions(d.dates, s.Runes)); day != nil {
				dateFromNext(found[from:to], day)
			}
		}
		from, to = n, len(found)
	}
	found = mergeRepeats(gaz, found)
	// The events are gathered in the scratch slice and copied out at their
	// exact number.
	events := make([]event.Event, len(found))
	copy(events, found)
	clear(found) // that the pool not hold on to them
	buf.events = found
	for i := range events {
		events[i].ID = d.article.Name + "#" + strconv.Itoa(i+1)
	}
	return events
}

// document is an article read once for every sentence to share.
type document struct {
	article   article.Article
	text      *text.Doc
	gaz       *geo.Gazetteer
	mentions  []geo.Mention
	demonyms  []toponym.DemonymMention
	dates     []dates.Expression
	sentences []text.Sentence

	buf *scratch
}

// read reads the article's text once, and what the geocoder and, when
// dated is set, the date tagger find in it. The caller releases the
// document's text.
func (x *Extractor) read(a article.Article, buf *scratch, dated bool) *document {
	doc := text.Read(a.Text)
	x.geocoder.Analyze(doc, &buf.geo)
	d := &document{
		article:   a,
		text:      doc,
		gaz:       x.gaz,
		mentions:  buf.geo.Places,
		demonyms:  buf.geo.Demonyms,
		sentences: doc.Sentences,
		buf:       buf,
	}
	if dated {
		d.dates = dates.Tag(doc, a.Published)
	}
	return d
}

// sentenceEvents appends the events sentence s reports to events.
func (d *document) sentenceEvents(sent text.Sentence, ctx *dateContext, pctx *placeContext, events []event.Event) []event.Event {
	s, at := sent.Runes, sent.Bytes.Start
	said := d.article.Text[at:sent.Bytes.End]
	b := d.buf
	b.exprs = eventDates(d.text, sent, sliceExpressions(d.dates, s), b.exprs[:0])
	exprs := b.exprs
	defer ctx.remember(exprs)
	mentions := sliceMentions(d.mentions, s)
	defer pctx.remember(mentions)
	if onlyCountries(mentions) {
		if m, ok := pctx.refersBack(said, s.Start); ok {
			// "The town was shelled again": the place named before.
			b.referred = append(append(b.referred[:0], mentions...), m)
			slices.SortFunc(b.referred, func(x, y geo.Mention) int { return x.Start - y.Start })
			mentions = b.referred
		}
	}
	if (len(mentions) == 0 || onlyCountries(mentions)) && !mayDeny(said) {
		// Nothing happened anywhere the map can show, and nothing said
		// before is denied ("Baku denied the claim" names a government,
		// no place): the words need not be read.
		return events
	}
	b.words = words(d.text, sent, b.words[:0])
	ws := b.words
	b.trigs = findTriggers(ws, b.trigs[:0])
	trigs := b.trigs
	first := -1
	if len(trigs) > 0 {
		first = trigs[0].word
	}
	cl := findClaims(phrase{ws, d.article.Text}, first)
	if len(trigs) == 0 && len(cl.deniedBy) == 0 {
		return events
	}
	b.places, b.countries = eventPlaces(ws, mentions, b.places[:0], b.countries[:0])
	places, countries := b.places, b.countries
	if cl.denialFirst {
		return denyEarlier(d.gaz, events, places, trigs, cl.deniedBy)
	}
	if len(trigs) == 0 || len(places) == 0 {
		return events
	}
	b.dateWords = markDateWords(ws, exprs, b.dateWords)
	fatalities, injured := countVictims(ws, b.dateWords)
	actors := findActors(phrase{ws, d.article.Text}, sliceDemonyms(d.demonyms, s), countries)
	sentence := strings.TrimSpace(said)
	b.clauses = clauseStarts(said, at, ws, b.clauses[:0])
	b.resolved = resolved(exprs, b.resolved[:0])
	if len(b.resolved) == 0 {
		if trigs = withoutBackground(ws, trigs); len(trigs) == 0 {
			return events
		}
	}
	for _, r := range b.findReports(ws, clauseIndex{ws, b.clauses, d.article.Text}, trigs, places, b.resolved) {
		window, dateSpan := d.eventWindow(ws, r.trig, b.resolved, ctx)
		events = append(events, event.Event{
			Source:      d.article.Name,
			DocDate:     d.article.Published,
			Type:        r.trig.typ,
			ACLED:       r.trig.acled,
			Place:       r.place.Place,
			PlaceText:   text.Span{Start: r.place.Start, End: r.place.End},
			OtherPlaces: r.place.Others,
			Window:      window,
			DateText:    dateSpan,
			Actors:      actors,
			ClaimedBy:   cl.claimedBy,
			DeniedBy:    cl.deniedBy,
			Fatalities:  fatalities,
			Injured:     injured,
			Sentence:    sentence,
			Offset:      s,
		})
	}
	return events
}

func onlyCountries(ms []geo.Mention) bool {
	for _, m := range ms {
		if m.Place.Kind != geo.Country {
			return false
		}
	}
	return true
}

// mayDeny says whether a sentence may hold a denial, by the stems of the
// denial verbs (and "called ... untrue"), before reading its words.
func mayDeny(text string) bool {
	// A search for each stem, which the standard library runs many bytes at
	// a time, costs less than one pass that looks at every byte.
	for _, stem := range denialStems {
		if strings.Contains(text, stem) {
			return true
		}
	}
	return false
}

var denialStems = [...]string{"deni", "deny", "dismiss", "disput", "reject", "refut", "called"}

// manyPlaces is how many places an article names before groupMentions
// indexes them.
const manyPlaces = 64

// groupMentions lists each place an article names once, with its mentions.
// The places are counted in buf first, so that the result is allocated at
// its exact size.
func groupMentions(source string, mentions []geo.Mention, buf *scratch) []event.PlaceMentions {
	if len(mentions) == 0 {
		return nil
	}
	places, counts, placeOf := buf.distinct[:0], buf.counts[:0], buf.placeOf[:0]
	var index map[*geo.Place]int // of places, once there are many
	for _, m := range mentions {
		// An article names a few dozen places: a scan beats a map, up to
		// the text that names thousands.
		i, ok := index[m.Place]
		if index == nil {
			i = slices.Index(places, m.Place)
			ok = i >= 0
		}
		if !ok {
			i = len(places)
			places = append(places, m.Place)
			counts = append(counts, 0)
			switch {
			case index != nil:
				index[m.Place] = i
			case len(places) == manyPlaces:
				index = make(map[*geo.Place]int, 2*manyPlaces)
				for k, p := range places {
					index[p] = k
				}
			}
		}
		counts[i]++
		placeOf = append(placeOf, i)
	}
	out := make([]event.PlaceMentions, len(places))
	// One array holds every place's mentions, cut into slices by place.
	all := make([]geo.Mention, len(mentions))
	at := 0
	for i, n := range counts {
		out[i] = event.PlaceMentions{Source: source, Place: places[i], Mentions: all[at : at : at+n]}
		at += n
	}
	for k, m := range mentions {
		i := placeOf[k]
		out[i].Mentions = append(out[i].Mentions, m)
	}
	clear(places) // that the pool not hold on to them
	buf.distinct, buf.counts, buf.placeOf = places, counts, placeOf
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
