package htmlpage_test

import (
	"fmt"
	"net/url"

	"github.com/govnotice/govnotice/parse/internal/htmlpage"
)

func ExampleRender() {
	page := `<html><head><title>通知</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a></div>
<table class="bd1">
  <tr><td>索 引 号：</td><td>000014349/2019-00007</td><td>发文机关：</td><td>国务院</td></tr>
  <tr><td>标　　题：</td><td colspan="3">国务院关于某事的通知</td></tr>
</table>
<div id="UCAP-CONTENT">
  <p>各省、自治区、直辖市人民政府：</p>
  <p>&#12288;&#12288;现将有关事项通知如下。<a href="files/list.pdf">附件：名单</a></p>
</div>
<div id="qr_container">扫一扫在手机打开当前页</div>
<script>var 索引号 = 1;</script>
</body></html>`
	base, _ := url.Parse("http://www.gov.cn/zhengce/content/1.htm")
	p := htmlpage.Render([]byte(page), base)
	fmt.Print(string(p.Text))
	fmt.Println(p.Title, p.Attachments)
	// Output:
	// | 索 引 号： | 000014349/2019-00007 | 发文机关： | 国务院 |
	// | 标　　题： | 国务院关于某事的通知 |
	//
	// 各省、自治区、直辖市人民政府：
	// 现将有关事项通知如下。附件：名单
	// 通知 [{附件：名单 http://www.gov.cn/zhengce/content/files/list.pdf}]
}
