package app

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/app/animation"
)

// animationError is the title of the dialogs that say an animation could
// not be made.
const animationError = "Could not export the animation"

// animationSource is the map and the timeline as they are now.
func (w *mainWindow) animationSource() animationSource {
	ix := w.timeline.Index()
	days, ok := w.timeline.Range()
	if !ok {
		days, _ = ix.Span()
	}
	return animationSource{
		Source: animation.Source{Scene: w.mapView.Layers(), View: w.mapView.View(), Days: ix},
		days:   days, mode: w.timeline.Mode(), speed: w.timeline.Speed(),
	}
}

// exportAnimation is Export ▸ Animation….
func (w *mainWindow) exportAnimation() {
	if _, ok := w.timeline.Index().Span(); !ok {
		showError(animationError, errors.New("no event has a date: there is nothing to animate"), w.win)
		return
	}
	exportAnimation(animationUI{win: w.win, do: w.do, done: w.exported, status: w.status.SetText}, w.animationSource())
}

// animationUI is where an export of an animation shows and reports, on the
// UI goroutine.
type animationUI struct {
	win fyne.Window
	// do runs a function on the UI goroutine: fyne.Do, or in tests their
	// own loop.
	do     func(func())
	done   func(path string) // the animation is written to path
	status func(string)      // a line for the status bar: the user cancelled
}

// exportAnimation asks what to animate, then where to save it, and writes
// it off the UI goroutine with a progress bar and Cancel.
func exportAnimation(ui animationUI, src animationSource) {
	win := ui.win
	f := newAnimationForm(src)
	askForm(win, "Export Animation", f.items, f.options, animationError, func(o animation.Options) {
		write := func(path string) { writeAnimation(ui, path, f.pngs(), src, o) }
		if f.pngs() {
			askFramesFolder(win, write)
		} else {
			askSavePath(win, "chronomap-animation.gif", storage.NewExtensionFileFilter([]string{".gif"}), animationError, write)
		}
	})
}

// framesFolderName is the folder made for PNG frames in the folder chosen.
const framesFolderName = "chronomap-frames"

// askFramesFolder asks for a folder and passes chosen a new folder in it
// for the frames: chronomap-frames, or chronomap-frames-2 and so on when
// that is there already, so that no earlier frames are mixed with these.
func askFramesFolder(win fyne.Window, chosen func(dir string)) {
	d := dialog.NewFolderOpen(func(dir fyne.ListableURI, err error) {
		switch {
		case err != nil:
			showError(animationError, err, win)
		case dir != nil: // nil when cancelled
			chosen(newFolderIn(dir.Path(), framesFolderName))
		}
	}, win)
	d.SetTitleText("Save the Frames in a New Folder in…")
	d.SetConfirmText("Save Here")
	d.Resize(dialogSize(win))
	d.Show()
}

// newFolderIn is the path of the first of name, name-2, name-3… that is not
// in parent.
func newFolderIn(parent, name string) string {
	path := filepath.Join(parent, name)
	for n := 2; ; n++ {
		if _, err := os.Lstat(path); errors.Is(err, os.ErrNotExist) {
			return path
		}
		path = filepath.Join(parent, name+"-"+strconv.Itoa(n))
	}
}

// writeAnimation writes the animation to path, a GIF or a folder of PNG
// frames, off the UI goroutine, with a progress bar and Cancel over the
// window.
func writeAnimation(ui animationUI, path string, pngs bool, src animationSource, o animation.Options) {
	ctx, cancel := context.WithCancel(context.Background())
	bar := widget.NewProgressBar()
	label := widget.NewLabel("Writing " + path + "…")
	label.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	stop := widget.NewButton("Cancel", func() {
		cancel()
		d.Hide()
	})
	d = dialog.NewCustomWithoutButtons("Exporting the Animation", container.NewVBox(label, bar, stop), ui.win)
	d.Resize(fyne.NewSize(460, 0))
	d.Show()
	o.Progress = func(n, total int) {
		ui.do(func() {
			bar.SetValue(float64(n) / float64(total))
			label.SetText(fmt.Sprintf("Frame %d of %d, into %s…", n, total, path))
		})
	}
	write := animation.WriteGIF
	if pngs {
		write = animation.WritePNGs
	}
	go func() {
		defer cancel()
		err := write(ctx, path, src.Source, o)
		ui.do(func() {
			d.Hide()
			switch {
			case errors.Is(err, context.Canceled):
				ui.status("Animation cancelled; nothing was written.")
			case err != nil:
				showError(animationError, err, ui.win)
			default:
				ui.done(path)
			}
		})
	}()
}
