package app

import (
	"bytes"
	"runtime"
	"strings"
	"sync"

	"github.com/chronomap/chronomap/data/event"
	"github.com/chronomap/chronomap/data/text"
)

// searchText is what the search looks in: of each event and its reports,
// the place's names, the actors and claimants, and the sentences, folded
// as text.Fold folds names, so that "susa" finds "Şuşa". A word of the
// search is found in one of them or not at all, since it holds no space.
//
// Of a million events the names are a few thousand, held once and
// referred to by number. The sentences are folded into one buffer, and
// each event has a signature of the runs of three bytes they hold: a word
// is looked for only in the sentences whose signature has all of its
// runs, rather than in every one; of those that lack the word, a few in a
// hundred have such a signature.
type searchText struct {
	names []string // folded, each once
	// The names of event i are names[nameRefs[k]] for k in
	// nameAt[i]:nameAt[i+1].
	nameRefs []int32
	nameAt   []int32
	// sentences holds the folded sentences of event i, each ended by
	// sentenceEnd, from sentenceAt[i] to sentenceAt[i+1].
	sentences  []byte
	sentenceAt []int
	signatures []signature // by event
}

// sentenceEnd ends each folded sentence: folding leaves no newline, and a
// word of the search has none, so no word is found across two sentences.
const sentenceEnd = '\n'

// A signature is a set of runs of three bytes, each as one of 256 bits.
// A sentence of a hundred bytes sets about a third of them, so that a word
// of five letters, with three runs, matches the signature of one sentence
// it is not in out of thirty.
type signature [4]uint64

// add adds the runs of three bytes of b.
func (s *signature) add(b []byte) {
	for i := 0; i+3 <= len(b); i++ {
		// A multiplicative hash of the three bytes, its top byte the bit.
		h := (uint32(b[i]) | uint32(b[i+1])<<8 | uint32(b[i+2])<<16) * 0x9e3779b1 >> 24
		s[h>>6] |= 1 << (h & 63)
	}
}

// holds says whether s has every run of o.
func (s *signature) holds(o *signature) bool {
	return s[0]&o[0] == o[0] && s[1]&o[1] == o[1] && s[2]&o[2] == o[2] && s[3]&o[3] == o[3]
}

func newSearchText(events []event.Event) *searchText {
	// Made to size, the slices are not copied over and over as they grow:
	// folding seldom makes a sentence longer, and names are seldom
	// repeated within an event.
	size, names := 0, 0
	count := func(r *event.Event) {
		size += len(r.Sentence) + 1
		names += len(r.Actors) + len(r.ClaimedBy) + len(r.DeniedBy)
		if r.Place != nil {
			names += 2 + len(r.Place.AltNames)
		}
	}
	for i := range events {
		count(&events[i])
		for k := range events[i].Reports {
			count(&events[i].Reports[k])
		}
	}
	t := &searchText{
		nameRefs:   make([]int32, 0, names),
		nameAt:     make([]int32, 1, len(events)+1),
		sentences:  make([]byte, 0, size),
		sentenceAt: make([]int, 1, len(events)+1),
		signatures: make([]signature, len(events)),
	}
	ids := map[string]int32{} // the number of each name as written
	// lastEvent[id] is the last event that referred to name id, plus one:
	// an event's reports mostly repeat its names, which it refers to once.
	var lastEvent []int
	for i := range events {
		e := &events[i]
		addNames := func(names ...string) {
			for _, n := range names {
				if n == "" {
					continue
				}
				id, ok := ids[n]
				if !ok {
					id = int32(len(t.names))
					t.names = append(t.names, text.Fold(n))
					lastEvent = append(lastEvent, 0)
					ids[n] = id
				}
				if lastEvent[id] != i+1 {
					lastEvent[id] = i + 1
					t.nameRefs = append(t.nameRefs, id)
				}
			}
		}
		add := func(r *event.Event) {
			if p := r.Place; p != nil {
				addNames(p.Name, p.Admin1)
				addNames(p.AltNames...)
			}
			addNames(r.Actors...)
			addNames(r.ClaimedBy...)
			addNames(r.DeniedBy...)
			if r == e || r.Sentence != e.Sentence {
				at := len(t.sentences)
				t.sentences = text.AppendFold(t.sentences, r.Sentence)
				t.signatures[i].add(t.sentences[at:])
				t.sentences = append(t.sentences, sentenceEnd)
			}
		}
		add(e)
		for k := range e.Reports {
			add(&e.Reports[k])
		}
		t.nameAt = append(t.nameAt, int32(len(t.nameRefs)))
		t.sentenceAt = append(t.sentenceAt, len(t.sentences))
	}
	return t
}

// keepContaining clears keep[i] of each event i whose text lacks word,
// which is folded and holds no space. The events are searched in as many
// parts as there are processors, at once.
func (t *searchText) keepContaining(keep []bool, word string) {
	named := make([]bool, len(t.names))
	for k, n := range t.names {
		named[k] = strings.Contains(n, word)
	}
	parts := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() { t.keepPart(keep, len(keep)*p/parts, len(keep)*(p+1)/parts, []byte(word), named) })
	}
	wg.Wait()
}

// keepPart clears keep[i] for the events i from lo to hi whose sentences
// lack word and whose names are not among those named flags.
func (t *searchText) keepPart(keep []bool, lo, hi int, word []byte, named []bool) {
	var runs signature
	runs.add(word)
	for i := lo; i < hi; i++ {
		if !keep[i] || t.signatures[i].holds(&runs) && bytes.Contains(t.sentences[t.sentenceAt[i]:t.sentenceAt[i+1]], word) {
			continue
		}
		keep[i] = false
		for _, id := range t.nameRefs[t.nameAt[i]:t.nameAt[i+1]] {
			if named[id] {
				keep[i] = true
				break
			}
		}
	}
}
