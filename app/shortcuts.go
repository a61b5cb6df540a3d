package app

import (
	"runtime"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// keyHelp is a line of Help ▸ Keyboard Shortcuts: keys, each held with
// mod, and what they do.
type keyHelp struct {
	mod  fyne.KeyModifier
	keys []fyne.KeyName
	does string
}

// keyGroup is a heading of Help ▸ Keyboard Shortcuts and its lines.
type keyGroup struct {
	title string
	keys  []keyHelp
}

// timelineKeys are the keys Timeline.HandleKey takes. A test checks that
// every key it takes is here.
var timelineKeys = []keyHelp{
	{keys: []fyne.KeyName{fyne.KeyLeft, fyne.KeyRight}, does: "Step the playhead a day back or on"},
	{mod: fyne.KeyModifierShift, keys: []fyne.KeyName{fyne.KeyLeft, fyne.KeyRight}, does: "Step to the previous or next day with an event"},
	{keys: []fyne.KeyName{fyne.KeyPageUp, fyne.KeyPageDown}, does: "Step to the previous or next day with an event"},
	{keys: []fyne.KeyName{fyne.KeySpace}, does: "Play or pause"},
	{keys: []fyne.KeyName{fyne.KeyHome, fyne.KeyEnd}, does: "Go to the first or the last event"},
	{keys: []fyne.KeyName{fyne.KeyEscape}, does: "Clear the range of days Shift-dragged on the strip"},
}

// windowKeys are the keys the window handles itself (keys.go), those of
// the list's search box, and those of the map's open cluster.
var windowKeys = []keyGroup{
	{"Events list", []keyHelp{
		{keys: []fyne.KeyName{fyne.KeyUp, fyne.KeyDown}, does: "Select the event before or after"},
		{keys: []fyne.KeyName{fyne.KeyDown}, does: "In the search box: go down into the list"},
		{keys: []fyne.KeyName{fyne.KeyEscape}, does: "In the search box: leave it, for the keys above"},
	}},
	{"Map", []keyHelp{
		{keys: []fyne.KeyName{fyne.KeyLeft, fyne.KeyRight}, does: "Step through the events of an open same-place cluster"},
		{keys: []fyne.KeyName{fyne.KeyEscape}, does: "Close the cluster"},
	}},
	{"Windows", []keyHelp{
		{keys: []fyne.KeyName{fyne.KeyEscape}, does: "Close the article window, or the dialog shown"},
	}},
}

// shortcutGroups are all the keys the app has: the timeline's, the
// window's, and the shortcuts of menu's items, read from the menu itself.
func shortcutGroups(menu *fyne.MainMenu) []keyGroup {
	groups := append([]keyGroup{{"Timeline", timelineKeys}}, windowKeys...)
	for _, m := range menu.Items {
		if keys := menuKeys(m.Items); len(keys) > 0 {
			groups = append(groups, keyGroup{m.Label + " menu", keys})
		}
	}
	return groups
}

// menuKeys are the shortcuts of items and of their submenus' items.
func menuKeys(items []*fyne.MenuItem) []keyHelp {
	var keys []keyHelp
	for _, it := range items {
		if s, ok := it.Shortcut.(fyne.KeyboardShortcut); ok {
			keys = append(keys, keyHelp{s.Mod(), []fyne.KeyName{s.Key()}, strings.TrimSuffix(it.Label, "…")})
		}
		if it.ChildMenu != nil {
			keys = append(keys, menuKeys(it.ChildMenu.Items)...)
		}
	}
	return keys
}

// keysText writes keys as they are pressed: "← →", "Ctrl+Shift+O".
func keysText(h keyHelp) string {
	words := make([]string, len(h.keys))
	for i, k := range h.keys {
		words[i] = modifiersText(h.mod) + keyText(k)
	}
	return strings.Join(words, " ")
}

// keySymbols are the keys not written by their name.
var keySymbols = map[fyne.KeyName]string{
	fyne.KeyLeft: "←", fyne.KeyRight: "→", fyne.KeyUp: "↑", fyne.KeyDown: "↓",
	fyne.KeyEscape: "Esc", fyne.KeyPageUp: "Page Up", fyne.KeyPageDown: "Page Down",
}

func keyText(k fyne.KeyName) string {
	if s, ok := keySymbols[k]; ok {
		return s
	}
	return string(k)
}

// modifiersText is "Ctrl+Shift+", or macOS's "⌘⇧".
func modifiersText(m fyne.KeyModifier) string {
	names := []struct {
		mod        fyne.KeyModifier
		name, symb string
	}{
		{fyne.KeyModifierControl, "Ctrl+", "⌃"},
		{fyne.KeyModifierAlt, "Alt+", "⌥"},
		{fyne.KeyModifierShift, "Shift+", "⇧"},
		{fyne.KeyModifierSuper, "Super+", "⌘"},
	}
	var b strings.Builder
	for _, n := range names {
		if m&n.mod == 0 {
			continue
		}
		if runtime.GOOS == "darwin" {
			b.WriteString(n.symb)
		} else {
			b.WriteString(n.name)
		}
	}
	return b.String()
}

// showShortcuts lists groups in a dialog over win.
func showShortcuts(win fyne.Window, groups []keyGroup) {
	var rows []fyne.CanvasObject
	for _, g := range groups {
		rows = append(rows, widget.NewLabelWithStyle(g.title, fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), layout.NewSpacer())
		for _, h := range g.keys {
			does := widget.NewLabel(h.does)
			does.Wrapping = fyne.TextWrapWord
			rows = append(rows, widget.NewLabelWithStyle(keysText(h), fyne.TextAlignTrailing, fyne.TextStyle{Monospace: true}), does)
		}
	}
	list := container.NewVScroll(container.New(layout.NewFormLayout(), rows...))
	d := dialog.NewCustom("Keyboard Shortcuts", "Close", list, win)
	d.Resize(fyne.NewSize(560, 600))
	d.Show()
}
