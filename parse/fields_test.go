package parse

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/govnotice/govnotice/notice"
)

// ignoreOrigins leaves Input.Origins to TestOrigins: the mapping tests
// compare the fields and the problems.
var ignoreOrigins = cmpopts.IgnoreFields(notice.Input{}, "Origins")

// labelLines is the Input of a record read from a label-line header with
// no warnings.
func labelLines(problems ...notice.Problem) notice.Input {
	return notice.Input{Charset: "utf-8", Script: testScript, Layout: notice.LayoutLabelLines, Problems: problems}
}

// warning is a problem of severity warning.
func warning(field string, rule notice.Rule, line, col int, msg string) notice.Problem {
	return notice.Problem{Field: field, Rule: rule, Severity: notice.SeverityWarning, Line: line, Column: col, Message: msg}
}

func TestMapping(t *testing.T) {
	tests := []struct {
		name string
		page string
		want *notice.Notice
	}{
		{
			name: "责任部门 is the publisher when no publisher label is present",
			page: "索引号：014742224A/2023-0043406\n责任部门：万载县统计局\n正文。\n",
			want: &notice.Notice{
				IndexNumber: &notice.IndexNumber{Text: "014742224A/2023-0043406", Org: "014742224A", Year: 2023, Seq: "0043406"},
				Publisher:   "万载县统计局",
				Body:        []string{"正文。"},
				Input:       labelLines(),
			},
		},
		{
			name: "an e-paper's 刊发日期 is the published date",
			page: "刊发日期：2014-01-19 阅读次数： 作者：\n正文。\n",
			want: &notice.Notice{
				Published: &notice.Date{Year: 2014, Month: 1, Day: 19},
				Extra:     []notice.Field{{Label: "作者", Value: ""}},
				Body:      []string{"正文。"},
				Input:     labelLines(),
			},
		},
		{
			name: "添加时间 is the published date",
			page: "名 称: | 对某会议第181号提案的答复 | ||\n添加时间: | 2016-08-25 | 信息分类: | 政协提案办理 |\n正文。\n",
			want: &notice.Notice{
				Title:      "对某会议第181号提案的答复",
				Published:  &notice.Date{Year: 2016, Month: 8, Day: 25},
				Collection: "政协提案办理",
				Body:       []string{"正文。"},
				Input:      notice.Input{Charset: "utf-8", Script: testScript, Layout: notice.LayoutPipeTable},
			},
		},
		{
			name: "a date and time run into the publishing body's name",
			page: "信息来源：县交通运输局\n发布时间：2023-04-26 16:00某县交通运输局\n正文。\n",
			want: &notice.Notice{
				Source:    "县交通运输局",
				Published: &notice.Date{Year: 2023, Month: 4, Day: 26, Hour: 16, HasTime: true},
				Publisher: "某县交通运输局",
				Body:      []string{"正文。"},
				Input:     notice.Input{Charset: "utf-8", Script: testScript, Layout: notice.LayoutNone},
			},
		},
		{
			name: "a publisher's label wins over the body run into the date",
			page: "发布机构：某县人民政府\n发布时间：2023-04-26 16:00某县交通运输局\n正文。\n",
			want: &notice.Notice{
				Published: &notice.Date{Year: 2023, Month: 4, Day: 26, Hour: 16, HasTime: true},
				Publisher: "某县人民政府",
				Body:      []string{"正文。"},
				Input:     labelLines(),
			},
		},
		{
			name: "责任部门 goes to extra beside a publisher label",
			page: "责任部门：统计局\n发布机构：县政府\n正文。\n",
			want: &notice.Notice{
				Publisher: "县政府",
				Extra:     []notice.Field{{Label: "责任部门", Value: "统计局"}},
				Body:      []string{"正文。"},
				Input:     labelLines(),
			},
		},
		{
			name: "公开责任部门 is the publisher when no publisher label is present",
			page: "索引号：014742224A/2023-0043406\n公开责任部门：县司法局\n正文。\n",
			want: &notice.Notice{
				IndexNumber: &notice.IndexNumber{Text: "014742224A/2023-0043406", Org: "014742224A", Year: 2023, Seq: "0043406"},
				Publisher:   "县司法局",
				Body:        []string{"正文。"},
				Input:       labelLines(),
			},
		},
		{
			name: "so is 所属机构",
			page: "索引号：014742224A/2023-0043406\n所属机构：自治区林业和草原局\n正文。\n",
			want: &notice.Notice{
				IndexNumber: &notice.IndexNumber{Text: "014742224A/2023-0043406", Org: "014742224A", Year: 2023, Seq: "0043406"},
				Publisher:   "自治区林业和草原局",
				Body:        []string{"正文。"},
				Input:       labelLines(),
			},
		},
		{
			name: "and 公开主体",
			page: "主题分类：其他\n公开主体：某区人民政府办公室\n正文。\n",
			want: &notice.Notice{
				Topic:     "其他",
				Publisher: "某区人民政府办公室",
				Body:      []string{"正文。"},
				Input:     labelLines(),
			},
		},
		{
			name: "所属机构 goes to extra beside a publisher label",
			page: "发文单位：应急管理部\n所属机构：应急管理部办公厅\n正文。\n",
			want: &notice.Notice{
				Publisher: "应急管理部",
				Extra:     []notice.Field{{Label: "所属机构", Value: "应急管理部办公厅"}},
				Body:      []string{"正文。"},
				Input:     labelLines(),
			},
		},
		{
			name: "the page's date without a label yields to the block's label for it",
			page: "2023-8-7 13:50 | 发布者: 某某\n公布日期：1997.12.26 发布部门：某省人民政府\n正文。\n",
			want: &notice.Notice{
				Publisher: "某省人民政府",
				Published: &notice.Date{Year: 1997, Month: 12, Day: 26},
				Extra:     []notice.Field{{Label: "发布者", Value: "某某"}},
				Body:      []string{"正文。"},
				Input:     labelLines(),
			},
		},
		{
			name: "first label wins, a later one goes to extra with a warning when it differs",
			page: "生成日期: 2019-01-23 文号:\n发文日期: 2019-01-23 发布机构: 县政府\n组配分类: 规范性文件发布\n信息分类: 通知\n正文。\n",
			want: &notice.Notice{
				Publisher:  "县政府",
				Collection: "规范性文件发布",
				Created:    &notice.Date{Year: 2019, Month: 1, Day: 23},
				Extra:      []notice.Field{{Label: "发文日期", Value: "2019-01-23"}, {Label: "信息分类", Value: "通知"}},
				Body:       []string{"正文。"},
				Input: labelLines(
					warning("collection", notice.RuleDuplicate, 4, 1, `信息分类 "通知" differs from the first value "规范性文件发布"; kept in extra`)),
			},
		},
		{
			name: "unknown and extra labels go to extra in order, noise nowhere",
			page: "索引号：01527918X\n公开方式：主动公开\n服务对象类别：公众\n浏览次数：590\n归档时间：2019-02-01\n正文。\n访问量：1632\n图文解读：《公报》 2023-07-12\n",
			want: &notice.Notice{
				IndexNumber: &notice.IndexNumber{Text: "01527918X"},
				Extra: []notice.Field{
					{Label: "公开方式", Value: "主动公开"},
					{Label: "服务对象类别", Value: "公众"},
					{Label: "归档时间", Value: "2019-02-01"},
				},
				Body: []string{"正文。"},
				Input: labelLines(
					warning("index_number", notice.RuleShape, 1, 5, `"01527918X" has no known shape (unknown shape: no / or - after the organisation code); kept as text`)),
			},
		},
		{
			name: "placeholders are empty and a template separator is dropped",
			page: "发布机构：政府办,\n文号：— —\n来源：--\n主题分类：无\n体裁分类：其他\n正文。\n",
			want: &notice.Notice{
				Publisher: "政府办",
				Genre:     "其他",
				Body:      []string{"正文。"},
				Input:     labelLines(),
			},
		},
		{
			name: "typed values",
			page: "索引号：003129766/201901-00336\n发文字号：国发[2018] 43号\n成文日期：2024年04月06日 16:40\n" +
				"发布日期：2018年11月09日\n废止日期：1552233600\n生效日期：--\n正文。\n",
			want: &notice.Notice{
				IndexNumber: &notice.IndexNumber{Text: "003129766/201901-00336", Org: "003129766", Year: 2019, Month: 1, Seq: "00336"},
				DocNumber:   &notice.DocNumber{Text: "国发〔2018〕43号", Issuer: "国发", Year: 2018, Seq: "43"},
				Created:     &notice.Date{Year: 2024, Month: 4, Day: 6, HasTime: true, Hour: 16, Minute: 40},
				Published:   &notice.Date{Year: 2018, Month: 11, Day: 9},
				Body:        []string{"正文。"},
				Input:       labelLines(warning("abolished", notice.RuleShape, 5, 6, `"1552233600" is not a date (unknown shape: a Unix time, not a date)`)),
			},
		},
		{
			name: "a date that is not a date leaves the field to a later label",
			page: "生成日期：1552233600\n发文日期：2019-01-23\n在线链接地址：--\n正文。\n",
			want: &notice.Notice{
				Created: &notice.Date{Year: 2019, Month: 1, Day: 23},
				Body:    []string{"正文。"},
				Input:   labelLines(warning("created", notice.RuleShape, 1, 6, `"1552233600" is not a date (unknown shape: a Unix time, not a date)`)),
			},
		},
		{
			name: "a 文号 without a numeral leaves the field to the document's own",
			page: "文号：其他\n发布机构：县政府\n县政府关于做好防汛工作的通知\n县政发〔2019〕2号\n各乡镇人民政府：\n现将有关事项通知如下。\n县政府\n2019年1月2日\n",
			want: &notice.Notice{
				Title:     "县政府关于做好防汛工作的通知",
				DocNumber: &notice.DocNumber{Text: "县政发〔2019〕2号", Issuer: "县政发", Year: 2019, Seq: "2"},
				Publisher: "县政府",
				Addressee: "各乡镇人民政府",
				Body:      []string{"现将有关事项通知如下。"},
				Signers:   []string{"县政府"},
				Signed:    &notice.Date{Year: 2019, Month: 1, Day: 2},
				Created:   &notice.Date{Year: 2019, Month: 1, Day: 2},
				Input:     labelLines(warning("doc_number", notice.RuleShape, 1, 4, `"其他" is not a document number (no numeral)`)),
			},
		},
		{
			name: "keywords split on every list separator",
			page: "关键词：体育　运动会 机场，机构,批复；通知;公告、公报\n发布机构：县政府\n正文。\n",
			want: &notice.Notice{
				Publisher: "县政府",
				Keywords:  []string{"体育", "运动会", "机场", "机构", "批复", "通知", "公告", "公报"},
				Body:      []string{"正文。"},
				Input:     labelLines(),
			},
		},
		{
			name: "link and attachments keep their URLs",
			page: "在线链接地址：http://www.qixia.gov.cn/art/2025/11/19/art_1.html\n" +
				"附件：说明.pdf http://www.qixia.gov.cn/files/a(1).pdf\n文件下载：附件2\n正文。\n",
			want: &notice.Notice{
				Link: "http://www.qixia.gov.cn/art/2025/11/19/art_1.html",
				Attachments: []notice.Attachment{
					{Name: "说明.pdf", URL: "http://www.qixia.gov.cn/files/a(1).pdf"},
				},
				Extra: []notice.Field{{Label: "文件下载", Value: "附件2"}},
				Body:  []string{"正文。"},
				Input: labelLines(warning("attachments", notice.RuleDuplicate, 3, 1, `文件下载 "附件2" differs from the first value "说明.pdf http://www.qixia.gov.cn/files/a(1).pdf"; kept in extra`)),
			},
		},
		{
			name: "URLs are kept as found, Traditional path and all",
			page: "在線鏈接地址：http://www.nj.gov.cn/資料/通知.html\n發布機構：南京市人民政府\n附件：說明 <http://www.nj.gov.cn/附件/說明.pdf>\n正文。\n",
			want: &notice.Notice{
				Link:        "http://www.nj.gov.cn/資料/通知.html",
				Publisher:   "南京市人民政府",
				Attachments: []notice.Attachment{{Name: "说明", URL: "http://www.nj.gov.cn/附件/說明.pdf"}},
				Body:        []string{"正文。"},
				Input:       notice.Input{Charset: "utf-8", Script: "traditional", Layout: notice.LayoutLabelLines},
			},
		},
		{
			// The ASCII colon becomes ： in the canonical text only: were it
			// taken as part of a URL there, the decoded and canonical texts
			// would hold different URLs and every one would lose its form.
			name: "URLs kept as found after an ASCII colon before www.",
			page: "在線鏈接地址:www.nj.gov.cn/資料/a.html\n附件：說明 http://www.nj.gov.cn/資料/b.pdf\n正文。\n",
			want: &notice.Notice{
				Link:        "www.nj.gov.cn/資料/a.html",
				Attachments: []notice.Attachment{{Name: "说明", URL: "http://www.nj.gov.cn/資料/b.pdf"}},
				Body:        []string{"正文。"},
				Input:       notice.Input{Charset: "utf-8", Script: "traditional", Layout: notice.LayoutLabelLines},
			},
		},
		{
			name: "a zero-width space inside a label",
			page: "| 索引号： | 000014349/2018-00204 |\n| 发布\u200b机构 | 某局 |\n正文。\n",
			want: &notice.Notice{
				IndexNumber: &notice.IndexNumber{Text: "000014349/2018-00204", Org: "000014349", Year: 2018, Seq: "00204"},
				Publisher:   "某局",
				Body:        []string{"正文。"},
				Input:       notice.Input{Charset: "utf-8", Script: testScript, Layout: notice.LayoutPipeTable},
			},
		},
		{
			name: "one attachment a cell of a table row",
			page: "| 索引号： | 000014349/2018-00204 |\n| 文件下载： | 说明.pdf <http://www.qixia.gov.cn/a.pdf> | 附表.xls | |\n正文。\n",
			want: &notice.Notice{
				IndexNumber: &notice.IndexNumber{Text: "000014349/2018-00204", Org: "000014349", Year: 2018, Seq: "00204"},
				Attachments: []notice.Attachment{
					{Name: "说明.pdf", URL: "http://www.qixia.gov.cn/a.pdf"},
					{Name: "附表.xls"},
				},
				Body:  []string{"正文。"},
				Input: notice.Input{Charset: "utf-8", Script: testScript, Layout: notice.LayoutPipeTable},
			},
		},
		{
			// A row that starts with a label alone pairs its cells: the
			// cell beside a label is its value, whatever it starts with.
			name: "a value that starts with a label, beside its label",
			page: "| 索引号： | 000014349/2018-00204 |\n| 信息名称： | 生成日期 |\n| 发布机构： | 来源：某某报社 |\n正文。\n",
			want: &notice.Notice{
				IndexNumber: &notice.IndexNumber{Text: "000014349/2018-00204", Org: "000014349", Year: 2018, Seq: "00204"},
				Title:       "生成日期",
				Publisher:   "来源：某某报社",
				Body:        []string{"正文。"},
				Input:       notice.Input{Charset: "utf-8", Script: testScript, Layout: notice.LayoutPipeTable},
			},
		},
		{
			// A table goes on after a blank line only with its rows.
			name: "lines of labels under a table and a blank line are the article's",
			page: "| 索引号： | 000014349/2018-00204 |\n\n制定机关： 某省人民政府\n时 效 性： 现行有效\n全文\n",
			want: &notice.Notice{
				IndexNumber: &notice.IndexNumber{Text: "000014349/2018-00204", Org: "000014349", Year: 2018, Seq: "00204"},
				Body:        []string{"制定机关： 某省人民政府", "时 效 性： 现行有效", "全文"},
				Input:       notice.Input{Charset: "utf-8", Script: testScript, Layout: notice.LayoutPipeTable},
			},
		},
		{
			// encode.Text writes a relative link in angle brackets; it is
			// kept as the page has it, before the canonical steps.
			name: "relative links in angle brackets",
			page: "| 索引号： | 000014349/2018-00204 |\n| 文件下载： | 说明 <./资料(一),a.pdf> | <../b.doc> | 全文 <目录> |\n正文。\n",
			want: &notice.Notice{
				IndexNumber: &notice.IndexNumber{Text: "000014349/2018-00204", Org: "000014349", Year: 2018, Seq: "00204"},
				Attachments: []notice.Attachment{
					{Name: "说明", URL: "./资料(一),a.pdf"},
					{URL: "../b.doc"},
					{Name: "全文 <目录>"},
				},
				Body:  []string{"正文。"},
				Input: notice.Input{Charset: "utf-8", Script: testScript, Layout: notice.LayoutPipeTable},
			},
		},
		{
			name: "control characters are removed from values and body",
			page: "标题：通\x01知\n发布机构：县政府\n正\x7f文\x00的第一段落，较长的一段文字。\n",
			want: &notice.Notice{
				Title:     "通知",
				Publisher: "县政府",
				Body:      []string{"正文的第一段落，较长的一段文字。"},
				Input: labelLines(
					warning("input", notice.RuleEncoding, 1, 5, "removed 1 control characters"),
					warning("input", notice.RuleEncoding, 3, 2, "removed 2 control characters")),
			},
		},
		{
			// The meta strip is no metadata header (FORMAT.md §7.2): the page's
			// layout is none, and the title above it is the document's.
			name: "a one-line meta strip keeps the title above it",
			page: "首页 > 政务公开\n县政府办公室关于推进信息共享工作的通知\n时间:2019年06月17日 点击次数:28596\n各乡镇人民政府：\n现将有关事项通知如下。\n",
			want: &notice.Notice{
				Title:     "县政府办公室关于推进信息共享工作的通知",
				Published: &notice.Date{Year: 2019, Month: 6, Day: 17},
				Addressee: "各乡镇人民政府",
				Body:      []string{"现将有关事项通知如下。"},
				Input:     notice.Input{Charset: "utf-8", Script: testScript, Layout: notice.LayoutNone},
			},
		},
		{
			name: "a meta strip with a label of the vocabulary is a header",
			page: "县政府办公室关于推进信息共享工作的通知\n时间:2019年06月17日 发布机构:县政府办公室\n各乡镇人民政府：\n现将有关事项通知如下。\n",
			want: &notice.Notice{
				Title:     "县政府办公室关于推进信息共享工作的通知",
				Publisher: "县政府办公室",
				Published: &notice.Date{Year: 2019, Month: 6, Day: 17},
				Addressee: "各乡镇人民政府",
				Body:      []string{"现将有关事项通知如下。"},
				Input:     labelLines(),
			},
		},
		{
			// A news item's heading is its first line, its layout spaces
			// gone as in any title of a text page.
			name: "no header: body only, page chrome dropped",
			page: "当前位置：首页 > 政务公开\n首页 > 通知公告\n网站支持IPV6 | 无障碍阅读\n\n  通知  标题 \n\n第一段。\n返回顶部\n【打印】 【关闭】\n",
			want: &notice.Notice{
				Title: "通知标题",
				Body:  []string{"第一段。"},
				Input: notice.Input{Charset: "utf-8", Script: testScript, Layout: notice.LayoutNone},
			},
		},
		{
			name: "a heading split over three lines: the issuer, the subject, the kind spaced out",
			page: "某县人民政府\n关于2022年春季森林草原封山防火的\n通 告\n为有效遏制森林草原火灾的发生，现将有关事项通告如下。\n一、全县实行封山防火。\n",
			want: &notice.Notice{
				Title: "某县人民政府关于2022年春季森林草原封山防火的通告",
				Body:  []string{"为有效遏制森林草原火灾的发生，现将有关事项通告如下。", "一、全县实行封山防火。"},
				Input: notice.Input{Charset: "utf-8", Script: testScript, Layout: notice.LayoutNone},
			},
		},
		{
			name: "a date run together with the source is the publication date, unless a label gives one",
			page: "来源：某县人民政府网站2019-01-07 11:58\n索引号：\n正文。\n",
			want: &notice.Notice{
				Source:    "某县人民政府网站",
				Published: &notice.Date{Year: 2019, Month: 1, Day: 7, Hour: 11, Minute: 58, HasTime: true},
				Body:      []string{"正文。"},
				Input:     labelLines(),
			},
		},
		{
			name: "a date after the editor's credit is the publication date",
			page: "来源：本网讯 作者：某县城管局 编辑：王某 2021-05-28 15:29:14\n索引号：\n正文。\n",
			want: &notice.Notice{
				Source:    "本网讯",
				Published: &notice.Date{Year: 2021, Month: 5, Day: 28, Hour: 15, Minute: 29, Second: 14, HasTime: true},
				Body:      []string{"正文。"},
				Extra:     []notice.Field{{Label: "作者", Value: "某县城管局"}, {Label: "编辑", Value: "王某"}},
				Input:     labelLines(),
			},
		},
		{
			name: "the word a page puts after the source it copied from",
			page: "来源：今日某县 转载\n索引号：\n正文。\n",
			want: &notice.Notice{
				Source: "今日某县",
				Body:   []string{"正文。"},
				Input:  labelLines(),
			},
		},
		{
			name: "a label's date wins over one run together with the source",
			page: "发布机构：县政府\n来源：某县人民政府网站2019-01-07\n发布日期：2019-01-08\n正文。\n",
			want: &notice.Notice{
				Publisher: "县政府",
				Source:    "某县人民政府网站",
				Published: &notice.Date{Year: 2019, Month: 1, Day: 8},
				Body:      []string{"正文。"},
				Input: labelLines(warning("published", notice.RuleConflict, 2, 4,
					"the source's 2019-01-07 differs from the header's 2019-01-08; the header's is kept")),
			},
		},
		{
			name: "page UI that ran into a date is cut",
			page: "发布机构：县政府\n发布时间：2015-12-22 12:07 【字体：\n正文。\n",
			want: &notice.Notice{
				Publisher: "县政府",
				Published: &notice.Date{Year: 2015, Month: 12, Day: 22, Hour: 12, Minute: 7, HasTime: true},
				Body:      []string{"正文。"},
				Input:     labelLines(),
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, ignoreOrigins); diff != "" {
				t.Errorf("Parse (-want +got):\n%s", diff)
			}
		})
	}
}

