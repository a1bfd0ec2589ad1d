package encode

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"iter"

	"github.com/govnotice/govnotice/notice"
)

// DecodeXML reads an XML document whose root is <notice>, as written by
// [XML], and returns its record. Use an [XMLReader] for a <notices>
// document.
//
// The decoder is strict about what it reads and tolerant of how it is laid
// out: an element or attribute the record does not have is an
// [notice.ErrUnknownField], an element given twice an [notice.ErrDuplicateField], a number
// that is not one an [notice.ErrType]; white space between elements, comments and
// processing instructions are ignored, and text inside a value is kept
// exactly. A missing element is an absent value (empty string, nil pointer,
// nil list, zero). Namespace declarations and xsi: attributes are ignored.
func DecodeXML(r io.Reader) (*notice.Notice, error) {
	x := NewXMLReader(r)
	n, err := x.Read()
	if err == io.EOF {
		return nil, &notice.DecodeError{Err: fmt.Errorf("%w: no <notice> element", notice.ErrMalformed)}
	}
	if err != nil {
		return nil, err
	}
	if x.root != "notice" {
		return nil, &notice.DecodeError{Err: fmt.Errorf("%w: root is <%s>, want <notice>", notice.ErrMalformed, x.root)}
	}
	if _, err := x.Read(); err != io.EOF {
		return nil, err
	}
	return n, nil
}

// An XMLReader reads records from an XML document whose root is <notices>
// (many records) or <notice> (one record).
type XMLReader struct {
	d     *xml.Decoder
	root  string // root element's name, once read
	depth int    // of open elements
	pos   int64  // byte offset where the last token began
	err   error  // returned by every Read once set: a syntax error or io.EOF
}

// NewXMLReader returns a reader of the XML document in r.
func NewXMLReader(r io.Reader) *XMLReader {
	d := xml.NewDecoder(r)
	d.Strict = true
	return &XMLReader{d: d}
}

// Read returns the next record, or io.EOF after the last. A record that does
// not decode gives a [*notice.DecodeError] and reading goes on with the next
// <notice>; input that is not well-formed XML gives a *notice.DecodeError wrapping
// [notice.ErrMalformed] (and the [*xml.SyntaxError]), which every later call returns
// too.
func (x *XMLReader) Read() (*notice.Notice, error) {
	if x.err != nil {
		return nil, x.err
	}
	n, err := x.read()
	if err != nil {
		var de *notice.DecodeError
		if errors.As(err, &de) && !errors.Is(de.Err, notice.ErrMalformed) {
			// Skip the rest of the record: <notice> is at depth 1 as the
			// root, at depth 2 inside <notices>.
			depth := 1
			if x.root == "notice" {
				depth = 0
			}
			if err := x.skipTo(depth); err != nil {
				x.err = err
			}
		} else {
			x.err = err
		}
	}
	return n, err
}

// All returns an iterator over the records and errors of [XMLReader.Read]; it
// stops after a syntax error or at the end of the document.
func (x *XMLReader) All() iter.Seq2[*notice.Notice, error] {
	return func(yield func(*notice.Notice, error) bool) {
		for {
			n, err := x.Read()
			if err == io.EOF || !yield(n, err) || x.err != nil && x.err != io.EOF {
				return
			}
		}
	}
}

func (x *XMLReader) read() (*notice.Notice, error) {
	if x.root != "" && x.depth == 0 {
		return nil, x.trailer()
	}
	for {
		tok, ok, err := x.nextChild()
		if err != nil {
			return nil, err
		}
		if !ok { // </notices>
			return nil, x.trailer()
		}
		switch {
		case x.root == "" && tok.Name.Space == "" && (tok.Name.Local == "notice" || tok.Name.Local == "notices"):
			x.root = tok.Name.Local
			if x.root == "notice" {
				return x.record(tok)
			}
			if err := x.noAttrs(tok); err != nil {
				return nil, err
			}
		case x.root == "notices" && x.depth == 2 && tok.Name.Space == "" && tok.Name.Local == "notice":
			return x.record(tok)
		case x.root == "":
			return nil, x.fail(fmt.Errorf("%w: root is <%s>, want <notice> or <notices>", notice.ErrMalformed, tok.Name.Local))
		default:
			return nil, x.unknown(tok)
		}
	}
}

