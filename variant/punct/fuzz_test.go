package punct

import (
	"testing"
	"unicode/utf8"

	"github.com/govnotice/govnotice/variant/internal/transformtest"
	"github.com/govnotice/govnotice/variant/pinyin"
)

// FuzzPunctuation checks that the transformer never panics, gives the same
// output however the input is fed (Span included), is idempotent, and maps each character to
// exactly one character.
func FuzzPunctuation(f *testing.F) {
	for _, tc := range punctCases {
		f.Add(tc.in)
	}
	f.Add(readPage(f, "anhui-taihu-2019-00336.txt"))
	f.Add(pinyin.Strip.String(readPage(f, "qixia-2025-78463.txt"))[:900])
	f.Fuzz(func(t *testing.T, in string) {
		out := Normalize.String(in)
		if utf8.RuneCountInString(out) != utf8.RuneCountInString(in) {
			t.Fatalf("%q → %q: rune count changed", in, out)
		}
		if again := Normalize.String(out); again != out {
			t.Errorf("not idempotent: %q → %q → %q", in, out, again)
		}
		if got, err := transformtest.OneByteReader(new(Transformer), in); err != nil || got != out {
			t.Errorf("one-byte Reader: %q → %q, %v; want %q", in, got, err, out)
		}
		if got, err := transformtest.Chunks(new(Transformer), []byte(in), len(in)%16+1, len(in)%7+1); err != nil || got != out {
			t.Errorf("chunks: %q → %q, %v; want %q", in, got, err, out)
		}
		if got, err := transformtest.Split(new(Transformer), []byte(in), len(in)/2); err != nil || got != out {
			t.Errorf("split: %q → %q, %v; want %q", in, got, err, out)
		}
		if got, err := transformtest.SpanChunks(new(Transformer), []byte(in), len(in)%16+1, len(in)%7+1); err != nil || got != out {
			t.Errorf("Span then Transform: %q → %q, %v; want %q", in, got, err, out)
		}
		transformtest.CheckSpan(t, new(Transformer), in, out)
	})
}
