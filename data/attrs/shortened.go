package attrs

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode/utf8"
)

// maxShown is how much of a value an error shows: enough to find it in
// the file, not so much that a huge one floods the message.
const maxShown = 60

// Shortened is a value as JSON writes it (a string quoted), cut at
// maxShown bytes, for an error to name it.
func Shortened(v any) string {
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	if e.Encode(v) != nil {
		return fmt.Sprint(v)
	}
	return Cut(strings.TrimSuffix(b.String(), "\n"))
}

// Cut is s cut at maxShown bytes, on a character's start, with an
// ellipsis when it was longer.
func Cut(s string) string {
	if len(s) <= maxShown {
		return s
	}
	cut := maxShown
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strings.TrimSpace(s[:cut]) + "…"
}
