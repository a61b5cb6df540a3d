package app

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/app/timeline"
)

// pressKey sends key as the desktop driver does: to the focused widget,
// with the character of space, or else to the window's handler.
func pressKey(c fyne.Canvas, key fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: key}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
		if key == fyne.KeySpace {
			f.TypedRune(' ')
		}
		return
	}
	c.OnTypedKey()(ev)
}

// newKeysWindow is a window showing the sample events, nothing focused.
func newKeysWindow(t *testing.T) *mainWindow {
	w := newTestWindow(t)
	w.show(prepared(loaded{events: sampleEvents(), articles: 1}), nil)
	w.timeline.First()
	t.Cleanup(w.timeline.Pause)
	return w
}

// tapText taps the innermost tappable showing the text s, in
// the top overlay if there is one.
func tapText(t *testing.T, c fyne.Canvas, s string) {
	t.Helper()
	root := c.Content()
	if top := c.Overlays().Top(); top != nil {
		root = top
	}
	var target fyne.Tappable
	for _, o := range test.LaidOutObjects(root) {
		if tap, ok := o.(fyne.Tappable); ok && showsText(o, s) {
			target = tap // a later match is inside an earlier one
		}
	}
	if target == nil {
		t.Fatalf("no text %q to tap", s)
	}
	test.Tap(target)
}

func showsText(o fyne.CanvasObject, s string) bool {
	for _, x := range test.LaidOutObjects(o) {
		if txt, ok := x.(*canvas.Text); ok && txt.Text == s {
			return true
		}
	}
	return false
}

// findWidget is the first object in the window's content that ok accepts.
func findWidget[T fyne.CanvasObject](t *testing.T, c fyne.Canvas, ok func(T) bool) T {
	t.Helper()
	for _, o := range test.LaidOutObjects(c.Content()) {
		if w, is := o.(T); is && ok(w) {
			return w
		}
	}
	var none T
	t.Fatalf("no %T in the window", none)
	return none
}

func TestSpacePlaysAfterTheControlsAreUsed(t *testing.T) {
	for _, tc := range []struct {
		name string
		use  func(t *testing.T, w *mainWindow)
	}{
		{"a speed chosen in the timeline's menu", func(t *testing.T, w *mainWindow) {
			speed := findWidget(t, w.win.Canvas(), func(s *timeline.Menu) bool { return slices.Contains(s.Options, "4 days/s") })
			test.Tap(speed)
			tapText(t, w.win.Canvas(), "4 days/s")
			if w.timeline.Speed() != 4 {
				t.Fatalf("speed %v after choosing 4 days/s", w.timeline.Speed())
			}
		}},
		{"a window chosen in the timeline's menu", func(t *testing.T, w *mainWindow) {
			mode := findWidget(t, w.win.Canvas(), func(s *timeline.Menu) bool { return slices.Contains(s.Options, "Cumulative") })
			test.Tap(mode)
			tapText(t, w.win.Canvas(), mode.Options[0])
		}},
		{"a menu of the timeline opened and closed without a choice", func(t *testing.T, w *mainWindow) {
			speed := findWidget(t, w.win.Canvas(), func(s *timeline.Menu) bool { return slices.Contains(s.Options, "4 days/s") })
			w.win.Canvas().Focus(speed) // as a tap does, before the menu pops up
			if w.win.Canvas().Focused() != speed {
				t.Fatal("the menu does not take the keyboard")
			}
		}},
		{"the timeline's Undated box", func(t *testing.T, w *mainWindow) {
			test.Tap(findWidget(t, w.win.Canvas(), func(c *widget.Check) bool { return strings.HasPrefix(c.Text, "Undated") }))
		}},
		{"a type box of the list", func(t *testing.T, w *mainWindow) {
			test.Tap(w.list.types[0])
		}},
		{"a row of the list", func(t *testing.T, w *mainWindow) { tapText(t, w.win.Canvas(), "Attack · Shushi") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newKeysWindow(t)
			tc.use(t, w)
			pressKey(w.win.Canvas(), fyne.KeySpace)
			if !w.timeline.Playing() {
				t.Errorf("space does not play; %T has the keyboard", w.win.Canvas().Focused())
			}
		})
	}
}

func TestSpaceTypesInTheSearchBox(t *testing.T) {
	w := newKeysWindow(t)
	w.win.Canvas().Focus(w.list.search)
	test.Type(w.list.search, "Shushi")
	pressKey(w.win.Canvas(), fyne.KeySpace)

	if w.timeline.Playing() {
		t.Error("space in the search box plays the timeline")
	}
	if got := w.list.search.Text; got != "Shushi " {
		t.Errorf("search box reads %q, want the space typed", got)
	}
}

func TestArrowsMoveTheListSelection(t *testing.T) {
	w := newKeysWindow(t)
	// The list shows Hadrut (event 0) then Shushi (event 1), by date.
	for _, step := range []struct {
		key  fyne.KeyName
		want int
	}{
		{fyne.KeyDown, 0},
		{fyne.KeyDown, 1},
		{fyne.KeyDown, 1}, // the last stays
		{fyne.KeyUp, 0},
		{fyne.KeyUp, 0},
	} {
		pressKey(w.win.Canvas(), step.key)
		if w.list.selected != step.want || w.mapView.Selected() != step.want || w.timeline.Selected() != step.want {
			t.Fatalf("after %s: list %d, map %d, timeline %d selected, want %d",
				step.key, w.list.selected, w.mapView.Selected(), w.timeline.Selected(), step.want)
		}
		if got, want := w.details.sentence.String(), w.events[step.want].Sentence; got != want {
			t.Fatalf("after %s the details show %q, want %q", step.key, got, want)
		}
	}
}

