package warc

import (
	"errors"
	"io"
	"strings"
	"testing"
)

// TestPage: which records are pages, with what charset hint, and why the
// others are not.
func TestPage(t *testing.T) {
	html := "<!DOCTYPE html><html><head><title>通知</title></head><body><p>正文</p></body></html>"
	for _, tc := range []struct {
		name      string
		record    string
		reason    Reason
		mediaType string
		charset   string
		body      string
	}{
		{"html", response("http://a/1", "200 OK", []string{"Content-Type: text/html; charset=GBK"}, html), ReasonNone, "text/html", "gbk", html},
		{"xhtml, quoted charset", response("http://a/1", "200 OK", []string{`Content-Type: application/xhtml+xml; charset="UTF-8"`}, html), ReasonNone, "application/xhtml+xml", "utf-8", html},
		{"text, no charset", response("http://a/1", "200 OK", []string{"Content-Type: TEXT/PLAIN"}, "索引号"), ReasonNone, "text/plain", "", "索引号"},
		{"garbage charset is no hint", response("http://a/1", "200 OK", []string{"Content-Type: text/html; charset=<script>"}, html), ReasonNone, "text/html", "", html},
		{"charset beside a malformed parameter", response("http://a/1", "200 OK", []string{"Content-Type: text/html; charset=gbk; foo"}, html), ReasonNone, "text/html", "gbk", html},
		{"charset given twice: the first", response("http://a/1", "200 OK", []string{"Content-Type: text/html; charset=gbk;charset=utf-8"}, html), ReasonNone, "text/html", "gbk", html},
		{"charset among other parameters", response("http://a/1", "200 OK", []string{"Content-Type: text/html; q=1; Charset = gb2312 ;"}, html), ReasonNone, "text/html", "gb2312", html},
		{"gzip", response("http://a/1", "200 OK", []string{"Content-Type: text/html", "Content-Encoding: gzip"}, gzipString(html)), ReasonNone, "text/html", "", html},
		{"no content type, html", response("http://a/1", "200 OK", nil, html), ReasonNone, "text/html", "", html},
		{"no content type, binary", response("http://a/1", "200 OK", nil, "\x89PNG\r\n\x1a\n"), ReasonContentType, "", "", ""},
		{"resource html", warcRecord("resource", "http://a/1", []string{"Content-Type: text/html; charset=big5"}, html), ReasonNone, "text/html", "big5", html},
		{"resource file", warcRecord("resource", "file:///tmp/a.txt", []string{"Content-Type: text/plain"}, "a"), ReasonNone, "text/plain", "", "a"},
		{"resource image", warcRecord("resource", "http://a/1.png", []string{"Content-Type: image/png"}, "\x89PNG"), ReasonContentType, "", "", ""},
		{"resource pdf", warcRecord("resource", "http://a/1.pdf", []string{"Content-Type: application/pdf"}, "%PDF-1.4"), ReasonContentType, "", "", ""},
		{"resource log", warcRecord("resource", "metadata://gnu.org/software/wget/warc/wget.log", []string{"Content-Type: text/plain"}, "log"), ReasonNotResponse, "", "", ""},
		{"resource page text", warcRecord("resource", "urn:text:http://a/1", []string{"Content-Type: text/plain"}, "text"), ReasonNotResponse, "", "", ""},
		{"pdf", response("http://a/1.pdf", "200 OK", []string{"Content-Type: application/pdf"}, "%PDF-1.4"), ReasonContentType, "", "", ""},
		{"image", response("http://a/1.png", "200 OK", []string{"Content-Type: image/png"}, "\x89PNG"), ReasonContentType, "", "", ""},
		{"redirect", response("http://a/1", "301 Moved Permanently", []string{"Location: /2", "Content-Type: text/html"}, html), ReasonStatus, "", "", ""},
		{"not found", response("http://a/1", "404 Not Found", []string{"Content-Type: text/html"}, html), ReasonStatus, "", "", ""},
		{"server error", response("http://a/1", "500 Internal Server Error", []string{"Content-Type: text/html"}, html), ReasonStatus, "", "", ""},
		{"partial", response("http://a/1", "206 Partial Content", []string{"Content-Type: text/html"}, html[:10]), ReasonStatus, "", "", ""},
		{"brotli", response("http://a/1", "200 OK", []string{"Content-Type: text/html", "Content-Encoding: br"}, "\x8b"), ReasonEncoding, "", "", ""},
		{"request", warcRecord("request", "http://a/1", []string{"Content-Type: application/http; msgtype=request"}, "GET /1 HTTP/1.1\r\n\r\n"), ReasonNotResponse, "", "", ""},
		{"revisit", warcRecord("revisit", "http://a/1", []string{"Content-Type: application/http; msgtype=response", "WARC-Profile: http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"}, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"), ReasonNotResponse, "", "", ""},
		{"metadata", warcRecord("metadata", "http://a/1", []string{"Content-Type: application/warc-fields"}, "outlink: http://a/2\r\n"), ReasonNotResponse, "", "", ""},
		{"warcinfo", warcRecord("warcinfo", "", []string{"Content-Type: application/warc-fields"}, "software: x\r\n"), ReasonNotResponse, "", "", ""},
		{"dns", warcRecord("response", "dns:a.gov.cn", []string{"Content-Type: text/dns"}, "a.gov.cn. 300 IN A 1.2.3.4\r\n"), ReasonNotHTTP, "", "", ""},
		{"bad head", warcRecord("response", "http://a/1", []string{"Content-Type: application/http; msgtype=response"}, "<html>"), ReasonBadHTTP, "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := firstRecord(t, tc.record)
			page, reason := rec.Page()
			if reason != tc.reason {
				t.Fatalf("reason %v, want %v", reason, tc.reason)
			}
			if reason != ReasonNone {
				if page != nil {
					t.Errorf("a page with reason %v", reason)
				}
				return
			}
			body, err := io.ReadAll(page.Body)
			if err != nil || string(body) != tc.body {
				t.Errorf("body %q, %v", body, err)
			}
			if page.MediaType != tc.mediaType || page.Charset != tc.charset || page.URI != rec.TargetURI || page.Date != rec.Date {
				t.Errorf("page %+v", page)
			}
		})
	}
}

// TestPageTruncated: a page the crawler stored in part says so.
func TestPageTruncated(t *testing.T) {
	block := httpMessage("200 OK", []string{"Content-Type: text/html"}, "<p>part")
	rec := firstRecord(t, warcRecord("response", "http://a/", []string{"Content-Type: application/http; msgtype=response", "WARC-Truncated: length"}, block))
	page, reason := rec.Page()
	if reason != ReasonNone || page.Truncated != "length" {
		t.Errorf("%v, %+v", reason, page)
	}
}

// TestPageSniffError: a read error while sniffing reaches the caller after
// the bytes read.
func TestPageSniffError(t *testing.T) {
	rec := firstRecord(t, response("http://a/", "200 OK", []string{"Content-Length: 100"}, "<html><body>cut"))
	page, reason := rec.Page()
	if reason != ReasonNone {
		t.Fatal(reason)
	}
	body, err := io.ReadAll(page.Body)
	if string(body) != "<html><body>cut" || !errors.Is(err, ErrTruncated) {
		t.Errorf("%q, %v", body, err)
	}
}

// TestReasonString: names for counts.
func TestReasonString(t *testing.T) {
	var names []string
	for r := ReasonNone; r <= ReasonEncoding+1; r++ {
		names = append(names, r.String())
	}
	if got := strings.Join(names, " "); got != "page not-response not-http bad-http status content-type content-encoding reason(7)" {
		t.Error(got)
	}
}
