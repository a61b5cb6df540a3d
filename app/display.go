package app

import (
	"errors"
	"os"
	"runtime"
)

// errNoDisplay is returned where a window cannot open: Fyne's OpenGL
// driver panics without an X or Wayland display.
var errNoDisplay = errors.New("no display to open the window on: DISPLAY and WAYLAND_DISPLAY are not set (run it under xvfb-run -a for a virtual one)")

// checkDisplay returns errNoDisplay on the systems that draw windows through
// X11 or Wayland when neither is there.
func checkDisplay() error {
	switch runtime.GOOS {
	case "darwin", "windows", "android", "ios", "js":
		return nil
	}
	if os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		return errNoDisplay
	}
	return nil
}

// canOpen returns an error naming the first of paths that does not exist,
// or saying that there is no display: it is better said in the terminal
// than in a window, or a crash.
func canOpen(paths []string) error {
	if err := checkPaths(paths); err != nil {
		return err
	}
	return checkDisplay()
}
