package toponym

// wordSet is a set of folded words of one document (the surnames seen, the
// words of weak candidates), tested against many of its tokens. It is
// small: a 256-bit mask of the members' hashes turns nearly every token
// away with one test; the few others compare hashes, then words. A text
// that names hundreds of people gets a map instead of the scan.
type wordSet struct {
	mask   [4]uint64
	hashes []uint64
	words  []string
	index  map[string]bool // once the set has more than fewWords
}

// fewWords is how many words a scan looks through before a map is made.
const fewWords = 32

func (s *wordSet) add(w string, h uint64) {
	if s.has(w, h) {
		return
	}
	s.mask[h>>6&3] |= 1 << (h & 63)
	s.hashes = append(s.hashes, h)
	s.words = append(s.words, w)
	switch {
	case s.index != nil:
		s.index[w] = true
	case len(s.words) > fewWords:
		s.index = make(map[string]bool, 2*len(s.words))
		for _, x := range s.words {
			s.index[x] = true
		}
	}
}

// has says whether w, whose text.KeyHash is h, is in the set.
func (s *wordSet) has(w string, h uint64) bool {
	if s.mask[h>>6&3]&(1<<(h&63)) == 0 {
		return false
	}
	if s.index != nil {
		return s.index[w]
	}
	for i, x := range s.hashes {
		if x == h && s.words[i] == w {
			return true
		}
	}
	return false
}

func (s *wordSet) len() int { return len(s.hashes) }

func (s *wordSet) reset() {
	s.mask = [4]uint64{}
	s.hashes = s.hashes[:0]
	clear(s.words) // the words are substrings of the last text: let it go
	s.words = s.words[:0]
	s.index = nil
}
