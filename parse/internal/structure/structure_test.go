package structure

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/govnotice/govnotice/notice"
)

// ignoreLines leaves Doc.Lines to TestLines.
var ignoreLines = cmpopts.IgnoreFields(Doc{}, "Lines")

func date(y, m, d int) *notice.Date { return &notice.Date{Year: y, Month: m, Day: d} }

func dateTime(y, mo, d, h, mi, s int) *notice.Date {
	return &notice.Date{Year: y, Month: mo, Day: d, HasTime: true, Hour: h, Minute: mi, Second: s}
}

func docNum(t testing.TB, s string) *notice.DocNumber {
	t.Helper()
	n, err := notice.ParseDocNumber(s)
	if err != nil {
		t.Fatalf("bad test doc number %q: %v", s, err)
	}
	return &n
}

// An official document in canonical text, the parts of which the cases
// below vary.
var (
	title     = "某县人民政府关于做好防汛工作的通知"
	addr      = "各乡镇人民政府，县直各单位："
	text1     = "为切实做好今年防汛工作，确保人民群众生命财产安全，经县政府同意，现就有关事项通知如下："
	text2     = "一、各单位要高度重视防汛工作。"
	closingL  = "特此通知。"
	signer    = "某县人民政府"
	signedL   = "2019年6月1日"
	newsParas = []string{
		"11月18日上午，某区召开深度融合、一体发展动员部署会。区委书记为新组建部门集中授牌并讲话。",
		"会议指出，深度融合、一体发展是贯彻落实中央和省委、市委关于开发区工作要求的政治责任。",
		"会议强调，全区上下要站在战略和全局高度，推动各项改革任务落地见效。",
		"区委常委，区人大常委会、区政府、区政协全体领导；区机关各部门、各直属单位参加会议。",
	}
)

func lines(parts ...any) []string {
	var out []string
	for _, p := range parts {
		switch p := p.(type) {
		case string:
			out = append(out, p)
		case []string:
			out = append(out, p...)
		}
	}
	return out
}

