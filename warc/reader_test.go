package warc

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

// threeRecords is a small file: a warcinfo record, a request and a response.
var threeRecords = []string{
	warcRecord("warcinfo", "", []string{"Content-Type: application/warc-fields"}, "software: hand\r\n"),
	warcRecord("request", "http://a.gov.cn/1.html", []string{"Content-Type: application/http; msgtype=request"}, "GET /1.html HTTP/1.1\r\nHost: a.gov.cn\r\n\r\n"),
	response("http://a.gov.cn/1.html", "200 OK", []string{"Content-Type: text/html; charset=GBK", "Content-Length: 11"}, "<p>页面</p>"),
}

// TestCompression: a file reads the same plain, gzipped one member a
// record, gzipped as one member, and in members of several records (one
// record split across two), and each record's member offset is right.
func TestCompression(t *testing.T) {
	plain := strings.Join(threeRecords, "")
	want := readAll(t, NewReader(strings.NewReader(plain)))
	if len(want) != 3 || want[2].Type != "response" || want[1].Offset != int64(len(threeRecords[0])) {
		t.Fatalf("plain: %+v", want)
	}
	for _, g := range want {
		if g.Member != -1 || g.Err != nil {
			t.Errorf("plain: %+v", g)
		}
	}
	a, b, c := threeRecords[0], threeRecords[1], threeRecords[2]
	split := len(c) / 2
	for _, tc := range []struct {
		name    string
		members []string
		// member[i] is the member holding record i.
		member []int
	}{
		{"member a record", []string{a, b, c}, []int{0, 1, 2}},
		{"one member", []string{a + b + c}, []int{0, 0, 0}},
		{"two records, then one", []string{a + b, c}, []int{0, 0, 1}},
		{"a record split", []string{a, b + c[:split], c[split:]}, []int{0, 1, 1}},
		{"empty members", []string{"", a, "", "", b + c, ""}, []int{1, 4, 4}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var offsets []int64 // where each member starts in the file
			var file []byte
			for _, m := range tc.members {
				offsets = append(offsets, int64(len(file)))
				file = append(file, gzipMembers(m)...)
			}
			got := readAll(t, NewReader(bytes.NewReader(file)))
			sameRecords(t, got, want)
			for i, g := range got {
				if g.Member != offsets[tc.member[i]] {
					t.Errorf("record %d: member offset %d, want %d", i, g.Member, offsets[tc.member[i]])
				}
			}
		})
	}
}

// TestVersions: WARC/1.0 and WARC/1.1 (and the older 0.18, same framing);
// a target URI in angle brackets loses them; dates to the second and to a
// fraction of one.
func TestVersions(t *testing.T) {
	file := versionRecord("WARC/1.0", "resource", "<http://a.gov.cn/>", nil, "x") +
		versionRecord("WARC/1.1", "resource", "http://a.gov.cn/2", []string{"WARC-Date: 2024-05-06T07:08:09.123456Z"}, "yy") +
		versionRecord("WARC/0.18", "resource", "http://a.gov.cn/3", nil, "")
	r := NewReader(strings.NewReader(file))
	for i, want := range []struct{ version, uri, block string }{
		{"WARC/1.0", "http://a.gov.cn/", "x"},
		{"WARC/1.1", "http://a.gov.cn/2", "yy"},
		{"WARC/0.18", "http://a.gov.cn/3", ""},
	} {
		rec, err := r.Next()
		if err != nil {
			t.Fatal(err)
		}
		block, _ := io.ReadAll(rec.Body)
		if rec.Version != want.version || rec.TargetURI != want.uri || string(block) != want.block {
			t.Errorf("record %d: %s %q %q", i, rec.Version, rec.TargetURI, block)
		}
		if rec.Date.Format("2006-01-02T15:04:05") != "2024-05-06T07:08:09" {
			t.Errorf("record %d: date %v", i, rec.Date)
		}
		if i == 1 && rec.Date.Nanosecond() != 123456000 {
			// The first WARC-Date wins; the helper writes one first.
			if rec.Header.Values("WARC-Date")[1] != "2024-05-06T07:08:09.123456Z" {
				t.Errorf("dates %v", rec.Header.Values("WARC-Date"))
			}
		}
	}
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("end: %v", err)
	}
	if d := parseDate("2024-05-06T07:08:09.5Z"); d.Nanosecond() != 5e8 {
		t.Errorf("fractional date: %v", d)
	}
}

