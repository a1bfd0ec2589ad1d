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
