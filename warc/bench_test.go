package warc

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// benchPages is the number of pages in the benchmark's crawl.
const benchPages = 5000

// benchCrawl is a crawl as wget writes it: for each page a request and a
// response record, one gzip member each, the pages taken in turn from the
// repository's test pages (text and HTML, 2 to 21 KB) and each made
// unique. plain is the same records uncompressed.
var benchCrawl = sync.OnceValues(func() (plain, gzipped []byte) {
	var files [][]byte
	for _, pattern := range []string{"../testdata/pages/*.txt", "../testdata/html/sites/*.html"} {
		names, _ := filepath.Glob(pattern)
		for _, name := range names {
			data, err := os.ReadFile(name)
			if err != nil {
				panic(err)
			}
			files = append(files, data)
		}
	}
	var p, z bytes.Buffer
	for i := range benchPages {
		uri := fmt.Sprintf("http://www.example.gov.cn/xxgk/%d.html", i)
		body := append(files[i%len(files)], fmt.Sprintf("\n<!-- %d -->\n", i)...)
		req := warcRecord("request", uri, []string{"Content-Type: application/http; msgtype=request"}, "GET / HTTP/1.1\r\nHost: www.example.gov.cn\r\n\r\n")
		resp := response(uri, "200 OK", []string{"Content-Type: text/html; charset=utf-8", fmt.Sprintf("Content-Length: %d", len(body))}, string(body))
		p.WriteString(req + resp)
		z.Write(gzipMembers(req, resp))
	}
	return p.Bytes(), z.Bytes()
})

// BenchmarkReader reads the crawl as a caller does: every record, and the
// payload of every page. MB/s is of the uncompressed stream.
//
//	go test ./warc -run '^$' -bench Reader -benchmem -count 6
func BenchmarkReader(b *testing.B) {
	plain, gzipped := benchCrawl()
	for _, bc := range []struct {
		name string
		file []byte
	}{
		{"gzip", gzipped},
		{"plain", plain},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(plain)))
			b.ReportAllocs()
			records := 0
			for b.Loop() {
				r := NewReader(bytes.NewReader(bc.file))
				for {
					rec, err := r.Next()
					if err == io.EOF {
						break
					}
					if err != nil {
						b.Fatal(err)
					}
					records++
					if page, reason := rec.Page(); reason == ReasonNone {
						if _, err := io.Copy(io.Discard, page.Body); err != nil {
							b.Fatal(err)
						}
					}
				}
			}
			if records != 2*benchPages*b.N {
				b.Fatalf("%d records in %d runs", records, b.N)
			}
			b.ReportMetric(float64(records)/b.Elapsed().Seconds(), "records/s")
			b.ReportMetric(float64(benchPages*b.N)/b.Elapsed().Seconds(), "pages/s")
			b.ReportMetric(float64(len(bc.file)), "file-bytes")
		})
	}
}
