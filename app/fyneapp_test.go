package app

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/chronomap/chronomap/assets"
)

// TestFyneAppTomlMatchesTheApp checks the metadata `fyne package` reads
// against what the app uses: the same ID (preferences are stored under
// it), the name, a version, and the icon the window shows.
func TestFyneAppTomlMatchesTheApp(t *testing.T) {
	toml, err := os.ReadFile(filepath.Join("..", "FyneApp.toml"))
	if err != nil {
		t.Fatal(err)
	}
	field := func(name string) string {
		m := regexp.MustCompile(`(?m)^\s*` + name + `\s*=\s*"?([^"\n]*)"?\s*$`).FindSubmatch(toml)
		if m == nil {
			t.Errorf("FyneApp.toml has no %s", name)
			return ""
		}
		return string(m[1])
	}
	if id := field("ID"); id != appID {
		t.Errorf("FyneApp.toml ID %q, the app uses %q", id, appID)
	}
	if name := field("Name"); name != "Chronomap" {
		t.Errorf("FyneApp.toml Name %q", name)
	}
	if v := field("Version"); !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(v) {
		t.Errorf("FyneApp.toml Version %q is not MAJOR.MINOR.PATCH", v)
	}
	icon, err := os.ReadFile(filepath.Join("..", field("Icon")))
	if err != nil {
		t.Fatalf("FyneApp.toml Icon: %v", err)
	}
	if !bytes.Equal(icon, assets.IconPNG) {
		t.Error("FyneApp.toml's icon is not the one the window shows")
	}
}
