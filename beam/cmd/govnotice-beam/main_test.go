package main

import (
	"bytes"
	"context"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// The runs of the tests use Prism, the default runner, in this process.
func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

// runArgs parses args as the command's own flags and runs it.
func runArgs(t *testing.T, args ...string) (int, string) {
	t.Helper()
	fs := flag.NewFlagSet("govnotice-beam", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	f := register(fs)
	if err := fs.Parse(args); err != nil {
		t.Fatalf("%q: %v", args, err)
	}
	var stderr bytes.Buffer
	code := run(context.Background(), f, fs.Args(), &stderr)
	return code, stderr.String()
}

func TestRun(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out", "n")
	code, stderr := runArgs(t, "--output", out, "--max_size", "1M",
		"--input", "../../../testdata/pages/*.txt", "../../../warc/testdata/wget.warc.gz")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	const want = "17 records, 0 failures; 1 WARC files, 6 pages, 0 record errors; records skipped: content-type 1, not-response 13, status 2\n"
	if !strings.HasSuffix(stderr, want) {
		t.Errorf("stderr ends %q, want %q", lastLine(stderr), want)
	}
	names, _ := filepath.Glob(out + "*")
	if len(names) < 2 || !strings.HasSuffix(names[0], "-00000-of-0000"+strconv.Itoa(len(names)-1)+".jsonl") ||
		names[len(names)-1] != out+".failed-00000-of-00001.jsonl" {
		t.Errorf("files %q, want records and one empty file of failures", names)
	}
	var lines int
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		lines += bytes.Count(b, []byte("\n"))
	}
	if lines != 17 {
		t.Errorf("%d lines written, want 17", lines)
	}
}

// Pages in the dead letters make the exit status 1, as a failed page does
// for the CLI; the others are written.
func TestRunFailures(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	manifest := filepath.Join(dir, "list")
	os.WriteFile(manifest, []byte(empty+"\n../../../testdata/pages/qixia-2025-78463.txt\n"), 0o644)
	out := filepath.Join(dir, "out", "n")
	code, stderr := runArgs(t, "--output", out, "--dead_letter", filepath.Join(dir, "dead"), "--manifest", manifest)
	if code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, stderr)
	}
	if !strings.Contains(stderr, "1 records, 1 failures\n") || !strings.Contains(stderr, "1 pages gave no record: see "+filepath.Join(dir, "dead")+"-*.jsonl") {
		t.Errorf("stderr: %s", stderr)
	}
}

func TestUsage(t *testing.T) {
	for _, args := range [][]string{
		{"--output", "x"},
		{"pages/*.html"},
		{"--output", "x", "--charset", "klingon", "a.html"},
		{"--output", "hdfs://x/y", "a.html"},
	} {
		code, stderr := runArgs(t, args...)
		if code != 2 || !strings.HasPrefix(stderr, "govnotice-beam: ") || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%q: exit %d, stderr %q; want 2 and one line", args, code, stderr)
		}
	}
	var s byteSize
	for v, want := range map[string]int64{"65536": 65536, "64K": 64 << 10, "10m": 10 << 20, "1G": 1 << 30} {
		if err := s.Set(v); err != nil || int64(s) != want {
			t.Errorf("Set(%q): %d, %v", v, s, err)
		}
	}
	for _, v := range []string{"", "0", "-1", "K", "1T", "9999999999G"} {
		if err := s.Set(v); err == nil {
			t.Errorf("Set(%q) accepted", v)
		}
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	return lines[len(lines)-1]
}
