package attrs

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/chronomap/chronomap/data/event"
)

// TestUnread checks which values a record keeps for its event: those not
// asked for, as text, in the record's order.
func TestUnread(t *testing.T) {
	names := NewNames([]string{"a", "b", "c", "d", "e", "f"})
	tests := []struct {
		name   string
		values []any
		ask    []string
		want   []event.Attribute
	}{
		{"a value asked for is not kept", []any{"x", nil, nil, nil, nil, nil}, []string{"a"}, nil},
		{"only the first of the names asked is read", []any{"x", "y", nil, nil, nil, nil}, []string{"a"},
			[]event.Attribute{{Name: "b", Value: "y"}}},
		{"a missing value is not kept", []any{nil, nil, nil, nil, nil, nil}, nil, nil},
		{"text stays as written, spaces and all", []any{" x ", nil, nil, nil, nil, nil}, nil,
			[]event.Attribute{{Name: "a", Value: " x "}}},
		{"numbers keep their digits, the rest is JSON", []any{json.Number("12345678901234567890"), true, []any{"p", 1.5}, map[string]any{"k": "v"}, nil, nil}, nil,
			[]event.Attribute{{Name: "a", Value: "12345678901234567890"}, {Name: "b", Value: "true"}, {Name: "c", Value: `["p",1.5]`}, {Name: "d", Value: `{"k":"v"}`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewRecord(names, tt.values)
			if len(tt.ask) > 0 {
				r.Get(tt.ask...)
			}
			if got := r.Unread(); !slices.Equal(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestCount checks what a count of people may be.
func TestCount(t *testing.T) {
	tests := []struct {
		name string
		v    any
		want int // -1 for none, -2 for an error
	}{
		{"none", nil, -1},
		{"a JSON number", json.Number("12"), 12},
		{"numeric text, spaces around", " 7 ", 7},
		{"a whole number written with a fraction", "3.0", 3},
		{"zero", "0", 0},
		{"the most", "10000000", 10_000_000},
		{"more than the most", "10000001", -2},
		{"negative", "-1", -2},
		{"a fraction", "2.5", -2},
		{"words", "dozens", -2},
		{"empty text", "", -2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Count("fatalities", tt.v)
			got := -1
			switch {
			case err != nil:
				got = -2
			case c != nil:
				got = *c
			}
			if got != tt.want {
				t.Errorf("Count(%#v) = %d (%v), want %d", tt.v, got, err, tt.want)
			}
		})
	}
}