// TestLineEnds: bare LF line ends, missing record ends, extra blank lines,
// folded header lines and white space around names and values.
func TestLineEnds(t *testing.T) {
	lf := "WARC/1.0\nWARC-Type: resource\nWARC-Target-URI: http://a/\nContent-Length: 3\n\nabc\n\n"
	noEnd := "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 2\r\n\r\nde"
	folded := "\r\n\r\n\r\nWARC/1.0\r\nwarc-type :  resource \r\nWARC-Target-URI: http://a/\r\n  long/path\r\nContent-Length:2\r\n\r\nfg\r\n\r\n"
	r := NewReader(strings.NewReader(lf + noEnd + folded))
	got := readAll(t, r)
	want := []seen{
		{Type: "resource", URI: "http://a/", Offset: 0, Member: -1, Block: "abc"},
		{Type: "resource", Offset: int64(len(lf)), Member: -1, Block: "de"},
		{Type: "resource", URI: "http://a/ long/path", Offset: int64(len(lf+noEnd) + 6), Member: -1, Block: "fg"},
	}
	sameRecords(t, got, want)
}

// TestHeaderFields: the named fields, and Header keeps every field in
// order, repeats included, found whatever the case of the name.
func TestHeaderFields(t *testing.T) {
	file := warcRecord("response", "http://a/", []string{"WARC-Concurrent-To: <urn:1>", "warc-concurrent-to: <urn:2>", "Content-Type: application/http"}, "")
	rec, err := NewReader(strings.NewReader(file)).Next()
	if err != nil {
		t.Fatal(err)
	}
	if rec.ID != "<urn:uuid:responsehttp:--a->" || rec.ContentType != "application/http" || rec.ContentLength != 0 {
		t.Errorf("%+v", rec)
	}
	if vs := rec.Header.Values("WARC-CONCURRENT-TO"); len(vs) != 2 || vs[1] != "<urn:2>" {
		t.Errorf("Values: %q", vs)
	}
	if rec.Header.Get("content-length") != "0" || rec.Header.Get("X-None") != "" || rec.Header[0] != (Field{"WARC-Type", "response"}) {
		t.Errorf("Header: %q", rec.Header)
	}
}

// recordErr returns the *Error of err, failing the test if it is none.
func recordErr(t *testing.T, err error, sentinel error, fatal bool, offset int64) *Error {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v (%T) is not an *Error", err, err)
	}
	if !errors.Is(err, sentinel) || e.Fatal != fatal || e.Offset != offset || IsFatal(err) != fatal {
		t.Errorf("error %q: fatal %v, offset %d; want %v, fatal %v, offset %d", err, e.Fatal, e.Offset, sentinel, fatal, offset)
	}
	return e
}

// TestMissingLength: without a Content-Length the end of the record is
// unknown: a fatal error at the record's offset.
func TestMissingLength(t *testing.T) {
	good := threeRecords[0]
	bad := "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: http://a/\r\n\r\nabc\r\n\r\n"
	for _, file := range []string{good + bad + good, gzipString(good) + gzipString(bad) + gzipString(good)} {
		r := NewReader(strings.NewReader(file))
		if _, err := r.Next(); err != nil {
			t.Fatal(err)
		}
		_, err := r.Next()
		e := recordErr(t, err, ErrLength, true, int64(len(good)))
		if e.TargetURI != "http://a/" || !strings.Contains(err.Error(), "Content-Length: missing") {
			t.Errorf("error %q", err)
		}
		if _, again := r.Next(); again != err {
			t.Errorf("then %v", again)
		}
	}
	for _, length := range []string{"-1", "+3", "3x", "", "99999999999999999999"} {
		file := "WARC/1.1\r\nWARC-Type: resource\r\nContent-Length: " + length + "\r\n\r\nabc"
		_, err := NewReader(strings.NewReader(file)).Next()
		recordErr(t, err, ErrLength, true, 0)
	}
	twice := "WARC/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd"
	_, err := NewReader(strings.NewReader(twice)).Next()
	recordErr(t, err, ErrLength, true, 0)
}

