package main

import (
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/noticetest"
	"github.com/govnotice/govnotice/parse"
)

// The crawl wget wrote in warc/testdata: its pages, served from the
// repository's testdata folder, in order.
const wgetHost = "http://127.0.0.1:8765"

var wgetPages = []struct{ path, file, contentType string }{
	{"/pages/qixia-2025-78463.txt", "pages/qixia-2025-78463.txt", "text/plain"},
	{"/pages/anhui-taihu-2019-00336.txt", "pages/anhui-taihu-2019-00336.txt", "text/plain"},
	{"/html/sites/fujian-pingtan-2021-lancaijin-15.gbk.html", "html/sites/fujian-pingtan-2021-lancaijin-15.gbk.html", "text/html"},
	{"/html/sites/anhui-jyt-2023-40678766.gb2312.html", "html/sites/anhui-jyt-2023-40678766.gb2312.html", "text/html"},
	{"/html/sites/miit-2009-14730801.html", "html/sites/miit-2009-14730801.html", "text/html"},
	{"/pages/", "", ""}, // the directory listing
}

const wgetSummary = ": 6 pages, 16 records skipped (13 not-response, 2 status, 1 content-type)\n"

// wgetRecords returns the records of the crawl's pages as the library
// makes them from the served files, but for the directory listing, which
// depends on the folder at the time of the crawl.
func wgetRecords(t *testing.T) []*notice.Notice {
	t.Helper()
	var ns []*notice.Notice
	for _, p := range wgetPages[:5] {
		var parser parse.Parser
		n, err := parser.ParseFetched(readPage(t, p.file), wgetHost+p.path, p.contentType)
		if err != nil {
			t.Fatal(err)
		}
		ns = append(ns, n)
	}
	return ns
}

// TestConvertWARC converts the pages of the crawl wget wrote, gzipped and
// plain, named on the command line, under a folder and on standard input:
// each page's record is the library's for the served file with its URI as
// path and base URL, in the crawl's order, and the summary counts what was
// skipped.
func TestConvertWARC(t *testing.T) {
	want := wgetRecords(t)
	tests := []struct {
		name  string
		args  []string
		stdin string
		from  string // the name in the summary
	}{
		{"gzipped", []string{"../../warc/testdata/wget.warc.gz"}, "", "../../warc/testdata/wget.warc.gz"},
		{"plain", []string{"../../warc/testdata/wget.warc"}, "", "../../warc/testdata/wget.warc"},
		{"standard input, gzipped", []string{"-"}, string(mustRead(t, "../../warc/testdata/wget.warc.gz")), "-"},
		{"standard input, plain", nil, string(mustRead(t, "../../warc/testdata/wget.warc")), "-"},
		{"under a folder", []string{"--include", "*.warc.gz", "../../warc/testdata"}, "", "../../warc/testdata/wget.warc.gz"},
		{"one worker", []string{"-j", "1", "../../warc/testdata/wget.warc.gz"}, "", "../../warc/testdata/wget.warc.gz"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.stdin, append([]string{"convert"}, tt.args...)...)
			if code != 0 || errOut != tt.from+wgetSummary {
				t.Errorf("exit %d, stderr %q, want %q", code, errOut, tt.from+wgetSummary)
			}
			// A WARC file is a batch: JSON Lines by default.
			got := decodeJSONLines(t, out)
			var paths []string
			for _, p := range wgetPages {
				paths = append(paths, wgetHost+p.path)
			}
			if diff := cmp.Diff(paths, inputPaths(got)); diff != "" {
				t.Fatalf("records (-want +got):\n%s", diff)
			}
			for i := range want {
				noticetest.Equal(t, want[i], got[i])
			}
			if listing := got[5]; listing.Input.Charset != "utf-8" || listing.Title != "Directory listing for /pages/" {
				t.Errorf("directory listing: charset %q, title %q", listing.Input.Charset, listing.Title)
			}
		})
	}
	// Relative links resolve against the page's URI.
	for _, n := range want {
		for _, a := range n.Attachments {
			if a.URL != "" && !strings.HasPrefix(a.URL, "http") {
				t.Errorf("%s: attachment %q not resolved", n.Input.Path, a.URL)
			}
		}
	}
}

