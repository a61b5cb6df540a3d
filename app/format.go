package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// dayLayout writes a day the way English news does: "7 Nov 2020".
const dayLayout = "2 Jan 2006"

// none stands for an empty field, so that a blank is never mistaken for a
// value that failed to load.
const none = "—"

// windowText writes a date window as briefly as it reads unambiguously:
// "7 Nov 2020", "6–7 Nov 2020", "28 Oct – 3 Nov 2020".
func windowText(w *dates.Window) string {
	if w == nil {
		return "undated"
	}
	s, e := w.Start, w.End
	switch {
	case s.Equal(e):
		return s.Format(dayLayout)
	case s.Year() == e.Year() && s.Month() == e.Month():
		return strconv.Itoa(s.Day()) + "–" + e.Format(dayLayout)
	case s.Year() == e.Year():
		return s.Format("2 Jan") + " – " + e.Format(dayLayout)
	}
	return s.Format(dayLayout) + " – " + e.Format(dayLayout)
}

// precisionText says how far a window can be trusted.
func precisionText(p dates.Precision) string {
	switch p {
	case dates.Day:
		return "to the day"
	case dates.Week:
		return "to the week"
	case dates.Month:
		return "to the month"
	}
	return "imprecise"
}

// dateText is the date window with its precision, for the details panel.
func dateText(w *dates.Window) string {
	if w == nil {
		return "undated"
	}
	return windowText(w) + " (" + precisionText(w.Precision) + ")"
}

// thousands writes a count with its thousands apart, as English does:
// "10,000".
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// capitalized is s with its first letter, an ASCII one, in upper case.
func capitalized(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// placeName is the name a list row shows for where an event happened.
func placeName(p *geo.Place) string {
	if p == nil {
		return "unknown place"
	}
	return p.Name
}

// placeText adds to the name what kind of place it is and its first-level
// division, which tells apart the many places of one name: "Shushi (city,
// Shusha)".
func placeText(p *geo.Place) string {
	if p == nil {
		return "unknown place"
	}
	return p.Name + " (" + placeQualifiers(p) + ")"
}

// eventPlaceText is placeText with the place named as the articles name
// it, and the gazetteer's name among what the gazetteer adds: "Stepanakert
// (Xankandi; city, Khankendi)".
func eventPlaceText(e event.Event) string { return placeTextAs(e.Place, articleOwnName(e)) }

// placeTextAs is placeText with the place named said, and the gazetteer's
// name among what the gazetteer adds, when said is another of its names:
// "Stepanakert (Xankandi; city, Khankendi)".
func placeTextAs(p *geo.Place, said string) string {
	if said == "" || said == p.Name {
		return placeText(p)
	}
	return said + " (" + p.Name + "; " + placeQualifiers(p) + ")"
}

// placeQualifiers are what kind of place p is and its first-level
// division: "city, Shusha".
func placeQualifiers(p *geo.Place) string {
	qualifiers := []string{p.Kind.String()}
	if p.Admin1 != "" && p.Admin1 != p.Name {
		qualifiers = append(qualifiers, p.Admin1)
	}
	return strings.Join(qualifiers, ", ")
}

// otherPlacesText lists the other places an event's place name may mean,
// one a line, each with its country, so that a doubtful reading shows.
func otherPlacesText(ps []*geo.Place, countries func(cc string) *geo.Place) string {
	if len(ps) == 0 {
		return none
	}
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = candidateText(p, "", countries)
	}
	return strings.Join(lines, "\n")
}

// candidateText is a place an event may be at, as the details and the
// place dialog list them: its name (named said, see placeTextAs), kind,
// division and country.
func candidateText(p *geo.Place, said string, countries func(cc string) *geo.Place) string {
	if p.Country != "" && p.Kind != geo.Country {
		return placeTextAs(p, said) + ", " + countryText(p, countries)
	}
	return placeTextAs(p, said)
}

// countryText names the country a place is in: by name when countries
// (which may be nil) knows its code, else by the code alone.
func countryText(p *geo.Place, countries func(cc string) *geo.Place) string {
	if p == nil || p.Country == "" {
		return none
	}
	if countries != nil {
		if c := countries(p.Country); c != nil {
			return c.Name + " (" + p.Country + ")"
		}
	}
	return p.Country
}

// namesText lists actors or claimants.
func namesText(names []string) string {
	if len(names) == 0 {
		return none
	}
	return strings.Join(names, ", ")
}

// countText writes a number of people, distinguishing "not stated" from 0.
func countText(n *int) string {
	if n == nil {
		return "not stated"
	}
	return strconv.Itoa(*n)
}

// sourceText names the article and when it was published.
func sourceText(e event.Event) string {
	if e.DocDate == nil {
		return e.Source + " (undated)"
	}
	return fmt.Sprintf("%s (published %s)", e.Source, e.DocDate.Format(dayLayout))
}

// homeShortened is path with the home folder written ~, as a shell
// writes it: "~/news".
func homeShortened(path string) string {
	home, err := os.UserHomeDir()
	if err != nil || home == "" {
		return path
	}
	switch rel, err := filepath.Rel(home, path); {
	case err != nil || !filepath.IsLocal(rel):
		return path
	case rel == ".":
		return "~"
	default:
		return filepath.Join("~", rel)
	}
}
