package encode

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"

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
			if err := x.noAttrs(tok); err != nil {
				return nil, err
			}
			if x.root == "notice" {
				return x.notice()
			}
		case x.root == "notices" && x.depth == 2 && tok.Name.Space == "" && tok.Name.Local == "notice":
			if err := x.noAttrs(tok); err != nil {
				return nil, err
			}
			return x.notice()
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

// The element names of the XML form are the keys of the JSON form
// (noticeKeys, appendixKeys, inputKeys), in the same order.

// notice reads the content of a <notice> element whose start tag has been
// read.
func (x *XMLReader) notice() (*notice.Notice, error) {
	n := new(notice.Notice)
	err := x.children(noticeKeys[:], func(i int, start xml.StartElement) (err error) {
		switch name := noticeKeys[i]; name {
		case "index_number":
			n.IndexNumber = new(notice.IndexNumber)
			id := n.IndexNumber
			err = x.attrs(start, map[string]any{"org": &id.Org, "year": &id.Year, "month": &id.Month, "seq": &id.Seq})
			if err == nil {
				id.Text, err = x.text()
			}
		case "doc_number":
			n.DocNumber = new(notice.DocNumber)
			dn := n.DocNumber
			err = x.attrs(start, map[string]any{"issuer": &dn.Issuer, "year": &dn.Year, "seq": &dn.Seq})
			if err == nil {
				dn.Text, err = x.text()
			}
		case "title":
			n.Title, err = x.leaf(start)
		case "publisher":
			n.Publisher, err = x.leaf(start)
		case "source":
			n.Source, err = x.leaf(start)
		case "topic":
			n.Topic, err = x.leaf(start)
		case "collection":
			n.Collection, err = x.leaf(start)
		case "genre":
			n.Genre, err = x.leaf(start)
		case "created":
			n.Created, err = x.date(start)
		case "published":
			n.Published, err = x.date(start)
		case "effective":
			n.Effective, err = x.date(start)
		case "abolished":
			n.Abolished, err = x.date(start)
		case "validity":
			n.Validity, err = x.leaf(start)
		case "keywords":
			n.Keywords, err = x.list(start, "keyword")
		case "summary":
			n.Summary, err = x.leaf(start)
		case "link":
			n.Link, err = x.leaf(start)
		case "attachments":
			err = x.items(start, "attachment", func(start xml.StartElement) error {
				var a notice.Attachment
				err := x.attrs(start, map[string]any{"url": &a.URL})
				if err == nil {
					a.Name, err = x.text()
				}
				n.Attachments = append(n.Attachments, a)
				return err
			})
		case "addressee":
			n.Addressee, err = x.leaf(start)
		case "body":
			n.Body, err = x.list(start, "p")
		case "signers":
			n.Signers, err = x.list(start, "signer")
		case "signed":
			n.Signed, err = x.date(start)
		case "notes":
			n.Notes, err = x.list(start, "note")
		case "cc":
			n.CC, err = x.list(start, "recipient")
		case "appendices":
			err = x.items(start, "appendix", func(start xml.StartElement) error {
				var a notice.Appendix
				err := x.noAttrs(start)
				if err == nil {
					err = x.children(appendixKeys[:], func(i int, start xml.StartElement) (err error) {
						if i == 0 {
							a.Title, err = x.leaf(start)
						} else {
							a.Body, err = x.list(start, "p")
						}
						return err
					})
				}
				n.Appendices = append(n.Appendices, a)
				return err
			})
		case "extra":
			err = x.items(start, "field", func(start xml.StartElement) error {
				var f notice.Field
				err := x.attrs(start, map[string]any{"label": &f.Label})
				if err == nil {
					f.Value, err = x.text()
				}
				n.Extra = append(n.Extra, f)
				return err
			})
		case "input":
			err = x.input(start, &n.Input)
		}
		return err
	})
	return n, err
}

func (x *XMLReader) input(start xml.StartElement, in *notice.Input) error {
	if err := x.noAttrs(start); err != nil {
		return err
	}
	return x.children(inputKeys[:], func(i int, start xml.StartElement) (err error) {
		switch i {
		case 0:
			in.Path, err = x.leaf(start)
		case 1:
			in.Charset, err = x.leaf(start)
		case 2:
			var s string
			s, err = x.leaf(start)
			in.Script = notice.Script(s)
		case 3:
			var s string
			if s, err = x.leaf(start); err == nil {
				in.PinyinAnnotations, err = x.atoi(s)
			}
		case 4:
			var s string
			s, err = x.leaf(start)
			in.Layout = notice.Layout(s)
		case 5:
			err = x.items(start, "problem", func(start xml.StartElement) error {
				var p notice.Problem
				var rule, sev string
				err := x.attrs(start, map[string]any{"field": &p.Field, "rule": &rule, "severity": &sev,
					"line": &p.Line, "column": &p.Column})
				p.Rule = notice.Rule(rule)
				if err == nil && p.Severity.UnmarshalText([]byte(sev)) != nil {
					err = x.fail(fmt.Errorf("%w: severity %q is not error or warning", notice.ErrType, sev))
				}
				if err == nil {
					p.Message, err = x.text()
				}
				in.Problems = append(in.Problems, p)
				return err
			})
		case 6:
			err = x.items(start, "origin", func(start xml.StartElement) error {
				var o notice.Origin
				err := x.attrs(start, map[string]any{"field": &o.Field, "from": &o.From, "label": &o.Label,
					"line": &o.Line, "column": &o.Column})
				if err == nil {
					o.Text, err = x.text()
				}
				in.Origins = append(in.Origins, o)
				return err
			})
		}
		return err
	})
}

