package app

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func TestRecentFilesNewestFirstOnceEach(t *testing.T) {
	a := test.NewTempApp(t)
	p := prefs{a.Preferences()}
	p.addRecent("/a.txt")
	p.addRecent("/b", "/c.txt")
	p.addRecent("/a.txt")
	if got, want := p.recent(), []string{"/a.txt", "/b", "/c.txt"}; !slices.Equal(got, want) {
		t.Errorf("recent = %v, want %v", got, want)
	}
	for i := range 2 * maxRecent {
		p.addRecent("/" + string(rune('a'+i)) + ".geojson")
	}
	if got := len(p.recent()); got != maxRecent {
		t.Errorf("%d recent files kept, want %d", got, maxRecent)
	}

	var opened []string
	menu := recentMenu(a, func(paths []string) { opened = paths })
	menu.ChildMenu.Items[0].Action()
	if len(opened) != 1 || opened[0] != p.recent()[0] {
		t.Errorf("choosing the first recent file opened %v", opened)
	}
}

func TestWindowSizeIsKept(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("")
	rememberWindow(a, w, fyne.NewSize(1100, 700))
	w.Resize(fyne.NewSize(800, 500))
	w.Close()
	if got, want := (prefs{a.Preferences()}).windowSize(fyne.NewSize(1, 1)), fyne.NewSize(800, 500); got != want {
		t.Errorf("size kept = %v, want %v", got, want)
	}
}

func TestThemeChoiceIsAppliedAndKept(t *testing.T) {
	a := test.NewTempApp(t)
	menu := themeMenu(a)
	dark := menu.ChildMenu.Items[2]
	dark.Action()
	if got := (prefs{a.Preferences()}).theme(); got != "dark" {
		t.Errorf("theme kept = %q, want dark", got)
	}
	if !dark.Checked || menu.ChildMenu.Items[0].Checked {
		t.Error("the menu does not check the theme chosen alone")
	}
	bg := a.Settings().Theme().Color(theme.ColorNameBackground, theme.VariantLight)
	if bg != theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark) {
		t.Error("the dark theme does not draw dark when the desktop asks for light")
	}
}
