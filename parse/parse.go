package parse

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"unicode/utf8"

	"github.com/govnotice/govnotice/notice"
)

// DefaultMaxSize is the largest page a [Parser] with a zero MaxSize reads.
const DefaultMaxSize = 64 << 20

// Errors that [Error.Err] may hold. Parsing fails only when no record can be
// read at all; everything else is a warning in the record.
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
// Line and Column locate the problem in the decoded text (UTF-8, before any
// other canonical step): Line is 1-based, Column is the 1-based byte offset
// within the line. Both are 0 when the error concerns the whole input (empty,
// too large, a read error, an unknown charset). Field names the record field
// concerned; it is empty for every error Parse returns today, since a problem
// with one field is a warning in the record, not an error.
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
// punctuation and reads pages up to [DefaultMaxSize].
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

	rendered bool // the input is an HTML page's text rendering (html.go)
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
// text; what was odd but kept is listed in its Input.Problems.
func (p *Parser) Parse(data []byte) (*notice.Notice, error) {
	if int64(len(data)) > p.maxSize() {
		return nil, &Error{Err: ErrTooLarge}
	}
	if !p.rendered && isHTML(data) {
		return p.parseHTML(data)
	}
	text, info, err := canonicalize(data, p)
	if err != nil {
		return nil, &Error{Err: err}
	}
	if _, ok := binary(text); ok {
		// Report the position in the decoded text, which the caller can
		// see; canonical steps may have moved it within its line.
		raw := rawText(data, p)
		off, _ := binary(raw)
		line, col := position(raw, max(off, 0))
		return nil, &Error{Line: line, Column: col, Err: ErrNotText}
	}
	if blank(text) {
		return nil, &Error{Err: ErrEmpty}
	}

	n := &notice.Notice{}
	n.Input.Charset = info.charset
	n.Input.Script = info.script
	n.Input.PinyinAnnotations = info.pinyin
	if info.invalidBytes > 0 {
		warn(n, "input", notice.RuleEncoding, 0, 0, fmt.Sprintf("%d invalid bytes replaced by U+FFFD", info.invalidBytes))
	}

	s := string(text)
	sc := scanner{keepScript: p.KeepScript}
	h, rest := sc.findHeader(s)
	n.Input.Layout = notice.LayoutNone
	if h != nil {
		n.Input.Layout = h.pageLayout()
		m := mapper{n: n, urls: &urlIndex{canon: s, decoded: func() string { return string(rawText(data, p)) }}}
		m.apply(h.pairs)
	}
	var above []string
	controls := 0
	if h != nil && h.metaLine() {
		// The lines above a one-line meta strip hold the article's title:
		// they are body, but for the chrome among them.
		above, controls = sc.readBody(cursor{text: s}, h.start)
	}
	body, n2 := sc.readBody(rest, len(s))
	readDocument(n, append(above, body...), p.KeepScript)
	controls += n2
	if controls > 0 {
		warn(n, "body", notice.RuleEncoding, 0, 0, fmt.Sprintf("removed %d control characters", controls))
	}
	return n, nil
}

// binarySample is how much of the text binary looks at.
const binarySample = 64 << 10

// binary reports whether text is binary data rather than a page: more than
// an eighth of its first runes are control characters (other than white
// space) or U+FFFD. It returns the offset of the first such rune.
func binary(text []byte) (int, bool) {
	sample := text
	if len(sample) > binarySample {
		sample = sample[:binarySample]
	}
	runes, bad, first := 0, 0, -1
	for i := 0; i < len(sample); {
		r, size := utf8.DecodeRune(sample[i:])
		runes++
		if r == utf8.RuneError || isControl(r) && r != '\f' && r != '\v' {
			bad++
			if first < 0 {
				first = i
			}
		}
		i += size
	}
	return first, bad*8 > runes
}

func blank(text []byte) bool {
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRune(text[i:])
		if !isSpace(r) {
			return false
		}
		i += size
	}
	return true
}
