package extract

import (
	"cmp"
	"context"
	"errors"
	"io"
	"iter"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/chronomap/chronomap/data/article"
	"github.com/chronomap/chronomap/data/event"
)

// A Batch extracts the events of many articles in parallel and hands the
// results back one at a time, in input order, holding only a few articles per
// worker in memory at once.
type Batch struct {
	Extractor *Extractor
	// DefaultDate is the publication date of articles without a valid date
	// header; a header always wins over it.
	DefaultDate *time.Time
	Stdin       io.Reader // read for article.StdinPath
	Workers     int       // articles read and extracted at once; 0 means GOMAXPROCS
	// Known, if set, says of an article read whether its events are known
	// already: it is then not extracted, and its Result is Known. It is
	// called from several goroutines at once.
	Known func(article.Article) bool
	// Lines, if set, says of an input's path whether it holds JSON Lines,
	// an article a line (see article.Input.Lines), rather than one
	// article; it is asked of each file named or found, and of
	// article.StdinPath. RunWithProgress counts such an input as one.
	Lines func(path string) bool
	// Layers are those the Results hold, the other left nil unextracted
	// (see Extractor.ExtractLayers); zero means both.
	Layers Layers
}

// Result is what a Batch made of one input file.
type Result struct {
	Path    string // as given, or as found in a folder given
	Article article.Article
	Events  []event.Event // sorted by sentence, then by place mention
	Places  []event.PlaceMentions
	// Warning is a problem that did not stop the article from being read,
	// such as an *article.DateHeaderError.
	Warning error
	// Err is why the input could not be read (an *article.ReadError); the Result then
	// holds nothing else.
	Err error
	// Known is set when Batch.Known said its events are known already: the
	// Result holds the article, but no events or places.
	Known bool
}

// Run reads and extracts every article of paths and calls emit with each
// result, in the order of paths. A path is a file, whatever its name; a
// folder, for the *.txt files under it, recursively, in lexical order,
// skipping names that start with a dot; or "-" for b.Stdin. An article's
// Name is the file's base name, its path relative to the folder it was found
// in, or "stdin"; or its "id", for an input that b.Lines says is JSON Lines.
//
// A file that cannot be read, or a line that is no article, gives a Result
// with Err and the run goes on. Run stops early only when emit returns an
// error or ctx is done, and returns that error; it does not wait for a read
// that waits on a pipe.
func (b *Batch) Run(ctx context.Context, paths []string, emit func(Result) error) error {
	inputs := article.Inputs(paths)
	if b.Lines != nil {
		inputs = b.withLines(inputs)
	}
	return b.run(ctx, inputs, emit)
}

// RunArticles is Run on articles read already, such as a workspace's.
func (b *Batch) RunArticles(ctx context.Context, articles []article.Article, emit func(Result) error) error {
	return b.run(ctx, func(yield func(article.Input) bool) {
		for i := range articles {
			if !yield(article.Input{Path: articles[i].Name, Name: articles[i].Name, Given: &articles[i]}) {
				return
			}
		}
	}, emit)
}

func (b *Batch) run(ctx context.Context, inputs iter.Seq[article.Input], emit func(Result) error) error {
	workers := b.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type job struct {
		seq int
		in  article.Input
	}
	type done struct {
		seq int
		r   Result
	}
	// A slot is taken for each input handed to the workers and given back when
	// its result is emitted: the reorder buffer never holds more than that,
	// and an input of JSON Lines is read no further ahead.
	slots := make(chan struct{}, 4*workers)
	jobs := make(chan job)
	results := make(chan done)

	go func() {
		defer close(jobs)
		seq := 0
		for in := range inputs {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case jobs <- job{seq, in}:
				seq++
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			// A done ctx ends the wait for a job too: the inputs may be
			// waiting on a pipe that brings no more.
			for {
				var j job
				var ok bool
				select {
				case j, ok = <-jobs:
				case <-ctx.Done():
					return
				}
				if !ok {
					return
				}
				select {
				case results <- done{j.seq, b.process(ctx, j.in)}:
				case <-ctx.Done():
					return
				}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := map[int]Result{}
	next := 0
	var err error
	for d := range results {
		if err != nil {
			continue // draining, so that the workers can stop
		}
		pending[d.seq] = d.r
		for r, ok := pending[next]; ok; r, ok = pending[next] {
			delete(pending, next)
			next++
			<-slots
			if err = emit(r); err != nil {
				cancel()
				break
			}
		}
	}
	if err != nil {
		return err
	}
	return ctx.Err()
}

// process reads and extracts one input.
func (b *Batch) process(ctx context.Context, in article.Input) Result {
	r := Result{Path: in.Path, Err: in.Err}
	if r.Err != nil {
		return r
	}
	a, err := in.Read(ctx, b.Stdin)
	var dh *article.DateHeaderError
	switch {
	case errors.As(err, &dh):
		r.Warning = err
	case err != nil:
		r.Err = err
		return r
	}
	if a.Published == nil && b.DefaultDate != nil {
		d := *b.DefaultDate
		a.Published = &d
	}
	r.Article = a
	if b.Known != nil && b.Known(a) {
		r.Known = true
		return r
	}
	if b.Extractor != nil {
		layers := b.Layers
		if layers == 0 {
			layers = Events | Places
		}
		r.Events, r.Places = b.Extractor.ExtractLayers(a, layers)
		slices.SortStableFunc(r.Events, func(x, y event.Event) int {
			return cmp.Or(cmp.Compare(x.Offset.Start, y.Offset.Start), cmp.Compare(x.PlaceText.Start, y.PlaceText.Start))
		})
	}
	return r
}
