package notice

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The XML form of a record, as encoding/xml reads and writes it through
// MarshalXML and UnmarshalXML. Package encode writes the same form faster
// with a writer of its own, walking the same table, and reads it with
// UnmarshalXML. Element names are the JSON keys; absent values are left
// out; lists are wrapped (<keywords><keyword>…); typed values put their parts
// in attributes and their text in the element.

// MarshalXML implements [xml.Marshaler]: xml.Marshal of a Notice writes the
// record's XML form, as an element named <notice> (or the name a struct
// field's tag gives it). encoding/xml escapes text its own way (" as &#34;
// …) but the value read back is the same as the one package encode writes.
//
// encoding/xml would write U+FFFD in place of a character XML 1.0 cannot
// carry; MarshalXML refuses such a record instead, before writing any of it,
// with an [*EncodeError] naming the field and wrapping [ErrXMLChar] (or
// [ErrInvalidUTF8], [ErrDate]).
func (n Notice) MarshalXML(e *xml.Encoder, start xml.StartElement) error {
	if start.Name.Space == "" && start.Name.Local == "Notice" {
		start.Name.Local = "notice" // the name encoding/xml gives from the type
	}
	start.Attr = slices.Clip(start.Attr) // appending must not write into the caller's array
	if err := (xmlTokenWriter{}).element(recordMembers, &n, start); err != nil {
		return err // checked in full before anything is written
	}
	return xmlTokenWriter{e}.element(recordMembers, &n, start)
}

// UnmarshalXML implements [xml.Unmarshaler]: it reads the content of the
// element start, a record in the XML form (whatever the element's name, as
// encoding/xml leaves names to the caller), into n, replacing what n held.
//
// It is strict about what it reads and tolerant of how it is laid out: an
// element or attribute the record does not have is an [ErrUnknownField], an
// element given twice an [ErrDuplicateField], a number that is not one or a
// severity that is neither error nor warning an [ErrType], a date not in the
// form of [Date.String] an [ErrDate]; white space between elements,
// comments and processing instructions are ignored, and text inside a value
// is kept exactly. A missing element is an absent value (empty string, nil
// pointer, nil list, zero). Namespace declarations and xsi: attributes are
// ignored.
//
// Problems are reported as a [*DecodeError] with the byte offset in the
// decoder's input and the field; n is then left as it was. After a problem
// that is not malformed XML ([ErrMalformed]) the decoder stands after the
// element's end tag, so that a reader of many records can go on with the
// next.
func (n *Notice) UnmarshalXML(d *xml.Decoder, start xml.StartElement) error {
	if n == nil {
		return errors.New("notice: UnmarshalXML on a nil *Notice")
	}
	x := xmlReader{d: d, depth: 1}
	old := *n // read into n itself, and put this back on error
	*n = Notice{}
	err := x.element(recordMembers, n, start)
	if err != nil {
		*n = old
		if !errors.Is(err, ErrMalformed) {
			if serr := x.skipTo(0); serr != nil {
				return serr
			}
		}
	}
	return err
}

// xmlTokenWriter writes a record as encoding/xml tokens; with a nil
// encoder it only checks that the record can be written.
type xmlTokenWriter struct{ e *xml.Encoder }

func (w xmlTokenWriter) token(t xml.Token) error {
	if w.e == nil {
		return nil
	}
	return w.e.EncodeToken(t)
}

// element writes the struct v described by members as the element start:
// its attribute members, then its character data or its child elements.
func (w xmlTokenWriter) element(members []Member, v any, start xml.StartElement) error {
	var text *Member
	for i := range members {
		m := &members[i]
		switch {
		case m.XML == XMLText:
			text = m
		case m.XML == XMLAttr && (m.XMLKeepEmpty || !m.IsZero(v)):
			s, err := xmlScalar(m, v)
			if err == nil {
				err = xmlCheck(s)
			}
			if err != nil {
				return within(m.Key, err)
			}
			start.Attr = append(start.Attr, xml.Attr{Name: xml.Name{Local: m.XMLName}, Value: s})
		}
	}
	if err := w.token(start); err != nil {
		return err
	}
	if text != nil {
		s := *text.acc.str(v)
		if err := xmlCheck(s); err != nil {
			return within(text.Key, err)
		}
		if s != "" {
			if err := w.token(xml.CharData(s)); err != nil {
				return err
			}
		}
	} else {
		for i := range members {
			if m := &members[i]; m.XML == XMLElement && (m.XMLKeepEmpty || !m.IsZero(v)) {
				if err := w.child(m, v); err != nil {
					return within(m.Key, err)
				}
			}
		}
	}
	return w.token(start.End())
}

