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

// xmlWriter appends one record as XML. Absent values (empty strings, nil
// pointers, empty lists, zero numbers) are left out; each method returns the
// first value it could not write as a *notice.EncodeError.
type xmlWriter struct {
	b      []byte
	indent string // "" for compact output
	depth  int    // of the next start tag
}

func (x *xmlWriter) notice(n *notice.Notice) error {
	if n == nil {
		return nilNotice()
	}
	x.open("notice")
	if err := x.indexNumber(n.IndexNumber); err != nil {
		return within("index_number", err)
	}
	if err := x.leaf("title", n.Title); err != nil {
		return err
	}
	if err := x.docNumber(n.DocNumber); err != nil {
		return within("doc_number", err)
	}
	for _, f := range [...]struct{ name, value string }{
		{"publisher", n.Publisher},
		{"source", n.Source},
		{"topic", n.Topic},
		{"collection", n.Collection},
		{"genre", n.Genre},
	} {
		if err := x.leaf(f.name, f.value); err != nil {
			return err
		}
	}
	for _, f := range [...]struct {
		name  string
		value *notice.Date
	}{
		{"created", n.Created},
		{"published", n.Published},
		{"effective", n.Effective},
		{"abolished", n.Abolished},
	} {
		if err := x.date(f.name, f.value); err != nil {
			return err
		}
	}
	if err := x.leaf("validity", n.Validity); err != nil {
		return err
	}
	if err := x.list("keywords", "keyword", n.Keywords); err != nil {
		return err
	}
	if err := x.leaf("summary", n.Summary); err != nil {
		return err
	}
	if err := x.leaf("link", n.Link); err != nil {
		return err
	}
	if len(n.Attachments) > 0 {
		x.open("attachments")
		for i, a := range n.Attachments {
			x.start("attachment")
			if a.URL != "" {
				if err := x.attr("url", a.URL); err != nil {
					return within(index("attachments", i), err)
				}
			}
			if err := x.endLeaf("attachment", "name", a.Name); err != nil {
				return within(index("attachments", i), err)
			}
		}
		x.close("attachments")
	}
	if err := x.leaf("addressee", n.Addressee); err != nil {
		return err
	}
	if err := x.list("body", "p", n.Body); err != nil {
		return err
	}
	if err := x.list("signers", "signer", n.Signers); err != nil {
		return err
	}
	if err := x.date("signed", n.Signed); err != nil {
		return err
	}
	if err := x.list("notes", "note", n.Notes); err != nil {
		return err
	}
	if err := x.list("cc", "recipient", n.CC); err != nil {
		return err
	}
	if len(n.Appendices) > 0 {
		x.open("appendices")
		for i, a := range n.Appendices {
			if a.Title == "" && len(a.Body) == 0 {
				x.start("appendix")
				x.b = append(x.b, "/>"...)
				continue
			}
			x.open("appendix")
			if err := x.leaf("title", a.Title); err != nil {
				return within(index("appendices", i), err)
			}
			if err := x.list("body", "p", a.Body); err != nil {
				return within(index("appendices", i), err)
			}
			x.close("appendix")
		}
		x.close("appendices")
	}
	if len(n.Extra) > 0 {
		x.open("extra")
		for i, f := range n.Extra {
			x.start("field")
			if err := x.attr("label", f.Label); err != nil {
				return within(index("extra", i), err)
			}
			if err := x.endLeaf("field", "value", f.Value); err != nil {
				return within(index("extra", i), err)
			}
		}
		x.close("extra")
	}
	if err := x.input(&n.Input); err != nil {
		return within("input", err)
	}
	x.close("notice")
	return nil
}

// indexNumber writes the parts that are not zero as attributes and the text
// as content.
func (x *xmlWriter) indexNumber(n *notice.IndexNumber) error {
	if n == nil {
		return nil
	}
	x.start("index_number")
	if err := x.optAttr("org", n.Org); err != nil {
		return err
	}
	x.intAttr("year", n.Year)
	x.intAttr("month", n.Month)
	if err := x.optAttr("seq", n.Seq); err != nil {
		return err
	}
	return x.endLeaf("index_number", "text", n.Text)
}

// docNumber writes a document number as indexNumber writes an index number.
func (x *xmlWriter) docNumber(n *notice.DocNumber) error {
	if n == nil {
		return nil
	}
	x.start("doc_number")
	if err := x.optAttr("issuer", n.Issuer); err != nil {
		return err
	}
	x.intAttr("year", n.Year)
	if err := x.optAttr("seq", n.Seq); err != nil {
		return err
	}
	return x.endLeaf("doc_number", "text", n.Text)
}

