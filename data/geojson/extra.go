package geojson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/chronomap/chronomap/data/attrs"
	"github.com/chronomap/chronomap/data/event"
)

// extraObject is an event's Extra as the layer writes it: a JSON object
// of strings, its members in the order of the attributes.
type extraObject []event.Attribute

// appendJSON appends x as a JSON object.
func (x extraObject) appendJSON(b []byte) []byte {
	b = append(b, '{')
	for i, a := range x {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, a.Name)
		b = appendJSONString(append(b, ':'), a.Value)
	}
	return append(b, '}')
}

// MarshalJSON writes x as appendJSON does, for encoding/json.
func (x extraObject) MarshalJSON() ([]byte, error) { return x.appendJSON(nil), nil }

// UnmarshalJSON reads an object of strings in the order written; null is
// none.
func (x *extraObject) UnmarshalJSON(b []byte) error {
	*x = nil
	if isNull(b) {
		return nil
	}
	d := json.NewDecoder(bytes.NewReader(b))
	if t, err := d.Token(); err != nil || t != json.Delim('{') {
		return fmt.Errorf("extra %s is not an object of strings", shown(b))
	}
	for d.More() {
		name, _ := d.Token() // an object's keys are strings
		var value any
		if err := d.Decode(&value); err != nil {
			return err
		}
		s, ok := value.(string)
		if !ok {
			return fmt.Errorf("extra's %s is %s, not a string", attrs.Shortened(name), attrs.Shortened(value))
		}
		*x = append(*x, event.Attribute{Name: name.(string), Value: s})
	}
	if _, err := d.Token(); err != nil {
		return errors.New("extra is not a whole object")
	}
	return nil
}
