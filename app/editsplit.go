package app

import (
	"errors"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/data/edit"
)

// splitDialog takes reports of a merged event out of it, into an event of
// their own: a check box per report, by its source and sentence.
type splitDialog struct {
	*editDialog
	reports []*widget.Check
}

func (w *mainWindow) showSplitDialog(ref eventRef) *splitDialog {
	ev := ref.event()
	if ev == nil {
		return nil
	}
	d := &splitDialog{}
	boxes := container.NewVBox(widget.NewLabel("Tick the reports that are of another event:"))
	for _, r := range ev.Reports {
		c := widget.NewCheck(truncatedSentence(r.Source+" · "+r.Sentence), nil)
		d.reports = append(d.reports, c)
		boxes.Add(c)
	}
	d.editDialog = w.newEditDialog("Split Reports", "Split", container.NewVScroll(boxes), func() error {
		ev := ref.event()
		if ev == nil {
			return errStale
		}
		var picked []int
		for k, c := range d.reports {
			if c.Checked {
				picked = append(picked, k)
			}
		}
		switch len(picked) {
		case 0:
			return errors.New("Tick the reports to split off.")
		case len(d.reports):
			return errors.New("Leave at least one report with the event.")
		}
		w.commitEdit(edit.SplitOf(ev, picked, w.editKeys()))
		return nil
	})
	d.show(fyne.NewSize(720, 420))
	return d
}

// maxSplitLine is how many runes of a report's line the split dialog
// shows: a check box does not wrap, and a sentence may be long.
const maxSplitLine = 110

// truncatedSentence is s cut to maxSplitLine runes, with an ellipsis.
func truncatedSentence(s string) string {
	r := []rune(s)
	if len(r) <= maxSplitLine {
		return s
	}
	return string(r[:maxSplitLine-1]) + "…"
}
