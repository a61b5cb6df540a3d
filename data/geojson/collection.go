package geojson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// A file is read in two steps: the collection into its features, each
// member kept as the JSON it was written as, then each feature by the
// reader of its layer. Kept raw, a position that is missing or too short
// can be told from [0, 0], which decoding it into numbers would make of it.

// rawFeature is a GeoJSON Feature with its members not yet decoded.
type rawFeature struct {
	ID         json.RawMessage `json:"id"`
	Geometry   json.RawMessage `json:"geometry"`
	Properties json.RawMessage `json:"properties"`
}

// utf8BOM is the byte-order mark some Windows tools open UTF-8 files with.
// JSON has no place for it, but RFC 8259 lets a reader skip it.
var utf8BOM = []byte("\ufeff")

// readCollection reads the features of a GeoJSON FeatureCollection.
func readCollection(b []byte) ([]rawFeature, error) {
	var fc struct {
		Type     string             `json:"type"`
		Features *[]json.RawMessage `json:"features"` // nil when missing, as in a misspelt "featrues"
	}
	b = bytes.TrimPrefix(b, utf8BOM)
	if err := json.Unmarshal(b, &fc); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			line := 1 + bytes.Count(b[:min(se.Offset, int64(len(b)))], []byte("\n"))
			return nil, fmt.Errorf("not a GeoJSON FeatureCollection: %w (line %d)", err, line)
		}
		return nil, fmt.Errorf("not a GeoJSON FeatureCollection: %w", typeError("the collection", err))
	}
	if fc.Type != "FeatureCollection" {
		return nil, fmt.Errorf("not a GeoJSON FeatureCollection (type %s)", shortened(fc.Type))
	}
	if fc.Features == nil {
		return nil, errors.New(`not a GeoJSON FeatureCollection: no "features" array`)
	}
	features := make([]rawFeature, len(*fc.Features))
	for i, raw := range *fc.Features {
		if err := json.Unmarshal(raw, &features[i]); err != nil {
			return nil, fmt.Errorf("feature %d: %s is not a GeoJSON Feature object", i+1, shown(raw))
		}
	}
	return features, nil
}

// errorAt names feature i (from 0) in err: by its number from 1, and by
// its id when it has one, so that the user can find it in the file.
func (f rawFeature) errorAt(i int, err error) error {
	if id := f.id(); id != "" {
		return fmt.Errorf("feature %d (id %s): %w", i+1, id, err)
	}
	return fmt.Errorf("feature %d: %w", i+1, err)
}

// id is the feature's id as written, shortened: the Feature's own id
// member, or else the id property of the layer's kind (see foreignEvent).
// It is looked up only for an error, so the properties are decoded again.
func (f rawFeature) id() string {
	if !isNull(f.ID) && string(f.ID) != `""` {
		return shown(f.ID)
	}
	p, err := decodeProps(f.Properties)
	if err != nil {
		return ""
	}
	if v, _ := p.get(idKeys...); asText(v, "") != "" {
		return shortened(v)
	}
	return ""
}

func isNull(raw json.RawMessage) bool {
	return len(raw) == 0 || string(bytes.TrimSpace(raw)) == "null"
}

// maxShown is how much of a value an error shows: enough to find it in
// the file, not so much that a huge one floods the message.
const maxShown = 60

// shortened is a value as JSON writes it, cut at maxShown bytes.
func shortened(v any) string {
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	if e.Encode(v) != nil {
		return fmt.Sprint(v)
	}
	return shown(b.Bytes())
}

// shown is JSON as written, compacted and cut at maxShown bytes.
func shown(raw []byte) string {
	var b bytes.Buffer
	if json.Compact(&b, raw) != nil {
		b.Reset()
		b.Write(raw)
	}
	s := b.String()
	if len(s) <= maxShown {
		return s
	}
	cut := maxShown
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strings.TrimSpace(s[:cut]) + "…"
}