// TestValidateWARC validates the crawl's pages.
func TestValidateWARC(t *testing.T) {
	const crawl = "../../warc/testdata/wget.warc.gz"
	code, out, errOut := runCLI(t, "", "validate", crawl)
	if errOut != crawl+wgetSummary {
		t.Errorf("stderr %q", errOut)
	}
	_, want, _ := runCLI(t, "", "convert", crawl)
	if code != 1 || !strings.HasSuffix(out, "6 pages, 8 errors, 4 warnings\n") || !strings.Contains(out, wgetHost+"/pages/: index_number: required: missing\n") {
		t.Errorf("exit %d, stdout %q (records %d bytes)", code, out, len(want))
	}
}

// TestConvertWARCLimits converts a crawl whose pages are over the size
// limit: each is an error naming its record, and the others are
// converted.
func TestConvertWARCLimits(t *testing.T) {
	const crawl = "../../warc/testdata/wget.warc.gz"
	code, out, errOut := runCLI(t, "", "convert", "--max-size", "8K", crawl)
	wantErr := crawl + ": warc: offset 13068 (gzip member at 6954) http://127.0.0.1:8765/html/sites/fujian-pingtan-2021-lancaijin-15.gbk.html: record too large: 19184 bytes, over the limit of 8192\n" +
		crawl + ": warc: offset 33456 (gzip member at 12823) http://127.0.0.1:8765/html/sites/anhui-jyt-2023-40678766.gb2312.html: record too large: 14768 bytes, over the limit of 8192\n" +
		crawl + ": warc: offset 49398 (gzip member at 19032) http://127.0.0.1:8765/html/sites/miit-2009-14730801.html: record too large: 8575 bytes, over the limit of 8192\n" +
		crawl + ": 3 pages, 16 records skipped (13 not-response, 2 status, 1 content-type), 3 records failed\n"
	if diff := cmp.Diff(wantErr, errOut); code != 1 || diff != "" {
		t.Errorf("exit %d, stderr (-want +got):\n%s", code, diff)
	}
	want := []string{wgetHost + "/pages/qixia-2025-78463.txt", wgetHost + "/pages/anhui-taihu-2019-00336.txt", wgetHost + "/pages/"}
	if diff := cmp.Diff(want, inputPaths(decodeJSONLines(t, out))); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}

	// A crawl cut short: the pages before the cut, and an error.
	data := mustRead(t, "../../warc/testdata/wget.warc")
	dir := t.TempDir()
	cut := filepath.Join(dir, "cut.warc")
	if err := os.WriteFile(cut, data[:30000], 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut = runCLI(t, "", "convert", cut)
	if code != 1 || !strings.Contains(errOut, "truncated") || !strings.HasSuffix(errOut, "cut.warc: 2 pages, 4 records skipped (4 not-response), 1 record failed\n") {
		t.Errorf("cut: exit %d, stderr %q", code, errOut)
	}
	if n := len(decodeJSONLines(t, out)); n != 2 {
		t.Errorf("cut: %d records, want 2", n)
	}

	// A crawl under another name is not taken for a page.
	misnamed := filepath.Join(dir, "crawl.txt")
	os.WriteFile(misnamed, mustRead(t, crawl), 0o644)
	code, _, errOut = runCLI(t, "", "convert", misnamed)
	if code != 1 || errOut != misnamed+": holds a WARC crawl: name it .warc or .warc.gz, and its pages are read\n" {
		t.Errorf("misnamed: exit %d, stderr %q", code, errOut)
	}
}

