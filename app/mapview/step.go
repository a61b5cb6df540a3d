package mapview

import (
	"fmt"
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// steppedCluster is a cluster of events at one place that the user opened
// by clicking it. Zooming cannot part such events, so a click on the
// cluster, or on its selected event drawn over it, selects the next of
// them, and ← and → step back and forth; a badge in the map's corner says
// which one is shown. It stays open until another event is selected, the
// events shown change, or Escape is pressed.
type steppedCluster struct {
	m       *Map
	members []int // the events' indices, in index order; nil when closed
	badge   *fyne.Container
	panel   *canvas.Rectangle
	text    *widget.Label
}

// applyTheme gives the badge the colours of w's theme.
func (s *steppedCluster) applyTheme(w fyne.Widget) {
	s.panel.FillColor = theme.ColorForWidget(theme.ColorNameOverlayBackground, w)
	s.panel.CornerRadius = theme.SizeForWidget(theme.SizeNameInputRadius, w)
	s.panel.Refresh()
}

func newSteppedCluster(m *Map) *steppedCluster {
	s := &steppedCluster{m: m, text: widget.NewLabel(""), panel: canvas.NewRectangle(color.Transparent)}
	s.badge = container.NewStack(s.panel, s.text)
	s.badge.Hide()
	return s
}

// open opens the cluster of members.
func (s *steppedCluster) open(members []int) { s.members = members }

// close closes the cluster, if one is open.
func (s *steppedCluster) close() {
	s.members = nil
	if s.badge.Visible() {
		s.badge.Hide()
		canvas.Refresh(s.m)
	}
}

// holds says whether event i is one of the open cluster's.
func (s *steppedCluster) holds(i int) bool { return slices.Contains(s.members, i) }

// step selects the member by places after the selected one (before it
// when by is negative), round the cluster; from outside it, the first or
// the last.
func (s *steppedCluster) step(by int) {
	n := len(s.members)
	if n == 0 {
		return
	}
	k := slices.Index(s.members, s.m.scene.Selected)
	switch {
	case k >= 0:
		k = ((k+by)%n + n) % n
	case by < 0:
		k = n - 1
	default:
		k = 0
	}
	s.text.SetText(fmt.Sprintf("%d of %d events here · ← → step through them", k+1, n))
	s.badge.Resize(s.badge.MinSize())
	if !s.badge.Visible() {
		s.badge.Show()
		canvas.Refresh(s.m)
	}
	s.m.pick(s.members[k])
}

// HandleKey cancels the move of a marker being dragged with Escape, and
// steps through the open cluster with ← and →, and closes it with Escape.
// It reports whether it took the key: it takes none while no marker is
// dragged and no cluster is open, so that the window passes them on.
func (m *Map) HandleKey(key fyne.KeyName) bool {
	if key == fyne.KeyEscape && m.cancelMove() {
		return true
	}
	if m.stepping.members == nil {
		return false
	}
	switch key {
	case fyne.KeyLeft:
		m.stepping.step(-1)
	case fyne.KeyRight:
		m.stepping.step(1)
	case fyne.KeyEscape:
		m.stepping.close()
	default:
		return false
	}
	return true
}
