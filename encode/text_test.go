package encode_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
)

// TestText pins the text form of the parts the goldens do not show.
func TestText(t *testing.T) {
	for _, tc := range []struct {
		name string
		n    notice.Notice
		want string
	}{
		{"empty", notice.Notice{}, "| 索引号： |  |\n\n"},
		{"attachments and a time", notice.Notice{
			Published:   &notice.Date{Year: 2024, Month: 4, Day: 6, HasTime: true, Hour: 16, Minute: 40},
			Keywords:    []string{"教育", "安全"},
			Attachments: []notice.Attachment{{Name: "附件1.pdf", URL: "http://a.cn/1.pdf"}, {Name: "附件2"}},
			Extra:       []notice.Field{{Label: "公开方式"}},
		}, "| 发布日期： | 2024-04-06 16:40:00 |\n| 关键词： | 教育 安全 |\n| 文件下载： | 附件1.pdf <http://a.cn/1.pdf> | 附件2 |\n| 公开方式： |  |\n\n"},
		{"several appendices", notice.Notice{
			Signers:    []string{"某县人民政府"},
			Signed:     &notice.Date{Year: 2006, Month: 5, Day: 23},
			Notes:      []string{"此件主动公开"},
			Appendices: []notice.Appendix{{Title: "甲", Body: []string{"一"}}, {Title: "乙"}},
		}, "| 索引号： |  |\n\n某县人民政府\n2006年5月23日\n（此件主动公开）\n附件1\n甲\n一\n附件2\n乙\n"},
		{"a signed date before the year 1000 keeps four digits", notice.Notice{
			Signers: []string{"某县人民政府"},
			Signed:  &notice.Date{Year: 1, Month: 1, Day: 1},
		}, "| 索引号： |  |\n\n某县人民政府\n0001年1月1日\n"},
		{"the title heads the article", notice.Notice{
			Title: "某县人民政府关于某事的通知",
			Body:  []string{"某县人民政府关于某事的通知", "正文。"},
		}, "| 信息名称： | 某县人民政府关于某事的通知 |\n\n某县人民政府关于某事的通知\n某县人民政府关于某事的通知\n正文。\n"},
		{"a signed date without signers after a finished sentence", notice.Notice{
			Addressee: "各乡镇",
			Body:      []string{"正文。"},
			Signed:    &notice.Date{Year: 2006, Month: 5, Day: 23},
		}, "| 索引号： |  |\n\n各乡镇：\n正文。\n2006年5月23日\n"},
		{"a signed date without signers beside the 文号", notice.Notice{
			DocNumber: &notice.DocNumber{Text: "某政〔1985〕38号", Issuer: "某政", Year: 1985, Seq: "38"},
			Body:      []string{"第一段"},
			Signed:    &notice.Date{Year: 1985, Month: 5, Day: 4},
		}, "| 文号： | 某政〔1985〕38号 |\n\n（某政〔1985〕38号 1985年5月4日）\n第一段\n"},
		{"a signed date without signers under a closing formula", notice.Notice{
			Title:  "某县人民政府关于禁止露天焚烧秸秆的通告",
			Body:   []string{"一、禁止露天焚烧秸秆。", "特此通告"},
			Signed: &notice.Date{Year: 2018, Month: 6, Day: 6},
		}, "| 信息名称： | 某县人民政府关于禁止露天焚烧秸秆的通告 |\n\n一、禁止露天焚烧秸秆。\n特此通告\n2018年6月6日\n"},
		{"signers without a date under a closing formula", notice.Notice{
			Title:   "关于某路封闭施工的通告",
			Body:    []string{"某路封闭施工，车辆绕行。", "特此通告。"},
			Signers: []string{"某县公安局交通管理大队", "某县住房和城乡建设局"},
		}, "| 信息名称： | 关于某路封闭施工的通告 |\n\n某路封闭施工，车辆绕行。\n特此通告。\n某县公安局交通管理大队\n某县住房和城乡建设局\n"},
		{"one body without a date under a title of a kind", notice.Notice{
			Title:   "某市关于某事审核的公告",
			Body:    []string{"现开展审核工作。"},
			Signers: []string{"某市残疾人联合会"},
		}, "| 信息名称： | 某市关于某事审核的公告 |\n\n现开展审核工作。\n某市残疾人联合会\n"},
		{"an appendix without a title under the signature", notice.Notice{
			Body:       []string{"正文。"},
			Signers:    []string{"某局"},
			Signed:     &notice.Date{Year: 2024, Month: 10, Day: 18},
			Appendices: []notice.Appendix{{Body: []string{"一段。"}}},
		}, "| 索引号： |  |\n\n正文。\n某局\n2024年10月18日\n一段。\n"},
		{"extra pairs alone", notice.Notice{
			Extra: []notice.Field{{Label: "某某", Value: "0"}},
		}, "| 索引号： |  |\n| 某某： | 0 |\n\n"},
		{"a relative link", notice.Notice{
			Attachments: []notice.Attachment{{Name: "说明", URL: "./P020.pdf"}},
		}, "| 文件下载： | 说明 <./P020.pdf> |\n\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			if err := encode.Text(&out, &tc.n); err != nil {
				t.Fatal(err)
			}
			if out.String() != tc.want {
				t.Errorf("got\n%q\nwant\n%q", out.String(), tc.want)
			}
		})
	}
}

