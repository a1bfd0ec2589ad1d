package parse

import (
	"bytes"
	"fmt"
	"os"
	"testing"
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
			for b.Loop() {
				if _, err := Parse(page); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
