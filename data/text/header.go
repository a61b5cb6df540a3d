package text

import (
	"strings"
	"time"
)

// An article may open with a header line that gives its publication date,
// " date 2020-11-07", the text going on after it on the same line or on the
// next. The article reader strips it; the geocoder, given a text that still
// has it, reads a dateline after it as it would at the start of a line.

// Header is what ParseHeader found at the start of a text.
type Header struct {
	Present bool       // the text opens with a date header
	Value   string     // the date as written
	Date    *time.Time // the day at midnight UTC, nil if Value names no day
	Size    int        // bytes of the header, the blanks and the line end after it included
}

// ParseHeader reads a leading " date YYYY-MM-DD" (the word in any case,
// the leading blanks optional) followed by blanks and at most one line end.
// A value shaped like a date ("2020-13-45") makes a header even when the day
// does not exist; anything else ("date of the attack") is text.
func ParseHeader(s string) Header {
	value, size := scanHeader(s)
	if size == 0 {
		return Header{}
	}
	return Header{Present: true, Value: value, Date: parseDay(value), Size: size}
}

// IsDateHeader says whether s is a date header and nothing else.
func IsDateHeader(s string) bool {
	_, size := scanHeader(s)
	return size > 0 && size == len(s)
}

// scanHeader returns the date of a header at the start of s as written,
// and the header's size in bytes, 0 if there is none.
func scanHeader(s string) (value string, size int) {
	i := skipBlanks(s, 0)
	if len(s) < i+4 || !strings.EqualFold(s[i:i+4], "date") {
		return "", 0
	}
	i += len("date")
	j := skipBlanks(s, i)
	if j == i {
		return "", 0
	}
	k := j
	for k < len(s) && (isDigit(s[k]) || s[k] == '-') {
		k++
	}
	value = s[j:k]
	if !dateShaped(value) || (k < len(s) && !isBlank(s[k]) && s[k] != '\n' && s[k] != '\r') {
		return "", 0
	}
	k = skipBlanks(s, k)
	switch {
	case strings.HasPrefix(s[k:], "\r\n"):
		k += 2
	case k < len(s) && (s[k] == '\n' || s[k] == '\r'):
		k++
	}
	return value, k
}

// ParseDay is the day s names as a header's date is written, YYYY-MM-DD
// (the month and the day of one or two digits), or nil if s is not so
// written or there is no such day between the years 1 and 9999.
func ParseDay(s string) *time.Time {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) && s[i] != '-' {
			return nil
		}
	}
	if !dateShaped(s) {
		return nil
	}
	return parseDay(s)
}

// parseDay returns the day a dateShaped value names, or nil if there is no
// such day, or none between the years 1 and 9999, which every date format
// Chronomap writes can hold.
func parseDay(s string) *time.Time {
	var n [3]int
	f := 0
	for i := 0; i < len(s); i++ {
		if s[i] == '-' {
			f++
			continue
		}
		n[f] = n[f]*10 + int(s[i]-'0')
	}
	if n[0] < 1 {
		return nil
	}
	t := time.Date(n[0], time.Month(n[1]), n[2], 0, 0, 0, 0, time.UTC)
	if t.Year() != n[0] || int(t.Month()) != n[1] || t.Day() != n[2] {
		return nil // time.Date normalised an impossible month or day
	}
	return &t
}

// dateShaped reports whether s is four digits, a hyphen, one or two digits,
// a hyphen and one or two digits.
func dateShaped(s string) bool {
	var parts [3]int
	n := 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '-':
			n++
			if n > 2 {
				return false
			}
		default:
			parts[n]++
		}
	}
	return n == 2 && parts[0] == 4 && parts[1] >= 1 && parts[1] <= 2 && parts[2] >= 1 && parts[2] <= 2
}

func skipBlanks(s string, i int) int {
	for i < len(s) && isBlank(s[i]) {
		i++
	}
	return i
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }
