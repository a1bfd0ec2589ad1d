package notice

import (
	"bytes"
	"fmt"
	"math"
	"unicode/utf16"
	"unicode/utf8"
)

// jsonDecoder reads a record from data. Its methods return errors whose
// Field is relative to the value they read (see within). It is a lexer of
// its own rather than encoding/json's: the record's reader must tell
// missing, unknown and duplicate keys apart and name their place, which
// encoding/json v1 cannot, and encoding/json/jsontext, which could, is
// only built with GOEXPERIMENT=jsonv2 in Go 1.26.
type jsonDecoder struct {
	data    []byte
	pos     int
	scratch []byte // unescaped string being built
}

// object reads an object into the struct v (a pointer, as an any)
// described by members: keys in any order, each at most once, every member
// present but the optional ones.
func (d *jsonDecoder) object(members []Member, v any) error {
	if err := d.want('{', "an object"); err != nil {
		return err
	}
	var seen uint64 // bit i: members[i] was read
	d.space()
	if d.peek() != '}' {
		for {
			if err := d.member(members, &seen, v); err != nil {
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
	for i := range members {
		if !members[i].Optional && seen&(1<<i) == 0 {
			return d.fail(fmt.Errorf("%w %q", ErrMissingField, members[i].Key))
		}
	}
	d.pos++
	return nil
}

// member reads one key and its value for object.
func (d *jsonDecoder) member(members []Member, seen *uint64, v any) error {
	if d.peek() != '"' {
		return d.syntax("want a key")
	}
	keyPos := d.pos
	name, err := d.rawString()
	if err != nil {
		return err
	}
	i := memberIndex(members, name)
	if i < 0 {
		d.pos = keyPos
		return d.fail(fmt.Errorf("%w %q", ErrUnknownField, name))
	}
	if *seen&(1<<i) != 0 {
		d.pos = keyPos
		return d.fail(fmt.Errorf("%w %q", ErrDuplicateField, name))
	}
	*seen |= 1 << i
	d.space()
	if err := d.want(':', "a colon"); err != nil {
		return err
	}
	d.space()
	if err := d.value(&members[i], v); err != nil {
		return within(members[i].Key, err)
	}
	return nil
}

// memberIndex returns the index of the member whose key is name, or -1.
func memberIndex(members []Member, name []byte) int {
	for i := range members {
		if members[i].Key == string(name) {
			return i
		}
	}
	return -1
}

// value reads the value of member m of v.
func (d *jsonDecoder) value(m *Member, v any) error {
	a := m.acc
	switch m.Kind {
	case KindString:
		if a.str != nil {
			s, err := d.string()
			*a.str(v) = s
			return err
		}
		start := d.pos
		s, err := d.rawString()
		if err != nil {
			return err
		}
		if err := a.setText(v, string(s)); err != nil {
			d.pos = start
			return d.fail(fmt.Errorf("%w: %s", ErrType, err.Error()))
		}
	case KindInt:
		n, err := d.int()
		*a.num(v) = n
		return err
	case KindDate:
		if d.null() {
			*a.date(v) = nil
			return nil
		}
		start := d.pos
		s, err := d.rawString()
		if err != nil {
			return err
		}
		date, ok := parseFixedDate(s)
		if !ok {
			d.pos = start
			return d.fail(ErrDate)
		}
		*a.date(v) = &date
	case KindValue:
		if d.null() {
			a.unset(v)
			return nil
		}
		return d.object(a.members, a.alloc(v))
	case KindStrings:
		list, err := d.strings()
		*a.strs(v) = list
		return err
	case KindList:
		return d.array(func() error { return d.object(a.members, a.add(v)) })
	case KindStruct:
		return d.object(a.members, a.value(v))
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

// strings reads an array of strings; an empty one is nil.
func (d *jsonDecoder) strings() ([]string, error) {
	var list []string
	err := d.array(func() error {
		s, err := d.string()
		list = append(list, s)
		return err
	})
	return list, err
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
	return d.fail(fmt.Errorf("%w: %s", ErrMalformed, msg))
}

func (d *jsonDecoder) fail(err error) error {
	return &DecodeError{Offset: int64(d.pos), Err: err}
}
