package encode

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"slices"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/govnotice/govnotice/notice"
)

// DecodeJSON reads one JSON document from r, as written by [JSON] or
// [AppendJSON], and returns its record. White space around the document is
// allowed; anything else after it is an error.
//
// The decoder accepts what the JSON Schema ([JSONSchema]) accepts, keys in
// any order: every key must be present, a key the record does not have is an
// [ErrUnknownField] (a misspelt key would otherwise lose its value quietly),
// and types are strict (a string is never a number, null only where the
// schema allows it). Empty lists decode to nil slices. Problems are reported
// as a [*DecodeError] with the byte offset and the field.
func DecodeJSON(r io.Reader) (*notice.Notice, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return decodeJSON(data)
}

func decodeJSON(data []byte) (*notice.Notice, error) {
	d := jsonDecoder{data: data}
	n := new(notice.Notice)
	d.space()
	if err := d.notice(n); err != nil {
		return nil, err
	}
	d.space()
	if d.pos < len(d.data) {
		return nil, d.syntax("data after the record")
	}
	return n, nil
}

// jsonDecoder reads one record from data. Its methods return errors whose
// Field is relative to the value they read (see within).
type jsonDecoder struct {
	data    []byte
	pos     int
	scratch []byte // unescaped string being built
}

// Keys of the record, in the order of the JSON form.
var noticeKeys = [...]string{
	"index_number", "title", "doc_number", "publisher", "source", "topic",
	"collection", "genre", "created", "published", "effective", "abolished",
	"validity", "keywords", "summary", "link", "attachments", "addressee",
	"body", "signers", "signed", "notes", "cc", "appendices", "extra", "input",
}

func (d *jsonDecoder) notice(n *notice.Notice) error {
	var err error
	return d.object(noticeKeys[:], len(noticeKeys), func(key int) error {
		switch key {
		case 0:
			n.IndexNumber, err = d.indexNumber()
		case 1:
			n.Title, err = d.string()
		case 2:
			n.DocNumber, err = d.docNumber()
		case 3:
			n.Publisher, err = d.string()
		case 4:
			n.Source, err = d.string()
		case 5:
			n.Topic, err = d.string()
		case 6:
			n.Collection, err = d.string()
		case 7:
			n.Genre, err = d.string()
		case 8:
			n.Created, err = d.date()
		case 9:
			n.Published, err = d.date()
		case 10:
			n.Effective, err = d.date()
		case 11:
			n.Abolished, err = d.date()
		case 12:
			n.Validity, err = d.string()
		case 13:
			n.Keywords, err = d.strings()
		case 14:
			n.Summary, err = d.string()
		case 15:
			n.Link, err = d.string()
		case 16:
			err = d.array(func() error {
				var a notice.Attachment
				err := d.object(attachmentKeys[:], 2, func(key int) (err error) {
					if key == 0 {
						a.Name, err = d.string()
					} else {
						a.URL, err = d.string()
					}
					return err
				})
				n.Attachments = append(n.Attachments, a)
				return err
			})
		case 17:
			n.Addressee, err = d.string()
		case 18:
			n.Body, err = d.strings()
		case 19:
			n.Signers, err = d.strings()
		case 20:
			n.Signed, err = d.date()
		case 21:
			n.Notes, err = d.strings()
		case 22:
			n.CC, err = d.strings()
		case 23:
			err = d.array(func() error {
				var a notice.Appendix
				err := d.object(appendixKeys[:], 2, func(key int) (err error) {
					if key == 0 {
						a.Title, err = d.string()
					} else {
						a.Body, err = d.strings()
					}
					return err
				})
				n.Appendices = append(n.Appendices, a)
				return err
			})
		case 24:
			err = d.array(func() error {
				var f notice.Field
				err := d.object(fieldKeys[:], 2, func(key int) (err error) {
					if key == 0 {
						f.Label, err = d.string()
					} else {
						f.Value, err = d.string()
					}
					return err
				})
				n.Extra = append(n.Extra, f)
				return err
			})
		case 25:
			err = d.input(&n.Input)
		}
		return err
	})
}

func (d *jsonDecoder) indexNumber() (*notice.IndexNumber, error) {
	if d.null() {
		return nil, nil
	}
	var n notice.IndexNumber
	var err error
	err = d.object(indexNumberKeys[:], 1, func(key int) error {
		switch key {
		case 0:
			n.Text, err = d.string()
		case 1:
			n.Org, err = d.string()
		case 2:
			n.Year, err = d.int()
		case 3:
			n.Month, err = d.int()
		case 4:
			n.Seq, err = d.string()
		}
		return err
	})
	return &n, err
}

