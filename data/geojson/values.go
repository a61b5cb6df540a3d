package geojson

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/chronomap/chronomap/data/dates"
	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
)

// The rules for values both kinds of layer hold, which the reader checks
// and the writer keeps to, so that whatever Chronomap writes it reads back.

// countOf reads the count of people property name holds: null, or a whole
// number from 0 to event.MaxCount, as a JSON number or a numeric string.
func countOf(name string, v any) (*int, error) {
	var s string
	switch v := v.(type) {
	case nil:
		return nil, nil
	case json.Number:
		s = string(v)
	case string:
		s = strings.TrimSpace(v)
	}
	n, err := strconv.ParseFloat(s, 64)
	if err != nil || n != math.Trunc(n) || n < 0 || n > event.MaxCount {
		return nil, fmt.Errorf("%s %s %s", name, shortened(v), notACount)
	}
	c := int(n)
	return &c, nil
}

var notACount = fmt.Sprintf("is not a whole number from 0 to %d", event.MaxCount)

// checkCount is countOf's rule for a count an event holds.
func checkCount(name string, n *int) error {
	if n != nil && (*n < 0 || *n > event.MaxCount) {
		return fmt.Errorf("%s %d %s", name, *n, notACount)
	}
	return nil
}

// inYears says whether t falls within the years dates.MinYear to
// dates.MaxYear, the days that YYYY-MM-DD can write.
func inYears(t time.Time) bool {
	y := t.Year()
	return y >= dates.MinYear && y <= dates.MaxYear
}

// yearError is the error of a day outside them, written as written.
func yearError(name, written string) error {
	return fmt.Errorf("%s %s is outside the years %d to %d", name, shortened(written), dates.MinYear, dates.MaxYear)
}

// spanOf reads an [start, end) offset in runes: neither negative, and the
// start no later than the end.
func spanOf(name string, s [2]int) (text.Span, error) {
	switch {
	case s[0] < 0 || s[1] < 0:
		return text.Span{}, fmt.Errorf("%s [%d,%d] is negative: offsets count runes from 0", name, s[0], s[1])
	case s[0] > s[1]:
		return text.Span{}, fmt.Errorf("%s [%d,%d] ends before it starts", name, s[0], s[1])
	}
	return text.Span{Start: s[0], End: s[1]}, nil
}

// typeError says in the file's terms what encoding/json found of the wrong
// JSON type in what, a member of the file (the collection, or a feature's
// properties): its own message names Go types and struct fields.
func typeError(what string, err error) error {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) {
		return err
	}
	field := strings.NewReplacer("eventProperties.", "", "placeFields.", "", "placeProperties.", "").Replace(te.Field)
	if field == "" {
		field = what
	}
	return fmt.Errorf("%s is %s, not %s", field, jsonValueName(te.Value), jsonTypeName(te.Type))
}

// jsonValueName names a JSON value as json.UnmarshalTypeError describes it.
func jsonValueName(v string) string {
	if n, ok := strings.CutPrefix(v, "number "); ok {
		return n
	}
	switch v {
	case "array", "object":
		return "an " + v
	case "bool":
		return "a boolean"
	}
	return "a " + v
}

// jsonTypeName names the JSON a Go type of the properties' structs reads.
func jsonTypeName(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Int:
		return "a whole number"
	case reflect.String:
		return "a string"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return "a " + t.Kind().String()
}
