package encode

import (
	"errors"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/govnotice/govnotice/notice"
)

// xmlHeader starts every XML document the package writes; the root
// element follows on the next line.
const xmlHeader = `<?xml version="1.0" encoding="UTF-8"?>`

// XML writes n to w as an XML document whose root is <notice>, indented two
// spaces a level, followed by a newline. If n holds a value XML 1.0 cannot
// carry, XML returns a [*notice.EncodeError] and writes nothing.
func XML(w io.Writer, n *notice.Notice) error {
	x := xmlWriter{b: []byte(xmlHeader), indent: "  "}
	if err := x.notice(n); err != nil {
		return err
	}
	x.b = append(x.b, '\n')
	_, err := w.Write(x.b)
	return err
}

// AppendXML appends n as one <notice> element, without an XML declaration
// or indentation, to dst and returns the extended buffer. If n holds a value
// XML 1.0 cannot carry (a string that is not valid UTF-8, a control
// character other than tab, LF and CR, U+FFFE, U+FFFF, a date that does not
// fit its fixed form) it returns dst unchanged and a [*notice.EncodeError].
func AppendXML(dst []byte, n *notice.Notice) ([]byte, error) {
	x := xmlWriter{b: dst}
	if err := x.notice(n); err != nil {
		return dst, err
	}
	return x.b, nil
}

// An XMLWriter writes records as one XML document whose root is
// <notices>, one <notice> element a record. [XMLWriter.Close] ends the
// document.
type XMLWriter struct {
	w       io.Writer
	buf     []byte
	started bool  // the document's start has been written
	err     error // returned by every call from the first write error or Close on
}

// NewXMLWriter returns a writer of a <notices> document to w.
func NewXMLWriter(w io.Writer) *XMLWriter { return &XMLWriter{w: w} }

// Write writes n as the next <notice> element, starting the document first
// if need be. A [*notice.EncodeError] leaves the document as it was, and writing can
// go on; an error from the underlying writer is returned by every later call.
func (x *XMLWriter) Write(n *notice.Notice) error {
	if x.err != nil {
		return x.err
	}
	xw := xmlWriter{b: x.buf[:0], indent: "  ", depth: 1}
	if !x.started {
		xw.b = append(xw.b, xmlHeader+"\n<notices>"...)
	}
	if err := xw.notice(n); err != nil {
		return err
	}
	x.buf = xw.b
	x.started = true
	_, x.err = x.w.Write(xw.b)
	return x.err
}

// Close ends the document, writing an empty <notices> element when no
// record was written. It does not close the underlying writer. Writing
// after Close is an error.
func (x *XMLWriter) Close() error {
	if x.err != nil {
		if x.err == errWriterClosed {
			return nil
		}
		return x.err
	}
	b := x.buf[:0]
	if !x.started {
		b = append(b, xmlHeader+"\n<notices>"...)
	}
	b = append(b, "\n</notices>\n"...)
	if _, err := x.w.Write(b); err != nil {
		x.err = err
		return err
	}
	x.err = errWriterClosed
	return nil
}

var errWriterClosed = errors.New("encode: write after Close")

// xmlWriter appends one record as XML, walking the record's field table
// ([notice.Members]): absent values (empty strings, nil pointers, empty
// lists, zero numbers, an Input with nothing in it) are left out. Each
// method returns the first value it could not write as a
// *notice.EncodeError whose Field is relative to the value it writes.
type xmlWriter struct {
	b      []byte
	indent string // "" for compact output
	depth  int    // of the next start tag
}

// An xmlStruct is a struct of the record as the XML writer walks it: its
// members sorted by where they stand in XML, made once from the table.
type xmlStruct struct {
	attrs    []notice.Member // attributes, in order
	text     *notice.Member  // the character data, or nil
	elements []xmlElement    // child elements, in order
}

// An xmlElement is a member written as a child element.
type xmlElement struct {
	notice.Member
	sub *xmlStruct // of a typed value, a list's item or a nested struct
}

// xmlRecord is the record's table as the XML writer walks it.
var xmlRecord = newXMLStruct(notice.Members())

