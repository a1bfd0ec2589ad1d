package golden

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestLineDiff(t *testing.T) {
	for _, tc := range []struct {
		name, want, got, diff string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"changed line", "一\n二\n三\n四\n五\n", "一\n二\n叁\n四\n五\n",
			"  …\n     2| 二\n-    3| 三\n+    3| 叁\n     4| 四\n  …\n"},
		{"added at the end", "a\n", "a\nb\n", "     1| a\n+    2| b\n"},
		{"removed first", "a\nb\nc\n", "b\nc\n", "-    1| a\n     2| b\n  …\n"},
		{"line ending", "a\nb\n", "a\r\nb\n", "-    1| a\n+    1| \"a\\r\"\n     2| b\n"},
		{"no final newline", "a\n", "a", "-    1| a\n+    1| a (no line ending: the file ends here)\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := LineDiff([]byte(tc.want), []byte(tc.got)); got != tc.diff {
				t.Errorf("LineDiff =\n%s\nwant\n%s", got, tc.diff)
			}
		})
	}
	long := strings.Repeat("x\n", 200)
	if d := LineDiff([]byte(long), []byte(strings.ReplaceAll(long, "x", "y"))); !strings.HasSuffix(d, "(more lines differ)\n") || strings.Count(d, "\n") != maxDiffLines+1 {
		t.Errorf("a long diff is not cut at %d lines:\n%s", maxDiffLines, d)
	}
}

// recorder is a testing.TB that keeps what the harness reports.
type recorder struct {
	testing.TB
	errors []string
	fatal  bool
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	r.fatal = true
	runtime.Goexit()
}
func (r *recorder) Fatal(args ...any) { r.Fatalf("%s", fmt.Sprint(args...)) }

func run(f func(t testing.TB)) *recorder {
	r := new(recorder)
	done := make(chan struct{})
	go func() {
		defer close(done)
		f(r)
	}()
	<-done
	return r
}

func TestCheck(t *testing.T) {
	// The test sets -update itself; it runs the same under go test -update.
	was := flag.Lookup("update").Value.String()
	flag.Set("update", "false")
	t.Cleanup(func() { flag.Set("update", was) })
	path := filepath.Join(t.TempDir(), "sub", "a.golden")
	if r := run(func(t testing.TB) { Check(t, path, []byte("x\n")) }); !r.fatal || !strings.Contains(r.errors[0], "go test -update") {
		t.Fatalf("missing file: %q, want a fatal error saying how to create it", r.errors)
	}
	if err := flag.Set("update", "true"); err != nil {
		t.Fatal(err)
	}
	r := run(func(t testing.TB) { Check(t, path, []byte("x\n")) })
	flag.Set("update", "false")
	if len(r.errors) != 0 {
		t.Fatalf("-update: %q", r.errors)
	}
	if data, err := os.ReadFile(path); err != nil || string(data) != "x\n" {
		t.Fatalf("-update wrote %q, %v", data, err)
	}
	if r := run(func(t testing.TB) { Check(t, path, []byte("x\n")) }); len(r.errors) != 0 {
		t.Errorf("same bytes: %q", r.errors)
	}
	if r := run(func(t testing.TB) { Check(t, path, []byte("y\n")) }); len(r.errors) != 1 || r.fatal || !strings.Contains(r.errors[0], "+    1| y") {
		t.Errorf("other bytes: %q", r.errors)
	}
}
