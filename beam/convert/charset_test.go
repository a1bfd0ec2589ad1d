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
// as the bytes say, and one in a charset that detection does not consider
// reads in the declared one: the records of the CLI reading the same WARC
// file, since both go through parse.Parser.ParseFetched.
func TestCharsetHints(t *testing.T) {
	gbk := encodeWith(t, simplifiedchinese.GBK.NewEncoder(), gbkText)
	latin := encodeWith(t, charmap.Windows1252.NewEncoder(), "Café — résumé of the naïve “notice” für alle\n")
	crawl := filepath.Join(t.TempDir(), "crawl.warc")
	var data []byte
	data = append(data, warcResponse("http://example.gov.cn/a.html", "text/html; charset=UTF-8", gbk)...)
	data = append(data, warcResponse("http://example.gov.cn/b.txt", "text/plain; charset=ISO-8859-1", latin)...)
	if err := os.WriteFile(crawl, data, 0o644); err != nil {
		t.Fatal(err)
	}
	want, problems := runCLI(t, crawl)
	if len(want) != 2 || len(problems) > 0 {
		t.Fatalf("the CLI gave %d records, problems %q", len(want), problems)
	}
	for uri, charset := range map[string]string{"a.html": "gb18030", "b.txt": "windows-1252"} {
		if !slices.ContainsFunc(want, func(r string) bool {
			return strings.Contains(r, `"path":"http://example.gov.cn/`+uri+`","charset":"`+charset+`"`)
		}) {
			t.Errorf("the CLI did not read %s as %s:\n%s", uri, charset, strings.Join(want, "\n"))
		}
	}

	o := options(t)
	o.Inputs = []string{crawl}
	got, failures := runPipeline(t, o)
	diffLines(t, "records", want, got)
	if len(failures) > 0 {
		t.Errorf("failures: %v", failures)
	}
}
