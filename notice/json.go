package notice

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

// The JSON form of a record. encoding/json calls MarshalJSON and
// UnmarshalJSON, and package encode calls AppendJSON and UnmarshalJSON, so
// that both give the same bytes and the same records. The form is walked
// from the field table (members.go).

// MarshalJSON implements [json.Marshaler]: json.Marshal of a Notice (or of
// a *Notice, or of a struct holding one) writes the record's JSON form, the
// form of [Notice.AppendJSON]. encoding/json then escapes <, > and & in
// strings as \u003c, \u003e and \u0026 (json.Encoder.SetEscapeHTML(false)
// keeps them as they are); the value read back is the same. A value the
// form cannot carry gives an [*EncodeError], wrapped by encoding/json in a
// *json.MarshalerError.
func (n Notice) MarshalJSON() ([]byte, error) {
	return n.AppendJSON(make([]byte, 0, 1024))
}

// AppendJSON appends the compact JSON form of n to b and returns the
// extended buffer. Keys come in the order of the record's fields, and every
// key is always present: an absent string is "", an absent typed value or
// date null, an empty list []. Dates are strings in the form of
// [Date.String]. Index and document numbers are objects whose "text" is
// always present and whose parts are present only when not zero.
//
// Strings escape only what JSON requires, plus U+2028 and U+2029, so that
// Chinese text stays readable. A value JSON cannot carry without changing it
// (a string that is not valid UTF-8, a date whose parts do not fit its form)
// gives b unchanged and an [*EncodeError] naming the field. A nil n appends
// null, as json.Marshal does.
func (n *Notice) AppendJSON(b []byte) ([]byte, error) {
	if n == nil {
		return append(b, "null"...), nil
	}
	w := jsonWriter{b: b}
	if err := w.object(recordMembers, n); err != nil {
		return b, err
	}
	return w.b, nil
}

// UnmarshalJSON implements [json.Unmarshaler]: it reads the record's JSON
// form, as [Notice.AppendJSON] writes it, into n, replacing what n held.
// White space around the value is allowed; anything else after it is an
// error.
//
// It is as strict as the JSON Schema of the form (package encode's
// JSONSchema), with keys in any order: every key must be present but the
// parts of typed values, a key the record does not have is an
// [ErrUnknownField] (a misspelt key would otherwise lose its value quietly),
// a key given twice an [ErrDuplicateField], and types are strict (a string
// is never a number, null only where a value may be absent, a string must
// be valid UTF-8). Empty lists read as nil. Problems are reported as a
// [*DecodeError] with the byte offset in data and the field; n is then left
// as it was.
//
// As encoding/json's conventions ask, the literal null leaves n unchanged.
func (n *Notice) UnmarshalJSON(data []byte) error {
	if n == nil {
		return errors.New("notice: UnmarshalJSON on a nil *Notice")
	}
	d := jsonDecoder{data: data}
	d.space()
	if d.literal("null") {
		d.pos += len("null")
		d.space()
		if d.pos == len(d.data) {
			return nil
		}
		return d.syntax("data after null")
	}
	// Read into n itself, which costs no allocation, and put back what it
	// held on error.
	old := *n
	*n = Notice{}
	err := d.object(recordMembers, n)
	if d.space(); err == nil && d.pos < len(d.data) {
		err = d.syntax("data after the record")
	}
	if err != nil {
		*n = old
	}
	return err
}

// jsonWriter appends a record. Each method returns the first value it
// could not write as an *EncodeError whose Field is relative to the value it
// writes (see within).
type jsonWriter struct{ b []byte }

// object writes the struct v (a pointer, as an any) described by members.
func (w *jsonWriter) object(members []Member, v any) error {
	w.b = append(w.b, '{')
	first := true
	for i := range members {
		m := &members[i]
		if m.Optional && m.IsZero(v) {
			continue
		}
		if !first {
			w.b = append(w.b, ',')
		}
		first = false
		w.b = append(w.b, m.acc.jsonKey...)
		if err := w.value(m, v); err != nil {
			return within(m.Key, err)
		}
	}
	w.b = append(w.b, '}')
	return nil
}

// value writes the member m of v.
func (w *jsonWriter) value(m *Member, v any) error {
	a := m.acc
	switch m.Kind {
	case KindString:
		if a.str != nil {
			return w.string(*a.str(v))
		}
		s, err := a.text(v)
		if err != nil {
			return &EncodeError{Err: err}
		}
		return w.string(s)
	case KindInt:
		w.b = strconv.AppendInt(w.b, int64(*a.num(v)), 10)
	case KindDate:
		d := *a.date(v)
		if d == nil {
			w.b = append(w.b, "null"...)
			return nil
		}
		w.b = append(w.b, '"')
		b, err := d.AppendText(w.b)
		if err != nil {
			return err
		}
		w.b = append(b, '"')
	case KindValue:
		p := a.value(v)
		if p == nil {
			w.b = append(w.b, "null"...)
			return nil
		}
		return w.object(a.members, p)
	case KindStrings:
		w.b = append(w.b, '[')
		for i, s := range *a.strs(v) {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			if err := w.string(s); err != nil {
				return within(index("", i), err)
			}
		}
		w.b = append(w.b, ']')
	case KindList:
		w.b = append(w.b, '[')
		for i := range a.length(v) {
			if i > 0 {
				w.b = append(w.b, ',')
			}
			if err := w.object(a.members, a.item(v, i)); err != nil {
				return within(index("", i), err)
			}
		}
		w.b = append(w.b, ']')
	case KindStruct:
		return w.object(a.members, a.value(v))
	}
	return nil
}

// string appends s as a JSON string, or returns an *EncodeError wrapping
// ErrInvalidUTF8 when s is not valid UTF-8. It escapes only what JSON
// requires (", \ and C0 controls) plus U+2028 and U+2029, so that the output
// can be pasted into JavaScript; other text, Chinese included, is written as
// it is.
func (w *jsonWriter) string(s string) error {
	if !utf8.ValidString(s) {
		return &EncodeError{Err: ErrInvalidUTF8}
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
	return nil
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
