package variant

import (
	"testing"
)

// FuzzStripPinyin checks that the stripper never panics, gives the same
// output however the input is fed, is idempotent, only ever removes bytes,
// and counts a removal exactly when it changes something.
func FuzzStripPinyin(f *testing.F) {
	for _, tc := range pinyinCases {
		f.Add(tc.in)
	}
	f.Add(pinyinReadPage(f, "qixia-2025-78463.txt"))
	f.Add(pinyinReadPage(f, "nanjing-mirror-traditional-pinyin.txt")[:600])
	f.Fuzz(func(t *testing.T, in string) {
		out := StripPinyin.String(in)
		if len(out) > len(in) {
			t.Fatalf("output %q longer than input %q", out, in)
		}
		if again := StripPinyin.String(out); again != out {
			t.Errorf("not idempotent: %q → %q → %q", in, out, again)
		}
		s := NewPinyinStripper()
		if got := s.String(in); got != out || (s.Stripped() == 0) != (out == in) {
			t.Errorf("counting stripper: %q → %q with %d stripped, want %q", in, got, s.Stripped(), out)
		}
		if got, err := pinyinFeedOneByte(StripPinyin, in); err != nil || got != out {
			t.Errorf("one-byte Reader: %q → %q, %v; want %q", in, got, err, out)
		}
		if got, err := pinyinFeedChunks(StripPinyin, []byte(in), len(in)%16+1, len(in)%7+1); err != nil || got != out {
			t.Errorf("chunks: %q → %q, %v; want %q", in, got, err, out)
		}
		if got, err := pinyinFeedSplit(StripPinyin, []byte(in), len(in)/2); err != nil || got != out {
			t.Errorf("split: %q → %q, %v; want %q", in, got, err, out)
		}
	})
}
