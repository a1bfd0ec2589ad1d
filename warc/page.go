package warc

import (
	"bytes"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Reason is why a record is not a page worth parsing; [ReasonNone] means it
// is one. Callers count records by it.
type Reason int

const (
	// ReasonNone: the record is a page.
	ReasonNone Reason = iota
	// ReasonNotResponse: the record is not a capture of a page: a request,
	// warcinfo, metadata, revisit, conversion or continuation record, or a
	// resource record whose target is not an http, https or file URI
	// (wget's log at metadata://…, Browsertrix's page text at urn:text:…).
	ReasonNotResponse
	// ReasonNotHTTP: a response record that holds no HTTP response (a DNS
	// lookup, an FTP transfer).
	ReasonNotHTTP
	// ReasonBadHTTP: the HTTP response head cannot be read;
	// [Record.HTTP] returns the error that says why.
	ReasonBadHTTP
	// ReasonStatus: the HTTP status is not 200 (a redirect, an error, a
	// 304 Not Modified, a partial 206).
	ReasonStatus
	// ReasonContentType: the payload is not HTML or text (an image, a PDF,
	// a script, a style sheet), or says nothing and does not look like
	// HTML.
	ReasonContentType
	// ReasonEncoding: the payload is in a content coding the reader does
	// not decode (br, deflate, compress); [Response.Encoding] names it.
	ReasonEncoding
)

var reasonNames = [...]string{"page", "not-response", "not-http", "bad-http", "status", "content-type", "content-encoding"}

// String returns the reason's name, lower case with dashes ("status",
// "content-type"), for counts in reports.
func (r Reason) String() string {
	if r < 0 || int(r) >= len(reasonNames) {
		return "reason(" + strconv.Itoa(int(r)) + ")"
	}
	return reasonNames[r]
}

// Page is a record that holds a page to parse.
type Page struct {
	// URI is the record's target URI, the base for the page's relative
	// links.
	URI string
	// Date is when the page was captured (WARC-Date).
	Date time.Time
	// MediaType is "text/html", "application/xhtml+xml" or "text/plain".
	MediaType string
	// Charset is the charset parameter of the HTTP Content-Type, lower
	// case, or "". It is a hint: servers often declare a charset other than
	// the page's, so a caller checks it against the bytes (the parser's
	// detection does) and never takes it as an override.
	Charset string
	// Truncated is the record's WARC-Truncated field: why the crawler
	// stored only part of the page ("length", "time"), or "".
	Truncated string
	// Body reads the page: the HTTP payload, or a resource record's block.
	Body io.Reader
}

// pageTypes are the media types of pages.
var pageTypes = map[string]bool{"text/html": true, "application/xhtml+xml": true, "text/plain": true}

// Page tells whether the record is a page worth parsing and returns it, or
// the reason it is not one.
//
// A page is a response record holding an HTTP 200 response with a
// Content-Type of text/html, application/xhtml+xml or text/plain, its
// payload plain or gzip-coded; or a resource record of one of those types
// whose target is an http, https or file URI (a page stored without HTTP). A response without a Content-Type is a page
// when its start looks like HTML to [http.DetectContentType]. Page reads
// the HTTP head through [Record.HTTP], so it must come before any read of
// Body; afterwards read the page from Page.Body.
//
// Records over the reader's MaxSize never get here: [Reader.Next] skips
// them with [ErrTooLarge].
func (rec *Record) Page() (*Page, Reason) {
	p := &Page{URI: rec.TargetURI, Date: rec.Date, Truncated: rec.Header.Get("WARC-Truncated")}
	switch rec.Type {
	case "resource":
		if !pageScheme(rec.TargetURI) {
			return nil, ReasonNotResponse
		}
		p.MediaType = mediaType(rec.ContentType)
		if !pageTypes[p.MediaType] {
			return nil, ReasonContentType
		}
		p.Charset = charset(rec.ContentType)
		p.Body = rec.Body
		return p, ReasonNone
	case "response":
	default:
		return nil, ReasonNotResponse
	}
	resp, err := rec.HTTP()
	switch {
	case errors.Is(err, ErrNotHTTP):
		return nil, ReasonNotHTTP
	case err != nil:
		return nil, ReasonBadHTTP
	case resp.StatusCode != http.StatusOK:
		return nil, ReasonStatus
	}
	p.Body = resp.Payload
	if strings.TrimSpace(resp.ContentType) != "" {
		p.MediaType = mediaType(resp.ContentType)
		if !pageTypes[p.MediaType] {
			return nil, ReasonContentType
		}
		p.Charset = charset(resp.ContentType)
	}
	if resp.Encoding != "" {
		return nil, ReasonEncoding
	}
	if p.MediaType == "" {
		// Sniff: the first 512 bytes are read and put back in front.
		buf := make([]byte, 512)
		n, err := io.ReadFull(resp.Payload, buf)
		buf = buf[:n]
		if t := http.DetectContentType(buf); !strings.HasPrefix(t, "text/html") {
			return nil, ReasonContentType
		}
		p.MediaType = "text/html"
		p.Body = io.MultiReader(bytes.NewReader(buf), resp.Payload)
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			p.Body = io.MultiReader(bytes.NewReader(buf), errReader{err})
		}
	}
	return p, ReasonNone
}

// pageScheme reports whether a resource record's target is a web page or
// a file: crawlers also store their own logs and by-products as resources.
func pageScheme(uri string) bool {
	scheme, _, ok := strings.Cut(uri, ":")
	if !ok {
		return false
	}
	switch strings.ToLower(scheme) {
	case "http", "https", "file":
		return true
	}
	return false
}

// charset returns the charset parameter of a Content-Type as a hint: lower
// case, and only when it is a plausible charset name (letters, digits,
// "-", "_", ".", ":"), since servers write anything there.
func charset(ct string) string {
	cs := strings.ToLower(mediaParam(ct, "charset"))
	if len(cs) > 40 {
		return ""
	}
	for _, c := range []byte(cs) {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_' || c == '.' || c == ':') {
			return ""
		}
	}
	return cs
}

// errReader returns its error, after the bytes a sniff read.
type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }
