package extract

import (
	"iter"

	"github.com/chronomap/chronomap/data/article"
)

// withLines is inputs with each input that b.Lines says is JSON Lines
// replaced by the articles of its lines, read as they are wanted.
func (b *Batch) withLines(inputs iter.Seq[article.Input]) iter.Seq[article.Input] {
	return func(yield func(article.Input) bool) {
		for in := range inputs {
			if !b.Lines(in.Path) {
				if !yield(in) {
					return
				}
				continue
			}
			for line := range in.Lines(b.Stdin) {
				if !yield(line) {
					return
				}
			}
		}
	}
}
