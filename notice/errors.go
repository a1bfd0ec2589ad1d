package notice

import (
	"errors"
	"strconv"
)

// These are the errors found in [ValueError.Err]. They follow package
// strconv: ErrSyntax for a value of no known shape, ErrRange for a value of
// the right shape that names no real date or time.
var (
	ErrEmpty  = errors.New("empty value")   // blank input
	ErrSyntax = errors.New("unknown shape") // no known shape of the value
	ErrRange  = errors.New("out of range")  // no such date or time of day
)

// A ValueError reports why [ParseIndexNumber], [ParseDocNumber] or
// [ParseDate] could not read a value. Use errors.Is with [ErrEmpty],
// [ErrSyntax] or [ErrRange] to tell the cases apart.
type ValueError struct {
	// Type names the kind of value: "index number", "doc number" or "date".
	Type string
	// Value is the input, as given.
	Value string
	// Err is ErrEmpty, ErrSyntax or ErrRange.
	Err error
	// Reason says what was wrong in words, such as "year and month only";
	// it may be empty.
	Reason string
}

// Error returns a one-line message such as
// `notice: date "2023年5月": unknown shape (year and month only)`.
func (e *ValueError) Error() string {
	s := "notice: " + e.Type + " " + strconv.Quote(e.Value) + ": " + e.Err.Error()
	if e.Reason != "" {
		s += " (" + e.Reason + ")"
	}
	return s
}

// Unwrap returns e.Err.
func (e *ValueError) Unwrap() error { return e.Err }

// These are the errors found in the Err field of [EncodeError] and
// [DecodeError], the errors of the record's JSON and XML forms (and of the
// forms of package encode). Test for them with [errors.Is].
var (
	// ErrInvalidUTF8 is a string that is not valid UTF-8. Neither JSON nor
	// XML can carry it without changing it, so the writers refuse it rather
	// than replace it, and the readers refuse it rather than pass it on.
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	// ErrXMLChar is a character that XML 1.0 cannot carry, not even as a
	// character reference: a C0 control other than tab, LF and CR, or
	// U+FFFE / U+FFFF. encoding/xml would write U+FFFD in its place.
	ErrXMLChar = errors.New("character not allowed in XML 1.0")
	// ErrDate is a date that does not fit the fixed form 2006-01-02 or
	// 2006-01-02T15:04:05+08:00: a part out of range of its digits, a time
	// of day on a date without HasTime, or (when reading) text of another
	// form.
	ErrDate = errors.New("date not in the form 2006-01-02 or 2006-01-02T15:04:05+08:00")

	// ErrMalformed is input that is not well-formed JSON or XML. (It is
	// not [ErrSyntax], which is a value of no known shape.)
	ErrMalformed = errors.New("malformed input")
	// ErrType is a value of the wrong type: a number where a string belongs,
	// a fraction where an integer belongs, an attribute that is not a
	// number, a severity that is neither error nor warning.
	ErrType = errors.New("wrong type")
	// ErrUnknownField is a JSON key, XML element or XML attribute that the
	// record does not have. A misspelt key would otherwise lose its value
	// quietly.
	ErrUnknownField = errors.New("unknown field")
	// ErrDuplicateField is a JSON key or XML element given twice.
	ErrDuplicateField = errors.New("duplicate field")
	// ErrMissingField is a JSON key left out; the JSON form always has every
	// key but the parts of index and document numbers.
	ErrMissingField = errors.New("missing field")
)

// An EncodeError reports a value of a record that a form cannot carry
// without changing it. Writers return it before writing anything of the
// record, so that a stream of records stays well-formed and a caller can go
// on with the next record.
type EncodeError struct {
	// Field is the path of the value, with JSON keys and 0-based list
	// indexes: "title", "body[2]", "appendices[0].body[1]",
	// "input.problems[0].message", "created". It is empty when the error
	// concerns the whole value written, as for a [Date] alone.
	Field string
	// Err says what is wrong; it wraps one of ErrInvalidUTF8, ErrXMLChar
	// or ErrDate, or an error of package encode.
	Err error
}

// Error returns the field and what is wrong with it, such as
// `body[1]: character not allowed in XML 1.0`.
func (e *EncodeError) Error() string {
	if e.Field == "" {
		return e.Err.Error()
	}
	return e.Field + ": " + e.Err.Error()
}

// Unwrap returns e.Err.
func (e *EncodeError) Unwrap() error { return e.Err }

// A DecodeError reports input that does not read as a record: where it
// went wrong, by byte offset and by field, and why.
type DecodeError struct {
	// Offset is the 0-based byte offset at or just after which the problem
	// was found, counted from the start of the input given to the reader
	// (for [Notice.UnmarshalJSON], of the record's JSON value; in a JSON
	// Lines line, of the line).
	Offset int64
	// Field is the path of the value being read, as in [EncodeError.Field];
	// it is empty outside any field.
	Field string
	// Err says what is wrong; it wraps one of ErrMalformed, ErrType,
	// ErrUnknownField, ErrDuplicateField, ErrMissingField, ErrInvalidUTF8,
	// ErrDate.
	Err error
}

// Error returns a one-line message such as
// `byte 24: title: wrong type: want a string, got a number`.
func (e *DecodeError) Error() string {
	s := "byte " + strconv.FormatInt(e.Offset, 10) + ": "
	if e.Field != "" {
		s += e.Field + ": "
	}
	return s + e.Err.Error()
}

// Unwrap returns e.Err.
func (e *DecodeError) Unwrap() error { return e.Err }

// index returns the path of item i of the list at path: "body[2]".
func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// within puts path before the field named in err, an *EncodeError or a
// *DecodeError whose Field is relative to the value at path: "" is the value
// itself, "[2]" an item of it, "text" a key in it. Other errors are
// returned as they are.
func within(path string, err error) error {
	var field *string
	switch e := err.(type) {
	case *EncodeError:
		field = &e.Field
	case *DecodeError:
		field = &e.Field
	default:
		return err
	}
	switch {
	case *field == "":
		*field = path
	case path == "":
	case (*field)[0] == '[':
		*field = path + *field
	default:
		*field = path + "." + *field
	}
	return err
}
