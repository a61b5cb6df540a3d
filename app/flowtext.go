package app

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// flowText is a long text in runs of styles that wraps at spaces only, a
// highlighted word staying in its line like any other. It is laid out
// here, word by word, rather than by widget.RichText, whose word wrapping
// (Fyne 2.7) breaks a run that starts near the end of a line inside its
// first word, or one letter a line.
type flowText struct {
	widget.BaseWidget
	words []flowWord
	// lines are the words laid out at width, one line each.
	lines []flowLine
	width float32
	// laidOut counts the layouts, for the renderer to know its spans are
	// out of date.
	laidOut int
	// lineHeight is the height of a line at the theme's text size.
	lineHeight, space float32
}

// flowStyle is how a run of text looks: its colour and weight, and the
// background of the text to emphasise.
type flowStyle struct {
	colour     fyne.ThemeColorName // "" for the text's own
	bold       bool
	background fyne.ThemeColorName // "" for none
}

// flowRun is a stretch of text in one style.
type flowRun struct {
	text  string
	style flowStyle
}

// flowWord is what lies between spaces, perhaps in several styles
// ("Goris's" with "Goris" highlighted); breaksBefore words mark the
// ends of paragraphs, and have no pieces.
type flowWord struct {
	pieces       []flowRun
	widths       []float32
	breaksBefore bool
}

// flowSpan is text drawn in one style from x on a line.
type flowSpan struct {
	flowRun
	x, width float32
}

type flowLine []flowSpan

func newFlowText(runs []flowRun) *flowText {
	f := &flowText{words: flowWords(runs)}
	f.ExtendBaseWidget(f)
	return f
}

// flowWords cuts runs into words at spaces and line ends.
func flowWords(runs []flowRun) []flowWord {
	var words []flowWord
	var cur flowWord
	var piece strings.Builder
	endPiece := func(s flowStyle) {
		if piece.Len() > 0 {
			cur.pieces = append(cur.pieces, flowRun{piece.String(), s})
			piece.Reset()
		}
	}
	endWord := func(s flowStyle) {
		endPiece(s)
		if len(cur.pieces) > 0 {
			words = append(words, cur)
		}
		cur = flowWord{}
	}
	for _, r := range runs {
		for _, c := range r.text {
			switch c {
			case '\n':
				endWord(r.style)
				words = append(words, flowWord{breaksBefore: true})
			case ' ', '\t', '\r':
				endWord(r.style)
			default:
				piece.WriteRune(c)
			}
		}
		endPiece(r.style)
	}
	endWord(flowStyle{})
	return words
}

// measure sizes the words in the theme's text.
func (f *flowText) measure() {
	size := f.Theme().Size(theme.SizeNameText)
	f.lineHeight = fyne.MeasureText("M", size, fyne.TextStyle{}).Height + f.Theme().Size(theme.SizeNameLineSpacing)
	f.space = fyne.MeasureText(" ", size, fyne.TextStyle{}).Width
	for i := range f.words {
		w := &f.words[i]
		w.widths = w.widths[:0]
		for _, p := range w.pieces {
			w.widths = append(w.widths, fyne.MeasureText(p.text, size, fyne.TextStyle{Bold: p.style.bold}).Width)
		}
	}
}

// layOut wraps the words at width if they are not already, and reports
// whether it did.
func (f *flowText) layOut(width float32) bool {
	if width == f.width && f.laidOut > 0 {
		return false
	}
	f.width = width
	f.measure()
	f.wrap()
	f.laidOut++
	return true
}

// wrap lays the words out in lines no wider than the width less the
// padding, breaking only between words: a word wider than a line has one
// of its own.
func (f *flowText) wrap() {
	room := f.width - 2*f.Theme().Size(theme.SizeNameInnerPadding)
	f.lines = []flowLine{nil}
	x := float32(0)
	for _, w := range f.words {
		if w.breaksBefore {
			f.lines = append(f.lines, nil)
			x = 0
			continue
		}
		if x > 0 && x+f.space+w.width() > room {
			f.lines = append(f.lines, nil)
			x = 0
		}
		line := &f.lines[len(f.lines)-1]
		for k, p := range w.pieces {
			gap := k == 0 && x > 0
			if gap {
				x += f.space
			}
			*line = appendSpan(*line, p, x, w.widths[k], gap)
			x += w.widths[k]
		}
	}
}