// TestBadHeader: a malformed header line, or a header too large to keep,
// skips the record but not the file: its Content-Length is known.
func TestBadHeader(t *testing.T) {
	good := threeRecords[0]
	noColon := "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: http://a/\r\nno colon here\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n"
	longLine := "WARC/1.1\r\nX-Long: " + strings.Repeat("x", 100<<10) + "\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n"
	manyLines := "WARC/1.1\r\n" + strings.Repeat("X-Many: "+strings.Repeat("y", 1000)+"\r\n", 1100) + "Content-Length: 3\r\n\r\nabc\r\n\r\n"
	fold := "WARC/1.1\r\n folded first\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n"
	for _, tc := range []struct {
		name, bad string
		sentinel  error
		uri       string
	}{
		{"no colon", noColon, ErrHeader, "http://a/"},
		{"long line", longLine, ErrHeaderTooLarge, ""},
		{"many lines", manyLines, ErrHeaderTooLarge, ""},
		{"fold first", fold, ErrHeader, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, file := range []string{good + tc.bad + good, gzipString(good + tc.bad + good)} {
				r := NewReader(strings.NewReader(file))
				if _, err := r.Next(); err != nil {
					t.Fatal(err)
				}
				_, err := r.Next()
				e := recordErr(t, err, tc.sentinel, false, int64(len(good)))
				if e.TargetURI != tc.uri {
					t.Errorf("target URI %q", e.TargetURI)
				}
				rec, err := r.Next()
				if err != nil || rec.Offset != int64(len(good+tc.bad)) {
					t.Fatalf("after the bad record: %v, %v", rec, err)
				}
				if _, err := r.Next(); err != io.EOF {
					t.Errorf("end: %v", err)
				}
			}
		})
	}
}

// TestTooLarge: a record over MaxSize is skipped unread with an error that
// says where and which; the next record is read. A negative MaxSize is no
// limit.
func TestTooLarge(t *testing.T) {
	big := response("http://a.gov.cn/big.html", "200 OK", []string{"Content-Type: text/html"}, strings.Repeat("<p>大</p>", 2000))
	small := response("http://a.gov.cn/small.html", "200 OK", []string{"Content-Type: text/html"}, "<p>小</p>")
	file := small + big + small
	for _, data := range []string{file, gzipString(file), gzipString(small) + gzipString(big) + gzipString(small)} {
		r := NewReader(strings.NewReader(data))
		r.MaxSize = 1000
		got := readAll(t, r)
		if len(got) != 3 || got[0].URI != "http://a.gov.cn/small.html" || got[2].URI != got[0].URI || got[2].Offset != int64(len(small+big)) {
			t.Fatalf("%+v", got)
		}
		e := recordErr(t, got[1].Err, ErrTooLarge, false, int64(len(small)))
		if e.TargetURI != "http://a.gov.cn/big.html" || !strings.Contains(e.Error(), "over the limit of 1000") {
			t.Errorf("error %q", e)
		}
	}
	r := NewReader(strings.NewReader(file))
	r.MaxSize = -1
	if got := readAll(t, r); len(got) != 3 || got[1].Err != nil {
		t.Errorf("no limit: %+v", got)
	}
	// A skipped record cut short is still a truncated file.
	r = NewReader(strings.NewReader(small + big[:len(big)/2]))
	r.MaxSize = 1000
	got := readAll(t, r)
	if len(got) != 3 {
		t.Fatalf("%+v", got)
	}
	recordErr(t, got[1].Err, ErrTooLarge, false, int64(len(small)))
	recordErr(t, got[2].Err, ErrTruncated, true, int64(len(small)))
}

