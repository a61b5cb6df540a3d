package app

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/edit"
)

// dateLayout is how the date dialog reads and writes a day, as the
// GeoJSON layers do.
const dateLayout = "2006-01-02"

// precisions are the date dialog's choices, in its order.
var precisions = []struct {
	label string
	p     dates.Precision
}{{"Day", dates.Day}, {"Week", dates.Week}, {"Month", dates.Month}}

// dateDialog asks for an event's date window: its first and last day and
// how precise they are, or that it is undated.
type dateDialog struct {
	*editDialog
	start, end *widget.Entry
	precision  *widget.RadioGroup
	undated    *widget.Check
}

func (w *mainWindow) showDateDialog(ref eventRef) *dateDialog {
	ev := ref.event()
	if ev == nil {
		return nil
	}
	d := &dateDialog{start: widget.NewEntry(), end: widget.NewEntry()}
	d.start.SetPlaceHolder("YYYY-MM-DD")
	d.end.SetPlaceHolder("YYYY-MM-DD, or empty for the start")
	var labels []string
	for _, c := range precisions {
		labels = append(labels, c.label)
	}
	d.precision = widget.NewRadioGroup(labels, nil)
	d.precision.Horizontal, d.precision.Required = true, true
	d.precision.Selected = precisions[0].label
	d.undated = widget.NewCheck("Undated", func(on bool) {
		for _, o := range []fyne.Disableable{d.start, d.end, d.precision} {
			if on {
				o.Disable()
			} else {
				o.Enable()
			}
		}
	})
	if win := ev.Window; win != nil {
		d.start.SetText(win.Start.Format(dateLayout))
		d.end.SetText(win.End.Format(dateLayout))
		for _, c := range precisions {
			if c.p == win.Precision {
				d.precision.Selected = c.label
			}
		}
	} else {
		d.undated.SetChecked(true)
	}
	form := widget.NewForm(
		widget.NewFormItem("From", d.start),
		widget.NewFormItem("To", d.end),
		widget.NewFormItem("Known to the", d.precision),
		widget.NewFormItem("", d.undated))
	d.editDialog = w.newEditDialog("Change Dates", "Change", form, func() error {
		win, err := d.window()
		if err != nil {
			return err
		}
		return ref.set(edit.Redate, edit.Value{Window: win})
	})
	d.start.OnSubmitted = func(string) { d.confirm.OnTapped() }
	d.end.OnSubmitted = d.start.OnSubmitted
	d.show(fyne.NewSize(440, 0))
	return d
}

// window is the window the dialog says, nil for undated, or why what it
// says is not one.
func (d *dateDialog) window() (*dates.Window, error) {
	if d.undated.Checked {
		return nil, nil
	}
	p := dates.Day
	for _, c := range precisions {
		if c.label == d.precision.Selected {
			p = c.p
		}
	}
	return parseWindow(d.start.Text, d.end.Text, p)
}

// parseWindow reads a date window from its first and last days, written
// YYYY-MM-DD; an empty end is the start's day.
func parseWindow(start, end string, p dates.Precision) (*dates.Window, error) {
	s, err := parseDay("start", start)
	if err != nil {
		return nil, err
	}
	e := s
	if end != "" {
		if e, err = parseDay("end", end); err != nil {
			return nil, err
		}
	}
	if e.Before(s) {
		return nil, fmt.Errorf("The end, %s, is before the start, %s.", e.Format(dayLayout), s.Format(dayLayout))
	}
	return &dates.Window{Start: s, End: e, Precision: p}, nil
}

// parseDay reads the day of the dialog's field named which.
func parseDay(which, s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, fmt.Errorf("The %s date is missing: write it YYYY-MM-DD, e.g. 2020-10-11.", which)
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil || t.Year() < dates.MinYear {
		return time.Time{}, fmt.Errorf("The %s date, %q, is not a day written YYYY-MM-DD, e.g. 2020-10-11.", which, s)
	}
	return t, nil
}
