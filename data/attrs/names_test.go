package attrs

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestGet checks that a property is found whatever the case of its
// name, as strings.EqualFold compares, and which of several is taken.
func TestGet(t *testing.T) {
	tests := []struct {
		name   string
		values map[string]any
		keys   []string
		want   string // the name found, "" for none
	}{
		{"exact", map[string]any{"date": "a"}, []string{"date"}, "date"},
		{"other case", map[string]any{"EVENT_Date": "a"}, []string{"event_date"}, "EVENT_Date"},
		{"the first key that is there", map[string]any{"start": "a", "Date": "b"}, []string{"date", "start"}, "Date"},
		{"null is no value", map[string]any{"date": nil, "DATE": "b"}, []string{"date"}, "DATE"},
		{"only null", map[string]any{"date": nil}, []string{"date"}, ""},
		{"none", map[string]any{"when": "a"}, []string{"date", "day"}, ""},
		{"as asked before other cases", map[string]any{"DATE": "a", "date": "b", "Date": "c"}, []string{"date"}, "date"},
		{"else the first in byte order", map[string]any{"dAte": "a", "DATE": "b", "Date": "c"}, []string{"date"}, "DATE"},
		{"Unicode folding: long s", map[string]any{"ſource": "a"}, []string{"SOURCE"}, "ſource"},
		{"Unicode folding: Kelvin sign", map[string]any{"\u212Aind": "a"}, []string{"kind"}, "\u212Aind"},
		{"Unicode folding: Greek", map[string]any{"ΣΟΦΙΑ": "a"}, []string{"σοφια"}, "ΣΟΦΙΑ"},
		{"no folding across letters", map[string]any{"dates": "a"}, []string{"date"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v, name := FromMap(tt.values).Get(tt.keys...)
			if name != tt.want || tt.want != "" && v != tt.values[tt.want] || tt.want == "" && v != nil {
				t.Errorf("get(%q) = %v, %q; want the value of %q", tt.keys, v, name, tt.want)
			}
			for k := range tt.values {
				for _, key := range tt.keys {
					if strings.EqualFold(k, key) != (foldName(k) == foldName(key)) {
						t.Errorf("foldName does not agree with EqualFold on %q and %q", k, key)
					}
				}
			}
		})
	}
}

// TestFoldNameAllRunes checks that foldName maps every character to one that
// strings.EqualFold takes for it, the same for all it takes alike: then two
// names have one foldName exactly when EqualFold holds.
func TestFoldNameAllRunes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if utf8.ValidRune(r) {
			s := string(r)
			if f := foldName(s); !strings.EqualFold(s, f) || foldName(f) != f {
				t.Fatalf("foldName(%q) = %q", s, f)
			}
		}
	}
}
