package encode

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/govnotice/govnotice/notice"
)

// JSON writes n to w as one indented JSON document (two spaces a level)
// followed by a newline. If n holds a value JSON cannot carry, JSON returns a
// [*ValueError] and writes nothing.
func JSON(w io.Writer, n *notice.Notice) error {
	compact, err := AppendJSON(nil, n)
	if err != nil {
		return err
	}
	var out bytes.Buffer
	out.Grow(len(compact) * 5 / 4)
	if err := json.Indent(&out, compact, "", "  "); err != nil {
		return err // cannot happen: AppendJSON writes valid JSON
	}
	out.WriteByte('\n')
	_, err = w.Write(out.Bytes())
	return err
}

// AppendJSON appends the compact JSON form of n to dst and returns the
// extended buffer. If n holds a value JSON cannot carry (a string that is not
// valid UTF-8, a date that does not fit its fixed form) it returns dst
// unchanged and a [*ValueError].
func AppendJSON(dst []byte, n *notice.Notice) ([]byte, error) {
	w := jsonWriter{b: dst}
	if err := w.notice(n); err != nil {
		return dst, err
	}
	return w.b, nil
}

// jsonWriter appends one record. Each method returns the first value it
// could not write as a *ValueError.
type jsonWriter struct{ b []byte }

func (w *jsonWriter) notice(n *notice.Notice) error {
	if n == nil {
		return &ValueError{Err: ErrNilNotice}
	}
	w.b = append(w.b, `{"index_number":`...)
	if err := w.indexNumber(n.IndexNumber); err != nil {
		return err
	}
	if err := w.stringField(`,"title":`, "title", n.Title); err != nil {
		return err
	}
	w.b = append(w.b, `,"doc_number":`...)
	if err := w.docNumber(n.DocNumber); err != nil {
		return err
	}
	for _, f := range [...]struct{ key, field, value string }{
		{`,"publisher":`, "publisher", n.Publisher},
		{`,"source":`, "source", n.Source},
		{`,"topic":`, "topic", n.Topic},
		{`,"collection":`, "collection", n.Collection},
		{`,"genre":`, "genre", n.Genre},
	} {
		if err := w.stringField(f.key, f.field, f.value); err != nil {
			return err
		}
	}
	for _, f := range [...]struct {
		key, field string
		value      *notice.Date
	}{
		{`,"created":`, "created", n.Created},
		{`,"published":`, "published", n.Published},
		{`,"effective":`, "effective", n.Effective},
		{`,"abolished":`, "abolished", n.Abolished},
	} {
		if err := w.dateField(f.key, f.field, f.value); err != nil {
			return err
		}
	}
	if err := w.stringField(`,"validity":`, "validity", n.Validity); err != nil {
		return err
	}
	if err := w.stringList(`,"keywords":`, "keywords", n.Keywords); err != nil {
		return err
	}
	if err := w.stringField(`,"summary":`, "summary", n.Summary); err != nil {
		return err
	}
	if err := w.stringField(`,"link":`, "link", n.Link); err != nil {
		return err
	}
	w.b = append(w.b, `,"attachments":[`...)
	for i, a := range n.Attachments {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		if err := w.stringField(`{"name":`, "name", a.Name); err != nil {
			return within(index("attachments", i), err)
		}
		if err := w.stringField(`,"url":`, "url", a.URL); err != nil {
			return within(index("attachments", i), err)
		}
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, ']')
	if err := w.stringField(`,"addressee":`, "addressee", n.Addressee); err != nil {
		return err
	}
	if err := w.stringList(`,"body":`, "body", n.Body); err != nil {
		return err
	}
	if err := w.stringList(`,"signers":`, "signers", n.Signers); err != nil {
		return err
	}
	if err := w.dateField(`,"signed":`, "signed", n.Signed); err != nil {
		return err
	}
	if err := w.stringList(`,"notes":`, "notes", n.Notes); err != nil {
		return err
	}
	if err := w.stringList(`,"cc":`, "cc", n.CC); err != nil {
		return err
	}
	w.b = append(w.b, `,"appendices":[`...)
	for i, a := range n.Appendices {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		if err := w.stringField(`{"title":`, "title", a.Title); err != nil {
			return within(index("appendices", i), err)
		}
		if err := w.stringList(`,"body":`, "body", a.Body); err != nil {
			return within(index("appendices", i), err)
		}
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, ']')
	w.b = append(w.b, `,"extra":[`...)
	for i, f := range n.Extra {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		if err := w.stringField(`{"label":`, "label", f.Label); err != nil {
			return within(index("extra", i), err)
		}
		if err := w.stringField(`,"value":`, "value", f.Value); err != nil {
			return within(index("extra", i), err)
		}
		w.b = append(w.b, '}')
	}
	w.b = append(w.b, ']')
	if err := w.input(&n.Input); err != nil {
		return within("input", err)
	}
	w.b = append(w.b, '}')
	return nil
}

