package extract

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/event"
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

// extractText returns the events of an article of text alone, published
// on the day published (nil: undated).
func extractText(x *Extractor, text string, published *time.Time) []event.Event {
	events, _ := x.Extract(article.Article{Name: "test.txt", Text: text, Published: published})
	return events
}

// checkEvents compares the events extractText finds in text, published
// on the day published, with want, as "type place start..end" lines.
func checkEvents(t *testing.T, x *Extractor, text string, published *time.Time, want []string) {
	t.Helper()
	var got []string
	for _, e := range extractText(x, text, published) {
		got = append(got, eventLine(&e, true))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%q:\n got %s\nwant %s", text, strings.Join(got, "\n     "), strings.Join(want, "\n     "))
	}
}

// eventLine is "type place" of e, and "start..end" of its window after
// them when dated is set ("" for each day when undated).
func eventLine(e *event.Event, dated bool) string {
	line := e.Type.String() + " " + e.Place.Name
	if dated {
		s, end := windowText(e)
		line += " " + s + ".." + end
	}
	return line
}
