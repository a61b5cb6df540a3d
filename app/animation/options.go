package animation

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/chronomap/chronomap/app/render"
	tl "github.com/chronomap/chronomap/data/timeline"
)

// Source is what an animation shows.
type Source struct {
	// Scene is the map's layers: the events, the places and the filters
	// (as mapview.Map.Layers copies them); each frame sets its own period.
	Scene *render.Scene
	// View is the map's view: each frame shows at least its extent, as
	// render.Figure does.
	View render.Viewport
	// Days are the same events by day, for the captions.
	Days *tl.Index
}

// Options say what an animation shows and how.
type Options struct {
	// Figure is each frame's size, scale, title and credits; its subtitle
	// is the frame's caption.
	Figure render.FigureOptions
	// Days are the days the animation plays through (see Playheads), and
	// Mode the timeline's window, one of tl.Modes.
	Days tl.Range
	Mode tl.Mode
	// Speed is how many days go by in a second, as the timeline plays.
	Speed float64
	// Caption is the subtitle of a frame that shows v, such as its days.
	Caption func(v tl.Visible) string
	// Progress, when set, is told how many of the frames are written, and
	// of how many, as each is: from the goroutine that writes.
	Progress func(done, total int)
}

// Limits of an animation: MaxFrames keeps a run within minutes, and
// minDelay is the shortest a GIF frame shows in every viewer (shorter,
// browsers show it for a tenth of a second).
const (
	MaxFrames = 10_000
	minDelay  = 2 // hundredths of a second
)

// Check says why an animation with these options cannot be made, or
// returns nil.
func (o Options) Check() error {
	if err := o.Figure.Check(); err != nil {
		return err
	}
	return o.CheckPlay()
}

// CheckPlay says why the days, the mode and the speed cannot be played, or
// returns nil: Check but for the figure.
func (o Options) CheckPlay() error {
	step := Step(o.Mode)
	switch n := frameCount(o.Days, o.Mode); {
	case !slices.Contains(tl.Modes, o.Mode):
		return fmt.Errorf("the %s mode has no window to step: choose one of %s", o.Mode, modeNames())
	case o.Days.From > o.Days.To:
		return fmt.Errorf("the days run backwards, from %s to %s", o.Days.From, o.Days.To)
	case n > MaxFrames:
		return fmt.Errorf("%d frames are too many: at most %d, over fewer days or with a longer window", n, MaxFrames)
	case !(o.Speed > 0):
		return errors.New("the speed must be more than 0 days a second")
	case 100*float64(step)/o.Speed < minDelay:
		return fmt.Errorf("%g days a second is too fast for the %s mode: a frame would show for less than %d hundredths of a second; at most %g",
			o.Speed, o.Mode, minDelay, float64(step)*100/minDelay)
	case 100*float64(step)/o.Speed > 0xffff:
		return fmt.Errorf("%g days a second is too slow: a frame would show for more than 10 minutes", o.Speed)
	}
	return nil
}

// Frames is the number of frames: see Playheads.
func (o Options) Frames() int { return frameCount(o.Days, o.Mode) }

// Duration is how long the animation plays once, the last frame's hold
// included.
func (o Options) Duration() time.Duration {
	cs := 0
	for _, d := range delays(o.Frames(), Step(o.Mode), o.Speed) {
		cs += d
	}
	return time.Duration(cs) * 10 * time.Millisecond
}

// modeNames lists the modes an animation plays in, for an error.
func modeNames() string {
	s := ""
	for i, m := range tl.Modes {
		switch {
		case i == len(tl.Modes)-1:
			s += " or "
		case i > 0:
			s += ", "
		}
		s += m.String()
	}
	return s
}
