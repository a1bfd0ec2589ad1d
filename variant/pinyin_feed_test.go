package variant

// Drivers that feed a Transformer in different ways, shared by the pinyin and
// punctuation tests. Every way must give the same output as transform.String
// on the whole input.

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/variant/internal/transformtest"
	"golang.org/x/text/transform"
)

// pinyinFeedChunks is driveChunks with the result as a string.
func pinyinFeedChunks(tr transform.Transformer, in []byte, dstSize, chunk int) (string, error) {
	return transformtest.Chunks(tr, in, dstSize, chunk)
}

// pinyinFeedSplit runs tr over in given as two pieces cut at i: the first
// with atEOF false, then whatever tr left unconsumed plus the rest.
func pinyinFeedSplit(tr transform.Transformer, in []byte, i int) (string, error) {
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

// pinyinFeedOneByte runs tr through transform.NewReader over a reader that
// returns one byte per Read.
func pinyinFeedOneByte(tr transform.Transformer, in string) (string, error) {
	tr.Reset()
	b, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(strings.NewReader(in)), tr))
	return string(b), err
}

// pinyinFeedWriter runs tr through transform.NewWriter, writing one byte at a
// time.
func pinyinFeedWriter(tr transform.Transformer, in string) (string, error) {
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

// pinyinCheckFeeds checks that every way of feeding in to tr gives want:
// whole, one byte at a time through a Reader and a Writer, cut in two at
// every position (at every stride-th position for long inputs), and into dst
// buffers of 1 to 16 bytes with the input offered in small chunks.
func pinyinCheckFeeds(t *testing.T, tr transform.Transformer, in, want string) {
	t.Helper()
	check := func(how, got string, err error) {
		t.Helper()
		if err != nil {
			t.Errorf("%s: %v", how, err)
			return
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: mismatch for %q (-want +got):\n%s", how, in, diff)
		}
	}
	got, _, err := transform.String(tr, in)
	check("transform.String", got, err)
	got, err = pinyinFeedOneByte(tr, in)
	check("one-byte Reader", got, err)
	got, err = pinyinFeedWriter(tr, in)
	check("one-byte Writer", got, err)

	stride := 1
	if len(in) > 512 {
		stride = 7
	}
	for i := 0; i <= len(in); i += stride {
		got, err := pinyinFeedSplit(tr, []byte(in), i)
		check(fmt.Sprintf("split at %d", i), got, err)
		if t.Failed() {
			return
		}
	}
	chunks := []int{1, 2, 3, 5, 7, 16, 4096}
	if len(in) > 512 {
		chunks = []int{1, 3, 16}
	}
	for dstSize := 1; dstSize <= 16; dstSize++ {
		for _, chunk := range chunks {
			got, err := pinyinFeedChunks(tr, []byte(in), dstSize, chunk)
			check(fmt.Sprintf("dst %d, chunks of %d", dstSize, chunk), got, err)
			if t.Failed() {
				return
			}
		}
	}
}
