package dates

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chronomap/chronomap/data/text"
)

// pub is a Saturday.
var pub = date(2020, 11, 7)

// show renders what Tag found as "text=window" items, the window as
// "start..end/precision" or "nil".
func show(exprs []Expression) string {
	var items []string
	for _, e := range exprs {
		w := "nil"
		if e.Window != nil {
			w = fmt.Sprintf("%s..%s/%d", e.Window.Start.Format(time.DateOnly), e.Window.End.Format(time.DateOnly), e.Window.Precision)
		}
		items = append(items, e.Text+"="+w)
	}
	return strings.Join(items, "; ")
}

func TestTag(t *testing.T) {
	tests := []struct {
		text          string
		withPub, none string // what Tag finds with the publication date pub, and without one
	}{
		// calendar dates
		{"November 7", "November 7=2020-11-07..2020-11-07/1", "November 7=nil"},
		{"Nov. 7", "Nov. 7=2020-11-07..2020-11-07/1", "Nov. 7=nil"},
		{"7 November", "7 November=2020-11-07..2020-11-07/1", "7 November=nil"},
		{"November 7, 2020", "November 7, 2020=2020-11-07..2020-11-07/1", "November 7, 2020=2020-11-07..2020-11-07/1"},
		{"7 November 2020", "7 November 2020=2020-11-07..2020-11-07/1", "7 November 2020=2020-11-07..2020-11-07/1"},
		{"the talks on 7 November.", "on 7 November=2020-11-07..2020-11-07/1", "on 7 November=nil"},
		{"clashes began on Sept. 27 when", "on Sept. 27=2020-09-27..2020-09-27/1", "on Sept. 27=nil"},
		{"Sep 27", "Sep 27=2020-09-27..2020-09-27/1", "Sep 27=nil"},
		{"in Moscow on Oct. 10, Azerbaijan", "on Oct. 10=2020-10-10..2020-10-10/1", "on Oct. 10=nil"},
		{"September 28", "September 28=2020-09-28..2020-09-28/1", "September 28=nil"},
		{"the 7th of November", "7th of November=2020-11-07..2020-11-07/1", "7th of November=nil"},
		{"2020-11-07", "2020-11-07=2020-11-07..2020-11-07/1", "2020-11-07=2020-11-07..2020-11-07/1"},
		{"07.11.2020", "07.11.2020=2020-11-07..2020-11-07/1", "07.11.2020=2020-11-07..2020-11-07/1"},
		{"30.09.2020 [11:18]", "30.09.2020=2020-09-30..2020-09-30/1", "30.09.2020=2020-09-30..2020-09-30/1"},
		{"13 May, 2021 17:35", "13 May, 2021=2021-05-13..2021-05-13/1", "13 May, 2021=2021-05-13..2021-05-13/1"},
		{"April 26, 2016", "April 26, 2016=2016-04-26..2016-04-26/1", "April 26, 2016=2016-04-26..2016-04-26/1"},
		{"YEREVAN, JULY 16, ARMENPRESS.", "JULY 16=2020-07-16..2020-07-16/1", "JULY 16=nil"},
		{"Monday, 04 April 2016", "Monday, 04 April 2016=2016-04-04..2016-04-04/1", "Monday, 04 April 2016=2016-04-04..2016-04-04/1"},
		{"on Tuesday (November 3)", "on Tuesday (November 3)=2020-11-03..2020-11-03/1", "on Tuesday (November 3)=nil"},
		{"July 12 night", "July 12 night=2020-07-12..2020-07-13/1", "July 12 night=nil"},
		{"on the night of July 13", "on the night of July 13=2020-07-13..2020-07-14/1", "on the night of July 13=nil"},
		// weekdays: the latest such day on or before publication
		{"said on Monday", "on Monday=2020-11-02..2020-11-02/1", "on Monday=nil"},
		{"Monday", "Monday=2020-11-02..2020-11-02/1", "Monday=nil"},
		{"a phone call late Tuesday", "late Tuesday=2020-11-03..2020-11-03/1", "late Tuesday=nil"},
		{"early Sunday", "early Sunday=2020-11-01..2020-11-01/1", "early Sunday=nil"},
		{"Tuesday night", "Tuesday night=2020-11-03..2020-11-04/1", "Tuesday night=nil"},
		{"on Saturday", "on Saturday=2020-11-07..2020-11-07/1", "on Saturday=nil"},
		{"last Saturday", "last Saturday=2020-10-31..2020-10-31/1", "last Saturday=nil"},
		{"on Monday night", "on Monday night=2020-11-02..2020-11-03/1", "on Monday night=nil"},
		{"at 23:00 GMT Monday", "Monday=2020-11-02..2020-11-02/1", "Monday=nil"},
		// days relative to publication
		{"today", "today=2020-11-07..2020-11-07/1", "today=nil"},
		{"this morning", "this morning=2020-11-07..2020-11-07/1", "this morning=nil"},
		{"tonight", "tonight=2020-11-07..2020-11-07/1", "tonight=nil"},
		{"yesterday", "yesterday=2020-11-06..2020-11-06/1", "yesterday=nil"},
		{"the day before, troops", "the day before=2020-11-06..2020-11-06/1", "the day before=nil"},
		{"Earlier in the day", "Earlier in the day=2020-11-07..2020-11-07/1", "Earlier in the day=nil"},
		{"earlier today", "earlier today=2020-11-07..2020-11-07/1", "earlier today=nil"},
		{"fierce combat overnight", "overnight=2020-11-06..2020-11-07/1", "overnight=nil"},
		{"last night", "last night=2020-11-06..2020-11-07/1", "last night=nil"},
		{"overnight on April 25-26, a spokesman", "overnight on April 25-26=2020-04-25..2020-04-26/1", "overnight on April 25-26=nil"},
		{"shelling overnight on Tuesday", "overnight on Tuesday=2020-11-02..2020-11-03/1", "overnight on Tuesday=nil"},
		{"Sunday’s attack", "Sunday=2020-11-01..2020-11-01/1", "Sunday=nil"},
		{"the day before the vote", "", ""},
		// calendar periods
		{"over the weekend", "the weekend=2020-11-07..2020-11-08/1", "the weekend=nil"},
		{"last weekend", "last weekend=2020-10-31..2020-11-01/1", "last weekend=nil"},
		{"the last week of October", "October=2020-10-01..2020-10-31/3", "October=nil"},
		{"Last week", "Last week=2020-10-26..2020-11-01/2", "Last week=nil"},
		{"this week", "this week=2020-11-02..2020-11-08/2", "this week=nil"},
		{"last month", "last month=2020-10-01..2020-10-31/3", "last month=nil"},
		{"this month", "this month=2020-11-01..2020-11-30/3", "this month=nil"},
		{"last year", "last year=2019-01-01..2019-12-31/3", "last year=nil"},
		{"earlier this month", "earlier this month=2020-11-01..2020-11-07/2", "earlier this month=nil"},
		{"in mid-October", "in mid-October=2020-10-11..2020-10-20/2", "in mid-October=nil"},
		{"early October", "early October=2020-10-01..2020-10-10/2", "early October=nil"},
		{"late September", "late September=2020-09-21..2020-09-30/2", "late September=nil"},
		{"in October", "in October=2020-10-01..2020-10-31/3", "in October=nil"},
		{"in October 2020", "in October 2020=2020-10-01..2020-10-31/3", "in October 2020=2020-10-01..2020-10-31/3"},
		{"in April 2016", "in April 2016=2016-04-01..2016-04-30/3", "in April 2016=2016-04-01..2016-04-30/3"},
		{"the end of October", "the end of October=2020-10-21..2020-10-31/2", "the end of October=nil"},
		{"late last month", "late last month=2020-10-21..2020-10-31/2", "late last month=nil"},
		{"In the middle of last July", "In the middle of last July=2020-07-11..2020-07-20/2", "In the middle of last July=nil"},
		{"in 1992", "in 1992=1992-01-01..1992-12-31/3", "in 1992=1992-01-01..1992-12-31/3"},
		{"since 1994", "since 1994=1994-01-01..1994-12-31/3", "since 1994=1994-01-01..1994-12-31/3"},
		{"in 2020", "in 2020=2020-01-01..2020-12-31/3", "in 2020=2020-01-01..2020-12-31/3"},
		{"early 2020", "early 2020=2020-01-01..2020-04-30/3", "early 2020=2020-01-01..2020-04-30/3"},
		{"in the 1990s", "in the 1990s=1990-01-01..1999-12-31/3", "in the 1990s=1990-01-01..1999-12-31/3"},
		{"the 1990s", "the 1990s=1990-01-01..1999-12-31/3", "the 1990s=1990-01-01..1999-12-31/3"},
		{"here in the 1990's", "in the 1990's=1990-01-01..1999-12-31/3", "in the 1990's=1990-01-01..1999-12-31/3"},
		// durations that end at publication, or points before it
		{"in nearly six weeks of fighting", "in nearly six weeks=2020-09-26..2020-11-07/3", "in nearly six weeks=nil"},
		{"six weeks", "six weeks=2020-09-26..2020-11-07/3", "six weeks=nil"},
		{"for three days", "for three days=2020-11-04..2020-11-07/2", "for three days=nil"},
		{"around three decades", "around three decades=1990-11-07..2020-11-07/3", "around three decades=nil"},
		{"more than a week", "more than a week=2020-10-31..2020-11-07/2", "more than a week=nil"},
		{"in the past 24 hours", "in the past 24 hours=2020-11-06..2020-11-07/1", "in the past 24 hours=nil"},
		{"past 24 hours", "past 24 hours=2020-11-06..2020-11-07/1", "past 24 hours=nil"},
		{"48 hours", "48 hours=2020-11-05..2020-11-07/2", "48 hours=nil"},
		{"in recent days", "in recent days=2020-10-31..2020-11-07/2", "in recent days=nil"},
		{"three days ago", "three days ago=2020-11-04..2020-11-04/1", "three days ago=nil"},
		// since and ranges
		{"since September 27", "since September 27=2020-09-27..2020-09-27/1", "since September 27=nil"},
		{"from September 27 to October 10", "from September 27 to October 10=2020-09-27..2020-10-10/3", "from September 27 to October 10=nil"},
		{"between 1 and 3 October", "between 1 and 3 October=2020-10-01..2020-10-03/2", "between 1 and 3 October=nil"},
		{"September 27-28", "September 27-28=2020-09-27..2020-09-28/1", "September 27-28=nil"},
		{"Sept. 27 to 30, 2020", "Sept. 27 to 30, 2020=2020-09-27..2020-09-30/2", "Sept. 27 to 30, 2020=2020-09-27..2020-09-30/2"},
		{"between 1992 and 1994", "between 1992 and 1994=1992-01-01..1994-12-31/3", "between 1992 and 1994=1992-01-01..1994-12-31/3"},
		// not dates
		{"at 11:00 local time", "", ""},
		{"1,000 people", "", ""},
		{"May be the hardest", "", ""},
		{"they may leave", "", ""},
		{"the march on the capital", "", ""},
		{"the Sunday Times reported", "", ""},
		{"Sunday Times", "", ""},
		{"Bloody Sunday", "", ""},
		{"Cyber Monday sales", "", ""},
		{"a 2020 km road", "", ""},
		{"a total of 2000 soldiers", "", ""},
		{"a population of 2000 in the village", "", ""},
		{"Resolution 822 of 1993.", "1993=1993-01-01..1993-12-31/3", "1993=1993-01-01..1993-12-31/3"},
		{"on the third day", "", ""},
		{"the 24/7 news", "", ""},
		{"a 15-year-old boy", "", ""},
		{"two days later", "two days later=nil", "two days later=nil"}, // counts from a day not stated
		{"a day after clashes", "", ""},
		{"once a week", "", ""},
		{"every 12 hours", "", ""},
		{"sentenced to 15 years", "", ""},
		{"the 44-day war", "", ""},
		{"COVID-19 cases", "", ""},
		{"Mar 3.5 km", "", ""},
		{"February 30", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := show(tagText(tt.text, &pub)); got != tt.withPub {
				t.Errorf("published %s:\n got %s\nwant %s", pub.Format(time.DateOnly), got, tt.withPub)
			}
			if got := show(tagText(tt.text, nil)); got != tt.none {
				t.Errorf("no publication date:\n got %s\nwant %s", got, tt.none)
			}
		})
	}
}

