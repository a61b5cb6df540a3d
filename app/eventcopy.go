package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/geojson"
	"github.com/chronomap/chronomap/geo"
)

// copier puts what content returns on the app's clipboard and says on
// itself that it did, until reset.
type copier struct {
	button *widget.Button
	label  string
}

func newCopier(label string, content func() (string, error)) *copier {
	c := &copier{label: label}
	c.button = widget.NewButtonWithIcon(label, theme.ContentCopyIcon(), func() {
		s, err := content()
		if err != nil {
			c.button.SetText("Not copied")
			return
		}
		fyne.CurrentApp().Clipboard().SetContent(s)
		c.button.SetText("Copied")
	})
	return c
}

// reset takes back "Copied", which was said of another event.
func (c *copier) reset() { c.button.SetText(c.label) }

// eventText is e as plain text to paste into a note or a message: the
// details' rows as they read, then the sentence, or each report of a
// merged event with its own. countries names countries, as in the details.
func eventText(e event.Event, countries func(cc string) *geo.Place) string {
	var b strings.Builder
	for _, row := range eventRows(e, countries) {
		fmt.Fprintf(&b, "%s: %s\n", row.label, strings.ReplaceAll(row.text, "\n", "\n  "))
	}
	if len(e.Reports) == 0 {
		fmt.Fprintf(&b, "Sentence: %s\n", e.Sentence)
	}
	for _, r := range e.Reports {
		fmt.Fprintf(&b, "\nReport: %s · %s\n  Source: %s\n  Sentence: %s\n",
			windowText(r.Window), eventPlaceName(r), sourceText(r), r.Sentence)
	}
	return b.String()
}

// eventGeoJSON is e as Export writes it: a FeatureCollection of its one
// Feature, which GIS tools paste and Import GeoJSON reads back once saved.
// e must have a place, as a feature without a point is not written.
func eventGeoJSON(e event.Event) (string, error) {
	var b strings.Builder
	err := geojson.EncodeEvents(&b, []event.Event{e})
	return b.String(), err
}
