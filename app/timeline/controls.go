package timeline

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/app/focus"
	"github.com/chronomap/chronomap/app/render"
	tl "github.com/chronomap/chronomap/data/timeline"
)

// controls are the buttons, menus and labels above the strip.
type controls struct {
	first, prevEvent, back, play *widget.Button
	forward, nextEvent, last     *widget.Button
	date, window                 *widget.Label
	mode, speed                  *Menu
	undated                      *widget.Check
	box                          *fyne.Container
}

func newControls(t *Timeline) *controls {
	c := &controls{
		first:     widget.NewButtonWithIcon("", theme.MediaSkipPreviousIcon(), t.First),
		prevEvent: widget.NewButtonWithIcon("", theme.MediaFastRewindIcon(), t.PrevEvent),
		back:      widget.NewButtonWithIcon("", theme.NavigateBackIcon(), t.StepBack),
		play:      widget.NewButtonWithIcon("", theme.MediaPlayIcon(), t.TogglePlay),
		forward:   widget.NewButtonWithIcon("", theme.NavigateNextIcon(), t.StepForward),
		nextEvent: widget.NewButtonWithIcon("", theme.MediaFastForwardIcon(), t.NextEvent),
		last:      widget.NewButtonWithIcon("", theme.MediaSkipNextIcon(), t.Last),
		date:      widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
		window:    widget.NewLabel(""),
	}
	c.play.Importance = widget.HighImportance
	modes := make([]string, len(tl.Modes))
	for i, m := range tl.Modes {
		modes[i] = m.String()
	}
	c.mode = newMenu(modes, func(string) { t.SetMode(tl.Modes[c.mode.SelectedIndex()]) }, t.TogglePlay)
	speeds := make([]string, len(Speeds))
	for i, s := range Speeds {
		speeds[i] = speedText(s)
	}
	c.speed = newMenu(speeds, func(string) { t.SetSpeed(Speeds[c.speed.SelectedIndex()]) }, t.TogglePlay)
	c.undated = widget.NewCheck("Undated", t.ShowUndated)
	// A choice leaves the keyboard to the window: space plays, not reopens.
	c.mode.OnChanged = focus.After(c.mode, c.mode.OnChanged)
	c.speed.OnChanged = focus.After(c.speed, c.speed.OnChanged)
	c.undated.OnChanged = focus.After(c.undated, c.undated.OnChanged)
	buttons := container.NewHBox(c.first, c.prevEvent, c.back, c.play, c.forward, c.nextEvent, c.last)
	options := container.NewHBox(c.mode, c.speed, c.undated)
	dates := container.NewHBox(c.date, c.window)
	c.box = container.NewBorder(nil, nil, container.NewHBox(buttons, dates), options, layout.NewSpacer())
	return c
}

// show puts the timeline's state on the controls. Setting a menu or the
// check box calls back into the timeline, which changes nothing when the
// value is the one it has.
func (c *controls) show(t *Timeline) {
	all, dated := t.index.Extent()
	for _, b := range []*widget.Button{c.first, c.prevEvent, c.back, c.play, c.forward, c.nextEvent, c.last} {
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
	if c.mode.SelectedIndex() != int(t.mode) { // choosing the mode again clears the days brushed
		c.mode.SetSelectedIndex(int(t.mode))
	}
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
	if r, ok := t.Range(); ok {
		c.date.SetText(render.TimelineDaysText(r))
	} else {
		c.date.SetText(t.playhead.Time().Format("Mon 2 Jan 2006"))
	}
	c.window.SetText(windowText(t.VisibleEvents(), all, t.showingCount()))
}

// windowText says which days before the playhead the map shows, from the
// first of all, and how many events, n, the filters keep of them.
func windowText(v tl.Visible, all tl.Range, n int) string {
	var from, then string
	switch v.Mode {
	case tl.Cumulative:
		from = "since " + all.From.Time().Format("2 Jan 2006") + ", "
	case tl.OneDay:
	case tl.Brushed:
		then = " · Esc clears the range"
	default:
		from = "from " + v.Range.From.Time().Format("Mon 2 Jan") + ", "
	}
	if n == 1 {
		return from + "1 event" + then
	}
	return fmt.Sprintf("%s%d events%s", from, n, then)
}

// speedText is a speed as its menu shows it.
func speedText(daysPerSecond float64) string {
	if daysPerSecond == 1 {
		return "1 day/s"
	}
	return strconv.FormatFloat(daysPerSecond, 'f', -1, 64) + " days/s"
}
