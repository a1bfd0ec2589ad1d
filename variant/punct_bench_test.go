package variant

import (
	"strings"
	"testing"
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
		sb.WriteString(StripPinyin.String(pinyinReadPage(b, page)))
		sb.WriteString("\n")
	}
	return sb.String()
}

func BenchmarkPunctuation(b *testing.B) {
	raw := punctBenchPages(b)
	done := Punctuation.String(raw)
	// Pages as scraped: the Qixia and Nanjing pages have ASCII punctuation
	// throughout.
	b.Run("mixed-raw", func(b *testing.B) { pinyinBenchTransform(b, Punctuation, pinyinBenchInput(b, []byte(raw))) })
	// The same pages once normalized: every mark is looked at, few change.
	b.Run("mixed-normalized", func(b *testing.B) { pinyinBenchTransform(b, Punctuation, pinyinBenchInput(b, []byte(done))) })
	b.Run("mixed-normalized-reader", func(b *testing.B) { pinyinBenchReader(b, Punctuation, pinyinBenchInput(b, []byte(done))) })
}
