package timeline

import (
	"testing"
	"time"

	tl "github.com/chronomap/chronomap/data/timeline"
)

// fakeClock stands for the ticker and fyne.Do: the test sends the ticks and
// runs on its own goroutine what the player hands to fyne.Do.
type fakeClock struct {
	ticks    chan time.Time
	queue    chan func()
	stopped  chan struct{}
	interval time.Duration
}

func useFakeClock(t *Timeline) *fakeClock {
	c := &fakeClock{queue: make(chan func())}
	t.player.ticker = func(d time.Duration) (<-chan time.Time, func()) {
		c.ticks, c.stopped, c.interval = make(chan time.Time), make(chan struct{}), d
		return c.ticks, func() { close(c.stopped) }
	}
	t.player.do = func(f func()) { c.queue <- f }
	return c
}

// tick makes the clock tick and runs the step the player asks for.
func (c *fakeClock) tick(t *testing.T) {
	t.Helper()
	select {
	case c.ticks <- time.Now():
	case <-time.After(5 * time.Second):
		t.Fatal("the player does not take ticks")
	}
	select {
	case f := <-c.queue:
		f()
	case <-time.After(5 * time.Second):
		t.Fatal("the player does not step on a tick")
	}
}

// waitStopped waits for the player's goroutine to stop its ticker.
func (c *fakeClock) waitStopped(t *testing.T) {
	t.Helper()
	select {
	case <-c.stopped:
	case <-time.After(5 * time.Second):
		t.Fatal("the player's goroutine did not stop")
	}
}

func TestPlayAdvancesADayATick(t *testing.T) {
	s := show(t, war())
	clock := useFakeClock(s.Timeline)
	s.SetMode(tl.OneDay)
	s.SetPlayhead(day(10))
	s.controls.speed.SetSelected(speedText(7))
	s.controls.play.OnTapped()
	if !s.Playing() {
		t.Fatal("the play button did not start playing")
	}
	if want := time.Second / 7; clock.interval != want {
		t.Errorf("ticks every %v at 7 days/s, want %v", clock.interval, want)
	}
	for i := 1; i <= 3; i++ {
		clock.tick(t)
		if !s.Playhead().Equal(day(10 + i)) {
			t.Fatalf("after %d ticks the playhead is on %v", i, s.Playhead())
		}
	}
	s.HandleKey("Space")
	if s.Playing() {
		t.Fatal("space did not pause")
	}
	clock.waitStopped(t)
}

// playing is the war's timeline playing from day from on a fake clock.
func playing(t *testing.T, from int) (*shown, *fakeClock) {
	s := show(t, war())
	clock := useFakeClock(s.Timeline)
	s.SetPlayhead(day(from))
	s.Play()
	return s, clock
}

func TestPlayStopsOnTheLastDayAndStartsOverFromThere(t *testing.T) {
	s, clock := playing(t, 43)
	clock.tick(t)
	if !s.Playhead().Equal(day(44)) || s.Playing() {
		t.Fatalf("on the last day: playhead %v, playing %v; want day 44, paused", s.Playhead(), s.Playing())
	}
	clock.waitStopped(t)
	s.Play()
	if !s.Playhead().Equal(day(0)) || !s.Playing() {
		t.Errorf("play on the last day: playhead %v, playing %v; want day 0, playing", s.Playhead(), s.Playing())
	}
	s.Pause()
	clock.waitStopped(t)
}

func TestATickAfterPauseIsDropped(t *testing.T) {
	s, clock := playing(t, 10)
	clock.ticks <- time.Now()
	step := <-clock.queue // a step on its way to the Fyne goroutine
	s.Pause()
	step()
	if !s.Playhead().Equal(day(10)) {
		t.Errorf("a step queued before the pause moved the playhead to %v", s.Playhead())
	}
	clock.waitStopped(t)
}
