package app

import (
	"errors"
	"fmt"
	"os"

	"fyne.io/fyne/v2"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/extract"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/data/workspace"
	"github.com/chronomap/chronomap/geo"
	"github.com/chronomap/chronomap/seeds"
)

// articleWindows are the windows that show articles whole, one an article:
// showing an article again brings its window forward, at the sentence of
// the new event.
type articleWindows struct {
	app    fyne.App
	parent fyne.Window // where errors show
	open   map[string]*articleWindow
	// background runs the reading of an article off the UI goroutine, and
	// do runs its showing back on it; tests run both in line.
	background, do func(func())
}

// articleWindow is an article's window, or, before the article is read,
// the event it is to show.
type articleWindow struct {
	win   fyne.Window // nil while the article is read
	view  *articleView
	shows event.Event
}

func newArticleWindows(a fyne.App, parent fyne.Window) *articleWindows {
	return &articleWindows{app: a, parent: parent, open: map[string]*articleWindow{},
		background: func(f func()) { go f() }, do: fyne.Do}
}

// show shows the article event e comes from, with every place and date
// found in it highlighted and e's sentence emphasised. The article is read
// and analysed again in the background; errors show over the parent.
func (ws *articleWindows) show(files articleSource, g *geo.Gazetteer, e event.Event) {
	key := e.Source + "\x00" + files.files[e.Source] // a name may be another file after a new load
	if w, ok := ws.open[key]; ok {
		w.shows = e
		if w.win != nil {
			w.view.emphasise(sentenceSpan(w.view.article, e))
			w.win.RequestFocus()
		}
		return
	}
	w := &articleWindow{shows: e}
	ws.open[key] = w
	ws.background(func() {
		a, err := files.read(e.Source)
		var marks []mark
		if err == nil {
			marks = articleMarks(a, g)
		}
		ws.do(func() {
			if err != nil {
				delete(ws.open, key)
				showError("Could not show the article", err, ws.parent)
				return
			}
			ws.openWindow(key, w, a, marks)
		})
	})
}

// openWindow opens w's window on article a, which closes with Esc.
func (ws *articleWindows) openWindow(key string, w *articleWindow, a article.Article, marks []mark) {
	w.win = ws.app.NewWindow(w.shows.Source)
	w.view = newArticleView(a, marks)
	w.view.emphasise(sentenceSpan(a, w.shows))
	w.win.SetContent(w.view.content)
	w.win.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyEscape {
			w.win.Close()
		}
	})
	w.win.SetOnClosed(func() { delete(ws.open, key) })
	w.win.Resize(fyne.NewSize(720, 800))
	w.win.Show()
}

// sentenceSpan is where e's sentence is in a: at its offsets, or, when the
// text there is another (an event merged from several reports), where the
// sentence is found; an empty span if it is not.
func sentenceSpan(a article.Article, e event.Event) text.Span {
	runes := []rune(a.Text)
	if o := e.Offset; o.Start < o.End && o.End <= len(runes) && string(runes[o.Start:o.End]) == e.Sentence {
		return o
	}
	if at := runeIndexFold(a.Text, e.Sentence); at >= 0 {
		return text.Span{Start: at, End: at + len([]rune(e.Sentence))}
	}
	return text.Span{}
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

// articleFiles say where the articles events came from are, by article
// name, so that one can be shown whole without holding every text in
// memory: a file path, or "" for a bundled sample article.
type articleFiles map[string]string

// articleSource reads again the articles events came from: from the
// workspace open, which holds their texts, or else from their files.
type articleSource struct {
	files     articleFiles
	workspace *workspace.Workspace
}

// articleSource is where the window reads its articles again.
func (w *mainWindow) articleSource() articleSource { return articleSource{w.files, w.workspace} }

// read reads the article named name again.
func (s articleSource) read(name string) (article.Article, error) {
	if s.workspace != nil {
		if a, err := s.workspace.Article(name); err == nil {
			return a, nil
		}
	}
	return s.files.read(name)
}

// read reads the article named name again.
func (f articleFiles) read(name string) (article.Article, error) {
	path, ok := f[name]
	switch {
	case !ok:
		return article.Article{}, fmt.Errorf("%s: the article was not opened in this window (events imported from GeoJSON carry only their sentence)", name)
	case path == "":
		return seedArticle(name)
	}
	file, err := os.Open(path)
	if err != nil {
		return article.Article{}, err
	}
	defer file.Close()
	a, err := article.ReadArticle(path, file)
	var badDate *article.DateHeaderError // told when the article was first read
	if err != nil && !errors.As(err, &badDate) {
		return article.Article{}, err
	}
	a.Name = name
	return a, nil
}

func seedArticle(name string) (article.Article, error) {
	articles, err := seeds.Articles()
	if err != nil {
		return article.Article{}, err
	}
	for _, a := range articles {
		if a.Name == name {
			return a, nil
		}
	}
	return article.Article{}, fmt.Errorf("%s: no such sample article", name)
}
