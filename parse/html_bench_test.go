package parse

import (
	"bytes"
	"os"
	"testing"

	"golang.org/x/net/html"
)

// benchHTMLPages are the gov.cn pages the HTML benchmarks read: a typical
// one (15 KB) and the largest (300 KB, long tables).
var benchHTMLPages = []struct{ name, path string }{
	{"govcn-15KB", "../testdata/html/govcn-2019/01-000014349-2019-00007.html"},
	{"govcn-300KB", "../testdata/html/govcn-2019/04-000014349-2019-00004.html"},
}

// BenchmarkParseHTML measures the whole path from an HTML page's bytes to
// its record: charset detection, html.Parse, rendering, the text parser.
// Compare with BenchmarkHTMLParseOnly on the same bytes.
func BenchmarkParseHTML(b *testing.B) {
	for _, page := range benchHTMLPages {
		b.Run(page.name, func(b *testing.B) {
			data := readBench(b, page.path)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			defer reportCPU(b, cpuTime())
			for b.Loop() {
				if _, err := Parse(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkHTMLParseOnly is html.Parse alone on the bytes of
// BenchmarkParseHTML: the floor that reading HTML costs.
func BenchmarkHTMLParseOnly(b *testing.B) {
	for _, page := range benchHTMLPages {
		b.Run(page.name, func(b *testing.B) {
			data := readBench(b, page.path)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			defer reportCPU(b, cpuTime())
			for b.Loop() {
				if _, err := html.Parse(bytes.NewReader(data)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func readBench(b *testing.B, path string) []byte {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	return data
}
