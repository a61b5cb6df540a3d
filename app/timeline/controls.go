package timeline

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	tl "github.com/chronomap/chronomap/data/timeline"
)

// controls are the buttons, menus and labels above the strip.
type controls struct {
	first, back, play, forward, last *widget.Button
	date, window                     *widget.Label
	mode, speed                      *widget.Select
	undated                          *widget.Check
	box                              *fyne.Container
}

func newControls(t *Timeline) *controls {
	c := &controls{
		first:   widget.NewButtonWithIcon("", theme.MediaSkipPreviousIcon(), t.First),
		back:    widget.NewButtonWithIcon("", theme.NavigateBackIcon(), t.StepBack),
		play:    widget.NewButtonWithIcon("", theme.MediaPlayIcon(), t.TogglePlay),
		forward: widget.NewButtonWithIcon("", theme.NavigateNextIcon(), t.StepForward),
		last:    widget.NewButtonWithIcon("", theme.MediaSkipNextIcon(), t.Last),
		date:    widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		window:  widget.NewLabel(""),
	}
	c.play.Importance = widget.HighImportance
	modes := make([]string, len(tl.Modes))
	for i, m := range tl.Modes {
		modes[i] = m.String()
	}
	c.mode = widget.NewSelect(modes, func(string) { t.SetMode(tl.Modes[c.mode.SelectedIndex()]) })
	speeds := make([]string, len(Speeds))
	for i, s := range Speeds {
		speeds[i] = speedText(s)
	}
	c.speed = widget.NewSelect(speeds, func(string) { t.SetSpeed(Speeds[c.speed.SelectedIndex()]) })
	c.undated = widget.NewCheck("Undated", t.ShowUndated)
	buttons := container.NewHBox(c.first, c.back, c.play, c.forward, c.last)
	options := container.NewHBox(c.mode, c.speed, c.undated)
	dates := container.NewHBox(c.date, c.window)
	c.box = container.NewBorder(nil, nil, container.NewHBox(buttons, dates), options, layout.NewSpacer())
	return c
}

// show puts the timeline's state on the controls. Setting a menu or the
// check box calls back into the timeline, which changes nothing when the
// value is the one it has.
func (c *controls) show(t *Timeline) {
	span, dated := t.index.Span()
	for _, b := range []*widget.Button{c.first, c.back, c.play, c.forward, c.last} {
		if dated {
			b.Enable()
		} else {
			b.Disable()
		}
	}
	if t.Playing() {
		c.play.SetIcon(theme.MediaPauseIcon())
	} else {
		c.play.SetIcon(theme.MediaPlayIcon())
	}
	c.mode.SetSelectedIndex(int(t.mode))
	for i, s := range Speeds {
		if s == t.player.speed {
			c.speed.SetSelectedIndex(i)
		}
	}
	c.undated.SetChecked(t.undated)
	c.undated.Text = "Undated (" + strconv.Itoa(t.undatedShown) + ")"
	c.undated.Refresh()
	if !dated {
		c.date.SetText("No dated events")
		c.window.SetText("")
		return
	}
	c.date.SetText(t.playhead.Time().Format("Mon 2 Jan 2006"))
	c.window.SetText(windowText(t.VisibleEvents(), span, t.showingCount()))
}

// windowText says which days before the playhead the map shows, and how
// many events, n, the filters keep of them.
func windowText(v tl.Visible, span tl.Range, n int) string {
	var from string
	switch {
	case v.Mode == tl.Cumulative:
		from = "since " + span.From.Time().Format("2 Jan 2006") + ", "
	case v.Mode != tl.OneDay:
		from = "from " + v.Range.From.Time().Format("Mon 2 Jan") + ", "
	}
	if n == 1 {
		return from + "1 event"
	}
	return fmt.Sprintf("%s%d events", from, n)
}

// speedText is a speed as its menu shows it.
func speedText(daysPerSecond float64) string {
	if daysPerSecond == 1 {
		return "1 day/s"
	}
	return strconv.FormatFloat(daysPerSecond, 'f', -1, 64) + " days/s"
}
