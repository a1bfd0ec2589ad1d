package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"
	"unicode/utf8"

	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
)

// Files of records: what convert writes, read back by validate. They are
// told from pages by their first bytes, whatever their names.

// Record formats, as recordFormat names them.
const (
	formatJSONLines = "JSON Lines"
	formatJSON      = "JSON"
	formatXML       = "XML"
)

// sniffSize is how much of an input recordFormat looks at.
const sniffSize = 512

// recordFormat tells whether head, the start of an input, is a file of
// records and in which form: JSON Lines (a compact object on its first
// line), JSON (an indented object, or several one after another, as
// "convert --format json" writes them), XML (a <notice> or <notices>
// document), or "" for a page. A page never starts with {" or with a
// <notice> element, so nothing else is needed to tell them apart.
func recordFormat(head []byte) string {
	s := bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	s = bytes.TrimLeft(s, " \t\r\n")
	switch {
	case bytes.HasPrefix(s, []byte("{")):
		rest := bytes.TrimLeft(s[1:], " \t")
		switch {
		case bytes.HasPrefix(rest, []byte(`"`)):
			return formatJSONLines
		case bytes.HasPrefix(rest, []byte("\n")) || bytes.HasPrefix(rest, []byte("\r\n")):
			if bytes.HasPrefix(bytes.TrimLeft(rest, " \t\r\n"), []byte(`"`)) {
				return formatJSON
			}
		}
	case bytes.HasPrefix(s, []byte("<")):
		if xmlRoot(s) == "notice" || xmlRoot(s) == "notices" {
			return formatXML
		}
	}
	return ""
}

// xmlRoot returns the name of the first element of an XML document's start
// s, after its declaration, comments and white space, or "".
func xmlRoot(s []byte) string {
	for {
		s = bytes.TrimLeft(s, " \t\r\n")
		var end []byte
		switch {
		case bytes.HasPrefix(s, []byte("<?")):
			end = []byte("?>")
		case bytes.HasPrefix(s, []byte("<!--")):
			end = []byte("-->")
		case bytes.HasPrefix(s, []byte("<")):
			name := s[1:]
			i := bytes.IndexAny(name, " \t\r\n/>")
			if i < 0 {
				return ""
			}
			return string(name[:i])
		default:
			return ""
		}
		i := bytes.Index(s, end)
		if i < 0 {
			return ""
		}
		s = s[i+len(end):]
	}
}

// errRecords is the error of convert given a file of records.
type errRecords struct{ format string }

func (e *errRecords) Error() string {
	return fmt.Sprintf("holds records (%s), not a page: convert reads pages; validate checks records", e.format)
}

// A storedRecord is one record of a file of records, or the report of one
// that does not decode.
type storedRecord struct {
	n *notice.Notice
	// number is the record's place in the file, 1-based, for a record
	// whose input.path is empty.
	number int
	// line is the line the record starts on, 0 when the reader does not
	// say.
	line int
	// failure says why the record does not decode, or why reading stopped.
	failure *report
}

// readRecords yields the records of a file of records in format, read from
// r, and a failure for each that does not decode; path names the file in
// failures. Memory is bounded by maxSize a record whatever the size of the
// file.
func readRecords(path, format string, r io.Reader, maxSize int64) iter.Seq[storedRecord] {
	return func(yield func(storedRecord) bool) {
		number := 0
		switch format {
		case formatJSONLines:
			rd := encode.NewJSONLinesReader(r)
			rd.MaxLineSize = int(min(maxSize, 1<<40))
			for {
				n, err := rd.Read()
				if err == io.EOF {
					return
				}
				number++
				if !yield(storedRecord{n: n, number: number, failure: decodeFailure(path, err, "line")}) {
					return
				}
				var lerr *encode.LineError
				if err != nil && !errors.As(err, &lerr) {
					return // the file cannot be read on
				}
			}
		case formatJSON:
			for doc, err := range jsonDocuments(r, maxSize) {
				number++
				if err != nil {
					yield(storedRecord{number: number, failure: &report{path: path, Problem: parseProblem(err.Error())}})
					return
				}
				n, err := encode.DecodeJSON(bytes.NewReader(doc.data))
				rec := storedRecord{n: n, number: number, line: doc.line}
				if err != nil {
					rec.failure = decodeFailure(path, err, "")
					var derr *notice.DecodeError
					if errors.As(err, &derr) {
						rec.failure.Line, rec.failure.Column = doc.position(int(derr.Offset))
					}
				}
				if !yield(rec) {
					return
				}
			}
		case formatXML:
			for n, err := range encode.NewXMLReader(r).All() {
				number++
				if !yield(storedRecord{n: n, number: number, failure: decodeFailure(path, err, "document")}) {
					return
				}
			}
		}
	}
}

