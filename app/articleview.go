package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/extract"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

// showArticle opens the article event e comes from in a window of its own,
// with every place and date found in it highlighted. The article is read
// and analysed again off the UI goroutine; errors show over parent.
func showArticle(a fyne.App, parent fyne.Window, files articleFiles, g *geo.Gazetteer, e event.Event) {
	go openArticle(a, parent, files, g, e)
}

// openArticle is the work of showArticle, on the goroutine it runs on.
func openArticle(a fyne.App, parent fyne.Window, files articleFiles, g *geo.Gazetteer, e event.Event) {
	article, err := files.read(e.Source)
	if err != nil {
		fyne.Do(func() { showError("Could not show the article", err, parent) })
		return
	}
	marks := articleMarks(article, g)
	fyne.Do(func() {
		w := a.NewWindow(e.Source)
		w.SetContent(articleView(article, marks))
		w.Resize(fyne.NewSize(720, 800))
		w.Show()
	})
}

// articleMarks are the places (those the gazetteer resolved) and the dates
// an article names, as the extraction found them.
func articleMarks(a article.Article, g *geo.Gazetteer) []mark {
	var marks []mark
	if g != nil {
		_, places := extract.NewExtractor(g).Extract(a)
		for _, pm := range places {
			if pm.Place == nil {
				continue
			}
			for _, m := range pm.Mentions {
				marks = append(marks, mark{m.Start, m.End, placeMark})
			}
		}
	}
	doc := text.Read(a.Text)
	defer doc.Release()
	for _, x := range dates.Tag(doc, a.Published) {
		marks = append(marks, mark{x.Start, x.End, dateMark})
	}
	return marks
}

// articleView is an article's text with its marks, under a line saying
// which colour is which.
func articleView(a article.Article, marks []mark) fyne.CanvasObject {
	published := "publication date unknown"
	if a.Published != nil {
		published = "published " + a.Published.Format(dayLayout)
	}
	legend := widget.NewRichText(append([]widget.RichTextSegment{
		&widget.TextSegment{Style: widget.RichTextStyleInline, Text: a.Name + ", " + published + ". Highlighted: "},
	}, highlighted("places and dates", []mark{{0, 6, placeMark}, {11, 16, dateMark}})...)...)
	legend.Wrapping = fyne.TextWrapWord
	text := widget.NewRichText(highlighted(a.Text, marks)...)
	text.Wrapping = fyne.TextWrapWord
	return container.NewBorder(legend, nil, nil, nil, container.NewVScroll(text))
}