// indexNumber writes the object form: "text" always, each part only when it
// is not zero (month is zero unless the year part was YYYYMM, and an index
// number of unknown shape has no parts at all).
func (w *jsonWriter) indexNumber(n *notice.IndexNumber) error {
	if n == nil {
		w.b = append(w.b, "null"...)
		return nil
	}
	if err := w.stringField(`{"text":`, "index_number.text", n.Text); err != nil {
		return err
	}
	if n.Org != "" {
		if err := w.stringField(`,"org":`, "index_number.org", n.Org); err != nil {
			return err
		}
	}
	w.intField(`,"year":`, n.Year)
	w.intField(`,"month":`, n.Month)
	if n.Seq != "" {
		if err := w.stringField(`,"seq":`, "index_number.seq", n.Seq); err != nil {
			return err
		}
	}
	w.b = append(w.b, '}')
	return nil
}

// docNumber writes the object form, parts only when not zero as for
// indexNumber.
func (w *jsonWriter) docNumber(n *notice.DocNumber) error {
	if n == nil {
		w.b = append(w.b, "null"...)
		return nil
	}
	if err := w.stringField(`{"text":`, "doc_number.text", n.Text); err != nil {
		return err
	}
	if n.Issuer != "" {
		if err := w.stringField(`,"issuer":`, "doc_number.issuer", n.Issuer); err != nil {
			return err
		}
	}
	w.intField(`,"year":`, n.Year)
	if n.Seq != "" {
		if err := w.stringField(`,"seq":`, "doc_number.seq", n.Seq); err != nil {
			return err
		}
	}
	w.b = append(w.b, '}')
	return nil
}

func (w *jsonWriter) input(in *notice.Input) error {
	for _, f := range [...]struct{ key, field, value string }{
		{`,"input":{"path":`, "path", in.Path},
		{`,"charset":`, "charset", in.Charset},
		{`,"script":`, "script", string(in.Script)},
	} {
		if err := w.stringField(f.key, f.field, f.value); err != nil {
			return err
		}
	}
	w.b = append(w.b, `,"pinyin_annotations":`...)
	w.b = strconv.AppendInt(w.b, int64(in.PinyinAnnotations), 10)
	if err := w.stringField(`,"layout":`, "layout", string(in.Layout)); err != nil {
		return err
	}
	w.b = append(w.b, `,"problems":[`...)
	for i := range in.Problems {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		if err := w.problem(&in.Problems[i]); err != nil {
			return within(index("problems", i), err)
		}
	}
	w.b = append(w.b, `],"origins":[`...)
	for i := range in.Origins {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		if err := w.origin(&in.Origins[i]); err != nil {
			return within(index("origins", i), err)
		}
	}
	w.b = append(w.b, "]}"...)
	return nil
}

