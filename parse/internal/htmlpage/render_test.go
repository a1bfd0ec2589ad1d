package htmlpage

import (
	"net/url"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/govnotice/govnotice/notice"
)

// testLabels are the labels these tests know, spaces and colon removed, as
// package parse compares them.
var testLabels = map[string]bool{
	"索引号": true, "主题分类": true, "发文机关": true, "成文日期": true, "标题": true,
	"发文字号": true, "发布日期": true, "主题词": true, "发布机构": true, "生成日期": true,
	"来源": true, "发布时间": true, "时间": true, "文号": true, "附件": true, "责任部门": true,
	"公开方式": true, "有效性": true,
}

// testIsLabel is the label test of these tests, in place of package parse's
// vocabulary.
func testIsLabel(s string) bool {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	return testLabels[strings.TrimRight(s, ":：")]
}

func render(doc string) *Page {
	r := Renderer{IsLabel: testIsLabel}
	return r.Render([]byte(doc))
}

func TestRenderText(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want string
	}{{
		name: "gov.cn table: colspan, empty cells, two pairs a row",
		doc: `<table class="bd1"><tr><td><b>索 引 号：</b></td><td>000014349/2019-00007</td><td><b>主题分类：</b></td><td>综合政务\政务公开</td></tr>
			<tr><td><b>标　　题：</b></td><td colspan="3">国务院关于在市场监管领域全面推行部门联合监管的意见</td></tr>
			<tr><td><b>主 题 词：</b></td><td></td><td></td><td></td></tr></table>
			<table><tr><td id="UCAP-CONTENT"><p>国务院关于在市场监管领域全面推行<br>部门联合监管的意见</p><p>国发〔2019〕5号</p></td></tr></table>`,
		want: "| 索 引 号： | 000014349/2019-00007 | 主题分类： | 综合政务\\政务公开 |\n" +
			"| 标　　题： | 国务院关于在市场监管领域全面推行部门联合监管的意见 |\n" +
			"| 主 题 词： |  |  |  |\n" +
			"\n" +
			"国务院关于在市场监管领域全面推行\n部门联合监管的意见\n国发〔2019〕5号\n",
	}, {
		name: "Jiangxi dl: one line an item",
		doc: `<dl><dd class="IndexNo"><label><font>索 引 号：</font></label><div class="display-block">
			014742224A/2023-0043406</div></dd><dd><label>责任部门：</label><div>万载县统计局</div></dd></dl>
			<div class="article-content"><p>全年实现生产总值262.6亿元，同比增长5.3％。</p></div>`,
		want: "索 引 号： 014742224A/2023-0043406\n责任部门： 万载县统计局\n\n全年实现生产总值262.6亿元，同比增长5.3％。\n",
	}, {
		name: "dt and dd: a label alone on its line",
		doc: `<dl><dt>发布机构</dt><dd>宜春市统计局</dd></dl>
			<div id="zoom"><p>全市上下坚持以习近平新时代中国特色社会主义思想为指导。</p></div>`,
		want: "发布机构\n宜春市统计局\n\n全市上下坚持以习近平新时代中国特色社会主义思想为指导。\n",
	}, {
		name: "ul list with &ensp; and font",
		doc: `<ul class="trt-row"><li>索&ensp;引&ensp;号：<font>PZ00108-3000-2021-00081</font></li>
			<li>成文日期：2021-01-15</li></ul>
			<div class="article_content"><div>各有关单位：</div><div>现将补缴残疾人就业保障金的相关事项通知如下。</div></div>`,
		want: "索\u2002引\u2002号：PZ00108-3000-2021-00081\n成文日期：2021-01-15\n\n各有关单位：\n现将补缴残疾人就业保障金的相关事项通知如下。\n",
	}, {
		name: "div of spans; widgets dropped",
		doc: `<h3 class="conetent-title">顺德容桂首届规范汉字现场书写大赛收官</h3>
			<div class="news-mes2"><span>来源：珠江商报</span> <span>发布时间：<em>2024-06-25 10:03:27</em></span>
			<span class="zh">字号：<a>大</a><a>中</a><a>小</a></span><span class="fx">分享至：</span></div>
			<div class="TRS_Editor"><p>　　6月23日，顺德容桂首届规范汉字现场书写大赛决赛举行。</p></div>`,
		want: "来源：珠江商报 发布时间：2024-06-25 10:03:27\n\n顺德容桂首届规范汉字现场书写大赛收官\n6月23日，顺德容桂首届规范汉字现场书写大赛决赛举行。\n",
	}, {
		name: "scripts, styles and comments hold no text",
		doc: `<head><title>标题</title><style>.a{content:"发布机构：x"}</style><script>var s="索引号：1";</script></head>
			<body><!-- 索引号：2 --><noscript>索引号：3</noscript>
			<div id="zoom"><script>document.write("索引号：4")</script><p>正文第一段文字在这里。</p><!-- 发布机构：y --></div></body>`,
		want: "正文第一段文字在这里。\n",
	}, {
		name: "entities and white space",
		doc: `<div id="zoom"><p>&#12288;&#12288;第一段&nbsp;文字，  含有
			换行。</p><p>&lt;不是标签&gt; &amp; 更多文字内容</p></div>`,
		want: "第一段\u00a0文字， 含有 换行。\n<不是标签> & 更多文字内容\n",
	}, {
		name: "p, br, div and table rows end lines",
		doc:  `<div id="zoom">一行文字<br>二行文字<p>三行文字</p><div>四行文字</div>五行文字<table><tr><td>六行文字</td></tr><tr><td>七行文字</td></tr></table></div>`,
		want: "一行文字\n二行文字\n三行文字\n四行文字\n五行文字\n六行文字\n七行文字\n",
	}, {
		name: "a data table in the article: pipe rows; a bar in a cell",
		doc: `<div id="zoom"><p>三级公立医院绩效考核指标如下表所示。</p><table>
			<tr><th>一级指标</th><th>二级指标</th><th>指标性质</th></tr>
			<tr><td>医疗质量</td><td></td><td>定量|定性</td></tr></table></div>`,
		want: "三级公立医院绩效考核指标如下表所示。\n| 一级指标 | 二级指标 | 指标性质 |\n| 医疗质量 |  | 定量¦定性 |\n",
	}, {
		name: "page UI lines are dropped, inside and outside the article",
		doc: `<div id="zoom"><p>通知的正文在这里写着。</p><p>【打印】【关闭】</p><div id="qr_container">扫一扫在手机打开当前页</div></div>
			<div>扫一扫在手机打开当前页</div><span class="gotop">【<a>返回顶部</a>】</span>`,
		want: "通知的正文在这里写着。\n",
	}, {
		name: "hidden elements",
		doc:  `<div id="zoom"><p>看得见的正文文字。</p><p style="color:red; DISPLAY : none">看不见的文字</p><div hidden>也看不见的文字</div></div>`,
		want: "看得见的正文文字。\n",
	}, {
		name: "heading outside the article, UI between",
		doc: `<h1 class="zz-name">某某县人民政府</h1><p>网站无障碍</p>
			<dl><dd><label>索 引 号：</label>014742224A/2023-0043406</dd></dl>
			<h1 class="article-title">万载县2022年国民经济和社会发展统计公报</h1>
			<div class="article-attr"><span>访问量：1632</span></div><h3>关联稿件：</h3>
			<div class="article-content"><p>2022年，全县经济运行呈现稳中向好的良好态势。</p></div>`,
		want: "索 引 号：014742224A/2023-0043406\n\n万载县2022年国民经济和社会发展统计公报\n2022年，全县经济运行呈现稳中向好的良好态势。\n",
	}, {
		name: "a heading the article repeats is written once",
		doc: `<h1>关于做好统计工作的通知</h1>
			<div id="zoom"><p>关于做好统计工作的通知</p><p>各乡镇：请做好统计工作。</p></div>`,
		want: "关于做好统计工作的通知\n各乡镇：请做好统计工作。\n",
	}, {
		name: "no known container: the block with the most Chinese text",
		doc: `<ul class="nav"><li><a href="/">首页</a></li><li><a href="/a">政务公开政务公开政务公开</a></li></ul>
			<div class="newsinfo"><span>来源：肥西县教育局</span><span>发布时间：2023-11-06 00:00</span></div>
			<div class="j-fontContent"><p>为普及心理健康知识，引导广大教师关注学生心理健康。</p><p>本次比赛分中学组和小学组。</p></div>
			<div class="footer"><p>主办单位：中共安徽省委教育工委</p></div>`,
		want: "来源：肥西县教育局 发布时间：2023-11-06 00:00\n\n为普及心理健康知识，引导广大教师关注学生心理健康。\n本次比赛分中学组和小学组。\n",
	}, {
		name: "labels at the top of the article",
		doc: `<div id="zoom"><table><tr><td>发布机构：</td><td>某某局</td></tr></table>
			<p>正文第一段，不是标签。</p><p>来源：不是头部</p></div>`,
		want: "| 发布机构： | 某某局 |\n\n正文第一段，不是标签。\n来源：不是头部\n",
	}, {
		name: "a label within a sentence at the top of the article is article text",
		doc:  `<div id="zoom"><p>现将有关事项通知如下，附件：名单。</p><p>来源：本网</p></div>`,
		want: "现将有关事项通知如下，附件：名单。\n来源：本网\n",
	}, {
		name: "a layout table is read as blocks",
		doc:  `<table><tr><td width="10"></td><td><div id="zoom"><table><tr><td>第一段正文文字。</td></tr><tr><td>第二段正文文字。</td></tr></table></div></td></tr></table>`,
		want: "第一段正文文字。\n第二段正文文字。\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := render(tt.doc)
			if diff := cmp.Diff(tt.want, string(page.Text)); diff != "" {
				t.Errorf("text (-want +got):\n%s", diff)
			}
			if len(page.Warnings) > 0 {
				t.Errorf("warnings: %q", page.Warnings)
			}
		})
	}
}

