package warc

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"strings"
	"sync"
	"testing"
)

// Helpers that write WARC records by hand, for the edge cases no crawler
// writes on purpose.

// warcRecord writes a WARC/1.1 record with CRLF line ends: its type, target
// URI (none when empty), extra fields ("Name: value"), and block.
func warcRecord(typ, uri string, fields []string, block string) string {
	return versionRecord("WARC/1.1", typ, uri, fields, block)
}

func versionRecord(version, typ, uri string, fields []string, block string) string {
	var b strings.Builder
	b.WriteString(version + "\r\n")
	b.WriteString("WARC-Type: " + typ + "\r\n")
	if uri != "" {
		b.WriteString("WARC-Target-URI: " + uri + "\r\n")
	}
	fmt.Fprintf(&b, "WARC-Record-ID: <urn:uuid:%s>\r\n", strings.ReplaceAll(typ+uri, "/", "-"))
	b.WriteString("WARC-Date: 2024-05-06T07:08:09Z\r\n")
	for _, f := range fields {
		b.WriteString(f + "\r\n")
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n", len(block))
	b.WriteString(block)
	b.WriteString("\r\n\r\n")
	return b.String()
}

// response writes a response record of an HTTP response.
func response(uri, status string, headers []string, body string) string {
	return warcRecord("response", uri, []string{"Content-Type: application/http; msgtype=response"}, httpMessage(status, headers, body))
}

// httpMessage writes an HTTP response: status line, header, body.
func httpMessage(status string, headers []string, body string) string {
	var b strings.Builder
	b.WriteString("HTTP/1.1 " + status + "\r\n")
	for _, h := range headers {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("\r\n")
	b.WriteString(body)
	return b.String()
}

// gzipWriters reuses compressors: a new one allocates and clears about a
// megabyte, which made FuzzReader ten times slower.
var gzipWriters = sync.Pool{New: func() any { return gzip.NewWriter(nil) }}

// gzipMembers gzips each part as one member, and joins the members.
func gzipMembers(parts ...string) []byte {
	var out bytes.Buffer
	z := gzipWriters.Get().(*gzip.Writer)
	defer gzipWriters.Put(z)
	for _, p := range parts {
		z.Reset(&out)
		z.Write([]byte(p))
		z.Close()
	}
	return out.Bytes()
}

func gzipString(s string) string { return string(gzipMembers(s)) }

// got is what a test keeps of a record or an error.
type seen struct {
	Type, URI string
	Offset    int64
	Member    int64
	Block     string
	Err       error
}

// readAll reads every record with Next, keeping its block, up to io.EOF or
// a fatal error (which ends the list). It fails the test when reading does
// not end.
func readAll(t testing.TB, r *Reader) []seen {
	t.Helper()
	var out []seen
	for range 10000 {
		rec, err := r.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			out = append(out, seen{Err: err})
			if IsFatal(err) {
				if _, again := r.Next(); again != err {
					t.Errorf("after a fatal error Next returns %v, want it again", again)
				}
				return out
			}
			continue
		}
		block, err := io.ReadAll(rec.Body)
		g := seen{Type: rec.Type, URI: rec.TargetURI, Offset: rec.Offset, Member: rec.MemberOffset, Block: string(block)}
		if err != nil {
			g.Err = err
		}
		out = append(out, g)
	}
	t.Fatal("reading does not end")
	return nil
}

// sameRecords compares two reads but for gzip member offsets.
func sameRecords(t *testing.T, a, b []seen) {
	t.Helper()
	if len(a) != len(b) {
		t.Fatalf("%d records, want %d:\n%v\n%v", len(a), len(b), a, b)
	}
	for i := range a {
		x, y := a[i], b[i]
		if x.Type != y.Type || x.URI != y.URI || x.Offset != y.Offset || x.Block != y.Block || errString(x.Err) != errString(y.Err) {
			t.Errorf("record %d:\n got %+v\nwant %+v", i, x, y)
		}
	}
}

// errString is an error's message without the member offset, which only a
// gzipped file has.
func errString(err error) string {
	if err == nil {
		return ""
	}
	if e, ok := err.(*Error); ok {
		c := *e
		c.MemberOffset = -1
		return c.Error()
	}
	return err.Error()
}
