package app

import (
	"fyne.io/fyne/v2"

	"github.com/chronomap/chronomap/data/edit"
	"github.com/chronomap/chronomap/data/event"
)

// editMenuItems are the corrections an analyst can make to event i: its
// review, a check-style choice of three, its type, place, dates and note,
// and merging it with another event or splitting its reports apart. The
// event's right-click menu and the details' Edit button both offer them.
func (w *mainWindow) editMenuItems(i int) []*fyne.MenuItem {
	ref := w.refTo(i)
	e := w.events[i]
	review := func(label string, r event.Review) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, func() {
			if e.Review != r {
				_ = ref.set(edit.Review, edit.Value{Review: r})
			}
		})
		it.Checked = e.Review == r
		return it
	}
	var types []*fyne.MenuItem
	for t := range event.NumTypes {
		it := fyne.NewMenuItem(t.Info().Label, func() {
			if e.Type != t {
				_ = ref.set(edit.Retype, edit.Value{Type: t})
			}
		})
		it.Checked = e.Type == t
		types = append(types, it)
	}
	retype := fyne.NewMenuItem("Change Type", nil)
	retype.ChildMenu = fyne.NewMenu("", types...)
	split := fyne.NewMenuItem("Split Reports…", func() { w.showSplitDialog(ref) })
	split.Disabled = len(e.Reports) < 2 // one report is the event itself
	merge := fyne.NewMenuItem("Merge with…", func() { w.showMergeDialog(ref) })
	merge.Disabled = len(w.events) < 2
	return []*fyne.MenuItem{
		review("Verified", event.Verified), review("Rejected", event.Rejected), review("Unreviewed", event.Unreviewed),
		fyne.NewMenuItemSeparator(),
		retype,
		fyne.NewMenuItem("Move to…", func() { w.showPlaceDialog(ref) }),
		fyne.NewMenuItem("Change Dates…", func() { w.showDateDialog(ref) }),
		fyne.NewMenuItem("Note…", func() { w.showNoteDialog(ref) }),
		fyne.NewMenuItemSeparator(),
		merge, split,
	}
}