// TestTextRefuses checks every value the text form cannot carry.
func TestTextRefuses(t *testing.T) {
	for _, tc := range []struct {
		field string
		n     notice.Notice
		err   error
	}{
		{"title", notice.Notice{Title: "a\nb"}, encode.ErrTextForm},
		{"publisher", notice.Notice{Publisher: "a|b"}, encode.ErrTextForm},
		{"source", notice.Notice{Source: "a｜b"}, encode.ErrTextForm},
		{"keywords[1]", notice.Notice{Keywords: []string{"a", "b c"}}, encode.ErrTextForm},
		{"keywords[0]", notice.Notice{Keywords: []string{""}}, encode.ErrTextForm},
		{"attachments[0]", notice.Notice{Attachments: []notice.Attachment{{URL: "a|b"}}}, encode.ErrTextForm},
		{"extra[0].label", notice.Notice{Extra: []notice.Field{{Label: "a："}}}, encode.ErrTextForm},
		{"extra[0].label", notice.Notice{Extra: []notice.Field{{Value: "a"}}}, encode.ErrTextForm},
		{"extra[0].value", notice.Notice{Extra: []notice.Field{{Label: "a", Value: "b\r"}}}, encode.ErrTextForm},
		{"addressee", notice.Notice{Addressee: "a\n"}, encode.ErrTextForm},
		{"body[1]", notice.Notice{Body: []string{"a", ""}}, encode.ErrTextForm},
		{"signers[0]", notice.Notice{Signers: []string{"a\nb"}}, encode.ErrTextForm},
		{"notes[0]", notice.Notice{Notes: []string{""}}, encode.ErrTextForm},
		{"appendices", notice.Notice{Appendices: []notice.Appendix{{Body: []string{"a"}}}}, encode.ErrTextForm},
		{"appendices", notice.Notice{Body: []string{"正文。"}, Appendices: []notice.Appendix{{Title: "规则"}}}, encode.ErrTextForm},
		{"appendices[1].title", notice.Notice{Signers: []string{"某局"}, Signed: &notice.Date{Year: 2006, Month: 1, Day: 2}, Appendices: []notice.Appendix{{Title: "t"}, {Body: []string{"a"}}}}, encode.ErrTextForm},
		{"signed", notice.Notice{Body: []string{"a"}, Signed: &notice.Date{Year: 2006, Month: 1, Day: 2}}, encode.ErrTextForm},
		{"signers", notice.Notice{Title: "通知", Signers: []string{"某府"}}, encode.ErrTextForm},
		{"signers", notice.Notice{Title: "某市关于某事的公告", Body: []string{"正文。"}, Signers: []string{"市长 某某"}}, encode.ErrTextForm},
		{"signers", notice.Notice{Body: []string{"特此通告"}, Signers: []string{"某府"}, CC: []string{"某局"}}, encode.ErrTextForm},
		{"appendices[1].body[0]", notice.Notice{Signers: []string{"某局"}, Signed: &notice.Date{Year: 2006, Month: 1, Day: 2}, Appendices: []notice.Appendix{{}, {Title: "t", Body: []string{"\n"}}}}, encode.ErrTextForm},
		{"cc[0]", notice.Notice{CC: []string{"a，b"}}, encode.ErrTextForm},
		{"created", notice.Notice{Created: &notice.Date{Year: 12345}}, notice.ErrDate},
		{"signed", notice.Notice{Signed: &notice.Date{Hour: 1}}, notice.ErrDate},
	} {
		t.Run(tc.field, func(t *testing.T) {
			var out bytes.Buffer
			err := encode.Text(&out, &tc.n)
			var ve *notice.EncodeError
			if !errors.As(err, &ve) || ve.Field != tc.field || !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want a ValueError for %s wrapping %v", err, tc.field, tc.err)
			}
			if out.Len() != 0 {
				t.Errorf("wrote %q", out.String())
			}
		})
	}
}
