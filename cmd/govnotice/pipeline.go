package main

import (
	"context"
	"iter"
	"sync"
)

// ordered calls work on each item of items in n goroutines and emit on the
// results one at a time, in the order of items, whatever order the work
// finishes in; so output does not depend on n.
//
// It streams: items are pulled as results are emitted, and at most 2n
// results wait to be emitted at any time (plus one being emitted), so memory
// does not grow with the number of items. items is iterated in a single
// goroutine.
//
// It stops early when emit returns an error, which it returns, or when ctx
// is done, returning ctx.Err(); work already started finishes and its
// results are dropped.
func ordered[T, R any](ctx context.Context, n int, items iter.Seq[T], work func(T) R, emit func(R) error) error {
	n = max(n, 1)
	type job struct {
		item   T
		result chan R // capacity 1: a worker never waits for emit
	}
	var (
		// pending holds each job's result channel in the order of items.
		// Its capacity bounds the results waiting to be emitted.
		pending = make(chan chan R, 2*n)
		jobs    = make(chan job)
		stop    = make(chan struct{})
		workers sync.WaitGroup
	)
	for range n {
		workers.Go(func() {
			for j := range jobs {
				j.result <- work(j.item)
			}
		})
	}
	go func() {
		defer close(pending)
		defer close(jobs)
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
			select {
			case jobs <- job{item, result}:
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
			err = ctx.Err()
		}
		if err == nil {
			err = ctx.Err()
		}
		if err != nil {
			close(stop)
		}
	}
	workers.Wait()
	return err
}
