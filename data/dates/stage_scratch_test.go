package dates

import "testing"

func BenchmarkStageScratch(b *testing.B) {
	_, texts := articles(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.Run("excerpts", func(b *testing.B) {
		b.SetBytes(int64(n))
		var buf []excerpt
		for b.Loop() {
			for _, t := range texts {
				buf = excerpts(t, buf[:0])
			}
		}
	})
	b.Run("tokenize", func(b *testing.B) {
		b.SetBytes(int64(n))
		sc := new(scanner)
		for b.Loop() {
			for _, t := range texts {
				sc.tokenize(t)
			}
		}
	})
	b.Run("parse", func(b *testing.B) {
		b.SetBytes(int64(n))
		sc := new(scanner)
		var ph []phrase
		for b.Loop() {
			for _, t := range texts {
				sc.tokenize(t)
				ph = sc.parse(ph[:0])
			}
		}
	})
	b.Run("tag", func(b *testing.B) {
		b.SetBytes(int64(n))
		for b.Loop() {
			for _, t := range texts {
				Tag(t, &pub)
			}
		}
	})
}
