package app

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
	"github.com/chronomap/chronomap/geo"
)

const seedName = "000_0c9996e1b47d4323.txt"

// lineTexts are the lines of f as they read, a space where spans are apart.
func lineTexts(f *flowText) []string {
	var lines []string
	for _, l := range f.lines {
		var b strings.Builder
		for k, s := range l {
			if k > 0 && s.x-(l[k-1].x+l[k-1].width) > f.space/2 {
				b.WriteString(" ")
			}
			b.WriteString(s.text)
		}
		lines = append(lines, b.String())
	}
	return lines
}

// spansIn are the texts of f's spans of a style ok accepts, those that
// follow each other on a line read as one.
func spansIn(f *flowText, ok func(flowStyle) bool) []string {
	var out []string
	for _, l := range f.lines {
		joined := false // the last span of out ends where this one starts
		for k, s := range l {
			switch {
			case !ok(s.style):
				joined = false
				continue
			case joined && s.x-(l[k-1].x+l[k-1].width) > f.space/2:
				out[len(out)-1] += " " + s.text
			case joined:
				out[len(out)-1] += s.text
			default:
				out = append(out, s.text)
			}
			joined = true
		}
	}
	return out
}

// emphasised is the text f shows on a background.
func emphasised(f *flowText) string {
	return strings.Join(spansIn(f, func(s flowStyle) bool { return s.background != "" }), " ")
}

func colouredIn(c fyne.ThemeColorName) func(flowStyle) bool {
	return func(s flowStyle) bool { return s.colour == c }
}

func TestArticleViewHighlightsEveryPlaceAndDate(t *testing.T) {
	test.NewTempApp(t)
	g, err := geo.Default()
	if err != nil {
		t.Fatal(err)
	}
	a, err := articleFiles{seedName: ""}.read(seedName)
	if err != nil {
		t.Fatal(err)
	}
	v := newArticleView(a, articleMarks(a, g))
	v.text.layOut(4000) // no mark wraps
	if got := strings.Fields(strings.Join(lineTexts(v.text), " ")); !slices.Equal(got, strings.Fields(a.Text)) {
		t.Errorf("the view changes the text")
	}
	places := spansIn(v.text, colouredIn(theme.ColorNamePrimary))
	for _, want := range []string{"Nagorno-Karabakh", "Syria", "Libya"} {
		if !slices.Contains(places, want) {
			t.Errorf("place %q not highlighted; highlighted: %q", want, places)
		}
	}
	if dates := spansIn(v.text, colouredIn(theme.ColorNameSuccess)); !slices.Contains(dates, "November 7") {
		t.Errorf("date \"November 7\" not highlighted; highlighted: %q", dates)
	}
}

// gorisText is a paragraph with highlights anywhere in its lines.
const gorisText = "Shelling hit Goris and the road to Stepanakert on October 9, officials in Yerevan said, " +
	"as fighting near Hadrut went on for a third day. Residents of Goris's outskirts left for Sisian overnight, " +
	"and the ministry said the strikes on Goris stopped before dawn on Saturday."

func gorisMarks() []mark {
	var marks []mark
	runes := []rune(gorisText)
	for _, w := range []string{"Goris", "Stepanakert", "Yerevan", "Hadrut", "Sisian"} {
		for at := 0; at+len(w) <= len(runes); at++ {
			if string(runes[at:at+len(w)]) == w {
				marks = append(marks, mark{at, at + len(w), placeMark})
			}
		}
	}
	for _, d := range []string{"October 9", "overnight", "Saturday"} {
		at := strings.Index(gorisText, d) // ASCII text: bytes are runes
		marks = append(marks, mark{at, at + len(d), dateMark})
	}
	return marks
}

func TestArticleTextWrapsByWordsWithHighlightsInline(t *testing.T) {
	test.NewTempApp(t)
	words := strings.Fields(gorisText)
	for _, width := range []float32{90, 140, 220, 400, 720} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			f := newFlowText(articleRuns(gorisText, gorisMarks(), text.Span{}))
			f.layOut(width)
			lines := lineTexts(f)
			var read []string
			for _, l := range lines {
				read = append(read, strings.Fields(l)...)
			}
			if !slices.Equal(read, words) {
				t.Fatalf("a word is cut across lines:\n%s", strings.Join(lines, "\n"))
			}
			room := width - 2*theme.InnerPadding()
			for i, l := range f.lines {
				last := l[len(l)-1]
				if end := last.x + last.width; end > room+0.5 && len(strings.Fields(lines[i])) > 1 {
					t.Errorf("line %q is %v wide, more than %v", lines[i], end, room)
				}
				// Breaking only where the next word does not fit: a highlight
				// starts a line only when it must.
				if i+1 < len(f.lines) {
					next := f.lines[i+1][0]
					nextWord := strings.Fields(lines[i+1])[0]
					nextWidth := fyne.MeasureText(nextWord, theme.TextSize(), fyne.TextStyle{Bold: next.style.bold}).Width
					if last.x+last.width+f.space+nextWidth <= room && len(nextWord) == len(strings.Fields(next.text)[0]) {
						t.Errorf("%q starts a line though it fits after %q", nextWord, lines[i])
					}
				}
			}
		})
	}
}

