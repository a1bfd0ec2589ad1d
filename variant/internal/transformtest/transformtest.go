// Package transformtest checks that a [transform.Transformer] keeps the
// contract of golang.org/x/text/transform, the way x/text tests its own: the
// same output whole, through a one-byte reader and writer, cut in two at any
// position, into destination buffers of a few bytes with the source offered
// a few bytes at a time, after Reset, and, for a
// [transform.SpanningTransformer], with Span and Transform interleaved.
//
// It is shared by the tests of the packages of variant, and imported by
// tests only.
package transformtest

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/transform"
)

// Check checks that tr turns in into want however it is fed: whole
// ([transform.String]), one byte at a time through a [transform.Reader] and a
// [transform.Writer], cut in two at every position (every seventh for inputs
// over 512 bytes), into destination buffers of 1 to 16 bytes with the source
// in small chunks, after a Reset that follows an unfinished text, and, when
// tr is a [transform.SpanningTransformer], with Span called before each
// Transform (see [CheckSpan]).
func Check(t testing.TB, tr transform.Transformer, in, want string) {
	t.Helper()
	check := func(how, got string, err error) bool {
		t.Helper()
		if err != nil {
			t.Errorf("%s, input %.200q: %v", how, in, err)
			return false
		}
		if got != want {
			t.Errorf("%s: mismatch for %.200q (-want +got):\n%s", how, in, cmp.Diff(want, got))
			return false
		}
		return true
	}
	got, _, err := transform.String(tr, in)
	check("transform.String", got, err)
	got, err = OneByteReader(tr, in)
	check("one-byte Reader", got, err)
	got, err = OneByteWriter(tr, in)
	check("one-byte Writer", got, err)
	got, err = AfterReset(tr, in)
	check("Reset after an unfinished text", got, err)

	// Long inputs are cut at fewer places and fed in fewer ways, so that a
	// test on a megabyte of text still takes seconds.
	stride, dstSizes, chunks := 1, []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}, []int{1, 2, 3, 5, 7, 16, 4096}
	switch {
	case len(in) > 64<<10:
		stride, dstSizes, chunks = len(in)/16, []int{1, 8}, []int{1, 4096}
	case len(in) > 512:
		stride, dstSizes, chunks = 7, []int{1, 2, 3, 5, 8, 16}, []int{1, 3, 16}
	}
	for i := 0; i <= len(in); i += stride {
		got, err := Split(tr, []byte(in), i)
		if !check(fmt.Sprintf("split at %d", i), got, err) {
			return
		}
	}
	for _, dstSize := range dstSizes {
		for _, chunk := range chunks {
			got, err := Chunks(tr, []byte(in), dstSize, chunk)
			if !check(fmt.Sprintf("dst %d, chunks of %d", dstSize, chunk), got, err) {
				return
			}
		}
	}
	if st, ok := tr.(transform.SpanningTransformer); ok {
		CheckSpan(t, st, in, want)
	}
}

// CheckSpan checks Span against want, the output of Transform on in: Span
// over the whole input returns a prefix of in that want starts with, nil only
// when want is in, and Transform goes on from where it stopped; and Span and
// Transform interleaved, with the source in chunks and small destination
// buffers, give want.
func CheckSpan(t testing.TB, tr transform.SpanningTransformer, in, want string) {
	t.Helper()
	tr.Reset()
	n, err := tr.Span([]byte(in), true)
	switch {
	case n < 0 || n > len(in):
		t.Errorf("Span(%.200q, true) = %d, beyond the input", in, n)
		return
	case err == nil && n != len(in):
		t.Errorf("Span(%.200q, true) = %d, nil: nil with input left", in, n)
	case err == nil && want != in:
		t.Errorf("Span(%.200q, true) = %d, nil, but the output %.200q differs", in, n, want)
	case err != nil && err != transform.ErrEndOfSpan:
		t.Errorf("Span(%.200q, true) = %d, %v; want nil or ErrEndOfSpan at the end of input", in, n, err)
	case !strings.HasPrefix(want, in[:n]):
		t.Errorf("Span(%.200q, true) = %d, but the output %.200q does not start with %.200q", in, n, want, in[:n])
	}
	if t.Failed() {
		return
	}
	rest, err := drive(tr, []byte(in[n:]), 64, len(in)+1, false) // no Reset: go on from the span
	if err != nil || in[:n]+string(rest) != want {
		t.Errorf("Span(%.200q, true) = %d, then Transform of the rest gave %.200q, %v; want %.200q", in, n, rest, err, want[n:])
		return
	}
	dstSizes, chunks := []int{1, 3, 16, 4096}, []int{1, 2, 5, 4096}
	if len(in) > 64<<10 {
		dstSizes, chunks = []int{16, 4096}, []int{1, 4096}
	}
	for _, dstSize := range dstSizes {
		for _, chunk := range chunks {
			got, err := SpanChunks(tr, []byte(in), dstSize, chunk)
			if err != nil || got != want {
				t.Errorf("Span then Transform, dst %d, chunks of %d, input %.200q: %v (-want +got):\n%s", dstSize, chunk, in, err, cmp.Diff(want, got))
				return
			}
		}
	}
}

