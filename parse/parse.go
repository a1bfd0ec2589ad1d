package parse

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/page"
)

// DefaultMaxSize is the largest page a [Parser] with a zero MaxSize reads.
const DefaultMaxSize = 64 << 20

// Errors that [Error.Err] may hold. Parsing fails only when no record can be
// read at all; everything else is a problem in the record.
var (
	// ErrEmpty: the page holds nothing but white space.
	ErrEmpty = errors.New("empty page")
	// ErrTooLarge: the page is over the parser's MaxSize.
	ErrTooLarge = errors.New("page too large")
	// ErrNotText: the page is binary data, not text (control characters or
	// undecodable bytes make up more than an eighth of its start).
	ErrNotText = errors.New("not text")
)

// Error is the error [Parse], [Parser.Parse] and [Parser.ParseReader] return.
// Line and Column locate the problem in the decoded text: Line is 1-based,
// Column is the 1-based count of characters from the start of the line.
// Both are 0 when the error concerns the whole input (empty, too large, a
// read error, an unknown charset). Field names the record field concerned;
// it is empty for every error Parse returns today, since a problem with one
// field is a problem in the record, not an error.
type Error struct {
	Line, Column int
	Field        string
	Err          error
}

func (e *Error) Error() string {
	msg := "parse: "
	if e.Line > 0 {
		msg += fmt.Sprintf("line %d, column %d: ", e.Line, e.Column)
	}
	if e.Field != "" {
		msg += e.Field + ": "
	}
	return msg + e.Err.Error()
}

// Unwrap returns the underlying error, so that errors.Is(err, ErrEmpty) works.
func (e *Error) Unwrap() error { return e.Err }

// Parser reads pages into records. The zero value is ready to use and
// detects the charset, converts Traditional to Simplified, normalises
// punctuation and reads pages up to [DefaultMaxSize]. A Parser is not
// changed by parsing, so one Parser may parse in many goroutines at once.
type Parser struct {
	// Charset names the page's encoding ("gb18030", "big5" …) and overrides
	// detection; empty means detect.
	Charset string
	// KeepScript keeps the script as found (no Traditional → Simplified).
	KeepScript bool
	// KeepPunctuation keeps punctuation and full-width forms as found.
	KeepPunctuation bool
	// MaxSize is the largest input in bytes; 0 means DefaultMaxSize.
	MaxSize int64
	// BaseURL is the address an HTML page was fetched from: its relative
	// links (attachments) are resolved against it, after the page's own
	// <base href>. Empty keeps relative links as found.
	BaseURL string
	// Labels adds site-specific labels to the vocabulary, over the
	// built-in one. A key is a label as pages write it (its script, white
	// space, brackets and colon do not matter); its value names what the
	// label gives: a field of the record by its JSON key ("index_number",
	// "title", "doc_number", "publisher", "source", "topic", "collection",
	// "genre", "created", "published", "effective", "abolished", "validity",
	// "keywords", "summary", "link", "attachments"), "extra" for a label
	// whose pair the record keeps in Extra, or "ui" for page furniture that
	// never reaches the record. A value of another name makes Parse fail
	// with an [*Error] wrapping [ErrLabels].
	Labels map[string]string
}

// Parse reads one page with the default [Parser].
func Parse(data []byte) (*notice.Notice, error) {
	var p Parser
	return p.Parse(data)
}

func (p *Parser) maxSize() int64 {
	if p.MaxSize > 0 {
		return p.MaxSize
	}
	return DefaultMaxSize
}

// ParseReader reads a page from r, at most MaxSize bytes, and parses it.
// A page over the limit is an error wrapping [ErrTooLarge]; a read error is
// returned wrapped in an [*Error]. When r has a Stat method, as an
// [*os.File] does, a file over the limit is refused before it is read, and
// the page is read into a buffer of its size.
func (p *Parser) ParseReader(r io.Reader) (*notice.Notice, error) {
	max := p.maxSize()
	var buf bytes.Buffer
	if f, ok := r.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
			if info.Size() > max {
				return nil, &Error{Err: ErrTooLarge}
			}
			buf.Grow(int(info.Size()) + bytes.MinRead)
		}
	}
	if _, err := buf.ReadFrom(io.LimitReader(r, max+1)); err != nil {
		return nil, &Error{Err: err}
	}
	return p.Parse(buf.Bytes())
}

// Parse reads one page. The record is returned whenever the page holds any
// text; what was odd but kept is listed in its Input.Problems, and where
// each field was read in its Input.Origins.
func (p *Parser) Parse(data []byte) (*notice.Notice, error) {
	return p.parse(data, nil)
}

// parse is Parse, saying what became of each pair in *trace when trace is
// not nil.
func (p *Parser) parse(data []byte, trace *[]PairReading) (*notice.Notice, error) {
	if int64(len(data)) > p.maxSize() {
		return nil, &Error{Err: ErrTooLarge}
	}
	v, err := p.vocabulary()
	if err != nil {
		return nil, &Error{Err: err}
	}
	src, err := p.decode(data)
	if err != nil {
		return nil, err
	}
	var pg *page.Page
	if src.html {
		pg = p.readHTML(src, v)
		if len(pg.Pairs)+len(pg.Paras)+len(pg.Above)+len(pg.Info)+len(pg.Links) == 0 {
			return nil, &Error{Err: ErrEmpty} // markup, and no text to read
		}
	} else {
		pg = p.readText(src, v)
	}
	return p.record(src, pg, v, trace), nil
}
