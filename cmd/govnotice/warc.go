package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net/url"
	"path"
	"path/filepath"
	"strings"

	"github.com/govnotice/govnotice/parse"
	"github.com/govnotice/govnotice/warc"
)

// WARC files: a crawl's pages are read in the goroutine that lists the
// inputs, one record after another as the file streams by, and parsed by
// the workers like any page.

// A fetchedPage is a page of a WARC file, read from its record.
type fetchedPage struct {
	body        []byte
	contentType string // the media type and the declared charset, a hint
	truncated   string // WARC-Truncated: why the crawler kept part of it
}

// A warcSummary is what a WARC file held besides its pages, for the line
// that ends its inputs.
type warcSummary struct {
	pages   int
	skipped [warc.ReasonEncoding + 1]int // by warc.Reason
	failed  int                          // records that could not be read
}

// String returns the summary as "6 pages, 16 records skipped (9
// not-response, 4 status, 3 content-type)".
func (s *warcSummary) String() string {
	msg := plural(s.pages, "page")
	var total int
	var reasons []string
	for r, n := range s.skipped {
		if n > 0 {
			total += n
			reasons = append(reasons, fmt.Sprintf("%d %s", n, warc.Reason(r)))
		}
	}
	msg += fmt.Sprintf(", %s skipped", plural(total, "record"))
	if total > 0 {
		msg += " (" + strings.Join(reasons, ", ") + ")"
	}
	if s.failed > 0 {
		msg += fmt.Sprintf(", %s failed", plural(s.failed, "record"))
	}
	return msg
}

// isWARCName reports whether a file's name says it is a WARC file.
func isWARCName(name string) bool {
	name = strings.ToLower(name)
	return strings.HasSuffix(name, ".warc") || strings.HasSuffix(name, ".warc.gz")
}

// isWARC reports whether a stream starts as a WARC file does: a version
// line, or gzip data, which no page is.
func isWARC(r *bufio.Reader) bool {
	head, _ := r.Peek(5)
	return looksWARC(head)
}

// looksWARC reports whether the start of an input is that of a WARC file.
func looksWARC(head []byte) bool {
	return bytes.HasPrefix(head, []byte("WARC/")) || bytes.HasPrefix(head, []byte{0x1f, 0x8b})
}

// warcPages yields the pages of the WARC file name, read from r, then its
// summary. Records that are not pages are counted; a record that cannot
// be read, or one over the size limit, is an input with its error (whose
// message holds the record's offset and URI), and reading goes on after it
// unless the error is fatal.
func (l *lister) warcPages(name string, r io.Reader, yield func(input) bool) bool {
	rd := warc.NewReader(r)
	rd.MaxSize = l.maxSize
	sum := &warcSummary{}
	for rec, err := range rd.All() {
		if err != nil {
			sum.failed++
			if !yield(input{name: name, err: err}) {
				return false
			}
			continue
		}
		page, reason := rec.Page()
		if reason != warc.ReasonNone {
			if int(reason) < len(sum.skipped) {
				sum.skipped[reason]++
			}
			continue
		}
		// The block's length bounds a payload that is not gzip-coded, so
		// the page is read into a buffer of its size.
		body := make([]byte, 0, min(rec.ContentLength, l.maxSize)+1)
		body, err := readAtMost(page.Body, body, l.maxSize+1)
		if err == nil && int64(len(body)) > l.maxSize {
			err = fmt.Errorf("%s: %w over the limit of %d bytes", page.URI, parse.ErrTooLarge, l.maxSize)
		}
		if warc.IsFatal(err) {
			continue // the file ended or failed: Next says so, once
		}
		if err != nil {
			sum.failed++
			if !yield(input{name: name, err: err}) {
				return false
			}
			continue
		}
		sum.pages++
		contentType := page.MediaType
		if page.Charset != "" {
			contentType += "; charset=" + page.Charset
		}
		in := input{
			name:    page.URI,
			rel:     uriPath(page.URI),
			fetched: &fetchedPage{body: body, contentType: contentType, truncated: page.Truncated},
		}
		if !yield(in) {
			return false
		}
	}
	return yield(input{name: name, summary: sum})
}

// uriPath is where --out writes the record of a page at uri: its host and
// path, "index" for a path that ends in "/", the query left out. A URI
// with no host gives "", which --out refuses.
func uriPath(uri string) string {
	u, err := url.Parse(uri)
	if err != nil || u.Host == "" {
		return ""
	}
	p := path.Clean("/" + u.Path)
	if strings.HasSuffix(u.Path, "/") || p == "/" {
		p = path.Join(p, "index")
	}
	host := strings.NewReplacer(":", "_", "/", "_", `\`, "_").Replace(u.Host)
	return filepath.FromSlash(host + p)
}
