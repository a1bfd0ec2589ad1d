package main

import "testing"

func TestMemoryLimit(t *testing.T) {
	tests := []struct{ inFlight, want int64 }{
		{0, minMemoryLimit},
		{1 << 20, minMemoryLimit},
		{63 << 20, 4 * 63 << 20},
		{2 * 63 << 20, 8 * 63 << 20},
	}
	for _, tt := range tests {
		if got := memoryLimit(tt.inFlight); got != tt.want {
			t.Errorf("memoryLimit(%d) = %d, want %d", tt.inFlight, got, tt.want)
		}
	}
	// The user's GOMEMLIMIT wins: the budget is off.
	t.Setenv("GOMEMLIMIT", "1GiB")
	if m := newMemoryBudget(); !m.off {
		t.Error("a budget under GOMEMLIMIT is on")
	}
}
