package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkConvert converts a folder of 1000 pages (the sample pages, each
// copy made unique by an appended line) to JSON Lines in-process, with one
// and two workers, and reports pages per second. testdata/scale.sh measures
// the built binary on larger batches, with its memory.
//
//	go test ./cmd/govnotice -run XXX -bench Convert -count 5
func BenchmarkConvert(b *testing.B) {
	names, err := filepath.Glob("../../testdata/pages/*.txt")
	if err != nil || len(names) == 0 {
		b.Fatalf("sample pages: %v", err)
	}
	var pages [][]byte
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	dir := b.TempDir()
	const n = 1000
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("%02d", i/100))
		os.MkdirAll(sub, 0o755)
		page := fmt.Appendf(append([]byte(nil), pages[i%len(pages)]...), "\n附注：批量测试第%d页。\n", i)
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("page-%04d.txt", i)), page, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	for _, j := range []int{1, 2} {
		b.Run(fmt.Sprintf("j%d", j), func(b *testing.B) {
			var errOut strings.Builder
			for b.Loop() {
				if code := run([]string{"convert", "-j", fmt.Sprint(j), dir}, nil, io.Discard, &errOut); code != 0 {
					b.Fatalf("exit %d: %s", code, errOut.String())
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

// BenchmarkConvertWARC converts the same 1000 pages (the sample text and
// HTML pages, each copy made unique) as loose files and as one gzipped WARC
// file, as wget writes it (a request and a response record a page, one gzip
// member a record, a charset in each Content-Type), to JSON Lines
// in-process with one and two workers. Besides the time it reports the CPU
// time of the process per run (cpu-s/op), which other work on a shared
// machine disturbs less. The sub-benchmarks of one -count run one after
// another, so with -count N the two inputs are measured interleaved:
//
//	go test ./cmd/govnotice -run '^$' -bench ConvertWARC -count 10 > warc.txt
//	benchstat -col /input warc.txt
func BenchmarkConvertWARC(b *testing.B) {
	type sample struct {
		data             []byte
		ext, contentType string
	}
	var samples []sample
	for _, s := range []struct{ pattern, contentType string }{
		{"../../testdata/pages/*.txt", "text/plain; charset=utf-8"},
		{"../../testdata/html/sites/*.html", "text/html"},
	} {
		names, err := filepath.Glob(s.pattern)
		if err != nil || len(names) == 0 {
			b.Fatalf("sample pages %s: %v", s.pattern, err)
		}
		for _, name := range names {
			data, err := os.ReadFile(name)
			if err != nil {
				b.Fatal(err)
			}
			samples = append(samples, sample{data, filepath.Ext(name), s.contentType})
		}
	}
	dir := b.TempDir()
	var crawl bytes.Buffer
	const n = 1000
	for i := range n {
		s := samples[i%len(samples)]
		sub := filepath.Join(dir, "pages", fmt.Sprintf("%02d", i/100))
		os.MkdirAll(sub, 0o755)
		page := fmt.Appendf(append([]byte(nil), s.data...), "\n附注：批量测试第%d页。\n", i)
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("page-%04d%s", i, s.ext)), page, 0o644); err != nil {
			b.Fatal(err)
		}
		uri := fmt.Sprintf("http://www.example.gov.cn/xxgk/%02d/page-%04d%s", i/100, i, s.ext)
		writeWARCRecord(b, &crawl, "request", uri, i, "application/http; msgtype=request",
			fmt.Appendf(nil, "GET /xxgk/%02d/page-%04d%s HTTP/1.1\r\nHost: www.example.gov.cn\r\n\r\n", i/100, i, s.ext))
		writeWARCRecord(b, &crawl, "response", uri, i, "application/http; msgtype=response",
			fmt.Appendf(nil, "HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", s.contentType, len(page), page))
	}
	warcFile := filepath.Join(dir, "crawl.warc.gz")
	if err := os.WriteFile(warcFile, crawl.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	for _, j := range []int{1, 2} {
		for _, in := range []struct{ name, path string }{{"files", filepath.Join(dir, "pages")}, {"warc", warcFile}} {
			b.Run(fmt.Sprintf("input=%s/j=%d", in.name, j), func(b *testing.B) {
				var errOut strings.Builder
				cpu := cpuTime()
				for b.Loop() {
					errOut.Reset()
					if code := run([]string{"convert", "-j", fmt.Sprint(j), in.path}, nil, io.Discard, &errOut); code != 0 {
						b.Fatalf("exit %d: %s", code, errOut.String())
					}
				}
				b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "pages/s")
				if used := cpuTime() - cpu; used > 0 {
					b.ReportMetric(used.Seconds()/float64(b.N), "cpu-s/op")
				}
			})
		}
	}
}

// writeWARCRecord appends a WARC/1.0 record to w as one gzip member, as
// wget writes them.
func writeWARCRecord(b *testing.B, w io.Writer, typ, uri string, id int, contentType string, block []byte) {
	zw := gzip.NewWriter(w)
	fmt.Fprintf(zw, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: <%s>\r\nWARC-Date: 2026-01-02T03:04:05Z\r\nWARC-Record-ID: <urn:uuid:%s-%08d>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", typ, uri, typ, id, contentType, len(block))
	zw.Write(block)
	zw.Write([]byte("\r\n\r\n"))
	if err := zw.Close(); err != nil {
		b.Fatal(err)
	}
}