func (x *xmlWriter) input(in *notice.Input) error {
	if in.Path == "" && in.Charset == "" && in.Script == "" && in.PinyinAnnotations == 0 &&
		in.Layout == "" && len(in.Problems) == 0 && len(in.Origins) == 0 {
		return nil
	}
	x.open("input")
	for _, f := range [...]struct{ name, value string }{
		{"path", in.Path},
		{"charset", in.Charset},
		{"script", string(in.Script)},
	} {
		if err := x.leaf(f.name, f.value); err != nil {
			return err
		}
	}
	if in.PinyinAnnotations != 0 {
		x.start("pinyin_annotations")
		x.b = append(x.b, '>')
		x.b = strconv.AppendInt(x.b, int64(in.PinyinAnnotations), 10)
		x.b = append(x.b, "</pinyin_annotations>"...)
	}
	if err := x.leaf("layout", string(in.Layout)); err != nil {
		return err
	}
	if len(in.Problems) > 0 {
		x.open("problems")
		for i := range in.Problems {
			if err := x.problem(&in.Problems[i]); err != nil {
				return within(index("problems", i), err)
			}
		}
		x.close("problems")
	}
	if len(in.Origins) > 0 {
		x.open("origins")
		for i := range in.Origins {
			if err := x.origin(&in.Origins[i]); err != nil {
				return within(index("origins", i), err)
			}
		}
		x.close("origins")
	}
	x.close("input")
	return nil
}

// problem writes <problem field="…" rule="…" severity="…" line="…"
// column="…">message</problem>; severity is always written.
func (x *xmlWriter) problem(p *notice.Problem) error {
	x.start("problem")
	if err := x.optAttr("field", p.Field); err != nil {
		return err
	}
	if err := x.optAttr("rule", string(p.Rule)); err != nil {
		return err
	}
	sev, err := p.Severity.MarshalText()
	if err != nil {
		return &notice.EncodeError{Field: "severity", Err: err}
	}
	if err := x.attr("severity", string(sev)); err != nil {
		return err
	}
	x.intAttr("line", p.Line)
	x.intAttr("column", p.Column)
	return x.endLeaf("problem", "message", p.Message)
}

// origin writes <origin field="…" from="…" label="…" line="…"
// column="…">text</origin>.
func (x *xmlWriter) origin(o *notice.Origin) error {
	x.start("origin")
	for _, a := range [...]struct{ name, value string }{{"field", o.Field}, {"from", o.From}, {"label", o.Label}} {
		if err := x.optAttr(a.name, a.value); err != nil {
			return err
		}
	}
	x.intAttr("line", o.Line)
	x.intAttr("column", o.Column)
	return x.endLeaf("origin", "text", o.Text)
}

// optAttr writes name="value" into a start tag, or nothing when value is
// empty.
func (x *xmlWriter) optAttr(name, value string) error {
	if value == "" {
		return nil
	}
	return x.attr(name, value)
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

// leaf writes <name>value</name>, or nothing when value is empty.
func (x *xmlWriter) leaf(name, value string) error {
	if value == "" {
		return nil
	}
	x.start(name)
	return x.endLeaf(name, name, value)
}

func (x *xmlWriter) date(name string, d *notice.Date) error {
	if d == nil {
		return nil
	}
	if err := checkDate(name, d); err != nil {
		return err
	}
	x.start(name)
	x.b = append(x.b, '>')
	x.b = appendDate(x.b, d)
	x.b = append(x.b, "</"...)
	x.b = append(x.b, name...)
	x.b = append(x.b, '>')
	return nil
}

// list writes <wrapper><item>…</item>…</wrapper>, or nothing for an empty
// list.
func (x *xmlWriter) list(wrapper, item string, items []string) error {
	if len(items) == 0 {
		return nil
	}
	x.open(wrapper)
	for i, s := range items {
		x.start(item)
		if err := x.endLeaf(item, index(wrapper, i), s); err != nil {
			return err
		}
	}
	x.close(wrapper)
	return nil
}

// start begins a start tag on its own line; the caller adds attributes and
// then ends it.
func (x *xmlWriter) start(name string) {
	x.newline()
	x.b = append(x.b, '<')
	x.b = append(x.b, name...)
}

// endLeaf ends the start tag begun by start and writes the text and the end
// tag; the text is relative to field for errors. An empty text gives <name/>.
func (x *xmlWriter) endLeaf(name, field, text string) error {
	if text == "" {
		x.b = append(x.b, "/>"...)
		return nil
	}
	x.b = append(x.b, '>')
	if err := x.text(text, false); err != nil {
		return &notice.EncodeError{Field: field, Err: err}
	}
	x.b = append(x.b, "</"...)
	x.b = append(x.b, name...)
	x.b = append(x.b, '>')
	return nil
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
		return &notice.EncodeError{Field: name, Err: err}
	}
	x.b = append(x.b, '"')
	return nil
}

// text appends s escaped for element content or, with inAttr, for a quoted
// attribute value. It keeps every character: CR is written as &#xD; so that
// it is not read back as LF, and in attributes tab, LF and CR are character
// references so that attribute normalisation does not turn them into
// spaces. It returns notice.ErrInvalidUTF8 or notice.ErrXMLChar for text XML 1.0 cannot
// carry.
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
