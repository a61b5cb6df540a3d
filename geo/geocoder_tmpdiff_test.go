package geo

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Temporary, dev only: an extended corpus for differential checking.
func TestTmpExtended(t *testing.T) {
	out := os.Getenv("GEO_EXT_OUT")
	if out == "" {
		t.Skip()
	}
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	c := NewGeocoder(g)
	files := corpusFiles()
	more, _ := filepath.Glob("/work/shared/*/*.md")
	files = append(files, more...)
	more, _ = filepath.Glob("/work/shared/seeds/*.txt")
	files = append(files, more...)
	var b strings.Builder
	for _, f := range files {
		data, _ := os.ReadFile(f)
		s := string(data)
		variants := map[string]string{
			"orig":  s,
			"upper": strings.ToUpper(s),
			"lower": strings.ToLower(s),
			"title": strings.Title(s),
			"lines": strings.ReplaceAll(s, ". ", ".\n"),
			"hash":  strings.ReplaceAll(s, " ", " #"),
			"apos":  strings.ReplaceAll(strings.ReplaceAll(s, "'", "’"), "-", " - "),
		}
		for _, k := range []string{"orig", "upper", "lower", "title", "lines", "hash", "apos"} {
			writeAnalysis(&b, filepath.Base(f)+":"+k, c.Analyze(variants[k]))
		}
	}
	os.WriteFile(out, []byte(b.String()), 0o644)
}