func (d *jsonDecoder) docNumber() (*notice.DocNumber, error) {
	if d.null() {
		return nil, nil
	}
	var n notice.DocNumber
	var err error
	err = d.object(docNumberKeys[:], 1, func(key int) error {
		switch key {
		case 0:
			n.Text, err = d.string()
		case 1:
			n.Issuer, err = d.string()
		case 2:
			n.Year, err = d.int()
		case 3:
			n.Seq, err = d.string()
		}
		return err
	})
	return &n, err
}

// Keys of the objects inside a record. The JSON form writes every key of an
// object, except that the parts of index and document numbers are left out
// when zero: only their text is required.
var (
	indexNumberKeys = [...]string{"text", "org", "year", "month", "seq"}
	docNumberKeys   = [...]string{"text", "issuer", "year", "seq"}
	attachmentKeys  = [...]string{"name", "url"}
	appendixKeys    = [...]string{"title", "body"}
	fieldKeys       = [...]string{"label", "value"}
	inputKeys       = [...]string{"path", "charset", "script", "pinyin_annotations", "layout", "problems", "origins"}
	problemKeys     = [...]string{"field", "rule", "severity", "line", "column", "message"}
	originKeys      = [...]string{"field", "from", "label", "text", "line", "column"}
)

func (d *jsonDecoder) input(in *notice.Input) error {
	var err error
	return d.object(inputKeys[:], len(inputKeys), func(key int) error {
		switch key {
		case 0:
			in.Path, err = d.string()
		case 1:
			in.Charset, err = d.string()
		case 2:
			var s string
			s, err = d.string()
			in.Script = notice.Script(s)
		case 3:
			in.PinyinAnnotations, err = d.int()
		case 4:
			var s string
			s, err = d.string()
			in.Layout = notice.Layout(s)
		case 5:
			err = d.array(func() error {
				var p notice.Problem
				err := d.problem(&p)
				in.Problems = append(in.Problems, p)
				return err
			})
		case 6:
			err = d.array(func() error {
				var o notice.Origin
				err := d.origin(&o)
				in.Origins = append(in.Origins, o)
				return err
			})
		}
		return err
	})
}

func (d *jsonDecoder) problem(p *notice.Problem) error {
	var err error
	return d.object(problemKeys[:], 3, func(key int) error {
		switch key {
		case 0:
			p.Field, err = d.string()
		case 1:
			var rule string
			rule, err = d.string()
			p.Rule = notice.Rule(rule)
		case 2:
			pos := d.pos
			var sev string
			if sev, err = d.string(); err == nil && p.Severity.UnmarshalText([]byte(sev)) != nil {
				d.pos = pos
				err = d.fail(fmt.Errorf("%w: severity %q is not error or warning", ErrType, sev))
			}
		case 3:
			p.Line, err = d.int()
		case 4:
			p.Column, err = d.int()
		case 5:
			p.Message, err = d.string()
		}
		return err
	})
}

func (d *jsonDecoder) origin(o *notice.Origin) error {
	var err error
	return d.object(originKeys[:], 2, func(key int) error {
		switch key {
		case 0:
			o.Field, err = d.string()
		case 1:
			o.From, err = d.string()
		case 2:
			o.Label, err = d.string()
		case 3:
			o.Text, err = d.string()
		case 4:
			o.Line, err = d.int()
		case 5:
			o.Column, err = d.int()
		}
		return err
	})
}

// object reads an object whose keys are among keys, calling value with the
// index of each key when the decoder stands at its value. The first required
// keys must be present.
func (d *jsonDecoder) object(keys []string, required int, value func(key int) error) error {
	if err := d.want('{', "an object"); err != nil {
		return err
	}
	var seen uint64 // bit i: keys[i] was read
	d.space()
	if d.peek() != '}' {
		for {
			if err := d.member(keys, &seen, value); err != nil {
				return err
			}
			d.space()
			if d.peek() != ',' {
				break
			}
			d.pos++
			d.space()
		}
	}
	if d.peek() != '}' {
		return d.syntax("want , or } after a value")
	}
	for i, k := range keys[:required] {
		if seen&(1<<i) == 0 {
			return d.fail(fmt.Errorf("%w %q", ErrMissingField, k))
		}
	}
	d.pos++
	return nil
}

