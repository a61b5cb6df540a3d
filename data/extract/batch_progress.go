package extract

import (
	"context"

	"github.com/chronomap/chronomap/data/article"
)

// RunWithProgress is Run that first counts the inputs, then calls progress
// with how many of them are done, and of how many, after each result is
// emitted (and once with none done, before the first), so that a progress bar
// can follow a large folder. A done ctx stops the counting as well as the
// run.
func (b *Batch) RunWithProgress(ctx context.Context, paths []string, emit func(Result) error, progress func(done, total int)) error {
	total, err := article.CountInputs(ctx, paths)
	if err != nil {
		return err
	}
	progress(0, total)
	done := 0
	return b.Run(ctx, paths, func(r Result) error {
		err := emit(r)
		done++
		progress(done, total)
		return err
	})
}
