package warc

import (
	"errors"
	"fmt"
	"io"
)

// Errors that [Error.Err] may wrap, so that callers can count problems by
// kind with errors.Is.
var (
	// ErrNotWARC: where a record should start there is no version line
	// (WARC/1.0, WARC/1.1 …), so the input is not WARC or its framing is
	// lost.
	ErrNotWARC = errors.New("not a WARC record")
	// ErrLength: the record's Content-Length is missing, not a number, or
	// given twice with different values. The end of the record is unknown.
	ErrLength = errors.New("bad Content-Length")
	// ErrHeader: a line of the record's header is not a field (no colon, an
	// empty name, a continuation line with nothing to continue).
	ErrHeader = errors.New("malformed header")
	// ErrHeaderTooLarge: the record's header is over 1 MiB, or one of its
	// lines over 64 KiB.
	ErrHeaderTooLarge = errors.New("header too large")
	// ErrTooLarge: the record's block (its Content-Length) is over the
	// reader's MaxSize, or a decoded HTTP payload grew past it.
	ErrTooLarge = errors.New("record too large")
	// ErrTruncated: the input ends inside a record, or inside a gzip member,
	// or an HTTP payload is shorter than its Content-Length says.
	ErrTruncated = errors.New("truncated")
	// ErrCompression: the input is compressed in a way the reader does not
	// read (zstd), or its gzip data is corrupt.
	ErrCompression = errors.New("compression")
	// ErrNotHTTP: [Record.HTTP] was asked for a record that holds no HTTP
	// response (a request, a DNS lookup, a warcinfo record …).
	ErrNotHTTP = errors.New("no HTTP response")
	// ErrHTTP: the HTTP response head in a response record cannot be read.
	ErrHTTP = errors.New("malformed HTTP response")
)

// errStale is returned by a record's readers once [Reader.Next] has moved
// past the record: its bytes are gone from the stream, and reading on would
// read the next record's.
var errStale = errors.New("warc: read of a record after Next")

// Error is the error the reader returns for a record: where the record is
// and what is wrong with it.
//
// Offset is the byte offset of the record's first byte ("WARC/…") in the
// uncompressed stream. MemberOffset is the byte offset in the file of the
// gzip member that holds that byte, which is where an index (CDX) points
// and where a tool can seek to; it is -1 for a plain file. TargetURI is the
// record's WARC-Target-URI when its header was read far enough.
//
// Fatal tells whether reading can go on. When it is false the reader has
// skipped the record (its Content-Length said where it ends) and the next
// call to [Reader.Next] reads the record after it; an Error about a
// record's HTTP response or payload is not fatal either. When it is true the framing is
// lost (no Content-Length, no version line, the input ends early, corrupt
// gzip data, a read error) and Next returns the same error again.
type Error struct {
	Offset       int64
	MemberOffset int64
	TargetURI    string
	Fatal        bool
	Err          error
}

func (e *Error) Error() string {
	msg := fmt.Sprintf("warc: offset %d", e.Offset)
	if e.MemberOffset >= 0 {
		msg += fmt.Sprintf(" (gzip member at %d)", e.MemberOffset)
	}
	if e.TargetURI != "" {
		msg += " " + e.TargetURI
	}
	return msg + ": " + e.Err.Error()
}

// Unwrap returns the underlying error, so that errors.Is(err, ErrTooLarge)
// works.
func (e *Error) Unwrap() error { return e.Err }

// IsFatal reports whether err, returned by [Reader.Next], is a failure
// that ends reading: an [*Error] with Fatal set, or an error that is not an
// [*Error] at all. nil and io.EOF, the normal end, are not failures. A loop
// over Next stops at io.EOF and at fatal errors, and goes on after the
// others.
func IsFatal(err error) bool {
	if err == nil || err == io.EOF {
		return false
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Fatal
	}
	return true
}