// An expression that counts from the day the text stated before it
// resolves against that day; one that looks back with none stated counts
// from publication (pub is Saturday 7 November 2020).
func TestTagCountsFromStatedDay(t *testing.T) {
	checkRules(t, []ruleCase{
		{"same day", "Shells hit the town on October 3. The same day, a drone struck a bridge.",
			"on October 3=2020-10-03..2020-10-03/1; The same day=2020-10-03..2020-10-03/1"},
		{"that night", "Troops entered the village on Monday. Fighting went on that night.",
			"on Monday=2020-11-02..2020-11-02/1; on that night=2020-11-02..2020-11-02/1"},
		{"later that day", "Police arrested him on 12 March. Later that day, protesters gathered.",
			"on 12 March=2020-03-12..2020-03-12/1; Later that day=2020-03-12..2020-03-12/1"},
		{"the next morning", "Rebels seized the post on 1 June. The next morning the army shelled it.",
			"on 1 June=2020-06-01..2020-06-01/1; The next morning=2020-06-02..2020-06-02/1"},
		{"the following day", "Clashes broke out on Friday, and the following day the town fell.",
			"on Friday=2020-11-06..2020-11-06/1; the following day=2020-11-07..2020-11-07/1"},
		{"the previous evening", "A market burned on 9 May. Gunmen had raided it the previous evening.",
			"on 9 May=2020-05-09..2020-05-09/1; the previous evening=2020-05-08..2020-05-08/1"},
		{"the day before", "On 20 April a drone hit Kunduz. The day before, a bomb killed two.",
			"On 20 April=2020-04-20..2020-04-20/1; The day before=2020-04-19..2020-04-19/1"},
		{"days later", "The siege began on 2 August. Two days later, the city fell.",
			"on 2 August=2020-08-02..2020-08-02/1; Two days later=2020-08-04..2020-08-04/1"},
		{"a day earlier", "Gunmen attacked the base on 5 July; a day earlier they had ambushed a convoy.",
			"on 5 July=2020-07-05..2020-07-05/1; a day earlier=2020-07-04..2020-07-04/1"},
		{"hours later", "A car bomb exploded on 8 September. A few hours later, a second blast hit.",
			"on 8 September=2020-09-08..2020-09-08/1; A few hours later=2020-09-08..2020-09-08/1"},
		{"a week later", "Talks failed on 1 October. A week later the offensive resumed.",
			"on 1 October=2020-10-01..2020-10-01/1; A week later=2020-10-08..2020-10-08/1"},
		{"chained", "The strike came on 3 May. Two days later troops moved in, and the next day they left.",
			"on 3 May=2020-05-03..2020-05-03/1; Two days later=2020-05-05..2020-05-05/1; the next day=2020-05-06..2020-05-06/1"},
		{"out of reach", "Talks began on 1 October. One. Two. Three. The next day a truce was agreed.",
			"on 1 October=2020-10-01..2020-10-01/1; The next day=nil"},
		{"looks back from publication", "The day before, a bomb killed two.", "The day before=2020-11-06..2020-11-06/1"},
		{"counts from an event", "A truce was declared two days after the clashes on 3 May.", "on 3 May=2020-05-03..2020-05-03/1"},
		{"not a day", "Officials said that nightly curfews would stay.", ""},
	})
}

