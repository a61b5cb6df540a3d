package animation

import (
	tl "github.com/chronomap/chronomap/data/timeline"
)

// Step is how many days the playhead moves from one frame to the next in
// mode m: a whole window, so that each frame shows days the one before did
// not (a week mode shows one week, then the next), and one day in the
// cumulative mode, whose window grows a day at a time as the timeline's
// play does.
func Step(m tl.Mode) int { return max(1, m.Days()) }

// Playheads are the days the playhead is on in each frame of an animation
// of the days r in mode m, one frame for each step begun: a 45-day range is
// 45 frames by day and cumulatively, 15 by 3 days, 7 by week, 2 by month.
// The first frame's playhead is on the last day of the first step, so that
// its window starts on r.From; each next one is a step on; the last is on
// r.To, so that no day is left out when the days are not a whole number of
// steps (its window then shares days with the frame before). Each frame
// shows what the timeline shows with its playhead on that day
// (tl.Mode.Range).
func Playheads(r tl.Range, m tl.Mode) []tl.Day {
	step := Step(m)
	heads := make([]tl.Day, frameCount(r, m))
	for k := range heads {
		heads[k] = min(r.From+tl.Day((k+1)*step-1), r.To)
	}
	return heads
}

// frameCount is the number of Playheads.
func frameCount(r tl.Range, m tl.Mode) int {
	step := Step(m)
	return (r.Days() + step - 1) / step
}
