package warc

import (
	"errors"
	"io"
	"strings"
	"time"
)

// Record is one WARC record: its header, and its block as a reader.
//
// The named fields repeat the header fields callers use most, already read;
// Header holds every field as written, these included. A Record and its
// readers are valid until the next call to [Reader.Next], which skips what
// is left of the block; after that they return an error.
type Record struct {
	// Version is the record's version line: "WARC/1.0", "WARC/1.1".
	Version string
	// Type is WARC-Type: "warcinfo", "response", "resource", "request",
	// "metadata", "revisit", "conversion" or "continuation".
	Type string
	// TargetURI is WARC-Target-URI, without the angle brackets some WARC/1.1
	// writers put around it (the 1.1 grammar showed them by mistake).
	TargetURI string
	// ID is WARC-Record-ID as written, brackets included ("<urn:uuid:…>"),
	// the form other records' WARC-Refers-To and WARC-Concurrent-To use.
	ID string
	// Date is WARC-Date; zero when it is missing or not an ISO 8601 date
	// (the text is still in Header).
	Date time.Time
	// ContentType is the record's Content-Type ("application/http;
	// msgtype=response" for an HTTP response), not the HTTP one.
	ContentType string
	// ContentLength is the length of the block in bytes.
	ContentLength int64
	// Header holds every field of the record's header, in order.
	Header Header

	// Offset is the offset of the record ("WARC/…") in the uncompressed
	// stream; MemberOffset that of the gzip member holding it in the file,
	// or -1 for a plain file. See [Error].
	Offset       int64
	MemberOffset int64

	// Body reads the block: ContentLength bytes, exactly as stored. For an
	// HTTP response, read the payload through [Record.HTTP] instead: once
	// it is called, Body fails.
	Body io.Reader

	r        *Reader
	bodyRead bool // Body was read, so the HTTP head is no longer at its start
	httpDone bool
	resp     *Response
	respErr  error
}

// Field is one field of a record's header.
type Field struct {
	Name, Value string
}

// Header is the fields of a record's header in the order they came. Names
// are kept as written; lookups ignore case, as the standard asks. A field
// may repeat (WARC-Concurrent-To).
type Header []Field

// Get returns the value of the first field named name, or "".
func (h Header) Get(name string) string {
	for _, f := range h {
		if strings.EqualFold(f.Name, name) {
			return f.Value
		}
	}
	return ""
}

// Values returns the values of every field named name, in order.
func (h Header) Values(name string) []string {
	var vs []string
	for _, f := range h {
		if strings.EqualFold(f.Name, name) {
			vs = append(vs, f.Value)
		}
	}
	return vs
}

// err returns an error about the record.
func (rec *Record) err(fatal bool, err error) *Error {
	return &Error{Offset: rec.Offset, MemberOffset: rec.MemberOffset, TargetURI: rec.TargetURI, Fatal: fatal, Err: err}
}

// blockReader is a record's Body.
type blockReader struct{ rec *Record }

func (b blockReader) Read(p []byte) (int, error) {
	r := b.rec.r
	if r.cur != b.rec {
		return 0, errStale
	}
	if b.rec.httpDone {
		// The HTTP head reader has read ahead: Body would skip bytes.
		return 0, errors.New("warc: read of Record.Body after Record.HTTP")
	}
	if len(p) > 0 {
		b.rec.bodyRead = true
	}
	return r.readBlock(p)
}

// parseDate reads a WARC-Date: ISO 8601 in UTC to the second (WARC/1.0), or
// to a fraction of one (WARC/1.1). Writers also give bare dates.
func parseDate(s string) time.Time {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04Z07:00", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// targetURI strips the angle brackets of a WARC/1.1 "<uri>".
func targetURI(s string) string {
	if len(s) >= 2 && s[0] == '<' && s[len(s)-1] == '>' {
		return s[1 : len(s)-1]
	}
	return s
}
