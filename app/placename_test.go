package app

import (
	"testing"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

var (
	xankandi = &geo.Place{ID: "test:xankandi", Name: "Xankandi", Kind: geo.City, Country: "AZ", Admin1: "Karabakh",
		AltNames: []string{"Stepanakert", "Khankendi", "Ստեփանակերտ"}}
	susa    = &geo.Place{ID: "test:susa", Name: "Şuşa", Kind: geo.City, Country: "AZ", AltNames: []string{"Shusha", "Shushi"}}
	askeran = &geo.Place{ID: "test:askeran", Name: "Askeran", Kind: geo.City, Country: "AZ"}
)

// mentioning is an event at place whose sentence names it with words, the
// sentence at rune 100 of its article.
func mentioning(place *geo.Place, sentence, words string) event.Event {
	const at = 100
	e := event.Event{Place: place, Sentence: sentence, Offset: text.Span{Start: at, End: at + len([]rune(sentence))}}
	if i := runeIndexFold(sentence, words); i >= 0 {
		e.PlaceText = text.Span{Start: at + i, End: at + i + len([]rune(words))}
	}
	return e
}

// reported is an event merged from reports, at the place of the first.
func reported(reports ...event.Event) event.Event {
	e := reports[0]
	e.Reports = reports
	return e
}

func TestEventPlaceName(t *testing.T) {
	stepanakert := mentioning(xankandi, "Shells fell on Stepanakert overnight.", "Stepanakert")
	noSpan := stepanakert
	noSpan.PlaceText = text.Span{}
	after, straddling, before := stepanakert, stepanakert, stepanakert
	after.PlaceText = text.Span{Start: stepanakert.Offset.End + 20, End: stepanakert.Offset.End + 31}
	straddling.PlaceText = text.Span{Start: stepanakert.Offset.End - 3, End: stepanakert.Offset.End + 5}
	before.PlaceText = text.Span{Start: 40, End: 51}
	sameElsewhere := mentioning(&geo.Place{ID: xankandi.ID, Name: "Xankandi"}, "Khankendi was shelled.", "Khankendi")

	tests := []struct {
		name string
		e    event.Event
		want string
	}{
		{"the article says the gazetteer's name", mentioning(xankandi, "Shells fell on Xankandi.", "Xankandi"), "Xankandi"},
		{"the article says it in capitals", mentioning(xankandi, "SHELLS FELL ON XANKANDI.", "XANKANDI"), "Xankandi"},
		{"the article says it otherwise", stepanakert, "Stepanakert (Xankandi)"},
		{"no mention of the place", noSpan, "Xankandi"},
		{"a mention after the sentence", after, "Xankandi"},
		{"a mention across the sentence's end", straddling, "Xankandi"},
		{"a mention before the sentence", before, "Xankandi"},
		{"no place", event.Event{Sentence: "Shelling was reported."}, "unknown place"},
		{"a diacritic in the gazetteer's name, wide runes before the mention",
			mentioning(susa, "On 8 November — after weeks — Azerbaijan’s army took Shusha.", "Shusha"), "Shusha (Şuşa)"},
		{"an article in another script", mentioning(xankandi, "«Ստեփանակերտ» ռմբակոծվեց։", "Ստեփանակերտ"), "Ստեփանակերտ (Xankandi)"},
		{"a gazetteer name in another script", mentioning(&geo.Place{Name: "Шуша"}, "Shelling of Shusha.", "Shusha"), "Shusha (Шуша)"},
		{"a name broken across lines", mentioning(&geo.Place{Name: "Dağlıq Qarabağ"}, "Fighting in Mountainous\n  Karabakh went on.", "Mountainous\n  Karabakh"),
			"Mountainous Karabakh (Dağlıq Qarabağ)"},
		{"reports say it most often so",
			reported(mentioning(xankandi, "Khankendi was shelled.", "Khankendi"), stepanakert, stepanakert), "Stepanakert (Xankandi)"},
		{"reports tie, their places read apart from GeoJSON: the first's words",
			reported(sameElsewhere, stepanakert), "Khankendi (Xankandi)"},
		{"reports of nearby places are not counted",
			reported(stepanakert, mentioning(askeran, "Askeran was hit.", "Askeran"), mentioning(askeran, "Askeran burned.", "Askeran")),
			"Stepanakert (Xankandi)"},
		{"no report has its words", reported(noSpan, noSpan), "Xankandi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := eventPlaceName(tt.e); got != tt.want {
				t.Errorf("eventPlaceName = %q, want %q", got, tt.want)
			}
		})
	}
}