// testScript is what canonicalisation reports as the script of the test
// pages, all Simplified.
const testScript = "simplified"

// TestPlaceholderValues checks that the values a template leaves for
// nothing (暂无, null) are empty values, and that words around them stay.
func TestPlaceholderValues(t *testing.T) {
	for _, tt := range []struct {
		value   string
		wantDoc string
	}{
		{"暂无", ""},
		{"null", ""},
		{"NULL", ""},
		{"--", ""},
		{"号", ""},
		{"某政办〔2009〕147号", "某政办〔2009〕147号"},
	} {
		n, err := Parse([]byte("索引号：000014349/2009-00001\n文号：" + tt.value + "\n发布机构：某县人民政府\n\n正文。\n"))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		if n.DocNumber != nil {
			got = n.DocNumber.Text
		}
		if got != tt.wantDoc {
			t.Errorf("文号：%s gives doc_number %q, want %q", tt.value, got, tt.wantDoc)
		}
	}
}

// TestCounterInValue checks that a page's counter run into a value without
// its colon leaves the value, and that numbers of the value stay.
func TestCounterInValue(t *testing.T) {
	for in, want := range map[string]string{
		"本站原创 浏览4482次":              "本站原创",
		"某县人民政府 点击：12":              "某县人民政府",
		"第3号 阅读":                    "第3号 阅读",
		"某局":                        "某局",
		"某网 · 2020-11-11 · 4825人看过": "某网 · 2020-11-11",
		"人看过":                       "人看过",
		"某县人民政府点击：[]":               "某县人民政府",
		"某县人民政府点击：":                 "某县人民政府",
		"关于点击率的说明":                  "关于点击率的说明",
	} {
		if got := cutCounter(in); got != want {
			t.Errorf("cutCounter(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLostMarksInValue checks that a run of question marks a copy left
// for lost characters at a value's end is cut, and a mark or two is kept.
func TestLostMarksInValue(t *testing.T) {
	for in, want := range map[string]string{
		"某镇 ????": "某镇",
		"某镇？？？":   "某镇",
		"是否有效？":   "是否有效？",
		"某某?? ":   "某某?? ",
		"????":    "",
		"某局":      "某局",
	} {
		if got := cutLostMarks(in); got != want {
			t.Errorf("cutLostMarks(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPageLineSourceWithDate checks a page's info line whose source runs
// into the line's date and counter: the date is the page's.
func TestPageLineSourceWithDate(t *testing.T) {
	n, err := Parse([]byte("关于做好防汛工作的通知\n来源：某网 · 2020-11-11 · 4825人看过\n某政办发[2008]68号 各乡镇人民政府，县直各单位：现将有关事项通知如下，请认真贯彻执行。\n某县人民政府办公室\n2008年5月23日\n"))
	if err != nil {
		t.Fatal(err)
	}
	if n.Source != "某网" || n.Published == nil || n.Published.String() != "2020-11-11" {
		t.Errorf("source %q, published %v; want 某网, 2020-11-11", n.Source, n.Published)
	}
	if n.DocNumber == nil || n.DocNumber.Text != "某政办发〔2008〕68号" || n.Addressee != "各乡镇人民政府，县直各单位" {
		t.Errorf("文号 %v, addressee %q; want 某政办发〔2008〕68号 split from the addressee", n.DocNumber, n.Addressee)
	}
}

// TestPublisherPath checks a publisher written as the path of bodies a site
// files it under, in a header and in the page's line under the title: the
// last body published.
func TestPublisherPath(t *testing.T) {
	for _, page := range []string{
		"索引号：000014349/2019-00001\n发布机构：某市人民政府->某市水利局\n\n正文。\n",
		"某市水利局关于做好防汛工作的通知\n发布机构：某市人民政府->某市水利局 发布时间：2019-06-03 浏览次数：\n各县（区）水利局：\n现将有关事项通知如下。\n",
	} {
		n, err := Parse([]byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if n.Publisher != "某市水利局" {
			t.Errorf("%q: publisher %q, want 某市水利局", page, n.Publisher)
		}
	}
}

// TestPublishedOn checks that 发布于 under a title dates the page.
func TestPublishedOn(t *testing.T) {
	n, err := Parse([]byte("某局关于道路施工断交的公告\n发布于：2022-09-06 16:08:28\n因道路维修，现将有关事项通告如下。\n特此通告。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if n.Published == nil || n.Published.String() != "2022-09-06T16:08:28+08:00" {
		t.Errorf("published %v, want 2022-09-06T16:08:28+08:00", n.Published)
	}
}

// TestOneLabelLineHeaders checks label lines that make a header alone:
// a title's label over the text, and attachments a bar parts on a line.
func TestOneLabelLineHeaders(t *testing.T) {
	n, err := Parse([]byte("信息名称：关于调整居民生活用水价格的通知\n\n某市自来水有限公司：\n现就有关事项通知如下。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if n.Title != "关于调整居民生活用水价格的通知" || n.Addressee != "某市自来水有限公司" {
		t.Errorf("title %q, addressee %q; want the label's title and the addressee under it", n.Title, n.Addressee)
	}
	n, err = Parse([]byte("信息名称：关于转发两个通报的通知\n文号：某建〔2017〕68号\n文件下载：关于9月份事故的通报 | 关于10月份事故的通报\n\n正文。\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []notice.Attachment{{Name: "关于9月份事故的通报"}, {Name: "关于10月份事故的通报"}}
	if diff := cmp.Diff(want, n.Attachments); diff != "" {
		t.Errorf("attachments (-want +got):\n%s", diff)
	}
	// A sentence after 名称： is no title.
	n, err = Parse([]byte("名称：本项目位于某村。\n\n正文。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if n.Title != "" {
		t.Errorf("title %q, want none", n.Title)
	}
}

// TestForumPostStamp checks a forum's copy of a notice: the post's stamp
// (发表于) dates the page, its bar of widgets after the date is no part of
// it, and the region the poster wrote from (来自 中国重庆) is no source.
func TestForumPostStamp(t *testing.T) {
	for _, tt := range []struct{ page, region string }{
		{"关于道路施工断交的通告\n发表于 2023-10-18 08:35:37 | 显示全部楼层 |阅读模式 来自 中国重庆\n因道路维修，现将有关事项通告如下。\n特此通告。\n", "中国重庆"},
		{"关于道路施工断交的通告\n发表于 2023-10-18 08:35:37 | 显示全部楼层 |阅读模式 来自: 安徽\n因道路维修，现将有关事项通告如下。\n特此通告。\n", "安徽"},
	} {
		n, err := Parse([]byte(tt.page))
		if err != nil {
			t.Fatal(err)
		}
		if n.Published == nil || n.Published.String() != "2023-10-18T08:35:37+08:00" {
			t.Errorf("%q: published %v, want 2023-10-18T08:35:37+08:00", tt.page, n.Published)
		}
		want := []notice.Field{{Label: "来自", Value: tt.region}}
		if diff := cmp.Diff(want, n.Extra); n.Source != "" || diff != "" {
			t.Errorf("%q: source %q, want none; extra (-want +got):\n%s", tt.page, n.Source, diff)
		}
	}
	// A body after 来自 is the source.
	n, err := Parse([]byte("关于道路施工断交的通告\n发布时间：2023-10-18 来自：安徽省交通运输厅\n因道路维修，现将有关事项通告如下。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if n.Source != "安徽省交通运输厅" {
		t.Errorf("source %q, want 安徽省交通运输厅", n.Source)
	}
}

// TestTopicTrailingSeparator checks that a topic's hierarchy separator with
// nothing after it goes.
func TestTopicTrailingSeparator(t *testing.T) {
	n, err := Parse([]byte("索引号：000014349/2019-00001\n主题分类：其他\\\n发布机构：某县人民政府\n\n正文。\n"))
	if err != nil {
		t.Fatal(err)
	}
	if n.Topic != "其他" {
		t.Errorf("topic %q, want 其他", n.Topic)
	}
}

// TestHeaderTitleLeadingNumber checks that a 文号 or an announcement's
// number before the title, in a header's title cell or in the title line
// over the header, goes to doc_number.
func TestHeaderTitleLeadingNumber(t *testing.T) {
	tests := []struct {
		page, title, number string
	}{
		{
			page:   "| 索引号： | 000014349/2010-00001 |\n| 标题： | 某政发〔2010〕22号 某市人民政府关于表彰先进单位的决定 |\n\n正文。\n",
			title:  "某市人民政府关于表彰先进单位的决定",
			number: "某政发〔2010〕22号",
		},
		{
			page:   "| 索引号： | 000014349/2019-00001 |\n| 标题： | 某部公告2019年第39号 某部关于调整有关事项的公告 |\n\n正文。\n",
			title:  "某部关于调整有关事项的公告",
			number: "某部公告2019年第39号",
		},
		{
			page:   "某部公告2023年第35号 某部关于延长调查期限的公告\n\n发文字号：某部公告〔2023〕第35号\n\n发文日期：2023-10-09\n\n正文。\n",
			title:  "某部关于延长调查期限的公告",
			number: "某部公告〔2023〕第35号",
		},
	}
	for _, tt := range tests {
		n, err := Parse([]byte(tt.page))
		if err != nil {
			t.Fatal(err)
		}
		if n.Title != tt.title || n.DocNumber == nil || n.DocNumber.Text != tt.number || n.DocNumber.Seq == "" {
			t.Errorf("%q: title %q, doc_number %+v; want %q and %q with its parts", tt.page, n.Title, n.DocNumber, tt.title, tt.number)
		}
	}
}

// TestWidgetInValue checks that a page's widget run into the end of a
// value after a space leaves it, and that a value's own last word stays.