// member reads one key and its value for object.
func (d *jsonDecoder) member(keys []string, seen *uint64, value func(key int) error) error {
	if d.peek() != '"' {
		return d.syntax("want a key")
	}
	keyPos := d.pos
	name, err := d.rawString()
	if err != nil {
		return err
	}
	key := slices.Index(keys, string(name))
	if key < 0 {
		d.pos = keyPos
		return d.fail(fmt.Errorf("%w %q", ErrUnknownField, name))
	}
	if *seen&(1<<key) != 0 {
		d.pos = keyPos
		return d.fail(fmt.Errorf("%w %q", ErrDuplicateField, name))
	}
	*seen |= 1 << key
	d.space()
	if err := d.want(':', "a colon"); err != nil {
		return err
	}
	d.space()
	if err := value(key); err != nil {
		return within(keys[key], err)
	}
	return nil
}

// array reads an array, calling item when the decoder stands at each item.
func (d *jsonDecoder) array(item func() error) error {
	if err := d.want('[', "an array"); err != nil {
		return err
	}
	d.space()
	if d.peek() != ']' {
		for i := 0; ; i++ {
			if err := item(); err != nil {
				return within(index("", i), err)
			}
			d.space()
			if d.peek() != ',' {
				break
			}
			d.pos++
			d.space()
		}
	}
	if d.peek() != ']' {
		return d.syntax("want , or ] after an item")
	}
	d.pos++
	return nil
}

func (d *jsonDecoder) strings() ([]string, error) {
	var list []string
	err := d.array(func() error {
		s, err := d.string()
		list = append(list, s)
		return err
	})
	return list, err
}

// date reads null or a date string in the fixed form.
func (d *jsonDecoder) date() (*notice.Date, error) {
	if d.null() {
		return nil, nil
	}
	start := d.pos
	s, err := d.rawString()
	if err != nil {
		return nil, err
	}
	date, ok := parseDate(s)
	if !ok {
		d.pos = start
		return nil, d.fail(ErrDate)
	}
	return &date, nil
}

// int reads an integer that fits an int.
func (d *jsonDecoder) int() (int, error) {
	start := d.pos
	neg := d.peek() == '-'
	if neg {
		d.pos++
	}
	if c := d.peek(); c < '0' || c > '9' {
		d.pos = start
		return 0, d.wrongType("an integer")
	}
	limit := uint64(math.MaxInt)
	if neg {
		limit++ // math.MinInt
	}
	var n uint64
	digits := d.pos
	for d.pos < len(d.data) && '0' <= d.data[d.pos] && d.data[d.pos] <= '9' {
		digit := uint64(d.data[d.pos] - '0')
		if n > (limit-digit)/10 {
			d.pos = start
			return 0, d.fail(fmt.Errorf("%w: integer out of range", ErrType))
		}
		n = n*10 + digit
		d.pos++
	}
	if d.data[digits] == '0' && d.pos-digits > 1 {
		d.pos = digits
		return 0, d.syntax("number with a leading zero")
	}
	if c := d.peek(); c == '.' || c == 'e' || c == 'E' {
		d.pos = start
		return 0, d.fail(fmt.Errorf("%w: want an integer, got a fraction", ErrType))
	}
	if neg {
		return int(-n), nil
	}
	return int(n), nil
}

func (d *jsonDecoder) string() (string, error) {
	s, err := d.rawString()
	return string(s), err
}

// rawString reads a string and returns its unescaped bytes, which alias the
// input or the scratch buffer and are valid until the next call.
func (d *jsonDecoder) rawString() ([]byte, error) {
	if d.peek() != '"' {
		return nil, d.wrongType("a string")
	}
	d.pos++
	start := d.pos
	// Fast path: most strings have no escapes and end at the next quote.
	if end := bytes.IndexByte(d.data[start:], '"'); end >= 0 {
		s := d.data[start : start+end]
		if bytes.IndexByte(s, '\\') < 0 && !hasControl(s) {
			if !utf8.Valid(s) {
				return nil, d.badUTF8(start)
			}
			d.pos = start + end + 1
			return s, nil
		}
	}
	for d.pos < len(d.data) {
		c := d.data[d.pos]
		switch {
		case c == '"':
			s := d.data[start:d.pos]
			if !utf8.Valid(s) {
				return nil, d.badUTF8(start)
			}
			d.pos++
			return s, nil
		case c == '\\':
			return d.escapedString(start)
		case c < 0x20:
			return nil, d.syntax("control character in a string")
		}
		d.pos++
	}
	return nil, d.syntax("unterminated string")
}

// escapedString finishes a string that has escapes; start is where its
// text began and the decoder stands at the first backslash.
func (d *jsonDecoder) escapedString(start int) ([]byte, error) {
	if !utf8.Valid(d.data[start:d.pos]) {
		return nil, d.badUTF8(start)
	}
	b := append(d.scratch[:0], d.data[start:d.pos]...)
	for d.pos < len(d.data) {
		c := d.data[d.pos]
		switch {
		case c == '"':
			d.pos++
			d.scratch = b
			return b, nil
		case c < 0x20:
			return nil, d.syntax("control character in a string")
		case c != '\\':
			run := d.pos
			for d.pos < len(d.data) && d.data[d.pos] != '"' && d.data[d.pos] != '\\' && d.data[d.pos] >= 0x20 {
				d.pos++
			}
			if !utf8.Valid(d.data[run:d.pos]) {
				return nil, d.badUTF8(run)
			}
			b = append(b, d.data[run:d.pos]...)
			continue
		}
		if d.pos+1 >= len(d.data) {
			break
		}
		esc := d.data[d.pos+1]
		d.pos += 2
		switch esc {
		case '"', '\\', '/':
			b = append(b, esc)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, ok := d.hex4()
			if !ok {
				return nil, d.syntax(`malformed \u escape`)
			}
			if utf16.IsSurrogate(r) {
				r2, ok := rune(-1), false
				if d.pos+1 < len(d.data) && d.data[d.pos] == '\\' && d.data[d.pos+1] == 'u' {
					d.pos += 2
					r2, ok = d.hex4()
				}
				if r = utf16.DecodeRune(r, r2); !ok || r == utf8.RuneError {
					d.pos -= 6
					return nil, d.fail(fmt.Errorf(`%w: lone surrogate in a \u escape`, ErrInvalidUTF8))
				}
			}
			b = utf8.AppendRune(b, r)
		default:
			d.pos -= 2
			return nil, d.syntax("invalid escape")
		}
	}
	return nil, d.syntax("unterminated string")
}

// hasControl reports whether s holds a byte below 0x20, which a JSON
// string must escape.
func hasControl(s []byte) bool {
	for _, c := range s {
		if c < 0x20 {
			return true
		}
	}
	return false
}

func (d *jsonDecoder) hex4() (rune, bool) {
	if d.pos+4 > len(d.data) {
		return 0, false
	}
	var r rune
	for _, c := range d.data[d.pos : d.pos+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	d.pos += 4
	return r, true
}

func (d *jsonDecoder) badUTF8(from int) error {
	for d.pos = from; d.pos < len(d.data); {
		r, size := utf8.DecodeRune(d.data[d.pos:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		d.pos += size
	}
	return d.fail(ErrInvalidUTF8)
}

// null reads null if it comes next.
func (d *jsonDecoder) null() bool {
	if d.literal("null") {
		d.pos += len("null")
		return true
	}
	return false
}

// literal reports whether the literal name (null, true, false) comes next.
func (d *jsonDecoder) literal(name string) bool {
	return len(d.data)-d.pos >= len(name) && string(d.data[d.pos:d.pos+len(name)]) == name
}

func (d *jsonDecoder) space() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

// peek returns the next byte, or 0 at the end of the input.
func (d *jsonDecoder) peek() byte {
	if d.pos < len(d.data) {
		return d.data[d.pos]
	}
	return 0
}

// want reads c, which begins a value described by what.
func (d *jsonDecoder) want(c byte, what string) error {
	if d.peek() != c {
		if c == '{' || c == '[' {
			return d.wrongType(what)
		}
		return d.syntax("want " + what)
	}
	d.pos++
	return nil
}

// wrongType reports that the value at the decoder's position is not what
// was wanted, or a syntax error when there is no value there at all.
func (d *jsonDecoder) wrongType(want string) error {
	var got string
	switch c := d.peek(); {
	case c == '"':
		got = "a string"
	case c == '{':
		got = "an object"
	case c == '[':
		got = "an array"
	case d.literal("true") || d.literal("false"):
		got = "a boolean"
	case d.literal("null"):
		got = "null"
	case c == '-' || '0' <= c && c <= '9':
		got = "a number"
	case c == 0:
		return d.syntax("unexpected end of input")
	default:
		return d.syntax(fmt.Sprintf("unexpected %q", c))
	}
	return d.fail(fmt.Errorf("%w: want %s, got %s", ErrType, want, got))
}

func (d *jsonDecoder) syntax(msg string) error {
	return d.fail(fmt.Errorf("%w: %s", ErrSyntax, msg))
}

func (d *jsonDecoder) fail(err error) error {
	return &DecodeError{Offset: int64(d.pos), Err: err}
}
