package variant

import (
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/text/transform"
)

// Random texts built from the pieces that matter to each transformer, with a
// fixed seed: the fuzz targets' properties, over inputs the fuzzer is slow to
// find (runs of annotations, nested and unmatched parentheses, long units).

var pinyinRandomPieces = []string{
	"區", "會", "𠀋", "A", "1", " ", "\n", "(", "（", ")", "）",
	"(qū)", "（huì）", "(huì )", "(lǜ)", "(m̀)", "(qu\u0304)", "(Qū)", "(m)", "(试行)",
	"qū", "chu", "à", "ü", "\u0304", "\xef\xbc", "\xc3",
}

var punctRandomPieces = []string{
	"中", "區", "a", "Z", "1", "０", "Ａ", " ", "\n", "“", "”", "、",
	",", ";", ":", "?", "!", "(", ")", "，", "：", "（", "）",
	strings.Repeat(",", 100), strings.Repeat("(", 60), strings.Repeat("a", 100), strings.Repeat("中", 100),
	"\xef\xbc", "\xff",
}

func pinyinRandomText(r *rand.Rand, pieces []string) string {
	var sb strings.Builder
	for range r.IntN(40) {
		sb.WriteString(pieces[r.IntN(len(pieces))])
	}
	return sb.String()
}

func pinyinCheckRandom(t *testing.T, tr transform.Transformer, str func(string) string, pieces []string) {
	r := rand.New(rand.NewPCG(1, 2))
	n := 1000
	if testing.Short() {
		n = 100
	}
	for range n {
		in := pinyinRandomText(r, pieces)
		out := str(in)
		if again := str(out); again != out {
			t.Fatalf("not idempotent: %q → %q → %q", in, out, again)
		}
		if got, err := pinyinFeedOneByte(tr, in); err != nil || got != out {
			t.Fatalf("one-byte Reader: %q → %q, %v; want %q", in, got, err, out)
		}
		if got, err := pinyinFeedChunks(tr, []byte(in), 1+r.IntN(16), 1+r.IntN(8)); err != nil || got != out {
			t.Fatalf("chunks: %q → %q, %v; want %q", in, got, err, out)
		}
		if got, err := pinyinFeedSplit(tr, []byte(in), r.IntN(len(in)+1)); err != nil || got != out {
			t.Fatalf("split: %q → %q, %v; want %q", in, got, err, out)
		}
	}
}

func TestStripPinyinRandom(t *testing.T) {
	pinyinCheckRandom(t, StripPinyin, StripPinyin.String, pinyinRandomPieces)
}

func TestPunctuationRandom(t *testing.T) {
	pinyinCheckRandom(t, Punctuation, Punctuation.String, punctRandomPieces)
}
