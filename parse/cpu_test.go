package parse

import (
	"os"
	"syscall"
	"testing"
	"time"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestCPUPerPage(t *testing.T) {
	if os.Getenv("CPU") == "" {
		t.Skip()
	}
	for _, size := range []int{0, 70 << 10, 1 << 20, 7 << 20} {
		page := benchPage(&testing.B{}, size)
		n := 1 + (20<<20)/len(page)
		start := cpuTime()
		for range n {
			Parse(page)
		}
		d := (cpuTime() - start) / time.Duration(n)
		t.Logf("%8d bytes: %v cpu/op, %.1f MB/s", len(page), d, float64(len(page))/d.Seconds()/1e6)
	}
}