func newXMLStruct(members []notice.Member) *xmlStruct {
	s := new(xmlStruct)
	for i, m := range members {
		switch m.XML {
		case notice.XMLAttr:
			s.attrs = append(s.attrs, m)
		case notice.XMLText:
			s.text = &members[i]
		default:
			e := xmlElement{Member: m}
			if sub := m.Members(); sub != nil {
				e.sub = newXMLStruct(sub)
			}
			s.elements = append(s.elements, e)
		}
	}
	return s
}

func (x *xmlWriter) notice(n *notice.Notice) error {
	if n == nil {
		return nilNotice()
	}
	x.open("notice")
	if err := x.elements(xmlRecord, n); err != nil {
		return err
	}
	x.close("notice")
	return nil
}

// elements writes the child elements of v, a pointer to a struct of the
// record, that are not zero.
func (x *xmlWriter) elements(s *xmlStruct, v any) error {
	for i := range s.elements {
		e := &s.elements[i]
		if !e.XMLKeepEmpty && e.IsZero(v) {
			continue
		}
		if err := x.element(e, v); err != nil {
			return within(e.Key, err)
		}
	}
	return nil
}

// element writes the member e of v as an element.
func (x *xmlWriter) element(e *xmlElement, v any) error {
	name := e.XMLName
	switch e.Kind {
	case notice.KindString:
		s, err := e.Text(v)
		if err != nil {
			return &notice.EncodeError{Err: err}
		}
		x.start(name)
		return x.endLeaf(name, s)
	case notice.KindInt:
		x.start(name)
		x.b = append(x.b, '>')
		x.b = strconv.AppendInt(x.b, int64(e.Int(v)), 10)
		x.end(name)
	case notice.KindDate:
		x.start(name)
		x.b = append(x.b, '>')
		b, err := e.Date(v).AppendText(x.b)
		if err != nil {
			return err
		}
		x.b = b
		x.end(name)
	case notice.KindValue, notice.KindStruct:
		return x.structure(e.sub, name, e.Value(v))
	case notice.KindStrings:
		x.open(name)
		for i, s := range e.Strings(v) {
			x.start(e.XMLItem)
			if err := x.endLeaf(e.XMLItem, s); err != nil {
				return within(index("", i), err)
			}
		}
		x.close(name)
	case notice.KindList:
		x.open(name)
		for i := range e.Len(v) {
			if err := x.structure(e.sub, e.XMLItem, e.Index(v, i)); err != nil {
				return within(index("", i), err)
			}
		}
		x.close(name)
	}
	return nil
}

// structure writes the struct v as the element name: its attributes that
// are not zero, then its character data or its child elements. An element
// with neither is written <name …/>.
func (x *xmlWriter) structure(s *xmlStruct, name string, v any) error {
	x.start(name)
	for i := range s.attrs {
		m := &s.attrs[i]
		if !m.XMLKeepEmpty && m.IsZero(v) {
			continue
		}
		if m.Kind == notice.KindInt {
			x.intAttr(m.XMLName, m.Int(v))
			continue
		}
		text, err := m.Text(v)
		if err == nil {
			err = x.attr(m.XMLName, text)
		} else {
			err = &notice.EncodeError{Err: err}
		}
		if err != nil {
			return within(m.Key, err)
		}
	}
	if s.text != nil {
		text, _ := s.text.Text(v)
		if err := x.endLeaf(name, text); err != nil {
			return within(s.text.Key, err)
		}
		return nil
	}
	empty := true
	for i := range s.elements {
		if e := &s.elements[i]; e.XMLKeepEmpty || !e.IsZero(v) {
			empty = false
			break
		}
	}
	if empty {
		x.b = append(x.b, "/>"...)
		return nil
	}
	x.b = append(x.b, '>')
	x.depth++
	if err := x.elements(s, v); err != nil {
		return err
	}
	x.close(name)
	return nil
}

// intAttr writes name="n" into a start tag, or nothing when n is zero.
func (x *xmlWriter) intAttr(name string, n int) {
	if n != 0 {
		x.b = append(x.b, ' ')
		x.b = append(x.b, name...)
		x.b = append(x.b, `="`...)
		x.b = strconv.AppendInt(x.b, int64(n), 10)
		x.b = append(x.b, '"')
	}
}

