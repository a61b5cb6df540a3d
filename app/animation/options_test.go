package animation

import (
	"strings"
	"testing"

	"github.com/chronomap/chronomap/app/render"
	tl "github.com/chronomap/chronomap/data/timeline"
)

// validOptions animate 45 days by day at 2 days a second, 640×360, a
// size that tests draw fast.
func validOptions(t testing.TB) Options {
	return Options{
		Figure: render.FigureOptions{Width: 640, Height: 360, Scale: 1, Title: "Test"},
		Days:   tl.Range{From: day(t, "2020-09-27"), To: day(t, "2020-11-10")},
		Mode:   tl.OneDay,
		Speed:  2,
	}
}

func TestCheck(t *testing.T) {
	for _, c := range []struct {
		name   string
		change func(*Options)
		want   string // in the error; "" for none
	}{
		{"valid options pass", func(*Options) {}, ""},
		{"the fastest speed shows a frame for 2 hundredths", func(o *Options) { o.Speed = 50 }, ""},
		{"a week frame may go faster in days", func(o *Options) { o.Mode, o.Speed = tl.Week, 350 }, ""},
		{"the range mode has no window to step", func(o *Options) { o.Mode = tl.Brushed }, "choose one of Day, 3 days, Week, Month or Cumulative"},
		{"days that run backwards", func(o *Options) { o.Days.From, o.Days.To = o.Days.To, o.Days.From }, "the days run backwards, from 2020-11-10 to 2020-09-27"},
		{"too many frames", func(o *Options) { o.Days.From -= MaxFrames }, "frames are too many"},
		{"no speed", func(o *Options) { o.Speed = 0 }, "more than 0 days a second"},
		{"a frame shorter than viewers show", func(o *Options) { o.Speed = 51 }, "at most 50"},
		{"a frame longer than GIF can say", func(o *Options) { o.Speed = 0.001 }, "too slow"},
		{"a figure too small for its legend", func(o *Options) { o.Figure.Width = 300 }, "too small for the map and its legend"},
	} {
		t.Run(c.name, func(t *testing.T) {
			o := validOptions(t)
			c.change(&o)
			err := o.Check()
			switch {
			case c.want == "" && err != nil:
				t.Errorf("refused: %v", err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Errorf("error %v, want one saying %q", err, c.want)
			}
		})
	}
}