func TestAnalyze(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want Doc
	}{
		{
			name: "every part",
			in: lines(
				"某县人民政府关于印发《某县防汛",
				"应急预案》的通知",
				"某政发〔2019〕12号",
				addr, text1, text2,
				"附件：1.某县防汛应急预案",
				"2.某县防汛责任人名单",
				signer, signedL,
				"（此件公开发布）",
				"附件1",
				"某县防汛应急预案",
				"第一章 总则",
				"附件2",
				"某县防汛责任人名单",
				"张三 县长",
				"抄送：县委办公室，县人大常委会办公室、县政协办公室。",
				"某县人民政府办公室 2019年6月2日印发",
			),
			want: Doc{
				Title:       "某县人民政府关于印发《某县防汛应急预案》的通知",
				DocNumber:   docNum(t, "某政发〔2019〕12号"),
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{text1, text2},
				Attachments: []notice.Attachment{{Name: "某县防汛应急预案"}, {Name: "某县防汛责任人名单"}},
				Signers:     []string{signer},
				Signed:      date(2019, 6, 1),
				Notes:       []string{"此件公开发布"},
				Appendices: []notice.Appendix{
					{Title: "某县防汛应急预案", Body: []string{"第一章 总则"}},
					{Title: "某县防汛责任人名单", Body: []string{"张三 县长"}},
				},
				// A 、 joins the parts of one entry (FORMAT.md §9.9).
				CC:         []string{"县委办公室", "县人大常委会办公室、县政协办公室"},
				Printed:    "某县人民政府办公室 2019年6月2日",
				Recognized: true,
			},
		},
		{
			name: "news item is left whole",
			in:   newsParas,
			want: Doc{Body: newsParas},
		},
		{
			name: "news item ending with a date line",
			in:   lines(newsParas, "2025年11月19日"),
			want: Doc{Body: lines(newsParas, "2025年11月19日")},
		},
		{
			name: "news item ending with its publisher and a date",
			in:   lines(newsParas, "某区融媒体中心", "2025年11月19日"),
			want: Doc{Body: lines(newsParas, "某区融媒体中心", "2025年11月19日")},
		},
		{
			name: "news item ending with its publisher alone",
			in:   lines(newsParas, "某区人民政府办公室"),
			want: Doc{Body: lines(newsParas, "某区人民政府办公室")},
		},
		{
			name: "现将有关事项通知如下 is no addressee",
			in:   lines(title, "现将有关事项通知如下：", text2, signer, signedL),
			want: Doc{
				Title:      title,
				Body:       []string{"现将有关事项通知如下：", text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "an addressee alone is evidence",
			in:   lines(addr, text1, text2),
			want: Doc{Addressee: "各乡镇人民政府，县直各单位", Body: []string{text1, text2}, Recognized: true},
		},
		{
			// FORMAT.md §9.4: the addressee may be people (唐家文代表：).
			name: "people are an addressee",
			in:   lines("广大市民朋友：", text2, signer, signedL),
			want: Doc{Addressee: "广大市民朋友", Body: lines(text2), Signers: []string{signer}, Signed: date(2019, 6, 1), Recognized: true},
		},
		{
			name: "a sentence ending in a colon is no addressee",
			in:   lines("现将有关事项通知如下：", text2),
			want: Doc{Body: lines("现将有关事项通知如下：", text2)},
		},
		{
			name: "title with a book title and a doc number in its middle",
			in: lines(
				"某市人民政府办公室转发《国务院办公厅关于加强安全工作的通知》（国办发〔2018〕1号）的通知",
				addr, text2, signer, signedL,
			),
			want: Doc{
				Title:      "某市人民政府办公室转发《国务院办公厅关于加强安全工作的通知》（国办发〔2018〕1号）的通知",
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "doc number in the title's parentheses",
			in:   lines(title+"（某政发〔2019〕12号）", addr, text2),
			want: Doc{
				Title:      title,
				DocNumber:  docNum(t, "某政发〔2019〕12号"),
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Recognized: true,
			},
		},
		{
			name: "site tag, letter-spacing and a title split by a space",
			in:   lines("【政策】某县人民政府办公室 关于做好防汛工作的 通 知", addr, text2),
			want: Doc{
				Title:      "某县人民政府办公室关于做好防汛工作的通知",
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Recognized: true,
			},
		},
		{
			name: "title over three lines under a 版头 and a doc number",
			in: lines(
				"朗读",
				"某市美丽村庄建设专项行动组文件",
				"某美组发〔2018〕8号",
				"关于召开第九次全市美丽乡村（优美庭院）",
				"建设比拼现场会暨第十五期创新学堂",
				"学习活动的通知",
				addr, text2,
			),
			want: Doc{
				Title:      "关于召开第九次全市美丽乡村（优美庭院）建设比拼现场会暨第十五期创新学堂学习活动的通知",
				DocNumber:  docNum(t, "某美组发〔2018〕8号"),
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Chrome:     []string{"朗读", "某市美丽村庄建设专项行动组文件"},
				Recognized: true,
			},
		},
		{
			name: "decree number",
			in:   lines("国令第706号", "国务院关于修改部分行政法规的决定", text2),
			want: Doc{
				Title:      "国务院关于修改部分行政法规的决定",
				DocNumber:  docNum(t, "国令第706号"),
				Body:       []string{text2},
				Recognized: true,
			},
		},
		{
			name: "doc number heading before the title, both repeated",
			in: lines(
				"宁政办发〔2018〕47号《南京市人民政府办公厅关于加强中小学幼儿园安全风险防控体系建设的实施意见》",
				"浏览量： 时间：2018-11-14 08:56:07",
				"《南京市人民政府办公厅关于加强中小学幼儿园安全风险防控体系建设的实施意见》",
				"宁政办发〔2018〕47号",
				"各区人民政府，市府各委办局，市各直属单位：",
				text2,
			),
			want: Doc{
				Title:      "南京市人民政府办公厅关于加强中小学幼儿园安全风险防控体系建设的实施意见",
				DocNumber:  docNum(t, "宁政办发〔2018〕47号"),
				Addressee:  "各区人民政府，市府各委办局，市各直属单位",
				Body:       []string{text2},
				Published:  dateTime(2018, 11, 14, 8, 56, 7),
				Chrome:     []string{"浏览量： 时间：2018-11-14 08:56:07"},
				Recognized: true,
			},
		},
		{
			// The head of testdata/pages/nanjing-mirror-traditional-pinyin.txt,
			// made canonical by hand.
			name: "Nanjing mirror page",
			in: lines(
				"宁政办发〔2018〕47号《南京市人民政府办公厅关于加强中小学幼儿园安全风险防控体系建设的实施意见》",
				"《南京市人民政府办公厅关于加强中小学幼儿园安全风险防控体系建设的实施意见》",
				"宁政办发〔2018〕47号",
				"各区人民政府，市府各委办局，市各直属单位：",
				"为进一步加强和改进学校安全工作，提升学校安全风险防控能力，保障学生健康成长，维护学校安全稳定，根据《国务院办公厅关于加强中小学幼儿园安全风险防控体系建设的意见》（国办发〔2017〕35号）、《省政府办公厅关于加强中小学幼儿园安全风险防控体系建设的实施意见》（苏政办发〔2017〕138号）等文件要求，经市政府同意，制定如下实施意见：",
				"一、总体要求",
			),
			want: Doc{
				Title:     "南京市人民政府办公厅关于加强中小学幼儿园安全风险防控体系建设的实施意见",
				DocNumber: docNum(t, "宁政办发〔2018〕47号"),
				Addressee: "各区人民政府，市府各委办局，市各直属单位",
				Body: []string{
					"为进一步加强和改进学校安全工作，提升学校安全风险防控能力，保障学生健康成长，维护学校安全稳定，根据《国务院办公厅关于加强中小学幼儿园安全风险防控体系建设的意见》（国办发〔2017〕35号）、《省政府办公厅关于加强中小学幼儿园安全风险防控体系建设的实施意见》（苏政办发〔2017〕138号）等文件要求，经市政府同意，制定如下实施意见：",
					"一、总体要求",
				},
				Recognized: true,
			},
		},
		{
			name: "heading with nested book titles",
			in: lines(
				"成府发〔2014〕7号《成都市人民政府关于印发〈成都市市级财政专项资金管理暂行办法〉的通知》",
				"各区（市）县政府，市政府各部门：",
				text2,
			),
			want: Doc{
				Title:      "成都市人民政府关于印发《成都市市级财政专项资金管理暂行办法》的通知",
				DocNumber:  docNum(t, "成府发〔2014〕7号"),
				Addressee:  "各区（市）县政府，市政府各部门",
				Body:       []string{text2},
				Recognized: true,
			},
		},
		{
			name: "doc number in parentheses on its own line",
			in:   lines(title, "（某政发〔2019〕12号）", addr, text2),
			want: Doc{
				Title:      title,
				DocNumber:  docNum(t, "某政发〔2019〕12号"),
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Recognized: true,
			},
		},
		{
			name: "two different doc numbers",
			in:   lines(title+"（某政发〔2019〕12号）", "某政发〔2019〕13号", addr, text2),
			want: Doc{
				Title:      title,
				DocNumber:  docNum(t, "某政发〔2019〕12号"),
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Recognized: true,
				Warnings:   []Warning{{Field: "doc_number", Rule: notice.RuleConflict, Line: 1, Message: "文号 某政发〔2019〕13号 differs from 某政发〔2019〕12号, which is kept"}},
			},
		},
		{
			name: "two signers, on two lines",
			in:   lines(title, addr, text2, "中共某市委办公室", "某市人民政府办公室", "2017年1月10日"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{"中共某市委办公室", "某市人民政府办公室"},
				Signed:     date(2017, 1, 10),
				Recognized: true,
			},
		},
		{
			name: "two signers on one line",
			in:   lines(title, addr, text2, "中共某市委办公室 某市人民政府办公室", "2017年1月10日"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{"中共某市委办公室", "某市人民政府办公室"},
				Signed:     date(2017, 1, 10),
				Recognized: true,
			},
		},
		{
			name: "letter-spaced signer",
			in:   lines(title, addr, text2, "国 务 院", "2018年10月27日"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{"国务院"},
				Signed:     date(2018, 10, 27),
				Recognized: true,
			},
		},
		{
			name: "two bodies of one place letter-spaced as one run, over two more",
			in:   lines(title, addr, text2, "某 某 省 教 育 厅 某 某 省 财 政 厅", "某某省人力资源和社会保障厅 中共某某省委机构编制委员会办公室", "2020年7月24日"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{"某某省教育厅", "某某省财政厅", "某某省人力资源和社会保障厅", "中共某某省委机构编制委员会办公室"},
				Signed:     date(2020, 7, 24),
				Recognized: true,
			},
		},
		{
			name: "a reply's 文号 ending in its class, over a title split before its kind; 抄报 bodies a space apart and another pair",
			in: lines("某县交函议复字〔2019〕6号(A)类", "对县人大第十七届第三次会议第63号建议的", "答  复", "某某代表：",
				"您好！您提出的建议已收悉，现答复如下。", "感谢您对交通运输工作的关心和支持。", "某县交通运输局", "2019年5月5日",
				"抄    报：人大联工委 县政府办     承办单位： 县交通运输局"),
			want: Doc{
				Title:      "对县人大第十七届第三次会议第63号建议的答复",
				DocNumber:  &notice.DocNumber{Text: "某县交函议复字〔2019〕6号", Issuer: "某县交函议复字", Year: 2019, Seq: "6"},
				Addressee:  "某某代表",
				Body:       []string{"您好！您提出的建议已收悉，现答复如下。", "感谢您对交通运输工作的关心和支持。"},
				Signers:    []string{"某县交通运输局"},
				Signed:     date(2019, 5, 5),
				Notes:      []string{"A类"},
				CC:         []string{"人大联工委", "县政府办"},
				Extra:      []notice.Field{{Label: "承办单位", Value: "县交通运输局"}},
				Recognized: true,
			},
		},
		{
			name: "a reply's class in parentheses under the date is a 附注",
			in:   lines("关于第63号建议的答复", "某某代表：", "您提出的建议收悉，现答复如下。", "某县交通运输局", "2019年5月5日", "（A类）"),
			want: Doc{
				Title:      "关于第63号建议的答复",
				Addressee:  "某某代表",
				Body:       []string{"您提出的建议收悉，现答复如下。"},
				Signers:    []string{"某县交通运输局"},
				Signed:     date(2019, 5, 5),
				Notes:      []string{"A类"},
				Recognized: true,
			},
		},
		{
			name: "a reply's 文号 and its class under the title",
			in:   lines("某县交通运输局对县十八届人大三次会议第23号建议的回复", "某交建复〔2023〕12号C类", "某某代表：", "您提出的建议收悉。现回复如下。", "某县交通运输局", "2023年6月30日"),
			want: Doc{
				Title:      "某县交通运输局对县十八届人大三次会议第23号建议的回复",
				DocNumber:  &notice.DocNumber{Text: "某交建复〔2023〕12号", Issuer: "某交建复", Year: 2023, Seq: "12"},
				Addressee:  "某某代表",
				Body:       []string{"您提出的建议收悉。现回复如下。"},
				Signers:    []string{"某县交通运输局"},
				Signed:     date(2023, 6, 30),
				Notes:      []string{"C类"},
				Recognized: true,
			},
		},
		{
			name: "a page heading that names the issuer and ends in the 文号, over the strip and the document's kind alone",
			in: lines("某县交通运输局行政处罚决定书某交处罚〔2023〕8号", "信息来源：县交通运输局", "浏览次数： 发布时间：2023-04-26 16:00某县交通运输局",
				"行政处罚决定书", "某交处罚〔2023〕8号", "一、当事人基本情况", "某某，男，汉族。"),
			want: Doc{
				Title:      "某县交通运输局行政处罚决定书",
				DocNumber:  &notice.DocNumber{Text: "某交处罚〔2023〕8号", Issuer: "某交处罚", Year: 2023, Seq: "8"},
				Body:       []string{"一、当事人基本情况", "某某，男，汉族。"},
				Source:     "县交通运输局",
				Published:  &notice.Date{Year: 2023, Month: 4, Day: 26, Hour: 16, HasTime: true},
				Publisher:  "某县交通运输局",
				Chrome:     []string{"信息来源：县交通运输局", "浏览次数： 发布时间：2023-04-26 16:00某县交通运输局"},
				Recognized: true,
			},
		},
		{
			name: "a heading that ends in its 文号 right over the document's kind alone takes no line below",
			in:   lines("某县交通运输局行政处罚决定书某交处罚〔2023〕8号", "行政处罚决定书", "某交处罚〔2023〕8号", "一、当事人基本情况", "某某，男，汉族。"),
			want: Doc{
				Title:      "某县交通运输局行政处罚决定书",
				DocNumber:  &notice.DocNumber{Text: "某交处罚〔2023〕8号", Issuer: "某交处罚", Year: 2023, Seq: "8"},
				Body:       []string{"一、当事人基本情况", "某某，男，汉族。"},
				Recognized: true,
			},
		},
		{
			name: "signer and date on one line",
			in:   lines(title, addr, text2, "某县人民政府 2019年1月17日"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 1, 17),
				Recognized: true,
			},
		},
		{
			name: "Chinese numerals with O for zero",
			in:   lines(title, addr, text2, signer, "二O一一年5月16日"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2011, 5, 16),
				Recognized: true,
			},
		},
		{
			name: "date alone closes a document with an addressee",
			in:   lines(addr, text2, "二〇〇六年十一月二十九日"),
			want: Doc{
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signed:     date(2006, 11, 29),
				Recognized: true,
			},
		},
		{
			name: "a date alone under an open sentence is no signature",
			in:   lines(addr, text1, "二〇〇六年十一月二十九日"),
			want: Doc{
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text1, "二〇〇六年十一月二十九日"},
				Recognized: true,
			},
		},
		{
			name: "a date alone needs a document's head",
			in:   lines(text2, "二〇〇六年十一月二十九日"),
			want: Doc{Body: []string{text2, "二〇〇六年十一月二十九日"}},
		},
		{
			name: "a date in the middle of the 正文 is no signature",
			in:   lines(addr, "报名截止时间为：", "2019年6月30日", text2, signer, signedL),
			want: Doc{
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{"报名截止时间为：", "2019年6月30日", text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "signature after a closing formula is evidence",
			in:   lines(text2, closingL, signer, signedL),
			want: Doc{
				Body:       []string{text2, closingL},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "signature with a note is evidence",
			in:   lines(text2, signer, signedL, "（此件主动公开）", "（联系人：张三，电话：0731-1234567）"),
			want: Doc{
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Notes:      []string{"此件主动公开", "联系人：张三，电话：0731-1234567"},
				Recognized: true,
			},
		},
		{
			name: "attachment list over several lines, a name wrapped",
			in: lines(title, addr, text2,
				"附件：1.某县防汛应急预案",
				"2.某县2019年度防汛重点工程责任人和",
				"联系人名单",
				"3.某县防汛物资储备表",
				signer, signedL),
			want: Doc{
				Title:     title,
				Addressee: "各乡镇人民政府，县直各单位",
				Body:      []string{text2},
				Attachments: []notice.Attachment{
					{Name: "某县防汛应急预案"},
					{Name: "某县2019年度防汛重点工程责任人和联系人名单"},
					{Name: "某县防汛物资储备表"},
				},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "attachment list on one line",
			in:   lines(title, addr, text2, "附件：1.2022.1工作安排2.联系表", signer, signedL),
			want: Doc{
				Title:       title,
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{text2},
				Attachments: []notice.Attachment{{Name: "2022.1工作安排"}, {Name: "联系表"}},
				Signers:     []string{signer},
				Signed:      date(2019, 6, 1),
				Recognized:  true,
			},
		},
		{
			name: "one attachment without a number",
			in:   lines(title, addr, text2, "附件：某县防汛应急预案", signer, signedL),
			want: Doc{
				Title:       title,
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{text2},
				Attachments: []notice.Attachment{{Name: "某县防汛应急预案"}},
				Signers:     []string{signer},
				Signed:      date(2019, 6, 1),
				Recognized:  true,
			},
		},
		{
			name: "attachment line inside the 正文 stays",
			in:   lines(title, addr, "附件：见下文。", text2, signer, signedL),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{"附件：见下文。", text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "appendix headed 附件2 with its title on the heading line",
			in: lines(title, addr, text2, signer, signedL,
				"附件1", "协 调 委 员 会 组 建 方 案", "一、组成",
				"附件2：2019年防汛责任人名单", "张三",
			),
			want: Doc{
				Title:     title,
				Addressee: "各乡镇人民政府，县直各单位",
				Body:      []string{text2},
				Signers:   []string{signer},
				Signed:    date(2019, 6, 1),
				Appendices: []notice.Appendix{
					{Title: "协调委员会组建方案", Body: []string{"一、组成"}},
					{Title: "2019年防汛责任人名单", Body: []string{"张三"}},
				},
				Recognized: true,
			},
		},
		{
			name: "appendix title over two lines",
			in: lines(title, addr, text2, signer, signedL,
				"附件", "某县2019年度防汛重点工程", "责任人名单", "张三"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Appendices: []notice.Appendix{{Title: "某县2019年度防汛重点工程责任人名单", Body: []string{"张三"}}},
				Recognized: true,
			},
		},
		{
			name: "unnamed lines after the signature are trailing",
			in:   lines(title, addr, text2, signer, signedL, "其他事项"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Trailing:   []string{"其他事项"},
				Recognized: true,
			},
		},
		{
			name: "the heading of the page's links under the signature is the page's",
			in:   lines(title, addr, text2, signer, signedL, "相关阅读"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{"相关阅读"},
				Recognized: true,
			},
		},
		{
			name: "the page's headings under a document with no signature",
			in:   lines(title, "某政发〔2019〕12号", addr, text2, "附件下载：", "相关链接："),
			want: Doc{
				Title:      title,
				DocNumber:  docNum(t, "某政发〔2019〕12号"),
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Chrome:     []string{"附件下载：", "相关链接："},
				Recognized: true,
			},
		},
		{
			name: "the page's headings under a text that is no document",
			in:   lines("2018年6月7日，自治区人民政府同意撤销某乡建制，设立某镇。", text2, text2, text2, text2, text2, text2, text2, "附件下载：", "相关链接："),
			want: Doc{
				Body:   []string{"2018年6月7日，自治区人民政府同意撤销某乡建制，设立某镇。", text2, text2, text2, text2, text2, text2, text2},
				Chrome: []string{"附件下载：", "相关链接："},
			},
		},
		{
			name: "a news heading over the page's date and source heads a document that closes with a signature",
			in: lines("《某省某条例》某市区实施范围", "2023年07月15日08:15 来源：某城管", "《条例》已经省人大常委会修订通过，现将实施范围通告如下：",
				"一、中心城区实施范围。", "特此通告。", signer, signedL),
			want: Doc{
				Title:      "《某省某条例》某市区实施范围",
				Body:       []string{"《条例》已经省人大常委会修订通过，现将实施范围通告如下：", "一、中心城区实施范围。", "特此通告。"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Source:     "某城管",
				Published:  &notice.Date{Year: 2023, Month: 7, Day: 15, HasTime: true, Hour: 8, Minute: 15},
				Chrome:     []string{"2023年07月15日08:15 来源：某城管"},
				Recognized: true,
			},
		},
		{
			name: "a column's name over the page's date and source is no title",
			in:   lines("通知公告", "来源：某县人民政府 日期：2019-06-03 09:30", addr, text2, signer, signedL),
			want: Doc{
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Source:     "某县人民政府",
				Published:  &notice.Date{Year: 2019, Month: 6, Day: 3, HasTime: true, Hour: 9, Minute: 30},
				Chrome:     []string{"通知公告", "来源：某县人民政府 日期：2019-06-03 09:30"},
				Recognized: true,
			},
		},
		{
			name: "the page's strip with the time of its last change, the author and the font size",
			in:   lines(title, "更新时间：2017-04-29 作者：某县环保局 字体：大 中 小", addr, text2),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Extra:      []notice.Field{{Label: "更新时间", Value: "2017-04-29"}, {Label: "作者", Value: "某县环保局"}},
				Chrome:     []string{"更新时间：2017-04-29 作者：某县环保局 字体：大 中 小"},
				Recognized: true,
			},
		},
		{
			name: "a newspaper's citation of the page under the title",
			in:   lines(title, "《 人民日报 》( 2023年10月26日   第 06 版)", addr, text2),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Source:     "人民日报",
				Published:  &notice.Date{Year: 2023, Month: 10, Day: 26},
				Chrome:     []string{"《 人民日报 》( 2023年10月26日   第 06 版)"},
				Recognized: true,
			},
		},
		{
			name: "an e-paper's masthead over the title gives the paper and its day",
			in:   lines("某某日报 2024年05月11日", title, addr, text2),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Source:     "某某日报",
				Published:  &notice.Date{Year: 2024, Month: 5, Day: 11},
				Chrome:     []string{"某某日报 2024年05月11日"},
				Recognized: true,
			},
		},
		{
			name: "a title printed over the page's first two lines, signers without a date over a paper's credit",
			in: lines("某某公路某某镇甲村至某某镇乙村、某某镇", "丙村至某某镇丁村路面施工请车辆绕行的通告",
				"因公路改建工程路面施工，届时上述路段临时封闭。", "特此通告", "某市公安局某分局交通警察大队", "某市某区交通运输局",
				"法律顾问：某某律师事务所张某、李某"),
			want: Doc{
				Title:      "某某公路某某镇甲村至某某镇乙村、某某镇丙村至某某镇丁村路面施工请车辆绕行的通告",
				Body:       []string{"因公路改建工程路面施工，届时上述路段临时封闭。", "特此通告"},
				Signers:    []string{"某市公安局某分局交通警察大队", "某市某区交通运输局"},
				Chrome:     []string{"法律顾问：某某律师事务所张某、李某"},
				Recognized: true,
			},
		},
		{
			name: "a repost's 原文如下： under the signature starts the page's lines, whatever follows them",
			in: lines(title, addr, text2, signer, signedL, "原文如下：", "来源：某市自然资源和规划局", "122", "小程序",
				"微信扫码，查看优惠", "APP"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Source:     "某市自然资源和规划局",
				Chrome:     []string{"原文如下：", "来源：某市自然资源和规划局", "122", "小程序", "微信扫码，查看优惠", "APP"},
				Recognized: true,
			},
		},
		{
			name: "the page's date in digits between its heading and the document's title",
			in:   lines(title, "2011-09-07", title, addr, text2, signer, signedL),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Published:  date(2011, 9, 7),
				Chrome:     []string{"2011-09-07"},
				Recognized: true,
			},
		},
		{
			name: "a repost's call to follow its account over the title is no blurb",
			in: lines("最新某地本地资讯，关注【 某某全知道 】微信公众号！想买房、想了解行情、想避坑，进某地楼市买房交流群；交流所在乡镇信息，可加各自乡镇交流群；家长育儿、入学等信息互助交流，可进家长交流群；加群、广告发布/商务合作，请加微信 abc！",
				"某某全知道", "2022-03-19 21:18:29", "暂缓恢复辖区内所有集市、交流会！某市某镇发布公告", "关于暂缓恢复辖区内所有集市、交流会的通告",
				"近期，全国疫情形势骤然严峻，现就有关事项通告如下：", "特此通告！", "某镇疫情防控指挥部", "2022年3月18日"),
			want: Doc{
				Title:     "关于暂缓恢复辖区内所有集市、交流会的通告",
				Body:      []string{"近期，全国疫情形势骤然严峻，现就有关事项通告如下：", "特此通告！"},
				Signers:   []string{"某镇疫情防控指挥部"},
				Signed:    date(2022, 3, 18),
				Published: &notice.Date{Year: 2022, Month: 3, Day: 19, Hour: 21, Minute: 18, Second: 29, HasTime: true},
				Chrome: []string{"最新某地本地资讯，关注【 某某全知道 】微信公众号！想买房、想了解行情、想避坑，进某地楼市买房交流群；交流所在乡镇信息，可加各自乡镇交流群；家长育儿、入学等信息互助交流，可进家长交流群；加群、广告发布/商务合作，请加微信 abc！",
					"某某全知道", "2022-03-19 21:18:29", "暂缓恢复辖区内所有集市、交流会！某市某镇发布公告"},
				Recognized: true,
			},
		},
		{
			name: "a news page's day before a title that names its issuer, over the title's copy",
			in: lines("3月21日某县公安局关于对县城部分道路实施临时交通管制的通告", "某县公安局关于对县城部分道路实施临时交通管制的通告",
				"为全力做好我县疫情防控工作，现决定对以下路段实施临时交通管制。", "特此通告。", "某县公安局", "2022年3月21日"),
			want: Doc{
				Title:      "某县公安局关于对县城部分道路实施临时交通管制的通告",
				Body:       []string{"为全力做好我县疫情防控工作，现决定对以下路段实施临时交通管制。", "特此通告。"},
				Signers:    []string{"某县公安局"},
				Signed:     date(2022, 3, 21),
				Recognized: true,
			},
		},
		{
			name: "a headline led by its place and a colon is the title",
			in: lines("某县：关于2023年中考期间考点周边道路临时交通管制的通告", "日期：2024/3/28 12:55:56 浏览：",
				"某县2023年高中阶段学校招生考试将于6月16日至18日进行，现通告如下：", "特此通告。", "某县公安局", "2023年6月12日"),
			want: Doc{
				Title:      "某县：关于2023年中考期间考点周边道路临时交通管制的通告",
				Body:       []string{"某县2023年高中阶段学校招生考试将于6月16日至18日进行，现通告如下：", "特此通告。"},
				Signers:    []string{"某县公安局"},
				Signed:     date(2023, 6, 12),
				Published:  &notice.Date{Year: 2024, Month: 3, Day: 28, Hour: 12, Minute: 55, Second: 56, HasTime: true},
				Chrome:     []string{"日期：2024/3/28 12:55:56 浏览："},
				Recognized: true,
			},
		},
		{
			name: "a headline led by its place under the page's heading is the article's own",
			in: lines("2022年某市发布某镇关于停办某某节公告", "发布时间：2022年10月20日", "某市：某镇关于停办某某节的公告",
				"目前，疫情防控形势严峻复杂，经研究决定如下。", "特此公告。", "某市某镇人民政府", "2022年10月20日"),
			want: Doc{
				Title:      "2022年某市发布某镇关于停办某某节公告",
				Body:       []string{"目前，疫情防控形势严峻复杂，经研究决定如下。", "特此公告。"},
				Signers:    []string{"某市某镇人民政府"},
				Signed:     date(2022, 10, 20),
				Published:  date(2022, 10, 20),
				Chrome:     []string{"发布时间：2022年10月20日", "某市：某镇关于停办某某节的公告"},
				Recognized: true,
			},
		},
		{
			name: "a short title of four characters over the 正文's first sentence",
			in: lines("2024年09月07日", "断交通告", "为切实改善县区域交通状况，为百姓提供安全便利的出行环境，决定对县道某路段执行断交施工。",
				"特此通告", "某县公安交通警察大队 某县交通运输局", "2024年9月7日"),
			want: Doc{
				Title:      "断交通告",
				Body:       []string{"为切实改善县区域交通状况，为百姓提供安全便利的出行环境，决定对县道某路段执行断交施工。", "特此通告"},
				Signers:    []string{"某县公安交通警察大队", "某县交通运输局"},
				Signed:     date(2024, 9, 7),
				Chrome:     []string{"2024年09月07日"},
				Recognized: true,
			},
		},
		{
			name: "two kinds, or a body's publication, over the 正文 are no title",
			in: lines("第02版", "通知公告", "为切实改善县区域交通状况，为百姓提供安全便利的出行环境，决定对县道某路段执行断交施工。",
				"政府公报", "《某省人民政府公报》是由某省人民政府主管并公开发行的政府出版物，是规章的权威发布平台。"),
			want: Doc{
				Body: []string{"第02版", "通知公告", "为切实改善县区域交通状况，为百姓提供安全便利的出行环境，决定对县道某路段执行断交施工。",
					"政府公报", "《某省人民政府公报》是由某省人民政府主管并公开发行的政府出版物，是规章的权威发布平台。"},
				Lines: Lines{Title: -1, DocNumber: -1, Addressee: -1, Body: 0, Attachments: -1, Signature: -1, Signed: -1, Notes: -1, Appendices: -1, CC: -1, Printed: -1, Info: -1},
			},
		},
		{
			name: "a site's motto at the page's top over a title with 关于",
			in:   lines("真正让“某某效率”成为“某某品牌”", "某县人民政府办公室关于县政协四届五次会议第38号提案的复函", "某某委员：", "您提出的提案收悉，现将有关情况函复如下。", "某县人民政府办公室", "2016年7月13日"),
			want: Doc{
				Title:      "某县人民政府办公室关于县政协四届五次会议第38号提案的复函",
				Addressee:  "某某委员",
				Body:       []string{"您提出的提案收悉，现将有关情况函复如下。"},
				Signers:    []string{"某县人民政府办公室"},
				Signed:     date(2016, 7, 13),
				Chrome:     []string{"真正让“某某效率”成为“某某品牌”"},
				Recognized: true,
			},
		},
		{
			name: "a short line of the site's over a title's two lines starts no title",
			in:   lines("某某网政务公开", "某某县人民政府关于某某路段", "施工期间交通管制的通告", "为确保施工安全，现通告如下。", "某某县人民政府", "2023年9月7日"),
			want: Doc{
				Title:      "某某县人民政府关于某某路段施工期间交通管制的通告",
				Body:       []string{"为确保施工安全，现通告如下。"},
				Signers:    []string{"某某县人民政府"},
				Signed:     date(2023, 9, 7),
				Chrome:     []string{"某某网政务公开"},
				Recognized: true,
			},
		},
		{
			name: "an announcement's serial run into the title, and the page's stamp without its year",
			in: lines("某镇某工程施工期间交通管制的公告2023年4号", "日期：09-09", "为确保工程的顺利进行，现将有关事项公告如下。",
				"请社会各界给予理解和支持。", "某市某镇人民政府", "某市公安局交通警察大队", "二○二三年九月七日"),
			want: Doc{
				Title:      "某镇某工程施工期间交通管制的公告",
				Body:       []string{"为确保工程的顺利进行，现将有关事项公告如下。", "请社会各界给予理解和支持。"},
				Signers:    []string{"某市某镇人民政府", "某市公安局交通警察大队"},
				Signed:     date(2023, 9, 7),
				Chrome:     []string{"日期：09-09"},
				Recognized: true,
			},
		},
		{
			name: "signer who is also the source",
			in:   lines(title, "来源：某县人民政府 日期：2019-06-03 09:30", addr, text2, signer, signedL),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Source:     "某县人民政府",
				Published:  &notice.Date{Year: 2019, Month: 6, Day: 3, HasTime: true, Hour: 9, Minute: 30},
				Chrome:     []string{"来源：某县人民政府 日期：2019-06-03 09:30"},
				Recognized: true,
			},
		},
		{
			name: "the page's items as a list under the title",
			in:   lines(title, "- 发布日期：2019-06-03 09:30", "• 来源：某县人民政府", "- 浏览次数：", addr, text2),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Source:     "某县人民政府",
				Published:  &notice.Date{Year: 2019, Month: 6, Day: 3, HasTime: true, Hour: 9, Minute: 30},
				Chrome:     []string{"- 发布日期：2019-06-03 09:30", "• 来源：某县人民政府", "- 浏览次数："},
				Recognized: true,
			},
		},
		{
			name: "the publisher beside the page's date under the title",
			in:   lines(title, "发布机构：某县人民政府->某县水利局 发布时间：2019-06-03 浏览次数：", addr, text2),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Published:  date(2019, 6, 3),
				Publisher:  "某县人民政府->某县水利局",
				Chrome:     []string{"发布机构：某县人民政府->某县水利局 发布时间：2019-06-03 浏览次数："},
				Recognized: true,
			},
		},
		{
			name: "the site's name before the page's date, and a widget before its source",
			in:   lines(title, "某县人民政府 发布时间：2019-06-03 14:20", addr, text2, signer, signedL, "打印 来源：某县水利局"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Source:     "某县水利局",
				Published:  &notice.Date{Year: 2019, Month: 6, Day: 3, HasTime: true, Hour: 14, Minute: 20},
				Chrome:     []string{"某县人民政府 发布时间：2019-06-03 14:20", "打印 来源：某县水利局"},
				Recognized: true,
			},
		},
		{
			name: "another body's seal between the signer and the date is a note",
			in:   lines(title, addr, text2, "某县人民政府办公室", "（某县人民政府代章）", signedL),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{"某县人民政府办公室"},
				Signed:     date(2019, 6, 1),
				Notes:      []string{"某县人民政府代章"},
				Recognized: true,
			},
		},
		{
			name: "a title with 关于 and no 的 goes on in a line that ends it after a 的",
			in:   lines("关于某某幼儿园", "建设项目规划设计方案", "总平面图的批前公示", text1, signer, signedL),
			want: Doc{
				Title:      "关于某某幼儿园建设项目规划设计方案总平面图的批前公示",
				Body:       []string{text1},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a title split over three lines keeps the book-title marks of its middle",
			in:   lines("某区人民政府关于", "《某区生态环境保护规划》", "的批复", "区生态环境局：", text2, signer, signedL),
			want: Doc{
				Title:      "某区人民政府关于《某区生态环境保护规划》的批复",
				Addressee:  "区生态环境局",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a site's menu over the title is no part of it",
			in:   lines("登录个人中心", "首页 政府信息公开 新闻中心 网上办事 走进某区", "某局关于做好某工作的通知", addr, text2, signer, signedL),
			want: Doc{
				Title:      "某局关于做好某工作的通知",
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{"登录个人中心", "首页 政府信息公开 新闻中心 网上办事 走进某区"},
				Recognized: true,
			},
		},
		{
			name: "nor is a bulleted item of the site's",
			in:   lines("某县广播电视台", "• 客户端下载", "禁止跨省流动的通告", text1, signer, signedL),
			want: Doc{
				Title:      "禁止跨省流动的通告",
				Body:       []string{text1},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{"某县广播电视台", "• 客户端下载"},
				Recognized: true,
			},
		},
		{
			name: "a breadcrumb trail over the title is no part of it",
			in:   lines("某某网 > 大庆", "某区草原禁牧公告", text1, "特此公告", signer, signedL),
			want: Doc{
				Title:      "某区草原禁牧公告",
				Body:       []string{text1, "特此公告"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{"某某网 > 大庆"},
				Recognized: true,
			},
		},
		{
			name: "a date on the first line has no seal above it",
			in:   lines(signedL, text1),
			want: Doc{Body: []string{signedL, text1}},
		},
		{
			name: "a national document's long list of addressees, the last an abbreviation",
			in: lines("关于印发某计划的通知", "中央组织部、中央宣传部、外交部、教育部、科技部、公安部、司法部、财政部、贸促会、中国科协：",
				text2, signer, signedL),
			want: Doc{
				Title:      "关于印发某计划的通知",
				Addressee:  "中央组织部、中央宣传部、外交部、教育部、科技部、公安部、司法部、财政部、贸促会、中国科协",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "the page's stamp without its year under the title",
			in:   lines(title, "05-25 10:06 某县融媒体中心", text1, text2, signer, signedL),
			want: Doc{
				Title:      title,
				Body:       []string{text1, text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{"05-25 10:06 某县融媒体中心"},
				Recognized: true,
			},
		},
		{
			name: "a month and day without a time is the 正文's",
			in:   lines(title, "05-25 某县融媒体中心", text1, signer, signedL),
			want: Doc{
				Title:      title,
				Body:       []string{"05-25 某县融媒体中心", text1},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "the site's name in brackets before the page's date under the title",
			in:   lines(title, "[某县人民政府]2016-05-09字号：", addr, text2, signer, signedL),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Published:  date(2016, 5, 9),
				Chrome:     []string{"[某县人民政府]2016-05-09字号："},
				Recognized: true,
			},
		},
		{
			name: "the page's date under a label with a space before its colon",
			in:   lines(title, "• 发布时间 :2017-01-13 03:09", addr, text2, signer, signedL),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Published:  &notice.Date{Year: 2017, Month: 1, Day: 13, HasTime: true, Hour: 3, Minute: 9},
				Chrome:     []string{"• 发布时间 :2017-01-13 03:09"},
				Recognized: true,
			},
		},
		{
			name: "a byline's dash before the source under the title",
			in:   lines(title, "——来源：某县水利局", addr, text2, signer, signedL),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Source:     "某县水利局",
				Chrome:     []string{"——来源：某县水利局"},
				Recognized: true,
			},
		},
		{
			name: "a share pop-up's instructions under the signature",
			in:   lines(title, addr, text2, signer, signedL, "打开微信，点击底部的“发现”，", "使用“扫一扫”即可将网页分享至朋友圈。"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{"打开微信，点击底部的“发现”，", "使用“扫一扫”即可将网页分享至朋友圈。"},
				Recognized: true,
			},
		},
		{
			name: "a deputy named without a colon over the reply",
			in:   lines("关于第37号建议答复的函", "某某某代表", "您提出的《某某事项》建议收悉，现答复如下。", "感谢您对卫生健康工作的关心。", "某县卫生健康局", signedL),
			want: Doc{
				Title:      "关于第37号建议答复的函",
				Addressee:  "某某某代表",
				Body:       []string{"您提出的《某某事项》建议收悉，现答复如下。", "感谢您对卫生健康工作的关心。"},
				Signers:    []string{"某县卫生健康局"},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "members named without a colon over a reply that says their proposal came in",
			in:   lines("某局关于对第49号提案的答复函", "甲某某、乙某某委员", "《关于更新农村中小学图书的建议》收悉，现答复如下。", "感谢对教育工作的关心。", "某县教育局", signedL),
			want: Doc{
				Title:      "某局关于对第49号提案的答复函",
				Addressee:  "甲某某、乙某某委员",
				Body:       []string{"《关于更新农村中小学图书的建议》收悉，现答复如下。", "感谢对教育工作的关心。"},
				Signers:    []string{"某县教育局"},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a member whose name the page masks",
			in:   lines("关于第34号提案的答复", "****委员：", "您提出的提案收悉，现答复如下。", "某区自然资源局", signedL),
			want: Doc{
				Title:      "关于第34号提案的答复",
				Addressee:  "****委员",
				Body:       []string{"您提出的提案收悉，现答复如下。"},
				Signers:    []string{"某区自然资源局"},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "an attachment under 附 alone, left out of the copy",
			in:   lines(title, addr, text2, "附：某某司关于某某问题的函（略）", signer, signedL),
			want: Doc{
				Title:       title,
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{text2},
				Attachments: []notice.Attachment{{Name: "某某司关于某某问题的函"}},
				Signers:     []string{signer},
				Signed:      date(2019, 6, 1),
				Recognized:  true,
			},
		},
		{
			name: "a closing formula over signers and a date ends the document, whatever follows",
			in: lines("某市2023年重点工业产品质量监督抽查情况通告", "2023年，某市市场监督管理局按照有关要求组织了抽查。", "特此通告。", "某市市场监督管理局", "2024年3月14日",
				"不合格产品涉及甲、乙、丙等品牌，已依法处理。", "2023年产品质量监督抽查不合格产品明细"),
			want: Doc{
				Title:      "某市2023年重点工业产品质量监督抽查情况通告",
				Body:       []string{"2023年，某市市场监督管理局按照有关要求组织了抽查。", "特此通告。"},
				Signers:    []string{"某市市场监督管理局"},
				Signed:     date(2024, 3, 14),
				Trailing:   []string{"不合格产品涉及甲、乙、丙等品牌，已依法处理。", "2023年产品质量监督抽查不合格产品明细"},
				Recognized: true,
			},
		},
		{
			name: "the title again without the place a site put before it",
			in:   lines("某市某镇人民政府关于取消某村庙会的通告", "某镇人民政府关于取消某村庙会的通告", "为做好疫情防控，现将有关事项通告如下：", "特此通告", "某镇人民政府", signedL),
			want: Doc{
				Title:      "某镇人民政府关于取消某村庙会的通告",
				Body:       []string{"为做好疫情防控，现将有关事项通告如下：", "特此通告"},
				Signers:    []string{"某镇人民政府"},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a law database's validity after the title is the validity, not the title's",
			in:   lines("添加链接", "link管理", "某市地方税务局关于印发《某某管理办法》的通知 [ 全文废止 ]", "某地税地[2007]134号 2007-04-09", "各区、县地方税务局：", text2),
			want: Doc{
				Title:      "某市地方税务局关于印发《某某管理办法》的通知",
				Validity:   "全文废止",
				DocNumber:  docNum(t, "某地税地〔2007〕134号"),
				Addressee:  "各区、县地方税务局",
				Body:       []string{text2},
				Chrome:     []string{"添加链接", "link管理", "2007-04-09"},
				Recognized: true,
			},
		},
		{
			name: "a reply's contact under its date in parentheses",
			in:   lines("关于第182号代表建议的答复函", "某某代表：", "您提出的建议收悉，现答复如下。", signedL, "（办复类别：B类）", "（联系人及电话：某某 13800000000）"),
			want: Doc{
				Title:      "关于第182号代表建议的答复函",
				Addressee:  "某某代表",
				Body:       []string{"您提出的建议收悉，现答复如下。"},
				Signed:     date(2019, 6, 1),
				Notes:      []string{"办复类别：B类", "联系人及电话：某某 13800000000"},
				Recognized: true,
			},
		},
		{
			name: "a reply's class and contact above its date are pairs",
			in:   lines("关于第182号代表建议的答复函", "尊敬的某某代表：", "您提出的建议收悉，现答复如下。", "感谢您对我市工作的关注和支持。", "办复类别：B类", "联系电话：13800000000", "联系人：某某", signedL),
			want: Doc{
				Title:      "关于第182号代表建议的答复函",
				Addressee:  "某某代表",
				Body:       []string{"您提出的建议收悉，现答复如下。", "感谢您对我市工作的关注和支持。"},
				Signed:     date(2019, 6, 1),
				Extra:      []notice.Field{{Label: "办复类别", Value: "B类"}, {Label: "联系电话", Value: "13800000000"}, {Label: "联系人", Value: "某某"}},
				Recognized: true,
			},
		},
		{
			name: "a phone line between the closing formula and the signer",
			in:   lines("关于某某补助资金的公示", "公示期为7个工作日，欢迎社会各界监督。", "特此公示", "受理、咨询、举报、投诉电话：031-27618183", "某县林业局", signedL),
			want: Doc{
				Title:      "关于某某补助资金的公示",
				Body:       []string{"公示期为7个工作日，欢迎社会各界监督。", "特此公示", "受理、咨询、举报、投诉电话：031-27618183"},
				Signers:    []string{"某县林业局"},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "an item of the 正文 that gives a phone number stays",
			in:   lines(title, addr, text2, "五、禁渔期间举报电话：0558-8628766", signer, signedL),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2, "五、禁渔期间举报电话：0558-8628766"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a sign-off and a contact under the date, then the cc",
			in:   lines("关于第31号建议的答复", "某某代表：", "您提出的建议收悉，现答复如下。", "感谢您对我局工作的关心。", signedL, "领导签发：某某某", "联系人及电话：某某 8788586", "抄送：市人大常委会选举任免代表工作委员会，市政府办公室。"),
			want: Doc{
				Title:      "关于第31号建议的答复",
				Addressee:  "某某代表",
				Body:       []string{"您提出的建议收悉，现答复如下。", "感谢您对我局工作的关心。"},
				Signed:     date(2019, 6, 1),
				Notes:      []string{"领导签发：某某某", "联系人及电话：某某 8788586"},
				CC:         []string{"市人大常委会选举任免代表工作委员会", "市政府办公室"},
				Recognized: true,
			},
		},
		{
			name: "a contact that ends a sentence above the date is the 正文's",
			in:   lines(title, addr, text2, "联系人：某某，电话：0731—2211475。", signedL),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2, "联系人：某某，电话：0731—2211475。"},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a contact under the date, its label joined",
			in:   lines("关于第201号建议的答复函", "某某代表：", "你们提出的建议已交我们研究办理，现答复如下：", "希望以后多提宝贵意见。", "某县教育局", signedL, "承办负责人：某某某", "联系人及电话：某某 7122804"),
			want: Doc{
				Title:      "关于第201号建议的答复函",
				Addressee:  "某某代表",
				Body:       []string{"你们提出的建议已交我们研究办理，现答复如下：", "希望以后多提宝贵意见。"},
				Signers:    []string{"某县教育局"},
				Signed:     date(2019, 6, 1),
				Notes:      []string{"承办负责人：某某某", "联系人及电话：某某 7122804"},
				Recognized: true,
			},
		},
		{
			name: "an editor's credit over a form of empty labels, under a text that is no document",
			in:   lines("根据有关规定，现将学区划分方案公示如下。", text2, text2, text2, text2, text2, text2, text2, "学区划分方案.docx", "责任编辑：某某某", "初审： 复审： 终审："),
			want: Doc{
				Body:   []string{"根据有关规定，现将学区划分方案公示如下。", text2, text2, text2, text2, text2, text2, text2},
				Extra:  []notice.Field{{Label: "责任编辑", Value: "某某某"}},
				Chrome: []string{"学区划分方案.docx", "责任编辑：某某某", "初审： 复审： 终审："},
			},
		},
		{
			name: "the site's disclaimer under the signature",
			in: lines("关于禁止非法采集的通告", "根据有关规定，现通告如下：", text2, "特此通告", "中共某县委 某县人民政府", signedL,
				"免责声明：该内容来源于网友提供或网络搜集，由本站编辑整理，如涉及版权问题，请联系本站管理员予以更改或删除。", "更多阅读"),
			want: Doc{
				Title:      "关于禁止非法采集的通告",
				Body:       []string{"根据有关规定，现通告如下：", text2, "特此通告"},
				Signers:    []string{"中共某县委", "某县人民政府"},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{"免责声明：该内容来源于网友提供或网络搜集，由本站编辑整理，如涉及版权问题，请联系本站管理员予以更改或删除。", "更多阅读"},
				Recognized: true,
			},
		},
		{
			name: "a copy's address before the page's date and source",
			in:   lines(title, "http://www.example.com 2024-01-29 11:03 来源：某市人力资源和社会保障局", addr, text2),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Source:     "某市人力资源和社会保障局",
				Published:  dateTime(2024, 1, 29, 11, 3, 0),
				Chrome:     []string{"http://www.example.com 2024-01-29 11:03 来源：某市人力资源和社会保障局"},
				Recognized: true,
			},
		},
		{
			name: "date and time run into the source label",
			in:   lines("2015-11-10 01:51:51信息来源：", title, addr, text2),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Published:  dateTime(2015, 11, 10, 1, 51, 51),
				Chrome:     []string{"2015-11-10 01:51:51信息来源："},
				Recognized: true,
			},
		},
		{
			name: "source and date lines of a news item",
			in:   lines("时间：2019年06月17日 点击次数：28596", newsParas),
			want: Doc{
				Body:      newsParas,
				Published: date(2019, 6, 17),
				Chrome:    []string{"时间：2019年06月17日 点击次数：28596"},
			},
		},
		{
			// 签发人 is a label of the one vocabulary without a field: kept in
			// Extra, as a metadata header keeps it.
			name: "签发人 line in the head",
			in:   lines("某县人民政府关于防汛工作情况的报告", "签发人：张三", "市人民政府：", text2),
			want: Doc{
				Title:      "某县人民政府关于防汛工作情况的报告",
				Addressee:  "市人民政府",
				Body:       []string{text2},
				Extra:      []notice.Field{{Label: "签发人", Value: "张三"}},
				Chrome:     []string{"签发人：张三"},
				Recognized: true,
			},
		},
		{
			name: "a time line that is no date is body text",
			in:   lines(title, "时间：1月22日上午", text2, signer, signedL),
			want: Doc{
				Title:      title,
				Body:       []string{"时间：1月22日上午", text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a signature dated by month: no signed, a warning",
			in:   lines(title, addr, text2, signer, "二○○五年四月"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Warnings:   []Warning{{Field: "signed", Rule: notice.RuleShape, Line: 4, Message: `the signature's date "二○○五年四月" names no day; signed is left empty`}},
				Recognized: true,
			},
		},
		{
			// A document sent up: its 文号 beside who signed it off, and
			// the contact under the date without parentheses.
			name: "a 文号 beside its 签发人, and a contact's line under the date",
			in:   lines(title, "某政发〔2019〕12号          签发人：张三", addr, text2, signer, signedL, "联系人：李四  联系电话：1234567", "信息公开选项：主动公开"),
			want: Doc{
				Title:      title,
				DocNumber:  docNum(t, "某政发〔2019〕12号"),
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Notes:      []string{"联系人：李四  联系电话：1234567"},
				Extra:      []notice.Field{{Label: "签发人", Value: "张三"}, {Label: "信息公开选项", Value: "主动公开"}},
				Chrome:     []string{"签发人：张三", "信息公开选项：主动公开"},
				Recognized: true,
			},
		},
		{
			// A copy lost the addressee's colon; the office's name wrapped
			// under its department's.
			name: "an addressee without its colon, and an office's name on a line of its own",
			in:   lines(title, "各处室，直属单位", text1, text2, "某省某某厅", "办公室", signedL, "（此件主动公开）", "（联系单位：办公室）"),
			want: Doc{
				Title:      title,
				Addressee:  "各处室，直属单位",
				Body:       []string{text1, text2},
				Signers:    []string{"某省某某厅办公室"},
				Signed:     date(2019, 6, 1),
				Notes:      []string{"此件主动公开", "联系单位：办公室"},
				Recognized: true,
			},
		},
		{
			name: "an addressee without its colon whose second name starts with 各",
			in:   lines(title, "高新区、各有关乡镇", text1, text2, signer, signedL),
			want: Doc{
				Title:      title,
				Addressee:  "高新区、各有关乡镇",
				Body:       []string{text1, text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a colonless addressee over a 正文 that lost its full stop but sends what it prints",
			in:   lines(title, "各县（市）人民政府，州政府各部门，有关单位", "现将《某某办法》印发你们，请认真贯彻落实", signer, signedL),
			want: Doc{
				Title:      title,
				Addressee:  "各县（市）人民政府，州政府各部门，有关单位",
				Body:       []string{"现将《某某办法》印发你们，请认真贯彻落实"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "attachments numbered in their labels, one left under its label alone",
			in:   lines(title, text1, "附件1：甲信息概述.doc", "附件2：", "乙位置示意图.jpg", signer, signedL),
			want: Doc{
				Title:       title,
				Body:        []string{text1},
				Attachments: []notice.Attachment{{Name: "甲信息概述.doc"}, {Name: "乙位置示意图.jpg"}},
				Signers:     []string{signer},
				Signed:      date(2019, 6, 1),
				Recognized:  true,
			},
		},
		{
			name: "attachments numbered in their labels, a line each",
			in:   lines(title, text1, "附件1：某某名单", "附件2：某某统计表", signer, signedL),
			want: Doc{
				Title:       title,
				Body:        []string{text1},
				Attachments: []notice.Attachment{{Name: "某某名单"}, {Name: "某某统计表"}},
				Signers:     []string{signer},
				Signed:      date(2019, 6, 1),
				Recognized:  true,
			},
		},
		{
			name: "an addressee whose last name ends like no body, among names with 各",
			in:   lines(title, "党委各部门、集团公司、各街办（镇）：", text1, signer, signedL),
			want: Doc{
				Title:      title,
				Addressee:  "党委各部门、集团公司、各街办（镇）",
				Body:       []string{text1},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a colonless addressee whose first name holds 各",
			in:   lines(title, "市直各部门、供热企业", text1, signer, signedL),
			want: Doc{
				Title:      title,
				Addressee:  "市直各部门、供热企业",
				Body:       []string{text1},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			// A colonless addressee is read off the Chinese sentence under
			// it: digits and a mark are none.
			name: "a colonless addressee over no Chinese sentence is the 正文's",
			in:   lines(title, "各处室，直属单位", "0000!"),
			want: Doc{Body: []string{title, "各处室，直属单位", "0000!"}},
		},
		{
			// 各 and digits name no body: the line is the 正文's.
			name: "a line of 各 and no names is no addressee",
			in:   lines(title, "各01", text1, text2),
			want: Doc{Body: []string{title, "各01", text1, text2}},
		},
		{
			name: "a line that starts with 各 over a heading is no addressee",
			in:   lines(title, addr, "各乡镇要高度重视", "一、提高认识"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{"各乡镇要高度重视", "一、提高认识"},
				Recognized: true,
			},
		},
		{
			name: "a signer with the mark of the seal",
			in:   lines(title, addr, text2, "附件：某县防汛责任人名单.doc", signer+"（章）", signedL),
			want: Doc{
				Title:       title,
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{text2},
				Attachments: []notice.Attachment{{Name: "某县防汛责任人名单.doc"}},
				Signers:     []string{signer},
				Signed:      date(2019, 6, 1),
				Recognized:  true,
			},
		},
		{
			name: "a signature whose day was left blank: no signed, a warning",
			in:   lines(title, addr, text2, signer, "2020年4月 日"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Warnings:   []Warning{{Field: "signed", Rule: notice.RuleShape, Line: 4, Message: `the signature's date "2020年4月 日" names no day; signed is left empty`}},
				Recognized: true,
			},
		},
		{
			name: "a table of contents under the signature starts the printed document",
			in:   lines(title, addr, text2, signer, signedL, "目 录", "第一章 总体要求··········· 1", "第一章 总体要求", text1),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Appendices: []notice.Appendix{{Title: "目录", Body: []string{"第一章 总体要求··········· 1", "第一章 总体要求", text1}}},
				Recognized: true,
			},
		},
		{
			name: "a decree: 版头 and number, signed by the mayor, the regulation after",
			in: lines("某市建筑垃圾处置管理规定", "某市人民政府令", "第293号",
				"《某市建筑垃圾处置管理规定》已经市人民政府常务会议审议通过，现予公布，自2020年10月1日起施行。",
				"市长 张三", "2020年7月29日", "某市建筑垃圾处置管理规定", "第一条 为了加强建筑垃圾管理，制定本规定。"),
			want: Doc{
				Title:      "某市建筑垃圾处置管理规定",
				DocNumber:  docNum(t, "某市人民政府令第293号"),
				Body:       []string{"《某市建筑垃圾处置管理规定》已经市人民政府常务会议审议通过，现予公布，自2020年10月1日起施行。"},
				Signers:    []string{"市长 张三"},
				Signed:     date(2020, 7, 29),
				Appendices: []notice.Appendix{{Title: "某市建筑垃圾处置管理规定", Body: []string{"第一条 为了加强建筑垃圾管理，制定本规定。"}}},
				Chrome:     []string{"某市人民政府令"},
				Recognized: true,
			},
		},
		{
			name: "an order: a body's name over its 文号, the post without a name",
			in: lines("某市人民政府关于控制采石场尘污染的通告", "某市人民政府", "某府令第 121 号",
				"现将有关事项通告如下。", "市 长", "二○○一年十二月三十日"),
			want: Doc{
				Title:      "某市人民政府关于控制采石场尘污染的通告",
				DocNumber:  docNum(t, "某府令第121号"),
				Body:       []string{"现将有关事项通告如下。"},
				Signers:    []string{"市长"},
				Signed:     date(2001, 12, 30),
				Chrome:     []string{"某市人民政府"},
				Recognized: true,
			},
		},
		{
			name: "the page's source line under the document gives the source",
			in:   lines(title, addr, text2, signer, signedL, "来源：某县人民政府", "责任编辑：李四"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Source:     "某县人民政府",
				Extra:      []notice.Field{{Label: "责任编辑", Value: "李四"}},
				Chrome:     []string{"来源：某县人民政府", "责任编辑：李四"},
				Recognized: true,
			},
		},
		{
			name: "the issuer over a title that names it again",
			in:   lines("某省人民政府", "关于印发《某省人民政府工作规则》的通知", "某府发〔2025〕18号", addr, text2),
			want: Doc{
				Title:      "某省人民政府关于印发《某省人民政府工作规则》的通知",
				DocNumber:  docNum(t, "某府发〔2025〕18号"),
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Recognized: true,
			},
		},
		{
			name: "a title's last line starts with a remark in parentheses",
			in:   lines("某省人民政府办公厅关于印发", "某省绿化美化规划", "（2021-2030年）的通知", "某政办发〔2021〕11号", addr, text2),
			want: Doc{
				Title:      "某省人民政府办公厅关于印发某省绿化美化规划（2021-2030年）的通知",
				DocNumber:  docNum(t, "某政办发〔2021〕11号"),
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Recognized: true,
			},
		},
		{
			name: "the document's own title below a heading with a remark",
			in:   lines(title+"（2019修订）", title, addr, text2),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Recognized: true,
			},
		},
		{
			name: "PDF page marks are neither body nor notes",
			in:   lines(title, addr, text2, "—1—", "（此页无正文）", signer, signedL, "（此件公开发布）—2—"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Notes:      []string{"此件公开发布"},
				Recognized: true,
			},
		},
		{
			name: "a date and 文号 in parentheses run together with the 正文",
			in:   lines(title, "（1985年5月4日某政〔1985〕38号）  根据有关规定，现将有关问题通知如下：", "一、任免权限", text2),
			want: Doc{
				Title:      title,
				DocNumber:  docNum(t, "某政〔1985〕38号"),
				Signed:     date(1985, 5, 4),
				Body:       []string{"根据有关规定，现将有关问题通知如下：", "一、任免权限", text2},
				Recognized: true,
			},
		},
		{
			// A body flattened into one line: the 附件说明, then the
			// signer after white space, then the date.
			name: "a signer run into the 附件说明 of a flattened body",
			in:   lines(title, "各乡镇人民政府，县直各单位：一、各单位要高度重视防汛工作。二、各单位要做好值班工作。 附件：某县防汛责任人名单 某县人民政府 2019年6月1日"),
			want: Doc{
				Title:       title,
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{"一、各单位要高度重视防汛工作。二、各单位要做好值班工作。"},
				Attachments: []notice.Attachment{{Name: "某县防汛责任人名单"}},
				Signers:     []string{"某县人民政府"},
				Signed:      date(2019, 6, 1),
				Recognized:  true,
			},
		},
		{
			name: "a title line that ends in its 文号 after a space",
			in:   lines("某自治区人民政府办公厅关于首批示范旗县的通报 某政办字〔2015〕123号", addr, text2, signedL),
			want: Doc{
				Title:      "某自治区人民政府办公厅关于首批示范旗县的通报",
				DocNumber:  docNum(t, "某政办字〔2015〕123号"),
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a page's heading that ends in the 文号 over the document's own split title",
			in: lines("某县关于禁止露天焚烧秸秆的通告 某政通〔2017〕6号", "某政通〔2017〕6号", "某县人民政府", "关于禁止露天焚烧秸秆的通告",
				text2, signer, signedL),
			want: Doc{
				Title:      "某县人民政府关于禁止露天焚烧秸秆的通告",
				DocNumber:  docNum(t, "某政通〔2017〕6号"),
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{"某县关于禁止露天焚烧秸秆的通告 某政通〔2017〕6号"},
				Recognized: true,
			},
		},
		{
			name: "the site's name over a title line that names its issuers a space apart",
			in:   lines("某县人民政府", "某县人力资源和社会保障局 某县财政局关于提高基础养老金标准的通知", addr, text2),
			want: Doc{
				Title:      "某县人力资源和社会保障局某县财政局关于提高基础养老金标准的通知",
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Chrome:     []string{"某县人民政府"},
				Recognized: true,
			},
		},
		{
			name: "the 附注 run into the date line, with and without the signer",
			in:   lines(title, addr, text2, "2019年6月1日 （此件公开发布）"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signed:     date(2019, 6, 1),
				Notes:      []string{"此件公开发布"},
				Recognized: true,
			},
		},
		{
			name: "the signer, the date and the 附注 on one line",
			in:   lines(title, addr, text2, signer+" 2019年6月1日 (此件主动公开)"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Notes:      []string{"此件主动公开"},
				Recognized: true,
			},
		},
		{
			name: "a remark whose opening bracket a copy damaged, then the page's lines, under the signature",
			in:   lines(title, text2, signer, signedL, "？。？019年6月1日某县人大常委会第三次会议通过）", "责任编辑：张三"),
			want: Doc{
				Title:      title,
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Extra:      []notice.Field{{Label: "责任编辑", Value: "张三"}},
				Chrome:     []string{"责任编辑：张三"},
				Trailing:   []string{"？。？019年6月1日某县人大常委会第三次会议通过）"},
				Recognized: true,
			},
		},
		{
			name: "a remark whose opening bracket a copy damaged ends the page under the signature",
			in:   lines(title, text2, signer, signedL, "？。？019年6月1日某县人大常委会第三次会议通过）"),
			want: Doc{
				Title:      title,
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Trailing:   []string{"？。？019年6月1日某县人大常委会第三次会议通过）"},
				Recognized: true,
			},
		},
		{
			name: "a title of the kind alone, letter-spaced, over the addressee",
			in:   lines("倡 议 书", "全市广大居民朋友们：", text2, signer, signedL),
			want: Doc{
				Title:      "倡议书",
				Addressee:  "全市广大居民朋友们",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "the table a notice prints under its date, headed by its own title",
			in: lines("某县2023年耕地地力保护补贴发放情况公示", text2, "某县农业农村局  某县财政局", signedL,
				"2023年耕地地力保护补贴汇总表", "行政区划 人数 补贴面积", "甲镇 100 200", "乙镇 300 400"),
			want: Doc{
				Title:      "某县2023年耕地地力保护补贴发放情况公示",
				Body:       []string{text2},
				Signers:    []string{"某县农业农村局", "某县财政局"},
				Signed:     date(2019, 6, 1),
				Appendices: []notice.Appendix{{Title: "2023年耕地地力保护补贴汇总表", Body: []string{"行政区划 人数 补贴面积", "甲镇 100 200", "乙镇 300 400"}}},
				Recognized: true,
			},
		},
		{
			name: "a post and a letter-spaced name with the date on one line",
			in: lines("某自治区人民政府令", "第116号", "《某自治区土地整治办法》已经自治区人民政府常务会议审议通过，现予发布，自2017年3月1日起施行。",
				"自治区主席 陈 武 2016年12月6日"),
			want: Doc{
				Title:      "某自治区人民政府令",
				DocNumber:  docNum(t, "某自治区人民政府令第116号"),
				Body:       []string{"《某自治区土地整治办法》已经自治区人民政府常务会议审议通过，现予发布，自2017年3月1日起施行。"},
				Signers:    []string{"自治区主席 陈武"},
				Signed:     date(2016, 12, 6),
				Recognized: true,
			},
		},
		{
			name: "a decree signed by a post, a colon and a name",
			in: lines("某部令", "第8号", "新修订的《某认定办法》已经部务会议通过，现予公布，自2011年1月1日起施行。",
				"部  长：某某某", "二〇一〇年十二月三十一日"),
			want: Doc{
				DocNumber:  docNum(t, "某部令第8号"),
				Body:       []string{"新修订的《某认定办法》已经部务会议通过，现予公布，自2011年1月1日起施行。"},
				Signers:    []string{"部长 某某某"},
				Signed:     date(2010, 12, 31),
				Chrome:     []string{"某部令"},
				Recognized: true,
			},
		},
		{
			name: "a ministry's note of how the document is disclosed, on the signer's line",
			in:   lines(title, addr, text2, "某部办公厅 2021年10月21日 （信息公开形式：主动公开）"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{"某部办公厅"},
				Signed:     date(2021, 10, 21),
				Notes:      []string{"信息公开形式：主动公开"},
				Recognized: true,
			},
		},
		{
			name: "an addressee whose name ends in its other name in brackets",
			in:   lines(title, "某区应急管理局（地方煤矿安全监督管理局）：", text2, signer, signedL),
			want: Doc{
				Title:      title,
				Addressee:  "某区应急管理局（地方煤矿安全监督管理局）",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a title that ends in its kind with a bracket a copy left open takes no line below",
			in:   lines("某县人民政府（关于某事的通知", "0", "一、各单位要高度重视防汛工作", signer+" 2019年6月1日"),
			want: Doc{
				Title:      "某县人民政府（关于某事的通知",
				Body:       []string{"0", "一、各单位要高度重视防汛工作"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a decision written to one party: its kind 决定书 split from the issuer's line",
			in:   lines("某市生态环境局", "责令改正违法行为决定书", "某环（某分局）责改字〔2024〕15号", "某某有限公司：", text2, signer, signedL),
			want: Doc{
				Title:      "某市生态环境局责令改正违法行为决定书",
				DocNumber:  docNum(t, "某环（某分局）责改字〔2024〕15号"),
				Addressee:  "某某有限公司",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a 公告 addressed to the people on a road",
			in:   lines("关于某路封闭施工的公告", "沿线居民、企事业单位及过往司乘人员：", text2, signer, signedL),
			want: Doc{
				Title:      "关于某路封闭施工的公告",
				Addressee:  "沿线居民、企事业单位及过往司乘人员",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a kind of document spaced out over the 正文",
			in:   lines("公 告", "根据有关规定，现将某县天然气价格调整有关事项公告如下。", text2, signer, signedL),
			want: Doc{
				Title:      "公告",
				Body:       []string{"根据有关规定，现将某县天然气价格调整有关事项公告如下。", text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a kind of document spaced out over a title is no title",
			in:   lines("通 知", "关于做好某项工作的通知", addr, text2),
			want: Doc{
				Title:      "关于做好某项工作的通知",
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Chrome:     []string{"通 知"},
				Recognized: true,
			},
		},
		{
			name: "a 抄送 that gives each body's number of copies",
			in:   lines(title, addr, text2, signer, signedL, "抄送：市政协提案委（2份） 市委、市政府督查局（2份）"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				CC:         []string{"市政协提案委", "市委、市政府督查局"},
				Recognized: true,
			},
		},
		{
			name: "抄报 is a 抄送",
			in:   lines(title, addr, text2, signer, signedL, "抄报：县政府督查室、县政协提案委员会"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				CC:         []string{"县政府督查室、县政协提案委员会"},
				Recognized: true,
			},
		},
		{
			name: "a copy's note that the text is not the official one, under the date",
			in:   lines("某银行公告〔2010〕第9号", text2, "某银行", "二〇一〇年九月一日", "本内容来源于政府官方网站，如需引用，请以正式文件为准"),
			want: Doc{
				DocNumber:  docNum(t, "某银行公告〔2010〕第9号"),
				Body:       []string{text2},
				Signers:    []string{"某银行"},
				Signed:     date(2010, 9, 1),
				Chrome:     []string{"本内容来源于政府官方网站，如需引用，请以正式文件为准"},
				Recognized: true,
			},
		},
		{
			name: "a ministry's department signs, and an item of the page's list follows the date",
			in: lines("关于征求某办法意见的通知", "民航各地区管理局，各运输航空公司：", text2, "附件：某办法（征求意见稿）", "民航局运输司", "2019年8月2日",
				"• 地址：北京市东城区某大街155号（100710）"),
			want: Doc{
				Title:       "关于征求某办法意见的通知",
				Addressee:   "民航各地区管理局，各运输航空公司",
				Body:        []string{text2},
				Attachments: []notice.Attachment{{Name: "某办法（征求意见稿）"}},
				Signers:     []string{"民航局运输司"},
				Signed:      date(2019, 8, 2),
				Chrome:      []string{"• 地址：北京市东城区某大街155号（100710）"},
				Recognized:  true,
			},
		},
		{
			name: "a heading of no kind right over the addressee is the title; a heading with a date is not",
			in:   lines("调整乡镇非居民用天然气销售价格", "各天然气公司：", text2),
			want: Doc{
				Title:      "调整乡镇非居民用天然气销售价格",
				Addressee:  "各天然气公司",
				Body:       []string{text2},
				Recognized: true,
			},
		},
		{
			name: "a line of a date and a 文号 over the addressee is no title, but the date and the 文号",
			in:   lines("2000年5月22日国函[2000]50号", "各天然气公司：", text2),
			want: Doc{
				DocNumber:  docNum(t, "国函〔2000〕50号"),
				Addressee:  "各天然气公司",
				Body:       []string{text2},
				Signed:     date(2000, 5, 22),
				Recognized: true,
			},
		},
		{
			name: "a 附件说明, then a remark on how to answer, over the signature",
			in: lines(title, addr, text2, "附件：1. 某某得分一览表", "? ? ? ? ?2. 某某采用条目", "（报送邮箱：a@163.com 联系电话：0913—6155328）",
				signer, signedL),
			want: Doc{
				Title:       title,
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{text2},
				Attachments: []notice.Attachment{{Name: "某某得分一览表"}, {Name: "某某采用条目"}},
				Signers:     []string{signer},
				Signed:      date(2019, 6, 1),
				Notes:       []string{"报送邮箱：a@163.com 联系电话：0913—6155328"},
				Recognized:  true,
			},
		},
		{
			name: "a closing formula, the signer and the date run together on the last line",
			in:   lines("某局：", text2, "特此批复。 某县人民政府 2016年9月23日"),
			want: Doc{
				Addressee:  "某局",
				Body:       []string{text2, "特此批复。"},
				Signers:    []string{"某县人民政府"},
				Signed:     date(2016, 9, 23),
				Recognized: true,
			},
		},
		{
			name: "a closing formula ending in ！, the signer, the date and the copy's source run together",
			in:   lines(title, text2, "特此公告！ 某市公安局交巡警大队 2025年7月10日 摘自：某某新闻"),
			want: Doc{
				Title:      title,
				Body:       []string{text2, "特此公告！"},
				Signers:    []string{"某市公安局交巡警大队"},
				Signed:     date(2025, 7, 10),
				Source:     "某某新闻",
				Chrome:     []string{"摘自：某某新闻"},
				Recognized: true,
			},
		},
		{
			name: "a heading of an announcement's number and the title in parentheses, under a spam line",
			in: lines("免费国产视频丨亚洲精品丨某某在线观看丨影音先锋", "某某总署公告2017年第26号（关于进一步简化经港澳中转货物原产地管理要求的公告）",
				"2018-04-03 来源：某某总署", "为进一步简化中转货物的原产地管理，现公告如下：", "特此公告"),
			want: Doc{
				Title:      "某某总署公告2017年第26号（关于进一步简化经港澳中转货物原产地管理要求的公告）",
				DocNumber:  docNum(t, "某某总署公告2017年第26号"),
				Body:       []string{"为进一步简化中转货物的原产地管理，现公告如下：", "特此公告"},
				Source:     "某某总署",
				Published:  date(2018, 4, 3),
				Chrome:     []string{"免费国产视频丨亚洲精品丨某某在线观看丨影音先锋", "2018-04-03 来源：某某总署"},
				Recognized: true,
			},
		},
		{
			name: "an announcement named by its number and what it does after a space",
			in:   lines("• 某某官网， 某某在线投注", "某部公告2019年第47号 公布货物出口配额总量（2020年）", "依据有关规定，现公布货物出口配额总量及配额管理有关事项如下：", "某部", "2019年10月31日"),
			want: Doc{
				Title:      "某部公告2019年第47号 公布货物出口配额总量（2020年）",
				DocNumber:  docNum(t, "某部公告2019年第47号"),
				Body:       []string{"依据有关规定，现公布货物出口配额总量及配额管理有关事项如下："},
				Signers:    []string{"某部"},
				Signed:     date(2019, 10, 31),
				Chrome:     []string{"• 某某官网， 某某在线投注"},
				Recognized: true,
			},
		},
		{
			name: "an announcement's number and a numeric date on the line under the title",
			in: lines("国家税务总局某省税务局关于发布《某省税收票证管理实施办法》的公告", "国家税务总局某省税务局公告2018年第10号 2018-6-15",
				"现发布《某省税收票证管理实施办法》，自发布之日起施行。", "特此公告。"),
			want: Doc{
				Title:      "国家税务总局某省税务局关于发布《某省税收票证管理实施办法》的公告",
				DocNumber:  docNum(t, "国家税务总局某省税务局公告2018年第10号"),
				Body:       []string{"现发布《某省税收票证管理实施办法》，自发布之日起施行。", "特此公告。"},
				Chrome:     []string{"2018-6-15"},
				Recognized: true,
			},
		},
		{
			name: "a bar of sites' links over a title that names its issuer; the page's date beside the font's sizes",
			in: lines("中国政府网 某省政府 某市政府", "某县人民政府关于划定某县高污染燃料禁燃区的通告", "时间：2017-11-08       大    中    小",
				"各乡（镇）人民政府，县人民政府各委、局、办、中心", "为全面改善县域环境空气质量，现将有关事项通告如下："),
			want: Doc{
				Title:      "某县人民政府关于划定某县高污染燃料禁燃区的通告",
				Addressee:  "各乡（镇）人民政府，县人民政府各委、局、办、中心",
				Body:       []string{"为全面改善县域环境空气质量，现将有关事项通告如下："},
				Published:  date(2017, 11, 8),
				Chrome:     []string{"中国政府网 某省政府 某市政府", "时间：2017-11-08       大    中    小"},
				Recognized: true,
			},
		},
		{
			name: "a flattened body: its 文号, one addressee, the 正文, the signer, the date, the 附注 and the 抄送",
			in: lines(title, "某应急函〔2023〕6号 某市应急管理局（地方煤矿安全监督管理局）： 2023年1月5日，某公司发生一起事故。现就有关事项通知如下。"+
				"请切实抓好贯彻落实。 某省应急管理厅 2023年1月5日 （此件公开发布） 抄送：省能源局。"),
			want: Doc{
				Title:      title,
				DocNumber:  docNum(t, "某应急函〔2023〕6号"),
				Addressee:  "某市应急管理局（地方煤矿安全监督管理局）",
				Body:       []string{"2023年1月5日，某公司发生一起事故。现就有关事项通知如下。请切实抓好贯彻落实。"},
				Signers:    []string{"某省应急管理厅"},
				Signed:     date(2023, 1, 5),
				Notes:      []string{"此件公开发布"},
				CC:         []string{"省能源局"},
				Recognized: true,
			},
		},
		{
			name: "a title that goes on with the addressee after a space",
			in:   lines("某市发展和改革委员会", "关于某公司停车场收费标准的通知 某交通发展集团有限公司：", text2, signer, signedL),
			want: Doc{
				Title:      "某市发展和改革委员会关于某公司停车场收费标准的通知",
				Addressee:  "某交通发展集团有限公司",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "lost spaces as question marks among spaces before the date, and one before the 文号",
			in:   lines("某区选举委员会公告", "?某选字第1号", "??? "+text2, "特此公告。", signer, "? ? ? ? ???????????2019年6月1日"),
			want: Doc{
				Title:      "某区选举委员会公告",
				DocNumber:  docNum(t, "某选字第1号"),
				Body:       []string{text2, "特此公告。"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "the page's lines end the document, and its links after them are no part of it",
			in: lines(title, addr, text2, signer, signedL, "责编：李四", "来源：某县融媒体中心", "特别推荐",
				"-", "某县召开防汛工作会议", "-", "某县开展安全检查"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Source:     "某县融媒体中心",
				Extra:      []notice.Field{{Label: "责编", Value: "李四"}},
				Chrome:     []string{"责编：李四", "来源：某县融媒体中心", "特别推荐", "-", "某县召开防汛工作会议", "-", "某县开展安全检查"},
				Recognized: true,
			},
		},
		{
			name: "a label alone under the signature is the page's heading",
			in:   lines(title, addr, text2, signer, signedL, "附件下载：", "a.pdf"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{"附件下载：", "a.pdf"},
				Recognized: true,
			},
		},
		{
			name: "a decree: its number under the order's name, signed by a letter-spaced post and a name",
			in: lines("某省人民政府令", "第153号", "《某省人民政府关于修改某办法的决定》已经2019年12月16日省政府常务会议审议通过，现予公布，自公布之日起施行。",
				"省  长  某某某", "2019年12月23日"),
			want: Doc{
				Title:      "某省人民政府令",
				DocNumber:  docNum(t, "某省人民政府令第153号"),
				Body:       []string{"《某省人民政府关于修改某办法的决定》已经2019年12月16日省政府常务会议审议通过，现予公布，自公布之日起施行。"},
				Signers:    []string{"省长 某某某"},
				Signed:     date(2019, 12, 23),
				Recognized: true,
			},
		},
		{
			name: "an announcement's number with spaces, without its title",
			in:   lines("2021年 第1号", text2, "特此公告。", signer, signedL),
			want: Doc{
				Body:       []string{text2, "特此公告。"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{"2021年 第1号"},
				Recognized: true,
			},
		},
		{
			name: "a decree's number under the title of what it enacts",
			in: lines("某省人民政府关于修改某办法的决定", "第153号", "《某省人民政府关于修改某办法的决定》已经2019年12月16日省政府常务会议审议通过，现予公布，自公布之日起施行。",
				"省长 某某某", "2019年12月23日"),
			want: Doc{
				Title:      "某省人民政府关于修改某办法的决定",
				Body:       []string{"《某省人民政府关于修改某办法的决定》已经2019年12月16日省政府常务会议审议通过，现予公布，自公布之日起施行。"},
				Signers:    []string{"省长 某某某"},
				Signed:     date(2019, 12, 23),
				Chrome:     []string{"第153号"},
				Recognized: true,
			},
		},
		{
			name: "an empty tag label and a heading of related links under the signature",
			in:   lines(title, addr, text2, signer, signedL, "标签：", "关联信息"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{"标签：", "关联信息"},
				Recognized: true,
			},
		},
		{
			name: "the page's date and time under the title, and a date after the title",
			in:   lines(title+"(2024-05-11)", "2023-06-23 14:35:56", addr, text2),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Published:  &notice.Date{Year: 2023, Month: 6, Day: 23, HasTime: true, Hour: 14, Minute: 35, Second: 56},
				Chrome:     []string{"2023-06-23 14:35:56"},
				Recognized: true,
			},
		},
		{
			name: "blank paragraphs are ignored",
			in:   lines("", title, "  ", addr, text2, " "),
			want: Doc{Title: title, Addressee: "各乡镇人民政府，县直各单位", Body: []string{text2}, Recognized: true},
		},
		{
			// The page's heading names what the document prints; the
			// document's own title is the one its 文号 and addressee follow.
			name: "a page heading above the document's head",
			in:   lines("某市规范性文件管理规定", "第十一条 第二十一条", "某市人民政府关于印发某市规范性文件管理规定的通知", "某政〔2011〕53号", addr, text2),
			want: Doc{
				Title:      "某市人民政府关于印发某市规范性文件管理规定的通知",
				DocNumber:  docNum(t, "某政〔2011〕53号"),
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Chrome:     []string{"某市规范性文件管理规定", "第十一条 第二十一条"},
				Recognized: true,
			},
		},
		{
			// A gazette's contents list titles over their 文号: the
			// gazette's own title stays.
			name: "a list of titles is no document's head",
			in: lines("某州人民政府公报（2015年第4期）", "国务院办公厅文件", "国务院办公厅关于加强乡村医生队伍建设的实施意见", "（国办发〔2015〕13号）",
				"省政府文件", "某省人民政府关于做好农民工服务工作的实施意见", "（某政发〔2015〕22号）", text2),
			want: Doc{Body: lines("某州人民政府公报（2015年第4期）", "国务院办公厅文件", "国务院办公厅关于加强乡村医生队伍建设的实施意见", "（国办发〔2015〕13号）",
				"省政府文件", "某省人民政府关于做好农民工服务工作的实施意见", "（某政发〔2015〕22号）", text2)},
		},
		{
			// The copy dropped the date's 年月日; the 附注 under it still
			// marks the signature.
			name: "a signature date that lost its 年月日",
			in:   lines(title, addr, text2, signer, "2023515", "（此件公开发布）"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Notes:      []string{"此件公开发布"},
				Recognized: true,
				Warnings:   []Warning{{Field: "signed", Rule: notice.RuleShape, Line: 4, Message: `the signature's date "2023515" has lost its 年月日; signed is left empty`}},
			},
		},
		{
			name: "a signature date that lost its year",
			in:   lines("某县人民政府", "关于乡级行政区划调整的通告", "根据有关规定，现将有关事项通告如下：", text2, "特此通告", signer, "年3月5日", "（来源：某县人民政府）"),
			want: Doc{
				Title:      "某县人民政府关于乡级行政区划调整的通告",
				Body:       []string{"根据有关规定，现将有关事项通告如下：", text2, "特此通告"},
				Signers:    []string{signer},
				Source:     "某县人民政府",
				Chrome:     []string{"（来源：某县人民政府）"},
				Recognized: true,
				Warnings:   []Warning{{Field: "signed", Rule: notice.RuleShape, Line: 6, Message: `the signature's date "年3月5日" has lost its year; signed is left empty`}},
			},
		},
		{
			name: "the page's line with the site's name and its address before the date and source",
			in: lines("关于对县人大第十七届五次会议第18号议案的答复", "某县政府 www.example.gov.cn 2025-02-06 12:23 来源：某县人民政府办公室 放大 正常 缩小",
				"某某代表：", "您提出的建议已收悉，经研究，现答复如下：", "某县住房和城乡建设局", "2025年1月20日"),
			want: Doc{
				Title:      "关于对县人大第十七届五次会议第18号议案的答复",
				Addressee:  "某某代表",
				Body:       []string{"您提出的建议已收悉，经研究，现答复如下："},
				Signers:    []string{"某县住房和城乡建设局"},
				Signed:     date(2025, 1, 20),
				Source:     "某县人民政府办公室",
				Published:  &notice.Date{Year: 2025, Month: 2, Day: 6, Hour: 12, Minute: 23, HasTime: true},
				Chrome:     []string{"某县政府 www.example.gov.cn 2025-02-06 12:23 来源：某县人民政府办公室 放大 正常 缩小"},
				Recognized: true,
			},
		},
		{
			name: "deputies addressed and the reply to them run together on one line",
			in:   lines("关于对县十九届人大二次会议第37号代表建议的答复", "某某某等代表： 您在县十九届人大二次会议上提出的建议收悉，经认真研究办理，现答复如下：农村饮水安全工程是一项民生工程。", "某县水利局", "2023年7月3日"),
			want: Doc{
				Title:      "关于对县十九届人大二次会议第37号代表建议的答复",
				Addressee:  "某某某等代表",
				Body:       []string{"您在县十九届人大二次会议上提出的建议收悉，经认真研究办理，现答复如下：农村饮水安全工程是一项民生工程。"},
				Signers:    []string{"某县水利局"},
				Signed:     date(2023, 7, 3),
				Recognized: true,
			},
		},
		{
			name: "a counter's unit under its label, the count lost",
			in:   lines(title, "发布时间：2021-06-18 来源： 某某网 点击：", "次", text2, "特此通告。", signer, signedL),
			want: Doc{
				Title:      title,
				Body:       []string{text2, "特此通告。"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Source:     "某某网",
				Published:  date(2021, 6, 18),
				Chrome:     []string{"发布时间：2021-06-18 来源： 某某网 点击：", "次"},
				Recognized: true,
			},
		},
		{
			name: "a credit without its colon after the page's source",
			in:   lines(title, "2022-09-15 20:32:09 来源：某市公安局交通警察大队 编辑 某某某", text2, "特此通告。", signer, signedL),
			want: Doc{
				Title:      title,
				Body:       []string{text2, "特此通告。"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Source:     "某市公安局交通警察大队",
				Published:  &notice.Date{Year: 2022, Month: 9, Day: 15, Hour: 20, Minute: 32, Second: 9, HasTime: true},
				Extra:      []notice.Field{{Label: "编辑", Value: "某某某"}},
				Chrome:     []string{"2022-09-15 20:32:09 来源：某市公安局交通警察大队 编辑 某某某"},
				Recognized: true,
			},
		},
		{
			name: "a bar of the page's items in brackets under the signature",
			in:   lines("关于某建议的答复", "某某代表：", "您提出的建议收悉，现答复如下。", "四是建议政府及相关部门落实校车的购置。", "某区公安分局", "2016年6月30日", "【责任编辑：某某】 【收藏】 【关闭窗口】"),
			want: Doc{
				Title:      "关于某建议的答复",
				Addressee:  "某某代表",
				Body:       []string{"您提出的建议收悉，现答复如下。", "四是建议政府及相关部门落实校车的购置。"},
				Signers:    []string{"某区公安分局"},
				Signed:     date(2016, 6, 30),
				Extra:      []notice.Field{{Label: "责任编辑", Value: "某某"}},
				Chrome:     []string{"【责任编辑：某某】 【收藏】 【关闭窗口】"},
				Recognized: true,
			},
		},
		{
			name: "a signature date that lost its 年月日 over the page's hint for its PDF viewer",
			in: lines(title, addr, text2, "特此通知", "某市住房公积金管理委员会", "2024522",
				"如果内容不能正常显示：请安装pdf软件 [在线安装], 或下载本PDF文档 [点击下载]。"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2, "特此通知"},
				Signers:    []string{"某市住房公积金管理委员会"},
				Chrome:     []string{"如果内容不能正常显示：请安装pdf软件 [在线安装], 或下载本PDF文档 [点击下载]。"},
				Recognized: true,
				Warnings:   []Warning{{Field: "signed", Rule: notice.RuleShape, Line: 5, Message: `the signature's date "2024522" has lost its 年月日; signed is left empty`}},
			},
		},
		{
			// A date in Chinese numerals cut short, under the 附件说明 and
			// no signer: it closes the 正文 all the same.
			name: "a date in Chinese numerals cut short under the 附件说明",
			in:   lines(title, addr, text2, "附件：某县防汛责任人名单", "二○○七年一月十"),
			want: Doc{
				Title:       title,
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{text2},
				Attachments: []notice.Attachment{{Name: "某县防汛责任人名单"}},
				Recognized:  true,
				Warnings:    []Warning{{Field: "signed", Rule: notice.RuleShape, Line: 4, Message: `the signature's date "二○○七年一月十" has lost its 年月日; signed is left empty`}},
			},
		},
		{
			// The copy dropped the 年 and 月 of the date under the signer;
			// the plan the notice prints follows.
			name: "a signature over a date that lost its 年 and 月",
			in:   lines("关于印发某县应急预案的通知", addr, "现将《某县应急预案》印发给你们，请认真贯彻执行。", signer, "2017817日", "某县应急预案", "1 总则"),
			want: Doc{
				Title:      "关于印发某县应急预案的通知",
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{"现将《某县应急预案》印发给你们，请认真贯彻执行。"},
				Signers:    []string{signer},
				Appendices: []notice.Appendix{{Title: "某县应急预案", Body: []string{"1 总则"}}},
				Recognized: true,
				Warnings:   []Warning{{Field: "signed", Rule: notice.RuleShape, Line: 4, Message: `the signature's date "2017817日" has lost its 年月日; signed is left empty`}},
			},
		},
		{
			// A long signer's name wrapped over two lines; a closing
			// above a signer is no part of its name.
			name: "a signer's name wrapped over two lines",
			in:   lines(title, addr, text2, "特此通告", "某县新型冠状病毒感染的肺炎疫情", "防控工作指挥部办公室", signedL),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2, "特此通告"},
				Signers:    []string{"某县新型冠状病毒感染的肺炎疫情防控工作指挥部办公室"},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a closing above a signer",
			in:   lines(title, addr, text2, "特此通知", signer, signedL),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2, "特此通知"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			// No title or addressee the stage can read; the last article
			// of a 通告 says the body has ended, so the signature is one.
			name: "a signature after the last article of a 通告",
			in:   lines("一、本市行政区域内禁止露天焚烧秸秆。", "二、本通告自发布之日起施行。", signer, signedL),
			want: Doc{
				Body:       []string{"一、本市行政区域内禁止露天焚烧秸秆。", "二、本通告自发布之日起施行。"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			// Some copies end every line with a full stop, the date too.
			name: "a signature date with a full stop",
			in:   lines(title, addr, text2, signer, "2019年6月1日。"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			// The copy lost the date's 年月日 and the signer; the 附注 is
			// there.
			name: "a date alone that lost its 年月日",
			in:   lines(title, addr, text2, "2015917", "（此件主动公开）"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Notes:      []string{"此件主动公开"},
				Recognized: true,
				Warnings:   []Warning{{Field: "signed", Rule: notice.RuleShape, Line: 3, Message: `the signature's date "2015917" has lost its 年月日; signed is left empty`}},
			},
		},
		{
			name: "a signature date that kept its 年 but lost the rest",
			in:   lines(title, addr, text2, signer, "2026年18", "（此件主动公开）"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Notes:      []string{"此件主动公开"},
				Recognized: true,
				Warnings:   []Warning{{Field: "signed", Rule: notice.RuleShape, Line: 4, Message: `the signature's date "2026年18" has lost its 年月日; signed is left empty`}},
			},
		},
		{
			// A 文号 stands over its own title: the page's heading above
			// it is no title of the document's.
			name: "a page heading over the 文号 and the document's title",
			in:   lines("17号 十三五安全生产规划", "2017-02-14 点击：8次", "某安发〔2016〕17号", "关于印发安全生产“十三五”规划的", "通    知", addr, text2),
			want: Doc{
				Title:      "关于印发安全生产“十三五”规划的通知",
				DocNumber:  docNum(t, "某安发〔2016〕17号"),
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Chrome:     []string{"17号 十三五安全生产规划", "2017-02-14 点击：8次"},
				Published:  date(2017, 2, 14),
				Recognized: true,
			},
		},
		{
			// A title split over lines whose last is its genre alone.
			name: "a title whose last line is its genre",
			in: lines("某县人民政府", "关于2022年春季森林草原封山防火的", "通 告", "为坚决遏制森林草原火灾的发生，现通告如下。",
				"一、封山防火期自即日起至5月31日。", signer, signedL),
			want: Doc{
				Title:      "某县人民政府关于2022年春季森林草原封山防火的通告",
				Body:       []string{"为坚决遏制森林草原火灾的发生，现通告如下。", "一、封山防火期自即日起至5月31日。"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			// The page's link to a file under the signature closes it.
			name: "a file link under the signature",
			in:   lines(title, addr, text2, "特此公告。", signer, signedL, "- 附件【某项目拟征收土地示意图.jpg】已下载次"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2, "特此公告。"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{"- 附件【某项目拟征收土地示意图.jpg】已下载次"},
				Recognized: true,
			},
		},
		{
			// A 文号 run into the title before it, in square brackets.
			name: "a title after its 文号 in square brackets",
			in:   lines("某政办发［2020］35号某市推进教育均衡发展实施细则的通知", addr, text2, signer, signedL),
			want: Doc{
				Title:      "某市推进教育均衡发展实施细则的通知",
				DocNumber:  docNum(t, "某政办发〔2020〕35号"),
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			// A site's mark of the document's status, before its 文号.
			name: "a title after its status and its 文号",
			in:   lines("（已废止）某政办字〔2019〕24号 关于印发某县应急预案的通知", addr, text2, signer, signedL),
			want: Doc{
				Title:      "关于印发某县应急预案的通知",
				DocNumber:  docNum(t, "某政办字〔2019〕24号"),
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			// Signers under a closing formula and over the page's lines
			// sign a notice that has no date.
			name: "signers without a date under a closing formula",
			in:   lines(title, "为做好防汛工作，现将有关事项通告如下，请遵照执行。", "特此通告。", "某县公安局交通管理大队", "某县住房和城乡建设局", "分享到："),
			want: Doc{
				Title:      title,
				Body:       []string{"为做好防汛工作，现将有关事项通告如下，请遵照执行。", "特此通告。"},
				Signers:    []string{"某县公安局交通管理大队", "某县住房和城乡建设局"},
				Chrome:     []string{"分享到："},
				Recognized: true,
			},
		},
		{
			// The page's heading (the site's name over the title), then
			// the title again: the title has no fragment above it.
			name: "a site's name over a title that is repeated",
			in:   lines("某市某区人民政府", "关于禁止燃放烟花爆竹的通告", "关于禁止燃放烟花爆竹的通告", text2, "特此通告。", "2025年12月16日"),
			want: Doc{
				Title:      "关于禁止燃放烟花爆竹的通告",
				Body:       []string{text2, "特此通告。"},
				Signed:     date(2025, 12, 16),
				Chrome:     []string{"某市某区人民政府"},
				Recognized: true,
			},
		},
		{
			// A page's date and its counter of views under the title, a
			// source's name run into the counter or none.
			name: "a date and a counter under the title",
			in:   lines(title, "2015-12-24 某省食药监局904", addr, text2, signer, signedL),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Published:  date(2015, 12, 24),
				Chrome:     []string{"2015-12-24 某省食药监局904"},
				Recognized: true,
			},
		},
		{
			// A reply to a deputy saluted: 尊敬的 is no part of the addressee.
			name: "an addressee saluted with 尊敬的",
			in:   lines("关于某某建议的答复", "尊敬的王某某代表：", "您提出的建议收悉，现答复如下。", signer, signedL),
			want: Doc{
				Title:      "关于某某建议的答复",
				Addressee:  "王某某代表",
				Body:       []string{"您提出的建议收悉，现答复如下。"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "an addressee saluted with 尊敬 alone",
			in:   lines("关于某某建议的答复", "尊敬王某某代表：", "您提出的建议收悉，现答复如下。", signer, signedL),
			want: Doc{
				Title:      "关于某某建议的答复",
				Addressee:  "王某某代表",
				Body:       []string{"您提出的建议收悉，现答复如下。"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "an addressee saluted and greeted",
			in:   lines("关于某某提案的答复", "尊敬的王某某委员您好：", "您提出的提案收悉，现答复如下。", signer, signedL),
			want: Doc{
				Title:      "关于某某提案的答复",
				Addressee:  "王某某委员",
				Body:       []string{"您提出的提案收悉，现答复如下。"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			// Text that is no document keeps its lines: a line is cut
			// where a document's parts run together only in a document.
			name: "a 文号 before other text in what is no document",
			in:   lines("发〔2000〕0号 000"),
			want: Doc{Body: []string{"发〔2000〕0号 000"}},
		},
		{
			name: "an addressee of the users a 公告 concerns",
			in:   lines("关于调整某县集中供热时间的公告", "全县广大用户：", "经县人民政府研究决定，将集中供热时间调整如下。"),
			want: Doc{
				Title:      "关于调整某县集中供热时间的公告",
				Addressee:  "全县广大用户",
				Body:       []string{"经县人民政府研究决定，将集中供热时间调整如下。"},
				Recognized: true,
			},
		},
		{
			// A notice to people by what they are (退役军人, 优抚对象), its
			// title split over two lines.
			name: "an addressee of 对象 under a title split over two lines",
			in:   lines("某区关于退役军人、其他优抚对象", "优待证申领工作的通告", "全区广大退役军人、其他优抚对象：", "为有序推进申领工作，现将有关事项通告如下。"),
			want: Doc{
				Title:      "某区关于退役军人、其他优抚对象优待证申领工作的通告",
				Addressee:  "全区广大退役军人、其他优抚对象",
				Body:       []string{"为有序推进申领工作，现将有关事项通告如下。"},
				Recognized: true,
			},
		},
		{
			// A forum's pager under a repost's signature is the page's.
			name: "a pager under the signature",
			in:   lines(title, addr, text2, signer, signedL, "页:", "[1]"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{"页:", "[1]"},
				Recognized: true,
			},
		},
		{
			// A line of question marks alone: characters lost.
			name: "a line of lost characters",
			in:   lines(title, addr, text2, "?", signer, signedL),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			// The plan the notice prints starts with its contents, named
			// by its title.
			name: "a signature over the contents of the plan it prints",
			in: lines("关于印发某市重污染天气应急预案的通知", addr, "《某市重污染天气应急预案》已经市人民政府审议通过，现印发给你们。",
				signer, signedL, "某市重污染天气应急预案目录", "1.总则", "1.1编制目的"),
			want: Doc{
				Title:      "关于印发某市重污染天气应急预案的通知",
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{"《某市重污染天气应急预案》已经市人民政府审议通过，现印发给你们。"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Appendices: []notice.Appendix{{Title: "某市重污染天气应急预案目录", Body: []string{"1.总则", "1.1编制目的"}}},
				Recognized: true,
			},
		},
		{
			// A closing formula over a date alone: a document, dated.
			name: "a date alone under a closing formula",
			in:   lines("某县人民政府关于禁止露天焚烧秸秆的通告", "一、禁止露天焚烧秸秆。", "二、本通告自发布之日起施行。", "特此通告", "2018年6月6日"),
			want: Doc{
				Title:      "某县人民政府关于禁止露天焚烧秸秆的通告",
				Body:       []string{"一、禁止露天焚烧秸秆。", "二、本通告自发布之日起施行。", "特此通告"},
				Signed:     date(2018, 6, 6),
				Recognized: true,
			},
		},
		{
			// A registration code alone over the article is the page's.
			name: "a registration code over a news item",
			in:   lines("YJDR201700022", "为加强有螺地带家畜的放养管理，现通告如下。", "一、禁止在有螺地带放养牛羊。"),
			want: Doc{
				Body:   []string{"为加强有螺地带家畜的放养管理，现通告如下。", "一、禁止在有螺地带放养牛羊。"},
				Chrome: []string{"YJDR201700022"},
			},
		},
		{
			// An open letter to the people of a town.
			name: "an addressee of people, in the plural",
			in:   lines("致全镇农民朋友的一封信", "全镇广大农民朋友们：", "为保护生态环境，请不要露天焚烧秸秆。", "某镇人民政府", signedL),
			want: Doc{
				Title:      "致全镇农民朋友的一封信",
				Addressee:  "全镇广大农民朋友们",
				Body:       []string{"为保护生态环境，请不要露天焚烧秸秆。"},
				Signers:    []string{"某镇人民政府"},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			// A headline that exclaims is no blurb above the title.
			name: "an exclaiming headline above the title",
			in:   lines("公示！某县拟入选全国双拥模范县", "关于某县拟申报全国双拥模范县的公示", "根据有关规定，现予以公示。", signer, signedL),
			want: Doc{
				Title:      "关于某县拟申报全国双拥模范县的公示",
				Body:       []string{"根据有关规定，现予以公示。"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{"公示！某县拟入选全国双拥模范县"},
				Recognized: true,
			},
		},
		{
			// A joint document: fourteen bodies, two a line, over one date.
			name: "a joint document's signature",
			in: lines(title, addr, text2, "生态环境部 发展改革委", "工业和信息化部 公安部", "财政部 住房城乡建设部", "交通运输部 商务部",
				"市场监管总局 能源局", "上海市人民政府 江苏省人民政府", "浙江省人民政府 安徽省人民政府", signedL),
			want: Doc{
				Title:     title,
				Addressee: "各乡镇人民政府，县直各单位",
				Body:      []string{text2},
				Signers: []string{"生态环境部", "发展改革委", "工业和信息化部", "公安部", "财政部", "住房城乡建设部", "交通运输部", "商务部",
					"市场监管总局", "能源局", "上海市人民政府", "江苏省人民政府", "浙江省人民政府", "安徽省人民政府"},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			// A conversion to a charset without the aligning spaces left
			// question marks for them.
			name: "question marks for lost spaces after a signature",
			in:   lines(title, addr, text2, signer+"????????", signedL+"??????", "（此件公开发布）"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Notes:      []string{"此件公开发布"},
				Recognized: true,
			},
		},
		{
			// A copy lost the line breaks between the files and between
			// the signer and the date.
			name: "files a line, and a signer run into its date",
			in:   lines(title, addr, text2, "附件：某县防汛应急预案.pdf", "某县防汛责任人名单.docx", signer+signedL),
			want: Doc{
				Title:       title,
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{text2},
				Attachments: []notice.Attachment{{Name: "某县防汛应急预案.pdf"}, {Name: "某县防汛责任人名单.docx"}},
				Signers:     []string{signer},
				Signed:      date(2019, 6, 1),
				Recognized:  true,
			},
		},
		{
			// A portal's copy: its heading, its own date and a few lines
			// of its menu under the notice.
			name: "a heading over the page's date, and a portal's menu under the signature",
			in:   lines("快讯：某县公布防汛责任人名单", "某县发布 2023-01-31 15:29:37", text1, text2, closingL, signer, signedL, "截图", "财经", "5G", "楼市", "01-31"),
			want: Doc{
				Body:       []string{text1, text2, closingL},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Published:  dateTime(2023, 1, 31, 15, 29, 37),
				Chrome:     []string{"快讯：某县公布防汛责任人名单", "某县发布 2023-01-31 15:29:37"},
				Trailing:   []string{"截图", "财经", "5G", "楼市", "01-31"},
				Recognized: true,
			},
		},
		{
			name: "a date in the last sentence is no signature",
			in:   lines(title, addr, text2, "本通知自2019年6月1日"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2, "本通知自2019年6月1日"},
				Recognized: true,
			},
		},
		{
			name: "question marks for lost spaces before a signature",
			in:   lines(title, addr, text2, "?", "??????????"+signer, "???????????"+signedL, "（此件公开发布）"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Notes:      []string{"此件公开发布"},
				Recognized: true,
			},
		},
		{
			// The 附件说明 announces what follows the date: the plan,
			// printed without its title.
			name: "a 附件说明, a date alone and the attachment's text without its title",
			in:   lines(addr, text2, "附件：某县防汛应急预案", signedL, "1 总则", "1.1 编制目的", "为做好防汛工作，制定本预案。"),
			want: Doc{
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{text2},
				Attachments: []notice.Attachment{{Name: "某县防汛应急预案"}},
				Signed:      date(2019, 6, 1),
				Trailing:    []string{"1 总则", "1.1 编制目的", "为做好防汛工作，制定本预案。"},
				Recognized:  true,
			},
		},
		{
			name: "an editor's note under the date, then the appendix",
			in:   lines(title, addr, text2, signer, signedL, "（本文有删减）", "附件", "某县防汛责任人名单", "张三 县长"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Notes:      []string{"本文有删减"},
				Appendices: []notice.Appendix{{Title: "某县防汛责任人名单", Body: []string{"张三 县长"}}},
				Recognized: true,
			},
		},
		{
			name: "a dated 文号 line under the title stays whole",
			in:   lines(title, "某政发〔2019〕12号 2019年6月1日", text2),
			want: Doc{
				Title:      title,
				DocNumber:  docNum(t, "某政发〔2019〕12号"),
				Body:       []string{text2},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a 文号 whose closing bracket and 号 a copy lost, the issuer's name under it",
			in:   lines(title, "某政发〔20196", "某县人民政府", text2, signer, signedL),
			want: Doc{
				Title:      title,
				DocNumber:  &notice.DocNumber{Text: "某政发〔20196"},
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{"某县人民政府"},
				Recognized: true,
				Warnings:   []Warning{{Field: "doc_number", Rule: notice.RuleShape, Line: 1, Message: `the 文号 "某政发〔20196" has lost characters; kept as text`}},
			},
		},
		{
			name: "a 文号 that lost its issuer",
			in:   lines(title, "〔2019〕12号", text2),
			want: Doc{
				Title:      title,
				DocNumber:  &notice.DocNumber{Text: "〔2019〕12号"},
				Body:       []string{text2},
				Recognized: true,
				Warnings:   []Warning{{Field: "doc_number", Rule: notice.RuleShape, Line: 1, Message: `the 文号 "〔2019〕12号" has lost characters; kept as text`}},
			},
		},
		{
			name: "an order's serial that lost a bracket",
			in:   lines("某县人民政府森林防火禁火令", "2026年第1号）", text2, signer, signedL),
			want: Doc{
				Title:      "某县人民政府森林防火禁火令",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{"2026年第1号）"},
				Recognized: true,
			},
		},
		{
			name: "an announcement's number under its title, its issuer long",
			in: lines("国家税务总局某某维吾尔自治区税务局", "关于修改部分税收规范性文件的公告", "国家税务总局某某维吾尔自治区税务局公告2018年第3号",
				"本公告自发布之日起施行。", "国家税务总局某某维吾尔自治区税务局", "2018年6月15日"),
			want: Doc{
				Title:      "国家税务总局某某维吾尔自治区税务局关于修改部分税收规范性文件的公告",
				DocNumber:  docNum(t, "国家税务总局某某维吾尔自治区税务局公告2018年第3号"),
				Body:       []string{"本公告自发布之日起施行。"},
				Signers:    []string{"国家税务总局某某维吾尔自治区税务局"},
				Signed:     date(2018, 6, 15),
				Recognized: true,
			},
		},
		{
			name: "a body's name over the rest of its title",
			in:   lines("某市某区人民政府", "土地征收预通告", "〔2024〕12号", text2),
			want: Doc{
				Title:      "某市某区人民政府土地征收预通告",
				DocNumber:  &notice.DocNumber{Text: "〔2024〕12号"},
				Body:       []string{text2},
				Recognized: true,
				Warnings:   []Warning{{Field: "doc_number", Rule: notice.RuleShape, Line: 2, Message: `the 文号 "〔2024〕12号" has lost characters; kept as text`}},
			},
		},
		{
			name: "a body's name over a title naming its own issuer",
			in:   lines("某县人民政府", "某县疫情防控工作指挥部办公室通告（第1号）", text2, "某县疫情防控工作指挥部办公室", signedL),
			want: Doc{
				Title:      "某县疫情防控工作指挥部办公室通告（第1号）",
				Body:       []string{text2},
				Signers:    []string{"某县疫情防控工作指挥部办公室"},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{"某县人民政府"},
				Recognized: true,
			},
		},
		{
			name: "a title quoting a proposal whose name holds commas",
			in: lines("关于“甲村至乙村，丙村段拓宽”的建议的答复", "张三等代表：", "你们提出的建议收悉，现答复如下：", text2,
				"某县交通运输局", signedL),
			want: Doc{
				Title:      "关于“甲村至乙村，丙村段拓宽”的建议的答复",
				Addressee:  "张三等代表",
				Body:       []string{"你们提出的建议收悉，现答复如下：", text2},
				Signers:    []string{"某县交通运输局"},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a reply's form between its title and the addressee",
			in: lines("某县第十届人民代表大会第二次会议第23号建议办理单", "代表姓名：张三、李四", "主办单位：某县交通运输局",
				"协办单位：", "事    由：关于加强乡村道路建设的建议", "张三等代表：", text2, "某县交通运输局", signedL),
			want: Doc{
				Title:      "某县第十届人民代表大会第二次会议第23号建议办理单",
				Addressee:  "张三等代表",
				Body:       []string{text2},
				Signers:    []string{"某县交通运输局"},
				Signed:     date(2019, 6, 1),
				Extra:      []notice.Field{{Label: "代表姓名", Value: "张三、李四"}, {Label: "主办单位", Value: "某县交通运输局"}, {Label: "协办单位"}, {Label: "事由", Value: "关于加强乡村道路建设的建议"}},
				Chrome:     []string{"代表姓名：张三、李四", "主办单位：某县交通运输局", "协办单位：", "事    由：关于加强乡村道路建设的建议"},
				Recognized: true,
			},
		},
		{
			name: "letter-spaced contact lines under the date",
			in:   lines(title, addr, text2, signer, signedL, "主要签发领导：李 兵", "承 办 人：布 音", "联 系 电 话：12345678"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Notes:      []string{"主要签发领导：李 兵", "承 办 人：布 音", "联 系 电 话：12345678"},
				Recognized: true,
			},
		},
		{
			name: "a damaged 文号 above the title",
			in:   lines("某政办规〔20212", title, addr, text2, signer, signedL),
			want: Doc{
				Title:      title,
				DocNumber:  &notice.DocNumber{Text: "某政办规〔20212"},
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
				Warnings:   []Warning{{Field: "doc_number", Rule: notice.RuleShape, Line: 0, Message: `the 文号 "某政办规〔20212" has lost characters; kept as text`}},
			},
		},
		{
			name: "a signer and its other name in brackets on one line",
			in:   lines(title, addr, text2, "某区退役军人服务中心（某区烈士陵园保护所）", signedL),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{"某区退役军人服务中心（某区烈士陵园保护所）"},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "the title again alone under the signature",
			in:   lines(title, addr, text2, signer, signedL, title),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{title},
				Recognized: true,
			},
		},
		{
			name: "a date whose 年月日 became spaces, under a 附件说明 under a contact",
			in:   lines(title, addr, "一、各单位要于每日17时前上报。电子邮箱：fx@example.com", "附件：某县防汛责任人名单", "2019 0601"),
			want: Doc{
				Title:       title,
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{"一、各单位要于每日17时前上报。电子邮箱：fx@example.com"},
				Attachments: []notice.Attachment{{Name: "某县防汛责任人名单"}},
				Recognized:  true,
				Warnings: []Warning{{Field: "signed", Rule: notice.RuleShape, Line: 4,
					Message: `the signature's date "2019 0601" has lost its 年月日; signed is left empty`}},
			},
		},
		{
			name: "signers under a 公示 whose formula stands inside its last paragraph",
			in: lines("经评定，某景区达到国家AA级旅游景区标准，现予以公示。对于公示事项如有异议，请及时反映。",
				"公示时间：2023年1月4日—1月10日", "联系电话：0000—1234567", "某县文体和旅游局", "2023年1月3日"),
			want: Doc{
				Body: []string{"经评定，某景区达到国家AA级旅游景区标准，现予以公示。对于公示事项如有异议，请及时反映。",
					"公示时间：2023年1月4日—1月10日", "联系电话：0000—1234567"},
				Signers:    []string{"某县文体和旅游局"},
				Signed:     date(2023, 1, 3),
				Recognized: true,
			},
		},
		{
			name: "signers under an opening formula that discloses",
			in:   lines("现将某县民政局2026年采购意向公开如下：", "| 1 | 某工程 | 2800 |", "本次公开的采购意向是本单位政府采购工作的初步安排。", "某县民政局", "2026 年 03 月 17 日"),
			want: Doc{
				Body:       []string{"现将某县民政局2026年采购意向公开如下：", "| 1 | 某工程 | 2800 |", "本次公开的采购意向是本单位政府采购工作的初步安排。"},
				Signers:    []string{"某县民政局"},
				Signed:     date(2026, 3, 17),
				Recognized: true,
			},
		},
		{
			name: "a 附件说明 that writes 附件 on its first item only",
			in:   lines(title, addr, text2, "特此通知。", "附件1：某路更名方案图", "2：公众意见征询表", signer, signedL),
			want: Doc{
				Title:       title,
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{text2, "特此通知。"},
				Attachments: []notice.Attachment{{Name: "某路更名方案图"}, {Name: "公众意见征询表"}},
				Signers:     []string{signer},
				Signed:      date(2019, 6, 1),
				Recognized:  true,
			},
		},
		{
			name: "the page's lines under a signature: a caption, credits parted by slashes, a source that is an address",
			in: lines(title, addr, text2, signer, signedL, "网站截图", "来源：某部网站", "校读/张三 责编/李四",
				"文章来源：https://example.com/a.html"),
			want: Doc{
				Title:     title,
				Addressee: "各乡镇人民政府，县直各单位",
				Body:      []string{text2},
				Signers:   []string{signer},
				Signed:    date(2019, 6, 1),
				Source:    "某部网站",
				Extra: []notice.Field{{Label: "校读", Value: "张三"}, {Label: "责编", Value: "李四"},
					{Label: "文章来源", Value: "https://example.com/a.html"}},
				Chrome:     []string{"网站截图", "来源：某部网站", "校读/张三 责编/李四", "文章来源：https://example.com/a.html"},
				Recognized: true,
			},
		},
		{
			name: "a body's name alone last under a 公告's title",
			in:   lines("某市关于残疾人就业情况审核的公告", "根据有关规定，现开展审核工作。联系电话：0000—1234567。", "某市残疾人联合会"),
			want: Doc{
				Title:      "某市关于残疾人就业情况审核的公告",
				Body:       []string{"根据有关规定，现开展审核工作。联系电话：0000—1234567。"},
				Signers:    []string{"某市残疾人联合会"},
				Recognized: true,
			},
		},
		{
			name: "a 附件说明 over the page's lines, and no signature",
			in:   lines(title, addr, text2, "附件1：某县企业名单", "编辑：张三"),
			want: Doc{
				Title:       title,
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{text2},
				Attachments: []notice.Attachment{{Name: "某县企业名单"}},
				Extra:       []notice.Field{{Label: "编辑", Value: "张三"}},
				Chrome:      []string{"编辑：张三"},
				Recognized:  true,
			},
		},
		{
			name: "an appendix's heading names the attachment the 附件说明 names: one attachment",
			in:   lines(title, "某环责改〔2025〕12号", addr, text2, "附件：相关法律规定", signer, signedL, "附件：相关法律规定", "《某某法》第四十八条：企业应当采取措施。"),
			want: Doc{
				Title:       title,
				DocNumber:   docNum(t, "某环责改〔2025〕12号"),
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{text2},
				Attachments: []notice.Attachment{{Name: "相关法律规定"}},
				Signers:     []string{signer},
				Signed:      date(2019, 6, 1),
				Trailing:    []string{"《某某法》第四十八条：企业应当采取措施。"},
				Recognized:  true,
			},
		},
		{
			name: "a report's byline under its title",
			in:   lines("关于某县委员会提案办理情况的报告", "某县人民政府", "（2021年10月）", "根据会议安排，现将提案办理情况报告如下：", "一、提案办理情况"),
			want: Doc{
				Body:   []string{"关于某县委员会提案办理情况的报告", "根据会议安排，现将提案办理情况报告如下：", "一、提案办理情况"},
				Extra:  []notice.Field{{Label: "题注", Value: "某县人民政府（2021年10月）"}},
				Chrome: []string{"某县人民政府", "（2021年10月）"},
			},
		},
		{
			name: "a date and a word over the title is no title",
			in:   lines("某县放假通知全文", "2020-11-23 通知", "下面是小编整理的放假通知全文，希望对大家有帮助。", title, addr, text2, signer),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Published:  date(2020, 11, 23),
				Chrome:     []string{"某县放假通知全文", "2020-11-23 通知", "下面是小编整理的放假通知全文，希望对大家有帮助。"},
				Recognized: true,
			},
		},
		{
			name: "a 文号 printed without its 号",
			in:   lines(title, "某林函〔2025〕141", addr, text2, signer, signedL),
			want: Doc{
				Title:      title,
				DocNumber:  docNum(t, "某林函〔2025〕141号"),
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "an area's code before a 文号's issuer",
			in:   lines("某公司行政处罚决定书", "0482环罚决字〔2025〕14号", "某公司：", text2, "某市生态环境局", signedL),
			want: Doc{
				Title:      "某公司行政处罚决定书",
				DocNumber:  docNum(t, "0482环罚决字〔2025〕14号"),
				Addressee:  "某公司",
				Body:       []string{text2},
				Signers:    []string{"某市生态环境局"},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a factory addressed, a qualifier in brackets",
			in:   lines("行政处罚决定书", "某县环罚〔2025〕1号", "某县某矿石粉厂（个体工商户）：", text2, "某市生态环境局", signedL),
			want: Doc{
				Title:      "行政处罚决定书",
				DocNumber:  docNum(t, "某县环罚〔2025〕1号"),
				Addressee:  "某县某矿石粉厂（个体工商户）",
				Body:       []string{text2},
				Signers:    []string{"某市生态环境局"},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a paper's date and its source parted by a bar",
			in:   lines("某新区发布通知 暂停开标评标工作", "2022年01月25日16:27 | 来源：某某网", "某新区公共资源交易中心24日发布紧急通知，暂停所有交易活动。"),
			want: Doc{
				Body:      []string{"某新区发布通知 暂停开标评标工作", "某新区公共资源交易中心24日发布紧急通知，暂停所有交易活动。"},
				Source:    "某某网",
				Published: &notice.Date{Year: 2022, Month: 1, Day: 25, HasTime: true, Hour: 16, Minute: 27},
				Chrome:    []string{"2022年01月25日16:27 | 来源：某某网"},
			},
		},
		{
			name: "a seal's note between the signer and the date under a 附件说明",
			in:   lines(addr, text2, "附件：某某调整名单", "某市某工作联席会议办公室", "（某市科学技术局代章）", "2025年3月27日"),
			want: Doc{
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{text2},
				Attachments: []notice.Attachment{{Name: "某某调整名单"}},
				Signers:     []string{"某市某工作联席会议办公室"},
				Signed:      date(2025, 3, 27),
				Notes:       []string{"某市科学技术局代章"},
				Recognized:  true,
			},
		},
		{
			name: "the document's own heading names its issuer over the title the page gave",
			in:   lines("关于印发某市粮食应急预案的通知", "某市人民政府办公室", "关于印发某市粮食应急预案的通知", "某政办发〔2017〕176号", addr, text2, "某市人民政府办公室", signedL),
			want: Doc{
				Title:      "某市人民政府办公室关于印发某市粮食应急预案的通知",
				DocNumber:  docNum(t, "某政办发〔2017〕176号"),
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{"某市人民政府办公室"},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{"某市人民政府办公室"},
				Recognized: true,
			},
		},
		{
			name: "a law database's status and date under the 文号",
			in:   lines("某市地方税务局关于办理税务登记有关事项的通告", "某地税告[2004]6号", "全文有效", "2004年12月27日", "为实现税务登记工作的规范化，现将有关事项通告如下：", "一、办理税务登记的窗口设置"),
			want: Doc{
				Title:      "某市地方税务局关于办理税务登记有关事项的通告",
				DocNumber:  docNum(t, "某地税告〔2004〕6号"),
				Validity:   "全文有效",
				Body:       []string{"为实现税务登记工作的规范化，现将有关事项通告如下：", "一、办理税务登记的窗口设置"},
				Chrome:     []string{"全文有效", "2004年12月27日"},
				Recognized: true,
			},
		},
		{
			name: "the document's copy of the page's heading lost a character",
			in:   lines("2022年度某区财政衔接推进乡村振兴补助资金安排情况公示", "2022度某区财政衔接推进乡村振兴补助资金安排情况公示", addr, text2, signer, signedL),
			want: Doc{
				Title:      "2022年度某区财政衔接推进乡村振兴补助资金安排情况公示",
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a date alone, a contact's note whose closing bracket was lost, and the 版记",
			in:   lines(title, addr, text2, "2021年 8 月26日", "（联系人：张三 联系电话：13800000000", "抄送：县政协提案委，县委县政府督查"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signed:     date(2021, 8, 26),
				Notes:      []string{"联系人：张三 联系电话：13800000000"},
				CC:         []string{"县政协提案委", "县委县政府督查"},
				Recognized: true,
			},
		},
		{
			name: "a response status and the page's bars under the signature",
			in:   lines(title, addr, text2, signer, signedL, "专 题", "返回顶部", "扫描二维码分享", "返回顶部", `{"code": 200, "msg": "ok"}`),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Chrome:     []string{"返回顶部", "扫描二维码分享", "返回顶部", `{"code": 200, "msg": "ok"}`},
				Trailing:   []string{"专 题"},
				Recognized: true,
			},
		},
		{
			name: "a column's name before the 文号 on its line",
			in:   lines("信息发布 某财农指〔2018〕11号", "某乡财政所、扶贫工作站：", text2, signer, signedL),
			want: Doc{
				DocNumber:  docNum(t, "某财农指〔2018〕11号"),
				Addressee:  "某乡财政所、扶贫工作站",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "two issuers of one 文号 parted by a space",
			in:   lines("财政部 税务总局公告2023年第19号", "关于某事的公告", text2, "财政部 税务总局", signedL),
			want: Doc{
				Title:      "关于某事的公告",
				DocNumber:  docNum(t, "财政部税务总局公告2023年第19号"),
				Body:       []string{text2},
				Signers:    []string{"财政部", "税务总局"},
				Signed:     date(2019, 6, 1),
				Recognized: true,
			},
		},
		{
			name: "a column and a dash before a 关于 heading, 此通知, and a form's blanks under the signer",
			in:   lines("综合执法——关于对运输车辆遗撒泄漏污染治理的通知", "发布日期：2023-04-21", "关于对运输车辆遗撒泄漏污染治理的通知", "为加强运输车辆的管理，特制定以下措施。", "此通知", "某旗城市管理综合行政执法局", "签收人：", "执法人员："),
			want: Doc{
				Title:      "关于对运输车辆遗撒泄漏污染治理的通知",
				Body:       []string{"为加强运输车辆的管理，特制定以下措施。", "此通知"},
				Signers:    []string{"某旗城市管理综合行政执法局"},
				Published:  &notice.Date{Year: 2023, Month: 4, Day: 21},
				Chrome:     []string{"发布日期：2023-04-21", "签收人：", "执法人员："},
				Recognized: true,
			},
		},
		{
			name: "an interpretation's kind before a 关于 heading stays",
			in:   lines("政策解读——关于开展某宣传周活动的通知", "为做好宣传周活动，现解读如下。"),
			want: Doc{Body: []string{"政策解读——关于开展某宣传周活动的通知", "为做好宣传周活动，现解读如下。"}},
		},
		{
			name: "the page's address under the signature",
			in:   lines(title, addr, text2, signer, signedL, "本文地址：http://example.com/a/3200.html", "上一篇：某市2012年最低工资标准"),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Extra:      []notice.Field{{Label: "本文地址", Value: "http://example.com/a/3200.html"}},
				Chrome:     []string{"本文地址：http://example.com/a/3200.html", "上一篇：某市2012年最低工资标准"},
				Recognized: true,
			},
		},
		{
			name: "a disclosure note over the signers",
			in:   lines(title, addr, text2, "（此件主动公开）", "某市人力资源和社会保障局 某市财政局", signedL),
			want: Doc{
				Title:      title,
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{"某市人力资源和社会保障局", "某市财政局"},
				Signed:     date(2019, 6, 1),
				Notes:      []string{"此件主动公开"},
				Recognized: true,
			},
		},
		{
			name: "a body's name over 告 示",
			in:   lines("某市劳动人事争议仲裁院", "告 示", "根据上级相关要求，现告示如下。", "一、某事。", "某市劳动人事争议仲裁院", "2020年2月1日"),
			want: Doc{
				Title:      "某市劳动人事争议仲裁院告示",
				Body:       []string{"根据上级相关要求，现告示如下。", "一、某事。"},
				Signers:    []string{"某市劳动人事争议仲裁院"},
				Signed:     date(2020, 2, 1),
				Recognized: true,
			},
		},
		{
			name: "file names of attachments run together over the signer",
			in:   lines(title, addr, text2, "附件1.docx附件2.docx", signer, signedL),
			want: Doc{
				Title:       title,
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{text2},
				Attachments: []notice.Attachment{{Name: "附件1.docx"}, {Name: "附件2.docx"}},
				Signers:     []string{signer},
				Signed:      date(2019, 6, 1),
				Recognized:  true,
			},
		},
		{
			name: "a corps unit's numbers in the signer's name",
			in:   lines("第二师23团生活垃圾场建设项目环境影响评价信息公告", "某中心委托某公司编制了环境影响报告书，现予以公告。", "第二师22团城镇管理服务中心", "2024年5月11日"),
			want: Doc{
				Title:      "第二师23团生活垃圾场建设项目环境影响评价信息公告",
				Body:       []string{"某中心委托某公司编制了环境影响报告书，现予以公告。"},
				Signers:    []string{"第二师22团城镇管理服务中心"},
				Signed:     date(2024, 5, 11),
				Recognized: true,
			},
		},
		{
			name: "digits elsewhere in a name make no signer",
			in:   lines("某县关于某事的公告", "现将有关事项公告如下。", "某县2号楼管理处", "2024年5月11日"),
			want: Doc{Body: []string{"某县关于某事的公告", "现将有关事项公告如下。", "某县2号楼管理处", "2024年5月11日"}},
		},
		{
			name: "a document and its appendix run into one line, the signature inside",
			in: lines("关于印发某县重污染天气应急预案的通知",
				"各乡、镇人民政府，县政府各部门： 《某县重污染天气应急预案》已经县政府同意，现印发给你们，请认真组织实施。 某县人民政府办公室 2019年9月22日 （此件公开发布） 某县重污染天气应急预案 为妥善应对重污染天气，制定本预案。 一、适用范围 本预案适用于某县行政区域。"),
			want: Doc{
				Title:      "关于印发某县重污染天气应急预案的通知",
				Addressee:  "各乡、镇人民政府，县政府各部门",
				Body:       []string{"《某县重污染天气应急预案》已经县政府同意，现印发给你们，请认真组织实施。"},
				Signers:    []string{"某县人民政府办公室"},
				Signed:     date(2019, 9, 22),
				Notes:      []string{"此件公开发布"},
				Trailing:   []string{"某县重污染天气应急预案 为妥善应对重污染天气，制定本预案。 一、适用范围 本预案适用于某县行政区域。"},
				Recognized: true,
			},
		},
		{
			name: "a 附件说明 whose items run together on one line",
			in:   lines(title, addr, text2, "附件1：关于2017年9月份建筑生产安全事故的通报附件2：关于2017年10月份建筑生产安全事故的通报", signedL),
			want: Doc{
				Title:       title,
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{text2},
				Attachments: []notice.Attachment{{Name: "关于2017年9月份建筑生产安全事故的通报"}, {Name: "关于2017年10月份建筑生产安全事故的通报"}},
				Signed:      date(2019, 6, 1),
				Recognized:  true,
			},
		},
		{
			name: "a table's title wrapped onto a second line under the signature",
			in: lines("市民朋友们：", "为保障群众安全，现开展房屋安全隐患排查整治。", "某县房屋安全隐患专项行动领导小组", "2020年3月19日", "某县房屋结构安全隐患大排查大整治", "百日攻坚专项行动举报电话一览表",
				"关于开展房屋安全隐患大排查大清理大整治专项行动致全县市民的一封信", "【责任编辑：某某】"),
			want: Doc{
				Addressee: "市民朋友们",
				Body:      []string{"为保障群众安全，现开展房屋安全隐患排查整治。"},
				Signers:   []string{"某县房屋安全隐患专项行动领导小组"},
				Signed:    date(2020, 3, 19),
				Trailing: []string{"某县房屋结构安全隐患大排查大整治", "百日攻坚专项行动举报电话一览表",
					"关于开展房屋安全隐患大排查大清理大整治专项行动致全县市民的一封信", "【责任编辑：某某】"},
				Recognized: true,
			},
		},
		{
			name: "a reply run into one line under the letter, its signature at the end",
			in:   lines("听说乡村振兴到处修路呢，某组的路到处坑坑洼洼", "办理结果", "网友：您好！7月30日，您在本县人民政府门户网站中留言，反映某镇某村某组2公里的道路坑坑洼洼、群众出行困难的问题，现答复如下：经调查，某村位于某镇西北部，距离镇政府较远，道路硬化已列入明年的计划，届时将彻底解决群众出行难的问题。感谢您对我们工作的关心和支持，欢迎您继续提出宝贵意见和建议。 某镇人民政府 2023年8月2日"),
			want: Doc{
				Body:       []string{"听说乡村振兴到处修路呢，某组的路到处坑坑洼洼", "办理结果", "网友：您好！7月30日，您在本县人民政府门户网站中留言，反映某镇某村某组2公里的道路坑坑洼洼、群众出行困难的问题，现答复如下：经调查，某村位于某镇西北部，距离镇政府较远，道路硬化已列入明年的计划，届时将彻底解决群众出行难的问题。感谢您对我们工作的关心和支持，欢迎您继续提出宝贵意见和建议。"},
				Signers:    []string{"某镇人民政府"},
				Signed:     date(2023, 8, 2),
				Recognized: true,
			},
		},
		{
			name: "a reply to a message on the site",
			in:   lines("赵某网友：", "感谢您对以工代赈工作的关注，现回复如下。", "2021年12月，省发改委提前下达项目计划资金。", "某市发展和改革委员会", "2022年1月14日"),
			want: Doc{
				Addressee:  "赵某网友",
				Body:       []string{"感谢您对以工代赈工作的关注，现回复如下。", "2021年12月，省发改委提前下达项目计划资金。"},
				Signers:    []string{"某市发展和改革委员会"},
				Signed:     date(2022, 1, 14),
				Recognized: true,
			},
		},
		{
			name: "the site's name printed twice over a 关于 heading is no issuer",
			in:   lines("某自治县人民政府 某自治县人民政府", "关于开展试鸣防空警报的公告", "日期：2025-09-11 18:45", "为增强广大人民群众国防观念，现将有关事项公告如下。", "某自治县人民政府", "2025年9月11日"),
			want: Doc{
				Title:      "关于开展试鸣防空警报的公告",
				Body:       []string{"为增强广大人民群众国防观念，现将有关事项公告如下。"},
				Signers:    []string{"某自治县人民政府"},
				Signed:     date(2025, 9, 11),
				Published:  &notice.Date{Year: 2025, Month: 9, Day: 11, HasTime: true, Hour: 18, Minute: 45},
				Chrome:     []string{"某自治县人民政府 某自治县人民政府", "日期：2025-09-11 18:45"},
				Recognized: true,
			},
		},
		{
			name: "a date alone under a 附件说明 and a contact's remark",
			in:   lines(addr, text2, "附件：某某通知", "（联系人：张三，联系电话：5818972）", signedL, "抄送：区财政局、区统计局"),
			want: Doc{
				Addressee:   "各乡镇人民政府，县直各单位",
				Body:        []string{text2},
				Attachments: []notice.Attachment{{Name: "某某通知"}},
				Signed:      date(2019, 6, 1),
				Notes:       []string{"联系人：张三，联系电话：5818972"},
				CC:          []string{"区财政局、区统计局"},
				Recognized:  true,
			},
		},
		{
			name: "the issuers named under a 公报's title",
			in:   lines("2023年某省国民经济和社会发展统计公报", "某省统计局 国家统计局某省调查总队", "2023年，全省经济运行稳中有进。", "一、综合"),
			want: Doc{
				Body:   []string{"2023年某省国民经济和社会发展统计公报", "2023年，全省经济运行稳中有进。", "一、综合"},
				Extra:  []notice.Field{{Label: "题注", Value: "某省统计局 国家统计局某省调查总队"}},
				Chrome: []string{"某省统计局 国家统计局某省调查总队"},
			},
		},
		{
			name: "the issuers and a month in brackets under a 公报's title",
			in:   lines("某县2022年国民经济和社会发展统计公报", "某县统计局 国家统计局某县调查队", "（2023年5月）", "2022年，全县经济运行稳中有进。"),
			want: Doc{
				Body:   []string{"某县2022年国民经济和社会发展统计公报", "2022年，全县经济运行稳中有进。"},
				Extra:  []notice.Field{{Label: "题注", Value: "某县统计局 国家统计局某县调查队（2023年5月）"}},
				Chrome: []string{"某县统计局 国家统计局某县调查队", "（2023年5月）"},
			},
		},
		{
			name: "a body's name under a title of another kind is no byline",
			in:   lines("关于做好防汛工作的安排", "某县人民政府", "为做好今年防汛工作，各单位要加强值守。"),
			want: Doc{Body: []string{"关于做好防汛工作的安排", "某县人民政府", "为做好今年防汛工作，各单位要加强值守。"}},
		},
		{
			name: "a head under a gazette's masthead, past the title window",
			in: lines(masthead, "某省人民政府", "关于命名首批生态县的决定", "某府函〔2022〕26号",
				addr, text1, signer, signedL),
			want: Doc{
				Title:      "某省人民政府关于命名首批生态县的决定",
				DocNumber:  docNum(t, "某府函〔2022〕26号"),
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text1},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Chrome:     masthead,
				Recognized: true,
			},
		},
		{
			name: "the page's heading over a forum's widgets over a report and its addressee",
			in: lines("[某省] 2024年某县政府工作报告", "• TA的每日心情", "开心", "昨天 22:21", "• 签到天数： 847 天",
				"2万", "主题", "2万", "帖子", "17万", "积分", "版主", "积分", "172463",
				"2024年某县政府工作报告", "—2024年1月24日在某县第十八届人民代表大会第三次会议上", "某县人民政府县长 某某",
				"各位代表：", "现在，我代表县人民政府向大会报告工作，请予审议。"),
			want: Doc{
				Title:     "2024年某县政府工作报告",
				Addressee: "各位代表",
				Body:      []string{"现在，我代表县人民政府向大会报告工作，请予审议。"},
				Chrome: []string{"[某省] 2024年某县政府工作报告", "• TA的每日心情", "开心", "昨天 22:21", "• 签到天数： 847 天",
					"2万", "主题", "2万", "帖子", "17万", "积分", "版主", "积分", "172463",
					"—2024年1月24日在某县第十八届人民代表大会第三次会议上", "某县人民政府县长 某某"},
				Recognized: true,
			},
		},
		{
			name: "a reply flattened into one line: one body's name, a space, one sentence and the signature",
			in:   lines("关于同意某村村庄规划的批复", "某镇人民政府： 你镇《关于某村村庄规划的请示》已收悉。经研究，同意《某村村庄规划》。 某区人民政府 2024年3月2日"),
			want: Doc{
				Title:      "关于同意某村村庄规划的批复",
				Addressee:  "某镇人民政府",
				Body:       []string{"你镇《关于某村村庄规划的请示》已收悉。经研究，同意《某村村庄规划》。"},
				Signers:    []string{"某区人民政府"},
				Signed:     date(2024, 3, 2),
				Recognized: true,
			},
		},
		{
			name: "flattened: a closing formula without its mark before the signature",
			in:   lines("关于做好防火工作的通知", "各乡镇人民政府： 现将有关事项通知如下。请认真贯彻执行。 特此通知 某县森林防火指挥部 2020年2月24日"),
			want: Doc{
				Title: "关于做好防火工作的通知", Addressee: "各乡镇人民政府",
				Body:    []string{"现将有关事项通知如下。请认真贯彻执行。", "特此通知"},
				Signers: []string{"某县森林防火指挥部"}, Signed: date(2020, 2, 24), Recognized: true,
			},
		},
		{
			name: "flattened: a call to the public that exclaims before the signature",
			in:   lines("致全市居民的一封信", "全市广大居民朋友们： 住户调查是一项重要的民生调查。为国记账，需要您的参与！ 某市人民政府 2022年10月25日"),
			want: Doc{
				Title: "致全市居民的一封信", Addressee: "全市广大居民朋友们",
				Body:    []string{"住户调查是一项重要的民生调查。为国记账，需要您的参与！"},
				Signers: []string{"某市人民政府"}, Signed: date(2022, 10, 25), Recognized: true,
			},
		},
		{
			name: "flattened: a contact's lines between the text and the signature",
			in:   lines("关于做好防汛工作的通知", "各乡镇人民政府： 现将有关事项通知如下。请认真贯彻执行。 联系人：张三 电子邮箱：zhangsan@163.com 某县水利局 2024年3月11日"),
			want: Doc{
				Title: "关于做好防汛工作的通知", Addressee: "各乡镇人民政府",
				Body:    []string{"现将有关事项通知如下。请认真贯彻执行。", "联系人：张三", "电子邮箱：zhangsan@163.com"},
				Signers: []string{"某县水利局"}, Signed: date(2024, 3, 11), Recognized: true,
			},
		},
		{
			name: "flattened: more signers than a line of signers holds",
			in:   lines("关于开展专项整治行动的通知", "各省、自治区、直辖市有关部门： 现印发专项整治行动方案。请认真执行。 甲局 乙局 丙局 丁局 戊局 2020年5月11日"),
			want: Doc{
				Title: "关于开展专项整治行动的通知", Addressee: "各省、自治区、直辖市有关部门",
				Body:    []string{"现印发专项整治行动方案。请认真执行。"},
				Signers: []string{"甲局", "乙局", "丙局", "丁局", "戊局"}, Signed: date(2020, 5, 11), Recognized: true,
			},
		},
		{
			name: "flattened: two notes in brackets after the date",
			in:   lines("关于某某建议的答复", "某某代表： 您提出的建议收悉。现答复如下。 某镇人民政府 2022年5月25日 （此件公开发布） （联系人：刘某，联系电话：17782323448）"),
			want: Doc{
				Title: "关于某某建议的答复", Addressee: "某某代表",
				Body:    []string{"您提出的建议收悉。现答复如下。"},
				Signers: []string{"某镇人民政府"}, Signed: date(2022, 5, 25),
				Notes:      []string{"此件公开发布", "联系人：刘某，联系电话：17782323448"},
				Recognized: true,
			},
		},
		{
			name: "flattened: joint signers, a note and the appendix's heading and title run on",
			in:   lines("关于印发某县科研项目管理办法的通知", "各乡镇人民政府，县级各部门： 《某县科研项目管理办法》已经县政府同意，现印发给你们，请遵照执行。 某县科学技术局 某县财政局 2024年12月16日 （此件公开发布） 附件 某县科研项目管理办法 第一章 总则 第一条 为加强科研项目管理，制定本办法。第二条 本办法自印发之日起施行。"),
			want: Doc{
				Title: "关于印发某县科研项目管理办法的通知", Addressee: "各乡镇人民政府，县级各部门",
				Body:    []string{"《某县科研项目管理办法》已经县政府同意，现印发给你们，请遵照执行。"},
				Signers: []string{"某县科学技术局", "某县财政局"}, Signed: date(2024, 12, 16),
				Notes: []string{"此件公开发布"},
				Appendices: []notice.Appendix{{Title: "某县科研项目管理办法",
					Body: []string{"第一章 总则 第一条 为加强科研项目管理，制定本办法。第二条 本办法自印发之日起施行。"}}},
				Recognized: true,
			},
		},
		{
			name: "a label of the vocabulary before a colon and a sentence is no addressee",
			in:   lines("关于某村村庄规划的说明", "主办单位： 某镇人民政府。为做好某村村庄规划工作，现将有关情况说明如下。 某区人民政府 2024年3月2日"),
			want: Doc{
				Title:      "关于某村村庄规划的说明",
				Body:       []string{"主办单位： 某镇人民政府。为做好某村村庄规划工作，现将有关情况说明如下。"},
				Signers:    []string{"某区人民政府"},
				Signed:     date(2024, 3, 2),
				Recognized: true,
			},
		},
		{
			name: "an addressee past the title window under an article's sentence is no head",
			in:   lines(masthead[:12], text1, "某省人民政府", "关于命名首批生态县的决定", addr, text2),
			want: Doc{Body: lines(masthead[:12], text1, "某省人民政府", "关于命名首批生态县的决定", addr, text2)},
		},
		{
			name: "nothing",
			in:   nil,
			want: Doc{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Analyze(tt.in)
			if diff := cmp.Diff(tt.want, got, ignoreLines); diff != "" {
				t.Errorf("Analyze mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// masthead is a gazette's masthead over the document it prints: its
// labels and their values, each on a line of its own.
var masthead = []string{
	"年 份：", "期 号：", "关键字：", "按文号：", "搜索 高级搜索 重置信息", "主管主办", "某省人民政府办公厅",
	"编辑出版", "某省人民政府公报室", "编 审", "责 编", "印 刷", "发行范围", "国际国内公开发行",
	"全国统一刊号", "CN51—1727/D", "地 址", "某市某街30号", "邮政编码", "610016",
}

// TestAnalyzeWith checks what a page's metadata header adds: its title and
// 文号 are evidence of the structure that the body leaves out, and name an
// unheaded appendix; the Doc still holds only what the body shows.
func TestAnalyzeWith(t *testing.T) {
	body := lines(text2, signer, signedL)
	signed := Doc{Body: []string{text2}, Signers: []string{signer}, Signed: date(2019, 6, 1), Recognized: true}
	tests := []struct {
		name string
		in   []string
		hdr  Header
		want Doc
	}{
		{
			name: "no header: a signature alone is no evidence",
			in:   body,
			want: Doc{Body: body},
		},
		{
			name: "the header's title ending in a genre word",
			in:   body,
			hdr:  Header{Title: title},
			want: signed,
		},
		{
			name: "the header's title with layout spaces and a 文号 in parentheses",
			in:   body,
			hdr:  Header{Title: "某县人民政府 关于做好防汛工作的 通 知（某政发〔2019〕12号）"},
			want: signed,
		},
		{
			name: "a news headline in the header is no evidence",
			in:   body,
			hdr:  Header{Title: "某区召开深度融合、一体发展动员部署会"},
			want: Doc{Body: body},
		},
		{
			name: "the header's 文号",
			in:   body,
			hdr:  Header{DocNumber: true},
			want: signed,
		},
		{
			name: "the header's title and 文号 let a date close the document alone",
			in:   lines(text2, signedL),
			hdr:  Header{Title: title, DocNumber: true},
			want: Doc{Body: []string{text2}, Signed: date(2019, 6, 1), Recognized: true},
		},
		{
			name: "the header's 文号 and the body's title",
			in:   lines("某县人民政府工作规则", "第一章 总则", text2),
			hdr:  Header{DocNumber: true},
			want: Doc{Title: "某县人民政府工作规则", Body: []string{"第一章 总则", text2}, Recognized: true},
		},
		{
			name: "the header's title names an unheaded appendix",
			in:   lines(addr, "现将《某县防汛应急预案》印发给你们。", signer, signedL, "某县防汛应急预案", "第一章 总则"),
			hdr:  Header{Title: "某县人民政府关于印发《某县防汛应急预案》的通知"},
			want: Doc{
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{"现将《某县防汛应急预案》印发给你们。"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Appendices: []notice.Appendix{{Title: "某县防汛应急预案", Body: []string{"第一章 总则"}}},
				Recognized: true,
			},
		},
		{
			// A short 正文 puts the forwarded document's title among the
			// first lines: under 附件 it is the appendix's.
			name: "a title under an appendix heading is the appendix's",
			in:   lines("现将有关文件印发给你们，请遵照执行。", signer, signedL, "附件", title, addr, text2),
			hdr:  Header{Title: "某县人民政府办公室关于转发防汛工作文件的通知", DocNumber: true},
			want: Doc{
				Body:       []string{"现将有关文件印发给你们，请遵照执行。"},
				Signers:    []string{signer},
				Signed:     date(2019, 6, 1),
				Appendices: []notice.Appendix{{Title: title, Body: []string{addr, text2}}},
				Recognized: true,
			},
		},
		{
			name: "signers that end the 正文 under a document's head",
			in:   lines(addr, text2, signer),
			want: Doc{Addressee: "各乡镇人民政府，县直各单位", Body: []string{text2}, Signers: []string{signer}, Recognized: true},
		},
		{
			name: "signers above an appendix heading under a document's head",
			in:   lines(addr, text2, signer, "附件", "某县防汛应急预案", "第一章 总则"),
			want: Doc{
				Addressee:  "各乡镇人民政府，县直各单位",
				Body:       []string{text2},
				Signers:    []string{signer},
				Appendices: []notice.Appendix{{Title: "某县防汛应急预案", Body: []string{"第一章 总则"}}},
				Recognized: true,
			},
		},
		{
			// A title and a 文号 make the page a document's, but a body
			// without the parts loses nothing.
			name: "a body without parts under a header title and 文号 stays whole",
			in:   newsParas,
			hdr:  Header{Title: title, DocNumber: true},
			want: Doc{Body: newsParas, Recognized: true},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, AnalyzeWith(tt.in, tt.hdr), ignoreLines); diff != "" {
				t.Errorf("AnalyzeWith (-want +got):\n%s", diff)
			}
		})
	}
}

// TestLines checks where Analyze says each part starts.
func TestLines(t *testing.T) {
	in := lines(
		"来源：县政府办 日期：2019-06-03", // 0
		title,          // 1
		"某政发〔2019〕12号", // 2
		addr,           // 3
		text2,          // 4
		"附件：1.名单",      // 5
		signer,         // 6
		signedL,        // 7
		"（此件公开发布）",     // 8
		"抄送：县委办公室，县人大办公室。", // 9
	)
	want := Lines{Info: 0, Title: 1, DocNumber: 2, Addressee: 3, Body: 4, Attachments: 5, Signature: 6, Signed: 7,
		Notes: 8, CC: 9, Appendices: -1, Printed: -1}
	d := Analyze(in)
	if !d.Recognized {
		t.Fatalf("not recognized: %+v", d)
	}
	if diff := cmp.Diff(want, d.Lines); diff != "" {
		t.Errorf("Lines (-want +got):\n%s", diff)
	}
	// A page mark on a line of its own leaves the lines after it where
	// they are.
	marked := Analyze(lines(title, addr, text2, "—1—", signer, signedL))
	if marked.Lines.Signature != 4 || marked.Lines.Signed != 5 {
		t.Errorf("after a page mark: Signature %d, Signed %d; want 4, 5", marked.Lines.Signature, marked.Lines.Signed)
	}
	if got := Analyze(lines(text2, text2)).Lines; got != noLines && got.Body != 0 {
		t.Errorf("plain body: Lines.Body = %d, want 0", got.Body)
	}
}

func TestTrailingDate(t *testing.T) {
	tests := []struct {
		in, head, date string // date "" when none is cut
	}{
		{"某省人民政府网站2019-01-07 11:58", "某省人民政府网站", "2019-01-07T11:58:00+08:00"},
		{"某县统计局 2020年3月5日", "某县统计局", "2020-03-05"},
		{"某县统计局", "某县统计局", ""},
		{"2019-01-07", "2019-01-07", ""},     // nothing before the date
		{"第12中学", "第12中学", ""},               // a number in a name
		{"2019年第3期政府公报", "2019年第3期政府公报", ""}, // an issue, not a date
		{"某局1900-01-01", "某局1900-01-01", ""}, // no date of a notice
	}
	for _, tt := range tests {
		head, d := TrailingDate(tt.in)
		date := ""
		if d != nil {
			date = d.String()
		}
		if head != tt.head || date != tt.date {
			t.Errorf("TrailingDate(%q) = %q, %q; want %q, %q", tt.in, head, date, tt.head, tt.date)
		}
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2017-03-28-00:00:00", "2017-03-28T00:00:00+08:00"},
		{"2021-10-1910:24:35", "2021-10-19T10:24:35+08:00"},
		{"2018-03-05      872      0", "2018-03-05"},
		{"2021/10/1910:24", "2021-10-19T10:24:00+08:00"},
		{"2006-01-24 09:46:03.000", "2006-01-24T09:46:03+08:00"},
		{"2019-01-07", "2019-01-07"},
		{"二0一九年一月八日", "2019-01-08"},
		{"2019年1月8日", "2019-01-08"},
		{"2017-03-28-", ""},
		{"2017-03-28-00", ""},
		{"1.5", ""},
	}
	for _, tt := range tests {
		d, err := ParseDate(tt.in)
		got := ""
		if err == nil {
			got = d.String()
		}
		if got != tt.want {
			t.Errorf("ParseDate(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestCutPageMarks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"—2—", ""},
		{"- 12 -", ""},
		{"（此页无正文）", ""},
		{"（此件主动公开）—2—", "（此件主动公开）"},
		{"—3—3.2.2地震谣传事件", "3.2.2地震谣传事件"},
		{"－ 4 －第四条 本办法自公布之日起施行。", "第四条 本办法自公布之日起施行。"},
		{"规划（2021-2030年）", "规划（2021-2030年）"},
		{"编号-2-", "编号-2-"}, // ASCII hyphens without spaces are no page number
		{"—1234—", "—1234—"},
		{"——", "——"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := cutPageMarks(tt.in); got != tt.want {
			t.Errorf("cutPageMarks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPunctSets checks that the functions that look for sentence
// punctuation know the same characters as the constants that list them.
func TestPunctSets(t *testing.T) {
	for _, r := range "。！？!?，；：,;:、（）()《》“”.-abc一" {
		if got, want := isSentencePunct(r), strings.ContainsRune(sentencePunct, r); got != want {
			t.Errorf("isSentencePunct(%q) = %v, want %v", r, got, want)
		}
		if got, want := isSentenceEnd(r), strings.ContainsRune(sentenceEnd, r); got != want {
			t.Errorf("isSentenceEnd(%q) = %v, want %v", r, got, want)
		}
	}
}

// TestClosingEnds checks that closingEnds, which rules lines out before
// closing looks them up, holds the last character of every closing formula.
func TestClosingEnds(t *testing.T) {
	for _, c := range closings {
		if r, _ := utf8.DecodeLastRuneInString(c); !strings.ContainsRune(closingEnds, r) {
			t.Errorf("closingEnds lacks %q, the end of %s", r, c)
		}
		if !closing(c + "。") {
			t.Errorf("closing(%q) = false", c+"。")
		}
	}
}

func TestTitleYearTag(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"2022年某县国民经济和社会发展统计公报 2022", "2022年某县国民经济和社会发展统计公报"},
		{"2022年某县国民经济和社会发展统计公报　2022", "2022年某县国民经济和社会发展统计公报"},
		{"某县2021年财政预算执行情况的报告 2022", "某县2021年财政预算执行情况的报告2022"}, // another year: not a tag of this title
		{"某县统计公报 2022", "某县统计公报2022"},
		{"关于印发某县规划的通知 2022-03-04", "关于印发某县规划的通知"},
		{"关于某路口实行交通管制的通告 ...", "关于某路口实行交通管制的通告"},
		{"关于某路口实行交通管制的…", "关于某路口实行交通管制的…"}, // cut short: not whole without it
		{"某县人民政府工作报告。", "某县人民政府工作报告。"},
	} {
		if got, _ := Title(tc.in); got != tc.want {
			t.Errorf("Title(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestTitleSiteTag(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"【政策】某县人民政府关于某事的通知", "某县人民政府关于某事的通知"},
		{"[城市建设] 国务院办公厅关于2024年部分节假日安排的通知", "国务院办公厅关于2024年部分节假日安排的通知"},
		{"[重庆]市农业委员会办公室关于某事的通知", "重庆市农业委员会办公室关于某事的通知"},
		{"[2019]某县关于某事的通知", "[2019]某县关于某事的通知"},
		{"【时政新闻】县政府召开常务会议", "县政府召开常务会议"},
		{"ZHDR-2020-00003 某区人民政府关于撤销某渡口的通告", "某区人民政府关于撤销某渡口的通告"},
		{"某市人民政府关于试鸣防空警报的通告 -某某官网", "某市人民政府关于试鸣防空警报的通告"},
		{"某港务储运部泊位水深测量作业延期--某航通〔2021〕0017号", "某港务储运部泊位水深测量作业延期"},
		{"关于印发某某方案的通知 - 关于某事的公告", "关于印发某某方案的通知 - 关于某事的公告"},
	} {
		if got, _ := Title(tc.in); got != tc.want {
			t.Errorf("Title(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestHasSpace checks the byte scan against the definition it stands
// for, on every character up to U+FFFF between two characters of text.
func TestHasSpace(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		s := "通知" + string(r) + "。"
		if got, want := hasSpace(s), strings.ContainsFunc(s, unicode.IsSpace); got != want {
			t.Errorf("hasSpace(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestByteScans checks the scans written bytes at a time against the
// plain forms they stand for, on strings of the characters they look at.
func TestByteScans(t *testing.T) {
	yearBracketRunes := func(t string) int {
		for i, r := range t {
			if !strings.ContainsRune("〔［[【", r) {
				continue
			}
			rest := t[i+utf8.RuneLen(r):]
			if len(rest) > 4 && isDigit(rest[0]) && isDigit(rest[1]) && isDigit(rest[2]) && isDigit(rest[3]) {
				return i
			}
		}
		return -1
	}
	alphabet := []string{"〔", "［", "[", "【", "2", "0", "？", "?", "，", "某", "号", "〕"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		s := b.String()
		if got, want := yearBracket(s), yearBracketRunes(s); got != want {
			t.Errorf("yearBracket(%q) = %d, want %d", s, got, want)
		}
		if got, want := fullwidthQuestions(s), strings.Contains(s, "？？？"); got != want {
			t.Errorf("fullwidthQuestions(%q) = %v, want %v", s, got, want)
		}
	}
}
