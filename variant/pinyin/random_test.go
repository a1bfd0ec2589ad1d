package pinyin

import (
	"testing"

	"github.com/govnotice/govnotice/variant/internal/transformtest"
)

// Random texts built from the pieces that matter to each transformer, with a
// fixed seed: the fuzz targets' properties, over inputs the fuzzer is slow to
// find (runs of annotations, nested and unmatched parentheses, long units).

var pinyinRandomPieces = []string{
	"區", "會", "𠀋", "A", "1", " ", "\n", "(", "（", ")", "）",
	"(qū)", "（huì）", "(huì )", "(lǜ)", "(m̀)", "(qu\u0304)", "(Qū)", "(m)", "(试行)",
	"qū", "chu", "à", "ü", "\u0304", "\xef\xbc", "\xc3",
}

func TestStripPinyinRandom(t *testing.T) {
	transformtest.CheckRandom(t, new(Transformer), Strip.String, pinyinRandomPieces)
}
