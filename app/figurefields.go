package app

import (
	"errors"
	"regexp"
	"slices"
	"strconv"

	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/app/render"
)

// figureFields are the fields a figure is drawn by, in the dialogs of
// Export Map as Figure and Export Animation: its title, its size in the
// units of the screen, and the scale that multiplies its pixels.
type figureFields struct {
	title  *widget.Entry
	size   *widget.SelectEntry
	scale  *widget.RadioGroup
	scales []string // "1×", "2×"…: the scale is one more than the index
}

// newFigureFields are the fields, titled title, offering sizes (the first
// chosen) and scales (chosen chosen); changed is called when the size or
// the scale changes.
func newFigureFields(title string, sizes, scales []string, chosen string, changed func()) figureFields {
	f := figureFields{title: widget.NewEntry(), size: widget.NewSelectEntry(sizes), scales: scales}
	f.title.SetText(title)
	f.size.SetText(sizes[0])
	f.scale = widget.NewRadioGroup(scales, func(string) { changed() })
	f.scale.Horizontal, f.scale.Required = true, true
	f.scale.SetSelected(chosen)
	f.size.OnChanged = func(string) { changed() }
	return f
}

// formItems are the fields as a form shows them; what names what the scale
// sharpens: "figure", "frames".
func (f figureFields) formItems(what string) []*widget.FormItem {
	return []*widget.FormItem{
		widget.NewFormItem("Title", f.title),
		{Text: "Size", Widget: f.size, HintText: "Width × height, in the units of the screen"},
		{Text: "Scale", Widget: f.scale, HintText: "More pixels: the same " + what + ", sharper"},
	}
}

// figure is the size, scale, title and credits the fields ask for, or why
// the size cannot be read.
func (f figureFields) figure() (render.FigureOptions, error) {
	w, h, err := parseSize(f.size.Text)
	if err != nil {
		return render.FigureOptions{}, err
	}
	scale := float64(1 + max(0, slices.Index(f.scales, f.scale.Selected)))
	return render.FigureOptions{Width: w, Height: h, Scale: scale, Title: f.title.Text, Credits: figureCredits}, nil
}

// sizePattern reads a size typed as "1600 × 900", "1600x900" or "1600 900".
var sizePattern = regexp.MustCompile(`^\s*(\d{1,6})\s*[x×X ]\s*(\d{1,6})\b`)

// parseSize reads a figure's size, typed as sizePattern says.
func parseSize(text string) (width, height int, err error) {
	m := sizePattern.FindStringSubmatch(text)
	if m == nil {
		return 0, 0, errors.New("type the size as width × height, such as 1600 × 900")
	}
	width, _ = strconv.Atoi(m[1])
	height, _ = strconv.Atoi(m[2])
	return width, height, nil
}
