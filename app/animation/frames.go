package animation

import (
	"image"

	"github.com/chronomap/chronomap/app/render"
	tl "github.com/chronomap/chronomap/data/timeline"
)

// frames draws the frames of an animation: figures of the source, one for
// each playhead. Its methods may run on several goroutines at once.
type frames struct {
	src   Source
	o     Options
	heads []tl.Day
}

func newFrames(src Source, o Options) (*frames, error) {
	if err := o.Check(); err != nil {
		return nil, err
	}
	return &frames{src: src, o: o, heads: Playheads(o.Days, o.Mode)}, nil
}

// visible is what the timeline shows in frame k.
func (f *frames) visible(k int) tl.Visible {
	return f.src.Days.View(f.heads[k], f.o.Mode, false)
}

// draw draws frame k.
func (f *frames) draw(k int) (*image.RGBA, error) {
	v := f.visible(k)
	return f.figure(v.Range, v)
}

// reference is a figure of every event that any frame shows, captioned as
// the last frame: the colours of all the frames are among its own, or
// near them (see newPalette).
func (f *frames) reference() (*image.RGBA, error) {
	return f.figure(f.allDays(), f.visible(len(f.heads)-1))
}

// allDays are the days that any frame shows: from the first day of the
// first frame's window to the last playhead.
func (f *frames) allDays() tl.Range {
	return tl.Range{From: f.o.Mode.Range(f.heads[0]).From, To: f.heads[len(f.heads)-1]}
}

// figure is the figure of the events of the days r, captioned as v.
func (f *frames) figure(r tl.Range, v tl.Visible) (*image.RGBA, error) {
	o := f.o.Figure
	if f.o.Caption != nil {
		o.Subtitle = f.o.Caption(v)
	}
	return render.Figure(f.scene(r), f.src.View, o)
}

// scene is the source's layers showing the events of the days r, undated
// ones not: they belong to no day of the animation.
func (f *frames) scene(r tl.Range) *render.Scene {
	s := render.NewScene(f.src.Scene.Background)
	s.Events, s.Places, s.ShowPlaces, s.Keep = f.src.Scene.Events, f.src.Scene.Places, f.src.Scene.ShowPlaces, f.src.Scene.Keep
	s.Period = &render.Period{From: r.From.Time(), To: r.To.Time()}
	return s
}
