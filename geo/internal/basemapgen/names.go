package main

import (
	"strings"

	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// goFont is the font the map's labels are drawn in, to check that it has
// the letters of a name.
var goFont = func() *sfnt.Font {
	f, err := sfnt.Parse(goregular.TTF)
	if err != nil {
		panic("basemapgen: the Go font does not parse: " + err.Error())
	}
	return f
}()

// labelText returns the first of the candidate names that is not empty and
// that the Go font can draw all of (Natural Earth's English names use
// letters such as ə that it lacks), with runs of spaces made one; "" if
// none is.
func labelText(candidates ...string) string {
	var buf sfnt.Buffer
	for _, c := range candidates {
		c = strings.Join(strings.Fields(c), " ")
		if c == "" || strings.ContainsRune(c, '?') {
			continue
		}
		ok := true
		for _, r := range c {
			if i, err := goFont.GlyphIndex(&buf, r); err != nil || i == 0 {
				ok = false
				break
			}
		}
		if ok {
			return c
		}
	}
	return ""
}
