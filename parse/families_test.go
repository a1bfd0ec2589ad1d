package parse

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/govnotice/govnotice/notice"
)

// fieldsView is the part of a record the cases of TestLayoutFamilies are
// about; a field a case does not name is left empty in its want.
type fieldsView struct {
	Title, DocNumber, Source, Published, Addressee, BodyFirst, Signed string
	Signers                                                           []string
}

func viewOf(n *notice.Notice) fieldsView {
	v := fieldsView{Title: n.Title, Source: n.Source, Addressee: n.Addressee, Signers: n.Signers}
	if n.DocNumber != nil {
		v.DocNumber = n.DocNumber.Text
	}
	if n.Published != nil {
		v.Published = fmt.Sprintf("%04d-%02d-%02d", n.Published.Year, n.Published.Month, n.Published.Day)
	}
	if n.Signed != nil {
		v.Signed = fmt.Sprintf("%04d-%02d-%02d", n.Signed.Year, n.Signed.Month, n.Signed.Day)
	}
	if len(n.Body) > 0 {
		v.BodyFirst = n.Body[0]
	}
	return v
}

// TestLayoutFamilies checks how pages of a few layout families are read:
// headers with labels alone on their lines, news templates' headings and
// strips, bylines, and documents told by their opening formula.
func TestLayoutFamilies(t *testing.T) {
	const longTitle = "某区人民政府关于印发某市某区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要的通知"
	tests := []struct {
		name string
		page string
		want fieldsView
	}{
		{
			name: "a title's label alone takes a title longer than other values",
			page: pageOf("名    称 :", longTitle, "索   引  号 :", "1112022200019671X7/2021-00043", "发 布 机 构 :", "某区人民政府", "",
				"某区人民政府关于印发某市某区国民", "经济和社会发展第十四个五年规划和", "三五年远景目标纲要的通知", "",
				"各镇人民政府：", "现将纲要印发给你们，请遵照执行。", "某区人民政府", "2021年3月12日"),
			want: fieldsView{Title: longTitle, Addressee: "各镇人民政府", BodyFirst: "现将纲要印发给你们，请遵照执行。",
				Signers: []string{"某区人民政府"}, Signed: "2021-03-12"},
		},
		{
			name: "a widget's label alone takes no title and no addressee",
			page: pageOf("索引号", "00250215-1/2021-19591", "文号", "某办〔2021〕34号", "发布单位", "某街道", "有效性", "政策解读",
				"某街道关于开展电动自行车消防安全隐患综合整治行动的通知", "发布日期: 2021-12-06 09:39", "浏览次数:",
				"机关各办、各社区:", "为切实加强消防安全，现将有关工作通知如下:", "一、工作目标"),
			want: fieldsView{Title: "某街道关于开展电动自行车消防安全隐患综合整治行动的通知", DocNumber: "某办〔2021〕34号",
				Addressee: "机关各办、各社区", BodyFirst: "为切实加强消防安全，现将有关工作通知如下：", Published: "2021-12-06"},
		},
		{
			name: "a 文号 joined to the title by a dash",
			page: pageOf("索 引 号: | 000014349/2022-4099750 | 是否有效: | |", "发布机构: | 发文日期: | ||",
				"名 称: | 某教议复字〔2022〕25号——某县教育局关于县第十八届人大一次会议第46号建议的答复 | ||", "文 号: |", "张三代表:", "您提出的建议收悉。"),
			want: fieldsView{Title: "某县教育局关于县第十八届人大一次会议第46号建议的答复", DocNumber: "某教议复字〔2022〕25号",
				Addressee: "张三代表", BodyFirst: "您提出的建议收悉。"},
		},
		{
			name: "question marks for the white space after a date",
			page: pageOf("您当前的位置: 首页 - 政务公开", "", "《某市重污染天气应急预案》", "", "发布日期:2020-02-17?? 来源:", "",
				"一、总则", "为及时有效应对重污染天气，制定本预案。"),
			want: fieldsView{Title: "某市重污染天气应急预案", Published: "2020-02-17", BodyFirst: "一、总则"},
		},
		{
			name: "a byline under the heading: the account and the stamp",
			page: pageOf("【通知】某区2024年城乡居民养老保险参保集中征缴的通知", "微闻某区", "2024-11-05 19:10:51", "",
				"为做好征缴工作，现将有关事项通知如下：", "一、参保范围", "某区人力资源和社会保障局", "2024年11月5日"),
			want: fieldsView{Title: "某区2024年城乡居民养老保险参保集中征缴的通知", Source: "微闻某区", Published: "2024-11-05",
				BodyFirst: "为做好征缴工作，现将有关事项通知如下：", Signers: []string{"某区人力资源和社会保障局"}, Signed: "2024-11-05"},
		},
		{
			name: "a 正文 that opens with 现通告如下 is a document's",
			page: pageOf("根据省农业农村厅要求，为做好补贴工作，现通告如下：", "一、受理范围", "咨询电话：0395—7331233",
				"某县农业机械技术中心", "2024年8月9日"),
			want: fieldsView{BodyFirst: "根据省农业农村厅要求，为做好补贴工作，现通告如下：", Signers: []string{"某县农业机械技术中心"}, Signed: "2024-08-09"},
		},
		{
			name: "a draft named in book-title marks over the page's strip",
			page: pageOf("关于《调整某市城乡居民基本医疗保险住院支付比例政策的通知(征求意见稿)》", "    时间:2023-12-08来源:某市医疗保障局点击:", "",
				"为进一步规范医疗保险政策，现将征求意见稿全文公布，向社会征求意见。", "特此公告。", "某市医疗保障局", "2023年12月8日"),
			want: fieldsView{Title: "关于《调整某市城乡居民基本医疗保险住院支付比例政策的通知（征求意见稿）》", Source: "某市医疗保障局",
				Published: "2023-12-08", BodyFirst: "为进一步规范医疗保险政策，现将征求意见稿全文公布，向社会征求意见。",
				Signers: []string{"某市医疗保障局"}, Signed: "2023-12-08"},
		},
		{
			name: "a breadcrumb that ends where the title would be",
			page: pageOf("某先锋网>> 某村>> 服务三农>>正文内容", "", "关于做好2022年度城乡居民基本医疗保险参保缴费工作的通告", "",
				"发布时间:2021年10月12日  来源:", "", "根据有关规定，现就有关事项通告如下:", "一、缴费时间"),
			want: fieldsView{Title: "关于做好2022年度城乡居民基本医疗保险参保缴费工作的通告", Published: "2021-10-12",
				BodyFirst: "根据有关规定，现就有关事项通告如下："},
		},
		{
			name: "a document's title longer than a news heading over the page's strip",
			page: pageOf("某某市生态环境局某某分局关于对《某某市生态环境局某某分局某某县某某渠水生态保护修复工程项目》环境影响评价文件拟作出审批意见的公示",
				"来源:某某市生态环境局某某分局 发布时间:2024-10-23 12:01:56 浏览量:828 字号:", "",
				"根据有关规定，现将建设项目环境影响评价文件的基本情况予以公示。", "一、拟审批的建设项目"),
			want: fieldsView{Title: "某某市生态环境局某某分局关于对《某某市生态环境局某某分局某某县某某渠水生态保护修复工程项目》环境影响评价文件拟作出审批意见的公示",
				Source: "某某市生态环境局某某分局", Published: "2024-10-23", BodyFirst: "根据有关规定，现将建设项目环境影响评价文件的基本情况予以公示。"},
		},
		{
			name: "the site's heading over its strip, then the document's own title",
			page: pageOf("2018年某县部分事业单位招聘工作人员166人公告", "", "来源:某人事考试网 2018-03-19 14:33:16", "",
				"  中共某县委组织部某县人力资源和社会保障局关于2018年上半年公开招聘部分事业单位工作人员的公告", "",
				"  根据有关规定，我县拟公开招聘166名事业单位工作人员。现将有关事项公告如下。", "", "  一、招聘单位"),
			want: fieldsView{Title: "中共某县委组织部某县人力资源和社会保障局关于2018年上半年公开招聘部分事业单位工作人员的公告",
				Source: "某人事考试网", Published: "2018-03-19", BodyFirst: "根据有关规定，我县拟公开招聘166名事业单位工作人员。现将有关事项公告如下。"},
		},
		{
			name: "a title that names its own place under the site's name",
			page: pageOf("某县人民政府", "朗读", "", "某县2022年耕地地力保护补贴申请指南", "", "来源:某县农业农村局 打印", "",
				"1、补贴对象：全县各类种粮主体。", "2、补贴标准：亩补贴标准134元。"),
			want: fieldsView{Title: "某县2022年耕地地力保护补贴申请指南", Source: "某县农业农村局", BodyFirst: "1、补贴对象：全县各类种粮主体。"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := Parse([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, viewOf(n), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("record mismatch (-want +got):\n%s", diff)
			}
		})
	}
}
