package variant

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/govnotice/govnotice/variant/charset"
	"github.com/govnotice/govnotice/variant/internal/fixture"
	"github.com/govnotice/govnotice/variant/internal/transformtest"
)

// canonicalFuzzCharsets are the charsets FuzzCanonicalStreamed picks from:
// detection (""), every encoding this package knows, by its name in sorted
// order (so that a byte of the corpus picks the charset it always did), and
// a name it does not know.
func canonicalFuzzCharsets(t testing.TB) []string {
	names := fixture.CharsetNames(t, "..")
	slices.Sort(names)
	return append(append([]string{""}, names...), "klingon")
}

// canonicalFuzzCharset returns the index of name in names, for a seed.
func canonicalFuzzCharset(f *testing.F, names []string, name string) uint8 {
	i := slices.Index(names, name)
	if i < 0 {
		f.Fatalf("no charset %q to fuzz", name)
	}
	return uint8(i)
}

// canonicalFuzzOptions are the Options for charset with the steps that the
// low four bits of keep switch off.
func canonicalFuzzOptions(charset string, keep uint8) Options {
	return Options{
		Charset:         charset,
		KeepPinyin:      keep&1 != 0,
		KeepScript:      keep&2 != 0,
		KeepPunctuation: keep&4 != 0,
		KeepSpace:       keep&8 != 0,
	}
}

// checkStreamed checks that every way of running the chain on data with opt
// gives what Canonical gives, text and counts: a Reader read through
// io.Copy and one byte at a time, over sources that give little at a time;
// the Chain driven by hand with a destination of dstSize bytes and the
// source in chunks of chunk bytes; and the halves of its Split one after the
// other, fed the same way. The only error allowed is a charset.UnknownError
// for a charset opt names and the package does not know, from Canonical and
// NewReader alike. It returns Canonical's result, or nil after that error.
func checkStreamed(t testing.TB, data []byte, opt Options, dstSize, chunk int) *Result {
	t.Helper()
	whole, err := Canonical(data, opt)
	if err != nil {
		var unknown *charset.UnknownError
		if !errors.As(err, &unknown) || unknown.Name != opt.Charset {
			t.Fatalf("Canonical(%q, %+v): %v", data, opt, err)
		}
		if _, err := charset.Lookup(opt.Charset); err == nil {
			t.Fatalf("Canonical(%q, %+v): %v, but charset.Lookup knows it", data, opt, err)
		}
		if _, err := NewReader(bytes.NewReader(data), opt); !errors.As(err, &unknown) {
			t.Fatalf("NewReader(%+v): %v, want the charset.UnknownError Canonical gave", opt, err)
		}
		return nil
	}
	if !utf8.Valid(whole.Text) {
		t.Fatalf("Canonical(%q, %+v) is not UTF-8: %q", data, opt, whole.Text)
	}
	want := statsOf(*whole)

	ways := []struct {
		name   string
		source func(io.Reader) io.Reader
		read   func(r *Reader, w io.Writer) error
	}{
		{"io.Copy (WriteTo), source one byte at a time", iotest.OneByteReader, func(r *Reader, w io.Writer) error {
			_, err := io.Copy(w, r)
			return err
		}},
		{"io.Copy by Read", func(r io.Reader) io.Reader { return r }, func(r *Reader, w io.Writer) error {
			_, err := io.Copy(w, struct{ io.Reader }{r}) // hides WriteTo
			return err
		}},
		{"Read one byte at a time, source halved", iotest.HalfReader, func(r *Reader, w io.Writer) error {
			_, err := io.Copy(w, iotest.OneByteReader(r))
			return err
		}},
		{"io.Copy, last bytes with io.EOF", iotest.DataErrReader, func(r *Reader, w io.Writer) error {
			_, err := io.Copy(w, r)
			return err
		}},
	}
	for _, way := range ways {
		r, err := NewReader(way.source(bytes.NewReader(data)), opt)
		if err != nil {
			t.Fatalf("NewReader(%+v): %v", opt, err)
		}
		var b bytes.Buffer
		if err := way.read(r, &b); err != nil {
			t.Fatalf("%s, %+v, input %.200q: %v", way.name, opt, data, err)
		}
		if !bytes.Equal(b.Bytes(), whole.Text) {
			t.Fatalf("%s, %+v, input %.200q:\nstreamed %.200q\n   whole %.200q", way.name, opt, data, b.Bytes(), whole.Text)
		}
		if got := statsOf(r.Stats()); got != want {
			t.Fatalf("%s, %+v, input %.200q: stats %+v, whole %+v", way.name, opt, data, got, want)
		}
	}

	c := NewChain(whole.Charset, opt)
	got, err := transformtest.Chunks(c, data, dstSize, chunk)
	if err != nil {
		t.Fatalf("Chain, %+v, dst %d, chunks of %d, input %.200q: %v", opt, dstSize, chunk, data, err)
	}
	st := c.Stats()
	st.Charset.Certain = whole.Charset.Certain
	if got != string(whole.Text) || statsOf(st) != want {
		t.Fatalf("Chain, %+v, dst %d, chunks of %d, input %.200q:\n%.200q, stats %+v\nwhole %.200q, stats %+v",
			opt, dstSize, chunk, data, got, statsOf(st), whole.Text, want)
	}

	// The halves of Split, one after the other, each on its own stream, as
	// govnotice text runs them on two goroutines.
	c = NewChain(whole.Charset, opt)
	if head, tail, ok := c.Split(); ok {
		mid, err := transformtest.Chunks(head, data, dstSize, chunk)
		got := ""
		if err == nil {
			got, err = transformtest.Chunks(tail, []byte(mid), dstSize, chunk)
		}
		st := c.Stats()
		st.Charset.Certain = whole.Charset.Certain
		if err != nil || got != string(whole.Text) || statsOf(st) != want {
			t.Fatalf("Split halves, %+v, dst %d, chunks of %d, input %.200q:\n%.200q, stats %+v, %v\nwhole %.200q, stats %+v",
				opt, dstSize, chunk, data, got, statsOf(st), err, whole.Text, want)
		}
	}
	return whole
}

// FuzzCanonicalStreamed checks that the chain gives one answer however it is
// run (see checkStreamed), for every charset the package knows and every
// combination of Options. The fuzz bytes pick the charset, the options, the
// feeding of the hand-driven Chain, and whether the input is repeated past
// the Reader's 64 KiB read-ahead.
func FuzzCanonicalStreamed(f *testing.F) {
	names := canonicalFuzzCharsets(f)
	for i, s := range fixture.Seeds(f, "..") {
		f.Add(s, uint8(i), uint8(i), uint8(i))
	}
	// Inputs that once failed it, with the charset, options and feed.
	f.Add([]byte("0"), canonicalFuzzCharset(f, names, "replacement"), uint8(1|8), uint8(0x02))
	f.Add([]byte("一二三四五六七八九十\xef\xbf\xbdゅ0"), uint8(0), uint8(0), uint8(0))
	f.Add([]byte("\n缜镝凙匒铝\ufffdゅ0\n"), uint8(0), uint8(8), uint8(0x02))
	f.Add([]byte("\xbfb\xe7C\x84A\x85A\xe4X\xad\xe5\xa4\xe50"), uint8(0), uint8(8), uint8(0)) // the page of that record
	f.Add([]byte("\ufeff\xbf\xbd①\xff"), uint8(0), uint8(0xF0), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, which, options, feed uint8) {
		opt := canonicalFuzzOptions(names[int(which)%len(names)], options)
		dstSize, chunk := int(feed%16)+1, int(feed>>4)+1
		if options>>4 == 0xF && len(data) > 0 {
			data = bytes.Repeat(data, 1+(charset.SniffLen+1000)/len(data))
			// Steps after the first may look at all the chain gives them
			// (4 KiB) for each few bytes of a tiny dst: feed the long
			// input in pieces about the chain's own size instead.
			dstSize, chunk = 4096-dstSize, 4096+chunk
		}
		checkStreamed(t, data, opt, dstSize, chunk)
	})
}
