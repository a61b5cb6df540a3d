package dates

import (
	"testing"
	"time"
)

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"November 7", "Nov. 7", "7 November", "November 7, 2020", "7 November 2020", "on 7 November", "Sept. 27",
		"Sep 27", "Oct. 10", "September 28", "2020-11-07", "07.11.2020", "30.09.2020", "13 May, 2021", "April 26, 2016",
		"on Monday", "late Tuesday", "early Sunday", "Tuesday night", "today", "this morning", "tonight", "yesterday",
		"the day before", "earlier in the day", "earlier today", "overnight", "last night", "on Monday night",
		"last week", "this week", "last month", "this month", "last year", "earlier this month", "in mid-October",
		"early October", "late September", "in October 2020", "in April 2016", "in 1992", "since 1994", "in the 1990s",
		"nearly six weeks", "for three days", "around three decades", "more than a week", "past 24 hours", "48 hours",
		"since September 27", "from September 27 to October 10", "between 1 and 3 October", "September 27-28",
		"11:00", "1,000 people", "May be", "the march", "Sunday Times", "24/7", "twenty-four hours ago",
		"", "-", "2020-", "1-", "between 31 and", "Feb 29, 2100", "the end of", "\xff\xfe7 November", "mid-", "1990'",
	} {
		f.Add(s, true)
	}
	// Publication days at both ends of the years a date can be written
	// in, where counting back or on leaves them.
	edges := []time.Time{date(MinYear, 1, 3), date(MaxYear, 12, 29)}
	f.Fuzz(func(t *testing.T, text string, dated bool) {
		var published *time.Time
		if dated {
			published = &pub
			for _, edge := range edges {
				for _, e := range tagText(text, &edge) {
					if w := e.Window; w != nil && (w.Start.Year() < MinYear || w.End.Year() > MaxYear) {
						t.Fatalf("Tag(%q) published %s: %q window %v to %v leaves the years %d to %d",
							text, edge.Format(time.DateOnly), e.Text, w.Start, w.End, MinYear, MaxYear)
					}
				}
			}
		}
		runes := []rune(text)
		end := 0
		for _, e := range tagText(text, published) {
			if e.Start < end || e.End <= e.Start || e.End > len(runes) {
				t.Fatalf("Tag(%q): %q at [%d:%d] out of order or range (previous end %d, %d runes)", text, e.Text, e.Start, e.End, end, len(runes))
			}
			if got := string(runes[e.Start:e.End]); got != string([]rune(e.Text)) {
				t.Fatalf("Tag(%q): Text %q but [%d:%d] is %q", text, e.Text, e.Start, e.End, got)
			}
			if w := e.Window; w != nil && w.Start.After(w.End) {
				t.Fatalf("Tag(%q): %q window %v after %v", text, e.Text, w.Start, w.End)
			}
			end = e.End
		}
	})
}
