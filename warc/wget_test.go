package warc

import (
	"bytes"
	"crypto/sha1"
	"encoding/base32"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
)

// The crawl in testdata/wget.warc(.gz), in order (see testdata/README.md).
// file is the served file a page's payload must equal; reason is what
// Record.Page says.
var wgetCrawl = []struct {
	typ, uri string
	status   int
	reason   Reason
	file     string
	charset  string
}{
	{"warcinfo", "", 0, ReasonNotResponse, "", ""},
	{"request", "/pages/qixia-2025-78463.txt", 0, ReasonNotResponse, "", ""},
	{"response", "/pages/qixia-2025-78463.txt", 200, ReasonNone, "../testdata/pages/qixia-2025-78463.txt", ""},
	{"request", "/pages/anhui-taihu-2019-00336.txt", 0, ReasonNotResponse, "", ""},
	{"response", "/pages/anhui-taihu-2019-00336.txt", 200, ReasonNone, "../testdata/pages/anhui-taihu-2019-00336.txt", ""},
	{"request", "/html/sites/fujian-pingtan-2021-lancaijin-15.gbk.html", 0, ReasonNotResponse, "", ""},
	{"response", "/html/sites/fujian-pingtan-2021-lancaijin-15.gbk.html", 200, ReasonNone, "../testdata/html/sites/fujian-pingtan-2021-lancaijin-15.gbk.html", ""},
	{"request", "/html/sites/anhui-jyt-2023-40678766.gb2312.html", 0, ReasonNotResponse, "", ""},
	{"response", "/html/sites/anhui-jyt-2023-40678766.gb2312.html", 200, ReasonNone, "../testdata/html/sites/anhui-jyt-2023-40678766.gb2312.html", ""},
	{"request", "/html/sites/miit-2009-14730801.html", 0, ReasonNotResponse, "", ""},
	{"response", "/html/sites/miit-2009-14730801.html", 200, ReasonNone, "../testdata/html/sites/miit-2009-14730801.html", ""},
	{"request", "/pages/README.md", 0, ReasonNotResponse, "", ""},
	{"response", "/pages/README.md", 200, ReasonContentType, "", ""},
	{"request", "/pages/no-such-page.html", 0, ReasonNotResponse, "", ""},
	{"response", "/pages/no-such-page.html", 404, ReasonStatus, "", ""},
	{"request", "/pages", 0, ReasonNotResponse, "", ""},
	{"response", "/pages", 301, ReasonStatus, "", ""},
	{"request", "/pages/", 0, ReasonNotResponse, "", ""},
	{"response", "/pages/", 200, ReasonNone, "", "utf-8"},
	{"metadata", "metadata://gnu.org/software/wget/warc/MANIFEST.txt", 0, ReasonNotResponse, "", ""},
	{"resource", "metadata://gnu.org/software/wget/warc/wget_arguments.txt", 0, ReasonNotResponse, "", ""},
	{"resource", "metadata://gnu.org/software/wget/warc/wget.log", 0, ReasonNotResponse, "", ""},
}