func TestRenderWarnings(t *testing.T) {
	tests := []struct {
		name, doc, text, warning string
	}{{
		name:    "no Chinese text",
		doc:     `<p>Hello</p><p>world</p>`,
		text:    "Hello\nworld\n",
		warning: "html: no Chinese text found; read the whole page as the article",
	}, {
		name:    "nested deeper than the parser allows",
		doc:     strings.Repeat("<div>", 600) + "正文<script>索引号</script><p>第二行",
		text:    "正文\n第二行\n",
		warning: "html: open stack of elements exceeds 512 nodes; read as plain text",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := render(tt.doc)
			if diff := cmp.Diff(tt.text, string(page.Text)); diff != "" {
				t.Errorf("text (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff([]string{tt.warning}, page.Warnings); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRenderTitle(t *testing.T) {
	page := render(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=GB2312">
		<title>
			某某通知 | 某某政府
		</title></head><body><div id="zoom">正文文字不少于十个汉字的内容。</div></body></html>`)
	if page.Title != "某某通知 | 某某政府" {
		t.Errorf("Title = %q", page.Title)
	}
	if page.ArticleTitle != "" {
		t.Errorf("ArticleTitle = %q without the meta", page.ArticleTitle)
	}
	page = render(`<html><head><META NAME="articletitle" CONTENT=" 某某通知
		全文 "><meta name="ColumnName" content="通知公告"></head><body><div id="zoom">正文文字不少于十个汉字的内容。</div></body></html>`)
	if page.ArticleTitle != "某某通知 全文" {
		t.Errorf("ArticleTitle = %q", page.ArticleTitle)
	}
}

func TestAttachments(t *testing.T) {
	const doc = `<html><head><base href="/xxgk/2024/"></head><body>
		<div class="sidebar"><a href="/forms/apply.doc">依申请公开申请表</a></div>
		<table><tr><td>索引号：</td><td>001/2024-1</td><td>附件：</td><td><a href="doc/说明.pdf">说明</a></td></tr></table>
		<div class="main"><div class="content"><div id="zoom">
			<p>正文第一段文字内容很长。<a href="a.DOCX?v=2">附表一</a></p>
			<div class="fj" style="display:none">附件：<a href="hidden.pdf">隐藏的附件</a><script><a href="no.pdf">x</a></script></div>
			<p><a href="javascript:void(0)">附件下载</a><a href="#top">附件顶部</a><a href="mailto:a@b.c">邮件.pdf</a></p>
			<p><a href="list.html">附件：名单</a><a href="page.html">相关新闻</a><a href="x.et" title="数据表"></a><a href="y.ofd"></a></p>
		</div><div class="attach"><a href="a.docx?v=2">附表一（重复）</a><a href="b.zip">打包下载</a></div></div>
		</div><div class="footer"><a href="/help.pdf">网站帮助</a></div></body></html>`
	base, _ := url.Parse("http://www.example.gov.cn/xxgk/2024/page.html")
	tests := []struct {
		name string
		base *url.URL
		want []notice.Attachment
	}{{
		name: "resolved against <base href> and the caller's URL",
		base: base,
		want: []notice.Attachment{
			{Name: "说明", URL: "http://www.example.gov.cn/xxgk/2024/doc/%E8%AF%B4%E6%98%8E.pdf"},
			{Name: "附表一", URL: "http://www.example.gov.cn/xxgk/2024/a.DOCX?v=2"},
			{Name: "隐藏的附件", URL: "http://www.example.gov.cn/xxgk/2024/hidden.pdf"},
			{Name: "附件：名单", URL: "http://www.example.gov.cn/xxgk/2024/list.html"},
			{Name: "数据表", URL: "http://www.example.gov.cn/xxgk/2024/x.et"},
			{Name: "y.ofd", URL: "http://www.example.gov.cn/xxgk/2024/y.ofd"},
			{Name: "附表一（重复）", URL: "http://www.example.gov.cn/xxgk/2024/a.docx?v=2"},
			{Name: "打包下载", URL: "http://www.example.gov.cn/xxgk/2024/b.zip"},
		},
	}, {
		name: "no absolute base: kept as found",
		want: []notice.Attachment{
			{Name: "说明", URL: "doc/说明.pdf"},
			{Name: "附表一", URL: "a.DOCX?v=2"},
			{Name: "隐藏的附件", URL: "hidden.pdf"},
			{Name: "附件：名单", URL: "list.html"},
			{Name: "数据表", URL: "x.et"},
			{Name: "y.ofd", URL: "y.ofd"},
			{Name: "附表一（重复）", URL: "a.docx?v=2"},
			{Name: "打包下载", URL: "b.zip"},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Renderer{BaseURL: tt.base, IsLabel: testIsLabel}
			page := r.Render([]byte(doc))
			if diff := cmp.Diff(tt.want, page.Attachments); diff != "" {
				t.Errorf("attachments (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAttachmentsAbsoluteBaseHref(t *testing.T) {
	page := Render([]byte(`<base href="https://a.gov.cn/x/"><div id="zoom">正文第一段文字内容很长。<a href="f.pdf">文件</a><a href="https://b.gov.cn/g.pdf">另一个</a></div>`), nil)
	want := []notice.Attachment{
		{Name: "文件", URL: "https://a.gov.cn/x/f.pdf"},
		{Name: "另一个", URL: "https://b.gov.cn/g.pdf"},
	}
	if diff := cmp.Diff(want, page.Attachments); diff != "" {
		t.Errorf("attachments (-want +got):\n%s", diff)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		text string
		html bool
	}{
		{"<!DOCTYPE html>\n<html>", true},
		{"<!doctype HTML PUBLIC \"-//W3C//DTD XHTML 1.0\">", true},
		{"\xef\xbb\xbf  \n<html lang=zh>", true},
		{"<!-- saved from url -->\n<HTML>", true},
		{"<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">", true},
		{"<div class=\"wrap\">", true},
		{"<table width=930>", true},
		{"<p>", true},
		{"<meta charset=gbk>", true},
		{"<br/>", true},
		{"", false},
		{"索引号：000014349/2019-00007", false},
		{"| 索 引 号： | 000014349/2019-00007 |", false},
		{"<notatag>", false},
		{"<pre>", false},
		{"<!-- unclosed comment <html>", false},
		{"<!DOCTYPE foo>", false},
		{"< div>", false},
	}
	for _, tt := range tests {
		if got := Sniff([]byte(tt.text)); got != tt.html {
			t.Errorf("Sniff(%q) = %v, want %v", tt.text, got, tt.html)
		}
	}
}

func TestIsChrome(t *testing.T) {
	for _, s := range []string{"扫一扫在手机打开当前页", "【打印】【关闭】", "字号：大 中 小", "分享至：", "[ 字体：大 中 小 ]", "【返回顶部】【关闭本页】", "打印本页 | 关闭窗口"} {
		if !isChrome(s) {
			t.Errorf("isChrome(%q) = false", s)
		}
	}
	for _, s := range []string{"", "【】", "关闭相关企业", "中国", "打印机采购公告", "附件下载", strings.Repeat("关闭", 60)} {
		if isChrome(s) {
			t.Errorf("isChrome(%q) = true", s)
		}
	}
}

// TestAttachmentsNotFromFooter checks that the section whose end may hold
// attachments stops short of <body> when the article stands near it: the
// rest of <body> is the page's footer.
func TestAttachmentsNotFromFooter(t *testing.T) {
	page := Render([]byte(`<html><body><div class="main"><div id="zoom">正文第一段文字内容很长。</div>
		<div class="attach"><a href="b.zip">打包下载</a></div></div>
		<div class="footer"><a href="/help.pdf">网站帮助</a></div></body></html>`), nil)
	want := []notice.Attachment{{Name: "打包下载", URL: "b.zip"}}
	if diff := cmp.Diff(want, page.Attachments); diff != "" {
		t.Errorf("attachments (-want +got):\n%s", diff)
	}
}