// A date without a year takes the year of the full date stated before it
// in the same sentence, and else the publication's (pub is in 2020).
func TestTagYearOfTheSentence(t *testing.T) {
	checkRules(t, []ruleCase{
		{"a range after a full date", "Around 4 June 2022 (between 1-7 June), gunmen raided the town.",
			"4 June 2022=2022-06-04..2022-06-04/1; between 1-7 June=2022-06-01..2022-06-07/2"},
		{"a day after a full date", "Talks on 3 March 2019 failed, and on 5 March fighting resumed.",
			"on 3 March 2019=2019-03-03..2019-03-03/1; on 5 March=2019-03-05..2019-03-05/1"},
		{"not in the next sentence", "Talks on 3 March 2019 failed. On 5 March fighting resumed.",
			"on 3 March 2019=2019-03-03..2019-03-03/1; On 5 March=2020-03-05..2020-03-05/1"},
		{"a bare year does not set it", "Since 2016, on 5 March each year, veterans march.",
			"Since 2016=2016-01-01..2016-12-31/3; on 5 March=2020-03-05..2020-03-05/1"},
	})
}

// ruleCase is a text that a rule of the tagger reads, and what Tag finds in
// it with the publication date pub, as show writes it.
type ruleCase struct{ rule, text, want string }

