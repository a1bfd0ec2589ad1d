package main

import (
	"os"
	"runtime/debug"
	"sync"
)

// The memory a batch may take grows with the pages it holds, not with the
// Go runtime's habit of letting the heap double before it collects: a page
// being parsed holds its bytes, its canonical text and its record, about
// three times its size, and without a limit the heap grew to six or seven
// times the page before the collector ran (issue: a 63 MB page at 707 MiB).
// The limit is soft: a page whose record is larger than that (hostile
// pages of 200,000 repeated rows) makes the collector work harder, not the
// batch fail.
const (
	// memoryPerPageByte is the memory a page in flight may take, per byte.
	memoryPerPageByte = 4
	// minMemoryLimit leaves room for the runtime, buffers and small pages.
	minMemoryLimit = 64 << 20
)

// memoryBudget sets the Go runtime's memory limit to what the pages in
// flight need. A GOMEMLIMIT the user set wins: the budget is then off.
type memoryBudget struct {
	mu       sync.Mutex
	off      bool
	inFlight int64
}

func newMemoryBudget() *memoryBudget {
	return &memoryBudget{off: os.Getenv("GOMEMLIMIT") != ""}
}

// add counts n more bytes of pages in flight (n < 0 when a page is done).
func (m *memoryBudget) add(n int64) {
	if m == nil || m.off {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	m.inFlight += n
	debug.SetMemoryLimit(memoryLimit(m.inFlight))
}

// memoryLimit is the memory limit for pages of inFlight bytes in all.
func memoryLimit(inFlight int64) int64 {
	return max(minMemoryLimit, memoryPerPageByte*inFlight)
}
