package extract

import (
	"sort"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
	"github.com/chronomap/chronomap/geo/toponym"
)

// The slices below hold items sorted by start offset; each helper returns
// the ones that lie inside a span, without copying.

func sliceMentions(ms []geo.Mention, s text.Span) []geo.Mention {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].Start >= s.Start })
	j := sort.Search(len(ms), func(j int) bool { return ms[j].Start >= s.End })
	return ms[i:j]
}

func sliceDemonyms(ds []toponym.DemonymMention, s text.Span) []toponym.DemonymMention {
	i := sort.Search(len(ds), func(i int) bool { return ds[i].Start >= s.Start })
	j := sort.Search(len(ds), func(j int) bool { return ds[j].Start >= s.End })
	return ds[i:j]
}

func sliceExpressions(es []dates.Expression, s text.Span) []dates.Expression {
	i := sort.Search(len(es), func(i int) bool { return es[i].Start >= s.Start })
	j := sort.Search(len(es), func(j int) bool { return es[j].Start >= s.End })
	return es[i:j]
}

// wordAt returns the index of the first word that starts at or after offset.
func wordAt(ws []word, offset int) int {
	return sort.Search(len(ws), func(i int) bool { return ws[i].start >= offset })
}

// markDateWords flags the words that lie inside a date expression, in marks'
// array if it is large enough.
func markDateWords(ws []word, exprs []dates.Expression, marks []bool) []bool {
	marks = cleared(marks, len(ws))
	for _, e := range exprs {
		for i := wordAt(ws, e.Start); i < len(ws) && ws[i].start < e.End; i++ {
			marks[i] = true
		}
	}
	return marks
}