// checkRules tags each case's text and compares what Tag finds.
func checkRules(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.rule, func(t *testing.T) {
			if got := show(tagText(c.text, &pub)); got != c.want {
				t.Errorf("%q:\n got %s\nwant %s", c.text, got, c.want)
			}
		})
	}
}

// A date without a year is never more than about two months after
// publication: in January, "December 28" is last year's.
func TestTagYearOfDateWithoutYear(t *testing.T) {
	tests := []struct {
		pub  time.Time
		text string
		want string
	}{
		{date(2021, 1, 10), "December 28", "December 28=2020-12-28..2020-12-28/1"},
		{date(2021, 1, 10), "in December", "in December=2020-12-01..2020-12-31/3"},
		{date(2020, 11, 7), "December 28", "December 28=2020-12-28..2020-12-28/1"},
		{date(2020, 11, 7), "January 15", "January 15=2020-01-15..2020-01-15/1"},
		{date(2020, 3, 1), "February 29", "February 29=2020-02-29..2020-02-29/1"},
	}
	for _, tt := range tests {
		if got := show(tagText(tt.text, &tt.pub)); got != tt.want {
			t.Errorf("Tag(%q) published %s = %s, want %s", tt.text, tt.pub.Format(time.DateOnly), got, tt.want)
		}
	}
}

