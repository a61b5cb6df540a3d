package app

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

const seedName = "000_0c9996e1b47d4323.txt"

func TestArticleViewHighlightsEveryPlaceAndDate(t *testing.T) {
	g, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	a, err := articleFiles{seedName: ""}.read(seedName)
	if err != nil {
		t.Fatal(err)
	}
	view := articleView(a, articleMarks(a, g))
	text := findRichText(view, func(rt *widget.RichText) bool { return strings.Contains(rt.String(), "Putin") })
	if text == nil {
		t.Fatal("the article's text is not shown")
	}
	if got := text.String(); got != a.Text {
		t.Errorf("the view changes the text")
	}
	places := styledText(text, theme.ColorNamePrimary)
	for _, want := range []string{"Nagorno-Karabakh", "Syria", "Libya"} {
		if !slices.Contains(places, want) {
			t.Errorf("place %q not highlighted; highlighted: %q", want, places)
		}
	}
	if dates := styledText(text, theme.ColorNameSuccess); !slices.Contains(dates, "November 7") {
		t.Errorf("date \"November 7\" not highlighted; highlighted: %q", dates)
	}
}

func TestShowArticleOpensAWindow(t *testing.T) {
	a := test.NewTempApp(t)
	parent := a.NewWindow("Chronomap")
	parent.Resize(fyne.NewSize(900, 600))
	t.Cleanup(parent.Close)
	g, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	// As showArticle does, off the test's goroutine, which Fyne's test
	// driver takes for the UI's; but waited for.
	open := func(files articleFiles, e event.Event) {
		done := make(chan struct{})
		go func() {
			openArticle(a, parent, files, g, e)
			close(done)
		}()
		<-done
	}
	before := len(a.Driver().AllWindows())
	open(articleFiles{seedName: ""}, event.Event{Source: seedName})
	if len(a.Driver().AllWindows()) != before+1 {
		t.Fatal("no window opened for the article")
	}

	open(articleFiles{}, event.Event{Source: "imported.txt"})
	if parent.Canvas().Overlays().Top() == nil {
		t.Fatal("no dialog says the article of an imported event cannot be shown")
	}
	if !rendersText(parent.Canvas().Overlays().Top(), "imported.txt:") {
		t.Error("the dialog does not name the article")
	}
}

// findRichText is the first rich text in o that ok accepts, or nil.
func findRichText(o fyne.CanvasObject, ok func(*widget.RichText) bool) *widget.RichText {
	switch o := o.(type) {
	case *widget.RichText:
		if ok(o) {
			return o
		}
	case *fyne.Container:
		for _, c := range o.Objects {
			if rt := findRichText(c, ok); rt != nil {
				return rt
			}
		}
	case *container.Scroll:
		return findRichText(o.Content, ok)
	}
	return nil
}
