package warc

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
)

// FuzzReader feeds arbitrary files to the reader, plain and gzipped. It
// must never panic or loop; every error must be an *Error (or io.EOF at the
// end) placed inside the file; every record must start with a version line
// at its offset; and the same bytes gzipped as one member must read the
// same. Sizes are bounded by MaxSize, so memory is too.
//
// Run it with a bound on minimization, which otherwise takes up to a
// minute an input and so most of a short run:
//
//	go test ./warc -run '^$' -fuzz FuzzReader -fuzztime 10m -fuzzminimizetime 100x
func FuzzReader(f *testing.F) {
	for _, name := range []string{"testdata/wget.warc", "testdata/wget.warc.gz"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(strings.Join(threeRecords, "")))
	f.Add(gzipMembers(threeRecords...))
	f.Add([]byte(response("http://a/", "200 OK", []string{"Transfer-Encoding: chunked", "Content-Type: text/html; charset=gbk"}, chunk("<p>chunked</p>"))))
	f.Add([]byte(response("http://a/", "200 OK", []string{"Content-Encoding: gzip"}, gzipString("<p>zipped</p>"))))
	f.Add([]byte(response("http://a/", "200 OK", nil, "<html>sniffed")))
	f.Add([]byte("WARC/1.0\nWARC-Type: resource\n folded\nContent-Length: 3\n\nabc\n\nWARC/1.0\r\n\r\n"))
	f.Add([]byte("WARC/1.1\r\nContent-Length: 99\r\n\r\nshort"))
	f.Fuzz(func(t *testing.T, data []byte) {
		plain := checkFile(t, data)
		if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
			return // already gzipped: gzipping it again reads as the gzip file, not as it
		}
		gzipped := checkFile(t, gzipMembers(string(data)))
		sameRecords(t, gzipped, plain)
	})
}

// checkFile reads a file as a caller does, every record as a page, HTTP
// response or block, and checks what FuzzReader promises. It returns the
// records and errors as readAll would.
func checkFile(t *testing.T, data []byte) []seen {
	r := NewReader(bytes.NewReader(data))
	r.MaxSize = 1 << 20
	var out []seen
	last := int64(-1)
	// Each record or skipped record consumes at least a version line, so
	// there cannot be more of them than bytes.
	for range len(data) + 2 {
		rec, err := r.Next()
		if err == io.EOF {
			if again, err := r.Next(); again != nil || err != io.EOF {
				t.Fatalf("after io.EOF: %v, %v", again, err)
			}
			return out
		}
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %v (%T) is not an *Error", err, err)
			}
			if e.Offset < 0 || e.Offset > int64(len(data)) && e.MemberOffset < 0 {
				t.Fatalf("error %v outside a file of %d bytes", err, len(data))
			}
			out = append(out, seen{Err: err})
			if e.Fatal {
				if _, again := r.Next(); again != err {
					t.Fatalf("after a fatal error: %v", again)
				}
				return out
			}
			continue
		}
		if rec.Offset <= last {
			t.Fatalf("record at %d after one at %d", rec.Offset, last)
		}
		last = rec.Offset
		if rec.MemberOffset < 0 && !bytes.HasPrefix(data[rec.Offset:], []byte("WARC/")) {
			t.Fatalf("record at %d starts with %q", rec.Offset, data[rec.Offset:min(len(data), int(rec.Offset)+10)])
		}
		if rec.ContentLength > r.MaxSize {
			t.Fatalf("record of %d bytes over MaxSize", rec.ContentLength)
		}
		s := seen{Type: rec.Type, URI: rec.TargetURI, Offset: rec.Offset, Member: rec.MemberOffset}
		// Every other record is read as a page, so that both the block
		// and the HTTP paths are taken; a differential check compares
		// the blocks only.
		if len(out)%2 == 1 {
			if page, reason := rec.Page(); reason == ReasonNone {
				if n, err := io.Copy(io.Discard, page.Body); n > r.MaxSize || err != nil && !isRecordErr(err) {
					t.Fatalf("page: %d bytes, %v", n, err)
				}
			}
			s.Block = "?"
		} else {
			block, err := io.ReadAll(rec.Body)
			s.Block, s.Err = string(block), err
			if err == nil && int64(len(block)) != rec.ContentLength {
				t.Fatalf("block of %d bytes, Content-Length %d", len(block), rec.ContentLength)
			}
		}
		out = append(out, s)
	}
	t.Fatalf("no end after %d records", len(out))
	return nil
}

// isRecordErr reports whether a payload error is an *Error.
func isRecordErr(err error) bool {
	var e *Error
	return errors.As(err, &e)
}