// Without a publication date, a date without a year takes the year of the
// first full date the text states, such as its dateline.
func TestTagYearFromStatedDate(t *testing.T) {
	tests := []struct{ text, want string }{
		{"March 3, 2019 - 08:15 GMT. Clashes overnight. On March 2, shelling.",
			"March 3, 2019=2019-03-03..2019-03-03/1; overnight=nil; On March 2=2019-03-02..2019-03-02/1"},
		{"13 May, 2021 17:35. Since May 12, Monday.",
			"13 May, 2021=2021-05-13..2021-05-13/1; Since May 12=2021-05-12..2021-05-12/1; Monday=nil"},
		{"In January 2021 ... on December 28 and in 1994.",
			"In January 2021=2021-01-01..2021-01-31/3; on December 28=nil; in 1994=1994-01-01..1994-12-31/3"},
	}
	for _, tt := range tests {
		if got := show(tagText(tt.text, nil)); got != tt.want {
			t.Errorf("Tag(%q):\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}

// Offsets count runes, not bytes, and expressions come in text order.
func TestTagOffsets(t *testing.T) {
	text := "Ереван — «7 November», and on Monday"
	got := tagText(text, &pub)
	if len(got) != 2 {
		t.Fatalf("Tag(%q) = %s, want 2 expressions", text, show(got))
	}
	runes := []rune(text)
	for i, want := range []struct {
		text       string
		start, end int
	}{{"7 November", 10, 20}, {"on Monday", 27, 36}} {
		e := got[i]
		if e.Text != want.text || e.Start != want.start || e.End != want.end || string(runes[e.Start:e.End]) != e.Text {
			t.Errorf("expression %d = %q [%d:%d], want %q [%d:%d]", i, e.Text, e.Start, e.End, want.text, want.start, want.end)
		}
	}
}

// A publication time that is not midnight UTC still counts by its own
// calendar day.
func TestTagPublicationDay(t *testing.T) {
	at := time.Date(2020, 11, 7, 23, 30, 0, 0, time.FixedZone("AMT", 4*3600))
	if got, want := show(tagText("yesterday", &at)), "yesterday=2020-11-06..2020-11-06/1"; got != want {
		t.Errorf("Tag(yesterday) published %v = %s, want %s", at, got, want)
	}
}

// Counting from a publication day at either end of the years a date can
// be written in never leaves them: a window that would is cut to them, or,
// when wholly outside, left unresolved. "This week" of 3 January of year 1
// begins on Monday 1 January.
func TestTagKeepsWindowsWithinTheYears1To9999(t *testing.T) {
	first, last := date(1, 1, 3), date(9999, 12, 29)
	tests := []struct {
		pub  time.Time
		text string
		want string
	}{
		{first, "last week", "last week=nil"},
		{first, "this week", "this week=0001-01-01..0001-01-07/2"},
		{first, "yesterday", "yesterday=0001-01-02..0001-01-02/1"},
		{first, "five days ago", "five days ago=nil"},
		{first, "in the past week", "in the past week=0001-01-01..0001-01-03/2"},
		{first, "December 28", "December 28=nil"},
		{first, "last month", "last month=nil"},
		{first, "a century ago", "a century ago=nil"},
		{last, "next week", "next week=nil"},
		{last, "this week", "this week=9999-12-27..9999-12-31/2"},
		{last, "this month", "this month=9999-12-01..9999-12-31/3"},
		{last, "next year", "next year=nil"},
		{last, "January 5", "January 5=9999-01-05..9999-01-05/1"},
		{last, "on Friday night", "on Friday night=9999-12-24..9999-12-25/1"},
	}
	for _, tt := range tests {
		if got := show(tagText(tt.text, &tt.pub)); got != tt.want {
			t.Errorf("Tag(%q) published %s = %s, want %s", tt.text, tt.pub.Format(time.DateOnly), got, tt.want)
		}
	}
}

// tagText reads s and tags it.
func tagText(s string, published *time.Time) []Expression {
	doc := text.Read(s)
	defer doc.Release()
	return Tag(doc, published)
}
