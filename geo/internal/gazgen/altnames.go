package main

import (
	"strings"
	"unicode"

	"github.com/chronomap/chronomap/data/text"
)

// altStats counts alternate names and their bytes, to report what cleaning saves.
type altStats struct{ names, bytes int }

func (s *altStats) add(n string) {
	s.names++
	s.bytes += len(n)
}

// cleanAltNames keeps the alternate names of a place that an English text
// could contain, one per folded form (the first spelling met wins), and none
// that folds like the place's own name. The gazetteer only ever matches
// folded names, so a second spelling of one folded form adds nothing.
//
// It drops:
//   - names in scripts other than Latin (Cyrillic, Arabic, Armenian, ...):
//     the articles are in English, so they can never match;
//   - codes: names of three or four capitals (IATA and ICAO airport codes
//     such as "GYD" or "UBBB" are listed as alternate names in GeoNames);
//   - links and numbers: URLs and names without a letter.
//
// Of the 1.39 million alternate names of the cities (16.4 MB), this drops
// 339,000 in other scripts (5.7 MB) and 646,000 repeated folded forms
// (6.5 MB), and keeps 396,000 (4.2 MB).
func cleanAltNames(name string, candidates []string, before, after *altStats) []string {
	seen := map[string]bool{text.Fold(name): true}
	var out []string
	for _, n := range candidates {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		before.add(n)
		key := text.Fold(n)
		if seen[key] || !isLatin(key) || isCode(n) || isLink(n) {
			continue
		}
		seen[key] = true
		out = append(out, n)
		after.add(n)
	}
	return out
}

// isLatin reports whether a folded name has a letter and only Latin
// letters, digits and spaces.
func isLatin(folded string) bool {
	letter := false
	for _, r := range folded {
		switch {
		case unicode.IsLetter(r):
			if !unicode.Is(unicode.Latin, r) {
				return false
			}
			letter = true
		case r != ' ' && !unicode.IsDigit(r):
			return false
		}
	}
	return letter
}

// isCode reports whether a name is three or four capital letters.
func isCode(n string) bool {
	if len(n) < 3 || len(n) > 4 {
		return false
	}
	for _, r := range n {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

func isLink(n string) bool {
	return strings.Contains(n, "://") || strings.HasPrefix(n, "www.")
}
