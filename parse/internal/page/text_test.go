package page

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// kv is a pair as these tests see it: the label as compacted, and the raw
// value.
type kv struct{ Label, Value string }

func pairsOf(pairs []Pair) []kv {
	var out []kv
	for _, p := range pairs {
		out = append(out, kv{p.Label, p.Value})
	}
	return out
}

// TestReadTextHeader reads the metadata block of text pages in every
// layout: the pairs, the layout, and the first paragraph of the article.
func TestReadTextHeader(t *testing.T) {
	tests := []struct {
		name   string
		page   string
		layout string // "" when the page has no metadata block
		pairs  []kv
		body   string // first line of the body
	}{
		{
			name: "pipe rows, two pairs a row",
			page: "| 索 引 号： | 000014349/2018-00204 | 主题分类： | 综合政务\\政务公开 |\n" +
				"| 发文机关： | 国务院办公厅 | 成文日期： | 2018年10月27日 |\n" +
				"国务院办公厅关于印发的通知\n",
			layout: "pipe-table",
			pairs: []kv{
				{"索引号", "000014349/2018-00204"}, {"主题分类", "综合政务\\政务公开"},
				{"发文机关", "国务院办公厅"}, {"成文日期", "2018年10月27日"},
			},
			body: "国务院办公厅关于印发的通知",
		},
		{
			// A reply's addressee under the page's strip is no label of a
			// block: a salutation ends it.
			name: "a deputy's name and its colon under the page's strip",
			page: "关于对某会议第18号议案的答复\n\n某县政府 www.example.gov.cn 2025-02-06 12:23 来源：某县人民政府办公室 放大 正常 缩小\n\n某某代表：\n\n您提出的建议已收悉，现答复如下：\n\n相关推荐\n",
			body: "关于对某会议第18号议案的答复",
		},
		{
			// A bulleted list whose first label stands at the margin and
			// its value nested deeper, bullet and all.
			name:   "a bulleted value nested under its label",
			page:   "• 索引号:\n  • 001008003011029/2024-68088\n  • 主题分类:\n  • 农业、林业、水利/水利\n\n某某关于某事的函\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", "001008003011029/2024-68088"}, {"主题分类", "农业、林业、水利/水利"}},
			body:   "某某关于某事的函",
		},
		{
			// A news headline led by its place and a colon is the title's
			// value, not a label of its own.
			name:   "a headline with its place and colon under a title's label",
			page:   "索引号: 4311240007/2025-00167\n发文机关: 县退役军人事务局 发文日期: 2025-04-14\n名称: 某县某镇:荣誉铸墙 铭刻峥嵘岁月\n\n为营造拥军优属的良好氛围，近日，某镇打造了荣誉墙。\n",
			layout: "label-lines",
			pairs: []kv{{"索引号", "4311240007/2025-00167"}, {"发文机关", "县退役军人事务局"}, {"发文日期", "2025-04-14"},
				{"名称", "某县某镇:荣誉铸墙 铭刻峥嵘岁月"}},
			body: "为营造拥军优属的良好氛围，近日，某镇打造了荣誉墙。",
		},
		{
			// A table's rows flattened with the left labels' colons lost:
			// a field's label alone before the line's next label is empty.
			name:   "a field's label without its colon and value before the row's next label",
			page:   "索引号 某某/2023-0048 公开目录: 社保养老\n公开责任部门 某县人社局 公开形式: 主动公开\n文号 成文日期: 2023年09月15日\n\n某某公示\n",
			layout: "label-lines",
			pairs: []kv{{"索引号", "某某/2023-0048"}, {"公开目录", "社保养老"}, {"公开责任部门", "某县人社局"}, {"公开形式", "主动公开"},
				{"文号", ""}, {"成文日期", "2023年09月15日"}},
			body: "某某公示",
		},
		{
			// A source's label run into the value before it on a page's
			// line of labels.
			name:   "a source's label run into the author's value",
			page:   "时间:2023-09-15 10:51作者:佚名来源:县人社局\n文号：某发〔2023〕1号\n\n某某公示\n",
			layout: "label-lines",
			pairs:  []kv{{"时间", "2023-09-15 10:51"}, {"作者", "佚名"}, {"来源", "县人社局"}, {"文号", "某发〔2023〕1号"}},
			body:   "某某公示",
		},
		{
			// A bulleted block whose first label no list knows, over two
			// known labels: the first line is the block's, not lost text.
			name:   "a bulleted pair of an unknown label over two known ones",
			page:   "• 某某类目: 耕地地力保护\n  • 公开范围: 面向全社会\n  • 信息索取号:000014349/2024-03019\n\n某某情况说明\n",
			layout: "label-lines",
			pairs:  []kv{{"某某类目", "耕地地力保护"}, {"公开范围", "面向全社会"}, {"信息索取号", "000014349/2024-03019"}},
			body:   "某某情况说明",
		},
		{
			// A law database's template: values beside their labels, but
			// one label alone with its value printed twice under it.
			name: "a value printed twice under its label",
			page: "来源：某省人民政府 浏览次数：1694\n发布单位\n某省人民政府\n某省人民政府\n发布文号 暂无\n" +
				"发布日期 2019-04-06 生效日期 2019-04-06\n\n第一章 总则\n",
			layout: "label-lines",
			pairs: []kv{
				{"来源", "某省人民政府"}, {"浏览次数", "1694"}, {"发布单位", "某省人民政府"}, {"发布文号", "暂无"},
				{"发布日期", "2019-04-06"}, {"生效日期", "2019-04-06"},
			},
			body: "第一章 总则",
		},
		{
			// Values under their labels and beside them in one block: a
			// label alone waits for the line under it.
			name:   "values under their labels and beside them",
			page:   "作者：\n\n某某网\n\n分类：政策\n\n发布时间：\n\n2022-04-17\n\n关于禁止非法采集的通告\n\n根据有关规定，现通告如下：\n",
			layout: "label-lines",
			pairs:  []kv{{"作者", "某某网"}, {"分类", "政策"}, {"发布时间", "2022-04-17"}},
			body:   "关于禁止非法采集的通告",
		},
		{
			// A ministry's template: one pair beside its label, then the
			// block printed again, each label over its value.
			name: "the block printed again, labels over values",
			page: "文号:某水建字〔2021〕1号\n\n文号\n\n某水建字〔2021〕1号\n\n索引号\n\n000019713O08/2022-00004\n\n机构分类\n\n水运局\n\n" +
				"公文类型\n\n其他\n\n某某代表：\n",
			layout: "label-lines",
			pairs: []kv{{"文号", "某水建字〔2021〕1号"}, {"文号", "某水建字〔2021〕1号"}, {"索引号", "000019713O08/2022-00004"},
				{"机构分类", "水运局"}, {"公文类型", "其他"}},
			body: "某某代表：",
		},
		{
			// A law database ran each label into the value before it.
			name:   "labels run into the values before them, one letter-spaced",
			page:   "类 别:企业所得税文 号:某省地方税务局公告2014年第2号颁发日期:2013-05-28\n时效性:有效\n\n现将有关事项公告如下。\n",
			layout: "label-lines",
			pairs:  []kv{{"类别", "企业所得税"}, {"文号", "某省地方税务局公告2014年第2号"}, {"颁发日期", "2013-05-28"}, {"时效性", "有效"}},
			body:   "现将有关事项公告如下。",
		},
		{
			name:   "a 文号 without its label run into a date's label",
			page:   "国务院关于同意某省撤销某地区设立地级某市的批复\n国函[2000]50号颁布时间：2000-05-22\n2000年5月22日 国函[2000]50号\n某省人民政府：\n",
			layout: "label-lines",
			pairs:  []kv{{"", "国函[2000]50号"}, {"颁布时间", "2000-05-22"}},
			body:   "2000年5月22日 国函[2000]50号",
		},
		{
			name:   "the page's date before an editor's credit, with a bar after it",
			page:   "关于暂时取消各村赶集活动的通告\n2021-8-3 12:14| 发布者: admin| 评论: 0\n\n各位父老乡亲：\n",
			layout: "label-lines",
			pairs:  []kv{{"", "2021-8-3 12:14"}, {"发布者", "admin"}, {"评论", "0"}},
			body:   "关于暂时取消各村赶集活动的通告",
		},
		{
			name:   "a web address is no label",
			page:   "索引号：000001/2022-00001\n链接地址：http://www.example.cn/a.html 发布机构：某县人民政府\n\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", "000001/2022-00001"}, {"链接地址", "http://www.example.cn/a.html"}, {"发布机构", "某县人民政府"}},
			body:   "正文。",
		},
		{
			name:   "pipe row with both values dropped",
			page:   "| 索引号: | 1 | 主题分类: | 综合政务 |\n| 生效日期: | 废止日期: | ||\n正文。\n",
			layout: "pipe-table",
			pairs:  []kv{{"索引号", "1"}, {"主题分类", "综合政务"}, {"生效日期", ""}, {"废止日期", ""}},
			body:   "正文。",
		},
		{
			name:   "pipe row with the first value dropped shifts the next label left",
			page:   "| 索引号: | 1 |\n| 文 号: | 关 键 词: | 全体会议 | |\n正文。\n",
			layout: "pipe-table",
			pairs:  []kv{{"索引号", "1"}, {"文号", ""}, {"关键词", "全体会议"}},
			body:   "正文。",
		},
		{
			name:   "wide cell and three-cell row",
			page:   "| 标　　题： | 国务院办公厅关于印发的通知 |\n| 发文字号： | 国办函〔2018〕71号 | 发布日期： |\n| 主 题 词： |  |  |  |\n通知正文。\n",
			layout: "pipe-table",
			pairs:  []kv{{"标题", "国务院办公厅关于印发的通知"}, {"发文字号", "国办函〔2018〕71号"}, {"发布日期", ""}, {"主题词", ""}},
			body:   "通知正文。",
		},
		{
			name:   "cells holding label and value",
			page:   "| 索引号：000014349/2018-00204 | 主题分类：综合政务 |\n正文。\n",
			layout: "pipe-table",
			pairs:  []kv{{"索引号", "000014349/2018-00204"}, {"主题分类", "综合政务"}},
			body:   "正文。",
		},
		{
			name:   "markdown rule inside the table",
			page:   "| 索引号 | 1 |\n|---|---|\n| 发布机构 | 县政府 |\n正文。\n",
			layout: "pipe-table",
			pairs:  []kv{{"索引号", "1"}, {"发布机构", "县政府"}},
			body:   "正文。",
		},
		{
			name:   "a table in the body is body",
			page:   "| 索引号: | 1 | 发布机构: | 县政府 |\n正文。\n| 一级指标 | 二级指标 |\n| 发文日期: | 2019-01-01 |\n",
			layout: "pipe-table",
			pairs:  []kv{{"索引号", "1"}, {"发布机构", "县政府"}},
			body:   "正文。",
		},
		{
			name: "label lines, several pairs a line, ASCII colons",
			page: "首页 > 太湖县人民政府办公室信息公开 > 信息浏览\n" +
				"索引号: 003129766/201901-00336 组配分类: 规范性文件发布\n" +
				"信息分类: 通知   发布机构: 太湖县人民政府办公室\n" +
				"生成日期: 2019-01-23 文号:\n" +
				"信息来源: 关键词:\n" +
				"浏览次数: 590 内容概述:\n\n" +
				"太湖县人民政府关于印发的通知\n",
			layout: "label-lines",
			pairs: []kv{
				{"索引号", "003129766/201901-00336"}, {"组配分类", "规范性文件发布"},
				{"信息分类", "通知"}, {"发布机构", "太湖县人民政府办公室"},
				{"生成日期", "2019-01-23"}, {"文号", ""},
				{"信息来源", ""}, {"关键词", ""},
				{"浏览次数", "590"}, {"内容概述", ""},
			},
			body: "太湖县人民政府关于印发的通知",
		},
		{
			name: "label and value on consecutive lines, breadcrumb before",
			page: "您当前所在位置： 首页>政务公开>统计数据\n索 引 号：\n014742224A/2023-0043406\n生成日期：\n2023-05-11\n" +
				"公开方式：\n主动公开\n责任部门：\n万载县统计局\n万载县2022年统计公报\n访问量：1632\n",
			layout: "label-lines",
			pairs: []kv{
				{"索引号", "014742224A/2023-0043406"}, {"生成日期", "2023-05-11"},
				{"公开方式", "主动公开"}, {"责任部门", "万载县统计局"},
			},
			body: "万载县2022年统计公报",
		},
		{
			name:   "labels without colons, a label alone before another label is empty",
			page:   "索引号\n01527918X-2020-153077\n发文机构\n怒江州民政局\n文      号\n发文日期\n2020-10-10 19:48:26\n标题\n",
			layout: "label-lines",
			pairs: []kv{
				{"索引号", "01527918X-2020-153077"}, {"发文机构", "怒江州民政局"},
				{"文号", ""}, {"发文日期", "2020-10-10 19:48:26"}, {"标题", ""},
			},
			body: "",
		},
		{
			name:   "full-width, ASCII and missing colons on one page",
			page:   "索引号：1\n发布机构:县政府\n成文日期 2011-09-01 有效性\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", "1"}, {"发布机构", "县政府"}, {"成文日期", "2011-09-01"}, {"有效性", ""}},
			body:   "正文。",
		},
		{
			name:   "bullets: the value is on the next indented line",
			page:   "• 索引号:\n    6107280000/2024-001005\n• 主题分类:\n• 来源:\n    镇巴县\n• 内容概述:\n镇巴县人民政府关于印发的通知\n",
			layout: "label-lines",
			pairs: []kv{
				{"索引号", "6107280000/2024-001005"}, {"主题分类", ""}, {"来源", "镇巴县"}, {"内容概述", ""},
			},
			body: "镇巴县人民政府关于印发的通知",
		},
		{
			name:   "bullets with blank lines between label and value",
			page:   "返回顶部\n\n县政府工作规则\n\n  • 索引号:\n\n    6107280000/2024-001005\n  • 主题分类:\n\n  • 发文机构:\n\n    县政府网站\n  • 内容概述:\n\n县政府工作规则\n",
			layout: "label-lines",
			pairs: []kv{
				{"索引号", "6107280000/2024-001005"}, {"主题分类", ""}, {"发文机构", "县政府网站"}, {"内容概述", ""},
			},
			body: "县政府工作规则",
		},
		{
			name: "letter-spaced labels without colons, two pairs a line",
			page: "首     页 政 务 公 开 网 上 办 事\n索   引   号 20191202-189769 分        类 其他; 市政府文件;\n" +
				"发 布 机 构 市人民政府办公室 发 文 日 期 2019-11-29\n文        号 齐政办发〔2019〕29号   上 载 日 期 2019-12-02\n通知\n",
			layout: "label-lines",
			pairs: []kv{
				{"索引号", "20191202-189769"}, {"分类", "其他; 市政府文件;"},
				{"发布机构", "市人民政府办公室"}, {"发文日期", "2019-11-29"},
				{"文号", "齐政办发〔2019〕29号"}, {"上载日期", "2019-12-02"},
			},
			body: "通知",
		},
		{
			// A block of the date and page UI only is page information: the
			// page has no metadata header (layout none), and the title
			// above it is the article's.
			name:   "one label beside page UI is a block",
			page:   "通知标题\n浏览量:          时间:2016-01-17 23:45:19\n\n通知标题\n",
			layout: "none",
			pairs:  []kv{{"浏览量", ""}, {"时间", "2016-01-17 23:45:19"}},
			body:   "通知标题",
		},
		{
			name:   "dash bullets",
			page:   "- 索引号: 1\n- 发文字号: 镇政发〔2024〕7号\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", "1"}, {"发文字号", "镇政发〔2024〕7号"}},
			body:   "正文。",
		},
		{
			name:   "numbered list with bracketed labels",
			page:   "1. [主题分类] 综合政务\n2. [ 索引号 ] 000014349/2018-00204\n3. [发文机构]：国务院\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"主题分类", "综合政务"}, {"索引号", "000014349/2018-00204"}, {"发文机构", "国务院"}},
			body:   "正文。",
		},
		{
			name:   "labels run together after a time",
			page:   "索引号: 1\n发布时间:\n2015-11-10 01:51:51信息来源:浏览次数:字体:[ ]\n正文。\n",
			layout: "label-lines",
			pairs: []kv{
				{"索引号", "1"}, {"发布时间", "2015-11-10 01:51:51"}, {"信息来源", ""},
				{"浏览次数", ""}, {"字体", "[ ]"},
			},
			body: "正文。",
		},
		{
			name:   "a row of labels over the row of their values",
			page:   "索引号 | 公开方式 | 发布机构 |\n116223010139324488/2010-00023 | 主动公开 | 某镇人民政府 |\n根据条例，公布年度报告。\n",
			layout: "pipe-table",
			pairs:  []kv{{"索引号", "116223010139324488/2010-00023"}, {"公开方式", "主动公开"}, {"发布机构", "某镇人民政府"}},
			body:   "根据条例，公布年度报告。",
		},
		{
			name:   "a row of labels over the row of their values, with outer bars",
			page:   "| 索引号 | 发布机构 | 生成日期 |\n| 0001/2020-01 | 某县人民政府 | 2020-01-02 |\n\n正文。\n",
			layout: "pipe-table",
			pairs:  []kv{{"索引号", "0001/2020-01"}, {"发布机构", "某县人民政府"}, {"生成日期", "2020-01-02"}},
			body:   "正文。",
		},
		{
			// One line of labels that only a disclosure page's metadata
			// has is its header, not a news strip under the title: the
			// lines above it are the page's, not the article's.
			name:   "a one-line disclosure header",
			page:   "简体 繁体 无障碍阅读\n某镇人民政府2025年政府信息公开工作年度报告\n发布机构:某镇 索引号:xgz/2026-00001 时间:2026-01-20\n根据条例，公布年度报告。\n",
			layout: "label-lines",
			pairs:  []kv{{"发布机构", "某镇"}, {"索引号", "xgz/2026-00001"}, {"时间", "2026-01-20"}},
			body:   "根据条例，公布年度报告。",
		},
		{
			// Bullets whose labels run into their values, a short label
			// letter-spaced.
			name:   "bulleted labels run into their values",
			page:   "• 发文机关示范区管委会\n  • 成文日期2020-12-07\n  • 标  题关于印发某预案的通知\n  • 发文字号某管文〔2020〕64号\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"发文机关", "示范区管委会"}, {"成文日期", "2020-12-07"}, {"标题", "关于印发某预案的通知"}, {"发文字号", "某管文〔2020〕64号"}},
			body:   "正文。",
		},
		{
			// A body flattened into one line right under a table: its
			// addressee's colon is no label's.
			name:   "a flattened body under a table",
			page:   "文号 | 某政〔2020〕72号 |\n各科室，各站所，各村： 为提高处置突发事件的能力，制定本预案。 附件：某预案\n",
			layout: "pipe-table",
			pairs:  []kv{{"文号", "某政〔2020〕72号"}},
			body:   "各科室，各站所，各村： 为提高处置突发事件的能力，制定本预案。 附件：某预案",
		},
		{
			name:   "labels no list knows, without values, among known ones",
			page:   "• 索引号:000014349/2022-00004\n• 公开范围:全部公开\n• 信息时效期:\n• 签署日期:\n• 登记日期:\n• 发文日期:2022-02-24\n\n1.总则\n",
			layout: "label-lines",
			pairs: []kv{{"索引号", "000014349/2022-00004"}, {"公开范围", "全部公开"}, {"信息时效期", ""}, {"签署日期", ""},
				{"登记日期", ""}, {"发文日期", "2022-02-24"}},
			body: "1.总则",
		},
		{
			// A header that lost its labels: its values, told by shape.
			name:   "a bulleted list of values without labels",
			page:   "• 005299478/2022-00137\n  • 新郑市卫生健康委员会\n  • 应急\n  • 2022-08-10\n  • 2022-08-10\n某市突发公共事件医疗卫生救援应急预案\n\n1 总则\n",
			layout: "none",
			pairs:  []kv{{"", "005299478/2022-00137"}, {"", "新郑市卫生健康委员会"}},
			body:   "某市突发公共事件医疗卫生救援应急预案",
		},
		{
			// The issuer over a title with 关于 in a list of values: the
			// title's first line.
			name:   "a list of values whose issuer stands over the title",
			page:   "ZXTR-2023-00001\n某政发〔2023〕35号\n某某镇人民政府\n关于开展2023年度城乡居民养老保险参保缴费工作的通知\n各村（社区）：\n为认真做好参保缴费工作，现通知如下。\n",
			layout: "none",
			pairs: []kv{{"", "ZXTR-2023-00001"}, {"", "某政发〔2023〕35号"}, {"", "某某镇人民政府"},
				{"", "某某镇人民政府关于开展2023年度城乡居民养老保险参保缴费工作的通知"}},
			body: "各村（社区）：",
		},
		{
			name:   "a list of values without bullets, a 文号 among its dates",
			page:   "政府信息公开\n11370104597024629Y-A/2023-6526360\n环境监测、保护与治理\n槐政办字〔2023〕21号\n区政府办公室\n2023-12-15\n2023-12-15\n废止\n2024年11月20日，经区政府同意，修订后的预案印发。\n",
			layout: "none",
			pairs:  []kv{{"", "11370104597024629Y-A/2023-6526360"}, {"", "槐政办字〔2023〕21号"}, {"", "区政府办公室"}, {"", "废止"}},
			body:   "2024年11月20日，经区政府同意，修订后的预案印发。", // 政府信息公开 over the list is the column's name
		},
		{
			name:   "a list of values without bullets that ends in a date",
			page:   "某区应急管理局关于开展安全检查的通知\nQE2305000-2023-002\n主动公开\n某应急〔2023〕3号\n某市某区应急管理局\n2023.01.31\n各镇、街道：\n现将有关事项通知如下。\n",
			layout: "none",
			pairs:  []kv{{"", "某区应急管理局关于开展安全检查的通知"}, {"", "QE2305000-2023-002"}, {"", "某应急〔2023〕3号"}, {"", "某市某区应急管理局"}},
			body:   "各镇、街道：",
		},
		{
			// A document's head holds a title and a 文号: no list.
			name:   "a document's head is no list of values",
			page:   "某市美丽村庄建设专项行动组文件\n某美组发〔2018〕8号\n关于印发某方案的通知\n各镇街道：\n现将方案印发给你们。\n",
			layout: "",
			pairs:  nil,
			body:   "某市美丽村庄建设专项行动组文件",
		},
		{
			name:   "a crawler export's keys",
			page:   "title: 外交部发言人答记者问\nurl: http://www.example.gov.cn/1.htm\nauthor: 某网站\ncontent: \n问：这是第一段。\n",
			layout: "label-lines",
			pairs: []kv{
				{"title", "外交部发言人答记者问"}, {"url", "http://www.example.gov.cn/1.htm"}, {"author", "某网站"}, {"content", ""},
			},
			body: "问：这是第一段。",
		},
		{
			// A page's info line: its date without a label.
			name:   "a date before the source on an info line",
			page:   "2022-05-07 00:00　来源：某省文化和旅游厅 浏览次数：12\n\n正文。\n",
			layout: "none",
			pairs:  []kv{{"", "2022-05-07 00:00"}, {"来源", "某省文化和旅游厅"}, {"浏览次数", "12"}},
			body:   "正文。",
		},
		{
			name:   "a date and the count of views before the column and the source on an info line",
			page:   "2015-07-22 123次浏览 分类:区内政策 信息来源:某网\n\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"", "2015-07-22"}, {"分类", "区内政策"}, {"信息来源", "某网"}},
			body:   "正文。",
		},
		{
			name:   "a title, then the page's strip on its line",
			page:   "某村致村民选举的公开信 发布日期:2021-10-29 10:00 信息来源:某村 字号:[ ]\n\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"", "某村致村民选举的公开信"}, {"发布日期", "2021-10-29 10:00"}, {"信息来源", "某村"}, {"字号", "[ ]"}},
			body:   "正文。",
		},
		{
			name:   "a date and a count of views that lost its number before the column",
			page:   "2010/1/6 16:43:13 次浏览 分类:政府动态    来源:\n\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"", "2010/1/6 16:43:13"}, {"分类", "政府动态"}, {"来源", ""}},
			body:   "正文。",
		},
		{
			name:   "a header's values without labels, the page's stamp among them",
			page:   "关于某某河道管理范围调整的公告\n11371502MB2865163X/2023-31417710\n2023-11-30 17:47:17\n某区水利局\n\n正文。\n",
			layout: "none",
			pairs:  []kv{{"", "关于某某河道管理范围调整的公告"}, {"", "11371502MB2865163X/2023-31417710"}, {"", "2023-11-30 17:47:17"}, {"", "某区水利局"}},
			body:   "正文。",
		},
		{
			name:   "letter-spaced labels keep their own field",
			page:   "索 引 号: 1 组 配 分 类: 规章\n生 成 日 期: 2019-01-01\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", "1"}, {"组配分类", "规章"}, {"生成日期", "2019-01-01"}},
			body:   "正文。",
		},
		{
			name:   "a value word before a label is no qualifier",
			page:   "信息分类: 通知 发布机构: 县政府\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"信息分类", "通知"}, {"发布机构", "县政府"}},
			body:   "正文。",
		},
		{
			name:   "qualified and compound labels",
			page:   "公文生成日期：2019-01-01\n备注/文号：国发〔2018〕1号\n归档时间：2019-02-01\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"公文生成日期", "2019-01-01"}, {"备注/文号", "国发〔2018〕1号"}, {"归档时间", "2019-02-01"}},
			body:   "正文。",
		},
		{
			name:   "labels run together with the values before them",
			page:   "制定机关：某省人民政府效力级别：地方政府规章时效性：现行有效发布文号：\n公文生成日期：2019-01-01\n正文。\n",
			layout: "label-lines",
			pairs: []kv{{"制定机关", "某省人民政府"}, {"效力级别", "地方政府规章"}, {"时效性", "现行有效"},
				{"发布文号", ""}, {"公文生成日期", "2019-01-01"}},
			body: "正文。",
		},
		{
			name:   "labels without colon after a value",
			page:   "索引号：002482330/2020-10091 公开分类\n有效性：有效 发文字号 -\n发布机构：县政府 文号\n正文。\n",
			layout: "label-lines",
			pairs: []kv{{"索引号", "002482330/2020-10091"}, {"公开分类", ""}, {"有效性", "有效"}, {"发文字号", "-"},
				{"发布机构", "县政府 文号"}},
			body: "正文。",
		},
		{
			name:   "an empty validity over the issuer's name, which is the title's first line",
			page:   "主题分类：\n其他\n是否有效：\n\n某县人民政府\n关于命名部分道路的通知\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"主题分类", "其他"}, {"是否有效", ""}},
			body:   "某县人民政府",
		},
		{
			name:   "labels over their values, one of them no list knows",
			page:   "主题分类：\n其他\n公开形态：\n某区人民政府办公室\n发文字号：\n成文日期：\n发布日期：\n2019-12-13\n正文。\n",
			layout: "label-lines",
			pairs: []kv{{"主题分类", "其他"}, {"公开形态", "某区人民政府办公室"}, {"发文字号", ""}, {"成文日期", ""},
				{"发布日期", "2019-12-13"}},
			body: "正文。",
		},
		{
			name: "a label without colon that starts a line, before one with a colon",
			page: "索引号 123456789/2018-0065 公开形式：主动公开\n公开责任部门 市政府办公室 成文日期：2018年04月02日\n" +
				"文号 某政函〔2018〕60号 公开日期：2018-04-10\n正文。\n",
			layout: "label-lines",
			pairs: []kv{{"索引号", "123456789/2018-0065"}, {"公开形式", "主动公开"}, {"公开责任部门", "市政府办公室"},
				{"成文日期", "2018年04月02日"}, {"文号", "某政函〔2018〕60号"}, {"公开日期", "2018-04-10"}},
			body: "正文。",
		},
		{
			name:   "one line is a header when its label is a metadata block's",
			page:   "文号：某府发〔2020〕3号\n\n关于开展安全检查的通知\n",
			layout: "label-lines",
			pairs:  []kv{{"文号", "某府发〔2020〕3号"}},
			body:   "关于开展安全检查的通知",
		},
		{
			name:   "a label run together with the end of the value before it",
			page:   "标题\n关于开展安全检查的通知发文机关\n某县人民政府办公室\n发文字号\n某府办发〔2021〕1号\n\n正文。\n",
			layout: "label-lines",
			pairs: []kv{{"标题", "关于开展安全检查的通知"}, {"发文机关", "某县人民政府办公室"},
				{"发文字号", "某府办发〔2021〕1号"}},
			body: "正文。",
		},
		{
			name:   "an unknown label in brackets, in a block of labels in brackets",
			page:   "  【发布单位】某省人民政府\n\n  【发布日期】1985-05-04\n\n  【所属类别】地方法规\n\n【政策解读】关于开展检查的通知\n",
			layout: "label-lines",
			pairs:  []kv{{"发布单位", "某省人民政府"}, {"发布日期", "1985-05-04"}, {"所属类别", "地方法规"}},
			body:   "【政策解读】关于开展检查的通知",
		},
		{
			name:   "page UI run together with the value before it",
			page:   "发布时间:2022-07-25 20:21信息来源: 某市人民政府阅读次数: 字体:【\n发布机构：某市人民政府\n\n正文。\n",
			layout: "label-lines",
			pairs: []kv{{"发布时间", "2022-07-25 20:21"}, {"信息来源", "某市人民政府"}, {"阅读次数", ""}, {"字体", ""},
				{"发布机构", "某市人民政府"}},
			body: "正文。",
		},
		{
			name:   "an unknown label in the header",
			page:   "索引号：1\n服务对象类别：公众\n发布机构：县政府\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", "1"}, {"服务对象类别", "公众"}, {"发布机构", "县政府"}},
			body:   "正文。",
		},
		{
			name:   "an unknown label in the table's last row, an addressee after it",
			page:   "| 索引号： | 1 |\n| 上载日期： | 2019-12-02 |\n\n各乡镇人民政府：\n现将有关事项通知如下。\n",
			layout: "pipe-table",
			pairs:  []kv{{"索引号", "1"}, {"上载日期", "2019-12-02"}},
			body:   "各乡镇人民政府：",
		},
		{
			name:   "a short addressee after the header is body, not an unknown label",
			page:   "索引号：1\n发布机构：县政府\n各乡镇人民政府：\n现将有关事项通知如下。\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", "1"}, {"发布机构", "县政府"}},
			body:   "各乡镇人民政府：",
		},
		{
			name:   "a line of UI links is not a table",
			page:   "网站支持IPV6 | 无障碍阅读\n索引号：1\n发布机构：县政府\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", "1"}, {"发布机构", "县政府"}},
			body:   "正文。",
		},
		{
			name:   "blank lines inside the header",
			page:   "索引号：1\n\n发布机构：县政府\n\n\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", "1"}, {"发布机构", "县政府"}},
			body:   "正文。",
		},
		{
			name:   "one label is no header",
			page:   "来源：新华社\n正文第一段。\n发布机构：县政府 索引号：1\n",
			layout: "",
			body:   "来源：新华社",
		},
		{
			name: "a motto among the site's lines, over the header",
			page: "首页 | 新闻中心 | 图片库 | 网站地图\n    凡是不涉及国家秘密的政府信息，都要向社会公开。——摘自《某行动计划》\n" +
				"    索 引 号: 420426585/2013-02276     分    类: 报告\n    发布机构: 市政府     发文日期: 2013年02月20日\n\n2013年某市政府工作报告\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", "420426585/2013-02276"}, {"分类", "报告"}, {"发布机构", "市政府"}, {"发文日期", "2013年02月20日"}},
			body:   "2013年某市政府工作报告",
		},
		{
			name: "the page's strip over widgets and the metadata block",
			page: "政府信息公开\n某某优待证申领25问\n时间:2022-05-27\n点击:\n【下载Word】\n【下载PDF】\n" +
				"- 索引号: 20230618-210614-276\n- 主题分类:\n- 发布机构:\n- 发布时间: 2022-05-27\n- 标题: 某某优待证申领25问\n一、优待证样式是怎么的\n",
			layout: "label-lines",
			pairs: []kv{{"索引号", "20230618-210614-276"}, {"主题分类", ""}, {"发布机构", ""}, {"发布时间", "2022-05-27"},
				{"标题", "某某优待证申领25问"}},
			body: "一、优待证样式是怎么的",
		},
		{
			name:   "no header after prose",
			page:   "通知\n这是正文。\n索引号：1\n发布机构：县政府\n",
			layout: "",
			body:   "通知",
		},
		{
			name:   "CRLF and CR line endings",
			page:   "索引号：\r\n1\r\n发布机构：\r\n县政府\r正文。\r\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", "1"}, {"发布机构", "县政府"}},
			body:   "正文。",
		},
		{
			name:   "a label alone takes no value when the header's values stand beside their labels",
			page:   "索引号：1\n发布机构：县政府\n文号：\n县政府关于印发的通知\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", "1"}, {"发布机构", "县政府"}, {"文号", ""}},
			body:   "县政府关于印发的通知",
		},
		{
			name:   "a block of page UI and empty known labels over the header is the site's",
			page:   "公开目录\n当前位置：首页>>信息公开>>公开目录\n县政府关于做好防汛工作的通知\n索引号：1 发布日期：2017年11月01日\n发布机构：县政府\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", "1"}, {"发布日期", "2017年11月01日"}, {"发布机构", "县政府"}},
			body:   "正文。",
		},
		{
			name:   "the site's greeting and a breadcrumb parted by slashes over the title",
			page:   "欢迎访问某省经济信息网！\n首页 / 文件汇编/ 正文\n县政府关于做好防汛工作的通知\n  • 时间:2019-12-31\n  • 来源:县政府办\n正文。\n",
			layout: "none",
			pairs:  []kv{{"时间", "2019-12-31"}, {"来源", "县政府办"}},
			body:   "县政府关于做好防汛工作的通知",
		},
		{
			name:   "a block of page UI is the header when no block follows",
			page:   "公开目录\n当前位置：首页>>信息公开>>公开目录\n县政府关于做好防汛工作的通知\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"公开目录", ""}, {"当前位置", "首页>>信息公开>>公开目录"}},
			body:   "县政府关于做好防汛工作的通知",
		},
		{
			name:   "known labels left blank are the header, whatever follows",
			page:   "索 引 号： 文号： 发布机构：\n县政府关于做好防汛工作的通知\n发布时间：2013-08-27 来源：县政府 浏览次数：\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", ""}, {"文号", ""}, {"发布机构", ""}},
			body:   "县政府关于做好防汛工作的通知",
		},
		{
			name:   "the block again as a list of items, a label's and its value's, after values beside their labels",
			page:   "索引号：1 发布机构：县政府\n  • 文号\n  • 县政发〔2023〕7号\n  • 成文日期\n  • 2023年03月15日\n  • 发布机构\n  • 县政府\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", "1"}, {"发布机构", "县政府"}, {"文号", "县政发〔2023〕7号"}, {"成文日期", "2023年03月15日"}, {"发布机构", "县政府"}},
			body:   "正文。",
		},
		{
			name:   "a table flattened a cell a line, each cell closed by its bar, empty cells a bar alone",
			page:   "|\n法规名称 |\n县政府关于印发办法的通知 |\n发文机关 |\n县政府 |\n法规分类 |\n|\n颁布日期 |\n2011-03-04 |\n施行日期 |\n2011-03-04 |\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"法规名称", "县政府关于印发办法的通知"}, {"发文机关", "县政府"}, {"法规分类", ""}, {"颁布日期", "2011-03-04"}, {"施行日期", "2011-03-04"}},
			body:   "正文。",
		},
		{
			name:   "a label no list knows, between blank lines, goes on with the block when its labels follow",
			page:   "发文字号：县政发〔2021〕1号\n\n层级：县级\n\n实施日期：2021-03-04\n\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"发文字号", "县政发〔2021〕1号"}, {"层级", "县级"}, {"实施日期", "2021-03-04"}},
			body:   "正文。",
		},
		{
			name:   "labels no list knows after a blank line, and none of the block's after them, are the article's",
			page:   "索引号：1\n文号：县政发〔2021〕1号\n\n联系人：张三\n\n联系电话：1234567\n\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", "1"}, {"文号", "县政发〔2021〕1号"}},
			body:   "联系人：张三",
		},
		{
			name:   "labels no list knows, letter-spaced to the width of their column, are labels",
			page:   "文      号：县政发〔2021〕1号\n地   区：某省\n行   业：全行业\n时效性：有效\n\n各乡镇 县直各单位：\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"文号", "县政发〔2021〕1号"}, {"地区", "某省"}, {"行业", "全行业"}, {"时效性", "有效"}},
			body:   "各乡镇 县直各单位：",
		},
		{
			name:   "a 文号 without its label before a label is a value of its own",
			page:   "作者：交通局 来源：交通局\n\n类别：B\n\n某交函〔2020〕9号      签发人：张三\n\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"作者", "交通局"}, {"来源", "交通局"}, {"类别", "B"}, {"", "某交函〔2020〕9号"}, {"签发人", "张三"}},
			body:   "正文。",
		},
		{
			name:   "a label no list knows right over a block of known labels is the block's",
			page:   "字号 大号 标准 小号\n\n类      别：其他\n文      号：县政发〔2021〕1号\n颁发日期：2021-06-07\n时效性：有效\n\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"类别", "其他"}, {"文号", "县政发〔2021〕1号"}, {"颁发日期", "2021-06-07"}, {"时效性", "有效"}},
			body:   "正文。",
		},
		{
			name:   "a line of an unknown label over one known label starts no block",
			page:   "邮编：050011\n联系电话：0311-1234567\n附件：名单.xlsx\n某局\n",
			layout: "",
			body:   "邮编：050011",
		},
		{
			name:   "a table's rule without outer bars between rows without them",
			page:   "索引号: | 001/2011-1 | 主题分类: | 交通 |\n---|---|---|---|\n发布机构: | 市交通局 | 成文日期: | 2011-03-07 |\n正文。\n",
			layout: "pipe-table",
			pairs:  []kv{{"索引号", "001/2011-1"}, {"主题分类", "交通"}, {"发布机构", "市交通局"}, {"成文日期", "2011-03-07"}},
			body:   "正文。",
		},
		{
			name:   "lines of labels no list knows, with short values, under a block of known ones",
			page:   "发文标题：某局关于做好征收管理的公告\n发文文号：某局公告2016年第6号\n发文时间：2016-4-20\n法规类型：征收管理\n所属区域：某省\n联系人：张三，电话：1234567。\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"发文标题", "某局关于做好征收管理的公告"}, {"发文文号", "某局公告2016年第6号"}, {"发文时间", "2016-4-20"}, {"法规类型", "征收管理"}, {"所属区域", "某省"}},
			body:   "联系人：张三，电话：1234567。",
		},
		{
			name:   "a counter's label run into the source",
			page:   "时间：2025-06-13 09:38 来源：某市交运局访问量：\n\n正文。\n",
			layout: "none", // the page's information, not a metadata block
			pairs:  []kv{{"时间", "2025-06-13 09:38"}, {"来源", "某市交运局"}, {"访问量", ""}},
			body:   "正文。",
		},
		{
			name:   "a source run into a date's label, and an unknown label after a space left whole",
			page:   "来源：某县文化馆时间：2023-10-27访问量：\n来源：某县司法局 更新时间：2021-03-29\n\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"来源", "某县文化馆"}, {"时间", "2023-10-27"}, {"访问量", ""}, {"来源", "某县司法局"}, {"更新时间", "2021-03-29"}},
			body:   "正文。",
		},
		{
			name:   "a value under a waiting label that repeats the value above is that label's",
			page:   "索引号\n1\n成文日期\n2021-03-26\n发文日期\n2021-03-26\n有效性\n有效\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", "1"}, {"成文日期", "2021-03-26"}, {"发文日期", "2021-03-26"}, {"有效性", "有效"}},
			body:   "正文。",
		},
		{
			name:   "bars without outer bars between pairs, the first left empty",
			page:   "县政府关于做好防汛工作的通知\n文章来源：  |  发布日期：2006年09月07日\n正文。\n",
			layout: "pipe-table",
			pairs:  []kv{{"文章来源", ""}, {"发布日期", "2006年09月07日"}},
			body:   "正文。",
		},
		{
			name:   "labels no list knows, their colons marking them, alone over short values go on with an alternating block",
			page:   "信息名称\n关于某某建议的答复函\n生成日期\n2023-05-05\n办复类别：\nB类\n联系电话：\n13855402597\n\n某某代表：\n您提出的建议收悉。\n",
			layout: "label-lines",
			pairs:  []kv{{"信息名称", "关于某某建议的答复函"}, {"生成日期", "2023-05-05"}, {"办复类别", "B类"}, {"联系电话", "13855402597"}},
			body:   "某某代表：",
		},
		{
			name:   "a label alone over the addressee is empty: a line that ends in its colon is no value",
			page:   "索引号\n003110926/201510-00216\n发布日期\n2015-10-15\n服务对象分类\n各县（市）、区人民政府，市政府各部门：\n现将有关事项通知如下。\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", "003110926/201510-00216"}, {"发布日期", "2015-10-15"}, {"服务对象分类", ""}},
			body:   "各县（市）、区人民政府，市政府各部门：",
		},
		{
			name:   "rows without outer bars whose labels no list knows, their colons marking them, end no block",
			page:   "信息名称： | 关于某某建议的答复函\n生成日期： | 2023-05-05\n办复类别： | B类\n联 系 人： | 胡某\n\n某某代表：\n正文。\n",
			layout: "pipe-table",
			pairs:  []kv{{"信息名称", "关于某某建议的答复函"}, {"生成日期", "2023-05-05"}, {"办复类别", "B类"}, {"联系人", "胡某"}},
			body:   "某某代表：",
		},
		{
			name:   "labels in brackets in a table without outer bars keep no bar in their values",
			page:   "【时 效 性】 | 有效 | 【实施日期】 | |\n【法规层次】 | 地方规范性文件 | 【发布机构】 | 县政府 |\n正文。\n",
			layout: "pipe-table",
			pairs:  []kv{{"时效性", "有效"}, {"实施日期", ""}, {"法规层次", "地方规范性文件"}, {"发布机构", "县政府"}},
			body:   "正文。",
		},
		{
			name:   "a summary's label alone under the title is a header of one line",
			page:   "某县关于印发办法的公告\n核心提示：根据有关规定，我局制定了本办法。\n为做好有关工作，现予公告。\n",
			layout: "label-lines",
			pairs:  []kv{{"核心提示", "根据有关规定，我局制定了本办法。"}},
			body:   "某县关于印发办法的公告", // the title above the header is the article's to read
		},
		{
			name:   "a link's heading under a table is the page's, not the article's",
			page:   "| 索引号 | 1 | 文号 | 县政发〔2021〕88号 |\n政策解读： |\n|\n为做好有关工作，现予通知。\n",
			layout: "pipe-table",
			pairs:  []kv{{"索引号", "1"}, {"文号", "县政发〔2021〕88号"}, {"政策解读", ""}},
			body:   "为做好有关工作，现予通知。",
		},
		{
			name:   "the block again as a list, each value indented under its label after a blank line",
			page:   "索引号：1 公开方式：主动公开\n文号：县政发〔2023〕47号\n  • 信息索引号：\n\n    1\n\n  • 文号：\n\n    县政发〔2023〕47号\n\n县政府关于印发办法的通知\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", "1"}, {"公开方式", "主动公开"}, {"文号", "县政发〔2023〕47号"}, {"信息索引号", "1"}, {"文号", "县政发〔2023〕47号"}},
			body:   "县政府关于印发办法的通知",
		},
		{
			name:   "a table of the article's data, its first column 序号, is no header",
			page:   "现将某县民政局采购意向公开如下：\n| 序号 | 采购项目名称 | 备注 |\n|---|---|---|\n| 1 | 某工程 | 采购数量：1，采购要求：符合标准。 |\n本次公开的采购意向是初步安排。\n某县民政局\n",
			layout: "",
			body:   "现将某县民政局采购意向公开如下：",
		},
		{
			name:   "a label in a bracket left open, its value lost",
			page:   "某局关于某事的倡议书\n【信息来源：【信息时间：2021-02-04 15:44  阅读次数： 】【字号 】【我要打印】【关闭\n正文。\n",
			layout: "none",
			pairs:  []kv{{"信息来源", ""}, {"信息时间", "2021-02-04 15:44"}, {"阅读次数", ""}, {"字号", "【我要打印】【关闭"}},
			body:   "某局关于某事的倡议书",
		},
		{
			name:   "label lines after a bullet operator, a law database's",
			page:   "某局关于某事的通知\n文章属性\n∙【制定机关】某市人力资源和社会保障局\n∙【公布日期】2022.04.19\n∙【时效性】现行有效\n正文\n为做好有关工作，现予通知。\n",
			layout: "label-lines",
			pairs:  []kv{{"制定机关", "某市人力资源和社会保障局"}, {"公布日期", "2022.04.19"}, {"时效性", "现行有效"}},
			body:   "为做好有关工作，现予通知。",
		},
		{
			name:   "bracketed labels in rows without outer bars, one a validity's",
			page:   "[索引号] 4562021/0011 | [公开责任部门] 某局 |\n[文号] 某法〔2020〕205号 | [信息有效性] 是 |\n某某管理办法实施细则\n第一条 为规范管理，制定本细则。\n",
			layout: "label-lines",
			pairs:  []kv{{"索引号", "4562021/0011"}, {"公开责任部门", "某局"}, {"文号", "某法〔2020〕205号"}, {"信息有效性", "是"}},
			body:   "某某管理办法实施细则",
		},
		{
			name:   "a header of labels over their values after dashes, with a period of validity",
			page:   "关于某事的解读\n- 信息索引号\n- 466304583/2020-00029\n- 公开范围\n- 面向社会\n- 有效期\n- 长期\n- 体裁\n- 其他\n显示全部表格信息\n根据有关规定，现解读如下。\n",
			layout: "label-lines",
			pairs:  []kv{{"信息索引号", "466304583/2020-00029"}, {"公开范围", "面向社会"}, {"有效期", "长期"}, {"体裁", "其他"}},
			body:   "根据有关规定，现解读如下。",
		},
		{
			name:   "a field's label run into its short value on a line of labels without colons",
			page:   "信息名称 关于调整某市出租汽车运营价格的通知\n生成日期 2006-11-28 公开日期 2008-03-19 废止日期有效\n\n正文。\n",
			layout: "label-lines",
			pairs:  []kv{{"信息名称", "关于调整某市出租汽车运营价格的通知"}, {"生成日期", "2006-11-28"}, {"公开日期", "2008-03-19"}, {"废止日期", "有效"}},
			body:   "正文。",
		},
		{
			name:   "a time value is not a label",
			page:   "发布日期：2024年04月06日 16:40 来源：县政府\n正文。\n",
			layout: "none",
			pairs:  []kv{{"发布日期", "2024年04月06日 16:40"}, {"来源", "县政府"}},
			body:   "正文。",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := ReadText(tt.page, tt.page, nil)
			layout := ""
			if len(p.Pairs) > 0 {
				layout = string(p.Layout)
			}
			if layout != tt.layout {
				t.Errorf("layout = %q, want %q", layout, tt.layout)
			}
			if diff := cmp.Diff(tt.pairs, pairsOf(p.Pairs)); diff != "" {
				t.Errorf("pairs (-want +got):\n%s", diff)
			}
			body := ""
			if len(p.Paras) > 0 {
				body = p.Paras[0].Text
			}
			if body != tt.body {
				t.Errorf("article starts with %q, want %q", body, tt.body)
			}
		})
	}
}