// parseProblem is the problem of a file of records that gave no record.
func parseProblem(msg string) notice.Problem {
	return notice.Problem{Rule: ruleParse, Severity: notice.SeverityError, Message: msg}
}

// decodeFailure returns the report of a record that does not decode, with
// its line and field when the decoder says, and its byte offset in unit
// ("line", "document"; "" when the caller gives the place itself); nil for
// a nil error.
func decodeFailure(path string, err error, unit string) *report {
	if err == nil {
		return nil
	}
	r := &report{path: path, Problem: parseProblem(unwrapPath(err).Error())}
	var lerr *encode.LineError
	if errors.As(err, &lerr) {
		r.Line = lerr.Line
		err = lerr.Err
	}
	var derr *notice.DecodeError
	if errors.As(err, &derr) {
		r.Field = derr.Field
		r.Message = derr.Err.Error()
		if unit != "" {
			r.Message += fmt.Sprintf(" (byte %d of the %s)", derr.Offset, unit)
		}
	} else if lerr != nil {
		r.Message = err.Error()
	}
	return r
}

// A jsonDocument is one JSON value of a stream of them, with the line it
// starts on.
type jsonDocument struct {
	data []byte
	line int
}

// position returns the 1-based line and character column of the byte at
// off in the document.
func (d jsonDocument) position(off int) (line, col int) {
	off = min(max(off, 0), len(d.data))
	before := d.data[:off]
	line = d.line + bytes.Count(before, []byte("\n"))
	start := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[start:]) + 1
}

// jsonDocuments yields the JSON values of r one after another, as
// json.Decoder reads them, each as its bytes with the line it starts on.
// It finds where each ends and no more: the decoder checks the rest. A
// value over maxSize bytes, or a read error, ends it with an error.
func jsonDocuments(r io.Reader, maxSize int64) iter.Seq2[jsonDocument, error] {
	return func(yield func(jsonDocument, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		line := 1
		var buf []byte
		for {
			c, err := br.ReadByte()
			for err == nil && (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
				if c == '\n' {
					line++
				}
				c, err = br.ReadByte()
			}
			if err == io.EOF {
				return
			}
			if err != nil {
				yield(jsonDocument{}, err)
				return
			}
			doc := jsonDocument{line: line}
			buf = append(buf[:0], c)
			depth, inString, escaped := 0, false, false
			switch c {
			case '{', '[':
				depth = 1
			case '"':
				inString = true
			}
			for depth > 0 || inString {
				if int64(len(buf)) > maxSize {
					yield(jsonDocument{}, fmt.Errorf("a record over the limit of %d bytes (--max-size) starts on line %d", maxSize, doc.line))
					return
				}
				c, err = br.ReadByte()
				if err != nil {
					break // the decoder says what is missing
				}
				buf = append(buf, c)
				switch {
				case c == '\n':
					line++
				case escaped:
					escaped = false
				case inString && c == '\\':
					escaped = true
				case c == '"':
					inString = !inString
				case inString:
				case c == '{' || c == '[':
					depth++
				case c == '}' || c == ']':
					depth--
				}
			}
			if depth == 0 && !inString && c != '{' && c != '[' && c != '}' && c != ']' && c != '"' {
				// A bare word: read it to its end, for the decoder to refuse.
				for {
					c, err = br.ReadByte()
					if err != nil || c == ' ' || c == '\t' || c == '\r' || c == '\n' {
						if err == nil {
							br.UnreadByte()
						}
						break
					}
					buf = append(buf, c)
				}
			}
			doc.data = buf
			if !yield(doc, nil) {
				return
			}
			if err != nil && err != io.EOF {
				yield(jsonDocument{}, err)
				return
			}
		}
	}
}
