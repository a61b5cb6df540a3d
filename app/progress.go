package app

import (
	"context"
	"errors"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// progressDelay is how long a load runs before its progress dialog shows:
// most loads are over sooner, and a dialog that flashes by is noise. A load
// that takes longer, whatever it waits on, gets the dialog and its Cancel.
const progressDelay = 500 * time.Millisecond

// cancelledText is the status line after the user cancels a load.
const cancelledText = "Opening cancelled; the events shown are those opened before."

// loadUI is where a load of articles reports, on the UI goroutine.
type loadUI struct {
	win    fyne.Window         // the progress dialog shows over it
	status func(string)        // the status line
	show   func(loaded, error) // what was loaded, or the error that stopped the load
	// do runs a function on the UI goroutine: fyne.Do, or in tests their
	// own loop, so that they can look at the widgets between two calls.
	do func(func())
	// cancelled, when set, is called when the user cancels the load.
	cancelled func()
}

// articleLoad is one load of articles running off the UI goroutine, with a
// progress bar and a Cancel button over the window if it takes a while.
type articleLoad struct {
	ui     loadUI
	stop   context.CancelFunc
	dialog *dialog.CustomDialog
	bar    *widget.ProgressBar
	label  *widget.Label
	cancel *widget.Button
	// over is set, on the UI goroutine, once the load is shown or
	// cancelled: its dialog no longer shows, and its result is dropped.
	over bool
}

// startLoad reads and extracts the articles req asks for (see
// loadArticles) off the UI goroutine, until ctx is done or the user
// cancels. ui.show gets what was loaded, or the error that stopped the
// load; it is not called when the load is cancelled, and then ui.status is
// told so. The returned function drops the load without a word, for a load
// that replaces it.
func startLoad(ctx context.Context, ui loadUI, req loadRequest) (drop func()) {
	ctx, stop := context.WithCancel(ctx)
	l := &articleLoad{ui: ui, stop: stop, bar: widget.NewProgressBar(), label: widget.NewLabel(openingText(req.paths))}
	l.cancel = widget.NewButton("Cancel", l.cancelled)
	title := "Opening articles"
	if req.base != nil {
		title = "Adding articles"
	}
	l.dialog = dialog.NewCustomWithoutButtons(title, container.NewVBox(l.label, l.bar, l.cancel), ui.win)
	l.dialog.Resize(fyne.NewSize(420, 0))
	stopSlow := func() bool { return false }
	if !req.behind { // a load behind outlines leaves the window to them
		ui.status(openingText(req.paths))
		stopSlow = time.AfterFunc(progressDelay, func() { ui.do(l.showDialog) }).Stop
	}
	go func() {
		res, err := loadArticles(ctx, req, l.progress)
		stopSlow()
		ui.do(func() { l.finish(res, err) })
	}()
	return l.end
}

func (l *articleLoad) showDialog() {
	if !l.over {
		l.dialog.Show()
	}
}

// cancelled is the Cancel button. The dialog goes and the status says so
// at once, whatever the load waits on; the load stops when ctx reaches it.
func (l *articleLoad) cancelled() {
	if !l.over {
		l.end()
		l.told()
	}
}

// told says the load was cancelled.
func (l *articleLoad) told() {
	l.ui.status(cancelledText)
	if l.ui.cancelled != nil {
		l.ui.cancelled()
	}
}

// end stops the load and hides its dialog; its result will be dropped.
func (l *articleLoad) end() {
	l.over = true
	l.stop()
	l.dialog.Hide()
}

// finish shows what the load gave, unless it was cancelled or dropped.
func (l *articleLoad) finish(res loaded, err error) {
	if l.over {
		return
	}
	l.end()
	if errors.Is(err, context.Canceled) {
		l.told()
		return
	}
	l.ui.show(res, err)
}

// progress shows how far the load is, from the loading goroutine: a
// redraw only when the bar moves by a whole percent.
func (l *articleLoad) progress(done, total int) {
	if total == 0 || done > 0 && done != total && done*100/total == (done-1)*100/total {
		return
	}
	l.ui.do(func() {
		l.bar.SetValue(float64(done) / float64(total))
		l.label.SetText(fmt.Sprintf("Read %s of %s…", thousands(done), counted(total, "file")))
	})
}
