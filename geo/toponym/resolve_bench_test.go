package toponym

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// BenchmarkAnalyzeManyPlaces geocodes an article that names 1,250, 5,000 and
// 20,000 distinct places (1x, 4x, 16x): every one is a candidate to score
// and most are anchors, so the time per place shows whether resolution
// scales with the article or with its square.
func BenchmarkAnalyzeManyPlaces(b *testing.B) {
	c := defaultGeocoder(b)
	for _, scale := range []int{1, 4, 16} {
		doc := manyPlacesArticle(c.g, 1250*scale)
		b.Run(fmt.Sprintf("%dx", scale), func(b *testing.B) {
			d := text.Read(doc)
			defer d.Release()
			var an Analysis
			b.SetBytes(int64(len(doc)))
			for b.Loop() {
				c.Analyze(d, &an)
			}
			b.ReportMetric(float64(len(an.Places)), "places")
		})
	}
}

// manyPlacesArticle is an article of n sentences, each naming another place
// of g in a locative phrase: the first n one-word names of g's places, in
// the gazetteer's order, that are plain capitalised words.
func manyPlacesArticle(g *geo.Gazetteer, n int) string {
	var b strings.Builder
	seen := map[string]bool{}
	for _, p := range g.Places() {
		if len(seen) == n {
			break
		}
		key := text.Fold(p.Name)
		if !plainWord(p.Name) || seen[key] {
			continue
		}
		seen[key] = true
		fmt.Fprintf(&b, "Shelling was reported in %s.", p.Name)
		if len(seen)%10 == 0 {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// plainWord says whether s is one capitalised word of ASCII letters, long
// enough not to be an abbreviation.
func plainWord(s string) bool {
	if len(s) < 4 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
