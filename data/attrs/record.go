package attrs

import (
	"encoding/json"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/chronomap/chronomap/data/event"
)

// Record is one record's values of its Names: a string, a number
// (json.Number), a bool, a list ([]any) or an object; nil where it has
// none (a JSON null, an empty CSV cell). It remembers which it was asked
// for, so that the others can be kept (see Unread).
type Record struct {
	names  *Names
	values []any
	read   []bool
}

// NewRecord is the record of values, one for each of names.
func NewRecord(names *Names, values []any) *Record {
	return &Record{names: names, values: values, read: make([]bool, len(values))}
}

// FromMap is the record of a GeoJSON feature's properties, its names in
// byte order.
func FromMap(values map[string]any) *Record {
	list := slices.Sorted(maps.Keys(values))
	v := make([]any, len(list))
	for i, name := range list {
		v[i] = values[name]
	}
	return NewRecord(NewNames(list), v)
}

// Get is the value of the first of keys that the record has, and the
// name it has it under. Of names that differ in case only, the one written
// as asked wins, else the first in byte order. The value counts as read.
func (r *Record) Get(keys ...string) (any, string) {
	i := r.lookup(keys...)
	if i < 0 {
		return nil, ""
	}
	r.read[i] = true
	return r.values[i], r.names.list[i]
}

// lookup is the index of the value Get would return, -1 for none; it does
// not count as read.
func (r *Record) lookup(keys ...string) int {
	for _, k := range keys {
		for _, i := range r.names.candidates(k) {
			if r.values[i] != nil {
				return i
			}
		}
	}
	return -1
}

// markRead counts the value at i, if any, as read.
func (r *Record) markRead(i int) {
	if i >= 0 {
		r.read[i] = true
	}
}

// Text is the first of keys that holds a string or a number, as text,
// without the spaces around it.
func (r *Record) Text(keys ...string) string {
	v, _ := r.Get(keys...)
	return asText(v)
}

func asText(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case json.Number:
		return string(v)
	}
	return ""
}

// ID is the record's id: Chronomap's, or ACLED's.
func (r *Record) ID() string { return asText(r.IDValue()) }

// IDValue is the record's id as it holds it (a string or a number), for an
// error to show as written; nil when it has none.
func (r *Record) IDValue() any {
	v, _ := r.Get(idKeys...)
	if asText(v) == "" {
		return nil
	}
	return v
}

// idKeys name a record's id: ours, and ACLED's.
var idKeys = []string{"id", "event_id_cnty", "event_id"}

// Unread are the values that were not read, in the record's order, as
// text; nil when there are none.
func (r *Record) Unread() []event.Attribute {
	var out []event.Attribute
	for i, v := range r.values {
		if v != nil && !r.read[i] {
			out = append(out, event.Attribute{Name: r.names.list[i], Value: valueText(v)})
		}
	}
	return out
}

// valueText is v as a CSV cell holds it: a string or a number as it is
// written, anything else as JSON.
func valueText(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case json.Number:
		return string(v)
	case bool:
		return strconv.FormatBool(v)
	}
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(b)
}
