package tooltip

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// The tooltip goes on its side of the pointer, and on the other where it
// would leave the area; it never starts outside it.
func TestShowAtKeepsTheTooltipInside(t *testing.T) {
	test.NewTempApp(t)
	area := fyne.NewSize(400, 300)
	tests := []struct {
		rule       string
		side       Side
		at         fyne.Position
		right, low bool // the tooltip is right of the pointer, below it
	}{
		{"below right on the map", Below, fyne.NewPos(50, 50), true, true},
		{"above near the map's bottom", Below, fyne.NewPos(50, 290), true, false},
		{"left near the right edge", Below, fyne.NewPos(395, 50), false, true},
		{"above right on the timeline", Above, fyne.NewPos(50, 200), true, false},
		{"below near the timeline's top", Above, fyne.NewPos(50, 5), true, true},
	}
	for _, tt := range tests {
		tip := New(widget.NewLabel(""), tt.side)
		tip.ShowAt("Tue 13 Oct 2020 · 3 attacks", tt.at, area)
		p := tip.Position()
		if right := p.X > tt.at.X; right != tt.right {
			t.Errorf("%s: at x %v for a pointer at %v, want right of it: %v", tt.rule, p.X, tt.at.X, tt.right)
		}
		if low := p.Y > tt.at.Y; low != tt.low {
			t.Errorf("%s: at y %v for a pointer at %v, want below it: %v", tt.rule, p.Y, tt.at.Y, tt.low)
		}
		if !tip.Visible() || tip.Text() != "Tue 13 Oct 2020 · 3 attacks" {
			t.Errorf("%s: shown %v, reads %q", tt.rule, tip.Visible(), tip.Text())
		}
		tip.Dismiss()
		if tip.Visible() {
			t.Errorf("%s: still shown after Dismiss", tt.rule)
		}
	}
}
