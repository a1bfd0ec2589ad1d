package convert

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

func TestValidate(t *testing.T) {
	old := t.TempDir()
	for i := range 2 {
		os.WriteFile(ShardName(filepath.Join(old, "n"), i, 2), nil, 0o644)
	}
	ok := Options{Inputs: []string{"pages/*.html"}, Output: "out/notices"}
	if err := ok.Validate(); err != nil {
		t.Errorf("%+v: %v", ok, err)
	}
	tests := []struct {
		change func(*Options)
		want   string
	}{
		{func(o *Options) { o.Inputs = nil }, "no input"},
		{func(o *Options) { o.Inputs = []string{" "} }, "empty"},
		{func(o *Options) { o.Output = "" }, "no output"},
		{func(o *Options) { o.DeadLetter = o.Output }, "dead-letter prefix is the output prefix"},
		{func(o *Options) { o.Output = filepath.Join(old, "n") }, "n-00000-of-00002.jsonl and 1 more files exist"},
		{func(o *Options) { o.DeadLetter = filepath.Join(old, "n") }, "n-00000-of-00002.jsonl and 1 more files exist"},
		{func(o *Options) { o.Parallelism = -2 }, "parallelism -2"},
		{func(o *Options) { o.MaxSize = -1 }, "max size -1"},
		{func(o *Options) { o.Charset = "klingon" }, `charset "klingon"`},
		{func(o *Options) { o.Labels = map[string]string{"文件编号": "docnum"} }, "unknown field"},
		{func(o *Options) { o.Output = "hdfs://x/notices" }, `scheme "hdfs" not registered`},
	}
	for _, tt := range tests {
		o := ok
		tt.change(&o)
		if err := o.Validate(); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%+v: %v, want an error with %q", o, err, tt.want)
		}
		// Build refuses them too, before it adds anything.
		p, s := beam.NewPipelineWithRoot()
		if err := Build(s, o); err == nil {
			t.Errorf("Build accepted %+v", o)
		}
		_ = p
	}
	o := ok
	o.Labels = map[string]string{"文件编号": "doc_number", "浏览次数": "ui"}
	if err := o.Validate(); err != nil {
		t.Errorf("labels: %v", err)
	}
}

func TestIsWARC(t *testing.T) {
	for name, want := range map[string]bool{
		"crawl.warc": true, "crawl.warc.gz": true, "CRAWL.WARC.GZ": true, "gs://b/x.warc.gzip": true,
		"page.html": false, "crawl.warc.zst": false, "warc": false, "crawl.gz": false,
	} {
		if got := isWARC(name); got != want {
			t.Errorf("isWARC(%q) = %v", name, got)
		}
	}
}

