package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// ganjaReport is an event as extracted: the sentence's offset, the place's
// and the date's spans in the article.
func ganjaReport(source string) event.Event {
	published := day("2020-10-11")
	//             0         1         2         3         4
	//             012345678901234567890123456789012345678901234
	sentence := "On October 11 a missile hit Ganja, killing 9."
	return event.Event{
		ID: source + "#1", Source: source, DocDate: &published, Type: event.Attack,
		Place:     &geo.Place{Name: "Ganja", Kind: geo.City, Country: "AZ", AltNames: []string{"Gəncə", "Elisabethpol"}},
		PlaceText: text.Span{Start: 128, End: 133}, DateText: &text.Span{Start: 103, End: 113},
		Window:   window("2020-10-11", "2020-10-11", dates.Day),
		Sentence: sentence, Offset: text.Span{Start: 100, End: 145},
	}
}

func newTestDetails(t *testing.T) *eventDetails {
	t.Helper()
	test.NewTempApp(t)
	d := newEventDetails()
	showInTestWindow(t, d.content)
	return d
}

// styledText is the text of the segments of rt drawn in colour c.
func styledText(rt *widget.RichText, c fyne.ThemeColorName) []string {
	var out []string
	for _, s := range rt.Segments {
		if ts, ok := s.(*widget.TextSegment); ok && ts.Style.ColorName == c && ts.Style.TextStyle.Bold {
			out = append(out, ts.Text)
		}
	}
	return out
}

func TestDetailsHighlightThePlaceAndDateOfTheSentence(t *testing.T) {
	d := newTestDetails(t)
	d.show(ganjaReport("a.txt"))

	if got := d.sentence.String(); got != "On October 11 a missile hit Ganja, killing 9." {
		t.Errorf("sentence = %q", got)
	}
	if got := styledText(d.sentence, theme.ColorNamePrimary); len(got) != 1 || got[0] != "Ganja" {
		t.Errorf("place words highlighted = %q, want [Ganja]", got)
	}
	if got := styledText(d.sentence, theme.ColorNameSuccess); len(got) != 1 || got[0] != "October 11" {
		t.Errorf("date words highlighted = %q, want [October 11]", got)
	}
	if got, want := d.otherNames.Text, "Gəncə, Elisabethpol"; got != want {
		t.Errorf("other names = %q, want %q", got, want)
	}
	if d.reports.Visible() {
		t.Error("an event from one article shows a reports section")
	}
}

func TestDetailsListTheOtherPlacesANameMayMean(t *testing.T) {
	d := newTestDetails(t)
	e := ganjaReport("a.txt")
	d.show(e)
	if got := d.otherPlaces.Text; got != none {
		t.Errorf("a name of one place: could also be %q", got)
	}
	e.OtherPlaces = []*geo.Place{{Name: "Ganja", Kind: geo.City, Country: "GE", Admin1: "Kvemo Kartli"}}
	d.show(e)
	if got, want := d.otherPlaces.Text, "Ganja (city, Kvemo Kartli), GE"; got != want {
		t.Errorf("could also be %q, want %q", got, want)
	}
}

func TestDetailsOfAMergedEventListItsReports(t *testing.T) {
	d := newTestDetails(t)
	merged := event.MergeReports([]event.Event{ganjaReport("a.txt"), ganjaReport("b.txt")}, event.SamePlaceKm)
	if len(merged) != 1 {
		t.Fatalf("the two reports did not merge: %d events", len(merged))
	}
	var asked []string
	d.OnShowArticle = func(e event.Event) { asked = append(asked, e.Source) }
	d.show(merged[0])

	if got, want := d.source.Text, "2 reports, below"; got != want {
		t.Errorf("source = %q, want %q", got, want)
	}
	if !d.reports.Visible() || len(d.reports.Items) != 2 {
		t.Fatalf("reports section shows %d items, want 2", len(d.reports.Items))
	}
	if got, want := d.reports.Items[1].Title, "b.txt · 11 Oct 2020 · Ganja"; got != want {
		t.Errorf("second report's title = %q, want %q", got, want)
	}
	d.reports.Open(1)
	test.Tap(d.reports.Items[1].Detail.(*fyne.Container).Objects[2].(*widget.Button))
	test.Tap(d.showArticle)
	if len(asked) != 2 || asked[0] != "b.txt" || asked[1] != "a.txt" {
		t.Errorf("articles asked for = %v, want [b.txt a.txt]", asked)
	}
}

func TestDetailsFindThePlaceOfAnImportedSentence(t *testing.T) {
	d := newTestDetails(t)
	e := ganjaReport("a.txt")
	e.PlaceText, e.DateText = text.Span{}, nil // GeoJSON from another tool has no spans
	d.show(e)
	if got := styledText(d.sentence, theme.ColorNamePrimary); len(got) != 1 || got[0] != "Ganja" {
		t.Errorf("place words highlighted = %q, want [Ganja]", got)
	}
}

// stepanakertReport is an event whose article names its place otherwise
// than the gazetteer does.
func stepanakertReport(source string) event.Event {
	place := *xankandi
	place.Point = orb.Point{46.7519, 39.8153}
	e := mentioning(&place, "Azerbaijani forces shelled Stepanakert on Sunday, killing 2.", "Stepanakert")
	published := day("2020-09-28")
	dead, wounded := 2, 11
	e.ID, e.Source, e.DocDate, e.Type = source+"#1", source, &published, event.Attack
	e.Window = window("2020-09-27", "2020-09-27", dates.Day)
	e.Actors, e.ClaimedBy, e.DeniedBy = []string{"Azerbaijani forces"}, []string{"Armenia"}, []string{"Azerbaijan"}
	e.Fatalities, e.Injured = &dead, &wounded
	return e
}

func TestDetailsNameThePlaceAsTheArticleDoes(t *testing.T) {
	d := newTestDetails(t)
	d.show(stepanakertReport("a.txt"))
	if got, want := d.place.Text, "Stepanakert (Xankandi; city, Karabakh)"; got != want {
		t.Errorf("place = %q, want %q", got, want)
	}

	merged := reported(stepanakertReport("a.txt"), stepanakertReport("b.txt"))
	d.show(merged)
	if got, want := d.reports.Items[1].Title, "b.txt · 27 Sep 2020 · Stepanakert (Xankandi)"; got != want {
		t.Errorf("second report's title = %q, want %q", got, want)
	}
}
