package text

import (
	"testing"
	"time"
)

func TestParseDay(t *testing.T) {
	tests := []struct {
		name, s, want string // want "" for nil
	}{
		{"a day", "2020-11-07", "2020-11-07"},
		{"month and day of one digit, as a header's", "2020-1-5", "2020-01-05"},
		{"the first year", "0001-01-01", "0001-01-01"},
		{"no day 30 in February", "2020-02-30", ""},
		{"no month 13", "2020-13-01", ""},
		{"no year 0", "0000-01-01", ""},
		{"a year of two digits", "20-11-07", ""},
		{"a time after the day", "2020-11-07T10:00:00Z", ""},
		{"another order", "07-11-2020", ""},
		{"letters", "2020-1a-07", ""},
		{"nothing", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if d := ParseDay(tt.s); d != nil {
				got = d.Format(time.DateOnly)
			}
			if got != tt.want {
				t.Errorf("ParseDay(%q) = %q, want %q", tt.s, got, tt.want)
			}
		})
	}
}