// child writes the element member m of v.
func (w xmlTokenWriter) child(m *Member, v any) error {
	start := xml.StartElement{Name: xml.Name{Local: m.XMLName}}
	a := m.acc
	switch m.Kind {
	case KindValue:
		return w.element(a.members, a.value(v), start)
	case KindStruct:
		return w.element(a.members, a.value(v), start)
	case KindStrings:
		if err := w.token(start); err != nil {
			return err
		}
		for i, s := range *a.strs(v) {
			if err := w.leaf(m.XMLItem, s); err != nil {
				return within(index("", i), err)
			}
		}
		return w.token(start.End())
	case KindList:
		if err := w.token(start); err != nil {
			return err
		}
		item := xml.StartElement{Name: xml.Name{Local: m.XMLItem}}
		for i := range a.length(v) {
			if err := w.element(a.members, a.item(v, i), item); err != nil {
				return within(index("", i), err)
			}
		}
		return w.token(start.End())
	}
	s, err := xmlScalar(m, v)
	if err != nil {
		return err
	}
	return w.leaf(m.XMLName, s)
}

// leaf writes <name>s</name>, or refuses s.
func (w xmlTokenWriter) leaf(name, s string) error {
	if err := xmlCheck(s); err != nil {
		return err
	}
	start := xml.StartElement{Name: xml.Name{Local: name}}
	if err := w.token(start); err != nil {
		return err
	}
	if s != "" {
		if err := w.token(xml.CharData(s)); err != nil {
			return err
		}
	}
	return w.token(start.End())
}

// xmlScalar returns the text of a KindString, KindInt or KindDate member.
func xmlScalar(m *Member, v any) (string, error) {
	switch m.Kind {
	case KindInt:
		return strconv.Itoa(*m.acc.num(v)), nil
	case KindDate:
		b, err := (*m.acc.date(v)).AppendText(nil)
		return string(b), err
	}
	s, err := m.Text(v)
	if err != nil {
		return "", &EncodeError{Err: err}
	}
	return s, nil
}

// xmlCheck returns an *EncodeError wrapping ErrInvalidUTF8 when s is not
// valid UTF-8, or ErrXMLChar when it holds a character XML 1.0 cannot
// carry: a C0 control other than tab, LF and CR, U+FFFE, U+FFFF (valid
// UTF-8 holds no surrogates).
func xmlCheck(s string) error {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r':
			return &EncodeError{Err: ErrXMLChar}
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				return &EncodeError{Err: ErrInvalidUTF8}
			}
			if r == 0xFFFE || r == 0xFFFF {
				return &EncodeError{Err: ErrXMLChar}
			}
			i += size - 1
		}
	}
	return nil
}

// xmlReader reads one record's element from a decoder. Its methods return
// errors whose Field is relative to the value they read (see within).
type xmlReader struct {
	d     *xml.Decoder
	depth int   // open elements, the record's included
	pos   int64 // byte offset where the last token began
}

// element reads the element just started, whose start tag is start, into
// the struct v described by members: attributes, then character data or
// child elements. It returns after the end tag.
func (x *xmlReader) element(members []Member, v any, start xml.StartElement) error {
	if err := x.attrs(members, v, start); err != nil {
		return err
	}
	for i := range members {
		if m := &members[i]; m.XML == XMLText {
			s, err := x.text()
			if err != nil {
				return err
			}
			*m.acc.str(v) = s
			return nil
		}
	}
	return x.children(members, v)
}

// attrs reads the attributes of start into the attribute members of v; an
// attribute that is none of them is an error, and so is a missing attribute
// whose zero value has text (a severity), which is always written.
func (x *xmlReader) attrs(members []Member, v any, start xml.StartElement) error {
	var seen uint64
	for i, a := range start.Attr {
		if ignoredAttr(a.Name) {
			continue
		}
		for _, b := range start.Attr[:i] {
			if b.Name == a.Name { // not well-formed, but encoding/xml lets it through
				return x.fail(fmt.Errorf("%w: attribute %s given twice", ErrMalformed, a.Name.Local))
			}
		}
		j := -1
		if a.Name.Space == "" {
			j = slices.IndexFunc(members, func(m Member) bool { return m.XML == XMLAttr && m.XMLName == a.Name.Local })
		}
		if j < 0 {
			return x.fail(fmt.Errorf("%w: attribute %s", ErrUnknownField, a.Name.Local))
		}
		seen |= 1 << j
		if err := x.scalar(&members[j], v, a.Value, x.pos); err != nil {
			return within(members[j].Key, err)
		}
	}
	for i := range members {
		if m := &members[i]; m.XML == XMLAttr && m.acc.setText != nil && seen&(1<<i) == 0 {
			return x.fail(fmt.Errorf("%w: attribute %s", ErrMissingField, m.XMLName))
		}
	}
	return nil
}

