package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/text"
)

// articleView is an article's text with its marks, under a line saying
// which colour is which, and the sentence of the event shown on a tinted
// background, scrolled into view.
type articleView struct {
	content fyne.CanvasObject
	legend  *flowText
	text    *flowText
	scroll  *container.Scroll
	article article.Article
	marks   []mark
	// reveal asks the next layout to scroll to the sentence, once the text
	// is wrapped at the window's width.
	reveal bool
}

func newArticleView(a article.Article, marks []mark) *articleView {
	published := "publication date unknown"
	if a.Published != nil {
		published = "published " + a.Published.Format(dayLayout)
	}
	legend := a.Name + ", " + published + ". Highlighted: places and dates"
	n := len([]rune(legend))
	v := &articleView{
		article: a,
		marks:   marks,
		legend:  newFlowText(articleRuns(legend, []mark{{n - 16, n - 10, placeMark}, {n - 5, n, dateMark}}, text.Span{})),
		text:    newFlowText(articleRuns(a.Text, marks, text.Span{})),
	}
	v.scroll = container.NewVScroll(v.text)
	v.content = container.New(v, v.legend, v.scroll)
	return v
}

// emphasise shows sentence, rune offsets into the article, on a tinted
// background and scrolls to it.
func (v *articleView) emphasise(sentence text.Span) {
	v.text.words = flowWords(articleRuns(v.article.Text, v.marks, sentence))
	v.text.laidOut = 0
	v.reveal = true
	if size := v.content.Size(); size.Width > 0 {
		v.Layout(nil, size)
	}
	v.text.Refresh()
}

// Layout puts the legend above the text, both wrapped at the width shown
// before they are sized, their height depending on their width, and then
// scrolls to the sentence if asked to: a third down the view, with what
// leads to it above.
func (v *articleView) Layout(_ []fyne.CanvasObject, all fyne.Size) {
	v.legend.layOut(all.Width)
	top := v.legend.MinSize().Height
	v.legend.Resize(fyne.NewSize(all.Width, top))
	size := fyne.NewSize(all.Width, max(0, all.Height-top))
	v.text.layOut(size.Width)
	v.scroll.Move(fyne.NewPos(0, top))
	v.scroll.Resize(size)
	v.text.Resize(v.text.MinSize().Max(size))
	if !v.reveal || size.Height <= 0 {
		return
	}
	v.reveal = false
	if y := v.text.emphasisY(); y >= 0 {
		v.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y-size.Height/3)))
	}
}

// MinSize is the legend's above the scroll's.
func (v *articleView) MinSize([]fyne.CanvasObject) fyne.Size {
	l, s := v.legend.MinSize(), v.scroll.MinSize()
	return fyne.NewSize(max(l.Width, s.Width), l.Height+s.Height)
}

// articleRuns are an article's text in runs: its marks in their colours,
// and the sentence on the theme's selection colour.
func articleRuns(s string, marks []mark, sentence text.Span) []flowRun {
	runes := []rune(s)
	var runs []flowRun
	for _, m := range markedSpans(len(runes), marks) {
		var style flowStyle
		if m.marked {
			style = flowStyle{colour: markColour(m.kind), bold: true}
		}
		// the parts of m before, in and after the sentence
		cuts := []int{m.start, min(max(sentence.Start, m.start), m.end), min(max(sentence.End, m.start), m.end), m.end}
		for k := range 3 {
			if cuts[k] < cuts[k+1] {
				st := style
				if k == 1 {
					st.background = theme.ColorNameSelection
				}
				runs = append(runs, flowRun{string(runes[cuts[k]:cuts[k+1]]), st})
			}
		}
	}
	return runs
}
