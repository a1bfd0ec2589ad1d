package parse

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// benchPage returns a page of about size bytes: the Qixia page's header
// followed by its body repeated.
func benchPage(b *testing.B, size int) []byte {
	page, err := os.ReadFile("../testdata/pages/qixia-2025-78463.txt")
	if err != nil {
		b.Fatal(err)
	}
	if size <= len(page) {
		return page
	}
	i := bytes.Index(page, []byte("\n11月18日"))
	head, body := page[:i+1], page[i+1:]
	out := bytes.NewBuffer(make([]byte, 0, size+len(body)))
	out.Write(head)
	for out.Len() < size {
		out.Write(body)
		out.WriteByte('\n')
	}
	return out.Bytes()
}

// BenchmarkParse measures the whole path from bytes to record: one page,
// then pages of growing size to show that the cost is linear.
func BenchmarkParse(b *testing.B) {
	for _, size := range []int{0, 70 << 10, 700 << 10, 1 << 20, 7 << 20} {
		name := "qixia"
		if size > 0 {
			name = fmt.Sprintf("%dKB", size>>10)
		}
		b.Run(name, func(b *testing.B) {
			page := benchPage(b, size)
			b.SetBytes(int64(len(page)))
			b.ReportAllocs()
			defer reportCPU(b, cpuTime())
			for b.Loop() {
				if _, err := Parse(page); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// reportCPU reports the CPU time per operation since start: on a machine
// other work shares, wall time swings too much to compare builds, and the
// process's own CPU time much less.
func reportCPU(b *testing.B, start time.Duration) {
	if start > 0 && b.N > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkParseEval parses every page of the evaluation set, text and
// HTML apart, from sites of every province: real pages of every size,
// layout and charset, as a batch meets them.
func BenchmarkParseEval(b *testing.B) {
	for _, kind := range []string{"txt", "html"} {
		paths, err := filepath.Glob("../testdata/eval/pages/*." + kind)
		if err != nil || len(paths) == 0 {
			b.Fatalf("no eval pages: %v", err)
		}
		var pages [][]byte
		total := 0
		for _, p := range paths {
			d, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			pages, total = append(pages, d), total+len(d)
		}
		b.Run(kind, func(b *testing.B) {
			b.SetBytes(int64(total))
			b.ReportAllocs()
			defer reportCPU(b, cpuTime())
			for b.Loop() {
				for _, p := range pages {
					if _, err := Parse(p); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

// BenchmarkParseDocument measures a page whose body is an official
// document, which the structure stage takes apart: the gov.cn notice with
// its appendix.
func BenchmarkParseDocument(b *testing.B) {
	page, err := os.ReadFile("../testdata/pages/govcn-guobanhan-2018-71.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(page); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHostile times the robustness tests' inputs: each must parse well
// under a second.
func BenchmarkHostile(b *testing.B) {
	var rows bytes.Buffer
	rows.WriteString("索引号：000014349/2018-00204\n")
	for i := range 100_000 {
		fmt.Fprintf(&rows, "| 发布机构： | 机构%d | 统一编号： | %d |\n", i, i)
	}
	nest := bytes.Repeat([]byte("("), 200_000)
	nest = append(nest, "通知"...)
	nest = append(nest, bytes.Repeat([]byte(")"), 200_000)...)
	for _, tt := range []struct {
		name string
		page []byte
	}{
		{"bars-20MB", bytes.Repeat([]byte("|"), 20<<20)},
		{"label-rows-100k", rows.Bytes()},
		{"parens-200k", append(append([]byte("标题："), nest...), "\n发布机构：县政府\n"...)},
	} {
		b.Run(tt.name, func(b *testing.B) {
			b.SetBytes(int64(len(tt.page)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(tt.page); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkHostileScaling parses pages that grow in the shapes that were
// once quadratic: URLs in the body, attachment rows, one 文件下载 row of
// many cells, and pipe rows of labels. Parsing is linear when the MB/s of
// each shape stays flat as the page grows (README, Performance).
func BenchmarkHostileScaling(b *testing.B) {
	shapes := []struct {
		name string
		line func(w *bytes.Buffer, i int)
		head string
		sep  string // after the last item, for shapes that are one line
	}{
		{"urls", func(w *bytes.Buffer, i int) {
			fmt.Fprintf(w, "详见 http://www.example.gov.cn/files/%d/doc.pdf 。\n", i)
		}, "索引号：000014349/2018-00204\n发布机构：某县人民政府\n\n", ""},
		{"attachment-rows", func(w *bytes.Buffer, i int) {
			fmt.Fprintf(w, "| 相关附件： | 附件%d <http://www.example.gov.cn/files/%d.pdf> |\n", i, i)
		}, "| 索引号： | 000014349/2018-00204 |\n", ""},
		{"download-cells", func(w *bytes.Buffer, i int) {
			fmt.Fprintf(w, " 附件%d.pdf |", i)
		}, "| 索引号： | 000014349/2018-00204 |\n| 文件下载： |", "\n"},
		{"label-rows", func(w *bytes.Buffer, i int) {
			fmt.Fprintf(w, "| 发布机构： | 机构%d | 统一编号： | %d |\n", i, i)
		}, "", ""},
	}
	for _, sh := range shapes {
		for _, n := range []int{10_000, 50_000, 200_000} {
			var page bytes.Buffer
			page.WriteString(sh.head)
			for i := range n {
				sh.line(&page, i)
			}
			page.WriteString(sh.sep + "\n正文。\n")
			b.Run(fmt.Sprintf("%s/%d", sh.name, n), func(b *testing.B) {
				b.SetBytes(int64(page.Len()))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := Parse(page.Bytes()); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}
