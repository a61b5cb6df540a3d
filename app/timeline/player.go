package timeline

import (
	"time"

	"fyne.io/fyne/v2"
)

// Speeds are the playing speeds offered, in days per second.
var Speeds = []float64{1, 2, 4, 7, 14, 30}

// player steps the timeline a day per tick of a time.Ticker while it plays.
// The ticker runs in its own goroutine, which changes nothing itself: each
// tick goes to the Fyne goroutine through fyne.Do.
type player struct {
	speed float64 // days per second
	// stop is closed to end the goroutine of the current play; nil when
	// paused.
	stop chan struct{}
	// ticker and do are time.NewTicker and fyne.Do, replaced in tests by a
	// clock they drive and a queue they run.
	ticker func(time.Duration) (<-chan time.Time, func())
	do     func(func())
}

func newPlayer() player {
	return player{
		speed: 2,
		ticker: func(d time.Duration) (<-chan time.Time, func()) {
			tk := time.NewTicker(d)
			return tk.C, tk.Stop
		},
		do: fyne.Do,
	}
}

// Playing reports whether the timeline is playing.
func (t *Timeline) Playing() bool { return t.player.stop != nil }

// Speed is the playing speed in days per second.
func (t *Timeline) Speed() float64 { return t.player.speed }

// SetSpeed sets the playing speed in days per second; a timeline that is
// playing goes on at the new speed.
func (t *Timeline) SetSpeed(daysPerSecond float64) {
	if daysPerSecond <= 0 || daysPerSecond == t.player.speed {
		return
	}
	t.player.speed = daysPerSecond
	if t.Playing() {
		t.stopTicker()
		t.startTicker()
	}
	t.controls.show(t)
}

// TogglePlay plays if paused and pauses if playing.
func (t *Timeline) TogglePlay() {
	if t.Playing() {
		t.Pause()
	} else {
		t.Play()
	}
}

// Play steps the playhead forward a day at a time at the speed set, from
// the first day if it is on the last, until it reaches the last day or
// Pause is called.
func (t *Timeline) Play() {
	span, ok := t.index.Span()
	if t.Playing() || !ok || span.From == span.To {
		return
	}
	if t.playhead >= span.To {
		t.moveTo(span.From)
	}
	t.startTicker()
	t.controls.show(t)
}

// Pause stops playing.
func (t *Timeline) Pause() {
	if t.Playing() {
		t.stopTicker()
		t.controls.show(t)
	}
}

func (t *Timeline) startTicker() {
	stop := make(chan struct{})
	t.player.stop = stop
	ticks, stopTicks := t.player.ticker(time.Duration(float64(time.Second) / t.player.speed))
	do := t.player.do
	go func() {
		defer stopTicks()
		for {
			select {
			case <-stop:
				return
			case <-ticks:
				// A tick that was on its way when the play stopped is
				// dropped: stop is the play's identity.
				do(func() {
					if t.player.stop == stop {
						t.tick()
					}
				})
			}
		}
	}()
}

func (t *Timeline) stopTicker() {
	close(t.player.stop)
	t.player.stop = nil
}

// tick is one step of playing: a day on, and a pause on the last day.
func (t *Timeline) tick() {
	t.StepForward()
	if span, _ := t.index.Span(); t.playhead >= span.To {
		t.Pause()
	}
}
