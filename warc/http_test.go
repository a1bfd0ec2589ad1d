package warc

import (
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
)

// firstRecord returns the first record of a file.
func firstRecord(t *testing.T, file string) *Record {
	t.Helper()
	rec, err := NewReader(strings.NewReader(file)).Next()
	if err != nil {
		t.Fatal(err)
	}
	return rec
}

// readPayload returns the payload of a response record and the error that
// ended it (nil at io.EOF).
func readPayload(t *testing.T, rec *Record) (*Response, string, error) {
	t.Helper()
	resp, err := rec.HTTP()
	if err != nil {
		t.Fatalf("HTTP: %v", err)
	}
	body, err := io.ReadAll(resp.Payload)
	return resp, string(body), err
}

// TestHTTPFraming: the payload is framed as HTTP has it, and as crawlers
// store it.
func TestHTTPFraming(t *testing.T) {
	for _, tc := range []struct {
		name     string
		headers  []string
		body     string
		payload  string
		encoding string
	}{
		{"content-length", []string{"Content-Length: 5"}, "hello", "hello", ""},
		{"no length: the rest of the block", nil, "hello\r\n", "hello\r\n", ""},
		{"shorter length: junk after it is dropped", []string{"Content-Length: 3"}, "hello", "hel", ""},
		{"bad length: ignored", []string{"Content-Length: five"}, "hello", "hello", ""},
		{"chunked", []string{"Transfer-Encoding: chunked"}, "3\r\nhel\r\n2;ext=1\r\nlo\r\n0\r\n\r\n", "hello", ""},
		{"chunked, upper-case hex, trailer", []string{"Transfer-Encoding: Chunked"}, "A\r\n0123456789\r\n0\r\nX-Trailer: 1\r\n\r\n", "0123456789", ""},
		{"chunked wins over length", []string{"Content-Length: 2", "Transfer-Encoding: chunked"}, "3\r\nabc\r\n0\r\n\r\n", "abc", ""},
		{"chunked header, stored de-chunked", []string{"Transfer-Encoding: chunked"}, "<html>hello</html>", "<html>hello</html>", ""},
		{"gzip", []string{"Content-Encoding: gzip"}, gzipString("<p>zipped</p>"), "<p>zipped</p>", ""},
		{"gzip and chunked", []string{"Content-Encoding: x-gzip", "Transfer-Encoding: chunked"}, chunk(gzipString("<p>both</p>")), "<p>both</p>", ""},
		{"gzip header, stored decoded", []string{"Content-Encoding: gzip"}, "<p>plain</p>", "<p>plain</p>", ""},
		{"identity", []string{"Content-Encoding: identity"}, "x", "x", ""},
		{"brotli is left", []string{"Content-Encoding: br"}, "\x8b\x02", "\x8b\x02", "br"},
		{"two codings are left", []string{"Content-Encoding: gzip, br"}, "zz", "zz", "gzip, br"},
		{"gzip as a transfer coding", []string{"Transfer-Encoding: gzip, chunked"}, chunk(gzipString("tt")), "tt", ""},
		{"deflate as a transfer coding", []string{"Transfer-Encoding: deflate", "Content-Length: 1"}, "\x78\x9c", "\x78\x9c", "deflate"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := firstRecord(t, response("http://a/", "200 OK", tc.headers, tc.body))
			resp, payload, err := readPayload(t, rec)
			if err != nil || payload != tc.payload || resp.Encoding != tc.encoding {
				t.Errorf("payload %q, encoding %q, error %v; want %q, %q", payload, resp.Encoding, err, tc.payload, tc.encoding)
			}
		})
	}
}

// chunk writes a body in HTTP chunks of three bytes.
func chunk(s string) string {
	var b strings.Builder
	for len(s) > 0 {
		n := min(3, len(s))
		b.WriteString(strings.ToUpper(string("0123456789abcdef"[n])) + "\r\n" + s[:n] + "\r\n")
		s = s[n:]
	}
	return b.String() + "0\r\n\r\n"
}

// TestHTTPHead: the status line and header fields, read leniently.
func TestHTTPHead(t *testing.T) {
	head := "HTTP/2 404\r\n" +
		"content-type: text/html;charset=gb2312\r\n" +
		"X-Folded: a\r\n b\r\n" +
		"no colon line\r\n" +
		"Set-Cookie: 1\r\n" +
		"set-cookie: 2\r\n" +
		"X-Long: " + strings.Repeat("l", 70<<10) + "\r\n" +
		"\r\n" +
		"not found"
	rec := firstRecord(t, warcRecord("response", "http://a/", []string{"Content-Type: application/http;msgtype=response"}, head))
	resp, payload, err := readPayload(t, rec)
	if err != nil || payload != "not found" {
		t.Fatalf("payload %q, %v", payload, err)
	}
	if resp.Proto != "HTTP/2" || resp.StatusCode != 404 || resp.Status != "404" || resp.ContentType != "text/html;charset=gb2312" {
		t.Errorf("%+v", resp)
	}
	want := http.Header{"Content-Type": {"text/html;charset=gb2312"}, "X-Folded": {"a b"}, "Set-Cookie": {"1", "2"}}
	if len(resp.Header) != len(want) {
		t.Errorf("header %q, want %q", resp.Header, want)
	}
	for k, vs := range want {
		if strings.Join(resp.Header[k], "|") != strings.Join(vs, "|") {
			t.Errorf("%s: %q, want %q", k, resp.Header[k], vs)
		}
	}
	// A second call returns the same response.
	if again, err := rec.HTTP(); again != resp || err != nil {
		t.Errorf("second call: %v, %v", again, err)
	}
}

