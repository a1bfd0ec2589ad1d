package parse_test

import (
	"fmt"

	"github.com/govnotice/govnotice/parse"
)

// An HTML page is recognised by its start and read like a text page: the
// metadata table gives the header, the article container the body, and
// links to files the attachments' URLs (here of the 附件 line that the
// body names).
func ExampleParser_Parse_html() {
	page := []byte(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>通知</title></head><body>
<table class="bd1">
  <tr><td>索 引 号：</td><td>000014349/2019-00007</td><td>发文机关：</td><td>国务院</td></tr>
  <tr><td>标　　题：</td><td colspan="3">国务院关于某事的通知</td></tr>
</table>
<div id="UCAP-CONTENT">
  <p>各省、自治区、直辖市人民政府：</p>
  <p>现将有关事项通知如下。</p>
  <p><a href="files/list.pdf">附件：名单</a></p>
</div>
<div>扫一扫在手机打开当前页</div>
</body></html>`)
	p := parse.Parser{BaseURL: "http://www.gov.cn/zhengce/content/1.htm"}
	n, err := p.Parse(page)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.IndexNumber.Text, n.Publisher, n.Title)
	fmt.Println(n.Addressee)
	fmt.Println(n.Body)
	fmt.Println(n.Attachments)
	fmt.Println(n.Input.Layout, n.Input.Charset)
	// Output:
	// 000014349/2019-00007 国务院 国务院关于某事的通知
	// 各省、自治区、直辖市人民政府
	// [现将有关事项通知如下。]
	// [{名单 http://www.gov.cn/zhengce/content/files/list.pdf}]
	// html utf-8
}
