package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	"github.com/govnotice/govnotice/variant"
)

// textPage reads a file of the repository's testdata.
func textPage(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("../../testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// textInputs are the pages copyText is tried on: one shorter than its read-ahead, and two long
// enough (200 KB) for the chain to be split.
func textInputs(t testing.TB) map[string][]byte {
	qixia := textPage(t, "pages/qixia-2025-78463.txt")
	nanjing := textPage(t, "pages/nanjing-mirror-traditional-pinyin.txt")
	gb := textPage(t, "encodings/qixia-2025-78463.gb18030.txt")
	return map[string][]byte{
		"short":        qixia,
		"long":         bytes.Repeat(nanjing, 1+200_000/len(nanjing)),
		"long gb18030": bytes.Repeat(gb, 1+200_000/len(gb)),
	}
}

// TestCopyText checks that copyText writes what variant.Canonical gives, on one goroutine and
// split in two, with every combination of steps the command can choose, over sources that give
// little at a time or their last bytes with io.EOF.
func TestCopyText(t *testing.T) {
	sources := map[string]func(io.Reader) io.Reader{
		"plain":    func(r io.Reader) io.Reader { return r },
		"half":     iotest.HalfReader,
		"data+EOF": iotest.DataErrReader,
	}
	for name, data := range textInputs(t) {
		for mask := range 8 {
			opt := variant.Options{KeepScript: mask&1 != 0, KeepPunctuation: mask&2 != 0, KeepSpace: mask&4 != 0}
			if name == "long gb18030" && mask == 0 {
				opt.Charset = "gb18030"
			}
			want, err := variant.Canonical(data, opt)
			if err != nil {
				t.Fatal(err)
			}
			for sname, source := range sources {
				for _, procs := range []int{1, 2} {
					var out bytes.Buffer
					if err := copyText(&out, source(bytes.NewReader(data)), opt, procs); err != nil {
						t.Fatalf("%s, %s source, %+v, procs %d: %v", name, sname, opt, procs, err)
					}
					if !bytes.Equal(out.Bytes(), want.Text) {
						t.Errorf("%s, %s source, %+v, procs %d: %d bytes differ from Canonical's %d",
							name, sname, opt, procs, out.Len(), len(want.Text))
					}
				}
			}
		}
	}
}

// errWriter fails after accepting n bytes.
type errWriter struct{ n int }

var errWriterFull = errors.New("disk full")

func (w *errWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		m := w.n
		w.n = 0
		return m, errWriterFull
	}
	w.n -= len(p)
	return len(p), nil
}

// TestCopyTextErrors checks that a failing writer or source ends copyText with its error, on one
// goroutine and on two, and leaves no goroutine behind.
func TestCopyTextErrors(t *testing.T) {
	long := textInputs(t)["long"]
	want, err := variant.Canonical(long, variant.Options{})
	if err != nil {
		t.Fatal(err)
	}
	boom := errors.New("disk on fire")
	for _, procs := range []int{1, 2} {
		goroutines := runtime.NumGoroutine()
		if err := copyText(&errWriter{n: 70000}, bytes.NewReader(long), variant.Options{}, procs); !errors.Is(err, errWriterFull) {
			t.Errorf("procs %d: to a writer that fails after 70000 bytes: %v, want %v", procs, err, errWriterFull)
		}
		var out bytes.Buffer
		err := copyText(&out, io.MultiReader(bytes.NewReader(long), iotest.ErrReader(boom)), variant.Options{}, procs)
		if !errors.Is(err, boom) {
			t.Errorf("procs %d: from a failing source: %v, want %v", procs, err, boom)
		}
		// A failed read is not the end of the text, so what the chain holds back for what might
		// follow (a trailing space, a starter that might compose) is not written, and nothing is
		// flushed: what was written is a prefix of the text.
		if !bytes.HasPrefix(want.Text, out.Bytes()) {
			t.Errorf("procs %d: from a source failing at its end wrote %d bytes that are not a prefix of the text", procs, out.Len())
		}
		if err := copyText(io.Discard, iotest.ErrReader(boom), variant.Options{}, procs); !errors.Is(err, boom) {
			t.Errorf("procs %d: from a source failing at once: %v, want %v", procs, err, boom)
		}
		if n := goroutinesDownTo(goroutines); n > goroutines {
			t.Errorf("procs %d: %d goroutines after the errors, %d before", procs, n, goroutines)
		}
	}
	if err := copyText(io.Discard, strings.NewReader("x"), variant.Options{Charset: "klingon"}, 2); err == nil {
		t.Error("an unknown charset gave no error")
	}
}

// goroutinesDownTo returns the number of goroutines once it is at most want, or after a second.
// A goroutine that has signalled its WaitGroup may still be on its way out for a moment; one that
// is stuck stays.
func goroutinesDownTo(want int) int {
	deadline := time.Now().Add(time.Second)
	for {
		n := runtime.NumGoroutine()
		if n <= want || time.Now().After(deadline) {
			return n
		}
		time.Sleep(time.Millisecond)
	}
}

// BenchmarkText runs copyText as govnotice text does, to io.Discard, on one goroutine and split
// in two: plain Traditional text (the Qixia page without its annotations, the kind of input the
// OpenCC CLI is compared on) and annotated Traditional text.
func BenchmarkText(b *testing.B) {
	page := textPage(b, "pages/qixia-2025-78463.txt")
	plain, err := variant.Canonical(page, variant.Options{KeepScript: true, KeepPunctuation: true})
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		data []byte
	}{
		{"traditional-utf8", bytes.Repeat(plain.Text, 1<<20/len(plain.Text))},
		{"annotated-traditional-utf8", bytes.Repeat(page, 1<<20/len(page))},
	} {
		for _, procs := range []int{1, 2} {
			name := bc.name + "/one-goroutine"
			if procs > 1 {
				name = bc.name + "/split"
			}
			b.Run(name, func(b *testing.B) {
				b.SetBytes(int64(len(bc.data)))
				b.ReportAllocs()
				for b.Loop() {
					if err := copyText(io.Discard, bytes.NewReader(bc.data), variant.Options{}, procs); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// blockCounter records the size of each Write. Like an *os.File it has a ReadFrom, which takes
// what a reader gives a Read at a time.
type blockCounter struct{ sizes []int }

func (c *blockCounter) Write(p []byte) (int, error) {
	c.sizes = append(c.sizes, len(p))
	return len(p), nil
}

func (c *blockCounter) ReadFrom(r io.Reader) (int64, error) {
	return io.Copy(struct{ io.Writer }{c}, r)
}

// TestCopyTextWritesBlocks checks that copyText writes in pieces of textBlock bytes, all but the
// last, however it runs: a file gets few write system calls.
func TestCopyTextWritesBlocks(t *testing.T) {
	long := textInputs(t)["long"]
	for _, procs := range []int{1, 2} {
		var w blockCounter
		if err := copyText(&w, bytes.NewReader(long), variant.Options{}, procs); err != nil {
			t.Fatal(err)
		}
		if len(w.sizes) < 2 {
			t.Fatalf("procs %d: %d writes", procs, len(w.sizes))
		}
		for i, n := range w.sizes[:len(w.sizes)-1] {
			if n != textBlock {
				t.Errorf("procs %d: write %d of %d has %d bytes, want %d", procs, i, len(w.sizes), n, textBlock)
				break
			}
		}
	}
}
