package convert

import (
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
		{func(o *Options) { o.Shards = -1 }, "shards -1"},
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
		if strings.HasSuffix(p.Path, "7") {
			panic("boom")
		}
		return outcome{line: p.Path}
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
		p.submit(page{Path: fmt.Sprint(i), File: fmt.Sprint(i)}, emit)
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
	p.submit(page{Path: "1"}, func(outcome) {})
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
