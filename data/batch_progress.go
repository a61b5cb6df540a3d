package data

import "context"

// CountInputs is how many results a Batch run over paths gives: the files
// and "-" among paths, the *.txt files under its folders, and the paths and
// folders that cannot be read. It walks the folders without reading a file,
// and stops early, returning ctx's error, when ctx is done.
func CountInputs(ctx context.Context, paths []string) (int, error) {
	n := 0
	for range inputs(paths) {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// RunWithProgress is Run that first counts the inputs, then calls progress
// with how many of them are done, and of how many, after each result is
// emitted (and once with none done, before the first), so that a progress bar
// can follow a large folder. A done ctx stops the counting as well as the
// run.
func (b *Batch) RunWithProgress(ctx context.Context, paths []string, emit func(Result) error, progress func(done, total int)) error {
	total, err := CountInputs(ctx, paths)
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
