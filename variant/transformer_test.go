package variant

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/text/transform"
)

// checkTransformer checks that tr turns in into want however it is fed:
// whole, one byte at a time through a transform.Reader, and by hand with
// small source chunks and small destination buffers, as the x/text contract
// requires of every Transformer.
func checkTransformer(t *testing.T, tr transform.Transformer, in, want string) {
	t.Helper()
	if got := fedWhole(t, tr, in); got != want {
		t.Errorf("whole:\n got %q\nwant %q", got, want)
	}
	if got := fedOneByte(t, tr, in); got != want {
		t.Errorf("one byte at a time:\n got %q\nwant %q", got, want)
	}
	for _, dstSize := range []int{1, 2, 3, 5, 8, 64} {
		for _, chunk := range []int{1, 2, 3, 7, 64} {
			if got := fedChunks(t, tr, in, dstSize, chunk); got != want {
				t.Errorf("dst %d, src chunks of %d:\n got %q\nwant %q", dstSize, chunk, got, want)
				return
			}
		}
	}
}

func fedWhole(t testing.TB, tr transform.Transformer, in string) string {
	t.Helper()
	out, _, err := transform.String(tr, in)
	if err != nil {
		t.Fatalf("transform.String(%q): %v", in, err)
	}
	return out
}

func fedOneByte(t testing.TB, tr transform.Transformer, in string) string {
	t.Helper()
	tr.Reset()
	out, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(strings.NewReader(in)), tr))
	if err != nil {
		t.Fatalf("reading %q one byte at a time: %v", in, err)
	}
	return string(out)
}

// fedChunks drives tr by hand: the source arrives chunk bytes at a time and
// the destination buffer starts at dstSize bytes, growing only when the
// transformer cannot make progress at all (a single output unit may be
// larger than a tiny buffer).
func fedChunks(t testing.TB, tr transform.Transformer, in string, dstSize, chunk int) string {
	t.Helper()
	out, err := driveChunks(tr, []byte(in), dstSize, chunk)
	if err != nil {
		t.Fatalf("dst %d, chunks of %d, input %q: %v", dstSize, chunk, in, err)
	}
	return string(out)
}

func driveChunks(tr transform.Transformer, src []byte, dstSize, chunk int) ([]byte, error) {
	tr.Reset()
	var out []byte
	dst := make([]byte, dstSize)
	pos, avail := 0, min(chunk, len(src))
	stalls := 0
	for {
		atEOF := avail == len(src)
		nDst, nSrc, err := tr.Transform(dst, src[pos:avail], atEOF)
		if nDst > len(dst) || nSrc > avail-pos {
			return out, fmt.Errorf("Transform reported nDst=%d nSrc=%d beyond buffers", nDst, nSrc)
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
		case errors.Is(err, transform.ErrShortSrc):
			if atEOF {
				return out, errors.New("ErrShortSrc at EOF")
			}
			avail = min(avail+chunk, len(src))
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
