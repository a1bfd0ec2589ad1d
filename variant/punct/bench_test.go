package punct

import (
	"strings"
	"testing"

	"github.com/govnotice/govnotice/variant/internal/transformtest"
	"github.com/govnotice/govnotice/variant/pinyin"
)

// punctBenchPages is every sample page, annotations stripped, as one text.
func punctBenchPages(b *testing.B) string {
	var sb strings.Builder
	for _, page := range []string{
		"qixia-2025-78463.txt",
		"anhui-taihu-2019-00336.txt",
		"govcn-guobanhan-2018-71.txt",
		"jiangxi-wanzai-statistics-2023.txt",
		"nanjing-mirror-traditional-pinyin.txt",
	} {
		sb.WriteString(pinyin.Strip.String(readPage(b, page)))
		sb.WriteString("\n")
	}
	return sb.String()
}

func BenchmarkPunctuation(b *testing.B) {
	raw := punctBenchPages(b)
	done := Normalize.String(raw)
	// Pages as scraped: the Qixia and Nanjing pages have ASCII punctuation
	// throughout.
	b.Run("mixed-raw", func(b *testing.B) {
		transformtest.BenchTransform(b, new(Transformer), transformtest.Repeat([]byte(raw), 1<<20))
	})
	// The same pages once normalized: every mark is looked at, few change.
	b.Run("mixed-normalized", func(b *testing.B) {
		transformtest.BenchTransform(b, new(Transformer), transformtest.Repeat([]byte(done), 1<<20))
	})
	b.Run("mixed-normalized-reader", func(b *testing.B) {
		transformtest.BenchReader(b, new(Transformer), transformtest.Repeat([]byte(done), 1<<20))
	})
}
