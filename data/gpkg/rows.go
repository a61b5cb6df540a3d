package gpkg

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/paulmach/orb"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
)

// The values of a row are those the GeoJSON layers write, property for
// property (see geojson.EncodeEvents for their meanings), in the order of
// the columns in tables.

// eventValues are the values of eventColumns for ev.
func eventValues(ev *event.Event) []any {
	var day, start, end, precision any // null for an undated event
	if w := ev.Window; w != nil {
		if w.Start.Equal(w.End) {
			day = dayOf(&w.Start)
		}
		start, end, precision = dayOf(&w.Start), dayOf(&w.End), int(w.Precision)
	}
	var place, placeID, country, admin1, kind, geoPrecision any
	if p := ev.Place; p != nil {
		place, placeID, country, admin1 = p.Name, p.ID, orNull(p.Country), orNull(p.Admin1)
		kind, geoPrecision = p.Kind.String(), event.GeoPrecision(p.Kind)
	}
	var dateOffset any
	if d := ev.DateText; d != nil {
		dateOffset = spanJSON(*d)
	}
	acled := ev.ACLEDType()
	return []any{ev.ID, ev.Source, dayOf(ev.DocDate), day, start, end, precision,
		ev.Type.String(), acled.EventType, acled.SubEventType,
		place, placeID, country, admin1, geoPrecision,
		listJSON(ev.Actors), listJSON(ev.ClaimedBy), listJSON(ev.DeniedBy), count(ev.Fatalities), count(ev.Injured),
		ev.Sentence, spanJSON(ev.Offset), kind, spanJSON(ev.PlaceText), dateOffset}
}

// reviewValues are the values of reviewColumns for ev.
func reviewValues(ev *event.Event) []any {
	var verified any
	if v := ev.Review.Verified(); v != nil {
		verified = *v
	}
	return []any{ev.Edited, verified, orNull(ev.Note)}
}

// mention is a place's mention as the GeoJSON places layer writes it.
type mention struct {
	Text       string  `json:"text"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Confidence float64 `json:"confidence"`
	InName     bool    `json:"in_name,omitempty"`
}

// placeValues are the values of the places table's columns for pm.
func placeValues(pm event.PlaceMentions) []any {
	p := pm.Place
	most := 0.0
	mentions := make([]mention, len(pm.Mentions))
	for i, m := range pm.Mentions {
		most = max(most, m.Confidence)
		mentions[i] = mention{m.Text, m.Start, m.End, confidence(m.Confidence), m.InName}
	}
	return []any{pm.Source, p.Name, p.ID, orNull(p.Country), orNull(p.Admin1),
		p.Kind.String(), confidence(most), jsonText(mentions)}
}

// WriteArticle writes a row of articles for a, read from path.
func (w *Tables) WriteArticle(path string, a article.Article) error {
	sum := sha256.Sum256([]byte(a.Text))
	w.exec("articles", a.Name, path, hex.EncodeToString(sum[:]), dayOf(a.Published), a.Text, a.BodyOffset)
	return w.err
}

// confidence rounds a confidence in [0, 1] to three decimals, as the
// GeoJSON layer does: the geocoder's scores mean no more.
func confidence(c float64) float64 { return math.Round(min(max(c, 0), 1)*1000) / 1000 }

// checkPoint refuses a point that is not a longitude and a latitude, which
// no reader could place and the R-tree would misplace.
func checkPoint(p orb.Point) error {
	if !(p[0] >= -180 && p[0] <= 180 && p[1] >= -90 && p[1] <= 90) {
		return fmt.Errorf("point %v is not a longitude and a latitude", p)
	}
	return nil
}

func dayOf(t *time.Time) any {
	if t == nil {
		return nil
	}
	return t.Format(time.DateOnly)
}

func count(n *int) any {
	if n == nil {
		return nil
	}
	return *n
}

func orNull(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// listJSON is a list as the GeoJSON layer writes it: [] when empty.
func listJSON(ss []string) string {
	if ss == nil {
		ss = []string{}
	}
	return jsonText(ss)
}

// jsonText is v as JSON, with & < > as themselves, as the GeoJSON layer
// writes them, rather than escaped for HTML.
func jsonText(v any) string {
	var b strings.Builder
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	e.Encode(v) // of strings, numbers and booleans: cannot fail
	return strings.TrimSuffix(b.String(), "\n")
}

func spanJSON(s text.Span) string { return fmt.Sprintf("[%d,%d]", s.Start, s.End) }
