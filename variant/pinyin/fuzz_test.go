package pinyin

import (
	"testing"

	"github.com/govnotice/govnotice/variant/internal/transformtest"
	"golang.org/x/text/transform"
)

// FuzzStrip checks that the stripper never panics, gives the same
// output however the input is fed, is idempotent, only ever removes bytes,
// and counts a removal exactly when it changes something.
func FuzzStrip(f *testing.F) {
	for _, tc := range pinyinCases {
		f.Add(tc.in)
	}
	f.Add(pinyinReadPage(f, "qixia-2025-78463.txt"))
	f.Add(pinyinReadPage(f, "nanjing-mirror-traditional-pinyin.txt")[:600])
	f.Fuzz(func(t *testing.T, in string) {
		out := Strip.String(in)
		if len(out) > len(in) {
			t.Fatalf("output %q longer than input %q", out, in)
		}
		if again := Strip.String(out); again != out {
			t.Errorf("not idempotent: %q → %q → %q", in, out, again)
		}
		s := new(Transformer)
		if got, _, _ := transform.String(s, in); got != out || (s.Stripped() == 0) != (out == in) {
			t.Errorf("counting Transformer: %q → %q with %d stripped, want %q", in, got, s.Stripped(), out)
		}
		if got, err := transformtest.OneByteReader(s, in); err != nil || got != out {
			t.Errorf("one-byte Reader: %q → %q, %v; want %q", in, got, err, out)
		}
		if got, err := transformtest.Chunks(s, []byte(in), len(in)%16+1, len(in)%7+1); err != nil || got != out {
			t.Errorf("chunks: %q → %q, %v; want %q", in, got, err, out)
		}
		if got, err := transformtest.SpanChunks(s, []byte(in), len(in)%16+1, len(in)%7+1); err != nil || got != out {
			t.Errorf("Span then Transform: %q → %q, %v; want %q", in, got, err, out)
		}
		if got, err := transformtest.Split(s, []byte(in), len(in)/2); err != nil || got != out {
			t.Errorf("split: %q → %q, %v; want %q", in, got, err, out)
		}
		transformtest.CheckSpan(t, s, in, out)
	})
}
