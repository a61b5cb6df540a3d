package animation

import (
	"context"
	"sync"
)

// inOrder runs work for 0…n-1 on workers goroutines and hands each result
// to emit, on the calling goroutine, in order. Only a few results wait to
// be emitted at a time: a frame is started only once a worker is free and
// fewer than workers frames wait. The first error, from work or emit,
// stops the rest and is returned; so is ctx's error once it is done. work
// is told, through its ctx, when to give up.
func inOrder[T any](ctx context.Context, n, workers int, work func(ctx context.Context, k int) (T, error), emit func(k int, v T) error) error {
	var wg sync.WaitGroup
	defer wg.Wait() // after cancel, which ends the work
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type result struct {
		v   T
		err error
	}
	type task struct {
		k   int
		out chan result
	}
	tasks := make(chan task)
	waiting := make(chan chan result, workers) // the tasks begun, in order
	for range workers {
		wg.Go(func() {
			for t := range tasks {
				v, err := work(ctx, t.k)
				t.out <- result{v, err}
			}
		})
	}
	wg.Go(func() {
		defer close(tasks)
		defer close(waiting)
		for k := range n {
			out := make(chan result, 1)
			select {
			case waiting <- out:
			case <-ctx.Done():
				return
			}
			select {
			case tasks <- task{k, out}:
			case <-ctx.Done():
				return
			}
		}
	})
	k := 0
	for out := range waiting {
		if ctx.Err() != nil {
			break // nothing more is emitted once it is
		}
		var r result
		select {
		case r = <-out:
		case <-ctx.Done():
			return ctx.Err()
		}
		if r.err == nil {
			r.err = emit(k, r.v)
		}
		if r.err != nil {
			return r.err
		}
		k++
	}
	if k == n {
		return nil
	}
	return ctx.Err()
}