func (w flowWord) width() float32 {
	sum := float32(0)
	for _, pw := range w.widths {
		sum += pw
	}
	return sum
}

// appendSpan adds run p, drawn from x, to line: to its last span when they
// share a style, with a space before it if gap.
func appendSpan(line flowLine, p flowRun, x, width float32, gap bool) flowLine {
	if n := len(line); n > 0 && line[n-1].style == p.style {
		last := &line[n-1]
		if gap {
			last.text += " "
		}
		last.text += p.text
		last.width = x + width - last.x
		return line
	}
	return append(line, flowSpan{p, x, width})
}

// emphasisY is how far down the text the first emphasised line is, or -1.
func (f *flowText) emphasisY() float32 {
	for i, l := range f.lines {
		for _, s := range l {
			if s.style.background != "" {
				return f.Theme().Size(theme.SizeNameInnerPadding) + float32(i)*f.lineHeight
			}
		}
	}
	return -1
}

// Resize wraps the text to the new width.
func (f *flowText) Resize(size fyne.Size) {
	f.layOut(size.Width)
	f.BaseWidget.Resize(size)
}

// MinSize is as wide as the widest word and as tall as the lines at the
// width last laid out.
func (f *flowText) MinSize() fyne.Size {
	f.layOut(f.width)
	widest := float32(0)
	for _, w := range f.words {
		widest = max(widest, w.width())
	}
	pad := 2 * f.Theme().Size(theme.SizeNameInnerPadding)
	return fyne.NewSize(widest+pad, float32(len(f.lines))*f.lineHeight+pad)
}

// CreateRenderer is part of fyne.Widget.
func (f *flowText) CreateRenderer() fyne.WidgetRenderer {
	r := &flowRenderer{f: f}
	r.f.layOut(f.width)
	r.draw()
	return r
}

// flowRenderer draws each span as a canvas.Text, over a rectangle of its
// background if it has one.
type flowRenderer struct {
	f       *flowText
	drawn   int // the layout the objects show
	objects []fyne.CanvasObject
}

// Refresh lays the text out again, as the theme's text size may have
// changed, and draws it in the theme's colours.
func (r *flowRenderer) Refresh() {
	r.f.measure()
	r.f.wrap()
	r.draw()
}

// Layout draws the lines of a new width.
func (r *flowRenderer) Layout(fyne.Size) {
	if r.drawn != r.f.laidOut {
		r.draw()
	}
}

func (r *flowRenderer) draw() {
	f := r.f
	r.drawn = f.laidOut
	th := f.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	pad := th.Size(theme.SizeNameInnerPadding)
	size := th.Size(theme.SizeNameText)
	r.objects = nil
	for i, l := range f.lines {
		y := pad + float32(i)*f.lineHeight
		for _, s := range l {
			if s.style.background != "" {
				bg := canvas.NewRectangle(th.Color(s.style.background, v))
				bg.Move(fyne.NewPos(pad+s.x-f.space/2, y))
				bg.Resize(fyne.NewSize(s.width+f.space, f.lineHeight))
				r.objects = append(r.objects, bg)
			}
			colour := theme.ColorNameForeground
			if s.style.colour != "" {
				colour = s.style.colour
			}
			t := canvas.NewText(s.text, th.Color(colour, v))
			t.TextSize = size
			t.TextStyle.Bold = s.style.bold
			t.Move(fyne.NewPos(pad+s.x, y))
			t.Resize(fyne.NewSize(s.width, f.lineHeight))
			r.objects = append(r.objects, t)
		}
	}
	canvas.Refresh(f)
}

func (r *flowRenderer) MinSize() fyne.Size           { return r.f.MinSize() }
func (r *flowRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *flowRenderer) Destroy()                     {}