// TestHTTPNoBody: 1xx, 204 and 304 responses have no payload, whatever
// their Content-Length.
func TestHTTPNoBody(t *testing.T) {
	for _, status := range []string{"100 Continue", "204 No Content", "304 Not Modified"} {
		rec := firstRecord(t, response("http://a/", status, []string{"Content-Length: 5"}, ""))
		if _, payload, err := readPayload(t, rec); payload != "" || err != nil {
			t.Errorf("%s: %q, %v", status, payload, err)
		}
	}
}

// TestHTTPErrors: what is not an HTTP response, a head that cannot be read,
// and a payload that ends early. None stops the reader.
func TestHTTPErrors(t *testing.T) {
	notHTTP := []string{
		warcRecord("request", "http://a/", []string{"Content-Type: application/http; msgtype=request"}, "GET / HTTP/1.1\r\n\r\n"),
		warcRecord("response", "http://a/", []string{"Content-Type: application/http; msgtype=request"}, "GET / HTTP/1.1\r\n\r\n"),
		warcRecord("response", "dns:a.gov.cn", []string{"Content-Type: text/dns"}, "20240506070809\r\na.gov.cn. 300 IN A 1.2.3.4\r\n"),
		warcRecord("response", "ftp://a/", nil, "data"),
		warcRecord("revisit", "http://a/", []string{"Content-Type: application/http; msgtype=response"}, "HTTP/1.1 200 OK\r\n\r\n"),
	}
	for i, file := range notHTTP {
		resp, err := firstRecord(t, file).HTTP()
		if resp != nil || !errors.Is(err, ErrNotHTTP) || IsFatal(err) {
			t.Errorf("record %d: %v, %v", i, resp, err)
		}
	}
	badHead := []string{"", "HTTP/1.1\r\n\r\n", "HTTP/1.1 2000 OK\r\n\r\n", "<html>\r\n", "ICY 200 OK\r\n\r\n", strings.Repeat("x", 70<<10),
		"HTTP/1.1 200 OK\r\n" + strings.Repeat("X-Many: "+strings.Repeat("m", 1000)+"\r\n", 1100) + "\r\n"}
	for i, block := range badHead {
		file := warcRecord("response", "http://a/", []string{"Content-Type: application/http; msgtype=response"}, block) + threeRecords[0]
		r := NewReader(strings.NewReader(file))
		rec, err := r.Next()
		if err != nil {
			t.Fatal(err)
		}
		resp, err := rec.HTTP()
		if resp != nil || !errors.Is(err, ErrHTTP) || IsFatal(err) {
			t.Errorf("head %d: %v, %v", i, resp, err)
		}
		if rec, err := r.Next(); err != nil || rec.Type != "warcinfo" {
			t.Errorf("head %d: then %v, %v", i, rec, err)
		}
	}
	// A record without Content-Type but with an http URI holds HTTP.
	file := warcRecord("response", "https://a/", nil, httpMessage("200 OK", nil, "ok"))
	if _, payload, err := readPayload(t, firstRecord(t, file)); payload != "ok" || err != nil {
		t.Errorf("no Content-Type: %q, %v", payload, err)
	}

	for _, tc := range []struct {
		name    string
		headers []string
		body    string
		err     error
	}{
		{"longer content-length", []string{"Content-Length: 10"}, "short", ErrTruncated},
		{"chunk cut short", []string{"Transfer-Encoding: chunked"}, "10\r\nshort", ErrTruncated},
		{"bad chunk", []string{"Transfer-Encoding: chunked"}, "3\r\nabcXX\r\n", nil},
		{"gzip cut short", []string{"Content-Encoding: gzip"}, gzipString("<p>zipped page</p>")[:20], ErrTruncated},
		{"corrupt gzip", []string{"Content-Encoding: gzip"}, gzipString("<p>zipped page</p>")[:10] + strings.Repeat("\xff", 30), ErrCompression},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := firstRecord(t, response("http://a/", "200 OK", tc.headers, tc.body))
			_, _, err := readPayload(t, rec)
			var e *Error
			if !errors.As(err, &e) || e.Fatal || e.TargetURI != "http://a/" || tc.err != nil && !errors.Is(err, tc.err) {
				t.Errorf("error %v, want a non-fatal *Error wrapping %v", err, tc.err)
			}
		})
	}
}

// TestHTTPAfterBody: the head is read from Body, so HTTP after a read of
// Body is refused rather than wrong.
func TestHTTPAfterBody(t *testing.T) {
	rec := firstRecord(t, threeRecords[2])
	rec.Body.Read(make([]byte, 1))
	if resp, err := rec.HTTP(); resp != nil || err == nil {
		t.Errorf("%v, %v", resp, err)
	}
}

// TestGzipBomb: a gzip payload decodes only up to MaxSize.
func TestGzipBomb(t *testing.T) {
	bomb := gzipString(strings.Repeat("\x00", 10<<20))
	r := NewReader(strings.NewReader(response("http://a/", "200 OK", []string{"Content-Encoding: gzip"}, bomb)))
	r.MaxSize = 1 << 20
	rec, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	resp, err := rec.HTTP()
	if err != nil {
		t.Fatal(err)
	}
	n, err := io.Copy(io.Discard, resp.Payload)
	if n != 1<<20 || !errors.Is(err, ErrTooLarge) || IsFatal(err) {
		t.Errorf("%d bytes, %v", n, err)
	}
}

// TestBodyAfterHTTP: once the head is read, Body would skip what the head
// reader read ahead, so it fails.
func TestBodyAfterHTTP(t *testing.T) {
	rec := firstRecord(t, threeRecords[2])
	if _, err := rec.HTTP(); err != nil {
		t.Fatal(err)
	}
	if n, err := rec.Body.Read(make([]byte, 10)); n != 0 || err == nil {
		t.Errorf("%d, %v", n, err)
	}
}
