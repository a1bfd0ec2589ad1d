package parse

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/variant/charset"
)

// Pages where they are found: in files, and as a web client or a crawl
// fetched them. These entry points fill in what the bytes alone cannot say:
// the record's Input.Path, the base URL of the page's links, and the charset
// the server declared.

// ErrStatus is what [Parser.ParseResponse] returns for a response whose
// HTTP status is not a success (2xx): its body is an error page, a redirect
// or nothing, and parsing it would give a record of the wrong page.
var ErrStatus = errors.New("HTTP status is not 2xx")

// ParseFile reads the page in the file name with the default [Parser].
func ParseFile(name string) (*notice.Notice, error) {
	var p Parser
	return p.ParseFile(name)
}

// ParseFile reads the page in the file name and parses it, so that the
// record says where it came from: its Input.Path is name. A file over
// MaxSize is refused before it is read.
//
// A name that is not valid UTF-8 (a GBK name from an archive made on
// Windows) cannot be a JSON or XML string, so Input.Path holds it with each
// byte that is not UTF-8 written as \x and two lower-case hex digits (\xd5),
// and Input.Problems says so in an "encoding" warning; the page is read all
// the same.
//
// An error is an [*Error]; one from opening or reading the file wraps the
// *fs.PathError, which names the file.
func (p *Parser) ParseFile(name string) (*notice.Notice, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, &Error{Err: err}
	}
	defer f.Close()
	n, err := p.ParseReader(f)
	if err != nil {
		return nil, err
	}
	setPath(n, name, "file name")
	return n, nil
}

// ParseResponse reads the page in an HTTP response as a web client received
// it, and parses it as [Parser.ParseFetched] does: the record's Input.Path
// and the base URL of the page's links are the URL of the request that got
// the response (after redirects, the last one), and the charset in the
// Content-Type header is a hint that detection checks, never an override.
//
// The body is read up to MaxSize; a response whose Content-Length is over
// it is refused before it is read. A body in the gzip content coding (sent
// because the caller asked for it, so the client did not decode it) is
// decoded, and the limit applies to the decoded page; another coding is an
// error. A status that is not 2xx is an error wrapping [ErrStatus], and the
// body is not read. ParseResponse does not close the body: as with any
// [http.Response], the caller does.
func (p *Parser) ParseResponse(resp *http.Response) (*notice.Notice, error) {
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		status := resp.Status
		if status == "" {
			status = fmt.Sprintf("%d %s", resp.StatusCode, http.StatusText(resp.StatusCode))
		}
		return nil, &Error{Err: fmt.Errorf("%w: %s", ErrStatus, status)}
	}
	max := p.maxSize()
	body := resp.Body
	switch coding := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); coding {
	case "", "identity":
		if resp.ContentLength > max {
			return nil, &Error{Err: ErrTooLarge}
		}
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, &Error{Err: fmt.Errorf("gzip content coding: %w", err)}
		}
		defer zr.Close()
		body = zr
	default:
		return nil, &Error{Err: fmt.Errorf("content coding %q is not supported (only gzip)", coding)}
	}
	if body == nil {
		body = http.NoBody
	}
	data, err := io.ReadAll(io.LimitReader(body, max+1))
	if err != nil {
		return nil, &Error{Err: err}
	}
	var link string
	if resp.Request != nil && resp.Request.URL != nil {
		link = resp.Request.URL.String()
	}
	return p.ParseFetched(data, link, resp.Header.Get("Content-Type"))
}

