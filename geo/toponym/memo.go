package toponym

import "github.com/chronomap/chronomap/geo"

// choiceKey is what one name's resolution in a pass depends on: its places
// (the first element of the candidate's places, and their number) and hint.
type choiceKey struct {
	places *(*geo.Place)
	n      int
	hint   geo.Kind
	hinted bool
}

// choice is a memo of one name's resolution in the current pass.
type choice struct {
	place *geo.Place
	score float64
	conf  float64
}

// choiceMemo holds the names resolved in a pass: in a list, as an article
// names a few dozen, and by a map once they are many.
type choiceMemo struct {
	keys   []choiceKey
	values []choice
	index  map[choiceKey]int // once there are more than fewChoices
}

// fewChoices is how many names the memo looks through before it makes a map.
const fewChoices = 32

func (m *choiceMemo) get(k choiceKey) (choice, bool) {
	if m.index != nil {
		i, ok := m.index[k]
		return m.values[i], ok
	}
	for i := range m.keys {
		if m.keys[i] == k {
			return m.values[i], true
		}
	}
	return choice{}, false
}

func (m *choiceMemo) put(k choiceKey, c choice) {
	m.keys, m.values = append(m.keys, k), append(m.values, c)
	switch {
	case m.index != nil:
		m.index[k] = len(m.keys) - 1
	case len(m.keys) > fewChoices:
		m.index = make(map[choiceKey]int, 2*len(m.keys))
		for i, k := range m.keys {
			m.index[k] = i
		}
	}
}

func (m *choiceMemo) reset() {
	clear(m.values) // the places of the last text: let them go
	m.keys, m.values, m.index = m.keys[:0], m.values[:0], nil
}
