package animation

import (
	"context"
	"errors"
	"math/rand/v2"
	"testing"
	"time"
)

func TestInOrder(t *testing.T) {
	failed := errors.New("failed")
	for _, c := range []struct {
		name    string
		n       int
		failAt  int // the frame whose work fails; -1 for none
		stopAt  int // the frame after whose emission the caller cancels; -1 for none
		emitted int
		err     error
	}{
		{"every result is emitted in order", 40, -1, -1, 40, nil},
		{"no work, no result", 0, -1, -1, 0, nil},
		{"a failure stops the rest", 40, 7, -1, 7, failed},
		{"cancelling stops the rest", 40, -1, 4, 5, context.Canceled},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			work := func(ctx context.Context, k int) (int, error) {
				// Later frames often finish first.
				time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
				if k == c.failAt {
					return 0, failed
				}
				return k * k, ctx.Err()
			}
			var got []int
			emit := func(k, v int) error {
				if v != k*k {
					t.Errorf("frame %d got %d", k, v)
				}
				got = append(got, k)
				if k == c.stopAt {
					cancel()
				}
				return nil
			}
			err := inOrder(ctx, c.n, 3, work, emit)
			if !errors.Is(err, c.err) || len(got) != c.emitted {
				t.Fatalf("error %v after %d results, want %v after %d", err, len(got), c.err, c.emitted)
			}
			for i, k := range got {
				if k != i {
					t.Fatalf("emitted %v: not in order", got)
				}
			}
		})
	}
}
