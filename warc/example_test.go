package warc_test

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/govnotice/govnotice/warc"
)

// crawl is a small WARC file: a request, the response to it, and a
// redirect. A real one would be opened with os.Open, gzipped or not.
const crawl = "WARC/1.1\r\n" +
	"WARC-Type: request\r\n" +
	"WARC-Target-URI: http://www.example.gov.cn/xxgk/1.html\r\n" +
	"Content-Type: application/http; msgtype=request\r\n" +
	"Content-Length: 55\r\n" +
	"\r\n" +
	"GET /xxgk/1.html HTTP/1.1\r\nHost: www.example.gov.cn\r\n\r\n" +
	"\r\n\r\n" +
	"WARC/1.1\r\n" +
	"WARC-Type: response\r\n" +
	"WARC-Target-URI: http://www.example.gov.cn/xxgk/1.html\r\n" +
	"WARC-Date: 2025-03-01T08:00:00Z\r\n" +
	"Content-Type: application/http; msgtype=response\r\n" +
	"Content-Length: 114\r\n" +
	"\r\n" +
	"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=GBK\r\nTransfer-Encoding: chunked\r\n\r\n" +
	"9\r\n<p>hello \r\n5\r\npage.\r\n0\r\n\r\n" +
	"\r\n\r\n" +
	"WARC/1.1\r\n" +
	"WARC-Type: response\r\n" +
	"WARC-Target-URI: http://www.example.gov.cn/old\r\n" +
	"Content-Type: application/http; msgtype=response\r\n" +
	"Content-Length: 52\r\n" +
	"\r\n" +
	"HTTP/1.1 301 Moved Permanently\r\nLocation: /xxgk/\r\n\r\n" +
	"\r\n\r\n"

func ExampleNewReader() {
	r := warc.NewReader(strings.NewReader(crawl))
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			if warc.IsFatal(err) {
				break
			}
			continue
		}
		page, reason := rec.Page()
		if reason != warc.ReasonNone {
			fmt.Printf("%s %s: not a page (%v)\n", rec.Type, rec.TargetURI, reason)
			continue
		}
		body, err := io.ReadAll(page.Body)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("page %s, %s, charset hint %q: %s\n", page.URI, page.MediaType, page.Charset, body)
	}
	// Output:
	// request http://www.example.gov.cn/xxgk/1.html: not a page (not-response)
	// page http://www.example.gov.cn/xxgk/1.html, text/html, charset hint "gbk": <p>hello page.
	// response http://www.example.gov.cn/old: not a page (status)
}

// A record over the size limit is skipped with an error that says which it
// was and where; the records after it are read.
func ExampleReader_All() {
	r := warc.NewReader(strings.NewReader(crawl))
	r.MaxSize = 100
	for rec, err := range r.All() {
		if errors.Is(err, warc.ErrTooLarge) {
			fmt.Println("skipped:", err)
			continue
		}
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(rec.Type, rec.TargetURI)
	}
	// Output:
	// request http://www.example.gov.cn/xxgk/1.html
	// skipped: warc: offset 216 http://www.example.gov.cn/xxgk/1.html: record too large: 114 bytes, over the limit of 100
	// response http://www.example.gov.cn/old
}

func ExampleRecord_HTTP() {
	r := warc.NewReader(strings.NewReader(crawl))
	r.Next() // the request
	rec, err := r.Next()
	if err != nil {
		fmt.Println(err)
		return
	}
	resp, err := rec.HTTP()
	if err != nil {
		fmt.Println(err)
		return
	}
	payload, _ := io.ReadAll(resp.Payload)
	fmt.Println(resp.StatusCode, resp.ContentType, resp.Header.Get("Transfer-Encoding"))
	fmt.Printf("%q\n", payload)
	// Output:
	// 200 text/html; charset=GBK chunked
	// "<p>hello page."
}
