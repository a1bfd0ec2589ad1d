package convert

import (
	"fmt"
	"sync"
)

// pool runs the work of one bundle on n goroutines. Pages go in through
// submit, outcomes come back to the caller's goroutine through the emit
// function of submit and finish; at most n pages wait to start and n
// outcomes to be emitted, so memory is bounded whatever the bundle's size.
type pool struct {
	in   chan page
	out  chan outcome
	quit chan struct{}
	once sync.Once
	wg   sync.WaitGroup
}

// newPool starts n goroutines that run work on the pages submitted.
func newPool(n int, work func(page) outcome) *pool {
	p := &pool{
		in:   make(chan page, n),
		out:  make(chan outcome, n),
		quit: make(chan struct{}),
	}
	p.wg.Add(n)
	for range n {
		go func() {
			defer p.wg.Done()
			for {
				var pg page
				var ok bool
				select {
				case pg, ok = <-p.in:
					if !ok {
						return
					}
				case <-p.quit:
					return
				}
				o := safely(work, pg)
				select {
				case p.out <- o:
				case <-p.quit:
					return
				}
			}
		}()
	}
	return p
}

// safely runs work on pg, and turns a panic into the page's failure: a bug
// the parser meets on one page must not take down the worker, and the
// panic would escape Beam's recovery, which only guards the goroutine that
// calls the DoFn.
func safely(work func(page) outcome, pg page) (o outcome) {
	defer func() {
		if r := recover(); r != nil {
			o = outcome{failure(pg.path, pg.file, fmt.Errorf("internal error: %v", r)), true}
		}
	}()
	return work(pg)
}

// submit hands pg to the pool, emitting outcomes while it waits for room,
// and then those that are ready.
func (p *pool) submit(pg page, emit func(outcome)) {
	for sent := false; !sent; {
		select {
		case p.in <- pg:
			sent = true
		case o := <-p.out:
			emit(o)
		}
	}
	for {
		select {
		case o := <-p.out:
			emit(o)
		default:
			return
		}
	}
}

// finish waits for every page submitted and emits the outcomes left. The
// pool is done after it.
func (p *pool) finish(emit func(outcome)) {
	close(p.in)
	go func() {
		p.wg.Wait()
		close(p.out)
	}()
	for o := range p.out {
		emit(o)
	}
}

// stop ends the goroutines of a pool whose bundle failed, dropping the
// outcomes not emitted: the runner retries the bundle.
func (p *pool) stop() {
	p.once.Do(func() { close(p.quit) })
}
