package app

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/chronomap/chronomap/data/event"
)

// markKind is what a highlighted stretch of text names.
type markKind int

const (
	placeMark markKind = iota
	dateMark
)

// mark is a stretch of a text to highlight, in rune offsets into it: start
// inclusive, end exclusive.
type mark struct {
	start, end int
	kind       markKind
}

// markColour is the colour of the theme a kind of mark stands out in, so
// that it reads in light and dark variants; marks are bold as well.
func markColour(k markKind) fyne.ThemeColorName {
	if k == dateMark {
		return theme.ColorNameSuccess
	}
	return theme.ColorNamePrimary
}

// markStyle is how a kind of mark stands out in rich text.
func markStyle(k markKind) widget.RichTextStyle {
	s := widget.RichTextStyleInline
	s.TextStyle = fyne.TextStyle{Bold: true}
	s.ColorName = markColour(k)
	return s
}

// markedSpan is a stretch of a text, a mark of kind or, if !marked, text
// between marks.
type markedSpan struct {
	start, end int
	kind       markKind
	marked     bool
}

// markedSpans cuts a text of n runes into its marks and what lies between
// them. Marks that overlap one before them, or that fall outside the text,
// are left out.
func markedSpans(n int, marks []mark) []markedSpan {
	marks = slices.Clone(marks)
	slices.SortFunc(marks, func(a, b mark) int { return a.start - b.start })
	var spans []markedSpan
	plain := func(from, to int) {
		if from < to {
			spans = append(spans, markedSpan{start: from, end: to})
		}
	}
	at := 0
	for _, m := range marks {
		if m.start < at || m.end > n || m.start >= m.end {
			continue
		}
		plain(at, m.start)
		spans = append(spans, markedSpan{m.start, m.end, m.kind, true})
		at = m.end
	}
	plain(at, n)
	return spans
}

// highlighted cuts text into segments, those of marks styled by markStyle.
func highlighted(text string, marks []mark) []widget.RichTextSegment {
	runes := []rune(text)
	var segs []widget.RichTextSegment
	for _, s := range markedSpans(len(runes), marks) {
		style := widget.RichTextStyleInline
		if s.marked {
			style = markStyle(s.kind)
		}
		segs = append(segs, &widget.TextSegment{Style: style, Text: string(runes[s.start:s.end])})
	}
	return segs
}

// sentenceMarks are the place and date words of an event's sentence. An
// event read from GeoJSON without their offsets has its place found by
// name.
func sentenceMarks(e event.Event) []mark {
	var marks []mark
	if e.PlaceText.End > e.PlaceText.Start {
		marks = append(marks, mark{e.PlaceText.Start - e.Offset.Start, e.PlaceText.End - e.Offset.Start, placeMark})
	} else if e.Place != nil {
		if at := runeIndexFold(e.Sentence, e.Place.Name); at >= 0 {
			marks = append(marks, mark{at, at + len([]rune(e.Place.Name)), placeMark})
		}
	}
	if d := e.DateText; d != nil {
		marks = append(marks, mark{d.Start - e.Offset.Start, d.End - e.Offset.Start, dateMark})
	}
	return marks
}

// runeIndexFold is the rune offset of the first match of sub in s, ignoring
// case, or -1.
func runeIndexFold(s, sub string) int {
	if sub == "" {
		return -1
	}
	rs, rsub := []rune(s), []rune(sub)
	for i := 0; i+len(rsub) <= len(rs); i++ {
		if strings.EqualFold(string(rs[i:i+len(rsub)]), sub) {
			return i
		}
	}
	return -1
}

// sentenceText is an event's sentence with its place and date highlighted.
func sentenceText(e event.Event) *widget.RichText {
	rt := widget.NewRichText(highlighted(e.Sentence, sentenceMarks(e))...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}