// TestConvertWARCHints writes a crawl whose server declares charsets, right
// and wrong, and cuts a page: the declaration is a hint, and the record
// says what it did with it.
func TestConvertWARCHints(t *testing.T) {
	qixia := readPage(t, "pages/qixia-2025-78463.txt")
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(qixia)
	if err != nil {
		t.Fatal(err)
	}
	short, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte("公告\n"))
	if err != nil {
		t.Fatal(err)
	}
	record := func(uri, contentType string, body []byte, fields ...string) string {
		http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", contentType, len(body), body)
		var b strings.Builder
		fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\nContent-Type: application/http; msgtype=response\r\n", uri)
		for _, f := range fields {
			b.WriteString(f + "\r\n")
		}
		fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s\r\n\r\n", len(http), http)
		return b.String()
	}
	crawl := record("http://a.gov.cn/right.txt", "text/plain; charset=GBK", gbk) +
		record("file:///srv/pages/local.txt", "text/plain", qixia) +
		record("http://a.gov.cn/wrong.txt", "text/plain; charset=gbk", qixia) +
		record("http://a.gov.cn/unsure.txt", "text/plain; charset=big5", short) +
		record("http://a.gov.cn/cut.txt", "text/plain", qixia, "WARC-Truncated: length")
	dir := t.TempDir()
	name := filepath.Join(dir, "hints.warc.gz")
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	zw.Write([]byte(crawl))
	zw.Close()
	f.Close()

	code, out, errOut := runCLI(t, "", "convert", name)
	if code != 0 || errOut != name+": 5 pages, 0 records skipped\n" {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	type page struct {
		Path, Charset string
		Warnings      []string
	}
	var got []page
	for _, n := range decodeJSONLines(t, out) {
		p := page{Path: n.Input.Path, Charset: n.Input.Charset}
		for _, pr := range n.Input.Problems {
			if pr.Field == "input" {
				p.Warnings = append(p.Warnings, pr.Message)
			}
		}
		got = append(got, p)
	}
	want := []page{
		{"http://a.gov.cn/right.txt", "gb18030", nil},
		{"file:///srv/pages/local.txt", "utf-8", nil},
		{"http://a.gov.cn/wrong.txt", "utf-8", []string{"the server declares charset gbk but the bytes are utf-8; read as utf-8"}},
		{"http://a.gov.cn/unsure.txt", "big5", nil},
		{"http://a.gov.cn/cut.txt", "utf-8", []string{"the crawler stored part of the page only (WARC-Truncated: length)"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}

	// One file per page under --out, by host and path.
	t.Chdir(dir)
	code, _, errOut = runCLI(t, "", "convert", "--out", "out", "hints.warc.gz")
	if want := "file:///srv/pages/local.txt: --out: the URI names no host to name its file after\nhints.warc.gz: 5 pages, 0 records skipped\n"; code != 1 || errOut != want {
		t.Errorf("--out: exit %d, stderr %q, want %q", code, errOut, want)
	}
	wantFiles := []string{"out/a.gov.cn/cut.json", "out/a.gov.cn/right.json", "out/a.gov.cn/unsure.json", "out/a.gov.cn/wrong.json"}
	if diff := cmp.Diff(wantFiles, listFiles(t, "out")); diff != "" {
		t.Errorf("--out files (-want +got):\n%s", diff)
	}
}

func TestURIPath(t *testing.T) {
	for _, tt := range []struct{ uri, want string }{
		{"http://127.0.0.1:8765/pages/a.txt", "127.0.0.1_8765/pages/a.txt"},
		{"http://a.gov.cn/pages/", "a.gov.cn/pages/index"},
		{"http://a.gov.cn", "a.gov.cn/index"},
		{"http://a.gov.cn/x/../../../etc/passwd", "a.gov.cn/etc/passwd"},
		{"http://a.gov.cn/a.htm?id=3", "a.gov.cn/a.htm"},
		{"urn:x", ""},
		{"://", ""},
	} {
		if got := filepath.ToSlash(uriPath(tt.uri)); got != tt.want {
			t.Errorf("uriPath(%q) = %q, want %q", tt.uri, got, tt.want)
		}
	}
}
