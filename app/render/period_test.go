package render

import (
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/event"
)

func TestAPeriodShowsTheEventsWhoseWindowOverlapsIt(t *testing.T) {
	events := []event.Event{
		{Type: event.Attack, Place: ganja, Window: exactly("2020-10-11")},
		{Type: event.Clash, Place: ganja, Window: between("2020-10-05", "2020-10-12")},
		{Type: event.Attack, Place: ganja, Window: exactly("2020-11-02")},
		{Type: event.Other, Place: ganja}, // undated
	}
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	tests := []struct {
		name   string
		period *Period
		want   []int
	}{
		{"no period", nil, []int{0, 1, 2, 3}},
		{"the day of the first", &Period{From: day("2020-10-11"), To: day("2020-10-11")}, []int{0, 1}},
		{"a day the window covers", &Period{From: day("2020-10-06"), To: day("2020-10-06")}, []int{1}},
		{"November", &Period{From: day("2020-11-01"), To: day("2020-11-30")}, []int{2}},
		{"before them all", &Period{From: day("1990-01-01"), To: day("2020-10-04")}, nil},
		{"November and the undated", &Period{From: day("2020-11-01"), To: day("2020-11-30"), Undated: true}, []int{2, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := sceneOf(events)
			s.Period = tt.period
			_, f := frameOf(s, regional)
			var got []int
			for c := range f.Clusters {
				got = append(got, f.Members(c)...)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("drawn %v, want %v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("drawn %v, want %v", got, tt.want)
				}
			}
		})
	}
}
