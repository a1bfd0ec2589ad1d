package encode_test

import "github.com/govnotice/govnotice/notice"

// A testRecord is a record built by hand, with the base name of its golden
// files under testdata/records.
type testRecord struct {
	name string
	n    *notice.Notice
}

// testRecords are the records the golden tests write. They are encoder
// goldens: realistic, built by hand from the sample pages, but only
// qixia-2025-78463 is meant to equal what the parser gives (FORMAT.md §3.6); the
// others shorten their pages (the appendices keep their first paragraphs).
func testRecords() []testRecord {
	return []testRecord{
		{"qixia-2025-78463", qixiaRecord()},
		{"guobanhan-2018-71", guobanhanRecord()},
		{"taihu-2019-00336", taihuRecord()},
		{"edge-values", edgeRecord()},
	}
}

// qixiaRecord is the record of testdata/pages/qixia-2025-78463.txt as spec
// FORMAT.md §3.6 gives it. The body is the page's text with pinyin stripped, converted
// by OpenCC t2s, 著 fixed by variant's phrase layer (随着, 着重, 着力) and
// ASCII punctuation made full-width.
func qixiaRecord() *notice.Notice {
	return &notice.Notice{
		IndexNumber: &notice.IndexNumber{Text: "013033899/2025-78463", Org: "013033899", Year: 2025, Seq: "78463"},
		Title:       "融合聚力绘新卷 一体奋进启新程——栖霞区与南京经济技术开发区、仙林大学城深度融合、一体发展动员部署会召开",
		Publisher:   "栖霞区人民政府",
		Topic:       "综合政务",
		Collection:  "区政府全体会议",
		Genre:       "其他",
		Created:     &notice.Date{Year: 2025, Month: 11, Day: 19},
		Keywords:    []string{"全体会议"},
		Body: []string{
			"11月18日上午，栖霞区与南京经济技术开发区、仙林大学城深度融合、一体发展动员部署会召开。栖霞区委书记、南京经济技术开发区党工委书记、仙林大学城党工委书记孙海东为新组建部门集中授牌并讲话。他强调，栖霞区域深度融合、一体发展是当前全区上下必须抓紧抓实的重大政治任务，全体干部要把这项工作摆在突出位置，统一思想、步调一致、全力推进。区长、南京经济技术开发区管委会主任、仙林大学城管委会主任王承江主持。区人大常委会主任杨白英、区人大常委会党组书记蓝军、区政协主席张常军出席。",
			"会议指出，栖霞区与南京经济技术开发区、仙林大学城深度融合、一体发展是贯彻落实中央和省委、市委关于开发区工作要求的政治责任，是突破自身发展瓶颈制约的必然选择，更是扛起“走在前、挑大梁”使命的具体行动。",
			"会议强调，回顾历史，栖霞取得了殊为不易的成绩，但随着内外部环境的变化，资源分散、机制分离、主体分割、干部分属等结构性、体制性矛盾正制约栖霞向更高能级跃升。全区上下要站在战略和全局高度，深刻认识深度融合、一体发展的重要性和现实紧迫性，把思想和行动统一到市委和区委部署要求上来，推动各项改革任务落地见效。",
			"要优化思路，明确方向，切实把握“深度融合、一体发展”的主要原则。坚持以“改”优“制”，推动领导班子一体化配备和职能机构一体化设置，重塑管理体制机制；坚持以“改”兴“产”，更加聚焦经济建设，鲜明突出南京经开区经济建设主战场地位，按照“区域相邻、产业相近”思路优化整合功能园区，集中更多力量投入经济发展一线；坚持以“改”增“智”，促进产创深度融合，让更多科技成果从“书架”走向“货架”，推动大学城向“科学城”转型；坚持以“改”强“基”，着重理顺各功能园区与街道在招商引资、企业培育、利益分配等方面的协同机制，科学划分职责边界，推动园街协调联动；坚持以“改”促“合”，促进优质资源要素高效统筹和合理流动，实现利用效益最大化。",
			"要聚焦重点，明确目标，全面落实“深度融合、一体发展”的核心任务。推动管理体制深度融合，优化领导决策架构，加快职能机构整合，完善考核监督机制，做到“统一领导、归口管理、权责清晰”。推动功能园区深度融合，加快打造“一极两园三基地”产业格局，优化园区布局促进园街联动，做强港口枢纽功能，全面提升区域产业整体竞争力。推动科产城人深度融合，着力深化高校合作、培育创新生态，优化产城融合布局，强化人才引育留用，实现“以产兴城、以城聚人”。推动资源要素深度融合，统一规划布局、优化区域经济地理，统一财政管理、提高财政运行质效，统一服务标准、打造更优营商环境。推动干部队伍深度融合，构建起覆盖全域的干部管理和交流任用新格局，凝聚起干事创业的强大合力。",
			"要压紧责任，严实作风，全面强化“深度融合、一体发展”的组织保障。领导干部要率先垂范，既挂帅、又出征，主动协调解决跨区域、跨部门的难点堵点问题，推动项目建设、经济运行、社会民生等重点工作平稳过渡，各项改革任务限时见效。纪检监察机关要严明纪律红线，加强日常监督，强化巡察成果运用，狠抓整改落实，以从严监督保证融合实效。",
			"会议要求，“十四五”收官在即，全区上下要锚定发展目标，做好明年谋划，守牢安全底线，一手抓改革推进，一手抓全年任务，做到“两手抓、两促进”。要建立区领导常态化联系服务企业机制，面对面、零距离开展沟通交流，倾听企业发展诉求，协调解决实际问题，加强政策宣讲力度，围绕产业链上下游深化以商引商，营造政企同心的良好生态。",
			"会上，区委副书记储纲传达《关于优化调整栖霞区域有关机构编制事项的批复》的主要内容，区委常委、组织部部长陈世田宣布干部调整决定。",
			"区委常委，区人大常委会、区政府、区政协全体领导，区法院院长、检察院检察长，南京经开区、仙林大学城全体领导；近三年退休的全区市管领导；区机关各部门、各直属单位、各垂管单位、各街道、各区属国企、南京经开区、仙林大学城副处职以上全体干部参加会议。",
		},
		Input: notice.Input{
			Charset:           "utf-8",
			Script:            notice.ScriptTraditional,
			PinyinAnnotations: 333,
			Layout:            notice.LayoutPipeTable,
			// Where each field stands on the page: lines and columns of the
			// page as scraped, pinyin annotations counted.
			Origins: []notice.Origin{
				{Field: "index_number", From: notice.FromHeader, Label: "索引号", Text: "013033899/2025-78463", Line: 1, Column: 3},
				{Field: "title", From: notice.FromHeader, Label: "信息名称", Text: "融合聚力绘新卷 一体奋进启新程——栖霞区与南京经济技术开发区、仙林大学城深度融合、一体发展动员部署会召开", Line: 5, Column: 3},
				{Field: "publisher", From: notice.FromHeader, Label: "发布机构", Text: "栖霞区人民政府", Line: 3, Column: 3},
				{Field: "topic", From: notice.FromHeader, Label: "主题分类", Text: "综合政务", Line: 1, Column: 35},
				{Field: "collection", From: notice.FromHeader, Label: "组配分类", Text: "区政府全体会议", Line: 2, Column: 3},
				{Field: "genre", From: notice.FromHeader, Label: "体裁分类", Text: "其他", Line: 2, Column: 30},
				{Field: "created", From: notice.FromHeader, Label: "生成日期", Text: "2025-11-19", Line: 3, Column: 38},
				{Field: "keywords", From: notice.FromHeader, Label: "关键词", Text: "全体会议", Line: 6, Column: 10},
				{Field: "body", From: notice.FromBody, Line: 10, Column: 1},
			},
		},
	}
}