// TestTruncated cuts a file at every byte, plain and gzipped: reading never
// hangs or panics, gives the records before the cut as they are, and ends
// in io.EOF at a record's end or an ErrTruncated error.
func TestTruncated(t *testing.T) {
	plain := strings.Join(threeRecords, "")
	full := readAll(t, NewReader(strings.NewReader(plain)))
	ends := map[int]int{} // the end of each record's data → records before it
	end := 0
	for i, rec := range threeRecords {
		end += len(rec)
		for cut := end - 4; cut <= end; cut++ {
			ends[cut] = i + 1 // the record end (CRLF CRLF) is optional
		}
	}
	for cut := range len(plain) {
		got := readAll(t, NewReader(strings.NewReader(plain[:cut])))
		checkCut(t, "plain", cut, got, full, ends[cut])
	}
	gz := gzipMembers(threeRecords...)
	memberEnds := map[int]int{}
	end = 0
	for i, rec := range threeRecords {
		end += len(gzipMembers(rec))
		memberEnds[end] = i + 1
	}
	// A file of one byte, 0x1f, does not look gzipped yet: it is not WARC.
	for cut := 2; cut < len(gz); cut++ {
		got := readAll(t, NewReader(bytes.NewReader(gz[:cut])))
		checkCut(t, "gzip", cut, got, full, memberEnds[cut])
	}
}

// checkCut checks the read of a file cut at cut; whole is the number of
// records the cut leaves whole, when it falls at the end of one.
func checkCut(t *testing.T, kind string, cut int, got, full []seen, whole int) {
	t.Helper()
	last := len(got) - 1
	if whole > 0 || cut == 0 {
		if len(got) != whole {
			t.Errorf("%s cut at %d: %d records, want %d: %+v", kind, cut, len(got), whole, got)
		}
	} else if last < 0 || !errors.Is(got[last].Err, ErrTruncated) || !IsFatal(got[last].Err) {
		t.Errorf("%s cut at %d: %+v, want a fatal ErrTruncated at the end", kind, cut, got)
		return
	}
	for i, g := range got {
		if g.Err != nil && i == last && g.Type == "" {
			break // the error that ends the read
		}
		if g.Type != full[i].Type || g.Offset != full[i].Offset || !strings.HasPrefix(full[i].Block, g.Block) {
			t.Errorf("%s cut at %d: record %d %+v, want %+v", kind, cut, i, g, full[i])
		}
		if g.Block != full[i].Block && !errors.Is(g.Err, ErrTruncated) {
			t.Errorf("%s cut at %d: record %d: short block and error %v", kind, cut, i, g.Err)
		}
	}
}

// TestNotWARC: input that is not WARC, or framing lost after a record, is
// a fatal error that says where and what was found.
func TestNotWARC(t *testing.T) {
	good := threeRecords[0]
	for _, tc := range []struct {
		name, file string
		sentinel   error
		offset     int64
	}{
		{"html", "<!DOCTYPE html><html>", ErrNotWARC, 0},
		{"garbage after a record", good + "garbage\r\n" + good, ErrNotWARC, int64(len(good))},
		{"Content-Length too short", strings.Replace(good, "Content-Length: 16", "Content-Length: 10", 1) + good, ErrNotWARC, int64(len(good)) - 10},
		{"zstd", "\x28\xb5\x2f\xfd\x00\x00", ErrCompression, 0},
		{"bad gzip", "\x1f\x8b\x09" + strings.Repeat("rest", 10), ErrCompression, 0},
		{"a line over the buffer", strings.Repeat("x", 70<<10) + "\n", ErrNotWARC, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := readAll(t, NewReader(strings.NewReader(tc.file)))
			if len(got) == 0 {
				t.Fatal("no error")
			}
			recordErr(t, got[len(got)-1].Err, tc.sentinel, true, tc.offset)
		})
	}
	// Corrupt data in a later member: the records before it are read.
	gz := gzipMembers(good, good)
	gz[len(gz)-6] ^= 0xff // in the second member's CRC
	got := readAll(t, NewReader(bytes.NewReader(gz)))
	// The checksum is checked at the end of the member, once the block has
	// been read: the error comes with the next record.
	if len(got) != 3 || got[0].Err != nil || got[1].Err != nil || got[1].Block != got[0].Block {
		t.Fatalf("%+v", got)
	}
	if !errors.Is(got[2].Err, ErrCompression) || !strings.Contains(got[2].Err.Error(), "gzip member at ") {
		t.Errorf("corrupt member: %v", got[2].Err)
	}
}

