package parse

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/variant/charset"
)

const qixiaPage = "../testdata/pages/qixia-2025-78463.txt"

// TestParseFile checks that ParseFile gives the record Parse gives, with
// the path, and refuses what it cannot read with an *Error.
func TestParseFile(t *testing.T) {
	data, err := os.ReadFile(qixiaPage)
	if err != nil {
		t.Fatal(err)
	}
	want, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	want.Input.Path = qixiaPage
	got, err := ParseFile(qixiaPage)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ParseFile (-Parse +ParseFile):\n%s", diff)
	}

	dir := t.TempDir()
	large := filepath.Join(dir, "large.txt")
	if err := os.WriteFile(large, bytes.Repeat([]byte("索引号：1\n"), 100), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		p    Parser
		want error
	}{
		{filepath.Join(dir, "missing.txt"), Parser{}, fs.ErrNotExist},
		{large, Parser{MaxSize: 100}, ErrTooLarge},
		{dir, Parser{}, nil}, // a folder: the read fails
	} {
		_, err := tt.p.ParseFile(tt.name)
		var perr *Error
		if !errors.As(err, &perr) {
			t.Errorf("%s: error %v is not a *parse.Error", tt.name, err)
			continue
		}
		if tt.want != nil && !errors.Is(err, tt.want) {
			t.Errorf("%s: error %v, want %v", tt.name, err, tt.want)
		}
	}
}

// TestParseFileNameNotUTF8 reads a file whose name is GBK: the page is
// read, its path is escaped and says so, and the record encodes.
func TestParseFileNameNotUTF8(t *testing.T) {
	data, err := os.ReadFile(qixiaPage)
	if err != nil {
		t.Fatal(err)
	}
	gbkName, err := simplifiedchinese.GBK.NewEncoder().String("公告.txt")
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(t.TempDir(), gbkName)
	if err := os.WriteFile(name, data, 0o644); err != nil {
		t.Skipf("the file system refuses a name that is not UTF-8: %v", err)
	}
	n, err := ParseFile(name)
	if err != nil {
		t.Fatal(err)
	}
	wantPath := filepath.Join(filepath.Dir(name), `\xb9\xab\xb8\xe6.txt`)
	if n.Input.Path != wantPath {
		t.Errorf("Input.Path %q, want %q", n.Input.Path, wantPath)
	}
	last := n.Input.Problems[len(n.Input.Problems)-1]
	want := notice.Problem{Field: "input", Rule: notice.RuleEncoding, Severity: notice.SeverityWarning,
		Message: `file name is not valid UTF-8: input.path writes each byte that is not as \x and two hex digits`}
	if diff := cmp.Diff(want, last); diff != "" {
		t.Errorf("last problem (-want +got):\n%s", diff)
	}
	if n.IndexNumber == nil || n.IndexNumber.Text != "013033899/2025-78463" {
		t.Errorf("the page was not read: index number %v", n.IndexNumber)
	}
	if _, err := encode.AppendJSON(nil, n); err != nil {
		t.Errorf("the record does not encode: %v", err)
	}
}

