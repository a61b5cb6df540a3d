package geojson

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/chronomap/chronomap/data/attrs"
	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
)

// diffEvents tells how got differs from want, field by field, naming each
// event and report by its position and ID; "" when they do not.
func diffEvents(got, want []event.Event) string {
	var b strings.Builder
	diffList(&b, "event", got, want)
	return b.String()
}

func diffList(b *strings.Builder, what string, got, want []event.Event) {
	if len(got) != len(want) {
		// Compared in order, every event after the first missing one
		// would differ: name those missing or added instead.
		fmt.Fprintf(b, "%ss: %d, want %d; missing %v, added %v\n", what, len(got), len(want), idsLacking(want, got), idsLacking(got, want))
		return
	}
	for i := range want {
		name := fmt.Sprintf("%s %d (%s)", what, i+1, want[i].ID)
		g, w := layerFields(&got[i]), layerFields(&want[i])
		for k := range w {
			if g[k] != w[k] {
				fmt.Fprintf(b, "%s %s:\n   got %s\n  want %s\n", name, w[k].name, g[k].value, w[k].value)
			}
		}
		diffList(b, name+" report", got[i].Reports, want[i].Reports)
	}
}

// idsLacking are the IDs of the events of a that b lacks.
func idsLacking(a, b []event.Event) []string {
	var ids []string
	for _, e := range a {
		if !slices.ContainsFunc(b, func(o event.Event) bool { return o.ID == e.ID }) {
			ids = append(ids, e.ID)
		}
	}
	return ids
}

type field struct{ name, value string }

// layerFields are the fields of ev that the events layer holds, as text.
// It holds no place's other names, feature code or population, nor the
// other places a name may mean; a point to 6 decimals.
func layerFields(ev *event.Event) []field {
	p := ev.Place
	return []field{
		{"id", ev.ID},
		{"source", ev.Source},
		{"doc_date", dayText(ev.DocDate)},
		{"window", windowText(ev.Window)},
		{"type", ev.Type.String()},
		{"acled", fmt.Sprintf("%d %v", ev.ACLED, ev.ACLEDType())},
		{"place", fmt.Sprintf("%s %q %v %q %q [%v %v]", p.ID, p.Name, p.Kind, p.Country, p.Admin1, attrs.RoundCoordinate(p.Point[0]), attrs.RoundCoordinate(p.Point[1]))},
		{"place_offset", fmt.Sprint(ev.PlaceText)},
		{"date_offset", spanText(ev.DateText)},
		{"actors", fmt.Sprintf("%q", ev.Actors)},
		{"claimed_by", fmt.Sprintf("%q", ev.ClaimedBy)},
		{"denied_by", fmt.Sprintf("%q", ev.DeniedBy)},
		{"fatalities", countText(ev.Fatalities)},
		{"injured", countText(ev.Injured)},
		{"sentence", ev.Sentence},
		{"offset", fmt.Sprint(ev.Offset)},
		{"reports", fmt.Sprint(len(ev.Reports))},
	}
}

func dayText(t *time.Time) string {
	if t == nil {
		return "null"
	}
	return t.Format(time.DateOnly)
}

func windowText(w *dates.Window) string {
	if w == nil {
		return "undated"
	}
	return fmt.Sprintf("%s to %s, precision %d", dayText(&w.Start), dayText(&w.End), w.Precision)
}

func spanText(s *text.Span) string {
	if s == nil {
		return "null"
	}
	return fmt.Sprint(*s)
}

func countText(n *int) string {
	if n == nil {
		return "null"
	}
	return fmt.Sprint(*n)
}
