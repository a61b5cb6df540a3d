package attrs

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names are the names of the attributes of records, indexed once for
// look-ups whatever their case (as strings.EqualFold compares): a CSV
// file's header serves every row, and a feature may have thousands of
// properties, each of which the few dozen names asked would otherwise be
// compared with. Names are not safe for use by several goroutines at
// once.
type Names struct {
	list  []string
	exact map[string]int // a name → its first index
	// folded are the indexes of the names of each foldName, in the byte
	// order of the names.
	folded map[string][]int
	// asked are the indexes a name asked for may be found at, in the
	// order to look (see candidates): the rows of a file ask for the same
	// few dozen names over and over.
	asked map[string][]int
}

// NewNames indexes the names list.
func NewNames(list []string) *Names {
	n := &Names{list: list, exact: make(map[string]int, len(list)), folded: make(map[string][]int, len(list))}
	for i, name := range list {
		if _, ok := n.exact[name]; !ok {
			n.exact[name] = i
		}
		k := foldName(name)
		n.folded[k] = append(n.folded[k], i)
	}
	for _, same := range n.folded {
		if len(same) > 1 {
			slices.SortStableFunc(same, func(a, b int) int { return strings.Compare(list[a], list[b]) })
		}
	}
	return n
}

// candidates are the indexes of the names that stand for the name k: the
// one written as k first, then those that fold to it in byte order.
func (n *Names) candidates(k string) []int {
	if c, ok := n.asked[k]; ok {
		return c
	}
	var c []int
	exact, ok := n.exact[k]
	if ok {
		c = append(c, exact)
	}
	for _, i := range n.folded[foldName(k)] {
		if !ok || i != exact {
			c = append(c, i)
		}
	}
	if n.asked == nil {
		n.asked = map[string][]int{}
	}
	n.asked[k] = c
	return c
}

// Index is the index of the first of keys among the names, as Record.Get
// looks for it (see there), whatever the values; -1 for none.
func (n *Names) Index(keys ...string) int {
	for _, k := range keys {
		if c := n.candidates(k); len(c) > 0 {
			return c[0]
		}
	}
	return -1
}

// foldName maps each character of a name to the least of those
// strings.EqualFold takes for it: "Event_Date" and "EVENT_DATE" alike.
func foldName(name string) string {
	return strings.Map(func(r rune) rune {
		if r < utf8.RuneSelf {
			return unicode.ToUpper(r) // below its other cases: k, and the Kelvin sign, lie above K
		}
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		return least
	}, name)
}
