// Package batch runs work on many items at once and hands the results back
// one at a time in the order of the items, so that a parallel run writes the
// same output as a sequential one. It is the pipeline of the govnotice
// command, for programs that convert many pages themselves:
//
//	err := batch.Ordered(ctx, runtime.NumCPU(), paths,
//		func(ctx context.Context, path string) result {
//			n, err := parser.ParseFile(path)
//			return result{n, err}
//		},
//		func(r result) error {
//			// report r.err, or write r.n
//		})
//
// It streams: memory holds a bounded window of results, not the batch, so a
// run over millions of pages takes the memory of a few.
package batch

import (
	"context"
	"iter"
	"sync"
)

// MaxWorkers bounds the workers of [Ordered]. Each worker holds an item
// being worked on and each reserves two places in the window of results, so
// a worker count typed by mistake (-j 1000000) must not become a million
// goroutines and a window of two million results before any work is done.
// Work that only waits (on a network) rarely gains from more.
const MaxWorkers = 1024

// Ordered calls work on each item of items in up to workers goroutines at
// once, and emit on each result in the order of items, whatever order the
// work finishes in; so its output does not depend on workers. emit is
// called from the goroutine that called Ordered, one result at a time, and
// needs no locking.
//
// workers below 1 mean 1 and above [MaxWorkers] mean MaxWorkers. A worker
// goroutine is started only when an item is ready and no worker is idle, so
// a batch of three items never starts more than three.
//
// It streams: items are pulled as results are emitted, and at most
// 2×workers results wait to be emitted at any time (besides the one being
// emitted and the items being worked on), so memory does not grow with the
// number of items. items is iterated in one goroutine of its own.
//
// It stops early when emit returns an error, which Ordered returns, or
// when ctx is done, returning ctx.Err(); work receives ctx, so that long
// work can stop too. Work already started finishes and its results are
// dropped, and Ordered returns only once every goroutine it started has
// ended, the iteration of items included: an iterator that blocks (on a
// pipe, say) delays the return until it yields or ends.
//
// A panic in work is not recovered: it ends the program, as in any
// goroutine. A caller whose work may panic on bad input recovers in work
// and returns the failure as a result.
func Ordered[T, R any](ctx context.Context, workers int, items iter.Seq[T], work func(context.Context, T) R, emit func(R) error) error {
	workers = min(max(workers, 1), MaxWorkers)
	type job struct {
		item   T
		result chan R // capacity 1: a worker never waits for emit
	}
	var (
		// pending holds each job's result channel in the order of items.
		// Its capacity bounds the results waiting to be emitted.
		pending = make(chan chan R, 2*workers)
		jobs    = make(chan job)
		stop    = make(chan struct{})
		running sync.WaitGroup
	)
	worker := func() {
		for j := range jobs {
			j.result <- work(ctx, j.item)
		}
	}
	go func() {
		defer close(pending)
		defer close(jobs)
		started := 0
		for item := range items {
			// Once stop is closed both sends below may be ready as well,
			// and select would pick one at random: check it first.
			select {
			case <-stop:
				return
			default:
			}
			result := make(chan R, 1)
			select {
			case pending <- result:
			case <-stop:
				return
			}
			j := job{item, result}
			select {
			case jobs <- j: // an idle worker took it
				continue
			default:
			}
			if started < workers {
				started++
				running.Go(worker)
			}
			select {
			case jobs <- j:
			case <-stop:
				return
			}
		}
	}()

	var err error
	for result := range pending {
		if err != nil {
			continue // drain until the producer sees stop
		}
		select {
		case r := <-result:
			err = emit(r)
		case <-ctx.Done():
		}
		if err == nil {
			err = ctx.Err()
		}
		if err != nil {
			close(stop)
		}
	}
	// The producer has closed jobs, so the workers end once their last
	// item is done.
	running.Wait()
	return err
}