func TestManifestLine(t *testing.T) {
	var got []string
	for _, line := range []string{"a.html", "  b.txt\r", "", "   ", "# comment", "gs://bucket/c d.html"} {
		manifestLine(line, func(p string) { got = append(got, p) })
	}
	if want := []string{"a.html", "b.txt", "gs://bucket/c d.html"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestFailureLine(t *testing.T) {
	_, err := os.Open(filepath.Join(t.TempDir(), "nope"))
	line := failure("a\"b.txt", "a\"b.txt", err)
	var f failed
	if err := json.Unmarshal([]byte(line), &f); err != nil {
		t.Fatal(err)
	}
	if f != (failed{Path: "a\"b.txt", File: "a\"b.txt", Error: "no such file or directory"}) {
		t.Errorf("%s", line)
	}
	// Every key is always there, so the lines load as a table.
	var m map[string]any
	json.Unmarshal([]byte(failure("p", "f", fmt.Errorf("x"))), &m)
	for _, k := range []string{"path", "file", "line", "column", "error"} {
		if _, ok := m[k]; !ok {
			t.Errorf("no key %q in %v", k, m)
		}
	}
}

// The pool gives back one outcome per page, whatever their number, and a
// panic in the work is the page's failure, not the worker's end.
func TestPool(t *testing.T) {
	var running, most atomic.Int32
	work := func(p page) outcome {
		n := running.Add(1)
		defer running.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		if strings.HasSuffix(p.path, "7") {
			panic("boom")
		}
		return outcome{line: p.path}
	}
	p := newPool(3, work)
	var got []string
	var failures int
	emit := func(o outcome) {
		if o.failed {
			failures++
			if !strings.Contains(o.line, "internal error: boom") {
				t.Errorf("failure %s", o.line)
			}
			return
		}
		got = append(got, o.line)
	}
	for i := range 100 {
		p.submit(page{path: fmt.Sprint(i), file: fmt.Sprint(i)}, emit)
	}
	p.finish(emit)
	if len(got) != 90 || failures != 10 {
		t.Errorf("%d records and %d failures, want 90 and 10", len(got), failures)
	}
	if m := most.Load(); m > 3 {
		t.Errorf("%d pages at once in a pool of 3", m)
	}

	// A pool stopped before finish (a failed bundle) ends its goroutines.
	p = newPool(2, work)
	p.submit(page{path: "1"}, func(outcome) {})
	p.stop()
	p.wg.Wait()
}

// WriteShards writes every line once, each in the shard its hash picks, and
// every shard, empty or not.
func TestWriteShards(t *testing.T) {
	var lines []string
	for i := range 500 {
		lines = append(lines, fmt.Sprintf(`{"n":%d}`, i))
	}
	prefix := filepath.Join(t.TempDir(), "sub", "lines")
	const shards = 7
	p, s := beam.NewPipelineWithRoot()
	WriteShards(s, prefix, shards, beam.CreateList(s, lines))
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	got := readShards(t, prefix, shards)
	slices.Sort(lines)
	if !slices.Equal(got, lines) {
		t.Errorf("%d lines written, want %d", len(got), len(lines))
	}
	key := &shardKeyFn{Shards: shards}
	for i := range shards {
		b, err := os.ReadFile(ShardName(prefix, i, shards))
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range sortedLines(string(b)) {
			if k, _ := key.ProcessElement(l); k != i {
				t.Errorf("%s in shard %d, its hash says %d", l, i, k)
			}
		}
	}

	// No line at all: every shard is still there, empty.
	prefix = filepath.Join(t.TempDir(), "none")
	p, s = beam.NewPipelineWithRoot()
	WriteShards(s, prefix, 2, beam.CreateList(s, []string{}))
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	if got := readShards(t, prefix, 2); len(got) != 0 {
		t.Errorf("lines %q", got)
	}
}

// finalizeFn names the files of the bundles that succeeded in the order of
// their names, removes what failed attempts left, and can run again.
func TestFinalize(t *testing.T) {
	dir := t.TempDir()
	prefix := filepath.Join(dir, "out", "n")
	temp := prefix + ".tmp-run"
	os.MkdirAll(temp, 0o755)
	for _, name := range []string{"b.jsonl", "a.jsonl", "orphan.jsonl"} {
		os.WriteFile(filepath.Join(temp, name), []byte(name+"\n"), 0o644)
	}
	names := []string{filepath.Join(temp, "b.jsonl"), "", filepath.Join(temp, "a.jsonl")}
	fn := &finalizeFn{Prefix: prefix, Temp: temp}
	run := func() error {
		i := 0
		return fn.ProcessElement(context.Background(), 0, func(s *string) bool {
			if i == len(names) {
				return false
			}
			*s = names[i]
			i++
			return true
		})
	}
	for attempt := range 2 {
		if err := run(); err != nil {
			t.Fatalf("attempt %d: %v", attempt, err)
		}
		for i, want := range []string{"a.jsonl\n", "b.jsonl\n"} {
			b, err := os.ReadFile(ShardName(prefix, i, 2))
			if string(b) != want {
				t.Errorf("attempt %d: file %d holds %q, %v; want %q", attempt, i, b, err, want)
			}
		}
		if _, err := os.Stat(temp); !os.IsNotExist(err) {
			t.Errorf("attempt %d: the temporary folder is still there: %v", attempt, err)
		}
	}

	// No file at all: one empty file says the output is whole.
	names = []string{""}
	fn.Prefix = filepath.Join(dir, "none")
	if err := run(); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(ShardName(fn.Prefix, 0, 1)); err != nil || len(b) > 0 {
		t.Errorf("%q, %v", b, err)
	}
}