// TestPairPositions checks where pairs are: the label's line and, for a
// text page, its offset, from which the column is worked out.
func TestPairPositions(t *testing.T) {
	page := "首页\n索引号: 003129766/201901-00336 组配分类: 规范性文件发布\n| 文 号: | 关 键 词: | 全体会议 | |\n"
	p := ReadText(page, page, nil)
	type pos struct {
		Label     string
		Line, Off int
		Value     string // page text at the value's offset
	}
	var got []pos
	for _, pr := range p.Pairs {
		v := ""
		if pr.ValueAt.Off >= 0 {
			v = page[pr.ValueAt.Off : pr.ValueAt.Off+len(pr.Value)]
		}
		got = append(got, pos{pr.Label, pr.At.Line, pr.At.Off, v})
	}
	line2 := strings.Index(page, "索引号")
	line3 := strings.Index(page, "| 文")
	want := []pos{
		{"索引号", 2, line2, "003129766/201901-00336"},
		{"组配分类", 2, line2 + len("索引号: 003129766/201901-00336 "), "规范性文件发布"},
		{"文号", 3, line3 + 2, ""},
		{"关键词", 3, line3 + strings.Index("| 文 号: | 关 键 词: |", "关"), "全体会议"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("positions (-want +got):\n%s", diff)
	}
}

// TestPageFurniture checks that the lists a page puts under its article,
// under a heading such as 相关链接, and the menu above its breadcrumb are
// not the article's.
func TestPageFurniture(t *testing.T) {
	tests := []struct {
		page string
		want []string
	}{
		{"第一段。\n第二段。\n相关链接\n--国家部门网站--\n--站群导航--\n", []string{"第一段。", "第二段。"}},
		{"第一段。\n友情链接：\n某市人民政府\n", []string{"第一段。"}},
		{"第一段。\n底部栏目\n主办：某县交通运输局\n", []string{"第一段。"}},
		{"第一段。\n关注公众号\n某某发布\n", []string{"第一段。"}},
		// A counter's unit under its label, the count lost.
		{"某某关于交通管制的通告\n发布时间:2021-06-18 来源: 某某网 点击:\n次\n第一段。\n", []string{"某某关于交通管制的通告", "第一段。"}},
		// Page UI under the article.
		{"第一段。\n相关推荐\n", []string{"第一段。"}},
		// A heading with an arrow to its list.
		{"第一段。\n相关新闻↓\n某县召开项目... 某县完成化肥...\n", []string{"第一段。"}},
		{"第一段。\n相关新闻>>\n\n致全县选民的一封信\n", []string{"第一段。"}},
		// A heading before any text is no footer: the page starts there.
		{"相关链接\n第一段。\n", []string{"第一段。"}},
		// A breadcrumb's trail written as a numbered list under its label.
		{"1. 当前位置:\n  2. 首页\n  3. 政务信息\n  4. 正文\n关于做好防汛工作的通知\n1. 第一条。\n", []string{"关于做好防汛工作的通知", "1. 第一条。"}},
		// A bar of links, two of them a space apart, and a breadcrumb
		// named 您当前的位置; a table's numbered rows are no bar of links.
		{"中国政府网 | 某市人民政府网 | 某区人民政府 部门街镇\n您当前的位置: 首页>部门>动态\n关于做好防汛工作的通知\n1 | 传统技艺 | 某某技艺 | 某村村委 |\n", []string{"关于做好防汛工作的通知", "1 | 传统技艺 | 某某技艺 | 某村村委 |"}},
		// A table's row of column names over its rows is no bar of links.
		{"第一段。\n序号 | 项目类别 | 项目名称 |\n1 | 传统技艺 | 某某技艺 |\n", []string{"第一段。", "序号 | 项目类别 | 项目名称 |", "1 | 传统技艺 | 某某技艺 |"}},
		// A breadcrumb whose trail wrapped onto the next line.
		{"当前位置:首页\n> 业务审计 > 绩效审计\n关于做好防汛工作的通知\n第一段。\n", []string{"关于做好防汛工作的通知", "第一段。"}},
		// A rule drawn under the title.
		{"关于做好防汛工作的通知\n───\n第一段。\n", []string{"关于做好防汛工作的通知", "第一段。"}},
		// A widget's count on a line of its own under it; a number in
		// the text stays.
		{"关于做好防汛工作的通知\n收藏\n614\n第一段。\n2019\n", []string{"关于做好防汛工作的通知", "第一段。", "2019"}},
		// The count of a counter that ends the header's last line, its
		// label run into the time before it, on the next line.
		{"关于做好防汛工作的通知\n发布时间:2023-07-20 15:44浏览次数:\n327\n第一段。\n", []string{"关于做好防汛工作的通知", "第一段。"}},
		// A link back to the site's first page before a trail that a
		// short label names.
		{"返回首页 > 位置： 某某网 > 某县 > 正文\n关于做好防汛工作的通知\n第一段。\n", []string{"关于做好防汛工作的通知", "第一段。"}},
		// A label of related items alone under the title, its list empty.
		{"关于做好防汛工作的通知\n发布日期：2024-04-03 来源：某局\n关联导读：\n第一段。\n", []string{"关于做好防汛工作的通知", "第一段。"}},
		// Words in a line of the article are no heading.
		{"第一段。\n请见文后相关链接。\n", []string{"第一段。", "请见文后相关链接。"}},
		{"政务公开\n政府动态\n当前位置：首页>政府动态\n标题\n第一段。\n", []string{"标题", "第一段。"}},
		// A weather widget a line a word, and a bar of links drawn with 丨,
		// above the breadcrumb.
		{"×\n兴宁\n36°\n高温\n15:00发布\n多云\n西南风 1级\n空气优 43\n相对湿度 45%\n今天\n26°/37°\n周三\n阵雨\n26°/36°\n周四\n中雨 / 多云\n26°/33°\n繁體 丨 手机版 丨 RSS订阅 丨 无障碍浏览\n首页 > 信息公开 > 决策公开\n标题\n第一段。\n",
			[]string{"标题", "第一段。"}},
		// A trail under its label that starts at the site's name, and
		// above it the site's bar with its hotline.
		{"新闻热线 0891-6325020\n数字报系\n移动端\n您当前的位置:某某新闻网 > 政务 > 政府公告\n标题\n第一段。\n", []string{"标题", "第一段。"}},
		// Text above a breadcrumb that is no menu stays.
		{"今年以来，全县做好了防汛工作。\n首页 > 政府动态\n第一段。\n", []string{"今年以来，全县做好了防汛工作。", "第一段。"}},
		// The site's menu flattened to numbered lists that start again
		// and again, with a heading above it.
		{"政府信息公开\n1. 规范性文件库\n1. 目录\n2. 旗人民政府\n3. 旗人民政府办公室\n1. 旗政府工作部门\n2. 苏木镇人民政府\n" +
			"1. 专项规划\n2. 区域规划\n1. 预决算公开\n关于做好防汛工作的通知\n各苏木镇：\n现将有关事项通知如下。\n",
			[]string{"关于做好防汛工作的通知", "各苏木镇：", "现将有关事项通知如下。"}},
		// A feedback form under the article, and the request above it.
		{"第一段。\n附件：某某情况\n请您对该政策提出宝贵的意见或建议。\n  • 姓  名：\n  • 联系方式：\n  • *验 证 码：\n",
			[]string{"第一段。", "附件：某某情况"}},
		// The site's footer, its data above its copyright.
		{"第一段。\n某乡党政办\n2017年11月7日\n某某主办   技术支持: 某公司\n2016©版权所有   (推荐IE6.0以上版本)\n",
			[]string{"第一段。", "某乡党政办", "2017年11月7日"}},
		// A footer of the public security filing number alone.
		{"第一段。\n第二段。\n甘公网安备 62050202000103号\n", []string{"第一段。", "第二段。"}},
		// A © under the title is a repost's mark, no footer.
		{"某某活动公告\n©原创 01-19 21:07 某某\n第一段。\n第二段。\n第三段。\n第四段。\n第五段。\n第六段。\n第七段。\n第八段。\n",
			[]string{"某某活动公告", "©原创 01-19 21:07 某某", "第一段。", "第二段。", "第三段。", "第四段。", "第五段。", "第六段。", "第七段。", "第八段。"}},
		// An e-paper's list of the headlines of its page, a space apart,
		// over the article; a list of names, and a title that names its
		// issuers a space apart, stay.
		{"某县数字报\n某某在疫情防控调度会上强调 全面排查返乡人员 全力加强社会疫情管控 某某专题研究部署物资保障工作 关于城区道路实行 交通管制的通告 某某督导检查城区防控工作\n" +
			"关于城区道路实行交通管制的通告\n第一段。\n张三 李四 王五 赵六 钱七 孙八 周九 吴十 郑十一 王十二 冯十三\n" +
			"某市发展和改革委员会 中共某市委社会工作部 某市规划和自然资源局 某市住房和城乡建设局 关于印发某某工程实施方案的通知\n",
			[]string{"某县数字报", "关于城区道路实行交通管制的通告", "第一段。", "张三 李四 王五 赵六 钱七 孙八 周九 吴十 郑十一 王十二 冯十三",
				"某市发展和改革委员会 中共某市委社会工作部 某市规划和自然资源局 某市住房和城乡建设局 关于印发某某工程实施方案的通知"}},
		// A region selector over the text.
		{"某县统计公报\n选择区域：>>\n第一段。\n", []string{"某县统计公报", "第一段。"}},
		// The site's footer that ends with its line for reporting bad content,
		// a browser hint among its data.
		{"第一段。\n第二段。\n主办：某市人民政府 承办：某市人民政府办公室\n建议使用1920*1080分辨率/IE9以上浏览器访问\n站内不良信息举报电话：0887-8226712\n",
			[]string{"第一段。", "第二段。"}},
		// A trail from the site's name without a label; a line with two
		// arrows in a sentence stays.
		{"某某新闻网 > 大同频道 > 社会综合\n标题\n第一段。\n价格 > 成本 > 收益，说明经营有利。\n", []string{"标题", "第一段。", "价格 > 成本 > 收益，说明经营有利。"}},
		// The dialog a site shows before a link leaves it.
		{"第一段。\n您访问的链接即将离开“某市人民政府”门户网站 是否继续？\n", []string{"第一段。"}},
		// What is left of an HTML comment the scraper kept, under the
		// article; an arrow in the text stays.
		{"第一段。\n某公司 → 某局\n--> 2025-03-20 1 1 某某日报 content_1.html 1 标题 /enpproperty-->\n<!--enpproperty <articleid>1</articleid>\n",
			[]string{"第一段。", "某公司 → 某局"}},
		// The site's calendar; a document's date and day of the week stay.
		{"今天是：2019年10月31日 星期三 农历十月初七\n一、活动时间\n2022年7月22日（星期五）9:00-12:00\n",
			[]string{"一、活动时间", "2022年7月22日（星期五）9:00-12:00"}},
		// A site's footer that a copy put at the top of the page.
		{"主办：某县人民政府 版权所有 2018\n承办：某县人民政府办公室\n某ICP备19003694号 网站标识码：1410270002\n建议使用1366*768分辨率浏览本站\n各乡镇人民政府：\n现将预案印发给你们。\n",
			[]string{"各乡镇人民政府：", "现将预案印发给你们。"}},
		// A style sheet a scrape kept as text; code in the article, and a
		// formula in braces, stay.
		{".TRS_Editor P{margin-top:0;margin-bottom:0;}.TRS_Editor DIV{margin-top:0;}\n第一段。\nfunc main() {}\n集合{x: x>0}中的元素\n",
			[]string{"第一段。", "func main() {}", "集合{x: x>0}中的元素"}},
		// A line of search phrases a copy put at its top; a title with a
		// dash in its parentheses stays.
		{"甲乙丙丁在线_戊己庚辛免费_壬癸子丑观看_寅卯辰巳视频\n某路（甲村-乙村-丙村-丁村段）施工的通告\n第一段。\n",
			[]string{"某路（甲村-乙村-丙村-丁村段）施工的通告", "第一段。"}},
		// The site's calendar over the page's text, its date and day of the
		// week alone; the same line inside the text stays.
		{"2024年11月22日 星期五 |\n某某情况说明\n第一段。\n2024年11月22日 星期五\n",
			[]string{"某某情况说明", "第一段。", "2024年11月22日 星期五"}},
		// In a block of labels in brackets, a paragraph with a tag of the
		// site's is the article's.
		{"【导语】某县召开会议。\n【图文】会上，与会人员听取了说明。\n", []string{"【图文】会上，与会人员听取了说明。"}},
		// A forum's and a portal's widgets over the text.
		{"[复制链接]\n保存：\n第一段。\n", []string{"第一段。"}},
		// A heading and the page's strip on one line.
		{"某部关于发布某规定的通告 发表时间：2018/6/5 9:47:45\n第一段。\n",
			[]string{"某部关于发布某规定的通告", "发表时间：2018/6/5 9:47:45", "第一段。"}},
		// A title in a table's first cell, empty cells after it.
		{"某县人民政府关于做好防汛工作的通知 | |\n第一段。\n", []string{"某县人民政府关于做好防汛工作的通知", "第一段。"}},
		// A table flattened a cell a line: each paragraph without its bar.
		{"某县人民政府关于做好防汛工作的通知 |\n第一段。 |\n", []string{"某县人民政府关于做好防汛工作的通知", "第一段。"}},
		// One empty label is no form.
		{"第一段。\n联系人：\n", []string{"第一段。", "联系人："}},
		// A document's numbered list that does not start again stays.
		{"工作安排\n1. 学习\n2. 检查\n3. 整改\n4. 总结\n5. 宣传\n6. 培训\n7. 考核\n8. 督查\n做好各项工作。\n",
			[]string{"工作安排", "1. 学习", "2. 检查", "3. 整改", "4. 总结", "5. 宣传", "6. 培训", "7. 考核", "8. 督查", "做好各项工作。"}},
	}
	for _, tt := range tests {
		p := ReadText(tt.page, tt.page, nil)
		var got []string
		for _, para := range p.Paras {
			got = append(got, para.Text)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q: paragraphs (-want +got):\n%s", tt.page, diff)
		}
	}
}
