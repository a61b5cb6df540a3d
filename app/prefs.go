package app

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The keys of the preferences Chronomap keeps.
const (
	prefRecentSets   = "recent.sets"   // string list of recentSet in JSON, the newest first
	prefRecent       = "recent"        // string list of paths, before sets: read once, into recent.sets
	prefWindowWidth  = "window.width"  // float
	prefWindowHeight = "window.height" // float
	prefTheme        = "theme"         // one of themeChoices
	prefExportFormat = "export.format" // the name of the layerFormat Export wrote last
)

// maxRecent is how many recent sets the File menu lists.
const maxRecent = 8

// themeChoices are the themes the user can pick; system follows the
// desktop's light or dark setting.
var themeChoices = []string{"system", "light", "dark"}

// prefs are the user's preferences, kept by Fyne under the app's ID.
type prefs struct{ p fyne.Preferences }

// windowSize is the size the window had when last closed, or def.
func (p prefs) windowSize(def fyne.Size) fyne.Size {
	w := p.p.FloatWithFallback(prefWindowWidth, float64(def.Width))
	h := p.p.FloatWithFallback(prefWindowHeight, float64(def.Height))
	return fyne.NewSize(float32(w), float32(h))
}

func (p prefs) setWindowSize(s fyne.Size) {
	p.p.SetFloat(prefWindowWidth, float64(s.Width))
	p.p.SetFloat(prefWindowHeight, float64(s.Height))
}

// theme is the theme chosen, "system" until one is.
func (p prefs) theme() string {
	t := p.p.StringWithFallback(prefTheme, "system")
	if !slices.Contains(themeChoices, t) {
		return "system"
	}
	return t
}

// exportFormat is the name of the format Export wrote last; "" before it
// wrote any.
func (p prefs) exportFormat() string { return p.p.String(prefExportFormat) }

func (p prefs) setExportFormat(name string) { p.p.SetString(prefExportFormat, name) }

// rememberWindow gives win the size it had when last closed, and keeps its
// size when it closes, then calls closed, if any.
func rememberWindow(a fyne.App, win fyne.Window, def fyne.Size, closed ...func()) {
	p := prefs{a.Preferences()}
	win.Resize(p.windowSize(def))
	win.SetOnClosed(func() {
		p.setWindowSize(win.Canvas().Size())
		for _, f := range closed {
			f()
		}
	})
}

// applyTheme sets the app's theme to choice (see themeChoices) and keeps
// the choice.
func applyTheme(a fyne.App, choice string) {
	prefs{a.Preferences()}.p.SetString(prefTheme, choice)
	a.Settings().SetTheme(themeFor(choice))
}

// themeFor is Fyne's theme, held to one variant unless choice is system.
func themeFor(choice string) fyne.Theme {
	switch choice {
	case "light":
		return fixedVariant{theme.DefaultTheme(), theme.VariantLight}
	case "dark":
		return fixedVariant{theme.DefaultTheme(), theme.VariantDark}
	}
	return theme.DefaultTheme()
}

// fixedVariant is a theme that draws in one variant, whatever the desktop
// asks for.
type fixedVariant struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t fixedVariant) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// themeMenu is a Theme submenu: System, Light, Dark, the chosen one
// checked.
func themeMenu(a fyne.App) *fyne.MenuItem {
	current := prefs{a.Preferences()}.theme()
	menu := fyne.NewMenu("")
	for _, choice := range themeChoices {
		sub := fyne.NewMenuItem(capitalized(choice), nil)
		sub.Checked = choice == current
		sub.Action = func() {
			applyTheme(a, choice)
			for _, other := range menu.Items {
				other.Checked = other == sub
			}
			menu.Refresh()
		}
		menu.Items = append(menu.Items, sub)
	}
	item := fyne.NewMenuItem("Theme", nil)
	item.ChildMenu = menu
	return item
}