// TestEmpty: an empty file, or one of blank lines, holds no record.
func TestEmpty(t *testing.T) {
	for _, file := range []string{"", "\r\n\r\n", string(gzipMembers("")), string(gzipMembers("", "\r\n"))} {
		if rec, err := NewReader(strings.NewReader(file)).Next(); err != io.EOF {
			t.Errorf("%q: %v, %v", file, rec, err)
		}
	}
}

// TestAll: the iterator yields records and skippable errors, and stops
// after a fatal one.
func TestAll(t *testing.T) {
	big := warcRecord("resource", "http://a/big", nil, strings.Repeat("x", 100))
	file := threeRecords[0] + big + threeRecords[1] + "garbage\r\n"
	r := NewReader(strings.NewReader(file))
	r.MaxSize = 50
	var kinds []string
	for rec, err := range r.All() {
		switch {
		case errors.Is(err, ErrTooLarge):
			kinds = append(kinds, "too-large")
		case errors.Is(err, ErrNotWARC):
			kinds = append(kinds, "not-warc")
		case err != nil:
			t.Fatal(err)
		default:
			kinds = append(kinds, rec.Type)
		}
	}
	if got := strings.Join(kinds, " "); got != "warcinfo too-large request not-warc" {
		t.Errorf("All: %s", got)
	}
	// Breaking out of the loop is allowed, and Next goes on after it.
	r = NewReader(strings.NewReader(strings.Join(threeRecords, "")))
	for range r.All() {
		break
	}
	if rec, err := r.Next(); err != nil || rec.Type != "request" {
		t.Errorf("after break: %v, %v", rec, err)
	}
}

// TestIsFatal covers the errors that are not *Error.
func TestIsFatal(t *testing.T) {
	if IsFatal(nil) || IsFatal(io.EOF) || !IsFatal(errors.New("disk")) || IsFatal(&Error{Err: ErrTooLarge}) {
		t.Error("IsFatal")
	}
}

// failingReader returns data, then an error.
type failingReader struct {
	data []byte
	err  error
}

func (f *failingReader) Read(p []byte) (int, error) {
	if len(f.data) == 0 {
		return 0, f.err
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

// TestReadError: an error of the underlying reader ends reading, wrapped
// with the place, and is the error of the block being read.
func TestReadError(t *testing.T) {
	disk := errors.New("disk on fire")
	file := strings.Join(threeRecords, "")
	r := NewReader(&failingReader{data: []byte(file[:len(file)-5]), err: disk})
	got := readAll(t, r)
	if len(got) != 4 || got[2].Type != "response" || !errors.Is(got[2].Err, disk) || !IsFatal(got[3].Err) || got[3].Err != got[2].Err {
		t.Errorf("%+v", got)
	}
	if _, err := r.Next(); !errors.Is(err, disk) {
		t.Errorf("then %v", err)
	}
}

// TestFoldedAfterDropped: a folded line continues its own field, and goes
// with it when that field is dropped; it never joins the field before.
func TestFoldedAfterDropped(t *testing.T) {
	file := "WARC/1.1\r\nWARC-Type: resource\r\nno colon\r\n continued\r\nContent-Length: 0\r\n\r\n\r\n\r\n" +
		"WARC/1.1\r\nWARC-Type: resource\r\nX-A: 1\r\n 2\r\n\t3\r\nContent-Length: 0\r\n\r\n"
	r := NewReader(strings.NewReader(file))
	_, err := r.Next()
	recordErr(t, err, ErrHeader, false, 0)
	rec, err := r.Next()
	if err != nil || rec.Header.Get("X-A") != "1 2 3" {
		t.Fatalf("%v, %v", rec, err)
	}
	r = NewReader(strings.NewReader("WARC/1.1\r\nno colon\r\n continued\r\nWARC-Type: resource\r\nContent-Length: 0\r\n\r\n"))
	r.Next()
	if rec, err := r.Next(); err != io.EOF {
		t.Errorf("%v, %v", rec, err)
	}
}

// TestLengthErrorWins: when the Content-Length is bad, that is the error,
// whatever else is wrong with the header: it is what loses the framing.
func TestLengthErrorWins(t *testing.T) {
	file := "WARC/1.1\r\nno colon\r\nContent-Length: x\r\n\r\n"
	_, err := NewReader(strings.NewReader(file)).Next()
	recordErr(t, err, ErrLength, true, 0)
}
