package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

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