// OneByteReader runs tr through transform.NewReader over a reader that
// returns one byte per Read.
func OneByteReader(tr transform.Transformer, in string) (string, error) {
	tr.Reset()
	b, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(strings.NewReader(in)), tr))
	return string(b), err
}

// OneByteWriter runs tr through transform.NewWriter, writing one byte at a
// time.
func OneByteWriter(tr transform.Transformer, in string) (string, error) {
	tr.Reset()
	var sb strings.Builder
	w := transform.NewWriter(&sb, tr)
	for i := range len(in) {
		if _, err := w.Write([]byte{in[i]}); err != nil {
			return sb.String(), err
		}
	}
	err := w.Close()
	return sb.String(), err
}

// AfterReset leaves tr in the middle of another text (in reversed, fed with
// atEOF false), resets it, and then runs it over in without resetting again.
func AfterReset(tr transform.Transformer, in string) (string, error) {
	other := []byte(in)
	for i, j := 0, len(other)-1; i < j; i, j = i+1, j-1 {
		other[i], other[j] = other[j], other[i]
	}
	other = append([]byte("區(qū)\r 著,"), other...)
	tr.Reset()
	tr.Transform(make([]byte, 2*len(other)+64), other, false)
	tr.Reset()
	out, err := drive(tr, []byte(in), 64, len(in)+1, false)
	return string(out), err
}

// Split runs tr over in given as two pieces cut at i: the first with atEOF
// false, then whatever tr left unconsumed plus the rest.
func Split(tr transform.Transformer, in []byte, i int) (string, error) {
	tr.Reset()
	dst := make([]byte, 3*len(in)+64)
	nDst, nSrc, err := tr.Transform(dst, in[:i], false)
	if err != nil && err != transform.ErrShortSrc {
		return "", fmt.Errorf("first piece: %v", err)
	}
	out := string(dst[:nDst])
	nDst2, nSrc2, err := tr.Transform(dst, in[nSrc:], true)
	if err != nil {
		return "", fmt.Errorf("second piece: %v", err)
	}
	if nSrc+nSrc2 != len(in) {
		return "", errors.New("not all input consumed")
	}
	return out + string(dst[:nDst2]), nil
}

// Chunks drives tr by hand: the source arrives chunk bytes at a time and the
// destination buffer starts at dstSize bytes, growing only when the
// transformer cannot make progress at all (a single output unit may be
// larger than a tiny buffer). It checks the counts Transform returns
// against its buffers and the errors against the contract.
func Chunks(tr transform.Transformer, src []byte, dstSize, chunk int) (string, error) {
	tr.Reset()
	out, err := drive(tr, src, dstSize, chunk, false)
	return string(out), err
}

// SpanChunks is Chunks with Span called on the source first, each time
// there is new source: what Span passes is copied to the output as it is,
// and Transform goes on from there.
func SpanChunks(tr transform.SpanningTransformer, src []byte, dstSize, chunk int) (string, error) {
	tr.Reset()
	out, err := drive(tr, src, dstSize, chunk, true)
	return string(out), err
}