func TestEscapeInvalidUTF8(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"pages/栖霞.txt", "pages/栖霞.txt"},
		{"a\xffb", `a\xffb`},
		{"\xd5\xe2.txt", `\xd5\xe2.txt`},
		{"栖\xe9\x9c", `栖\xe9\x9c`}, // a character cut short
		{`a\xffb`, `a\xffb`},       // already looks escaped: valid, kept
		{"\x00\x7f", "\x00\x7f"},   // controls are valid UTF-8
	} {
		if got := escapeInvalidUTF8(tt.in); got != tt.want {
			t.Errorf("escapeInvalidUTF8(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// response returns an HTTP response as a client gets it from link.
func response(t *testing.T, status int, link string, header map[string]string, body []byte) *http.Response {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil {
		t.Fatal(err)
	}
	resp := &http.Response{
		StatusCode:    status,
		Header:        make(http.Header),
		Body:          io.NopCloser(bytes.NewReader(body)),
		ContentLength: -1,
		Request:       &http.Request{Method: "GET", URL: u},
	}
	for k, v := range header {
		resp.Header.Set(k, v)
	}
	return resp
}

// TestParseResponse parses responses as a client receives them: the path
// and base URL from the request, the charset as a hint, the size limit,
// codings and statuses.
func TestParseResponse(t *testing.T) {
	const pingtan = "../testdata/html/sites/fujian-pingtan-2024-88866.html"
	html, err := os.ReadFile(pingtan)
	if err != nil {
		t.Fatal(err)
	}
	qixia, err := os.ReadFile(qixiaPage)
	if err != nil {
		t.Fatal(err)
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(qixia)
	if err != nil {
		t.Fatal(err)
	}
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write(qixia)
	zw.Close()
	// Two characters that detection cannot be sure of: GBK, and valid
	// Big5 as well.
	short, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte("公告\n"))
	if err != nil {
		t.Fatal(err)
	}

	const link = "http://www.pingtan.gov.cn/zwgk/2024/04/t1.htm"
	type result struct {
		Path, Charset, Attachment string
		Warnings                  []string
	}
	tests := []struct {
		name    string
		resp    *http.Response
		p       Parser
		want    result
		wantErr error
	}{
		{"relative links resolved against the request URL",
			response(t, 200, link, map[string]string{"Content-Type": "text/html"}, html), Parser{},
			result{Path: link, Charset: "utf-8", Attachment: "http://www.pingtan.gov.cn/zwgk/2024/04/P020240409327393325055.XLS"}, nil},
		{"a charset hint detection agrees with",
			response(t, 200, "http://x.gov.cn/a.txt", map[string]string{"Content-Type": "text/plain; charset=GBK"}, gbk), Parser{},
			result{Path: "http://x.gov.cn/a.txt", Charset: "gb18030"}, nil},
		{"a wrong charset hint loses to detection, with a warning",
			response(t, 200, "http://x.gov.cn/a.txt", map[string]string{"Content-Type": `text/plain;charset="big5"`}, qixia), Parser{},
			result{Path: "http://x.gov.cn/a.txt", Charset: "utf-8", Warnings: []string{"the server declares charset big5 but the bytes are utf-8; read as utf-8"}}, nil},
		{"an unknown charset hint",
			response(t, 200, "http://x.gov.cn/a.txt", map[string]string{"Content-Type": "text/plain; charset=klingon"}, qixia), Parser{},
			result{Path: "http://x.gov.cn/a.txt", Charset: "utf-8", Warnings: []string{`the server declares the unknown charset "klingon"; charset detected`}}, nil},
		{"a hint decides when detection is unsure",
			response(t, 200, "http://x.gov.cn/a.txt", map[string]string{"Content-Type": "text/plain; charset=big5"}, short), Parser{},
			result{Path: "http://x.gov.cn/a.txt", Charset: "big5"}, nil},
		{"the Parser's charset wins over the hint",
			response(t, 200, "http://x.gov.cn/a.txt", map[string]string{"Content-Type": "text/plain; charset=big5"}, short), Parser{Charset: "gbk"},
			result{Path: "http://x.gov.cn/a.txt", Charset: "gb18030"}, nil},
		{"gzip content coding",
			response(t, 200, "http://x.gov.cn/a.txt", map[string]string{"Content-Encoding": "gzip"}, zipped.Bytes()), Parser{},
			result{Path: "http://x.gov.cn/a.txt", Charset: "utf-8"}, nil},
		{"no request: no path",
			&http.Response{StatusCode: 200, Header: http.Header{}, Body: io.NopCloser(bytes.NewReader(qixia))}, Parser{},
			result{Charset: "utf-8"}, nil},
		{"no body", &http.Response{StatusCode: 204, Header: http.Header{}}, Parser{}, result{}, ErrEmpty},
		{"not found", response(t, 404, link, nil, html), Parser{}, result{}, ErrStatus},
		{"redirect", response(t, 301, link, nil, nil), Parser{}, result{}, ErrStatus},
		{"Content-Length over the limit", func() *http.Response {
			r := response(t, 200, link, nil, qixia)
			r.ContentLength = int64(len(qixia))
			return r
		}(), Parser{MaxSize: 1000}, result{}, ErrTooLarge},
		{"body over the limit", response(t, 200, link, nil, qixia), Parser{MaxSize: 1000}, result{}, ErrTooLarge},
		{"gzip body over the limit once decoded",
			response(t, 200, link, map[string]string{"Content-Encoding": "gzip"}, zipped.Bytes()), Parser{MaxSize: int64(len(qixia)) - 1}, result{}, ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := tt.p.ParseResponse(tt.resp)
			if tt.wantErr != nil {
				var perr *Error
				if !errors.Is(err, tt.wantErr) || !errors.As(err, &perr) {
					t.Fatalf("error %v, want a *parse.Error wrapping %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got := result{Path: n.Input.Path, Charset: n.Input.Charset}
			for _, a := range n.Attachments {
				if strings.HasSuffix(a.URL, ".XLS") {
					got.Attachment = a.URL
				}
			}
			for _, p := range n.Input.Problems {
				if p.Rule == notice.RuleEncoding {
					got.Warnings = append(got.Warnings, p.Message)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}

	// A coding other than gzip is refused, not parsed as bytes.
	_, err = new(Parser).ParseResponse(response(t, 200, link, map[string]string{"Content-Encoding": "br"}, qixia))
	if err == nil || !strings.Contains(err.Error(), `content coding "br"`) {
		t.Errorf("br: error %v", err)
	}
}

// TestParseFetchedLink checks which links become the base URL: only an
// absolute URL, and the path is the link as given, made valid.
func TestParseFetchedLink(t *testing.T) {
	page, err := os.ReadFile("../testdata/html/sites/fujian-pingtan-2024-88866.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		link, base, wantPath, wantURL string
	}{
		{"http://a.gov.cn/x/1.htm", "", "http://a.gov.cn/x/1.htm", "http://a.gov.cn/x/P020240409327393325055.XLS"},
		{"/x/1.htm", "", "/x/1.htm", "./P020240409327393325055.XLS"},
		{"/x/1.htm", "http://b.gov.cn/y/", "/x/1.htm", "http://b.gov.cn/y/P020240409327393325055.XLS"},
		{"", "http://b.gov.cn/y/", "", "http://b.gov.cn/y/P020240409327393325055.XLS"},
		{"http://a.gov.cn/\xff/1.htm", "", `http://a.gov.cn/\xff/1.htm`, "./P020240409327393325055.XLS"},
	} {
		p := Parser{BaseURL: tt.base}
		n, err := p.ParseFetched(page, tt.link, "text/html; charset=utf-8")
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, a := range n.Attachments {
			if strings.HasSuffix(a.URL, ".XLS") {
				got = a.URL
			}
		}
		if n.Input.Path != tt.wantPath || got != tt.wantURL {
			t.Errorf("link %q, BaseURL %q: path %q, attachment %q; want %q, %q", tt.link, tt.base, n.Input.Path, got, tt.wantPath, tt.wantURL)
		}
	}
}

// TestParserConcurrent parses every sample page with one Parser in many
// goroutines at once, as the Parser's documentation allows, and wants the
// records one goroutine gives. Run with -race, it also checks that parsing
// writes nothing the goroutines share.
func TestParserConcurrent(t *testing.T) {
	p := &Parser{
		KeepPunctuation: true,
		BaseURL:         "http://www.example.gov.cn/xxgk/",
		Labels:          map[string]string{"信息索引": "index_number", "浏览次数": "ui", "责任编辑": "extra"},
	}
	var pages [][]byte
	for _, s := range samples(t) {
		data, err := os.ReadFile(s.path)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, data)
	}
	html, err := filepath.Glob("../testdata/html/sites/*.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range html {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, data)
	}
	want := make([]*notice.Notice, len(pages))
	for i, page := range pages {
		want[i], _ = p.Parse(page)
	}
	const goroutines = 8
	got := make([][]*notice.Notice, goroutines)
	var wg sync.WaitGroup
	for g := range goroutines {
		got[g] = make([]*notice.Notice, len(pages))
		wg.Go(func() {
			// Each goroutine starts at another page, so that different
			// pages are parsed at the same time.
			for k := range pages {
				i := (k + g*len(pages)/goroutines) % len(pages)
				got[g][i], _ = p.Parse(pages[i])
			}
		})
	}
	wg.Wait()
	for g := range goroutines {
		if diff := cmp.Diff(want, got[g]); diff != "" {
			t.Errorf("goroutine %d (-one goroutine +many):\n%s", g, diff)
		}
	}
}

// FuzzParseFetched feeds arbitrary pages, links and Content-Type headers
// to ParseFetched. It must never panic; an error must be a *parse.Error
// wrapping a documented sentinel; a record must have a valid UTF-8 path
// and encode.
func FuzzParseFetched(f *testing.F) {
	qixia, err := os.ReadFile(qixiaPage)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(qixia, "http://www.example.gov.cn/a/1.htm", "text/plain; charset=gbk")
	f.Add([]byte("<p>公告</p>"), "/relative", "text/html;charset=\"big5\"")
	f.Add([]byte("\xb9\xab\xb8\xe6\n"), "http://x/\xff", "text/plain; charset=big5; charset=utf-16le")
	f.Add([]byte{}, "", ";=;charset")
	f.Add([]byte("\xff\xfe|\x00 \x00"), "::", "text/html; charset=utf-8")
	f.Fuzz(func(t *testing.T, body []byte, link, contentType string) {
		var p Parser
		n, err := p.ParseFetched(body, link, contentType)
		if err != nil {
			checkError(t, err)
			return
		}
		if !utf8.ValidString(n.Input.Path) {
			t.Fatalf("path %q is not valid UTF-8", n.Input.Path)
		}
		if _, err := encode.AppendJSON(nil, n); err != nil {
			t.Fatalf("record does not encode: %v", err)
		}
	})
}

// checkError fails unless err is a *parse.Error wrapping one of the
// documented sentinels.
func checkError(t *testing.T, err error) {
	t.Helper()
	var perr *Error
	if !errors.As(err, &perr) {
		t.Fatalf("error %v is not a *parse.Error", err)
	}
	for _, sentinel := range []error{ErrEmpty, ErrTooLarge, ErrNotText, ErrCharset, ErrStatus} {
		if errors.Is(err, sentinel) {
			return
		}
	}
	t.Fatalf("error %v wraps no documented sentinel", err)
}

// FuzzHintedCharset checks that the shortcut for a UTF-8 hint on UTF-8
// bytes decides as weighing the hint against detection does.
func FuzzHintedCharset(f *testing.F) {
	qixia, err := os.ReadFile(qixiaPage)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(qixia, "utf-8")
	f.Add([]byte(`<meta charset="gbk"><p>公告</p>`), "UTF-8")
	f.Add([]byte("\ufeff索引号"), "utf8")
	f.Add([]byte("a\x00b\x00"), "utf-8")
	f.Fuzz(func(t *testing.T, body []byte, hint string) {
		declared, err := charset.Lookup(hint)
		if err != nil {
			return
		}
		charset, warning := hintedCharset(body, hint)
		wantCharset, wantWarning := weighHint(body, hint, declared)
		if charset != wantCharset || warning != wantWarning {
			t.Fatalf("hint %q: %q, %q; weighing gives %q, %q", hint, charset, warning, wantCharset, wantWarning)
		}
	})
}
