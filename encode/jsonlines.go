package encode

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"

	"github.com/govnotice/govnotice/notice"
)

// A JSONLinesWriter writes records as JSON Lines: one compact JSON record
// (the form of [AppendJSON]) and a newline per record. Every line has the
// same keys in the same order, so the output loads as a table.
type JSONLinesWriter struct {
	w   io.Writer
	buf []byte
}

// NewJSONLinesWriter returns a writer of JSON Lines to w. Each record is
// one call to w.Write; wrap w in a [bufio.Writer] for many small records.
func NewJSONLinesWriter(w io.Writer) *JSONLinesWriter { return &JSONLinesWriter{w: w} }

// Write writes n as the next line. A [*notice.EncodeError] writes nothing, and
// writing can go on with the next record.
func (w *JSONLinesWriter) Write(n *notice.Notice) error {
	b, err := AppendJSON(w.buf[:0], n)
	if err != nil {
		return err
	}
	w.buf = append(b, '\n')
	_, err = w.w.Write(w.buf)
	return err
}

// DefaultMaxLineSize is the [JSONLinesReader.MaxLineSize] used when it is 0.
const DefaultMaxLineSize = 16 << 20

// A JSONLinesReader reads records from JSON Lines, one record a line, in
// memory bounded by MaxLineSize whatever the number of lines.
type JSONLinesReader struct {
	// MaxLineSize is the longest line accepted, in bytes including its line
	// ending; 0 means DefaultMaxLineSize. Set it before the first Read.
	MaxLineSize int

	r    *bufio.Reader
	line int    // number of the last line read
	long []byte // a line longer than the bufio buffer
	err  error  // sticky read error, io.EOF at the end
}

// NewJSONLinesReader returns a reader of JSON Lines from r.
func NewJSONLinesReader(r io.Reader) *JSONLinesReader {
	return &JSONLinesReader{r: bufio.NewReaderSize(r, 64<<10)}
}

// Read returns the record on the next line that is not blank, or io.EOF
// after the last. A line that does not decode (see [DecodeJSON]) gives a
// [*LineError] naming it, and the next Read goes on with the next line; a
// line longer than MaxLineSize gives a *LineError wrapping [ErrLineTooLong]
// and is skipped without being kept in memory. An error from the
// underlying reader ends the reading.
func (r *JSONLinesReader) Read() (*notice.Notice, error) {
	for {
		line, err := r.readLine()
		if err != nil {
			return nil, err
		}
		if r.line == 1 {
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
		}
		if len(bytes.TrimLeft(line, " \t\r\n")) == 0 {
			continue
		}
		n, err := decodeJSON(line)
		if err != nil {
			return nil, &LineError{Line: r.line, Err: err}
		}
		return n, nil
	}
}

// All returns an iterator over the records of [JSONLinesReader.Read]: each
// record with a nil error, or a nil record with a *LineError after which
// the iteration goes on, or with an error from the underlying reader after
// which it ends.
func (r *JSONLinesReader) All() iter.Seq2[*notice.Notice, error] {
	return func(yield func(*notice.Notice, error) bool) {
		for {
			n, err := r.Read()
			if err == io.EOF || !yield(n, err) {
				return
			}
			if _, ok := err.(*LineError); err != nil && !ok {
				return
			}
		}
	}
}

// readLine returns the next line, valid until the next call, or a
// *LineError for a line too long.
func (r *JSONLinesReader) readLine() ([]byte, error) {
	if r.err != nil {
		return nil, r.err
	}
	max := r.MaxLineSize
	if max <= 0 {
		max = DefaultMaxLineSize
	}
	r.line++
	line, err := r.r.ReadSlice('\n')
	if err == nil || err == io.EOF && len(line) > 0 {
		if len(line) > max {
			return nil, r.tooLong(max)
		}
		return line, nil
	}
	r.long = append(r.long[:0], line...)
	for errors.Is(err, bufio.ErrBufferFull) {
		line, err = r.r.ReadSlice('\n')
		if len(r.long)+len(line) > max {
			r.long = r.long[:0]
			if err == nil || err == io.EOF {
				return nil, r.tooLong(max)
			}
			// Skip the rest of the line without keeping it.
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = r.r.ReadSlice('\n')
			}
			if err != nil && err != io.EOF {
				r.err = err
				return nil, err
			}
			return nil, r.tooLong(max)
		}
		r.long = append(r.long, line...)
	}
	if err != nil && (err != io.EOF || len(r.long) == 0) {
		r.err = err
		return nil, err
	}
	return r.long, nil
}

func (r *JSONLinesReader) tooLong(max int) error {
	return &LineError{Line: r.line, Err: fmt.Errorf("%w: more than %d bytes", ErrLineTooLong, max)}
}