// TestWget reads the files wget wrote, gzipped (one member a record) and
// plain: every record in order, every page byte for byte as served, every
// block and payload against the digests wget computed, and every offset by
// reading the record again from there.
func TestWget(t *testing.T) {
	for _, name := range []string{"testdata/wget.warc.gz", "testdata/wget.warc"} {
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			gzipped := strings.HasSuffix(name, ".gz")
			r := NewReader(bytes.NewReader(data))
			for i, want := range wgetCrawl {
				rec, err := r.Next()
				if err != nil {
					t.Fatalf("record %d: %v", i, err)
				}
				uri := want.uri
				if strings.HasPrefix(uri, "/") {
					uri = "http://127.0.0.1:8765" + uri
				}
				if rec.Type != want.typ || rec.TargetURI != uri {
					t.Errorf("record %d: %s %q, want %s %q", i, rec.Type, rec.TargetURI, want.typ, uri)
				}
				if rec.Version != "WARC/1.0" || !strings.HasPrefix(rec.ID, "<urn:uuid:") || rec.Date.Year() != 2026 {
					t.Errorf("record %d: version %q, ID %q, date %v", i, rec.Version, rec.ID, rec.Date)
				}
				checkOffset(t, data, rec, gzipped)

				if i%2 == 1 && want.typ == "request" {
					// Read the block, to check it against wget's digest.
					block, err := io.ReadAll(rec.Body)
					if err != nil {
						t.Fatalf("record %d: %v", i, err)
					}
					checkDigest(t, rec.Header.Get("WARC-Block-Digest"), block)
					if int64(len(block)) != rec.ContentLength {
						t.Errorf("record %d: block of %d bytes, Content-Length %d", i, len(block), rec.ContentLength)
					}
					continue
				}
				page, reason := rec.Page()
				if reason != want.reason {
					t.Errorf("record %d %s: reason %v, want %v", i, uri, reason, want.reason)
				}
				if want.status != 0 {
					resp, err := rec.HTTP()
					if err != nil || resp.StatusCode != want.status {
						t.Fatalf("record %d: HTTP %+v, %v; want status %d", i, resp, err, want.status)
					}
					// Python's server writes "Content-type"; keys are canonical.
					if _, ok := resp.Header["Content-Type"]; !ok && want.status == 200 {
						t.Errorf("record %d: no Content-Type in %v", i, resp.Header)
					}
					payload, err := io.ReadAll(resp.Payload)
					if err != nil {
						t.Fatalf("record %d: payload: %v", i, err)
					}
					checkDigest(t, rec.Header.Get("WARC-Payload-Digest"), payload)
					if want.file != "" {
						served, err := os.ReadFile(want.file)
						if err != nil {
							t.Fatal(err)
						}
						if !bytes.Equal(payload, served) {
							t.Errorf("record %d: payload of %d bytes differs from %s (%d bytes)", i, len(payload), want.file, len(served))
						}
					}
				}
				if reason == ReasonNone {
					if page.URI != uri || page.Charset != want.charset || page.Date != rec.Date {
						t.Errorf("record %d: page %+v", i, page)
					}
					if want.uri == "/pages/" && page.MediaType != "text/html" {
						t.Errorf("record %d: media type %q", i, page.MediaType)
					}
				}
			}
			if rec, err := r.Next(); err != io.EOF {
				t.Fatalf("after the last record: %v, %v; want io.EOF", rec, err)
			}
		})
	}
}

// checkOffset reads the record again from its offset, in the file for a
// gzipped one (an index points there) and in the stream for a plain one.
func checkOffset(t *testing.T, data []byte, rec *Record, gzipped bool) {
	t.Helper()
	off := rec.Offset
	if gzipped {
		off = rec.MemberOffset
	} else if rec.MemberOffset != -1 {
		t.Errorf("plain file: member offset %d", rec.MemberOffset)
	}
	if off < 0 || off >= int64(len(data)) {
		t.Fatalf("record %s: offset %d outside the file", rec.ID, off)
	}
	again, err := NewReader(bytes.NewReader(data[off:])).Next()
	if err != nil || again.ID != rec.ID {
		t.Errorf("record %s at offset %d: read again %v, %v", rec.ID, off, again, err)
	}
}

// checkDigest checks a WARC digest, "sha1:" and base32.
func checkDigest(t *testing.T, digest string, data []byte) {
	t.Helper()
	sum := sha1.Sum(data)
	if got := "sha1:" + base32.StdEncoding.EncodeToString(sum[:]); got != digest {
		t.Errorf("digest %s, want %s", got, digest)
	}
}

// TestWgetStale: a record's readers fail once Next has moved on, instead of
// reading the next record's bytes.
func TestWgetStale(t *testing.T) {
	f, err := os.Open("testdata/wget.warc.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := NewReader(f)
	for range 3 {
		if _, err := r.Next(); err != nil {
			t.Fatal(err)
		}
	}
	rec, _ := r.Next() // the second request
	resp, err := rec.HTTP()
	if !errors.Is(err, ErrNotHTTP) || resp != nil {
		t.Errorf("HTTP of a request: %v, %v", resp, err)
	}
	rec, _ = r.Next() // its response
	resp, err = rec.HTTP()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Next(); err != nil {
		t.Fatal(err)
	}
	if n, err := resp.Payload.Read(make([]byte, 10)); n != 0 || err == nil {
		t.Errorf("payload after Next: %d, %v", n, err)
	}
	if n, err := rec.Body.Read(make([]byte, 10)); n != 0 || err == nil {
		t.Errorf("body after Next: %d, %v", n, err)
	}
}
