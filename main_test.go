package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// binary builds the chronomap command once for the tests that run it.
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "chronomap-test")
		if err != nil {
			buildErr = err
			return
		}
		builtBin = filepath.Join(dir, "chronomap")
		if out, err := exec.Command("go", "build", "-o", builtBin, ".").CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return builtBin
}

var (
	buildOnce sync.Once
	builtBin  string
	buildErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if builtBin != "" {
		os.RemoveAll(filepath.Dir(builtBin))
	}
	os.Exit(code)
}

// chronomap runs the command with args and returns its exit status, output
// and error output.
func chronomap(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// collection checks that s is a GeoJSON FeatureCollection and returns the
// properties of its features.
func collection(t *testing.T, s string) []map[string]any {
	t.Helper()
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Type       string         `json:"type"`
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal([]byte(s), &fc); err != nil || fc.Type != "FeatureCollection" {
		t.Fatalf("not a FeatureCollection (%v):\n%s", err, s)
	}
	var props []map[string]any
	for _, f := range fc.Features {
		props = append(props, f.Properties)
	}
	return props
}

func sources(props []map[string]any) []string {
	var s []string
	for _, p := range props {
		if name, _ := p["source"].(string); !slices.Contains(s, name) {
			s = append(s, name)
		}
	}
	return s
}

func TestExtractSeeds(t *testing.T) {
	seeds, _ := filepath.Glob("seeds/*.txt")
	var names []string
	for _, s := range seeds {
		names = append(names, filepath.Base(s))
	}
	tests := []struct {
		layer string
		key   string // a property every feature of the layer has
	}{
		{"events", "event_type"},
		{"places", "kind"},
	}
	for _, tt := range tests {
		t.Run(tt.layer, func(t *testing.T) {
			code, out, errOut := chronomap(t, "", "extract", "--layer", tt.layer, "seeds")
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			props := collection(t, out)
			for _, p := range props {
				if _, ok := p[tt.key]; !ok {
					t.Fatalf("feature without %s: %v", tt.key, p)
				}
			}
			if got := sources(props); !isSubsequence(got, names) {
				t.Errorf("sources %v, want them in the order of %v", got, names)
			}
			if _, again, _ := chronomap(t, "", "extract", "--layer", tt.layer, "seeds"); again != out {
				t.Error("a second run wrote something else")
			}
		})
	}
}

// isSubsequence reports whether sub is seq with some items left out.
func isSubsequence(sub, seq []string) bool {
	for _, s := range sub {
		i := slices.Index(seq, s)
		if i < 0 {
			return false
		}
		seq = seq[i+1:]
	}
	return true
}

func TestExtractBadFiles(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	seed, err := os.ReadFile("seeds/000_0c9996e1b47d4323.txt")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(good, seed, 0o644)
	bad := map[string]string{
		"binary.txt": "\x7fELF\x00\x00",
		"latin1.txt": "Caf\xe9 in Baku.",
		"empty.txt":  "",
	}
	for name, content := range bad {
		os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644)
	}
	missing := filepath.Join(dir, "missing.txt")
	code, out, errOut := chronomap(t, "", "extract", filepath.Join(dir, "binary.txt"), good,
		filepath.Join(dir, "latin1.txt"), filepath.Join(dir, "empty.txt"), missing)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	wantLines := []string{
		"chronomap: " + filepath.Join(dir, "binary.txt") + ": binary file, not text (NUL byte at offset 4)",
		"chronomap: " + filepath.Join(dir, "latin1.txt") + ": not UTF-8 text (invalid byte 0xE9 at offset 3)",
		"chronomap: " + filepath.Join(dir, "empty.txt") + ": empty file (no text)",
		"chronomap: " + missing + ": no such file or directory",
		"chronomap: 4 of 5 articles could not be read; the others were written",
	}
	if got := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n"); !slices.Equal(got, wantLines) {
		t.Errorf("stderr\n%s\nwant\n%s", errOut, strings.Join(wantLines, "\n"))
	}
	if got := sources(collection(t, out)); len(got) > 1 || len(got) == 1 && got[0] != "good.txt" {
		t.Errorf("sources %v, want only good.txt", got)
	}
}

func TestExtractToFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "events.geojson")
	os.WriteFile(out, []byte("yesterday's events"), 0o644)
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte{0xff, 0xfe, 0}, 0o644)

	// Flags after the paths, and every input failing: the file stays.
	code, stdout, errOut := chronomap(t, "", "extract", bad, filepath.Join(dir, "missing.txt"), "-o", out)
	if code != 1 || stdout != "" || !strings.Contains(errOut, "no article could be read") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, errOut)
	}
	if b, _ := os.ReadFile(out); string(b) != "yesterday's events" {
		t.Errorf("the existing file became %q", b)
	}

	code, stdout, errOut = chronomap(t, "", "extract", "-o", out, "seeds")
	if code != 0 || stdout != "" || errOut != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, errOut)
	}
	b, _ := os.ReadFile(out)
	collection(t, string(b))
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("folder holds %d files, want bad.txt and events.geojson: a temporary file was left", len(entries))
	}
}

