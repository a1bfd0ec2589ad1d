package page

import (
	"bytes"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readHTML reads a page with the built-in vocabulary and no canonical
// steps: the page's text is what the tests compare.
func readHTML(doc string, base *url.URL) *Page {
	return ReadHTML([]byte(doc), HTMLOptions{BaseURL: base, Canonical: func(s string) string { return s }})
}

// outline writes a page model as these tests compare it: a line a pair
// (label=value), a blank line, a line a paragraph of the article; then,
// when there are any, a blank line and the page information beside the
// article.
func outline(p *Page) string {
	var b strings.Builder
	for _, pr := range p.Pairs {
		b.WriteString(pr.Label + "=" + pr.Value + "\n")
	}
	if len(p.Pairs) > 0 {
		b.WriteString("\n")
	}
	for _, pa := range p.Paras {
		b.WriteString(pa.Text + "\n")
	}
	if len(p.Info) > 0 {
		b.WriteString("\n")
		for _, pr := range p.Info {
			b.WriteString("info " + pr.Label + "=" + pr.Value + "\n")
		}
	}
	return b.String()
}

// links returns the page's links without their positions.
func links(p *Page) []Link {
	var out []Link
	for _, l := range p.Links {
		out = append(out, Link{Name: l.Name, URL: l.URL})
	}
	return out
}

// TestReadHTML reads pages of every layout family and compares their
// outline.
func TestReadHTML(t *testing.T) {
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
		want: "索引号=000014349/2019-00007\n主题分类=综合政务\\政务公开\n标题=国务院关于在市场监管领域全面推行部门联合监管的意见\n主题词=\n\n国务院关于在市场监管领域全面推行\n部门联合监管的意见\n国发〔2019〕5号\n",
	}, {
		name: "Jiangxi dl: one line an item",
		doc: `<dl><dd class="IndexNo"><label><font>索 引 号：</font></label><div class="display-block">
			014742224A/2023-0043406</div></dd><dd><label>责任部门：</label><div>万载县统计局</div></dd></dl>
			<div class="article-content"><p>全年实现生产总值262.6亿元，同比增长5.3％。</p></div>`,
		want: "索引号=014742224A/2023-0043406\n责任部门=万载县统计局\n\n全年实现生产总值262.6亿元，同比增长5.3％。\n",
	}, {
		name: "dt and dd: a label alone on its line",
		doc: `<dl><dt>发布机构</dt><dd>宜春市统计局</dd></dl>
			<div id="zoom"><p>全市上下坚持以习近平新时代中国特色社会主义思想为指导。</p></div>`,
		want: "发布机构=宜春市统计局\n\n全市上下坚持以习近平新时代中国特色社会主义思想为指导。\n",
	}, {
		name: "ul list with &ensp; and font",
		doc: `<ul class="trt-row"><li>索&ensp;引&ensp;号：<font>PZ00108-3000-2021-00081</font></li>
			<li>成文日期：2021-01-15</li></ul>
			<div class="article_content"><div>各有关单位：</div><div>现将补缴残疾人就业保障金的相关事项通知如下。</div></div>`,
		want: "索引号=PZ00108-3000-2021-00081\n成文日期=2021-01-15\n\n各有关单位：\n现将补缴残疾人就业保障金的相关事项通知如下。\n",
	}, {
		name: "div of spans; widgets dropped",
		doc: `<h3 class="conetent-title">顺德容桂首届规范汉字现场书写大赛收官</h3>
			<div class="news-mes2"><span>来源：珠江商报</span> <span>发布时间：<em>2024-06-25 10:03:27</em></span>
			<span class="zh">字号：<a>大</a><a>中</a><a>小</a></span><span class="fx">分享至：</span></div>
			<div class="TRS_Editor"><p>　　6月23日，顺德容桂首届规范汉字现场书写大赛决赛举行。</p></div>`,
		want: "来源=珠江商报\n发布时间=2024-06-25 10:03:27\n\n顺德容桂首届规范汉字现场书写大赛收官\n6月23日，顺德容桂首届规范汉字现场书写大赛决赛举行。\n",
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
		want: "第一段 文字， 含有 换行。\n<不是标签> & 更多文字内容\n",
	}, {
		name: "p, br, div and table rows end lines",
		doc:  `<div id="zoom">一行文字<br>二行文字<p>三行文字</p><div>四行文字</div>五行文字<table><tr><td>六行文字</td></tr><tr><td>七行文字</td></tr></table></div>`,
		want: "一行文字\n二行文字\n三行文字\n四行文字\n五行文字\n六行文字\n七行文字\n",
	}, {
		name: "a data table in the article: pipe rows; a bar in a cell",
		doc: `<div id="zoom"><p>三级公立医院绩效考核指标如下表所示。</p><table>
			<tr><th>一级指标</th><th>二级指标</th><th>指标性质</th></tr>
			<tr><td>医疗质量</td><td></td><td>定量|定性</td></tr></table></div>`,
		want: "三级公立医院绩效考核指标如下表所示。\n| 一级指标 | 二级指标 | 指标性质 |\n| 医疗质量 | | 定量¦定性 |\n",
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
		want: "索引号=014742224A/2023-0043406\n\n万载县2022年国民经济和社会发展统计公报\n2022年，全县经济运行呈现稳中向好的良好态势。\n",
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
		want: "来源=肥西县教育局\n发布时间=2023-11-06 00:00\n\n为普及心理健康知识，引导广大教师关注学生心理健康。\n本次比赛分中学组和小学组。\n",
	}, {
		name: "labels at the top of the article",
		doc: `<div id="zoom"><table><tr><td>发布机构：</td><td>某某局</td></tr></table>
			<p>正文第一段，不是标签。</p><p>来源：不是头部</p></div>`,
		want: "发布机构=某某局\n\n正文第一段，不是标签。\n来源：不是头部\n",
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
			page := readHTML(tt.doc, nil)
			if diff := cmp.Diff(tt.want, outline(page)); diff != "" {
				t.Errorf("outline (-want +got):\n%s", diff)
			}
			if len(page.Problems) > 0 {
				t.Errorf("problems: %+v", page.Problems)
			}
		})
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
		want []Link
	}{{
		name: "resolved against <base href> and the caller's URL",
		base: base,
		want: []Link{
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
		want: []Link{
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
			page := readHTML(doc, tt.base)
			if diff := cmp.Diff(tt.want, links(page)); diff != "" {
				t.Errorf("attachments (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAttachmentsAbsoluteBaseHref(t *testing.T) {
	page := readHTML(`<base href="https://a.gov.cn/x/"><div id="zoom">正文第一段文字内容很长。<a href="f.pdf">文件</a><a href="https://b.gov.cn/g.pdf">另一个</a></div>`, nil)
	want := []Link{
		{Name: "文件", URL: "https://a.gov.cn/x/f.pdf"},
		{Name: "另一个", URL: "https://b.gov.cn/g.pdf"},
	}
	if diff := cmp.Diff(want, links(page)); diff != "" {
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

// TestAttachmentsNotFromFooter checks that the section whose end may hold
// attachments stops short of <body> when the article stands near it: the
// rest of <body> is the page's footer.
func TestAttachmentsNotFromFooter(t *testing.T) {
	page := readHTML(`<html><body><div class="main"><div id="zoom">正文第一段文字内容很长。</div>
		<div class="attach"><a href="b.zip">打包下载</a></div></div>
		<div class="footer"><a href="/help.pdf">网站帮助</a></div></body></html>`, nil)
	want := []Link{{Name: "打包下载", URL: "b.zip"}}
	if diff := cmp.Diff(want, links(page)); diff != "" {
		t.Errorf("attachments (-want +got):\n%s", diff)
	}
}

// TestReadHTMLFamilies covers what the HTML reader reads from the DOM
// itself: tables whose labels stand over their values, metadata a page
// hides, the page's information under its article, a short article, and
// labels in the footer.
func TestReadHTMLFamilies(t *testing.T) {
	tests := []struct {
		name, doc, want string
	}{{
		name: "a transposed table pairs column by column",
		doc: `<table><tr><th>索引号</th><th>发布机构</th><th>文号</th></tr>
			<tr><td>001/2024-1</td><td>某县政府</td><td></td></tr></table>
			<div id="zoom"><p>正文第一段文字内容很长很长。</p></div>`,
		want: "索引号=001/2024-1\n发布机构=某县政府\n文号=\n\n正文第一段文字内容很长很长。\n",
	}, {
		name: "a hidden metadata block is read; hidden article text is not",
		doc: `<div style="display:none"><table><tr><td>索引号：</td><td>001/2024-1</td><td>发文字号：</td><td>某政发〔2024〕1号</td></tr></table></div>
			<div id="zoom" ng-app><p>正文第一段文字内容很长很长。</p><p hidden>隐藏的文字不是正文的一部分。</p></div>`,
		want: "索引号=001/2024-1\n发文字号=某政发〔2024〕1号\n\n正文第一段文字内容很长很长。\n",
	}, {
		name: "the page's information under the article",
		doc: `<div class="detail"><h1>关于举办活动的通知</h1><div id="zoom"><p>正文第一段文字内容很长很长。</p></div>
			<div class="shuxing">发布日期：2024-06-13　来源：教育部　<a href="javascript:;">下载</a></div></div>
			<div class="footer">主办：某某网站 电话：010-1234</div>`,
		want: "关于举办活动的通知\n正文第一段文字内容很长很长。\n\ninfo 发布日期=2024-06-13\ninfo 来源=教育部\n",
	}, {
		name: "a short article is still the article",
		doc: `<table><tr><td>索引号：</td><td>001/2024-1</td><td>主题分类：</td><td>综合政务</td></tr></table>
			<div id="zoom"><p>详见附件。</p><p><a href="/files/a.pdf">附件：某办法</a></p></div>`,
		want: "索引号=001/2024-1\n主题分类=综合政务\n\n详见附件。\n附件：某办法\n",
	}, {
		name: "a page saved without its article: the metadata block's second column is metadata too",
		doc: `<div class="top"><div class="top-l"><p><strong>索引号</strong>：001/2024-1</p><p><strong>名称</strong>：某局关于印发安全专项整治方案的通知</p></div>
			<div class="top-r"><p><strong>主题分类</strong>：教育</p><p><strong>发布日期</strong>：2020年08月02日</p><p style="height: 40px;"></p></div></div>
			<div class="footer"><p>主办：某某网站 电话：010-1234</p></div>`,
		want: "索引号=001/2024-1\n名称=某局关于印发安全专项整治方案的通知\n主题分类=教育\n发布日期=2020年08月02日\n\n",
	}, {
		name: "labels in the footer are chrome",
		doc: `<div id="zoom"><p>正文第一段文字内容很长很长。</p></div>
			<div class="footer"><p>发布机构：某某网站管理中心</p><p>来源：本网</p></div>`,
		want: "正文第一段文字内容很长很长。\n",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, outline(readHTML(tt.doc, nil))); diff != "" {
				t.Errorf("outline (-want +got):\n%s", diff)
			}
		})
	}
}

// TestReadHTMLEvidence checks what the reader takes from <head>: the
// <title>, and the ArticleTitle, PubDate and ContentSource tags; the first
// of each wins.
func TestReadHTMLEvidence(t *testing.T) {
	p := readHTML(`<html><head><title>
			某某通知 | 某某政府
		</title><META NAME="articletitle" CONTENT=" 某某通知
		全文 "><meta name="PubDate" content="2023-08-16 10:33:59"><meta name="ContentSource" content="万载县统计局">
		<meta name="ArticleTitle" content="第二个"><meta name="ColumnName" content="通知公告"></head>
		<body><div id="zoom">正文文字不少于十个汉字的内容。</div></body></html>`, nil)
	var got []Hint
	for _, h := range p.Hints {
		got = append(got, Hint{Kind: h.Kind, Text: h.Text})
	}
	want := []Hint{
		{Kind: HintTitleTag, Text: "某某通知 | 某某政府"},
		{Kind: HintArticleTitle, Text: "某某通知 全文"},
		{Kind: HintPubDate, Text: "2023-08-16 10:33:59"},
		{Kind: HintContentSource, Text: "万载县统计局"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("hints (-want +got):\n%s", diff)
	}
}

// TestReadHTMLPositions checks that pairs, paragraphs and links carry the
// line and column (in characters) where their element starts in the
// source.
func TestReadHTMLPositions(t *testing.T) {
	doc := "<html><body>\n<table>\n  <tr><td>索引号：</td><td>001/2024-1</td></tr>\n</table>\n" +
		"<div id=\"zoom\">\n  <p>正文第一段文字内容很长很长。</p><p>第二段<a href=\"a.pdf\">附件</a></p>\n</div></body></html>"
	p := readHTML(doc, nil)
	type at struct{ Line, Col int }
	pos := func(x Pos) at { return at{x.Line, x.Col} }
	if len(p.Pairs) != 1 || len(p.Paras) != 2 || len(p.Links) != 1 {
		t.Fatalf("outline:\n%s", outline(p))
	}
	for _, c := range []struct {
		what      string
		got, want at
	}{
		{"label", pos(p.Pairs[0].At), at{3, 7}},
		{"value", pos(p.Pairs[0].ValueAt), at{3, 20}},
		{"first paragraph", pos(p.Paras[0].At), at{6, 3}},
		{"second paragraph", pos(p.Paras[1].At), at{6, 24}},
		{"link", pos(p.Links[0].At), at{6, 30}},
	} {
		if c.got != c.want {
			t.Errorf("%s at %v, want %v", c.what, c.got, c.want)
		}
	}
}

// TestReadHTMLPositionsLateBody checks positions on a page whose text
// before any tag implied its <body> (a template's directive left in the
// file), so that the page's own <body> tag, further on, has no element.
func TestReadHTMLPositionsLateBody(t *testing.T) {
	var doc strings.Builder
	doc.WriteString("<%@ page contentType=\"text/html\" %>\n")
	for range 20 {
		doc.WriteString("<meta name=\"x\" content=\"y\">\n")
	}
	doc.WriteString("</head><body>\n<div id=\"zoom\">\n")
	for i := range 30 {
		fmt.Fprintf(&doc, "  <p>正文第%d段文字内容很长很长。</p>\n", i+1)
	}
	doc.WriteString("</div></body>")
	p := readHTML(doc.String(), nil)
	if len(p.Paras) != 30 {
		t.Fatalf("outline:\n%s", outline(p))
	}
	if at := p.Paras[29].At; at.Line != 53 || at.Col != 3 {
		t.Errorf("last paragraph at %d:%d, want 53:3", at.Line, at.Col)
	}
}

// TestReadHTMLPositionsLongLine checks columns on a page of minified
// markup, one line of many paragraphs, where a column is counted from the
// marks of the source index rather than from the start of the line: each
// paragraph's column is its <p>'s, in characters.
func TestReadHTMLPositionsLongLine(t *testing.T) {
	var doc strings.Builder
	doc.WriteString("<html><body>\n<div id=\"zoom\">")
	var want []int
	for i := range 300 {
		want = append(want, 1+utf8.RuneCountInString(doc.String()[strings.LastIndexByte(doc.String(), '\n')+1:]))
		fmt.Fprintf(&doc, "<p>第%d段，各单位要认真落实。</p>", i+1)
	}
	doc.WriteString("</div></body></html>")
	p := readHTML(doc.String(), nil)
	if len(p.Paras) != len(want) {
		t.Fatalf("%d paragraphs, want %d", len(p.Paras), len(want))
	}
	for i, para := range p.Paras {
		if para.At.Line != 2 || para.At.Col != want[i] {
			t.Fatalf("paragraph %d at %d:%d, want 2:%d", i+1, para.At.Line, para.At.Col, want[i])
		}
	}
}

// TestReadHTMLProblems checks the problems the reader reports: a page
// without Chinese text, and one nested deeper than the HTML parser allows,
// which is read as text.
func TestReadHTMLProblems(t *testing.T) {
	tests := []struct {
		name, doc, want, problem string
	}{{
		name:    "no Chinese text",
		doc:     `<p>Hello</p><p>world</p>`,
		want:    "Hello\nworld\n",
		problem: "no Chinese text found; the whole page read as the article",
	}, {
		name:    "nested deeper than the parser allows",
		doc:     strings.Repeat("<div>", 600) + "正文。<script>索引号</script><p>第二行",
		want:    "正文。\n第二行\n",
		problem: "open stack of elements exceeds 512 nodes; read as text",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := readHTML(tt.doc, nil)
			if diff := cmp.Diff(tt.want, outline(p)); diff != "" {
				t.Errorf("outline (-want +got):\n%s", diff)
			}
			if len(p.Problems) != 1 || p.Problems[0].Message != tt.problem {
				t.Errorf("problems %+v, want %q", p.Problems, tt.problem)
			}
		})
	}
}

// TestHoldsMarkup tells text that holds a page's markup from text with
// angle brackets.
func TestHoldsMarkup(t *testing.T) {
	for s, want := range map[string]bool{
		"索引号：1\n<p>第一段</p><br/><p>第二段</p>":            true,
		"标题\n<div class=\"a\">正文</div><span>x</span>": true,
		"附件：说明 <http://x.gov.cn/a.pdf>":               false,
		"第一段<br>第二段<br>第三段<br>":                       false,
		"a < b > c </ d": false,
	} {
		if got := HoldsMarkup([]byte(s)); got != want {
			t.Errorf("HoldsMarkup(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestStartTagsAsTokenizer checks the scan of start tags against the HTML
// tokenizer's on every HTML page of testdata and some malformed markup.
func TestStartTagsAsTokenizer(t *testing.T) {
	var pages [][]byte
	for _, g := range []string{"../../../testdata/*/*.html", "../../../testdata/*/*/*.html", "../../../testdata/*/*/*.htm"} {
		paths, _ := filepath.Glob(g)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			pages = append(pages, b)
		}
	}
	if len(pages) < 10 {
		t.Fatalf("only %d HTML pages found", len(pages))
	}
	pages = append(pages,
		[]byte(`<p a="x>y" b='<i>'>t<!-- <b> --><script>if (a<b) {"</p>"}</script><i>x</i><STYLE>p{}</style ><br/>`),
		[]byte(`<div><title>a <b> c</title><textarea><p></textarea><p x=1>y</p><!doctype html><? pi ?></div>`),
		[]byte(`a < b <1 <p`),
	)
	for i, page := range pages {
		var want []startTag
		z := html.NewTokenizer(bytes.NewReader(page))
		off := 0
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				break
			}
			if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
				name, _ := z.TagName()
				want = append(want, startTag{name: atom.Lookup(name), off: off})
			}
			off += len(z.Raw())
		}
		got := startTags(page)
		if len(got) != len(want) {
			t.Errorf("page %d: %d start tags, the tokenizer finds %d", i, len(got), len(want))
		}
		for k := range min(len(got), len(want)) {
			if got[k] != want[k] {
				t.Errorf("page %d: tag %d is %v at %d, the tokenizer's %v at %d", i, k, got[k].name, got[k].off, want[k].name, want[k].off)
				break
			}
		}
	}
}
