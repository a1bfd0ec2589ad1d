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
// HTML pages, each copy made unique) as loose files, as a gzipped WARC file
// and as a plain one, written as wget writes them (a request and a response
// record a page, one gzip member a record, a charset in the Content-Type of
// text pages), to JSON Lines in-process with one and two workers. Besides
// the time it reports the CPU time of the process per run (cpu-s/op),
// which other work on a shared machine disturbs less. The sub-benchmarks of
// one -count run one after another, so with -count N the inputs are
// measured interleaved:
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
	var crawl, plain bytes.Buffer
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
		request := fmt.Appendf(nil, "GET /xxgk/%02d/page-%04d%s HTTP/1.1\r\nHost: www.example.gov.cn\r\n\r\n", i/100, i, s.ext)
		response := fmt.Appendf(nil, "HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", s.contentType, len(page), page)
		for _, w := range []struct {
			buf  *bytes.Buffer
			gzip bool
		}{{&crawl, true}, {&plain, false}} {
			writeWARCRecord(b, w.buf, w.gzip, "request", uri, i, "application/http; msgtype=request", request)
			writeWARCRecord(b, w.buf, w.gzip, "response", uri, i, "application/http; msgtype=response", response)
		}
	}
	warcFile, plainFile := filepath.Join(dir, "crawl.warc.gz"), filepath.Join(dir, "crawl.warc")
	if err := os.WriteFile(warcFile, crawl.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(plainFile, plain.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	for _, j := range []int{1, 2} {
		for _, in := range []struct{ name, path string }{{"files", filepath.Join(dir, "pages")}, {"warc", warcFile}, {"warc-plain", plainFile}} {
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

// writeWARCRecord appends a WARC/1.0 record to w, as one gzip member when
// zip is set, as wget writes them.
func writeWARCRecord(b *testing.B, w io.Writer, zip bool, typ, uri string, id int, contentType string, block []byte) {
	var zw io.WriteCloser = nopWriteCloser{w}
	if zip {
		zw = gzip.NewWriter(w)
	}
	fmt.Fprintf(zw, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: <%s>\r\nWARC-Date: 2026-01-02T03:04:05Z\r\nWARC-Record-ID: <urn:uuid:%s-%08d>\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", typ, uri, typ, id, contentType, len(block))
	zw.Write(block)
	zw.Write([]byte("\r\n\r\n"))
	if err := zw.Close(); err != nil {
		b.Fatal(err)
	}
}

type nopWriteCloser struct{ io.Writer }

func (nopWriteCloser) Close() error { return nil }