func (w *jsonWriter) problem(p *notice.Problem) error {
	if err := w.stringField(`{"field":`, "field", p.Field); err != nil {
		return err
	}
	if err := w.stringField(`,"rule":`, "rule", string(p.Rule)); err != nil {
		return err
	}
	sev, err := p.Severity.MarshalText()
	if err != nil {
		return &ValueError{Field: "severity", Err: err}
	}
	w.b = append(w.b, `,"severity":"`...)
	w.b = append(w.b, sev...)
	w.b = append(w.b, `","line":`...)
	w.b = strconv.AppendInt(w.b, int64(p.Line), 10)
	w.b = append(w.b, `,"column":`...)
	w.b = strconv.AppendInt(w.b, int64(p.Column), 10)
	if err := w.stringField(`,"message":`, "message", p.Message); err != nil {
		return err
	}
	w.b = append(w.b, '}')
	return nil
}

func (w *jsonWriter) origin(o *notice.Origin) error {
	for _, f := range [...]struct{ key, field, value string }{
		{`{"field":`, "field", o.Field},
		{`,"from":`, "from", o.From},
		{`,"label":`, "label", o.Label},
		{`,"text":`, "text", o.Text},
	} {
		if err := w.stringField(f.key, f.field, f.value); err != nil {
			return err
		}
	}
	w.b = append(w.b, `,"line":`...)
	w.b = strconv.AppendInt(w.b, int64(o.Line), 10)
	w.b = append(w.b, `,"column":`...)
	w.b = strconv.AppendInt(w.b, int64(o.Column), 10)
	w.b = append(w.b, '}')
	return nil
}

// intField writes a key and n, or nothing when n is zero.
func (w *jsonWriter) intField(key string, n int) {
	if n != 0 {
		w.b = append(w.b, key...)
		w.b = strconv.AppendInt(w.b, int64(n), 10)
	}
}

func (w *jsonWriter) stringField(key, field, s string) error {
	w.b = append(w.b, key...)
	if !w.string(s) {
		return &ValueError{Field: field, Err: ErrInvalidUTF8}
	}
	return nil
}

func (w *jsonWriter) dateField(key, field string, d *notice.Date) error {
	w.b = append(w.b, key...)
	if d == nil {
		w.b = append(w.b, "null"...)
		return nil
	}
	if err := checkDate(field, d); err != nil {
		return err
	}
	w.b = append(w.b, '"')
	w.b = appendDate(w.b, d)
	w.b = append(w.b, '"')
	return nil
}

func (w *jsonWriter) stringList(key, field string, list []string) error {
	w.b = append(w.b, key...)
	w.b = append(w.b, '[')
	for i, s := range list {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		if !w.string(s) {
			return &ValueError{Field: index(field, i), Err: ErrInvalidUTF8}
		}
	}
	w.b = append(w.b, ']')
	return nil
}

// string appends s as a JSON string, or reports false when s is not valid
// UTF-8. It escapes only what JSON requires (", \ and C0 controls) plus
// U+2028 and U+2029, so that the output can be pasted into JavaScript; other
// text, Chinese included, is written as is.
func (w *jsonWriter) string(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	w.b = append(w.b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if jsonSafe[c] {
			continue
		}
		if c == 0xE2 {
			// U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
			if i+2 >= len(s) || s[i+1] != 0x80 || s[i+2]&^1 != 0xA8 {
				continue
			}
			w.b = append(w.b, s[start:i]...)
			w.b = append(w.b, `\u202`...)
			w.b = append(w.b, hex[s[i+2]&0xF])
			i += 2
			start = i + 1
			continue
		}
		w.b = append(w.b, s[start:i]...)
		switch c {
		case '"', '\\':
			w.b = append(w.b, '\\', c)
		case '\n':
			w.b = append(w.b, '\\', 'n')
		case '\r':
			w.b = append(w.b, '\\', 'r')
		case '\t':
			w.b = append(w.b, '\\', 't')
		default:
			w.b = append(w.b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
		}
		start = i + 1
	}
	w.b = append(w.b, s[start:]...)
	w.b = append(w.b, '"')
	return true
}

const hex = "0123456789abcdef"

// jsonSafe tells which bytes a JSON string holds as they are; 0xE2 is
// checked apart as the first byte of U+2028 and U+2029.
var jsonSafe = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= 0x20 && c != '"' && c != '\\' && c != 0xE2
	}
	return t
}()