// ParseFetched parses a page fetched from link, whose server sent it with
// the Content-Type header contentType: a page from an HTTP client, or a
// response record of a crawl (package warc). The record's Input.Path is
// link (made valid UTF-8 as [Parser.ParseFile] does with file names), and
// so is the base URL the page's relative links are resolved against, after
// the page's own <base href>. An empty link, or one that is not an absolute
// URL, leaves the Parser's BaseURL.
//
// The charset parameter of contentType is a hint, as a <meta charset> in
// the page is: servers often declare a charset other than the page's, so
// detection checks it against the bytes. When detection is sure of the
// bytes (a byte order mark, valid UTF-8, a clear winner among the Chinese
// charsets) it wins, and a hint that disagrees is an "encoding" warning in
// the record; when it is not sure and the bytes decode cleanly in the
// hinted charset, the hint decides. A Parser's Charset overrides both.
func (p *Parser) ParseFetched(body []byte, link, contentType string) (*notice.Notice, error) {
	if int64(len(body)) > p.maxSize() {
		return nil, &Error{Err: ErrTooLarge}
	}
	q := *p // the options of this page only
	if u, err := url.Parse(link); err == nil && u.IsAbs() && utf8.ValidString(link) {
		q.BaseURL = link
	}
	var warning string
	if p.Charset == "" {
		q.Charset, warning = hintedCharset(body, contentTypeParam(contentType, "charset"))
	}
	n, err := q.Parse(body)
	if err != nil {
		return nil, err
	}
	if warning != "" {
		n.Input.Problems = append(n.Input.Problems, notice.Problem{
			Field: "input", Rule: notice.RuleEncoding, Severity: notice.SeverityWarning, Message: warning,
		})
	}
	setPath(n, link, "URL")
	return n, nil
}

// hintedCharset weighs the charset a server declared for body against what
// detection finds, and returns the charset to decode with ("" to let the
// parser detect it) and a warning when the declaration is not taken.
func hintedCharset(body []byte, hint string) (name, warning string) {
	if hint == "" {
		return "", ""
	}
	declared, err := charset.Lookup(hint)
	if err != nil {
		return "", fmt.Sprintf("the server declares the unknown charset %q; charset detected", hint)
	}
	if declared.Name == "utf-8" && utf8.Valid(body) && bytes.IndexByte(body, 0) < 0 {
		// The common case, without a second detection: bytes that are
		// UTF-8, and no zero bytes of UTF-16, are detected as UTF-8
		// unless a <meta> says otherwise.
		if label := charset.Declared(body); label == "" {
			return "", ""
		} else if cs, err := charset.Lookup(label); err == nil && cs.Name == "utf-8" {
			return "", ""
		}
	}
	return weighHint(body, hint, declared)
}

// weighHint is hintedCharset for a hint that names a known charset,
// declared, without the shortcut for UTF-8.
func weighHint(body []byte, hint string, declared charset.Charset) (name, warning string) {
	detected := charset.Detect(body)
	if detected.Name == declared.Name {
		return "", ""
	}
	if !detected.Certain {
		if _, invalid := charset.Decode(body, declared); invalid == 0 {
			return declared.Name, ""
		}
	}
	return "", fmt.Sprintf("the server declares charset %s but the bytes are %s; read as %s", hint, detected.Name, detected.Name)
}

// contentTypeParam returns the value of a parameter of a Content-Type
// header, unquoted, or "". It is lenient, as servers are: a header that
// mime.ParseMediaType refuses still gives its charset.
func contentTypeParam(contentType, name string) string {
	_, params, _ := strings.Cut(contentType, ";")
	for param := range strings.SplitSeq(params, ";") {
		k, v, ok := strings.Cut(param, "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), name) {
			return strings.Trim(strings.TrimSpace(v), `"'`)
		}
	}
	return ""
}

// setPath sets the record's Input.Path to where the page was read, made
// valid UTF-8 with a warning when it is not (what names where: "file name",
// "URL").
func setPath(n *notice.Notice, path, what string) {
	valid := escapeInvalidUTF8(path)
	n.Input.Path = valid
	if valid != path {
		n.Input.Problems = append(n.Input.Problems, notice.Problem{
			Field: "input", Rule: notice.RuleEncoding, Severity: notice.SeverityWarning,
			Message: what + ` is not valid UTF-8: input.path writes each byte that is not as \x and two hex digits`,
		})
	}
}

// escapeInvalidUTF8 returns s with each byte that is not part of a valid
// UTF-8 sequence written as \x and two lower-case hex digits ("\xd5"), the
// form [Parser.ParseFile] gives the record's Input.Path for a file name
// that is not UTF-8. A valid string is returned as it is. Unlike U+FFFD the
// escape keeps the bytes, so a tool can tell two such names apart and find
// the file again.
func escapeInvalidUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	const hex = "0123456789abcdef"
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteString(`\x`)
			b.WriteByte(hex[s[i]>>4])
			b.WriteByte(hex[s[i]&0xf])
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