func drive(tr transform.Transformer, src []byte, dstSize, chunk int, span bool) ([]byte, error) {
	st, _ := tr.(transform.SpanningTransformer)
	span = span && st != nil
	var out []byte
	dst := make([]byte, dstSize)
	pos, avail := 0, min(chunk, len(src))
	stalls := 0
	fresh := true // src[pos:avail] has not been offered to Span yet
	for {
		atEOF := avail == len(src)
		if span && fresh {
			fresh = false
			n, err := st.Span(src[pos:avail], atEOF)
			if n < 0 || n > avail-pos {
				return out, fmt.Errorf("transformtest: Span reported n=%d beyond its %d bytes", n, avail-pos)
			}
			if err == nil && n != avail-pos {
				return out, fmt.Errorf("transformtest: Span returned nil after %d of %d bytes", n, avail-pos)
			}
			out = append(out, src[pos:pos+n]...)
			pos += n
			switch {
			case err == nil:
				if atEOF {
					// Span has passed everything; Transform must agree
					// that nothing is left to flush.
					nDst, _, err := tr.Transform(dst, nil, true)
					if nDst != 0 || err != nil {
						return out, fmt.Errorf("transformtest: Span passed all input, then Transform(nil, atEOF) = %d, %v", nDst, err)
					}
					return out, nil
				}
				avail = min(avail+chunk, len(src))
				fresh = true
				continue
			case errors.Is(err, transform.ErrShortSrc):
				if atEOF {
					return out, errors.New("transformtest: Span returned ErrShortSrc at EOF")
				}
				avail = min(avail+chunk, len(src))
				fresh = true
				continue
			case errors.Is(err, transform.ErrEndOfSpan):
			default:
				return out, fmt.Errorf("transformtest: Span: %v", err)
			}
		}
		nDst, nSrc, err := tr.Transform(dst, src[pos:avail], atEOF)
		if nDst < 0 || nDst > len(dst) || nSrc < 0 || nSrc > avail-pos {
			return out, fmt.Errorf("transformtest: Transform reported nDst=%d nSrc=%d beyond buffers of %d and %d", nDst, nSrc, len(dst), avail-pos)
		}
		out = append(out, dst[:nDst]...)
		pos += nSrc
		progress := nDst > 0 || nSrc > 0
		switch {
		case err == nil:
			if pos != avail {
				return out, fmt.Errorf("nil error but consumed %d of %d bytes", pos, avail)
			}
			if atEOF {
				return out, nil
			}
			avail = min(avail+chunk, len(src))
			fresh = true
		case errors.Is(err, transform.ErrShortSrc):
			if atEOF {
				return out, errors.New("ErrShortSrc at EOF")
			}
			avail = min(avail+chunk, len(src))
			fresh = true
			progress = true
		case errors.Is(err, transform.ErrShortDst):
			if !progress {
				dst = make([]byte, 2*len(dst))
			}
		default:
			return out, err
		}
		if progress {
			stalls = 0
		} else if stalls++; stalls > 64 {
			return out, errors.New("no progress")
		}
	}
}

// RandomText joins up to 40 pieces drawn by r.
func RandomText(r *rand.Rand, pieces []string) string {
	var sb strings.Builder
	for range r.IntN(40) {
		sb.WriteString(pieces[r.IntN(len(pieces))])
	}
	return sb.String()
}

// CheckRandom builds random texts from pieces, with a fixed seed, and checks
// on each that str (the transformer's String) is idempotent and that tr gives
// what str gives one byte at a time, in chunks into small buffers, cut in two
// and with Span: the fuzz targets' properties, over inputs the fuzzer is slow
// to find.
func CheckRandom(t *testing.T, tr transform.Transformer, str func(string) string, pieces []string) {
	t.Helper()
	r := rand.New(rand.NewPCG(1, 2))
	n := 1000
	if testing.Short() {
		n = 100
	}
	st, spanning := tr.(transform.SpanningTransformer)
	for range n {
		in := RandomText(r, pieces)
		out := str(in)
		if again := str(out); again != out {
			t.Fatalf("not idempotent: %.200q → %.200q → %.200q", in, out, again)
		}
		if got, err := OneByteReader(tr, in); err != nil || got != out {
			t.Fatalf("one-byte Reader: %.200q → %.200q, %v; want %.200q", in, got, err, out)
		}
		dstSize, chunk := 1+r.IntN(16), 1+r.IntN(8)
		if got, err := Chunks(tr, []byte(in), dstSize, chunk); err != nil || got != out {
			t.Fatalf("chunks: %.200q → %.200q, %v; want %.200q", in, got, err, out)
		}
		if got, err := Split(tr, []byte(in), r.IntN(len(in)+1)); err != nil || got != out {
			t.Fatalf("split: %.200q → %.200q, %v; want %.200q", in, got, err, out)
		}
		if spanning {
			if got, err := SpanChunks(st, []byte(in), dstSize, chunk); err != nil || got != out {
				t.Fatalf("Span then Transform: %.200q → %.200q, %v; want %.200q", in, got, err, out)
			}
		}
	}
}

// Repeat repeats page to a little over size bytes, for benchmarks.
func Repeat(page []byte, size int) []byte {
	return bytes.Repeat(page, size/len(page)+1)
}

// BenchTransform measures one Transform call over all of in.
func BenchTransform(b *testing.B, tr transform.Transformer, in []byte) {
	dst := make([]byte, 3*len(in))
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		tr.Reset()
		if _, _, err := tr.Transform(dst, in, true); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchReader measures a transform.Reader, which feeds the Transformer in
// 4 KiB pieces.
func BenchReader(b *testing.B, tr transform.Transformer, in []byte) {
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	r := bytes.NewReader(in)
	for b.Loop() {
		r.Reset(in)
		if _, err := io.Copy(io.Discard, transform.NewReader(r, tr)); err != nil {
			b.Fatal(err)
		}
	}
}