// scalar sets a KindString, KindInt or KindDate member of v from its text,
// found at offset pos.
func (x *xmlReader) scalar(m *Member, v any, s string, pos int64) error {
	a := m.acc
	switch m.Kind {
	case KindInt:
		n, err := strconv.Atoi(strings.Trim(s, " \t\r\n"))
		if err != nil {
			return &DecodeError{Offset: pos, Err: fmt.Errorf("%w: %q is not an integer", ErrType, s)}
		}
		*a.num(v) = n
	case KindDate:
		d, ok := parseFixedDate([]byte(s))
		if !ok {
			return &DecodeError{Offset: pos, Err: ErrDate}
		}
		*a.date(v) = &d
	default:
		if a.str != nil {
			*a.str(v) = s
		} else if err := a.setText(v, s); err != nil {
			return &DecodeError{Offset: pos, Err: fmt.Errorf("%w: %s", ErrType, err.Error())}
		}
	}
	return nil
}

// children reads the child elements of the element just started, each an
// element member of v and none twice. It returns after the end tag.
func (x *xmlReader) children(members []Member, v any) error {
	var seen uint64 // bit i: members[i] was read
	for {
		tok, ok, err := x.nextChild()
		if err != nil || !ok {
			return err
		}
		i := -1
		if tok.Name.Space == "" {
			i = slices.IndexFunc(members, func(m Member) bool { return m.XML == XMLElement && m.XMLName == tok.Name.Local })
		}
		if i < 0 {
			return x.unknown(tok)
		}
		if seen&(1<<i) != 0 {
			return x.fail(fmt.Errorf("%w <%s>", ErrDuplicateField, tok.Name.Local))
		}
		seen |= 1 << i
		if err := x.child(&members[i], v, tok); err != nil {
			return within(members[i].Key, err)
		}
	}
}

// child reads the element member m of v, whose start tag is start.
func (x *xmlReader) child(m *Member, v any, start xml.StartElement) error {
	a := m.acc
	switch m.Kind {
	case KindValue:
		return x.element(a.members, a.alloc(v), start)
	case KindStruct:
		return x.element(a.members, a.value(v), start)
	case KindStrings:
		var list []string
		err := x.items(start, m.XMLItem, func(start xml.StartElement) error {
			s, err := x.leaf(start)
			list = append(list, s)
			return err
		})
		*a.strs(v) = list
		return err
	case KindList:
		return x.items(start, m.XMLItem, func(start xml.StartElement) error {
			return x.element(a.members, a.add(v), start)
		})
	}
	pos := x.pos
	s, err := x.leaf(start)
	if err != nil {
		return err
	}
	return x.scalar(m, v, s, pos)
}

// items reads a list element whose children are all named item, calling
// each with the start tag of each child. It returns after the end tag.
func (x *xmlReader) items(start xml.StartElement, item string, each func(start xml.StartElement) error) error {
	if err := x.attrs(nil, nil, start); err != nil {
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

// leaf reads the text of an element that has no attributes.
func (x *xmlReader) leaf(start xml.StartElement) (string, error) {
	if err := x.attrs(nil, nil, start); err != nil {
		return "", err
	}
	return x.text()
}

// text reads the content of the element just started, up to its end tag:
// character data only, kept exactly.
func (x *xmlReader) text() (string, error) {
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
			return "", x.fail(fmt.Errorf("%w: element <%s> inside a value", ErrUnknownField, tok.Name.Local))
		}
	}
}

// nextChild reads up to the next child of the element being read and
// returns its start tag, or ok false after the element's end tag. Between
// elements only XML white space may stand (and comments and processing
// instructions, which are skipped).
func (x *xmlReader) nextChild() (start xml.StartElement, ok bool, err error) {
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
				return start, false, x.fail(fmt.Errorf("%w: text between elements", ErrMalformed))
			}
		}
	}
}

// xmlSpace reports whether b is white space as XML defines it: spaces,
// tabs and line ends only (not U+3000 or U+00A0, which are text).
func xmlSpace(b []byte) bool {
	return len(bytes.Trim(b, " \t\r\n")) == 0
}

// ignoredAttr reports whether an attribute is a namespace declaration or
// in the XML Schema instance namespace (xsi:noNamespaceSchemaLocation).
func ignoredAttr(name xml.Name) bool {
	return name.Space == "xmlns" || name.Space == "" && name.Local == "xmlns" ||
		name.Space == "http://www.w3.org/2001/XMLSchema-instance"
}

func (x *xmlReader) unknown(start xml.StartElement) error {
	return x.fail(fmt.Errorf("%w <%s>", ErrUnknownField, start.Name.Local))
}

// token returns the next token, keeping depth and pos.
func (x *xmlReader) token() (xml.Token, error) {
	x.pos = x.d.InputOffset()
	tok, err := x.d.Token()
	if err != nil {
		if err == io.EOF {
			err = errors.New("unexpected end of input")
		}
		return nil, &DecodeError{Offset: x.d.InputOffset(), Err: fmt.Errorf("%w: %w", ErrMalformed, err)}
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
func (x *xmlReader) skipTo(depth int) error {
	for x.depth > depth {
		if _, err := x.token(); err != nil {
			return err
		}
	}
	return nil
}

func (x *xmlReader) fail(err error) error {
	return &DecodeError{Offset: x.pos, Err: err}
}