// guobanhanRecord is an official document with every part of GB/T 9704
// but cc, from testdata/pages/govcn-guobanhan-2018-71.txt.
func guobanhanRecord() *notice.Notice {
	return &notice.Notice{
		IndexNumber: &notice.IndexNumber{Text: "000014349/2018-00204", Org: "000014349", Year: 2018, Seq: "00204"},
		Title:       "国务院办公厅关于印发《政府网站集约化试点工作方案》的通知",
		DocNumber:   &notice.DocNumber{Text: "国办函〔2018〕71号", Issuer: "国办函", Year: 2018, Seq: "71"},
		Publisher:   "国务院办公厅",
		Topic:       `综合政务\政务公开`,
		Created:     &notice.Date{Year: 2018, Month: 10, Day: 27},
		Published:   &notice.Date{Year: 2018, Month: 11, Day: 9},
		Addressee:   "各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
		Body:        []string{"《政府网站集约化试点工作方案》已经国务院领导同志同意，现印发给你们，请认真贯彻执行。"},
		Signers:     []string{"国务院办公厅"},
		Signed:      &notice.Date{Year: 2018, Month: 10, Day: 27},
		Notes:       []string{"此件公开发布"},
		Appendices: []notice.Appendix{{
			Title: "政府网站集约化试点工作方案",
			Body: []string{
				"为贯彻落实党中央、国务院关于加强全国网络安全和信息化工作有关部署，推进政府网站互联互通融合发展，现就开展政府网站集约化试点工作，制定以下方案。",
				"一、总体要求",
				"（一）指导思想。",
			},
		}},
		Input: notice.Input{
			Path:    "testdata/pages/govcn-guobanhan-2018-71.txt",
			Charset: "utf-8",
			Script:  notice.ScriptSimplified,
			Layout:  notice.LayoutPipeTable,
		},
	}
}

