package timeline

import (
	"testing"
	"time"
)

func TestDayOf(t *testing.T) {
	tests := []struct {
		t    time.Time
		want string
	}{
		{time.Date(2020, 10, 11, 0, 0, 0, 0, time.UTC), "2020-10-11"},
		{time.Date(2020, 10, 11, 23, 59, 59, 0, time.UTC), "2020-10-11"},
		{time.Date(2020, 10, 11, 1, 0, 0, 0, time.FixedZone("Baku", 4*3600)), "2020-10-10"},
		{time.Date(1969, 12, 31, 12, 0, 0, 0, time.UTC), "1969-12-31"},
		{time.Date(1899, 3, 1, 0, 0, 0, 0, time.UTC), "1899-03-01"},
	}
	for _, tt := range tests {
		if got := DayOf(tt.t).String(); got != tt.want {
			t.Errorf("DayOf(%v) = %s, want %s", tt.t, got, tt.want)
		}
	}
}

func TestModeRangeEndsAtThePlayhead(t *testing.T) {
	for _, m := range Modes {
		r := m.Range(d(10))
		if r.To != d(10) {
			t.Errorf("%s ends on %s, not the playhead", m, r.To)
		}
		if m != Cumulative && r.Days() != m.Days() {
			t.Errorf("%s holds %d days, want %d", m, r.Days(), m.Days())
		}
	}
	if r := Cumulative.Range(d(10)); r.From != MinDay {
		t.Errorf("the cumulative range starts on %s, want it open", r.From)
	}
}
