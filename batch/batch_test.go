package batch

import (
	"context"
	"errors"
	"iter"
	"math/rand/v2"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// count yields 0, 1, …, n-1, or forever when n < 0, counting what it yields.
func count(n int, pulled *atomic.Int64) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; n < 0 || i < n; i++ {
			pulled.Add(1)
			if !yield(i) {
				return
			}
		}
	}
}

// jitter sleeps up to 200µs, differently for each item, so that workers
// finish out of order.
func jitter(int) {
	time.Sleep(time.Duration(rand.N(200)) * time.Microsecond)
}

func TestOrderedKeepsOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 8, 0} {
		for _, items := range []int{0, 1, 2, 7, 100} {
			var pulled atomic.Int64
			got := []int{}
			err := Ordered(context.Background(), workers, count(items, &pulled),
				func(_ context.Context, i int) int { jitter(i); return i * i },
				func(r int) error { got = append(got, r); return nil })
			if err != nil {
				t.Fatal(err)
			}
			want := []int{}
			for i := range items {
				want = append(want, i*i)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%d workers, %d items: (-want +got):\n%s", workers, items, diff)
			}
		}
	}
}

// TestOrderedBounded checks that results are not piled up: with a slow
// emit, the items pulled but not emitted stay within the window.
func TestOrderedBounded(t *testing.T) {
	for _, workers := range []int{1, 3} {
		var pulled, emitted atomic.Int64
		var most int64
		err := Ordered(context.Background(), workers, count(60, &pulled),
			func(_ context.Context, i int) int { return i },
			func(int) error {
				time.Sleep(100 * time.Microsecond)
				most = max(most, pulled.Load()-emitted.Load())
				emitted.Add(1)
				return nil
			})
		if err != nil {
			t.Fatal(err)
		}
		// 2n waiting in the window, one being emitted, one pulled and
		// waiting for room.
		if limit := int64(2*workers + 2); most > limit {
			t.Errorf("%d workers: %d items in flight, want at most %d", workers, most, limit)
		}
	}
}

// TestOrderedStops checks that an emit error or a cancelled context stops
// an endless run and is returned.
func TestOrderedStops(t *testing.T) {
	errFull := errors.New("disk full")
	var pulled atomic.Int64
	emitted := 0
	err := Ordered(context.Background(), 4, count(-1, &pulled),
		func(_ context.Context, i int) int { jitter(i); return i },
		func(int) error {
			if emitted++; emitted == 10 {
				return errFull
			}
			return nil
		})
	if !errors.Is(err, errFull) || emitted != 10 {
		t.Errorf("error %v after %d emits, want %v after 10", err, emitted, errFull)
	}

	ctx, cancel := context.WithCancel(context.Background())
	emitted = 0
	err = Ordered(ctx, 4, count(-1, &pulled),
		func(_ context.Context, i int) int { jitter(i); return i },
		func(int) error {
			if emitted++; emitted == 5 {
				cancel()
			}
			return nil
		})
	if !errors.Is(err, context.Canceled) || emitted != 5 {
		t.Errorf("error %v after %d emits, want %v after 5", err, emitted, context.Canceled)
	}
}

// TestOrderedConcurrent checks that n items are worked on at once: each
// call waits until n calls are running, which never happens if the work is
// serialised (a stuck call gives up after a while and reports it).
func TestOrderedConcurrent(t *testing.T) {
	for _, workers := range []int{2, 8} {
		var running atomic.Int64
		var pulled atomic.Int64
		all := make(chan struct{})
		err := Ordered(context.Background(), workers, count(workers, &pulled),
			func(context.Context, int) bool {
				if running.Add(1) == int64(workers) {
					close(all)
				}
				select {
				case <-all:
					return true
				case <-time.After(10 * time.Second):
					return false
				}
			},
			func(together bool) error {
				if !together {
					return errors.New("work did not run concurrently")
				}
				return nil
			})
		if err != nil {
			t.Errorf("%d workers: %v", workers, err)
		}
	}
}

// TestOrderedStartsWorkersLazily asks for far more workers than items and
// counts the goroutines running while every item is being worked on: one
// producer and one worker per item, not a goroutine per worker asked for.
func TestOrderedStartsWorkersLazily(t *testing.T) {
	for _, tt := range []struct{ workers, items int }{
		{1 << 30, 3},
		{MaxWorkers + 1, 1},
		{-5, 2},
	} {
		before := runtime.NumGoroutine()
		var running atomic.Int64
		var pulled atomic.Int64
		all := make(chan struct{})
		want := min(max(tt.workers, 1), tt.items)
		most := 0
		err := Ordered(context.Background(), tt.workers, count(tt.items, &pulled),
			func(context.Context, int) int {
				if running.Add(1) == int64(want) {
					close(all)
				}
				select {
				case <-all:
				case <-time.After(10 * time.Second):
				}
				return runtime.NumGoroutine() - before
			},
			func(extra int) error {
				most = max(most, extra)
				return nil
			})
		if err != nil {
			t.Fatal(err)
		}
		// The producer and the workers; a worker with nothing to do could
		// at most be one more.
		if most > 1+tt.items {
			t.Errorf("%d workers, %d items: %d goroutines more than before, want at most %d", tt.workers, tt.items, most, 1+tt.items)
		}
	}
}

// TestOrderedWorkSeesCancel checks that work receives the context, so that
// long work can stop when the run is cancelled.
func TestOrderedWorkSeesCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var pulled atomic.Int64
	err := Ordered(ctx, 2, count(-1, &pulled),
		func(ctx context.Context, i int) int {
			if i == 3 {
				cancel()
			}
			if i > 3 {
				<-ctx.Done() // would block forever without the context
			}
			return i
		},
		func(int) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want %v", err, context.Canceled)
	}
}