// taihuRecord has a YYYYMM index number, all four header dates, extra
// fields and cc, from testdata/pages/anhui-taihu-2019-00336.txt (the cc
// line is made up: the page has none).
func taihuRecord() *notice.Notice {
	return &notice.Notice{
		IndexNumber: &notice.IndexNumber{Text: "003129766/201901-00336", Org: "003129766", Year: 2019, Month: 1, Seq: "00336"},
		Title:       "太湖县人民政府关于印发《太湖县人民政府工作规则》的通知",
		Publisher:   "太湖县人民政府办公室",
		Collection:  "规范性文件发布",
		Created:     &notice.Date{Year: 2019, Month: 1, Day: 23},
		Effective:   &notice.Date{Year: 2019, Month: 1, Day: 23},
		Abolished:   &notice.Date{Year: 2020, Month: 1, Day: 23},
		Addressee:   "各乡、镇人民政府，县政府各部门、各直属机构",
		Body:        []string{"《太湖县人民政府工作规则》已经2019年1月4日县政府第三次全体会议通过，现予印发，请遵照执行。"},
		Signers:     []string{"太湖县人民政府"},
		Signed:      &notice.Date{Year: 2019, Month: 1, Day: 17},
		CC:          []string{"县委办公室", "县人大常委会办公室", "县政协办公室"},
		Appendices: []notice.Appendix{{
			Title: "太湖县人民政府工作规则",
			Body: []string{
				"第一章 总 则",
				"一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和地方各级人民政府组织法》《国务院工作规则》《安徽省人民政府工作规则》和《安庆市人民政府工作规则》，制定本规则。",
			},
		}},
		Extra: []notice.Field{
			{Label: "信息分类", Value: "通知"},
			{Label: "发文日期", Value: "2019-01-23"},
		},
		Input: notice.Input{
			Path:    "testdata/pages/anhui-taihu-2019-00336.txt",
			Charset: "utf-8",
			Script:  notice.ScriptSimplified,
			Layout:  notice.LayoutLabelLines,
		},
	}
}

// edgeRecord holds what the formats must carry without change: spaces at
// the ends of values, line breaks (CR too), tabs, quotes, markup, ]]>,
// backslashes, characters outside the BMP, U+2028, DEL and NEL, empty list
// items, an index number of unknown shape, a decree document number, a
// time of day, and an empty appendix. The text form cannot carry it.
func edgeRecord() *notice.Notice {
	return &notice.Notice{
		IndexNumber: &notice.IndexNumber{Text: "XXGK-第12号"},
		Title:       "  标题\t前后有空格 ",
		DocNumber:   &notice.DocNumber{Text: "国令第672号", Issuer: "国令", Seq: "672"},
		Publisher:   "<b>机构</b> & \"引号\" 'apos'",
		Source:      "a]]>b",
		Topic:       `a\b\\c`,
		Genre:       "\u007f\u0085\u2028\u2029",
		Published:   &notice.Date{Year: 2024, Month: 4, Day: 6, HasTime: true, Hour: 16, Minute: 40},
		Effective:   &notice.Date{Year: 2024, Month: 5, Day: 1, HasTime: true},
		Keywords:    []string{"", " ", "😀"},
		Summary:     "第一行\n第二行\r\n第三行\r",
		Link:        "http://example.gov.cn/a?b=1&c=<2>",
		Attachments: []notice.Attachment{
			{Name: "附件1.pdf", URL: "http://example.gov.cn/1.pdf?x=\"&y=\t\n\r"},
			{Name: "附件2"},
			{URL: "http://example.gov.cn/3.doc"},
		},
		Body:       []string{"", "\t缩进", "  "},
		Appendices: []notice.Appendix{{}, {Title: "只有标题"}},
		Extra: []notice.Field{
			{Label: "公开方式", Value: ""},
			{Label: "", Value: "没有标签"},
			{Label: "标签\n换行", Value: "值"},
		},
		Input: notice.Input{
			Path:              "pages/x y.html",
			Charset:           "gb18030",
			Script:            notice.ScriptMixed,
			PinyinAnnotations: -1,
			Layout:            notice.LayoutHTML,
			Problems: []notice.Problem{
				{Field: "created", Rule: notice.RuleDuplicate, Severity: notice.SeverityWarning, Line: 4, Column: 9,
					Message: "发文日期 2019-01-23 differs from 生成日期 2019-01-22"},
				{Rule: notice.RuleRequired},
			},
			Origins: []notice.Origin{
				{Field: "created", From: notice.FromHeader, Label: "生成日期", Text: "2019年1月22日", Line: 3, Column: 1},
				{Field: "title", From: notice.FromHTMLTitle},
			},
		},
	}
}
