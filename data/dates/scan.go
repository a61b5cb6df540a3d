package dates

// scanner finds phrases in a tokenised text.
type scanner struct {
	toks    []token
	anchors []int // the indices of the anchors among toks
	phrases []phrase
}

// context is what precedes an expression's core and changes how it is read.
type context struct {
	prep    int  // the preposition that opens the expression, or 0
	part    part // "early", "mid", "late", "the end of"
	inRange bool // the second end of a range: a bare year or month needs no other context
}

// noToken stands for positions outside the text; it is never written.
var noToken token

func (s *scanner) at(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return &noToken
	}
	return &s.toks[i]
}

// class is the vocabulary class of token i, or wNone when it is no word.
func (s *scanner) class(i int) wordClass {
	if t := s.at(i); t.kind == tokWord {
		return t.word
	}
	return wNone
}

func (s *scanner) punct(i int, r rune) bool {
	t := s.at(i)
	return t.kind == tokPunct && t.punct == r
}

func (s *scanner) dash(i int) bool {
	t := s.at(i)
	return t.kind == tokPunct && (t.punct == '-' || t.punct == '–' || t.punct == '—' || t.punct == '‐')
}

func (s *scanner) apostrophe(i int) bool { return s.punct(i, '\'') || s.punct(i, '’') }

// adjacent reports whether tokens i and j=i+1 touch, with no space between.
func (s *scanner) adjacent(i, j int) bool {
	if i < 0 || j >= len(s.toks) {
		return false
	}
	return s.toks[i].be == s.toks[j].bs
}

func (s *scanner) number(i int) bool { return s.at(i).kind == tokNumber }

// freeLeft reports whether the number at i stands on its own on the left
// rather than ending a larger figure: "1,000", "24/7", "A7", "$2020". A
// dash joins the two ends of a range ("27-28"), not a figure.
func (s *scanner) freeLeft(i int) bool {
	p := i - 1
	if !s.adjacent(p, i) {
		return true
	}
	t := s.at(p)
	switch t.kind {
	case tokWord, tokNumber:
		return false
	}
	switch t.punct {
	case '$', '£', '€', '#', '+', '№':
		return false
	case ',', '.', ':', '/':
		return !(s.adjacent(p-1, p) && s.number(p-1))
	}
	return true
}

// freeRight reports whether the number at i stands on its own on the
// right: not "11:00", "1,000", "7.5", "24/7", "2020km" or "50%".
func (s *scanner) freeRight(i int) bool {
	n := i + 1
	if !s.adjacent(i, n) {
		return true
	}
	t := s.at(n)
	if t.kind != tokPunct {
		return false
	}
	switch t.punct {
	case '%', '°':
		return false
	case ',', '.', ':', '/':
		return !(s.adjacent(n, n+1) && s.number(n+1))
	}
	return true
}

// parse returns the phrases of the text, leftmost first; at each position
// the longest phrase wins and the scan resumes after it. A phrase holds an
// anchor at most maxLead tokens from its start, so positions farther
// from the next anchor are skipped.
func (s *scanner) parse(out []phrase) []phrase {
	next := s.anchors // the anchors at or after i
	for i := 0; i < len(s.toks); {
		for len(next) > 0 && next[0] < i {
			next = next[1:]
		}
		if len(next) == 0 {
			break
		}
		if i < next[0]-maxLead {
			i = next[0] - maxLead
		}
		t := &s.toks[i]
		if t.kind != tokNumber && (t.kind != tokWord || !opens[t.word]) {
			i++
			continue
		}
		if p, ok := s.phraseAt(i); ok {
			out = append(out, p)
			i = p.last + 1
			continue
		}
		i++
	}
	return out
}

