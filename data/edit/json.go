package edit

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/geo"
)

// The JSON of an edit is what a workspace stores: readable in any SQLite
// browser, and holding a place whole (not only its ID), so that an edit
// still means the same place when the gazetteer changes.

type editJSON struct {
	Kind    Kind       `json:"kind"`
	Event   string     `json:"event"`
	Reports []string   `json:"reports,omitempty"`
	Who     string     `json:"who"`
	At      time.Time  `json:"at"`
	Before  *valueJSON `json:"before,omitempty"`
	After   *valueJSON `json:"after,omitempty"`
}

type valueJSON struct {
	Place  *placeJSON  `json:"place,omitempty"`
	Window *windowJSON `json:"window,omitempty"`
	Type   string      `json:"type,omitempty"`
	Review string      `json:"review,omitempty"`
	Note   string      `json:"note,omitempty"`
}

type placeJSON struct {
	ID      string  `json:"id"`
	Name    string  `json:"name"`
	Kind    string  `json:"kind"`
	Country string  `json:"country,omitempty"`
	Admin1  string  `json:"admin1,omitempty"`
	Lon     float64 `json:"lon"`
	Lat     float64 `json:"lat"`
}

type windowJSON struct {
	Start     string `json:"start"`
	End       string `json:"end"`
	Precision int    `json:"precision"`
}

const day = "2006-01-02"

// MarshalJSON writes the fields of e's kind only.
func (e Edit) MarshalJSON() ([]byte, error) {
	j := editJSON{Kind: e.Kind, Event: e.Event, Reports: e.Reports, Who: e.Who, At: e.At.UTC()}
	if e.Kind != Merge && e.Kind != Split {
		j.Before, j.After = e.Before.toJSON(e.Kind), e.After.toJSON(e.Kind)
	}
	return json.Marshal(j)
}

func (v Value) toJSON(kind Kind) *valueJSON {
	j := &valueJSON{}
	switch kind {
	case Move:
		if p := v.Place; p != nil {
			j.Place = &placeJSON{ID: p.ID, Name: p.Name, Kind: p.Kind.String(), Country: p.Country, Admin1: p.Admin1,
				Lon: p.Point[0], Lat: p.Point[1]}
		}
	case Redate:
		if w := v.Window; w != nil {
			j.Window = &windowJSON{w.Start.Format(day), w.End.Format(day), int(w.Precision)}
		}
	case Retype:
		j.Type = v.Type.String()
	case Review:
		j.Review = v.Review.String()
	case Annotate:
		j.Note = v.Note
	}
	return j
}

// UnmarshalJSON reads what MarshalJSON writes, refusing a kind, type,
// place kind or date it does not know.
func (e *Edit) UnmarshalJSON(b []byte) error {
	var j editJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	switch j.Kind {
	case Move, Redate, Retype, Review, Annotate, Merge, Split:
	default:
		return fmt.Errorf("unknown kind of edit %q", j.Kind)
	}
	*e = Edit{Kind: j.Kind, Event: j.Event, Reports: j.Reports, Who: j.Who, At: j.At}
	var err error
	if e.Before, err = j.Before.value(j.Kind); err == nil {
		e.After, err = j.After.value(j.Kind)
	}
	return err
}

func (j *valueJSON) value(kind Kind) (Value, error) {
	var v Value
	if j == nil {
		return v, nil
	}
	switch kind {
	case Move:
		if p := j.Place; p != nil {
			k, ok := geo.ParseKind(p.Kind)
			if !ok {
				return v, fmt.Errorf("unknown kind of place %q", p.Kind)
			}
			v.Place = &geo.Place{ID: p.ID, Name: p.Name, Kind: k, Country: p.Country, Admin1: p.Admin1, Point: orb.Point{p.Lon, p.Lat}}
		}
	case Redate:
		if w := j.Window; w != nil {
			start, err := time.Parse(day, w.Start)
			if err != nil {
				return v, err
			}
			end, err := time.Parse(day, w.End)
			if err != nil {
				return v, err
			}
			v.Window = &dates.Window{Start: start, End: end, Precision: dates.Precision(w.Precision)}
		}
	case Retype:
		t, ok := event.ParseType(j.Type)
		if !ok {
			return v, fmt.Errorf("unknown type of event %q", j.Type)
		}
		v.Type = t
	case Review:
		r, ok := event.ParseReview(j.Review)
		if !ok {
			return v, fmt.Errorf("unknown review %q", j.Review)
		}
		v.Review = r
	case Annotate:
		v.Note = j.Note
	}
	return v, nil
}
