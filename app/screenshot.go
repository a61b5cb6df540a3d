package app

import (
	"errors"
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/software"
)

// screenshotTimeout bounds the wait for loading and drawing, so that a
// broken display fails the run instead of hanging it.
const screenshotTimeout = 2 * time.Minute

// settle is how long the window is left after the map drew its events, so
// that the rest of it (the list, the status line) is laid out too.
const settle = 300 * time.Millisecond

// quitDelay is how long a hidden window is left to handle the events the
// windowing system sent before it was hidden.
const quitDelay = 100 * time.Millisecond

// Screenshot opens the window, width×height, on the articles at paths, as Run does,
// waits until their events are loaded and drawn, writes the window's picture
// to file as a PNG and closes the window. The file is replaced only when the
// picture was taken: on an error, an existing file is left as it was.
func Screenshot(paths []string, file string, width, height int) error {
	if err := canOpen(paths); err != nil {
		return err
	}
	a := newApp()
	w := newMainWindow(a)
	w.win.Resize(fyne.NewSize(float32(width), float32(height)))
	var result error
	finish := func(err error) {
		result = err
		// Quitting closes the window while the windowing system may still
		// report the pointer over it, and Fyne 2.7's GLFW driver then
		// dereferences the closed window's nil handle to set the cursor
		// (fyne-io/fyne#5981). Hidden, the window gets no more pointer
		// events: quit once the ones already sent are handled.
		w.win.Hide()
		time.AfterFunc(quitDelay, func() { fyne.Do(a.Quit) })
	}
	timeout := time.AfterFunc(screenshotTimeout, func() {
		fyne.Do(func() { finish(fmt.Errorf("the window did not show the events within %v", screenshotTimeout)) })
	})
	defer timeout.Stop()
	w.shown = func(err error) {
		if err != nil {
			finish(err)
			return
		}
		w.mapView.OnDrawn = func() {
			w.mapView.OnDrawn = nil
			time.AfterFunc(settle, func() { fyne.Do(func() { finish(capture(w.win, file)) }) })
		}
		w.mapView.Refresh()
	}
	w.open(paths)
	w.win.ShowAndRun()
	return result
}

// capture writes the picture of win's content to file as a PNG, in the
// window's pixels (FYNE_SCALE=2 doubles them). It paints the content again
// with Fyne's software painter: the OpenGL window's Capture reads the front
// buffer, which Mesa under Xvfb, as on CI, leaves empty. The menu bar,
// which is not part of the content, is left out. The content moves to the
// painter's canvas, so the window is of no more use.
func capture(win fyne.Window, file string) error {
	c := software.NewCanvas()
	c.SetPadded(false)
	c.SetScale(win.Canvas().Scale())
	size := win.Canvas().Size()
	c.SetContent(win.Content())
	c.Resize(size)
	img := c.Capture()
	if img == nil || img.Bounds().Empty() {
		return errors.New("the window could not be captured")
	}
	return writePNG(file, img)
}
