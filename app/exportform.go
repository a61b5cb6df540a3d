package app

import (
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/data/event"
)

// exportForm is the fields of the dialog Export asks with: how many events
// it writes, and in which format.
type exportForm struct {
	items   []*widget.FormItem
	formats *widget.RadioGroup
}

// newExportForm is the form for events, the format named chosen first.
func newExportForm(events []event.Event, chosen string) *exportForm {
	options := make([]string, len(layerFormats))
	for i, f := range layerFormats {
		options[i] = formatOption(f)
	}
	f := &exportForm{formats: widget.NewRadioGroup(options, nil)}
	f.formats.Required = true
	f.formats.SetSelected(formatOption(layerFormatNamed(chosen)))
	f.items = []*widget.FormItem{
		widget.NewFormItem("Events", widget.NewLabel(counted(placedCount(events), "event"))),
		widget.NewFormItem("Format", f.formats),
	}
	return f
}

// placedCount is how many of events have a place, which every format
// needs to write an event.
func placedCount(events []event.Event) int {
	n := 0
	for i := range events {
		if events[i].Place != nil {
			n++
		}
	}
	return n
}

// formatOption is f as the form offers it: "KML (.kml): for Google Earth…".
func formatOption(f layerFormat) string { return f.name + " (" + f.exts[0] + "): " + f.use }

// format is the format chosen.
func (f *exportForm) format() layerFormat {
	for _, lf := range layerFormats {
		if formatOption(lf) == f.formats.Selected {
			return lf
		}
	}
	return layerFormats[0]
}
