package variant

import (
	"testing"

	"github.com/govnotice/govnotice/variant/internal/transformtest"
	"golang.org/x/text/transform"
)

// Short forms of the transformtest drivers that fail the test on an error.

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
	out, err := transformtest.OneByteReader(tr, in)
	if err != nil {
		t.Fatalf("reading %q one byte at a time: %v", in, err)
	}
	return out
}

func fedChunks(t testing.TB, tr transform.Transformer, in string, dstSize, chunk int) string {
	t.Helper()
	out, err := transformtest.Chunks(tr, []byte(in), dstSize, chunk)
	if err != nil {
		t.Fatalf("dst %d, chunks of %d, input %q: %v", dstSize, chunk, in, err)
	}
	return out
}
