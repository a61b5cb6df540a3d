package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// mapSplit lays the map and the side panel side by side with a divider
// the user drags. Unlike Fyne's Split it bounds the side: at least its
// content's width, at most maxSideWidth and never more than half the
// window, so that the map always has half of it and a wide window grows
// the map, not the list.
type mapSplit struct {
	widget.BaseWidget
	main, side fyne.CanvasObject
	divider    *splitDivider
	// share is the side's width as a share of the whole, as the user left
	// it; it is kept within bounds when laid out.
	share float32
}

// The side panel's largest width and the divider's, in units, and the
// side's share of the window at first.
const (
	maxSideWidth = 560
	dividerWidth = 6
	defaultShare = 0.34
)

func newMapSplit(main, side fyne.CanvasObject) *mapSplit {
	s := &mapSplit{main: main, side: side, share: defaultShare}
	s.divider = newSplitDivider(s)
	s.ExtendBaseWidget(s)
	return s
}

// sideWidth is the side's width in a split total units wide.
func (s *mapSplit) sideWidth(total float32) float32 { return s.bounded(s.share*total, total) }

// bounded is a side width of w within the side's bounds in a split total
// units wide; the half of the window the map keeps comes first.
func (s *mapSplit) bounded(w, total float32) float32 {
	most := min(maxSideWidth, (total-dividerWidth)/2)
	return max(min(w, most), min(s.side.MinSize().Width, most))
}

// drag moves the divider by dx units. The share kept is the bounded one,
// so that a drag back from past a bound moves the divider at once.
func (s *mapSplit) drag(dx float32) {
	if total := s.Size().Width; total > 0 {
		s.share = s.bounded(s.sideWidth(total)-dx, total) / total
		s.Refresh()
	}
}

func (s *mapSplit) CreateRenderer() fyne.WidgetRenderer { return &splitRenderer{s} }

type splitRenderer struct{ s *mapSplit }

func (r *splitRenderer) Layout(size fyne.Size) {
	s := r.s
	side := s.sideWidth(size.Width)
	mainW := size.Width - side - dividerWidth
	s.main.Move(fyne.NewPos(0, 0))
	s.main.Resize(fyne.NewSize(mainW, size.Height))
	s.divider.Move(fyne.NewPos(mainW, 0))
	s.divider.Resize(fyne.NewSize(dividerWidth, size.Height))
	s.side.Move(fyne.NewPos(mainW+dividerWidth, 0))
	s.side.Resize(fyne.NewSize(side, size.Height))
}

// MinSize leaves the map at least as wide as the side's least width.
func (r *splitRenderer) MinSize() fyne.Size {
	m, sd := r.s.main.MinSize(), r.s.side.MinSize()
	w := 2*max(m.Width, min(sd.Width, maxSideWidth)) + dividerWidth
	return fyne.NewSize(w, max(m.Height, sd.Height))
}

func (r *splitRenderer) Refresh() {
	r.Layout(r.s.Size())
	r.s.divider.Refresh()
}

func (r *splitRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.s.main, r.s.divider, r.s.side}
}

func (r *splitRenderer) Destroy() {}

// splitDivider is the bar between the map and the side panel, which the
// user drags.
type splitDivider struct {
	widget.BaseWidget
	split *mapSplit
	line  *canvas.Rectangle
}

func newSplitDivider(s *mapSplit) *splitDivider {
	d := &splitDivider{split: s, line: canvas.NewRectangle(theme.Color(theme.ColorNameSeparator))}
	d.ExtendBaseWidget(d)
	return d
}

func (d *splitDivider) Dragged(e *fyne.DragEvent) { d.split.drag(e.Dragged.DX) }
func (d *splitDivider) DragEnd()                  {}

// Cursor is part of desktop.Cursorable.
func (d *splitDivider) Cursor() desktop.Cursor { return desktop.HResizeCursor }

func (d *splitDivider) CreateRenderer() fyne.WidgetRenderer { return &dividerRenderer{d} }

type dividerRenderer struct{ d *splitDivider }

func (r *dividerRenderer) Layout(size fyne.Size) {
	w := float32(2)
	r.d.line.Move(fyne.NewPos((size.Width-w)/2, 0))
	r.d.line.Resize(fyne.NewSize(w, size.Height))
}

func (r *dividerRenderer) MinSize() fyne.Size { return fyne.NewSize(dividerWidth, 0) }

func (r *dividerRenderer) Refresh() {
	r.d.line.FillColor = theme.ColorForWidget(theme.ColorNameSeparator, r.d)
	r.d.line.Refresh()
}

func (r *dividerRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.d.line} }

func (r *dividerRenderer) Destroy() {}

var (
	_ fyne.Draggable     = (*splitDivider)(nil)
	_ desktop.Cursorable = (*splitDivider)(nil)
)