// opens tells the word classes that can open an expression from the many
// ("of", "and", "to") that cannot.
var opens = func() (o [wordClasses]bool) {
	for _, c := range []wordClass{wMonth, wWeekday, wNumber, wFew, wPrep, wThe, wA, wToday, wYesterday, wOvernight,
		wThis, wLast, wNext, wPast, wEarlier, wLater, wEarly, wMid, wLate, wApprox, wMoreLess, wAt, wRecent, wThat} {
		o[c] = true
	}
	return o
}()

// phraseAt reads the expression that starts at token i: an optional
// preposition, an optional part ("early", "the end of"), and a core.
func (s *scanner) phraseAt(i int) (phrase, bool) {
	var c context
	j := i
	if s.class(j) == wPrep {
		c.prep = s.at(j).val
		j++
	}
	c.part, j = s.partAt(j)
	p, ok := s.core(j, c)
	if !ok {
		return phrase{}, false
	}
	p.first = i
	if p.part == whole {
		p.part = c.part
	}
	return p, true
}

// partAt reads "early", "mid-", "late", "the end of", "the beginning of"
// at i and returns the part and the index after it.
func (s *scanner) partAt(i int) (part, int) {
	j := i
	if s.class(j) == wThe {
		j++
	}
	var p part
	switch s.class(j) {
	case wEarly:
		p = early
	case wMid:
		p = middle
	case wLate:
		p = late
	default:
		return whole, i
	}
	if s.at(j).val == needsOf {
		if s.class(j+1) != wOf {
			return whole, i
		}
		return p, j + 2
	}
	if j > i { // "the early ..." is not a part
		return whole, i
	}
	if s.dash(j+1) && s.adjacent(j, j+1) {
		return p, j + 2
	}
	return p, j + 1
}

// core reads the expression proper at j, then what may extend it: a part
// of the day ("Tuesday night") or a range's second end.
func (s *scanner) core(j int, c context) (phrase, bool) {
	p, ok := s.coreAt(j, c)
	if !ok {
		return p, false
	}
	if p.absolute() && p.until == nil {
		if r, ok := s.rangeAfter(p, c); ok {
			return r, true
		}
	}
	return s.daytimeAfter(p), true
}

func (s *scanner) coreAt(j int, c context) (phrase, bool) {
	t := s.at(j)
	switch t.kind {
	case tokNumber:
		return s.numberFirst(j, c)
	case tokWord:
		switch t.word {
		case wNone:
		case wMonth:
			return s.monthFirst(j, c)
		case wWeekday:
			return s.weekday(j)
		case wThe:
			if p, ok := s.decade(j+1, c); ok {
				p.first = j
				return p, true
			}
			if p, ok := s.theShift(j); ok {
				return p, true
			}
			if p, ok := s.theDay(j); ok {
				return p, true
			}
			return s.duration(j, c)
		default:
			if p, ok := s.thatDay(j); ok {
				return p, true
			}
			if p, ok := s.relative(j); ok {
				return p, true
			}
			return s.duration(j, c)
		}
	}
	return phrase{}, false
}

// numberFirst reads an expression that starts with a number, trying the
// readers in turn: "2020-11-07", "7 November", "1990s", "1992", "six
// weeks". (A loop over method values would build them on every call.)
func (s *scanner) numberFirst(j int, c context) (phrase, bool) {
	if p, ok := s.numericDate(j, c); ok {
		return p, true
	}
	if p, ok := s.dayFirst(j, c); ok {
		return p, true
	}
	if p, ok := s.decade(j, c); ok {
		return p, true
	}
	if p, ok := s.year(j, c); ok {
		return p, true
	}
	return s.duration(j, c)
}

// daytimeAfter extends a day by a following "night", "morning" or
// "evening": "July 12 night", "Tuesday night", "yesterday evening".
func (s *scanner) daytimeAfter(p phrase) phrase {
	single := p.kind == pDate || p.kind == pWeekday || p.kind == pDays && p.offset == p.to
	if !single || p.until != nil {
		return p
	}
	switch s.class(p.last + 1) {
	case wNight:
		p.night = true
		p.last++
	case wDaytime:
		p.last++
	}
	return p
}