func TestGorisStaysInItsLine(t *testing.T) {
	test.NewTempApp(t)
	f := newFlowText(articleRuns(gorisText, gorisMarks(), text.Span{}))
	f.layOut(400)
	line := lineTexts(f)[0]
	if !strings.HasPrefix(line, "Shelling hit Goris and the road") {
		t.Errorf("the first line at 400 is %q: the highlighted Goris does not stay inline", line)
	}
}

// longArticle is many paragraphs, the event's sentence in the last ones.
func longArticle() (article.Article, event.Event) {
	var b strings.Builder
	for i := range 60 {
		fmt.Fprintf(&b, "Paragraph %d tells of talks and of shelling far from any place named here, at length, as reports do.\n\n", i)
	}
	sentence := "Shelling hit Goris on October 9."
	start := len([]rune(b.String()))
	b.WriteString(sentence + " More followed.\n")
	return article.Article{Name: "long.txt", Text: b.String()},
		event.Event{Source: "long.txt", Sentence: sentence, Offset: text.Span{Start: start, End: start + len(sentence)}}
}

func TestArticleViewEmphasisesAndScrollsToTheSentence(t *testing.T) {
	test.NewTempApp(t)
	a, e := longArticle()
	v := newArticleView(a, nil)
	v.emphasise(sentenceSpan(a, e))
	w := test.NewWindow(v.content)
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(500, 400))

	if got := emphasised(v.text); got != e.Sentence {
		t.Errorf("emphasised %q, want the sentence %q", got, e.Sentence)
	}
	y, top, height := v.text.emphasisY(), v.scroll.Offset.Y, v.scroll.Size().Height
	if top <= 0 || y < top || y+v.text.lineHeight > top+height {
		t.Errorf("the sentence at y %v is not in view: scrolled to %v, %v high", y, top, height)
	}
}

func TestSentenceSpanFindsAMovedSentence(t *testing.T) {
	a, e := longArticle()
	want := e.Offset
	e.Offset = text.Span{Start: 3, End: 10} // as a merged event's may be
	if got := sentenceSpan(a, e); got != want {
		t.Errorf("sentenceSpan = %v, want %v", got, want)
	}
}

// newTestArticleWindows reads and shows articles in line, as the test
// driver runs the UI on the test's goroutine.
func newTestArticleWindows(t *testing.T) (*articleWindows, fyne.App) {
	a := test.NewTempApp(t)
	parent := a.NewWindow("Chronomap")
	parent.Resize(fyne.NewSize(900, 600))
	t.Cleanup(parent.Close)
	ws := newArticleWindows(a, parent)
	ws.background = func(f func()) { f() }
	ws.do = func(f func()) { f() }
	return ws, a
}

func TestShowArticleOpensOneWindowAnArticle(t *testing.T) {
	ws, a := newTestArticleWindows(t)
	long, later := longArticle()
	path := filepath.Join(t.TempDir(), "long.txt")
	if err := os.WriteFile(path, []byte(long.Text), 0o644); err != nil {
		t.Fatal(err)
	}
	files := articleSource{files: articleFiles{"long.txt": path}}
	first := event.Event{Source: "long.txt", Sentence: strings.SplitAfter(long.Text, ".")[0]}
	var g *geo.Gazetteer
	before := len(a.Driver().AllWindows())

	ws.show(files, g, first)
	ws.show(files, g, later)
	if n := len(a.Driver().AllWindows()) - before; n != 1 {
		t.Fatalf("%d windows opened for one article shown twice, want 1", n)
	}
	w := ws.open["long.txt\x00"+path]
	if got := emphasised(w.view.text); got != later.Sentence {
		t.Errorf("the window emphasises %q, want the later event's %q", got, later.Sentence)
	}

	w.win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if n := len(a.Driver().AllWindows()) - before; n != 0 || len(ws.open) != 0 {
		t.Fatalf("Esc leaves %d article windows open", n)
	}
	ws.show(files, g, first)
	if n := len(a.Driver().AllWindows()) - before; n != 1 {
		t.Errorf("showing the article after its window closed opens %d windows, want 1", n)
	}
}

func TestShowArticleOfAnImportedEventSaysWhy(t *testing.T) {
	ws, _ := newTestArticleWindows(t)
	ws.show(articleSource{}, nil, event.Event{Source: "imported.txt"})
	if ws.parent.Canvas().Overlays().Top() == nil {
		t.Fatal("no dialog says the article of an imported event cannot be shown")
	}
	if !rendersText(ws.parent.Canvas().Overlays().Top(), "imported.txt:") {
		t.Error("the dialog does not name the article")
	}
	if len(ws.open) != 0 {
		t.Error("an article that could not be read stays among those open")
	}
}
