package texttest

import (
	"path/filepath"
	"testing"
)

func TestSeedFiles(t *testing.T) {
	if n := len(SeedFiles(t)); n != 3 {
		t.Errorf("%d seed articles, want 3", n)
	}
}

// A golden file and a digest written with update are what a run without
// it compares against.
func TestGoldenAndDigestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	got := "a\nb\n"
	Golden(t, filepath.Join(dir, "x.golden"), got, true)
	Golden(t, filepath.Join(dir, "x.golden"), got, false)
	Digest(t, filepath.Join(dir, "x.sha256"), got, true)
	Digest(t, filepath.Join(dir, "x.sha256"), got, false)
}

func TestLineDiff(t *testing.T) {
	if got, want := lineDiff("a\nb\nc", "a\nx\nc", 10), "- x\n+ b"; got != want {
		t.Errorf("lineDiff = %q, want %q", got, want)
	}
}