// start begins a start tag on its own line; the caller adds attributes and
// then ends it.
func (x *xmlWriter) start(name string) {
	x.newline()
	x.b = append(x.b, '<')
	x.b = append(x.b, name...)
}

// endLeaf ends the start tag begun by start and writes the text and the end
// tag. An empty text gives <name/>.
func (x *xmlWriter) endLeaf(name, text string) error {
	if text == "" {
		x.b = append(x.b, "/>"...)
		return nil
	}
	x.b = append(x.b, '>')
	if err := x.text(text, false); err != nil {
		return &notice.EncodeError{Err: err}
	}
	x.end(name)
	return nil
}

// end writes an end tag where the content ends.
func (x *xmlWriter) end(name string) {
	x.b = append(x.b, "</"...)
	x.b = append(x.b, name...)
	x.b = append(x.b, '>')
}

// open writes the start tag of an element that has children, whose start
// tags come one level deeper.
func (x *xmlWriter) open(name string) {
	x.start(name)
	x.b = append(x.b, '>')
	x.depth++
}

// close writes the end tag of the element opened last, on its own line.
func (x *xmlWriter) close(name string) {
	x.depth--
	x.newline()
	x.b = append(x.b, "</"...)
	x.b = append(x.b, name...)
	x.b = append(x.b, '>')
}

// newline starts a line at the current depth, in indented output.
func (x *xmlWriter) newline() {
	if x.indent == "" {
		return
	}
	x.b = append(x.b, '\n')
	for range x.depth {
		x.b = append(x.b, x.indent...)
	}
}

// attr writes name="value" into a start tag.
func (x *xmlWriter) attr(name, value string) error {
	x.b = append(x.b, ' ')
	x.b = append(x.b, name...)
	x.b = append(x.b, `="`...)
	if err := x.text(value, true); err != nil {
		return &notice.EncodeError{Err: err}
	}
	x.b = append(x.b, '"')
	return nil
}

// text appends s escaped for element content or, with inAttr, for a quoted
// attribute value. It keeps every character: CR is written as &#xD; so that
// it is not read back as LF, and in attributes tab, LF and CR are character
// references so that attribute normalisation does not turn them into
// spaces. It returns notice.ErrInvalidUTF8 or notice.ErrXMLChar for text
// XML 1.0 cannot carry, the characters notice.Notice.MarshalXML refuses.
func (x *xmlWriter) text(s string, inAttr bool) error {
	if !utf8.ValidString(s) {
		return notice.ErrInvalidUTF8
	}
	safe := &xmlTextSafe
	if inAttr {
		safe = &xmlAttrSafe
	}
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if safe[c] {
			continue
		}
		var esc string
		switch c {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '"':
			esc = "&quot;"
		case '\t':
			esc = "&#x9;"
		case '\n':
			esc = "&#xA;"
		case '\r':
			esc = "&#xD;"
		case 0xEF:
			// U+FFFE and U+FFFF are EF BF BE and EF BF BF.
			if i+2 < len(s) && s[i+1] == 0xBF && s[i+2]&^1 == 0xBE {
				return notice.ErrXMLChar
			}
			continue
		default:
			return notice.ErrXMLChar
		}
		x.b = append(x.b, s[start:i]...)
		x.b = append(x.b, esc...)
		start = i + 1
	}
	x.b = append(x.b, s[start:]...)
	return nil
}

// xmlTextSafe and xmlAttrSafe tell which bytes are written as they are in
// element content and in attribute values; 0xEF is checked apart as the
// first byte of U+FFFE and U+FFFF.
var xmlTextSafe, xmlAttrSafe = func() (text, attr [256]bool) {
	for c := range text {
		ok := c >= 0x20 && c != '&' && c != '<' && c != '>' && c != 0xEF
		attr[c] = ok && c != '"'
		text[c] = ok || c == '\t' || c == '\n'
	}
	return text, attr
}()