// TestExtractToStreams checks the outputs that are not files to replace:
// standard output named "-", and a device.
func TestExtractToStreams(t *testing.T) {
	_, events, _ := chronomap(t, "", "extract", "seeds")
	tests := []struct{ out, stdout string }{
		{"-", events},
		{os.DevNull, ""},
	}
	for _, tt := range tests {
		t.Run(tt.out, func(t *testing.T) {
			code, stdout, errOut := chronomap(t, "", "extract", "-o", tt.out, "seeds")
			if code != 0 || errOut != "" || stdout != tt.stdout {
				t.Errorf("exit %d, stderr %q, stdout of %d bytes; want exit 0, %d bytes", code, errOut, len(stdout), len(tt.stdout))
			}
			if _, err := os.Stat(tt.out); tt.out == "-" && err == nil {
				t.Error(`a file named "-" was written`)
			}
		})
	}
}

func TestExtractStdin(t *testing.T) {
	code, out, errOut := chronomap(t, "Azerbaijani forces shelled Stepanakert on Monday, Armenia said.",
		"extract", "--date", "2020-10-05", "-")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, p := range collection(t, out) {
		if p["source"] != "stdin" || p["doc_date"] != "2020-10-05" {
			t.Errorf("source %v, doc_date %v; want stdin, 2020-10-05", p["source"], p["doc_date"])
		}
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // a part of it
		stderr string // a part of it
	}{
		{"help", []string{"-h"}, 0, "chronomap extract [flags] PATH...", ""},
		{"extract help", []string{"extract", "-h"}, 0, "--layer NAME", ""},
		{"no paths", []string{"extract"}, 2, "", "no articles: give files, folders, or - for standard input"},
		{"bad layer", []string{"extract", "--layer", "roads", "seeds"}, 2, "", `--layer "roads": want events or places`},
		{"bad date", []string{"extract", "--date", "7 Nov 2020", "seeds"}, 2, "", "want a day as YYYY-MM-DD"},
		{"unknown format", []string{"extract", "--format", "shp", "seeds"}, 2, "", `--format "shp": want geojson, jsonl, csv, kml or gpkg`},
		{"format against the file's name", []string{"extract", "--format", "jsonl", "-o", "x.geojson", "seeds"}, 2, "", "--format jsonl, but -o x.geojson is named as geojson is"},
		{"GeoPackage to standard output", []string{"extract", "--format", "gpkg", "seeds"}, 2, "", "--format gpkg is written to a file, not to a stream: give -o FILE.gpkg"},
		{"unknown extract flag", []string{"extract", "-x", "seeds"}, 2, "", "flag provided but not defined: -x"},
		{"unknown flag", []string{"--verbose"}, 2, "", "flag provided but not defined: -verbose"},
		{"size without screenshot", []string{"--size", "800x600"}, 2, "", "--size goes with --screenshot"},
		{"bad size", []string{"--screenshot", "a.png", "--size", "big"}, 2, "", `--size "big": want WIDTHxHEIGHT`},
		{"output folder missing", []string{"extract", "-o", "no/such/folder/out.geojson", "seeds"}, 1, "", "no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := chronomap(t, "", tt.args...)
			if code != tt.code || !strings.Contains(out, tt.stdout) || !strings.Contains(errOut, tt.stderr) {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d with %q, %q", code, out, errOut, tt.code, tt.stdout, tt.stderr)
			}
		})
	}
}

func TestWindowGetsThePaths(t *testing.T) {
	var got []string
	defer func(open func([]string) error) { openWindow = open }(openWindow)
	openWindow = func(paths []string) error { got = paths; return nil }
	if code, _, _ := chronomap(t, "", "seeds", "a.txt"); code != 0 || !slices.Equal(got, []string{"seeds", "a.txt"}) {
		t.Errorf("exit %d, window opened on %v", code, got)
	}
}

// TestExtractPrintsNoLogNoise runs the real binary where the locale is "C",
// as on CI machines and in containers, and checks that a successful extract
// writes nothing to standard error: no log lines from the GUI toolkit's
// start-up (see package quietinit).
func TestExtractPrintsNoLogNoise(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	cmd := exec.Command(binary(t), "extract", "seeds")
	cmd.Env = append(os.Environ(), "LANG=C.UTF-8", "LC_ALL=", "LANGUAGE=")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("chronomap extract seeds: %v\n%s", err, stderr.String())
	}
	if stderr.Len() > 0 {
		t.Errorf("standard error is not empty:\n%s", stderr.String())
	}
}
