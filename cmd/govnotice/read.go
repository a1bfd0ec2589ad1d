package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse"
)

// Reading one input, in the workers: its bytes, what they are (a page, a
// file of records, a crawl misnamed), and the page's record.

// An opened input is what reading an input found: a page's record, or a
// stream of records.
type opened struct {
	n    *notice.Notice
	info os.FileInfo // the file's, nil for standard input and WARC pages
	// held is the page's size, counted in the memory budget until the
	// caller is done with the record (batchFlags.done).
	held int64

	// records is set, with format, for a file of records when they are
	// wanted; the caller reads the stream and closes it.
	records io.ReadCloser
	format  string
}

// open reads one input and parses its page; a file of records is returned
// as a stream when records is set, and is an error otherwise. The record's
// Input.Path is the input's display name. It runs in many goroutines at
// once, and never panics: a panic in the parser is an error for the input,
// so that one page cannot cut a batch short.
func (b *batchFlags) open(in input, l *lister, records bool) (o *opened, err error) {
	if in.err != nil {
		return nil, in.err
	}
	defer func() {
		if r := recover(); r != nil {
			o, err = nil, fmt.Errorf("internal error, please report it with the page: %v", r)
		}
	}()
	if in.fetched != nil {
		b.memory.add(int64(len(in.fetched.body)))
		o, err := b.parseFetched(in)
		if err != nil {
			b.memory.add(-int64(len(in.fetched.body)))
			return nil, err
		}
		o.held = int64(len(in.fetched.body))
		return o, nil
	}

	var (
		r      io.Reader
		closer io.Closer
		info   os.FileInfo
		size   int64 = -1
	)
	if in.stdin {
		r, closer = l.stdin, io.NopCloser(nil) // standard input is not closed
	} else {
		f, err := os.Open(in.name)
		if err != nil {
			return nil, err
		}
		if info, err = f.Stat(); err != nil {
			f.Close()
			return nil, err
		}
		if info.IsDir() {
			f.Close()
			return nil, errors.New("is a folder")
		}
		if info.Mode().IsRegular() {
			size = info.Size()
		}
		r, closer = f, f
	}
	max := int64(b.maxSize)
	if size > max && !records {
		closer.Close()
		return nil, &parse.Error{Err: parse.ErrTooLarge}
	}

	// Read the start, to tell what the input holds, into the buffer that
	// will hold the whole page.
	buf := make([]byte, 0, min(size, max)+1)
	if size < 0 {
		buf = make([]byte, 0, 64<<10)
	}
	head, err := readAtMost(r, buf, sniffSize)
	if err != nil {
		closer.Close()
		return nil, err
	}
	if format := recordFormat(head); format != "" {
		if !records {
			closer.Close()
			return nil, &errRecords{format}
		}
		stream := io.MultiReader(bytes.NewReader(head), r)
		return &opened{info: info, format: format, records: readCloser{stream, closer}}, nil
	}
	if looksWARC(head) {
		closer.Close()
		return nil, errors.New(`holds a WARC crawl: name it .warc or .warc.gz, and its pages are read`)
	}
	if size > max {
		closer.Close()
		return nil, &parse.Error{Err: parse.ErrTooLarge}
	}
	data, err := readAtMost(r, head, max+1)
	closer.Close()
	if err != nil {
		return nil, &parse.Error{Err: err}
	}
	if int64(len(data)) > max {
		return nil, &parse.Error{Err: parse.ErrTooLarge}
	}
	held := int64(len(data))
	b.memory.add(held)
	n, err := parsePage(&b.parser, data)
	if err != nil {
		b.memory.add(-held)
		return nil, err
	}
	setPath(n, in.name)
	return &opened{n: n, info: info, held: held}, nil
}

// done gives back the memory budget of an opened page once its record is
// written or checked.
func (b *batchFlags) done(o *opened) {
	if o != nil {
		b.memory.add(-o.held)
		o.held = 0
	}
}

// parsePage parses a page; tests replace it to make the parser fail in
// ways real pages no longer do.
var parsePage = func(p *parse.Parser, data []byte) (*notice.Notice, error) {
	return p.Parse(data)
}

// parseFetched parses a page of a WARC file, with its URI as its path and
// base URL and its declared charset as a hint.
func (b *batchFlags) parseFetched(in input) (*opened, error) {
	n, err := b.parser.ParseFetched(in.fetched.body, in.name, in.fetched.contentType)
	if err != nil {
		return nil, err
	}
	if t := in.fetched.truncated; t != "" {
		n.Input.Problems = append(n.Input.Problems, notice.Problem{
			Field: "input", Rule: notice.RuleStructure, Severity: notice.SeverityWarning,
			Message: fmt.Sprintf("the crawler stored part of the page only (WARC-Truncated: %s)", t),
		})
	}
	return &opened{n: n}, nil
}

// setPath sets the record's Input.Path to name made valid UTF-8, with the
// warning parse.ParseFile gives when it is not.
func setPath(n *notice.Notice, name string) {
	n.Input.Path = escapePath(name)
	if n.Input.Path != name {
		n.Input.Problems = append(n.Input.Problems, notice.Problem{
			Field: "input", Rule: notice.RuleEncoding, Severity: notice.SeverityWarning,
			Message: `file name is not valid UTF-8: input.path writes each byte that is not as \x and two hex digits`,
		})
	}
}

// readAtMost appends to buf what r gives, until it has limit bytes or r
// ends, and returns the result; the end of r is not an error.
func readAtMost(r io.Reader, buf []byte, limit int64) ([]byte, error) {
	for int64(len(buf)) < limit {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		end := min(int64(cap(buf)), limit)
		n, err := r.Read(buf[len(buf):end])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
	return buf, nil
}

// readCloser reads from one reader and closes another.
type readCloser struct {
	io.Reader
	io.Closer
}