// nextChild reads up to the next child of the element being read and
// returns its start tag, or ok false after the element's end tag. Between
// elements only XML white space may stand (and comments and processing
// instructions, which are skipped).
func (x *XMLReader) nextChild() (start xml.StartElement, ok bool, err error) {
	for {
		tok, err := x.token()
		if err != nil {
			return start, false, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			return tok, true, nil
		case xml.EndElement:
			return start, false, nil
		case xml.CharData:
			if !xmlSpace(tok) {
				return start, false, x.fail(fmt.Errorf("%w: text between elements", notice.ErrMalformed))
			}
		}
	}
}

// xmlSpace reports whether b is white space as XML defines it: spaces,
// tabs and line ends only (not U+3000 or U+00A0, which are text).
func xmlSpace(b []byte) bool {
	return len(bytes.Trim(b, " \t\r\n")) == 0
}

// trailer reads what follows the root element: only comments, processing
// instructions and white space may.
func (x *XMLReader) trailer() error {
	for {
		tok, err := x.token()
		if err == io.EOF {
			return io.EOF
		}
		if err != nil {
			return err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			return x.fail(fmt.Errorf("%w: a second root element <%s>", notice.ErrMalformed, tok.Name.Local))
		case xml.CharData:
			if !xmlSpace(tok) {
				return x.fail(fmt.Errorf("%w: text after the root element", notice.ErrMalformed))
			}
		}
	}
}

// record reads the <notice> element whose start tag is start, with
// notice.Notice.UnmarshalXML, which is also what xml.Unmarshal calls. After
// a record that does not read, it stands after the record's end tag.
func (x *XMLReader) record(start xml.StartElement) (*notice.Notice, error) {
	n := new(notice.Notice)
	err := n.UnmarshalXML(x.d, start)
	if err == nil || !errors.Is(err, notice.ErrMalformed) {
		x.depth-- // the record's end tag
	}
	if err != nil {
		return nil, err
	}
	return n, nil
}

// noAttrs refuses attributes on <notices>, but for namespace declarations
// and xsi: attributes.
func (x *XMLReader) noAttrs(start xml.StartElement) error {
	for _, a := range start.Attr {
		if !ignoredAttr(a.Name) {
			return x.fail(fmt.Errorf("%w: attribute %s", notice.ErrUnknownField, a.Name.Local))
		}
	}
	return nil
}

// ignoredAttr reports whether an attribute is a namespace declaration or
// in the XML Schema instance namespace (xsi:noNamespaceSchemaLocation).
func ignoredAttr(name xml.Name) bool {
	return name.Space == "xmlns" || name.Space == "" && name.Local == "xmlns" ||
		name.Space == "http://www.w3.org/2001/XMLSchema-instance"
}

func (x *XMLReader) unknown(start xml.StartElement) error {
	return x.fail(fmt.Errorf("%w <%s>", notice.ErrUnknownField, start.Name.Local))
}

// token returns the next token, keeping depth and pos.
func (x *XMLReader) token() (xml.Token, error) {
	x.pos = x.d.InputOffset()
	tok, err := x.d.Token()
	if err != nil {
		if err == io.EOF && x.depth == 0 {
			return nil, io.EOF
		}
		if err == io.EOF {
			err = errors.New("unexpected end of input")
		}
		return nil, &notice.DecodeError{Offset: x.d.InputOffset(), Err: fmt.Errorf("%w: %w", notice.ErrMalformed, err)}
	}
	switch tok.(type) {
	case xml.StartElement:
		x.depth++
	case xml.EndElement:
		x.depth--
	}
	return tok, nil
}

// skipTo reads tokens until depth open elements are left.
func (x *XMLReader) skipTo(depth int) error {
	for x.depth > depth {
		if _, err := x.token(); err != nil {
			return err
		}
	}
	return nil
}

func (x *XMLReader) fail(err error) error {
	return &notice.DecodeError{Offset: x.pos, Err: err}
}
