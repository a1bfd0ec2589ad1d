package variant

import (
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// TestNoWorkAtInit runs this test binary again with GODEBUG=inittrace=1 and checks that no
// package of variant (but the test helpers) allocates at start-up: the tables are Go source, not
// built at init, so a program that imports variant starts as fast as one that does not.
func TestNoWorkAtInit(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the test binary again")
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	line := regexp.MustCompile(`(?m)^init (github.com/govnotice/govnotice/variant\S*) @.* (\d+) bytes, (\d+) allocs$`)
	seen := 0
	for _, m := range line.FindAllStringSubmatch(string(out), -1) {
		if strings.Contains(m[1], "/internal/fixture") || strings.Contains(m[1], "/internal/transformtest") {
			continue // test helpers
		}
		seen++
		if m[2] != "0" || m[3] != "0" {
			t.Errorf("init %s: %s bytes in %s allocations", m[1], m[2], m[3])
		}
	}
	if seen == 0 {
		t.Errorf("no init of a variant package in the trace:\n%s", out)
	}
}
