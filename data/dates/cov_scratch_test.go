package dates

import "testing"

func TestCoverageScratch(t *testing.T) {
	_, texts := articles(t)
	all, in, bytesIn, total := 0, 0, 0, 0
	for _, text := range texts {
		all += len(tokenize(text, excerpt{bs: 0, be: len(text)}, nil))
		exs := excerpts(text, nil)
		for _, ex := range exs {
			in += len(tokenize(text, ex, nil))
			bytesIn += ex.be - ex.bs
		}
		total += len(text)
	}
	t.Logf("tokens %d in excerpts %d; bytes %d in %d", all, in, total, bytesIn)
}

func BenchmarkExcerptsScratch(b *testing.B) {
	_, texts := articles(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	var buf []excerpt
	for b.Loop() {
		for _, t := range texts {
			buf = excerpts(t, buf[:0])
		}
	}
}

func BenchmarkLexScratch(b *testing.B) {
	_, texts := articles(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, t := range texts {
			l := lexer{text: t}
			for l.next() {
			}
		}
	}
}

var sink int

func BenchmarkTrivialScratch(b *testing.B) {
	_, texts := articles(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, t := range texts {
			for i := 0; i < len(t); i++ {
				if byteKinds[t[i]] == space {
					sink++
				}
			}
		}
	}
}

func tightScratch(text string) int {
	var ring [16]int
	seen := 0
	anchorsN := 0
	for i := 0; i < len(text); {
		c := text[i]
		k := byteKinds[c]
		if k == space {
			i++
			continue
		}
		start := i
		switch k {
		case letter:
			i++
			for i < len(text) && byteKinds[text[i]] == letter {
				i++
			}
			if i-start <= maxWordLen && mayBeIn(&anchors, text[start:i]) {
				anchorsN++
			}
		case digit:
			i++
			for i < len(text) && byteKinds[text[i]] == digit {
				i++
			}
			anchorsN++
		default:
			i++
		}
		ring[seen&15] = start
		seen++
	}
	return anchorsN + ring[3]
}

func BenchmarkTightScratch(b *testing.B) {
	_, texts := articles(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, t := range texts {
			sink += tightScratch(t)
		}
	}
}

//go:noinline
func stepScratch(text string, i int) (int, byteKind) {
	k := byteKinds[text[i]]
	switch k {
	case letter, digit:
		j := i + 1
		for j < len(text) && byteKinds[text[j]] == k {
			j++
		}
		return j, k
	}
	return i + 1, k
}

func tight2Scratch(text string) int {
	var ring [16]int
	seen := 0
	anchorsN := 0
	for i := 0; i < len(text); {
		if byteKinds[text[i]] == space {
			i++
			continue
		}
		start := i
		j, k := stepScratch(text, i)
		i = j
		switch k {
		case letter:
			if i-start <= maxWordLen && mayBeIn(&anchors, text[start:i]) {
				anchorsN++
			}
		case digit:
			anchorsN++
		}
		ring[seen&15] = start
		seen++
	}
	return anchorsN + ring[3]
}

func BenchmarkTight2Scratch(b *testing.B) {
	_, texts := articles(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, t := range texts {
			sink += tight2Scratch(t)
		}
	}
}
