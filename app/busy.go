package app

import (
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// busy is a dialog that shows while something slow runs off the UI
// goroutine, once it has run for progressDelay: a quick export shows none.
type busy struct {
	timer *time.Timer
	// mu guards the dialog, once shown, and whether the work is over,
	// after which it never shows. Both are changed in functions given to
	// fyne.Do, which the app runs on its UI goroutine but a test driver
	// may run on the goroutine that calls it.
	mu     sync.Mutex
	dialog dialog.Dialog
	over   bool
}

// showBusy starts a busy dialog titled title saying text; call end when
// the work is done. Both may be called from any goroutine.
func showBusy(win fyne.Window, title, text string) *busy {
	b := &busy{}
	b.timer = time.AfterFunc(progressDelay, func() {
		fyne.Do(func() {
			b.mu.Lock()
			defer b.mu.Unlock()
			if b.over {
				return
			}
			label := widget.NewLabel(text)
			label.Wrapping = fyne.TextWrapWord
			b.dialog = dialog.NewCustomWithoutButtons(title, container.NewVBox(label, widget.NewProgressBarInfinite()), win)
			b.dialog.Resize(fyne.NewSize(420, 0))
			b.dialog.Show()
		})
	})
	return b
}

func (b *busy) end() {
	b.timer.Stop()
	fyne.Do(func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		b.over = true
		if b.dialog != nil {
			b.dialog.Hide()
		}
	})
}
