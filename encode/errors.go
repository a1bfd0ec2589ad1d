package encode

import (
	"errors"
	"strconv"

	"github.com/govnotice/govnotice/notice"
)

// The errors of this package's own forms. The errors of the JSON and XML
// forms (a value a form cannot carry, input that does not read as a record)
// are package notice's: [notice.EncodeError], [notice.DecodeError] and
// their sentinels, since encoding/json and encoding/xml give the same ones.
var (
	// ErrNilNotice is returned, wrapped in a [*notice.EncodeError], by the
	// writers of this package when given a nil record: a batch writes each
	// record it holds, and a nil one is a mistake to report, not a null to
	// write.
	ErrNilNotice = errors.New("encode: nil record")
	// ErrTextForm is a value that would change the structure of the text
	// form written by [Text] (a line break, or a | inside a header value).
	ErrTextForm = errors.New("value would break the text form")
	// ErrLineTooLong is a JSON Lines line longer than
	// [JSONLinesReader.MaxLineSize].
	ErrLineTooLong = errors.New("line too long")
)

// A LineError reports a JSON Lines line that gave no record. Reading goes on
// with the next line.
type LineError struct {
	// Line is the 1-based line number.
	Line int
	// Err is a *notice.DecodeError, or wraps ErrLineTooLong.
	Err error
}

// Error returns the line number and what was wrong with it, such as
// `line 4: byte 12: title: wrong type: want a string, got a number`.
func (e *LineError) Error() string { return "line " + strconv.Itoa(e.Line) + ": " + e.Err.Error() }

// Unwrap returns e.Err.
func (e *LineError) Unwrap() error { return e.Err }

// nilNotice is the error of a writer given a nil record.
func nilNotice() error { return &notice.EncodeError{Err: ErrNilNotice} }

// index returns the path of item i of the list at path: "body[2]".
func index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// within puts path before the field named in err, a *notice.EncodeError or
// a *notice.DecodeError whose Field is relative to the value at path: ""
// is the value itself, "[2]" an item of it, "text" a key in it.
func within(path string, err error) error {
	var field *string
	switch e := err.(type) {
	case *notice.EncodeError:
		field = &e.Field
	case *notice.DecodeError:
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
