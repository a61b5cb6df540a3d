package app

import (
	"context"
	"errors"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// progressFrom is how many files a load must have for a progress bar: fewer
// load before the user could read it.
const progressFrom = 50

// articleLoad is one load of articles running off the UI goroutine, with a
// progress bar and a Cancel button over the window while a large folder
// loads.
type articleLoad struct {
	dialog *dialog.CustomDialog
	bar    *widget.ProgressBar
	label  *widget.Label
}

// startLoad reads and extracts the articles at paths (the seeds if none)
// off the UI goroutine, until ctx is done or the user cancels. show gets what was loaded, or the error that stopped
// the load, on the UI goroutine; it is not called when the user cancels,
// and then status is told so. The returned function cancels the load.
func startLoad(ctx context.Context, win fyne.Window, paths []string, status func(string), show func(loaded, error)) (cancel func()) {
	ctx, stop := context.WithCancel(ctx)
	l := &articleLoad{bar: widget.NewProgressBar(), label: widget.NewLabel(openingText(paths))}
	cancelButton := widget.NewButton("Cancel", stop)
	l.dialog = dialog.NewCustomWithoutButtons("Opening articles", container.NewVBox(l.label, l.bar, cancelButton), win)
	l.dialog.Resize(fyne.NewSize(420, 0))
	status(openingText(paths))
	go func() {
		res, err := loadArticles(ctx, paths, l.progress)
		fyne.Do(func() {
			l.dialog.Hide()
			if errors.Is(err, context.Canceled) {
				status("Opening cancelled; the events shown are those opened before.")
				return
			}
			show(res, err)
		})
		stop()
	}()
	return stop
}

// progress shows how far the load is, from the loading goroutine: a
// redraw only when the bar moves by a whole percent.
func (l *articleLoad) progress(done, total int) {
	if total < progressFrom {
		return
	}
	if done > 0 && done != total && done*100/total == (done-1)*100/total {
		return
	}
	fyne.Do(func() {
		if done == 0 {
			l.dialog.Show()
		}
		l.bar.SetValue(float64(done) / float64(total))
		l.label.SetText(fmt.Sprintf("Read %d of %d files…", done, total))
	})
}
