package app

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoad(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"a.txt":      " date 2020-11-07 Shelling hit Stepanakert on Saturday.",
		"b.txt":      "Talks resumed in Moscow.",
		"notes.md":   "not an article",
		"broken.txt": "\x00\x01\x02 binary",
	})
	tests := []struct {
		name         string
		paths        []string
		wantArticles int
		wantSkipped  string // a part of the files skipped, "" for none
		wantErr      string // a part of the error, "" for none
	}{
		{"no paths opens the seeds", nil, 3, "", ""},
		{"a file", []string{filepath.Join(dir, "b.txt")}, 1, "", ""},
		{"a folder reads its .txt files and names the unreadable", []string{dir}, 2, "broken.txt", ""},
		{"a missing path is an error naming it", []string{filepath.Join(dir, "missing.txt")}, 0, "", "missing.txt"},
		{"nothing readable is an error naming the file", []string{filepath.Join(dir, "broken.txt")}, 0, "", "broken.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := load(tt.paths)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error = %v, want one naming %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if res.articles != tt.wantArticles {
				t.Errorf("read %d articles, want %d", res.articles, tt.wantArticles)
			}
			skipped := errors.Join(res.skipped...)
			switch {
			case tt.wantSkipped == "" && skipped != nil:
				t.Errorf("unexpected files skipped: %v", skipped)
			case tt.wantSkipped != "" && (skipped == nil || !strings.Contains(skipped.Error(), tt.wantSkipped)):
				t.Errorf("skipped %v, want one naming %q", skipped, tt.wantSkipped)
			}
		})
	}
}

func TestCheckPathsNamesTheMissingOne(t *testing.T) {
	dir := writeFiles(t, map[string]string{"a.txt": "Talks resumed in Moscow."})
	missing := filepath.Join(dir, "missing.txt")
	tests := []struct {
		paths   []string
		wantErr string
	}{
		{nil, ""},
		{[]string{dir, filepath.Join(dir, "a.txt")}, ""},
		{[]string{dir, missing}, missing + ": no such file or directory"},
	}
	for _, tt := range tests {
		err := checkPaths(tt.paths)
		if got := errorText(err); got != tt.wantErr {
			t.Errorf("checkPaths(%v) = %q, want %q", tt.paths, got, tt.wantErr)
		}
	}
}

func errorText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// load is loadArticles without a deadline or progress.
func load(paths []string) (loaded, error) {
	return loadArticles(context.Background(), loadRequest{paths: paths}, func(int, int) {})
}
