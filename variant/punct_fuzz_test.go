package variant

import (
	"testing"
	"unicode/utf8"
)

// FuzzPunctuation checks that the transformer never panics, gives the same
// output however the input is fed, is idempotent, and maps each character to
// exactly one character.
func FuzzPunctuation(f *testing.F) {
	for _, tc := range punctCases {
		f.Add(tc.in)
	}
	f.Add(pinyinReadPage(f, "anhui-taihu-2019-00336.txt"))
	f.Add(StripPinyin.String(pinyinReadPage(f, "qixia-2025-78463.txt"))[:900])
	f.Fuzz(func(t *testing.T, in string) {
		out := Punctuation.String(in)
		if utf8.RuneCountInString(out) != utf8.RuneCountInString(in) {
			t.Fatalf("%q → %q: rune count changed", in, out)
		}
		if again := Punctuation.String(out); again != out {
			t.Errorf("not idempotent: %q → %q → %q", in, out, again)
		}
		if got, err := pinyinFeedOneByte(Punctuation, in); err != nil || got != out {
			t.Errorf("one-byte Reader: %q → %q, %v; want %q", in, got, err, out)
		}
		if got, err := pinyinFeedChunks(Punctuation, []byte(in), len(in)%16+1, len(in)%7+1); err != nil || got != out {
			t.Errorf("chunks: %q → %q, %v; want %q", in, got, err, out)
		}
		if got, err := pinyinFeedSplit(Punctuation, []byte(in), len(in)/2); err != nil || got != out {
			t.Errorf("split: %q → %q, %v; want %q", in, got, err, out)
		}
	})
}
