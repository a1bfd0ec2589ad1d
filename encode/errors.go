package encode

import (
	"errors"
	"strconv"
)

// These are the errors found in the Err field of [ValueError], [DecodeError]
// and [LineError]; test for them with [errors.Is].
var (
	// ErrInvalidUTF8 is a string that is not valid UTF-8. Neither JSON nor XML
	// can carry it without changing it, so the encoders refuse it.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")

	// ErrNilNotice is returned by the encoders when given a nil record.
	ErrNilNotice = errors.New("nil record")
	// ErrXMLChar is a character that XML 1.0 cannot carry, not even as a
	// character reference: a C0 control other than tab, LF and CR, or
	// U+FFFE / U+FFFF.
	ErrXMLChar = errors.New("character not allowed in XML 1.0")
	// ErrDate is a date that does not fit the fixed form 2006-01-02 or
	// 2006-01-02T15:04:05+08:00: a part out of range, a time of day on a date
	// without HasTime, or (when decoding) text of another form.
	ErrDate = errors.New("date not in the form 2006-01-02 or 2006-01-02T15:04:05+08:00")
	// ErrTextForm is a value that would change the structure of the text form
	// written by [Text] (a line break, or a | inside a header value).
	ErrTextForm = errors.New("value would break the text form")

	// ErrSyntax is input that is not well-formed JSON or XML.
	ErrSyntax = errors.New("syntax error")
	// ErrType is a value of the wrong type: a number where a string belongs,
	// a fraction where an integer belongs, an attribute that is not a number.
	ErrType = errors.New("wrong type")
	// ErrUnknownField is a JSON key, XML element or XML attribute that the
	// record does not have.
	ErrUnknownField = errors.New("unknown field")
	// ErrDuplicateField is a JSON key or XML element given twice.
	ErrDuplicateField = errors.New("duplicate field")
	// ErrMissingField is a JSON key left out; the JSON form always has every
	// key.
	ErrMissingField = errors.New("missing field")
	// ErrLineTooLong is a JSON Lines line longer than
	// [JSONLinesReader.MaxLineSize].
	ErrLineTooLong = errors.New("line too long")
)

// A ValueError reports a value in a record that a format cannot carry
// without changing it. Encoders return it before writing anything of the
// record.
type ValueError struct {
	// Field is the path of the value, with JSON key names and 0-based list
	// indexes: "title", "body[2]", "appendices[0].body[1]",
	// "input.warnings[0]", "created".
	Field string
	// Err says what is wrong; it wraps one of ErrInvalidUTF8, ErrXMLChar,
	// ErrDate or ErrTextForm.
	Err error
}

func (e *ValueError) Error() string {
	if e.Field == "" {
		return "encode: " + e.Err.Error()
	}
	return e.Field + ": " + e.Err.Error()
}

// Unwrap returns e.Err.
func (e *ValueError) Unwrap() error { return e.Err }

// A DecodeError reports input that does not decode to a record.
type DecodeError struct {
	// Offset is the 0-based byte offset in the input (in a JSON Lines line:
	// in the line) at or just after which the problem was found.
	Offset int64
	// Field is the path of the value being decoded, as in
	// [ValueError.Field]; it is empty outside any field.
	Field string
	// Err says what is wrong; it wraps one of the sentinel errors of this
	// package (ErrSyntax, ErrType, ErrUnknownField, …).
	Err error
}

func (e *DecodeError) Error() string {
	s := "byte " + strconv.FormatInt(e.Offset, 10) + ": "
	if e.Field != "" {
		s += e.Field + ": "
	}
	return s + e.Err.Error()
}

// Unwrap returns e.Err.
func (e *DecodeError) Unwrap() error { return e.Err }

// A LineError reports a JSON Lines line that gave no record. Reading goes on
// with the next line.
type LineError struct {
	// Line is the 1-based line number.
	Line int
	// Err is a *DecodeError, or wraps ErrLineTooLong.
	Err error
}

func (e *LineError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }

// Unwrap returns e.Err.
func (e *LineError) Unwrap() error { return e.Err }

// index returns the path of item i of the list at path: "body[2]".
func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// within puts path before the field named in err, a *ValueError or a
// *DecodeError whose Field is relative to the value at path: "" is the value
// itself, "[2]" an item of it, "text" a key in it.
func within(path string, err error) error {
	var field *string
	switch e := err.(type) {
	case *ValueError:
		field = &e.Field
	case *DecodeError:
		field = &e.Field
	default:
		return err
	}
	switch {
	case *field == "":
		*field = path
	case (*field)[0] == '[':
		*field = path + *field
	default:
		*field = path + "." + *field
	}
	return err
}
