package parse

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/govnotice/govnotice/notice"
)

// The body of an official document, in canonical text, that the cases
// below put under various headers.
const (
	docTitle  = "某县人民政府关于做好防汛工作的通知"
	docNumber = "某政发〔2019〕12号"
	docAddr   = "各乡镇人民政府，县直各单位："
	docText   = "为切实做好今年防汛工作，现就有关事项通知如下。"
	docSigner = "某县人民政府"
	docSigned = "2019年6月1日"
)

// page joins lines into a page.
func pageOf(lines ...string) string { return strings.Join(lines, "\n") + "\n" }

// noHead is the Input of a page without a header, with warnings.
func noHead(problems ...notice.Problem) notice.Input {
	return notice.Input{Charset: "utf-8", Script: testScript, Layout: notice.LayoutNone, Problems: problems}
}

func day(y, m, d int) *notice.Date { return &notice.Date{Year: y, Month: m, Day: d} }

func docNum(s string) *notice.DocNumber {
	n, _ := notice.ParseDocNumber(s)
	return &n
}

// TestDocument checks how the parts of an official document found in the
// body fill the record (FORMAT.md §9.12): a header value wins, and a body value that
// differs from it is a warning.
func TestDocument(t *testing.T) {
	tests := []struct {
		name string
		page string
		want *notice.Notice
	}{
		{
			name: "no header: every field from the body and the lines near the title",
			page: pageOf(docTitle, "来源：某县政府网 日期：2019-06-02 10:30", docNumber, docAddr, docText, docSigner, docSigned,
				"（此件公开发布）", "抄送：县委办公室，县人大常委会办公室。", "某县人民政府办公室 2019年6月2日印发"),
			want: &notice.Notice{
				Title:     docTitle,
				DocNumber: docNum(docNumber),
				Publisher: docSigner,
				Source:    "某县政府网",
				Created:   day(2019, 6, 1),
				Published: &notice.Date{Year: 2019, Month: 6, Day: 2, HasTime: true, Hour: 10, Minute: 30},
				Addressee: "各乡镇人民政府，县直各单位",
				Body:      []string{docText},
				Signers:   []string{docSigner},
				Signed:    day(2019, 6, 1),
				Notes:     []string{"此件公开发布"},
				CC:        []string{"县委办公室", "县人大常委会办公室"},
				Extra:     []notice.Field{{Label: "印发", Value: "某县人民政府办公室 2019年6月2日"}},
				Input:     noHead(),
			},
		},
		{
			name: "a news item keeps every paragraph and gets no document field",
			page: pageOf("信息名称：某区召开动员部署会", "发布机构：某区人民政府", "",
				"11月18日上午，某区召开动员部署会。", "会议强调，要推动各项改革任务落地见效。", "某区融媒体中心", "2025年11月19日"),
			want: &notice.Notice{
				Title:     "某区召开动员部署会",
				Publisher: "某区人民政府",
				Body:      []string{"11月18日上午，某区召开动员部署会。", "会议强调，要推动各项改革任务落地见效。", "某区融媒体中心", "2025年11月19日"},
				Input:     labelLines(),
			},
		},
		{
			name: "the header's title, 文号 and date win; a differing body value is a warning",
			page: pageOf("标题：某县人民政府关于做好汛期工作的通知", "文号：某政发〔2019〕13号", "发布日期：2019-06-03", "",
				docTitle, "日期：2019-06-02", docNumber, docAddr, docText),
			want: &notice.Notice{
				Title:     "某县人民政府关于做好汛期工作的通知",
				DocNumber: docNum("某政发〔2019〕13号"),
				Published: day(2019, 6, 3),
				Addressee: "各乡镇人民政府，县直各单位",
				Body:      []string{docText},
				Input: labelLines(
					warning("published", notice.RuleConflict, 6, 1, "the page's 2019-06-02 differs from the header's 2019-06-03; the header's is kept"),
					warning("title", notice.RuleConflict, 5, 1, `the body's "某县人民政府关于做好防汛工作的通知" differs from the header's "某县人民政府关于做好汛期工作的通知"; the header's is kept`),
					warning("doc_number", notice.RuleConflict, 7, 1, `the body's "某政发〔2019〕12号" differs from the header's "某政发〔2019〕13号"; the header's is kept`),
				),
			},
		},
		{
			name: "values that agree are no warning: layout spaces, a time on the same day",
			page: pageOf("标题：某县人民政府 关于做好防汛工作的 通知", "文号："+docNumber, "发布日期：2019-06-02", "",
				"某县人民政府关于做好防汛工作的 通 知", "日期：2019-06-02 10:30", docNumber, docAddr, docText),
			want: &notice.Notice{
				Title:     "某县人民政府 关于做好防汛工作的 通知",
				DocNumber: docNum(docNumber),
				Published: day(2019, 6, 2),
				Addressee: "各乡镇人民政府，县直各单位",
				Body:      []string{docText},
				Input:     labelLines(),
			},
		},
		{
			name: "the signer is the publisher when the header names none",
			page: pageOf("主题分类：综合政务", "文号："+docNumber, "", docText, docSigner, docSigned),
			want: &notice.Notice{
				Topic:     "综合政务",
				DocNumber: docNum(docNumber),
				Publisher: docSigner,
				Created:   day(2019, 6, 1),
				Body:      []string{docText},
				Signers:   []string{docSigner},
				Signed:    day(2019, 6, 1),
				Input:     labelLines(),
			},
		},
		{
			name: "the first of two signers is the publisher",
			page: pageOf(docTitle, docAddr, docText, "中共某县委办公室", "某县人民政府办公室", docSigned),
			want: &notice.Notice{
				Title:     docTitle,
				Publisher: "中共某县委办公室",
				Created:   day(2019, 6, 1),
				Addressee: "各乡镇人民政府，县直各单位",
				Body:      []string{docText},
				Signers:   []string{"中共某县委办公室", "某县人民政府办公室"},
				Signed:    day(2019, 6, 1),
				Input:     noHead(),
			},
		},
		{
			name: "a header publisher wins over the signer, without a warning",
			page: pageOf("发布机构：某县政府办公室", "文号："+docNumber, "", docText, docSigner, docSigned),
			want: &notice.Notice{
				DocNumber: docNum(docNumber),
				Publisher: "某县政府办公室",
				Created:   day(2019, 6, 1),
				Body:      []string{docText},
				Signers:   []string{docSigner},
				Signed:    day(2019, 6, 1),
				Input:     labelLines(),
			},
		},
		{
			name: "责任部门 names the publisher too",
			page: pageOf("责任部门：某县应急管理局", "文号："+docNumber, "", docText, docSigner, docSigned),
			want: &notice.Notice{
				DocNumber: docNum(docNumber),
				Publisher: "某县应急管理局",
				Created:   day(2019, 6, 1),
				Body:      []string{docText},
				Signers:   []string{docSigner},
				Signed:    day(2019, 6, 1),
				Input:     labelLines(),
			},
		},
		{
			// 生成日期 may be the day the page was filed: no warning.
			name: "a header's created date wins over the signed date",
			page: pageOf("生成日期：2019-06-05", "文号："+docNumber, "", docText, docSigner, docSigned),
			want: &notice.Notice{
				DocNumber: docNum(docNumber),
				Publisher: docSigner,
				Created:   day(2019, 6, 5),
				Body:      []string{docText},
				Signers:   []string{docSigner},
				Signed:    day(2019, 6, 1),
				Input:     labelLines(),
			},
		},
		{
			name: "a header's published date leaves created to the signed date",
			page: pageOf("发布日期：2019-06-05", "文号："+docNumber, "", docText, docSigner, docSigned),
			want: &notice.Notice{
				DocNumber: docNum(docNumber),
				Publisher: docSigner,
				Created:   day(2019, 6, 1),
				Published: day(2019, 6, 5),
				Body:      []string{docText},
				Signers:   []string{docSigner},
				Signed:    day(2019, 6, 1),
				Input:     labelLines(),
			},
		},
		{
			name: "the 附件说明 gives the attachments when the header has none",
			page: pageOf(docTitle, docAddr, docText, "附件：1.防汛责任人名单", "2.防汛物资清单", docSigner, docSigned),
			want: &notice.Notice{
				Title:       docTitle,
				Publisher:   docSigner,
				Created:     day(2019, 6, 1),
				Attachments: []notice.Attachment{{Name: "防汛责任人名单"}, {Name: "防汛物资清单"}},
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{docText},
				Signers:     []string{docSigner},
				Signed:      day(2019, 6, 1),
				Input:       noHead(),
			},
		},
		{
			name: "the header's attachments win over the 附件说明",
			page: pageOf("标题："+docTitle, "附件：名单.xls", "", docAddr, docText, "附件：1.防汛责任人名单", docSigner, docSigned),
			want: &notice.Notice{
				Title:       docTitle,
				Publisher:   docSigner,
				Created:     day(2019, 6, 1),
				Attachments: []notice.Attachment{{Name: "名单.xls"}},
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{docText},
				Signers:     []string{docSigner},
				Signed:      day(2019, 6, 1),
				Input:       labelLines(),
			},
		},
		{
			name: "the page's chrome around the title never reaches the body",
			page: pageOf("©原创 01-19 21:07 云上某州", docTitle, "来源：某县政府网", "浏览量：12", docAddr, docText, docSigner, docSigned, "相关阅读"),
			want: &notice.Notice{
				Title:     docTitle,
				Publisher: docSigner,
				Source:    "某县政府网",
				Created:   day(2019, 6, 1),
				Addressee: "各乡镇人民政府，县直各单位",
				Body:      []string{docText},
				Signers:   []string{docSigner},
				Signed:    day(2019, 6, 1),
				Input:     noHead(),
			},
		},
		{
			name: "text after the signature that names no appendix is kept as one",
			page: pageOf(docTitle, docAddr, docText, docSigner, docSigned, "（此件公开发布）",
				"县级防汛责任人如下", "一、县级防汛责任人：张三，县长。"),
			want: &notice.Notice{
				Title:      docTitle,
				Publisher:  docSigner,
				Created:    day(2019, 6, 1),
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{docText},
				Signers:    []string{docSigner},
				Signed:     day(2019, 6, 1),
				Notes:      []string{"此件公开发布"},
				Appendices: []notice.Appendix{{Body: []string{"县级防汛责任人如下", "一、县级防汛责任人：张三，县长。"}}},
				Input:      noHead(warning("appendices", notice.RuleStructure, 0, 0, "2 lines after the signature kept as an appendix without a title")),
			},
		},
		{
			// FORMAT.md §9.8: a document after the signature block that starts
			// with a title line is an appendix (a forwarded document).
			name: "a document after the signature is an appendix",
			page: pageOf(docTitle, docAddr, docText, docSigner, docSigned, "（此件公开发布）",
				"某市人民政府办公室文件", "某政办发〔2019〕3号", "防汛责任人名单", "一、县级防汛责任人：张三，县长。"),
			want: &notice.Notice{
				Title:      docTitle,
				Publisher:  docSigner,
				Created:    day(2019, 6, 1),
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{docText},
				Signers:    []string{docSigner},
				Signed:     day(2019, 6, 1),
				Notes:      []string{"此件公开发布"},
				Appendices: []notice.Appendix{{Title: "防汛责任人名单", Body: []string{"一、县级防汛责任人：张三，县长。"}}},
				Input:      noHead(),
			},
		},
		{
			name: "two 文号 in the body: the first is kept, with a warning",
			page: pageOf(docTitle, docNumber, "某政发〔2019〕13号", docAddr, docText),
			want: &notice.Notice{
				Title:     docTitle,
				DocNumber: docNum(docNumber),
				Addressee: "各乡镇人民政府，县直各单位",
				Body:      []string{docText},
				Input:     noHead(warning("doc_number", notice.RuleConflict, 3, 1, "文号 某政发〔2019〕13号 differs from 某政发〔2019〕12号, which is kept")),
			},
		},
		{
			name: "a lead under the title (导读：…) is the summary, not the document's first line",
			page: pageOf(docTitle, "导读：做好防汛工作事关人民群众生命财产安全。", docNumber, docAddr, docText, docSigner, docSigned),
			want: &notice.Notice{
				Title:     docTitle,
				DocNumber: docNum(docNumber),
				Publisher: docSigner,
				Summary:   "做好防汛工作事关人民群众生命财产安全。",
				Created:   day(2019, 6, 1),
				Addressee: "各乡镇人民政府，县直各单位",
				Body:      []string{docText},
				Signers:   []string{docSigner},
				Signed:    day(2019, 6, 1),
				Input:     labelLines(),
			},
		},
		{
			// The title stage runs after this one, but a document's title
			// over the header is evidence of a document all the same.
			name: "a title over a strip header: the signature under a body without title is the document's",
			page: pageOf("某镇道路施工公告", "发布时间：2023-12-05 作者：某某新闻网 责任编辑：张三", "来源：本站原创", "", "根据工程需要，该路段禁止通行。",
				"在此，对造成的不便深表歉意，敬请谅解。", "某县某镇人民政府", "2023年12月5日"),
			want: &notice.Notice{
				Title:     "某镇道路施工公告",
				Publisher: "某县某镇人民政府",
				Source:    "本站原创",
				Created:   day(2023, 12, 5),
				Published: day(2023, 12, 5),
				Body:      []string{"根据工程需要，该路段禁止通行。", "在此，对造成的不便深表歉意，敬请谅解。"},
				Signers:   []string{"某县某镇人民政府"},
				Signed:    day(2023, 12, 5),
				Extra:     []notice.Field{{Label: "作者", Value: "某某新闻网"}, {Label: "责任编辑", Value: "张三"}},
				Input:     labelLines(),
			},
		},
		{
			name: "the article's heading is the end of the page's title: not a paragraph",
			page: pageOf("某镇道路施工公告", "发布时间：2023-12-05 作者：某某新闻网", "来源：本站原创", "", "施工公告",
				"根据工程需要，该路段禁止通行。", "敬请谅解。"),
			want: &notice.Notice{
				Title:     "某镇道路施工公告",
				Source:    "本站原创",
				Published: day(2023, 12, 5),
				Body:      []string{"根据工程需要，该路段禁止通行。", "敬请谅解。"},
				Extra:     []notice.Field{{Label: "作者", Value: "某某新闻网"}},
				Input:     labelLines(),
			},
		},
		{
			// Lines of digits are no head's: the line under them that lost
			// its colon is no addressee, with a header's title or without.
			name: "a colonless addressee under lines of digits is the 正文's",
			page: pageOf("信息名称：某县关于做好防汛工作的通知", "发布机构：某县人民政府", "", "0", "0", "各处室，直属单位",
				"为做好防汛工作，现通知如下。"),
			want: &notice.Notice{
				Title:     "某县关于做好防汛工作的通知",
				Publisher: "某县人民政府",
				Body:      []string{"0", "0", "各处室，直属单位", "为做好防汛工作，现通知如下。"},
				Input:     labelLines(),
			},
		},
		{
			name: "a decree signed by a person: no publisher from the signature; the header's 文号 agrees by its serial",
			page: pageOf("文号：政府令〔2020〕293号", "成文日期：2020-07-29", "", "某市建筑垃圾处置管理规定", "某市人民政府令", "第293号",
				"《某市建筑垃圾处置管理规定》已经市人民政府常务会议审议通过，现予公布。", "市长 张三", "2020年7月29日"),
			want: &notice.Notice{
				Title:     "某市建筑垃圾处置管理规定",
				DocNumber: docNum("政府令〔2020〕293号"),
				Created:   day(2020, 7, 29),
				Body:      []string{"《某市建筑垃圾处置管理规定》已经市人民政府常务会议审议通过，现予公布。"},
				Signers:   []string{"市长 张三"},
				Signed:    day(2020, 7, 29),
				Input:     notice.Input{Charset: "utf-8", Script: testScript, Layout: notice.LayoutLabelLines},
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

// TestDocumentKeptScript checks that a page kept in Traditional script
// (Parser.KeepScript) keeps its body whole, since the stage would misread
// its parts, while a Simplified page kept as it is is read as usual.
func TestDocumentKeptScript(t *testing.T) {
	p := Parser{KeepScript: true}
	trad := pageOf("滬府發〔2017〕92號", "上海市人民政府印發《關於本市加強政務誠信建設的實施意見》的通知", "各區人民政府，市政府各委、辦、局：",
		"現將《關於本市加強政務誠信建設的實施意見》印發給你們，請認真按照執行。", "上海市人民政府", "2017年12月20日")
	got, err := p.Parse([]byte(trad))
	if err != nil {
		t.Fatal(err)
	}
	want := &notice.Notice{
		Body:  strings.Split(strings.TrimSuffix(trad, "\n"), "\n"),
		Input: notice.Input{Charset: "utf-8", Script: notice.ScriptTraditional, Layout: notice.LayoutNone},
	}
	if diff := cmp.Diff(want, got, ignoreOrigins); diff != "" {
		t.Errorf("Traditional page (-want +got):\n%s", diff)
	}

	got, err = p.Parse([]byte(pageOf(docTitle, docAddr, docText, docSigner, docSigned)))
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != docTitle || got.Addressee == "" || len(got.Signers) != 1 {
		t.Errorf("Simplified page kept as it is: title %q, addressee %q, signers %q; want its parts read", got.Title, got.Addressee, got.Signers)
	}
}

// TestSameDocNumber checks when a 文号 in the body names the header's
// document: a copy that lost the closing bracket and 号 does, another
// serial does not.
func TestSameDocNumber(t *testing.T) {
	tests := []struct {
		header, body string
		same         bool
	}{
		{"某政发〔2020〕14号", "某政发〔2020〕14号", true},
		{"政府令〔2020〕293号", "某市人民政府令第293号", true},
		{"某政发〔2020〕14号", "某政发〔202014", true},
		{"某政发〔2020〕14号", "某政发〔202015", false},
	}
	for _, tt := range tests {
		if got := sameDocNumber(*docNum(tt.header), *docNum(tt.body)); got != tt.same {
			t.Errorf("sameDocNumber(%q, %q) = %v, want %v", tt.header, tt.body, got, tt.same)
		}
	}
}
