package parse_test

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/govnotice/govnotice/parse"
)

func ExampleParseFile() {
	n, err := parse.ParseFile("../testdata/pages/qixia-2025-78463.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Input.Path)
	fmt.Println(n.IndexNumber.Text)
	// Output:
	// ../testdata/pages/qixia-2025-78463.txt
	// 013033899/2025-78463
}

// A response as an HTTP client returns it, from http.Get or a Client's
// Do: here made by hand, so that the example needs no network.
func ExampleParser_ParseResponse() {
	page := `<html><body><table>
<tr><td>索引号：</td><td>013033899/2025-78463</td></tr>
<tr><td>发布机构：</td><td>栖霞区人民政府</td></tr>
</table>
<div id="zoom"><p>附件：<a href="files/plan.pdf">实施方案</a></p></div>
</body></html>`
	link, _ := url.Parse("http://www.example.gov.cn/xxgk/2025/1.html")
	resp := &http.Response{
		StatusCode: http.StatusOK,
		Header:     http.Header{"Content-Type": {"text/html; charset=utf-8"}},
		Body:       io.NopCloser(strings.NewReader(page)),
		Request:    &http.Request{Method: "GET", URL: link},
	}
	defer resp.Body.Close()

	var p parse.Parser
	n, err := p.ParseResponse(resp)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Input.Path)
	fmt.Println(n.Publisher)
	for _, a := range n.Attachments {
		fmt.Println(a.Name, a.URL)
	}
	// Output:
	// http://www.example.gov.cn/xxgk/2025/1.html
	// 栖霞区人民政府
	// 实施方案 http://www.example.gov.cn/xxgk/2025/files/plan.pdf
}

// A page from a crawl (package warc gives the URI, the media type and the
// declared charset of each response record). The server said Big5, but
// the bytes are UTF-8: detection wins, and the record says so.
func ExampleParser_ParseFetched() {
	body := []byte("索引号：013033899/2025-78463\n发布机构：栖霞区人民政府\n\n正文。\n")
	var p parse.Parser
	n, err := p.ParseFetched(body, "http://www.example.gov.cn/1.txt", "text/plain; charset=big5")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Input.Path, n.Input.Charset)
	for _, problem := range n.Input.Problems {
		fmt.Println(problem.Rule, problem.Message)
	}
	// Output:
	// http://www.example.gov.cn/1.txt utf-8
	// encoding the server declares charset big5 but the bytes are utf-8; read as utf-8
}

// A charset named by the caller that the bytes contradict is an error that
// says where reading the page in it goes wrong.
func ExampleCharsetError() {
	p := parse.Parser{Charset: "utf-16le"}
	_, err := p.Parse([]byte("索引号：013033899/2025-78463\n发布机构：栖霞区人民政府\n"))
	var cerr *parse.CharsetError
	if errors.As(err, &cerr) {
		fmt.Println(cerr.Charset, cerr.Detected, cerr.Offset, cerr.InvalidOffset)
	}
	fmt.Println(err)
	// Output:
	// utf-16le utf-8 0 -1
	// parse: charset utf-16le does not fit the page: from byte offset 0 it reads other characters than utf-8, which the page is
}
