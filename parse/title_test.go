package parse

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/notice"
)

// TestTitleNumber checks that a 文号 in parentheses at the end of a title
// goes to doc_number wherever the title came from, and that a 文号 label
// wins over it.
func TestTitleNumber(t *testing.T) {
	tests := []struct {
		name      string
		page      string
		wantTitle string
		wantDoc   string
		wantFrom  string // the origin of doc_number
		conflict  bool   // a warning that the title's 文号 differs
	}{
		{"header title", "标题：关于开展安全检查的通知（某府办发〔2020〕3号）\n发布日期：2020-03-01\n\n各乡镇：\n请做好检查。\n",
			"关于开展安全检查的通知", "某府办发〔2020〕3号", notice.FromHeader, false},
		{"header title and 文号", "标题：关于开展安全检查的通知（某府办发〔2020〕3号）\n文号：某府办发〔2020〕4号\n\n各乡镇：\n请做好检查。\n",
			"关于开展安全检查的通知", "某府办发〔2020〕4号", notice.FromHeader, true},
		{"header title, 文号 before it", "文号：某府办发〔2020〕3号\n标题：关于开展安全检查的通知（某府办发〔2020〕3号）\n\n各乡镇：\n请做好检查。\n",
			"关于开展安全检查的通知", "某府办发〔2020〕3号", notice.FromHeader, false},
		{"a 文号 after the title, without parentheses", "某县人民政府土地征收预公告 某府告〔2022〕53号\n发布日期：2022-12-08 15:01:40 来源：某县人民政府办公室\n\n因城市建设需要，拟征收部分农民集体土地。现将有关事项公告如下：\n一、建设用地项目名称：某县城镇建设用地。\n",
			"某县人民政府土地征收预公告", "某府告〔2022〕53号", notice.FromBody, false},
		{"a remark is no 文号", "标题：某市城市管理条例（2019年修订）\n发布日期：2020-03-01\n\n第一条 为了加强管理，制定本条例。\n",
			"某市城市管理条例（2019年修订）", "", "", false},
		{"meta title", `<html><head><meta name="ArticleTitle" content="某局行政处罚信息公开表（某罚决字〔2024〕36号）"></head>` +
			`<body><div id="zoom"><p>当事人某公司违反规定，依法给予罚款。</p></div></body></html>`,
			"某局行政处罚信息公开表", "某罚决字〔2024〕36号", notice.FromHTMLMeta, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := Parse([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			doc, from := "", ""
			if n.DocNumber != nil {
				doc = n.DocNumber.Text
			}
			for _, o := range n.Input.Origins {
				if o.Field == "doc_number" {
					from = o.From
				}
			}
			if n.Title != tt.wantTitle || doc != tt.wantDoc || from != tt.wantFrom {
				t.Errorf("title %q, doc_number %q from %q; want %q, %q from %q", n.Title, doc, from, tt.wantTitle, tt.wantDoc, tt.wantFrom)
			}
			conflict := false
			for _, p := range n.Input.Problems {
				if p.Field == "doc_number" && errors.Is(p.Rule, notice.RuleConflict) {
					conflict = true
				}
			}
			if conflict != tt.conflict {
				t.Errorf("conflict warning %v, want %v: %+v", conflict, tt.conflict, n.Input.Problems)
			}
		})
	}
}

// TestHeadingAgainstArticleTitle checks that a heading element the page
// marks as a title is not the article's when the page's ArticleTitle names
// another text, and is when it agrees or says nothing.
func TestHeadingAgainstArticleTitle(t *testing.T) {
	const article = `<div id="zoom"><div class="box-title">版权与免责声明</div>` +
		`<p>凡本站注明原创的作品，其版权属于本站所有，转载时必须注明来源。</p></div>`
	tests := []struct{ meta, want string }{
		{"某局行政处罚信息公开表", "某局行政处罚信息公开表"},
		{"", "版权与免责声明"},
		{"版权与免责声明", "版权与免责声明"},
	}
	for _, tt := range tests {
		page := `<html><head><meta name="ArticleTitle" content="` + tt.meta + `"></head><body>` + article + `</body></html>`
		n, err := Parse([]byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if n.Title != tt.want {
			t.Errorf("ArticleTitle %q: title %q, want %q", tt.meta, n.Title, tt.want)
		}
	}
}

// TestTitleCopyLeavesBody checks that the article's copy of a title that
// the page's <title> gave leaves the body, with a kicker or the column's
// name above it, and that a sentence above it stays.
func TestTitleCopyLeavesBody(t *testing.T) {
	page := func(above string) string {
		return `<html><head><title>某灌区工程全面开工_某省人民政府门户网站</title></head><body><div id="zoom">` +
			above + `<p>某灌区工程全面开工</p><p>10月15日，某灌区工程迈出全面建设的第一步。</p></div></body></html>`
	}
	tests := []struct {
		name, above string
		wantFirst   string
	}{
		{"heading alone", "", "10月15日，某灌区工程迈出全面建设的第一步。"},
		{"kicker", "<p>国务院150项重大水利工程之一</p>", "10月15日，某灌区工程迈出全面建设的第一步。"},
		{"column name", "<p>各地动态</p>", "10月15日，某灌区工程迈出全面建设的第一步。"},
		{"a sentence stays", "<p>记者从省水利厅获悉。</p>", "记者从省水利厅获悉。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := Parse([]byte(page(tt.above)))
			if err != nil {
				t.Fatal(err)
			}
			if n.Title != "某灌区工程全面开工" || len(n.Body) == 0 || n.Body[0] != tt.wantFirst {
				t.Errorf("title %q, body %q; want the first paragraph %q", n.Title, n.Body, tt.wantFirst)
			}
			var kicker []notice.Field
			if tt.name == "kicker" || tt.name == "column name" {
				kicker = []notice.Field{{Label: "引题", Value: strings.TrimSuffix(strings.TrimPrefix(tt.above, "<p>"), "</p>")}}
			}
			if diff := cmp.Diff(kicker, n.Extra); diff != "" {
				t.Errorf("extra (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDocumentTitleAboveHeader checks that a document's title above a text
// page's header wins over a short first line of the article.
func TestDocumentTitleAboveHeader(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"document title above", "某省贯彻落实安全生产责任制实施细则\n来源：某省人民政府 浏览次数：1694\n发布日期：2019-04-06\n\n属性 规范性文件 专业属性 其他\n第一条 为了加强安全生产工作，制定本细则。\n",
			"某省贯彻落实安全生产责任制实施细则"},
		// Above a meta strip (source, date, page UI) the news heading is
		// the article's own, whatever its form.
		{"news heading above a meta strip", "全县召开防汛工作会议\n来源：某县人民政府 浏览次数：16\n发布日期：2019-04-06\n\n县长出席会议并讲话\n4月6日，全县防汛工作会议召开。\n",
			"全县召开防汛工作会议"},
		// A copied <title> first: its column's and site's names go.
		{"a copied <title> with the column's and the site's names", "某镇2023年人居环境考核办法政策解读 - 政策解读 - 某市政府门户网站\n首页 > 政务公开 > 政策\n\n某镇2023年人居环境考核办法政策解读\n\n发布时间 : 2023-06-05 来源:某市某镇 字体大小:\n\n2023年6月1日，某镇人民政府印发了考核办法。\n",
			"某镇2023年人居环境考核办法政策解读"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := Parse([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if n.Title != tt.want {
				t.Errorf("title %q, want %q", n.Title, tt.want)
			}
		})
	}
}

// TestSubtitle checks that a short heading under the heading taken as the
// title is its subtitle, kept in extra, not the article's first paragraph.
func TestSubtitle(t *testing.T) {
	page := `<html><body><div class="content"><h1>某区长主持召开互联网医疗座谈会</h1>` +
		`<h2 class="content_subtitle">打造优质产业生态 推动互联网与医疗联合创新</h2>` +
		`<div id="zoom"><p>9月27日，区长主持召开互联网医疗座谈会。</p><p>会议要求，各部门加强协作。</p></div></div></body></html>`
	n, err := Parse([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if n.Title != "某区长主持召开互联网医疗座谈会" || len(n.Body) == 0 || n.Body[0] != "9月27日，区长主持召开互联网医疗座谈会。" {
		t.Errorf("title %q, body %q", n.Title, n.Body)
	}
	want := []notice.Field{{Label: "副标题", Value: "打造优质产业生态 推动互联网与医疗联合创新"}}
	if diff := cmp.Diff(want, n.Extra); diff != "" {
		t.Errorf("extra (-want +got):\n%s", diff)
	}
}

// TestNumberAboveHeader checks that a 文号 on its own line above a
// one-line header is read, whether that line is a news strip (the lines
// above it are the article's) or a disclosure header (they are the page's).
func TestNumberAboveHeader(t *testing.T) {
	for _, header := range []string{
		"发布日期：2006-01-24 发文单位：某市人民政府办公厅",
		"成文日期：2006-01-24 发文单位：某市人民政府办公厅",
	} {
		page := "某政办发〔2006〕4号\n" + header + "\n\n各区、县人民政府：\n为加强工作，现通知如下。\n"
		n, err := Parse([]byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if n.DocNumber == nil || n.DocNumber.Text != "某政办发〔2006〕4号" {
			t.Errorf("%s: doc_number %v, want 某政办发〔2006〕4号", header, n.DocNumber)
		}
	}
}

// TestColumnNameOverHeading checks that a column's name over a news item's
// heading is not its title, and that a copy of the heading under it leaves
// the body.
func TestColumnNameOverHeading(t *testing.T) {
	page := "工作报告\n2020年某区法治政府建设情况报告\n2020年某区法治政府建设情况报告\n2020年，某区坚持依法行政。\n一、主要举措\n"
	n, err := Parse([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if n.Title != "2020年某区法治政府建设情况报告" || len(n.Body) == 0 || n.Body[0] != "2020年，某区坚持依法行政。" {
		t.Errorf("title %q, body %q", n.Title, n.Body)
	}
	if diff := cmp.Diff([]notice.Field{{Label: "引题", Value: "工作报告"}}, n.Extra); diff != "" {
		t.Errorf("extra (-want +got):\n%s", diff)
	}
}

// TestHeadingSplitOverTwoLines checks titles split over two lines where
// the second is too short to be a title and names no issuer: a news
// item's heading, and a 公示 over its dated signature.
func TestHeadingSplitOverTwoLines(t *testing.T) {
	for _, tc := range []struct{ page, title, first string }{
		{"某县文化和旅游局关于第四批县级非物质文化遗产代表性项目拟命名\n项目的公示\n为贯彻落实有关法律，现将拟命名项目公示如下。\n公示期为15天。\n",
			"某县文化和旅游局关于第四批县级非物质文化遗产代表性项目拟命名项目的公示", "为贯彻落实有关法律，现将拟命名项目公示如下。"},
		{"某市推荐第五批全国乡村旅游重点村镇\n备选单位评审结果公示\n为推进乡村旅游发展，现将评审结果公示如下。\n产业发展处\n2023年12月21日\n",
			"某市推荐第五批全国乡村旅游重点村镇备选单位评审结果公示", "为推进乡村旅游发展，现将评审结果公示如下。"},
	} {
		n, err := Parse([]byte(tc.page))
		if err != nil {
			t.Fatal(err)
		}
		if n.Title != tc.title || len(n.Body) == 0 || n.Body[0] != tc.first {
			t.Errorf("title %q, body %q; want %q over %q", n.Title, n.Body, tc.title, tc.first)
		}
	}
}

// TestNewsHeadingWithComma checks that a news item's heading may hold a
// comma when the page's source and date line stands under it, that a
// first line with a comma and no such line under it stays the body's, and
// that an issuer's line over 关于… is the title's start, and that a title
// under a news strip below the site's menus, or under the site's lines at
// the top of the text, is taken.
func TestNewsHeadingWithComma(t *testing.T) {
	tests := []struct {
		page, title, first string
	}{
		{
			page:  "站群导航\n索引号： 发布机构：\n文 号： 所属主题：工业、交通\n\n扎实开展环境卫生整治，营造宜居生活家园\n\n来源： 发布时间：2019-08-07 浏览次数：\n\n为巩固创建成果，县委、县政府坚持综合整治与长效管理并重。\n抓制度靠实责任。\n",
			title: "扎实开展环境卫生整治，营造宜居生活家园",
			first: "为巩固创建成果，县委、县政府坚持综合整治与长效管理并重。",
		},
		{
			// The issuer's line of a title over the rest of it.
			page:  "索引号：000001/2022-00001\n发文字号： 有效性：有效\n\n某区人民政府\n\n关于划定高污染燃料禁燃区的通告\n\n为加强我区大气污染防治，现将有关事项通告如下。\n一、禁燃区内禁止燃用高污染燃料。\n",
			title: "某区人民政府关于划定高污染燃料禁燃区的通告",
			first: "为加强我区大气污染防治，现将有关事项通告如下。",
		},
		{
			page:  "某区人民政府\n土地征收预通告\n根据《中华人民共和国土地管理法》，现将有关事项通告如下。\n一、拟征收土地范围\n",
			title: "某区人民政府土地征收预通告",
			first: "根据《中华人民共和国土地管理法》，现将有关事项通告如下。",
		},
		{
			// A site's banner over a title that names the issuer itself.
			page:  "某区人民政府\n某区人民政府关于做好防汛工作的通知\n各街道：\n现将有关事项通知如下。\n",
			title: "某区人民政府关于做好防汛工作的通知",
			first: "现将有关事项通知如下。",
		},
		{
			page:  "站群导航\n索引号： 发布机构：\n文 号： 所属主题：工业、交通\n\n扎实开展环境卫生整治，营造宜居生活家园\n为巩固创建成果，县委、县政府坚持综合整治与长效管理并重。\n",
			title: "",
			first: "扎实开展环境卫生整治，营造宜居生活家园",
		},
		{
			// A news template's strip under the site's menus, and the
			// title under the strip.
			page: "老年版     登录     注册\n一网搜\n某省教育厅  |\n信息来源:某市教育局   发布时间: 2023-06-06    收藏\n\n 字号:  \n\n |\n\n" +
				"关于市区义务教育段学校学区划分方案的公示\n\n根据《义务教育法》，现将学区划分方案公示如下。\n",
			title: "关于市区义务教育段学校学区划分方案的公示",
			first: "根据《义务教育法》，现将学区划分方案公示如下。",
		},
		{
			// The site's lines over the title of a text that is no
			// document: a bar of spam, 回顶部, the date widget, a
			// breadcrumb, the column's name.
			page: "某某精品免费在线观看|某某视频在线一区二区|某某专区中文字幕\n回顶部\n 2025年09月19日 星期五\n当前位置: 首页 » 重要通告 » 正文\n重要通告\n" +
				"农业农村部关于实行海河等4个流域禁渔期制度的通告\n为养护水生生物资源，根据有关规定，现将禁渔期制度通告如下。\n一、海河流域禁渔期制度\n",
			title: "农业农村部关于实行海河等4个流域禁渔期制度的通告",
			first: "为养护水生生物资源，根据有关规定，现将禁渔期制度通告如下。",
		},
	}
	for _, tt := range tests {
		n, err := Parse([]byte(tt.page))
		if err != nil {
			t.Fatal(err)
		}
		first := ""
		if len(n.Body) > 0 {
			first = n.Body[0]
		}
		if n.Title != tt.title || first != tt.first {
			t.Errorf("%q: title %q, body starts %q; want %q, %q", tt.page, n.Title, first, tt.title, tt.first)
		}
	}
}
