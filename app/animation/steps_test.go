package animation

import (
	"slices"
	"testing"
	"time"

	tl "github.com/chronomap/chronomap/data/timeline"
)

// day is the timeline's day of an ISO date.
func day(t testing.TB, iso string) tl.Day {
	t.Helper()
	d, err := time.Parse(time.DateOnly, iso)
	if err != nil {
		t.Fatal(err)
	}
	return tl.DayOf(d)
}

func TestPlayheads(t *testing.T) {
	for _, c := range []struct {
		name     string
		from, to string
		mode     tl.Mode
		frames   int
		first    string // the first playhead
		last     string // the last, always to
	}{
		{"a day a frame, both ends included", "2020-09-27", "2020-11-10", tl.OneDay, 45, "2020-09-27", "2020-11-10"},
		{"cumulative steps a day", "2020-09-27", "2020-11-10", tl.Cumulative, 45, "2020-09-27", "2020-11-10"},
		{"3 days: 45 days are 15 whole steps", "2020-09-27", "2020-11-10", tl.ThreeDays, 15, "2020-09-29", "2020-11-10"},
		{"week: 45 days are 6 weeks and a last frame for 3 days", "2020-09-27", "2020-11-10", tl.Week, 7, "2020-10-03", "2020-11-10"},
		{"month: 45 days are a month and a last frame for 15 days", "2020-09-27", "2020-11-10", tl.Month, 2, "2020-10-26", "2020-11-10"},
		{"a week of days is one week frame", "2020-10-01", "2020-10-07", tl.Week, 1, "2020-10-07", "2020-10-07"},
		{"a week and a day is two week frames", "2020-10-01", "2020-10-08", tl.Week, 2, "2020-10-07", "2020-10-08"},
		{"fewer days than a week is one frame ending on to", "2020-10-01", "2020-10-03", tl.Week, 1, "2020-10-03", "2020-10-03"},
		{"one day is one frame in any mode", "2020-10-01", "2020-10-01", tl.Month, 1, "2020-10-01", "2020-10-01"},
		{"a range across a year's end", "2020-12-30", "2021-01-02", tl.OneDay, 4, "2020-12-30", "2021-01-02"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := tl.Range{From: day(t, c.from), To: day(t, c.to)}
			heads := Playheads(r, c.mode)
			if len(heads) != c.frames || heads[0] != day(t, c.first) || heads[len(heads)-1] != day(t, c.last) {
				t.Fatalf("%d frames from %s to %s, want %d from %s to %s", len(heads), heads[0], heads[len(heads)-1], c.frames, c.first, c.last)
			}
			// Every day of the range is in a frame's window, and no frame's
			// window starts before the range but the cumulative ones.
			seen := map[tl.Day]bool{}
			for k, p := range heads {
				w := c.mode.Range(p)
				if k > 0 && p <= heads[k-1] {
					t.Errorf("frame %d's playhead %s is not after the one before", k, p)
				}
				if c.mode != tl.Cumulative && w.From < r.From && len(heads) > 1 {
					t.Errorf("frame %d shows %s, before the range", k, w.From)
				}
				for d := max(w.From, r.From); d <= w.To; d++ {
					seen[d] = true
				}
			}
			if len(seen) != r.Days() {
				t.Errorf("the frames show %d of the %d days", len(seen), r.Days())
			}
		})
	}
}

func TestPlayheadsOfNoDays(t *testing.T) {
	r := tl.Range{From: day(t, "2020-10-02"), To: day(t, "2020-10-01")}
	if heads := Playheads(r, tl.OneDay); len(heads) != 0 {
		t.Errorf("a backward range has frames %v", heads)
	}
}

func TestDelays(t *testing.T) {
	for _, c := range []struct {
		name   string
		n      int
		step   int
		speed  float64
		delays []int
	}{
		{"a day a frame at 2 days a second is half a second", 3, 1, 2, []int{50, 50, 50 + endHold}},
		{"a week a frame at 2 days a second is 3.5 seconds", 2, 7, 2, []int{350, 350 + endHold}},
		{"roundings do not add up at 30 days a second", 6, 1, 30, []int{3, 4, 3, 3, 4, 3 + endHold}},
		{"one frame is held", 1, 1, 1, []int{100 + endHold}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := delays(c.n, c.step, c.speed); !slices.Equal(got, c.delays) {
				t.Errorf("delays %v, want %v", got, c.delays)
			}
		})
	}
}
