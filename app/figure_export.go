package app

import (
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/app/render"
	"github.com/chronomap/chronomap/data/dates"
	tl "github.com/chronomap/chronomap/data/timeline"
)

// figureSource is what a figure shows: the map as it is now and the days
// it shows.
type figureSource struct {
	scene  *render.Scene   // the map's layers, a copy (mapview.Map.Layers)
	view   render.Viewport // the map's view on screen
	period string          // the days shown, for the subtitle
}

// figureSource is the map and the timeline as they are now.
func (w *mainWindow) figureSource() figureSource {
	return figureSource{
		scene:  w.mapView.Layers(),
		view:   w.mapView.View(),
		period: periodText(w.timeline.VisibleEvents(), w.timeline.Index()),
	}
}

// figureCredits are the About box's credits: a figure shows the data, so
// their licences ask for them on it too.
var figureCredits = []string{naturalEarthCredit + ".", geoNamesCredit, otherPointsCredit}

// figureSizes are the sizes offered, in units as on screen; the scale
// multiplies the pixels. The first is the default.
var figureSizes = []string{
	"1280 × 720",
	"1920 × 1080",
	"2560 × 1440",
	"1169 × 827 (A4 landscape: 300 dpi at 3×)",
}

// figureScales are the scales offered; 2× is the default, sharp on any
// screen or slide.
var figureScales = []string{"1×", "2×", "3×", "4×"}

// exportFigure asks for the figure's title, size and scale, then where to
// save it, and draws and writes it off the UI goroutine. done is called on
// the UI goroutine with the path once it is written.
func exportFigure(win fyne.Window, src figureSource, done func(path string)) {
	f := newFigureForm(src)
	askForm(win, "Export Map as Figure", f.items, f.options, "Could not export the figure", func(o render.FigureOptions) {
		save(win, "map-figure.png", storage.NewExtensionFileFilter([]string{".png"}), func(path string) error {
			return writeFigure(win, path, src, o)
		}, "Could not export the figure", done)
	})
}

// figureForm is the dialog's fields.
type figureForm struct {
	figureFields
	src    figureSource
	pixels *widget.Label
	shown  *widget.Label
	items  []*widget.FormItem
}

func newFigureForm(src figureSource) *figureForm {
	n := src.scene.Shown(src.view)
	f := &figureForm{src: src, pixels: widget.NewLabel(""), shown: widget.NewLabel(figureShownText(n))}
	f.figureFields = newFigureFields("Chronomap — "+counted(n, "event"), figureSizes, figureScales, "2×", func() {
		if f.size != nil {
			f.size.Validate()
			f.showPixels()
		}
	})
	f.size.Validator = func(string) error {
		if _, err := f.options(); err != nil {
			return errors.New(capitalized(err.Error())) // shown as the field's hint
		}
		return nil
	}
	f.showPixels()
	f.items = append(f.formItems("figure"),
		widget.NewFormItem("Image", f.pixels),
		widget.NewFormItem("Events", f.shown),
	)
	return f
}

// figureShownText says how many events the figure shows, and warns when
// there are none, so that an empty figure is never a surprise.
func figureShownText(n int) string {
	if n == 0 {
		return "None in this view and period: the map alone"
	}
	return counted(n, "event") + " on the map"
}

// showPixels says how big the PNG will be.
func (f *figureForm) showPixels() {
	o, err := f.options()
	if err != nil {
		f.pixels.SetText("—")
		return
	}
	p := o.Pixels()
	f.pixels.SetText(fmt.Sprintf("%d × %d pixels, PNG", p.X, p.Y))
}

// options are the figure the fields ask for, or why it cannot be drawn.
func (f *figureForm) options() (render.FigureOptions, error) {
	o, err := f.figure()
	if err != nil {
		return o, err
	}
	o.Subtitle = f.src.period
	return o, o.Check()
}

// writeFigure draws the figure and writes it to path, whole or not at all;
// a figure that takes a while shows that it is being made.
func writeFigure(win fyne.Window, path string, src figureSource, o render.FigureOptions) error {
	busy := showBusy(win, "Exporting the figure", "Drawing and writing "+path+"…")
	defer busy.end()
	img, err := render.Figure(src.scene, src.view, o)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return writePNG(path, img)
}

// periodText says which days the map shows: "27 Sep – 10 Nov 2020,
// cumulative", "4–10 Nov 2020", and whether undated events are shown.
func periodText(v tl.Visible, ix *tl.Index) string {
	days := ""
	if span, ok := ix.Span(); ok {
		r := v.Range
		if v.Cumulative() {
			r.From = min(span.From, r.To)
		}
		days = windowText(&dates.Window{Start: r.From.Time(), End: r.To.Time()})
		if v.Cumulative() {
			days += ", cumulative"
		}
	}
	switch {
	case !v.Undated:
		return days
	case days == "":
		return "Undated events"
	}
	return days + ", and undated events"
}
