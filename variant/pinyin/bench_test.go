package pinyin

import (
	"testing"

	"github.com/govnotice/govnotice/variant/internal/transformtest"
)

func BenchmarkStripPinyin(b *testing.B) {
	annotated := []byte(pinyinReadPage(b, "qixia-2025-78463.txt"))
	clean := Strip.Bytes(annotated)
	in := transformtest.Repeat(annotated, 1<<20)
	b.Run("annotated", func(b *testing.B) { transformtest.BenchTransform(b, noCount{}, in) })
	b.Run("annotated-counting", func(b *testing.B) { transformtest.BenchTransform(b, new(Transformer), in) })
	b.Run("annotated-reader", func(b *testing.B) { transformtest.BenchReader(b, new(Transformer), in) })
	b.Run("clean", func(b *testing.B) { transformtest.BenchTransform(b, noCount{}, transformtest.Repeat(clean, 1<<20)) })
}
