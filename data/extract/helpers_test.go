package extract

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/text"
)

// corpusFiles lists the seed articles and the dev corpus, whichever exist.
func corpusFiles(tb testing.TB) []string {
	var paths []string
	for _, pattern := range []string{"../../seeds/*.txt", "../../../shared/eval-dev/docs/*.txt"} {
		m, _ := filepath.Glob(pattern)
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		tb.Skip("no seed articles")
	}
	return paths
}

// date is the day s (YYYY-MM-DD).
func date(s string) *time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return &t
}

// formatDay is t as YYYY-MM-DD, or "" for nil.
func formatDay(t *time.Time) string {
	if t == nil {
		return ""
	}
	return t.Format(time.DateOnly)
}

// sentenceWords is the words of s, read as one sentence.
func sentenceWords(s string) []word {
	doc := text.Read(s)
	defer doc.Release()
	all := text.Sentence{Tokens: text.Span{Start: 0, End: len(doc.Tokens)}}
	return words(doc, all, nil)
}
