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
	Signers, Attachments                                              []string
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
	for _, a := range n.Attachments {
		v.Attachments = append(v.Attachments, a.Name)
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
			name: "the page's stamp over a widget over a header of bulleted labels",
			page: pageOf("某市关于调整住房公积金贷款最高额度的通知", "", "2022-04-25 10:37:32", "", "扫描二维码分享", "  • 颁发时间:2022-04-24",
				"  • 发文字号:某金管委﹝2022﹞1号", "  • 发文机构:某市住房公积金管理委员会", "", "关于调整住房公积金贷款最高额度的通知",
				"某金管委﹝2022﹞1号", "市住房公积金管理中心:", "为促进房地产市场平稳健康发展，现将有关事项通知如下：", "某市住房公积金管理委员会", "2022年4月24日"),
			want: fieldsView{Title: "关于调整住房公积金贷款最高额度的通知", DocNumber: "某金管委〔2022〕1号", Published: "2022-04-25",
				Addressee: "市住房公积金管理中心", BodyFirst: "为促进房地产市场平稳健康发展，现将有关事项通知如下：",
				Signers: []string{"某市住房公积金管理委员会"}, Signed: "2022-04-24"},
		},
		{
			name: "a citizen's letter and its reply: the letter's subject, its form",
			page: pageOf("您的位置:首页 > 交流互动 > 区长信箱", "", "某小区房屋延期交付问题。", "", "信件主题: 某小区房屋延期交付问题。",
				"来信人: *** 提交日期: 2022-10-02 20:16:53", "信件内容: 原定交房日期为2022年1月，至今未交付。",
				"信件回复: 你好，区里会全力以赴保交楼、稳民生。", "回复时间: 2022-10-14 办理情况: 已回复"),
			want: fieldsView{Title: "某小区房屋延期交付问题。"},
		},
		{
			name: "a credit's label left empty after the page's date",
			page: pageOf("首页 >> 新闻中心 >> 通知公告", "", "某县发展和改革委员会 关于下达某镇2023年以工代赈项目计划的通知", "",
				"发布时间: 2023-09-27 作者 来源: 某县发展和改革委员会", "", "某镇人民政府:", "现将项目计划下达给你们，请认真组织实施。"),
			want: fieldsView{Title: "某县发展和改革委员会关于下达某镇2023年以工代赈项目计划的通知", Published: "2023-09-27",
				Source: "某县发展和改革委员会", Addressee: "某镇人民政府", BodyFirst: "现将项目计划下达给你们，请认真组织实施。"},
		},
		{
			name: "an account's stamp under a headline, a counter's label left empty after it",
			page: pageOf("6月16日5:30起，某市范围内恢复通航", "2025-06-15 18:18:06 某某发布 浏览量:", "", "根据气象部门预测，台风对我市的影响已逐渐减弱。", "经综合研判，决定恢复通航。"),
			want: fieldsView{Title: "6月16日5:30起，某市范围内恢复通航", Published: "2025-06-15", BodyFirst: "根据气象部门预测，台风对我市的影响已逐渐减弱。"},
		},
		{
			name: "a template's brackets around the whole 文号",
			page: pageOf("名    称 : 某区人民政府办公室关于印发某某规划的通知", "索   引  号 : 11120113MB1957928F/2021-00123",
				"发 文 字 号 : 〔某政办发〔2021〕14号 〕 主    题 :经济运行", "", "各镇人民政府：", "现将某某规划印发给你们，请认真贯彻执行。"),
			want: fieldsView{Title: "某区人民政府办公室关于印发某某规划的通知", DocNumber: "某政办发〔2021〕14号", Addressee: "各镇人民政府",
				BodyFirst: "现将某某规划印发给你们，请认真贯彻执行。"},
		},
		{
			name: "the page's date after a heading on its line",
			page: pageOf("某街道某居委会居务公开标准目录 2022-10-15", "", "序号类别公开事项公开内容公开依据公开时限", "1 党务公开 组织建设 党员发展情况"),
			want: fieldsView{Title: "某街道某居委会居务公开标准目录", Published: "2022-10-15", BodyFirst: "序号类别公开事项公开内容公开依据公开时限"},
		},
		{
			name: "a repost's headline that exclaims, over a title in three lines, its kind alone on the last",
			page: pageOf("注意！某县进行某山集中治理", "某县某山综合治理工作指挥部", "关于对某山进行集中治理的", "通告",
				"为巩固和提升某山综合治理成果，加强森林防火工作，决定进行集中治理。", "一、集中治理为期一个月。"),
			want: fieldsView{Title: "某县某山综合治理工作指挥部关于对某山进行集中治理的通告", BodyFirst: "为巩固和提升某山综合治理成果，加强森林防火工作，决定进行集中治理。"},
		},
		{
			name: "a site's slogan that exclaims, and a trail spaced apart before a tagged title",
			page: pageOf("某某范文，内容丰富有趣，写作好帮手！", "某某范文 > 「通告」某县人民政府关于严禁露天焚烧农作物秸秆的通告",
				"为切实做好农作物秸秆禁烧工作，改善大气环境质量，现就有关事项通告如下：", "一、在全县范围内禁止露天焚烧农作物秸秆。"),
			want: fieldsView{Title: "某县人民政府关于严禁露天焚烧农作物秸秆的通告", BodyFirst: "为切实做好农作物秸秆禁烧工作，改善大气环境质量，现就有关事项通告如下："},
		},
		{
			name: "a source that says there is none yet",
			page: pageOf("某旗关于某事的通知", "发布日期:2023-04-21 信息来源:暂无来源", "", "为加强管理，现将有关事项通知如下：", "一、某事。"),
			want: fieldsView{Title: "某旗关于某事的通知", Published: "2023-04-21", BodyFirst: "为加强管理，现将有关事项通知如下："},
		},
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
		{
			name: "a header's title loses the column's tag",
			page: pageOf("索引号: 3415240018/202603-00005 信息分类: 综合政务", "发布机构: 某县政府办 生成日期: 2026-03-03 09:43:18",
				"名  称: 【工作计划】乡镇2026年“政府开放日”活动计划", "", "序号", "承办单位"),
			want: fieldsView{Title: "乡镇2026年“政府开放日”活动计划", BodyFirst: "序号"},
		},
		{
			name: "a heading over the page's strip titles a document that opens with 公布如下",
			page: pageOf("首页 > 信息公开 > 某镇人民政府 > 回应关切", "", "【主动回应】某县2022年城区公办义务教育阶段学校入学明白纸", "",
				"发表时间:2022-05-25 09:24阅读人次: 信息来源:某县教育体育局", "",
				"为有序衔接政策，现将城区公办义务教育阶段学校入学条件公布如下：", "一、入学原则", "免试就近入学。", "",
				"某县教育体育局", "2022年5月25日"),
			want: fieldsView{Title: "某县2022年城区公办义务教育阶段学校入学明白纸", Source: "某县教育体育局", Published: "2022-05-25",
				BodyFirst: "为有序衔接政策，现将城区公办义务教育阶段学校入学条件公布如下：", Signers: []string{"某县教育体育局"}, Signed: "2022-05-25"},
		},
		{
			name: "a sentence that reminds the public is no addressee, and the title's two copies leave the body",
			page: pageOf("名称: 某部中秋节、国庆节假期出游提示", "发布日期: 2023-09-25", "某部中秋节、国庆节假期出游提示",
				"发布时间:2023-09-25 17:01 来源:某区文旅局 浏览次数:", "", "某部中秋节、国庆节假期出游提示", "",
				"2023年中秋节、国庆节假期即将来临，某部提醒游客：", "一、合理安排行程。"),
			want: fieldsView{Title: "某部中秋节、国庆节假期出游提示", Published: "2023-09-25", Source: "某区文旅局",
				BodyFirst: "2023年中秋节、国庆节假期即将来临，某部提醒游客："},
		},
		{
			name: "a column's name before the date of the page's line",
			page: pageOf("某市住房公积金管理委员会关于住房公积金贷款落实异地缴存互认政策的通知", "",
				"房地产信贷 2023-07-11 10:09:56 来源:某市住房公积金中心", "", "  • 发文字号:某公积金管〔2023〕2号", "  • 实施日期:2023-07-01", "",
				"某市住房公积金中心:", "  为落实有关文件精神，经审议决定：", "某市住房公积金管理委员会", "2023年7月7日"),
			want: fieldsView{Title: "某市住房公积金管理委员会关于住房公积金贷款落实异地缴存互认政策的通知", DocNumber: "某公积金管〔2023〕2号",
				Source: "某市住房公积金中心", Published: "2023-07-11", Addressee: "某市住房公积金中心", BodyFirst: "为落实有关文件精神，经审议决定：",
				Signers: []string{"某市住房公积金管理委员会"}, Signed: "2023-07-07"},
		},
		{
			name: "a repost's lead names the document under it",
			page: pageOf("教育局最新通报！某市4所幼儿园年检不合格！", "", "来源:某教育局微学堂    时间:2023-06-16 11:42:44", "",
				"15日，某市教育局公布了《某市教育局关于2022年度民办幼儿园年检结果的通报》，一起来看详细内容。", "",
				"某市教育局关于2022年度民办幼儿园年检结果的通报", "", "为了规范民办幼儿园办学行为，我局进行了检查。", "",
				"现将2022年度民办幼儿园年检结果予以公布。", "", "某市教育局", "", "2023年6月15日"),
			want: fieldsView{Title: "某市教育局关于2022年度民办幼儿园年检结果的通报", Source: "某教育局微学堂", Published: "2023-06-16",
				BodyFirst: "为了规范民办幼儿园办学行为，我局进行了检查。", Signers: []string{"某市教育局"}, Signed: "2023-06-15"},
		},
		{
			name: "signers under a 附件说明, with no date",
			page: pageOf("某区人民政府关于某地块项目国有土地上房屋征收决定书", "因项目建设需要，现决定实施征收。", "一、房屋征收部门：某区住房和城乡建设局。",
				"附件:1.征收范围红线图;", "2.某地块项目房屋征收补偿方案。", "某市某区人民政府", "扫一扫在手机上查看当前页面"),
			want: fieldsView{Title: "某区人民政府关于某地块项目国有土地上房屋征收决定书", BodyFirst: "因项目建设需要，现决定实施征收。",
				Signers: []string{"某市某区人民政府"}, Attachments: []string{"征收范围红线图", "某地块项目房屋征收补偿方案"}},
		},
		{
			name: "signers parted by question marks for lost spaces",
			page: pageOf("某部 某部 某委关于印发《某某工作办法》的通知", "各省、自治区、直辖市某厅（局）：", "现将《某某工作办法》印发给你们，请遵照执行。",
				"?????????????某某事务部?????应急管理部 ???某某政治工作部", "??????????????????????2025年6月19日"),
			want: fieldsView{Title: "某部某部某委关于印发《某某工作办法》的通知", Addressee: "各省、自治区、直辖市某厅（局）",
				BodyFirst: "现将《某某工作办法》印发给你们，请遵照执行。", Signers: []string{"某某事务部", "应急管理部", "某某政治工作部"}, Signed: "2025-06-19"},
		},
		{
			name: "a bulleted stamp over the page's strip",
			page: pageOf("某市政府门户网站", "关于开展2022年度社会组织年度工作报告的通知", "  • 2023-03-09 15:39", "  • 来源: 某市民政局",
				"  • 发布机构:某市民政局", "", "市级各社会组织，各业务主管单位:", "  开展年度工作报告，现就有关事宜通知如下:"),
			want: fieldsView{Title: "关于开展2022年度社会组织年度工作报告的通知", Source: "某市民政局", Published: "2023-03-09",
				Addressee: "市级各社会组织，各业务主管单位", BodyFirst: "开展年度工作报告，现就有关事宜通知如下："},
		},
		{
			name: "the page's date right under the title",
			page: pageOf("关于2024年元旦春节期间对本市优抚对象发放节日生活补助的通知", "2024-01-17", "", "  某退役军人局发〔2024〕2号", "",
				"各区退役军人事务局、财政局:", "  现将有关事项通知如下:", "某市退役军人事务局", "2024年1月16日"),
			want: fieldsView{Title: "关于2024年元旦春节期间对本市优抚对象发放节日生活补助的通知", DocNumber: "某退役军人局发〔2024〕2号",
				Published: "2024-01-17", Addressee: "各区退役军人事务局、财政局", BodyFirst: "现将有关事项通知如下：",
				Signers: []string{"某市退役军人事务局"}, Signed: "2024-01-16"},
		},
		{
			name: "a closing formula: 之日起实行",
			page: pageOf("一、暂停现场祭扫。", "本通告自发布之日起实行。", "某市民政局", "2022年3月26日", "某某公司旗下网站 某某信息港 其它：RSS"),
			want: fieldsView{BodyFirst: "一、暂停现场祭扫。", Signers: []string{"某市民政局"}, Signed: "2022-03-26"},
		},
		{
			name: "an attachment list over the page's download link",
			page: pageOf("关于某烈士陵园祭扫活动的公告", "现将有关事项公告如下：", "一、预约祭扫。", "附件:", "", "1. 某烈士陵园祭扫活动预约申请表", "",
				"2.某烈士陵园祭扫活动登记表", "", "下载或浏览附件", "", "某县退役军人事务局", "", "2024年3月11日"),
			want: fieldsView{Title: "关于某烈士陵园祭扫活动的公告", BodyFirst: "现将有关事项公告如下：", Signers: []string{"某县退役军人事务局"},
				Signed: "2024-03-11", Attachments: []string{"某烈士陵园祭扫活动预约申请表", "某烈士陵园祭扫活动登记表"}},
		},
		{
			name: "a closing formula: 现予公告",
			page: pageOf("经研究决定，注销某医院《医疗机构执业许可证》。现予公告。", "某市卫生健康委员会", "2024年11月4日"),
			want: fieldsView{BodyFirst: "经研究决定，注销某医院《医疗机构执业许可证》。现予公告。", Signers: []string{"某市卫生健康委员会"}, Signed: "2024-11-04"},
		},
		{
			name: "a signer's other name in brackets over the date",
			page: pageOf("关于2022年清明节期间祭英烈活动的公告", "为做好祭扫工作，现将有关事项公告如下：", "一、网上祭扫。", "特此公告。",
				"某区退役军人事务局", "某区退役军人服务中心", "（某区烈士陵园保护所）", "2022年3月29日"),
			want: fieldsView{Title: "关于2022年清明节期间祭英烈活动的公告", BodyFirst: "为做好祭扫工作，现将有关事项公告如下：",
				Signers: []string{"某区退役军人事务局", "某区退役军人服务中心（某区烈士陵园保护所）"}, Signed: "2022-03-29"},
		},
		{
			name: "an opening formula that names the kind: 特制定如下活动方案",
			page: pageOf("为增强政府工作透明度，结合我镇实际，特制定如下活动方案。", "一、活动时间", "2025年11月28日上午9:00",
				"联系人：王某", "某县某镇人民政府", "2025年11月21日"),
			want: fieldsView{BodyFirst: "为增强政府工作透明度，结合我镇实际，特制定如下活动方案。", Signers: []string{"某县某镇人民政府"}, Signed: "2025-11-21"},
		},
		{
			name: "the page's stamp run into a title over two lines",
			page: pageOf("来源:某市某区人民政府", "2022-08-03 09:42某区2022年秋季学期户籍适龄儿童少年", "一年级七年级划片入学通告", "某区政通告(2022)8号",
				"为认真贯彻义务教育法，现将有关事宜通告如下。", "一、学区划分", "某市某区人民政府", "2022年8月2日"),
			want: fieldsView{Title: "某区2022年秋季学期户籍适龄儿童少年一年级七年级划片入学通告", DocNumber: "某区政通告〔2022〕8号",
				Source: "某市某区人民政府", Published: "2022-08-03", BodyFirst: "为认真贯彻义务教育法，现将有关事宜通告如下。",
				Signers: []string{"某市某区人民政府"}, Signed: "2022-08-02"},
		},
		{
			name: "attached tables listed over the signature, and the page's link under the list",
			page: pageOf("关于某街道公益林补偿资金的公示", "现将补偿资金分配情况公示如下：", "监督电话：86115022。",
				"附表1:某街道省级公益林补偿资金分配表", "附表2:某街道市级公益林护林人员补助资金分配表", "某区人民政府某街道办事处", "2022年8月11日",
				"附表1:", "某街道省级公益林补偿资金分配表", "序号"),
			want: fieldsView{Title: "关于某街道公益林补偿资金的公示", BodyFirst: "现将补偿资金分配情况公示如下：",
				Signers: []string{"某区人民政府某街道办事处"}, Signed: "2022-08-11",
				Attachments: []string{"某街道省级公益林补偿资金分配表", "某街道市级公益林护林人员补助资金分配表"}},
		},
		{
			name: "a decision's 题注 under its title is no paragraph",
			page: pageOf("某县人民代表大会常务委员会关于选举有关事项的决定", "（2022年12月7日某县第十七届人民代表大会常务委员会第九次会议通过）",
				"根据有关法律规定，某县人民代表大会常务委员会决定：", "一、选举日期。"),
			want: fieldsView{Title: "某县人民代表大会常务委员会关于选举有关事项的决定", BodyFirst: "根据有关法律规定，某县人民代表大会常务委员会决定："},
		},
		{
			name: "the public at large and a school as addressees",
			page: pageOf("关于禁止燃放孔明灯的通告", "社会各界：", "为确保森林资源安全，现就有关事项通告如下：", "一、禁止燃放。", "特此通告。",
				"某市森林防灭火指挥部办公室", "2021年9月21日"),
			want: fieldsView{Title: "关于禁止燃放孔明灯的通告", Addressee: "社会各界", BodyFirst: "为确保森林资源安全，现就有关事项通告如下：",
				Signers: []string{"某市森林防灭火指挥部办公室"}, Signed: "2021-09-21"},
		},
		{
			name: "a school as the addressee of a reply",
			page: pageOf("关于东升小学运动场建设项目立项报告的批复", "东升小学：", "你校报来的报告收悉。经研究，同意立项。", "二○一一年三月二十四日"),
			want: fieldsView{Title: "关于东升小学运动场建设项目立项报告的批复", Addressee: "东升小学", BodyFirst: "你校报来的报告收悉。经研究，同意立项。",
				Signed: "2011-03-24"},
		},
		{
			name: "an opening formula with 告知如下",
			page: pageOf("为规范价格行为，现将有关事项告知如下：", "一、明码标价。", "某县市场监督管理局", "2024年3月4日"),
			want: fieldsView{BodyFirst: "为规范价格行为，现将有关事项告知如下：", Signers: []string{"某县市场监督管理局"}, Signed: "2024-03-04"},
		},
		{
			name: "a widget's word after a field's label without colons, and a date with a lost space",
			page: pageOf("          索引号 11330903002639203Y/2025-154580 公开日期 2025-07-16", "          发布机构 区发展和改革局 文号",
				"          组配分类 政策解读 主题分类 物价", "          《某区关于调整保教费收费标准的通知》政策解读", "          发布日期:2025-07-16? 16:35",
				"          浏览次数:", "", "一、制定背景", "为规范收费，制定本通知。"),
			want: fieldsView{Title: "《某区关于调整保教费收费标准的通知》政策解读", Published: "2025-07-16", BodyFirst: "一、制定背景"},
		},
		{
			name: "a body's name over its kind alone",
			page: pageOf("某市第七届人民代表大会常务委员会", "公 告", "第1号", "某市第七届人民代表大会代表总名额为363名，现予公告。", "特此公告。",
				"某市人民代表大会常务委员会", "2019年4月26日"),
			want: fieldsView{Title: "某市第七届人民代表大会常务委员会公告", BodyFirst: "某市第七届人民代表大会代表总名额为363名，现予公告。",
				Signers: []string{"某市人民代表大会常务委员会"}, Signed: "2019-04-26"},
		},
		{
			name: "an attachment's file named after its number without a colon",
			page: pageOf("对不合格企业依法进行查处。", "特此公告。", "附件1 2019年某区建材产品质量监督抽查情况.xls", "某区市场监督管理局", "2020年4月16日"),
			want: fieldsView{BodyFirst: "对不合格企业依法进行查处。", Signers: []string{"某区市场监督管理局"}, Signed: "2020-04-16",
				Attachments: []string{"2019年某区建材产品质量监督抽查情况.xls"}},
		},
		{
			name: "a title, its addressee and the 正文 run into one line",
			page: pageOf("关于开展首批市级就业见习示范基地评选工作的通知 各镇、街道,各有关企业: 为了加强见习基地建设，现将有关事项通知如下: 一、评选数量 每两年评选一次。"),
			want: fieldsView{Title: "关于开展首批市级就业见习示范基地评选工作的通知", Addressee: "各镇、街道，各有关企业",
				BodyFirst: "为了加强见习基地建设，现将有关事项通知如下： 一、评选数量 每两年评选一次。"},
		},
		{
			name: "a 题注 wrapped over two lines, and the issuer's line over a title under the strip",
			page: pageOf("政 府", "", "某市人民代表大会常务委员会 关于接受张某辞职请求的决定", "", "来源:    发布时间:2021-08-04 16:14:00    字体大小:【      】  打印", "",
				"某市人民代表大会常务委员会", "", "关于接受张某辞职请求的决定", "", "202184日某市第五届人民代表大会", "", "常务委员会第三十一次会议通过)", "",
				"因工作变动，张某提出辞去某市人民政府副市长职务。", "会议决定，接受张某辞去某市人民政府副市长职务的请求。"),
			want: fieldsView{Title: "某市人民代表大会常务委员会关于接受张某辞职请求的决定", Published: "2021-08-04",
				BodyFirst: "因工作变动，张某提出辞去某市人民政府副市长职务。"},
		},
		{
			name: "the site's name and host before the page's date label",
			page: pageOf("某县统计局关于转发《某省统计局统计行政处罚裁量权基准》的通知", "", "某县人民政府门户网站 m.example.com.cn 发布时间:2021-09-10 10:39", "",
				"各股室、中心、队:", "为推进统计执法规范化，特转发，请予以执行。", "某县统计局", "2021年9月10日"),
			want: fieldsView{Title: "某县统计局关于转发《某省统计局统计行政处罚裁量权基准》的通知", Published: "2021-09-10",
				Addressee: "各股室、中心、队", BodyFirst: "为推进统计执法规范化，特转发，请予以执行。", Signers: []string{"某县统计局"}, Signed: "2021-09-10"},
		},
		{
			name: "a news heading over its strip under the site's bars, the source run into a credit",
			page: pageOf("财务报销 网站搜索 网站地图", " ", "/images/logo.png", "", "某省地震局主办", "当前位置: 首页 > 新闻资讯 > 市县信息 > 正文",
				"某县防震减灾领导小组积极筹备防震减灾宣传周活动", "发布时间:2017-05-10信息来源:某县地震局作者:张某浏览次数:", "",
				"今年5月12日是全国第九个“防灾减灾日”，某县提前安排部署。", "", "一是开展户外宣传活动。"),
			want: fieldsView{Title: "某县防震减灾领导小组积极筹备防震减灾宣传周活动", Source: "某县地震局", Published: "2017-05-10",
				BodyFirst: "今年5月12日是全国第九个“防灾减灾日”，某县提前安排部署。"},
		},
		{
			name: "boxes of the page's links, a trail labelled 您当前所在的位置是, a headline with a colon",
			page: pageOf("2011年11月14日 星期一 设为首页 | 加入收藏", "", "滚动快递 更多>", "图片新闻 更多>", "您当前所在的位置是:某省林业和草原局>某市>图片新闻", "",
				"森林城市:涂抹“绿”生活", "", "发布时间:2019-07-12 来源:国家林草局", "", "“让森林走进城市，让城市拥抱森林”，是新理念。", "森林城市建设重视森林。"),
			want: fieldsView{Title: "森林城市：涂抹“绿”生活", Source: "国家林草局", Published: "2019-07-12", BodyFirst: "“让森林走进城市，让城市拥抱森林”，是新理念。"},
		},
		{
			name: "特此反馈 closes a document, and the page's link after the date",
			page: pageOf("现将公交线路优化调整征求意见情况反馈如下。", "截止公示时间结束，未接受到任何意见。", "特此反馈。", "某县交通运输局", "某县交通产业集团有限公司",
				"2024年5月20日", "征求链接:http://www.example.com/a.shtml?id=1"),
			want: fieldsView{BodyFirst: "现将公交线路优化调整征求意见情况反馈如下。", Signers: []string{"某县交通运输局", "某县交通产业集团有限公司"}, Signed: "2024-05-20"},
		},
		{
			name: "a 附件说明 over a contact remark in brackets",
			page: pageOf("某部办公厅关于开展工作的通知", "各省、自治区、直辖市工业和信息化主管部门：", "现将工作方案印发给你们，请认真组织实施。", "特此通知。",
				"附件：某部关于实施激励措施的工作方案", "（联系电话010-68205132）", "某部办公厅", "2017年1月3日"),
			want: fieldsView{Title: "某部办公厅关于开展工作的通知", Addressee: "各省、自治区、直辖市工业和信息化主管部门", BodyFirst: "现将工作方案印发给你们，请认真组织实施。",
				Signers: []string{"某部办公厅"}, Signed: "2017-01-03", Attachments: []string{"某部关于实施激励措施的工作方案"}},
		},
		{
			name: "a site's menu, its first item letter-spaced, is no title",
			page: pageOf("首 页 国内要闻 某市时政 社会新闻 民生新闻 行业动态 新闻专题", "【某市防汛抗旱指挥部】提醒广大市民，汛期将至，请注意天气变化。"),
			want: fieldsView{BodyFirst: "首 页 国内要闻 某市时政 社会新闻 民生新闻 行业动态 新闻专题"},
		},
		{
			name: "the page's header printed under the article",
			page: pageOf("当前位置:政府信息公开首页 - 乡村振兴", "", "某区：农村户厕改造让“方便”更方便", "",
				"       近年来，某区扎实推进农村卫生户厕改造工作。", "       今年以来，某区持续推进卫生户厕改造。", "",
				"名  称: 某区：农村户厕改造让“方便”更方便", "主题分类: 乡村振兴", "发布日期: 2024/09/23 ", "发布机构: 政府办", "",
				"法律声明 | 关于本站 | 联系我们 | 网站地图 | 检索中心", "ICP备案号: 冀ICP备05019342号-1"),
			want: fieldsView{Title: "某区：农村户厕改造让“方便”更方便", Published: "2024-09-23", BodyFirst: "近年来，某区扎实推进农村卫生户厕改造工作。"},
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

// TestPageLinesAtTheEnd checks lines of the page under a news item's text
// that are no paragraph of it: a contributor's credit in brackets, the
// page's credits, a pop-up's close button and its login.
func TestPageLinesAtTheEnd(t *testing.T) {
	tests := []struct {
		name, page, last string
	}{
		{"boxes of other sites' links, a reposting site's note, comments", pageOf("今年一季度，全区经济运行总体平稳。", "总的来看，一季度全区经济呈现良好发展态势。",
			"区县政府网站", "某区政府网", "本内容不代表本网观点和政治立场，如有侵犯你的权益请联系我们处理", "网友评论", "某网友：说得好"),
			"总的来看，一季度全区经济呈现良好发展态势。"},
		{"buttons to download the page", pageOf("张三代表：", "您提出的建议收悉，现答复如下。", "感谢您对体育事业的关心与支持！", "下载Word 下载PDF"),
			"感谢您对体育事业的关心与支持！"},
		{"a contributor's credit", pageOf("为做好医保基金监管工作，某市医保局召开会议。", "会议强调，医保基金监管工作任重道远。", "（某市医保局供稿）"),
			"会议强调，医保基金监管工作任重道远。"},
		{"credits, a close button and a login", pageOf("某区春季禁渔工作正式启动", "发布时间：2013-03-11", "", "今年春季禁渔工作3月10日开始。", "渔政人员对天然水域进行巡查。", "",
			"来源:区畜牧局", "", "审核:罗某", "", "签发:罗某某", "", "扫一扫在手机打开当前页", "分享到:", "【打印正文】", "×", "", "用户登录"),
			"渔政人员对天然水域进行巡查。"},
		{"a login hint, a reservation of rights, a note on comments, a box of other sites and a contact left blank",
			pageOf("今年一季度，全区经济运行总体平稳。", "总的来看，一季度全区经济呈现良好发展态势。", "监督联系电话：", "其他网站",
				"网友评论仅供其表达个人看法，并不表明网站立场。", "（未经授权禁止转载、摘编、复制或建立镜像）", "您需要 登录 才可以下载或查看，没有账号？立即注册"),
			"总的来看，一季度全区经济呈现良好发展态势。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := Parse([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if len(n.Body) == 0 || n.Body[len(n.Body)-1] != tt.last {
				t.Errorf("body %q, want it to end with %q", n.Body, tt.last)
			}
		})
	}
}
