package timeline

import (
	"slices"
	"testing"

	"github.com/chronomap/chronomap/data/event"
)

func TestHistogramMatchesAScanOfEveryEvent(t *testing.T) {
	events := synthetic(5000, 200, 11)
	ix := New(events)
	span, _ := ix.Span()
	ranges := []Range{{span.From, span.To}, {MinDay, MaxDay}, {d(-50), d(-1)}, {d(199), d(180)}}
	for from := span.From - 5; from < span.To; from += 23 {
		ranges = append(ranges, Range{from, from}, Range{from, from + 6}, Range{from, from + 90})
	}
	n := int(event.NumTypes)
	points, cover := make([]int, n), make([]int, n)
	for _, r := range ranges {
		wantPoints, wantCover, wantSpans := make([]int, n), make([]int, n), 0
		for i, e := range events {
			w, ok := ix.Window(i)
			if !ok {
				continue
			}
			ti := int(e.Type)
			if !ix.IsSpan(i) {
				if w.From >= r.From && w.From <= r.To {
					wantPoints[ti]++
				}
				continue
			}
			if r.Overlaps(w.From, w.To) {
				wantSpans++
				wantCover[ti] += Range{max(w.From, r.From), min(w.To, r.To)}.Days()
			}
		}
		ix.PointCounts(r, points)
		ix.SpanCover(r, cover)
		if !slices.Equal(points, wantPoints) {
			t.Errorf("PointCounts(%v) = %v, want %v", r, points, wantPoints)
		}
		if !slices.Equal(cover, wantCover) {
			t.Errorf("SpanCover(%v) = %v, want %v", r, cover, wantCover)
		}
		if got := ix.SpanCount(r); got != wantSpans {
			t.Errorf("SpanCount(%v) = %d, want %d", r, got, wantSpans)
		}
	}
}

func TestBulkLeavesOutTheStrayYears(t *testing.T) {
	var events []event.Event
	for d := 0; d < 40; d++ {
		events = append(events, ev(event.Attack, d, d), ev(event.Clash, d, d))
	}
	events = append(events,
		ev(event.Other, -1500, -1500), ev(event.Other, 900, 900), // stray reports of other years
		ev(event.Ceasefire, -200, -20))
	ix := New(events)
	tests := []struct {
		share float64
		want  Range
	}{
		{0.9, Range{d(0), d(39)}},
		{1, Range{d(-1500), d(900)}},
		{0.5, Range{d(0), d(20)}},
	}
	for _, tt := range tests {
		got := ix.Bulk(tt.share)
		if tt.share < 1 && (got.Days() > tt.want.Days() || got.From < d(0) || got.To > d(39)) {
			t.Errorf("Bulk(%v) = %v, want %d days within %v", tt.share, got, tt.want.Days(), tt.want)
		}
		if tt.share == 1 && got != tt.want {
			t.Errorf("Bulk(1) = %v, want %v", got, tt.want)
		}
	}
	if got, span := New(events[len(events)-1:]).Bulk(0.9), (Range{d(-200), d(-20)}); got != span {
		t.Errorf("with no event dated to a day Bulk = %v, want the span %v", got, span)
	}
}
