package extract

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/chronomap/chronomap/data/article"
)

// FuzzExtract checks that no text makes the extractor fail: whatever it
// reads, it returns events whose offsets lie inside the text.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Armenia said Azerbaijani forces shelled Stepanakert overnight. Azerbaijan denied it.",
		"BAKU, October 3. /AGENCY/. A shepherd was killed in Terter city; \"it\" said.",
		"Talks in Moscow on Oct. 10 — however, missiles struck Ganja, 10 km east of Baku, killing 1,000.",
		"Şuşa, Gəncə and Xankəndi were shelled, the ministry said on Monday (November 16).",
		"", ".", "called untrue", "\u2028Ganja\u2029", "of statement of November 9, 2020",
	} {
		f.Add(s)
	}
	x := mustExtractor(f)
	pub := time.Date(2020, 11, 7, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // ReadArticle rejects such files
		}
		n := utf8.RuneCountInString(text)
		for _, published := range []*time.Time{nil, &pub} {
			events, places := x.Extract(article.Article{Name: "fuzz.txt", Text: text, Published: published})
			for _, e := range events {
				if e.Place == nil || e.Offset.Start < 0 || e.Offset.End > n || e.Offset.Start > e.Offset.End {
					t.Fatalf("event %+v out of the text of %d runes", e, n)
				}
				if e.Window != nil && e.Window.End.Before(e.Window.Start) {
					t.Fatalf("window %v ends before it starts", e.Window)
				}
			}
			for _, p := range places {
				for _, m := range p.Mentions {
					if m.Start < 0 || m.End > n || m.Start >= m.End {
						t.Fatalf("mention %+v out of the text of %d runes", m, n)
					}
				}
			}
		}
	})
}
