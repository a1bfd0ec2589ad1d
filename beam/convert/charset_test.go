package convert

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

func encodeWith(t *testing.T, enc interface{ String(string) (string, error) }, s string) []byte {
	t.Helper()
	b, err := enc.String(s)
	if err != nil {
		t.Fatal(err)
	}
	return []byte(b)
}

// A page in GBK, long enough for detection to be sure of it.
const gbkText = "索引号：013033899/2025-78463\n信息名称：关于印发南京市栖霞区政府信息公开工作要点的通知\n" +
	"发布机构：栖霞区人民政府办公室\n发布日期：2025-11-19\n各街道办事处，区政府各部门：现将工作要点印发给你们，请认真贯彻执行。\n"

func TestCharsetFor(t *testing.T) {
	gbk := encodeWith(t, simplifiedchinese.GBK.NewEncoder(), gbkText)
	shortGBK := encodeWith(t, simplifiedchinese.GBK.NewEncoder(), "标题：关于")
	shortBig5 := encodeWith(t, traditionalchinese.Big5.NewEncoder(), "國務院")
	latin := encodeWith(t, charmap.Windows1252.NewEncoder(), "Café — résumé of the naïve “notice” für alle")
	tests := []struct {
		name string
		body []byte
		hint string
		want string
	}{
		{"no hint", gbk, "", ""},
		{"unknown hint", latin, "x-no-such-charset", ""},
		{"UTF-8 is certain", []byte(gbkText), "gbk", ""},
		{"GBK is certain: a false utf-8 hint is ignored", gbk, "utf-8", ""},
		{"the hint names the guess", shortGBK, "gb2312", ""},
		// Unsure, but the guess reads cleanly: a hint must not overrule it,
		// though it decodes cleanly too.
		{"short GBK served as Big5", shortGBK, "big5", ""},
		{"short Big5 served as GBK", shortBig5, "gbk", ""},
		// The guess leaves invalid sequences, the hint none: it mends.
		{"windows-1252", latin, "iso-8859-1", "windows-1252"},
		{"windows-1252 served as UTF-8", latin, "utf-8", ""},
	}
	for _, tt := range tests {
		if got := charsetFor(tt.body, tt.hint); got != tt.want {
			t.Errorf("%s: charsetFor(…, %q) = %q, want %q", tt.name, tt.hint, got, tt.want)
		}
	}
}

// warcResponse returns a WARC response record of an HTTP 200 response with
// the Content-Type contentType and the body.
func warcResponse(uri, contentType string, body []byte) []byte {
	http := fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", contentType, len(body)) + string(body)
	return []byte(fmt.Sprintf("WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\n"+
		"WARC-Date: 2025-03-01T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:%08x-0000-4000-8000-000000000000>\r\n"+
		"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		uri, len(uri), len(http), http))
}

// Through the pipeline, a page whose server declares a false charset reads
// as from a file, and a charset detection does not consider is read with
// the declared one, as the CLI reads it when told with --charset.
func TestCharsetHints(t *testing.T) {
	gbk := encodeWith(t, simplifiedchinese.GBK.NewEncoder(), gbkText)
	latin := encodeWith(t, charmap.Windows1252.NewEncoder(), "Café — résumé of the naïve “notice” für alle\n")
	dir := t.TempDir()
	crawl := filepath.Join(dir, "crawl.warc")
	var data []byte
	data = append(data, warcResponse("http://example.gov.cn/a.html", "text/html; charset=UTF-8", gbk)...)
	data = append(data, warcResponse("http://example.gov.cn/b.txt", "text/plain; charset=ISO-8859-1", latin)...)
	if err := os.WriteFile(crawl, data, 0o644); err != nil {
		t.Fatal(err)
	}

	var want []string
	for _, pg := range []struct {
		uri     string
		body    []byte
		args    []string
		charset string
	}{
		{"http://example.gov.cn/a.html", gbk, nil, "gb18030"},
		{"http://example.gov.cn/b.txt", latin, []string{"--charset", "windows-1252"}, "windows-1252"},
	} {
		name := filepath.Join(dir, filepath.Base(pg.uri))
		if err := os.WriteFile(name, pg.body, 0o644); err != nil {
			t.Fatal(err)
		}
		got, problems := runCLI(t, append(append(pg.args, "--base-url", pg.uri), name)...)
		if len(got) != 1 || len(problems) > 0 {
			t.Fatalf("%s: %d records, problems %q", name, len(got), problems)
		}
		if !strings.Contains(got[0], `"charset":"`+pg.charset+`"`) {
			t.Fatalf("%s: the CLI's record is not read as %s:\n%s", name, pg.charset, got[0])
		}
		want = append(want, strings.Replace(got[0], `"path":"`+jsonString(name)+`"`, `"path":"`+pg.uri+`"`, 1))
	}
	slices.Sort(want)

	o := options(t)
	o.Inputs = []string{crawl}
	got, failures := runPipeline(t, o)
	diffLines(t, "records", want, got)
	if len(failures) > 0 {
		t.Errorf("failures: %v", failures)
	}
}

// jsonString returns s as it is inside a JSON string, for the test's paths,
// which hold nothing JSON escapes but a backslash on Windows.
func jsonString(s string) string { return strings.ReplaceAll(s, `\`, `\\`) }
