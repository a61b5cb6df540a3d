package extract

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/data/text/texttest"
)

// benchFiles lists the seed articles and the dev corpus for a benchmark,
// which measures nothing worth reading on the three seeds alone: without
// the dev corpus it is skipped.
func benchFiles(b *testing.B) []string {
	return append(texttest.SeedFiles(b), texttest.DevFiles(b)...)
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

// readArticle reads the article in the file at path.
func readArticle(path string) (article.Article, error) {
	return article.Input{Path: path, Name: filepath.Base(path)}.Read(context.Background(), nil)
}