// children reads the child elements of the element just started, each one
// of names and none twice, calling child with its index in names and its
// start tag. It returns after the end tag.
func (x *XMLReader) children(names []string, child func(i int, start xml.StartElement) error) error {
	var seen uint64 // bit i: names[i] was read
	for {
		tok, ok, err := x.nextChild()
		if err != nil || !ok {
			return err
		}
		i := -1
		if tok.Name.Space == "" {
			i = slices.Index(names, tok.Name.Local)
		}
		if i < 0 {
			return x.unknown(tok)
		}
		if seen&(1<<i) != 0 {
			return x.fail(fmt.Errorf("%w <%s>", notice.ErrDuplicateField, tok.Name.Local))
		}
		seen |= 1 << i
		if err := child(i, tok); err != nil {
			return within(names[i], err)
		}
	}
}

// items reads a list element whose children are all named item, calling
// each with the start tag of each child. It returns after the end tag.
func (x *XMLReader) items(start xml.StartElement, item string, each func(start xml.StartElement) error) error {
	if err := x.noAttrs(start); err != nil {
		return err
	}
	for i := 0; ; i++ {
		tok, ok, err := x.nextChild()
		if err != nil || !ok {
			return err
		}
		if tok.Name.Space != "" || tok.Name.Local != item {
			return within(index("", i), x.unknown(tok))
		}
		if err := each(tok); err != nil {
			return within(index("", i), err)
		}
	}
}

// list reads a list of strings, <wrapper><item>…</item>…</wrapper>; an
// empty list is nil.
func (x *XMLReader) list(start xml.StartElement, item string) ([]string, error) {
	var list []string
	err := x.items(start, item, func(start xml.StartElement) error {
		s, err := x.leaf(start)
		list = append(list, s)
		return err
	})
	return list, err
}

// leaf reads the text of an element that has no attributes.
func (x *XMLReader) leaf(start xml.StartElement) (string, error) {
	if err := x.noAttrs(start); err != nil {
		return "", err
	}
	return x.text()
}

func (x *XMLReader) date(start xml.StartElement) (*notice.Date, error) {
	pos := x.pos
	s, err := x.leaf(start)
	if err != nil {
		return nil, err
	}
	d, ok := parseDate([]byte(s))
	if !ok {
		return nil, &notice.DecodeError{Offset: pos, Err: notice.ErrDate}
	}
	return &d, nil
}

// text reads the content of the element just started, up to its end tag:
// character data only, kept exactly.
func (x *XMLReader) text() (string, error) {
	var s []byte
	for {
		tok, err := x.token()
		if err != nil {
			return "", err
		}
		switch tok := tok.(type) {
		case xml.EndElement:
			return string(s), nil
		case xml.CharData:
			s = append(s, tok...)
		case xml.StartElement:
			return "", x.fail(fmt.Errorf("%w: element <%s> inside a value", notice.ErrUnknownField, tok.Name.Local))
		}
	}
}

// attrs reads the attributes of start into the string or int pointers of
// known, by attribute name; a name not in known is an error.
func (x *XMLReader) attrs(start xml.StartElement, known map[string]any) error {
	for i, a := range start.Attr {
		if ignoredAttr(a.Name) {
			continue
		}
		for _, b := range start.Attr[:i] {
			if b.Name == a.Name { // not well-formed, but encoding/xml lets it through
				return x.fail(fmt.Errorf("%w: attribute %s given twice", notice.ErrMalformed, a.Name.Local))
			}
		}
		p, ok := known[a.Name.Local]
		if !ok || a.Name.Space != "" {
			return x.fail(fmt.Errorf("%w: attribute %s", notice.ErrUnknownField, a.Name.Local))
		}
		switch p := p.(type) {
		case *string:
			*p = a.Value
		case *int:
			n, err := x.atoi(a.Value)
			if err != nil {
				return within(a.Name.Local, err)
			}
			*p = n
		}
	}
	return nil
}

func (x *XMLReader) noAttrs(start xml.StartElement) error { return x.attrs(start, nil) }

// ignoredAttr reports whether an attribute is a namespace declaration or
// in the XML Schema instance namespace (xsi:noNamespaceSchemaLocation).
func ignoredAttr(name xml.Name) bool {
	return name.Space == "xmlns" || name.Space == "" && name.Local == "xmlns" ||
		name.Space == "http://www.w3.org/2001/XMLSchema-instance"
}

// atoi reads an integer as XML Schema reads an xs:long: white space around
// it is allowed.
func (x *XMLReader) atoi(s string) (int, error) {
	n, err := strconv.Atoi(strings.Trim(s, " \t\r\n"))
	if err != nil {
		return 0, x.fail(fmt.Errorf("%w: %q is not an integer", notice.ErrType, s))
	}
	return n, nil
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

// Keys of the record, in the order of the JSON form.
var noticeKeys = [...]string{
	"index_number", "title", "doc_number", "publisher", "source", "topic",
	"collection", "genre", "created", "published", "effective", "abolished",
	"validity", "keywords", "summary", "link", "attachments", "addressee",
	"body", "signers", "signed", "notes", "cc", "appendices", "extra", "input",
}

var (
	appendixKeys = [...]string{"title", "body"}
	inputKeys    = [...]string{"path", "charset", "script", "pinyin_annotations", "layout", "problems", "origins"}
)