func TestDownLeavesTheSearchBoxForTheList(t *testing.T) {
	w := newKeysWindow(t)
	w.win.Canvas().Focus(w.list.search)
	test.Type(w.list.search, "Shushi")
	pressKey(w.win.Canvas(), fyne.KeyDown)

	if w.list.selected != 1 {
		t.Errorf("event %d selected after ↓ in the search box, want the one listed (1)", w.list.selected)
	}
	if f := w.win.Canvas().Focused(); f != nil {
		t.Errorf("%T keeps the keyboard after ↓", f)
	}
	pressKey(w.win.Canvas(), fyne.KeySpace)
	if !w.timeline.Playing() {
		t.Error("space does not play once ↓ left the search box")
	}
}

func TestEscClosesTheDialogShown(t *testing.T) {
	w := newKeysWindow(t)
	for _, open := range []func(){
		func() { showAbout(w.app, w.win) },
		func() { showShortcuts(w.win, shortcutGroups(w.win.MainMenu())) },
		func() { showError("Could not", errors.New("no such file"), w.win) },
	} {
		open()
		pressKey(w.win.Canvas(), fyne.KeySpace)
		if w.timeline.Playing() {
			t.Error("space plays the timeline behind a dialog")
		}
		pressKey(w.win.Canvas(), fyne.KeyEscape)
		if w.win.Canvas().Overlays().Top() != nil {
			t.Error("Esc does not close the dialog")
		}
	}
}

func TestKeyboardShortcutsListsEveryKey(t *testing.T) {
	w := newKeysWindow(t)
	w.win.MainMenu().Items[3].Items[0].Action() // Help ▸ Keyboard Shortcuts

	d := w.win.Canvas().Overlays().Top()
	if d == nil {
		t.Fatal("no Keyboard Shortcuts dialog")
	}
	shown := labelTexts(d)
	groups := shortcutGroups(w.win.MainMenu())
	for _, g := range groups {
		for _, h := range g.keys {
			if !slices.Contains(shown, keysText(h)) || !slices.Contains(shown, h.does) {
				t.Errorf("%s: %q %q not listed", g.title, keysText(h), h.does)
			}
		}
	}
	// The menus' shortcuts are read from the menu, with their modifiers.
	var menuLines []string
	for _, g := range groups {
		for _, h := range g.keys {
			menuLines = append(menuLines, keysText(h)+" "+h.does)
		}
	}
	ctrl := modifiersText(fyne.KeyModifierShortcutDefault)
	for _, want := range []string{"O Open", "E Export All Events", "I Import Events", "0 Fit to Events", "= Zoom In", "- Zoom Out", "L Places Mentioned"} {
		if !slices.Contains(menuLines, ctrl+want) {
			t.Errorf("%q not listed", ctrl+want)
		}
	}
}

// everyKey are the keys a test presses to find those a widget takes.
var everyKey = []fyne.KeyName{
	fyne.KeyLeft, fyne.KeyRight, fyne.KeyUp, fyne.KeyDown, fyne.KeyPageUp, fyne.KeyPageDown,
	fyne.KeyHome, fyne.KeyEnd, fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter, fyne.KeyEscape,
	fyne.KeyTab, fyne.KeyBackspace, fyne.KeyDelete, fyne.KeyInsert, fyne.KeyPlus, fyne.KeyMinus,
	fyne.KeyEqual, fyne.KeyComma, fyne.KeyPeriod, fyne.KeySlash,
	fyne.KeyF1, fyne.KeyF2, fyne.KeyF3, fyne.KeyF4, fyne.KeyF5, fyne.KeyF6,
	fyne.KeyF7, fyne.KeyF8, fyne.KeyF9, fyne.KeyF10, fyne.KeyF11, fyne.KeyF12,
	fyne.Key0, fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7, fyne.Key8, fyne.Key9,
	fyne.KeyA, fyne.KeyB, fyne.KeyC, fyne.KeyD, fyne.KeyE, fyne.KeyF, fyne.KeyG, fyne.KeyH, fyne.KeyI,
	fyne.KeyJ, fyne.KeyK, fyne.KeyL, fyne.KeyM, fyne.KeyN, fyne.KeyO, fyne.KeyP, fyne.KeyQ, fyne.KeyR,
	fyne.KeyS, fyne.KeyT, fyne.KeyU, fyne.KeyV, fyne.KeyW, fyne.KeyX, fyne.KeyY, fyne.KeyZ,
}

// TestTheTimelinesKeysAreListed keeps Help ▸ Keyboard Shortcuts in step
// with Timeline.HandleKey: a key it takes must be in timelineKeys.
func TestTheTimelinesKeysAreListed(t *testing.T) {
	test.NewTempApp(t)
	tl := timeline.New()
	tl.SetEvents(sampleEvents())
	t.Cleanup(tl.Pause)
	var listed []fyne.KeyName
	for _, h := range timelineKeys {
		if h.mod == 0 {
			listed = append(listed, h.keys...)
		}
	}
	for _, k := range everyKey {
		if tl.HandleKey(k) && !slices.Contains(listed, k) {
			t.Errorf("Timeline.HandleKey takes %s, which timelineKeys does not list", k)
		}
	}
}
