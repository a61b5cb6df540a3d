package render

import "strings"

// wrapText breaks s at spaces into lines no wider than width pixels in st;
// a word wider than that has a line of its own, and is clipped.
func wrapText(s string, st Style, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		next := word
		if line != "" {
			next = line + " " + word
		}
		if w, _, _ := MeasureText(next, st); w <= width || line == "" {
			line = next
			continue
		}
		lines = append(lines, line)
		line = word
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// fitText is s, or as much of it as fits in width pixels in st followed by
// an ellipsis, so that a long title is seen to be cut rather than lost.
func fitText(s string, st Style, width int) string {
	if w, _, _ := MeasureText(s, st); w <= width {
		return s
	}
	r := []rune(s)
	for n := len(r) - 1; n > 0; n-- {
		cut := strings.TrimRight(string(r[:n]), " ") + "…"
		if w, _, _ := MeasureText(cut, st); w <= width {
			return cut
		}
	}
	return ""
}
