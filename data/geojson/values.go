package geojson

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
)

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
