package parse

// The layout generator: records rendered into every layout family seen on
// real pages, for the property test of layouts_test.go (the parser recovers
// every field of every rendered record).
//
// A record (lgRecord) is drawn from small pools of realistic values: the
// header fields 索引号, 标题, 文号, 发布机构, 来源, 主题分类 (with its `\`
// hierarchy), 组配分类, 体裁分类, 生成/发布/生效/废止日期, 有效性, 关键词 and
// 内容概览, each under one of the vocabulary's alternative labels (发布机构,
// 发文机关, 发文单位, 责任部门 …; 生成日期, 成文日期, 印发日期 …) chosen at
// random; some fields absent, some present with an empty value; sometimes
// labels without a field (公开方式：主动公开), which go to Extra; a title
// in the header, above it, below it or both; an article of two to four
// paragraphs of prose, or six to eight ("long-body"). Values are Simplified
// (script variants are tested elsewhere).
//
// The families, all listed in lgFamilies, each render a record's header in
// one layout and put it in a page:
//
// Text pages, pipe rows:
//   - pipe-bars: | 索 引 号： | v | 主题分类： | v | with outer bars, one or two
//     pairs a row (a long value on a row of its own), colons full-width,
//     ASCII or none, empty values as empty cells, sometimes a || tail.
//   - pipe-bare: 索引号 | v | 主题分类 | v without outer bars, the same options.
//   - pipe-shifted: the empty cells of empty values dropped and the row
//     padded at the end (| 生效日期: | 废止日期: | ||, | 文 号: | 关 键 词: |
//     全体会议 | |), as scrapers leave Jiangsu pages.
//   - pipe-transposed: a row of labels and under it the row of their
//     values, three or four columns, with outer bars or without.
//
// Text pages, label lines:
//   - lines-one: one pair a line, 索引号：v; full-width or ASCII colon.
//   - lines-multi: two or three pairs a line separated by spaces, an empty
//     value followed directly by the next label (文号: 发文日期: 2019-01-23).
//   - lines-nocolon: label and value separated by spaces, one to three pairs
//     a line (成文日期 2011-09-01 有效性 有效).
//   - lines-alternating: the label on one line and its value on the next,
//     an empty value followed directly by the next label; colon or none.
//     A label without value right above the title line is ambiguous (文号
//     followed by the title, or 发文机构 above a news item's title), so it
//     is generated only for date labels, whose value must be a date; it is
//     made common there ("empty-last-date"). So is a sentence under the last
//     label with the article right under it (an empty label and the
//     article's first sentence read the same): a title line stands between
//     them, or the sentence's label moves to the top.
//
// In every family labels may be letter-spaced (索 引 号, 标　　题 with U+3000,
// 发\u2002布\u2002机\u2002构; the feature "spaced").
//
//   - lines-then-list: the header twice, label lines with values beside
//     their labels, then the same pairs as a list, each label an item and
//     its value the next item or indented under it (the list's pairs go to
//     Extra: they repeat the header's).
//
// Text pages, bullet lists:
//   - bullets-indented: • 索引号: and the value on the next, deeper indented
//     line, a blank line between (an empty value: the next bullet).
//   - bullets-dash: - 索引号: v (or ·, ●).
//   - bullets-numbered: 1. [主题分类] v, 2、【发布机构】v.
//
// Bullet lists of values without labels are not generated: the parser
// reads only the values whose shape tells their field (an index number, a
// 文号, a body's name, a word of validity, a title; page.valueList), not
// the dates or the topic, so the property "every field comes back" does not
// hold for them. parse/internal/page's tests read such lists.
//
// HTML pages:
//   - html-table2: <table> rows of two cells, label and value (<td>, <th>,
//     <b> around the label, colon or none).
//   - html-table4: rows of four cells, a long value (the title, the summary)
//     in a colspan="3" cell.
//   - html-transposed: a row of labels and under it the row of their values,
//     three or four columns.
//   - html-dl: <dl><dt>label</dt><dd>value</dd></dl>.
//   - html-dd-label: <dl><dd><label>label：</label><div>value</div></dd></dl>.
//   - html-ul: <ul><li>label：value</li></ul>, the value in a <span> or not.
//
// Around the header every page has some furniture drawn at random: a site
// name (某某县人民政府), a breadcrumb trail (当前位置：首页 > 政务公开 >
// 通知公告), page UI (浏览次数：123, 字号：大 中 小, 【打印】【关闭】), a share
// bar (分享到：微信 微博); an HTML page also a <title>, a footer. The title
// stands in the header, above it, below it (an HTML heading), or both. The
// body is paragraphs (blank lines between them or not, indented or not) or,
// on a text page, one line flattened from them (the feature "flat-body").
//
// Every random choice that shapes a page is recorded as a feature of the
// case ("colon-none", "empty-then-label", "title-below", "no-docnumber" …),
// so that a known miss names the combination that fails, not a whole
// family. A case is a function of its family and its number alone (a PCG
// seeded with both), so a failure names a page that can be made again.
//
// go test ./parse renders and parses lgCasesPerFamily (800) cases per
// family, 13,600 in all, in about 3 s; under the race detector a tenth.

import (
	"fmt"
	"hash/fnv"
	"html"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/vocab"
	"github.com/govnotice/govnotice/variant"
)

// lgField is a header field of a generated record.
type lgField int

const (
	lgIndex lgField = iota
	lgTitle
	lgDocNumber
	lgPublisher
	lgSource
	lgTopic
	lgCollection
	lgGenre
	lgCreated
	lgPublished
	lgEffective
	lgAbolished
	lgValidity
	lgKeywords
	lgSummary
	lgExtra // a known label without a field
	lgNumFields
)

// lgLabels are the canonical alternative labels of each field in the
// vocabulary.
var lgLabels = [lgNumFields][]string{
	lgIndex:      {"索引号", "信息索引号", "索引码"},
	lgTitle:      {"标题", "信息名称", "名称", "公文名称", "文件名称"},
	lgDocNumber:  {"文号", "发文字号", "文件编号"},
	lgPublisher:  {"发布机构", "发文机关", "发文单位", "发文机构", "发布单位", "责任部门"},
	lgSource:     {"来源", "信息来源", "文章来源"},
	lgTopic:      {"主题分类", "分类", "内容分类"},
	lgCollection: {"组配分类", "信息分类", "公开目录", "目录分类"},
	lgGenre:      {"体裁分类", "公文种类", "文种"},
	lgCreated:    {"生成日期", "成文日期", "发文日期", "印发日期", "成文时间"},
	lgPublished:  {"发布日期", "公开日期", "发布时间"},
	lgEffective:  {"生效日期", "实施日期", "施行日期", "生效时间"},
	lgAbolished:  {"废止日期", "失效日期", "废止时间"},
	lgValidity:   {"有效性", "效力状态", "时效性", "公文时效"},
	lgKeywords:   {"关键词", "主题词"},
	lgSummary:    {"内容概览", "内容概述", "摘要"},
	lgExtra:      {"公开方式", "公开范围", "公开时限"},
}

// lgDate reports a date field.
func lgDate(f lgField) bool {
	return f == lgCreated || f == lgPublished || f == lgEffective || f == lgAbolished
}

// lgKeys name the fields in features (no-docnumber, empty-summary).
var lgKeys = [lgNumFields]string{
	lgIndex: "index", lgTitle: "title", lgDocNumber: "docnumber", lgPublisher: "publisher",
	lgSource: "source", lgTopic: "topic", lgCollection: "collection", lgGenre: "genre",
	lgCreated: "created", lgPublished: "published", lgEffective: "effective", lgAbolished: "abolished",
	lgValidity: "validity", lgKeywords: "keywords", lgSummary: "summary", lgExtra: "extra",
}

// Pools of values.
var (
	lgPlaces     = []string{"太湖县", "万载县", "镇巴县", "栖霞区", "封丘县", "平潭县", "南县", "龙泉市", "肥西县", "容桂街道"}
	lgShortPlace = map[string]string{"太湖县": "太", "万载县": "万", "镇巴县": "镇", "栖霞区": "栖", "封丘县": "封",
		"平潭县": "岚", "南县": "南", "龙泉市": "龙", "肥西县": "肥", "容桂街道": "容"}
	lgBodies      = []string{"人民政府办公室", "人民政府", "教育局", "财政局", "统计局", "应急管理局", "卫生健康委员会", "农业农村局"}
	lgIssuers     = []string{"政办发", "政发", "政办", "财预", "教发", "应急", "卫健发"}
	lgSources     = []string{"本站", "县政府办公室", "融媒体中心", "区政府办", "统计局"}
	lgTopics      = []string{"综合政务\\其他", "综合政务", "城乡建设、环境保护\\其他", "卫生、体育\\卫生", "财政、金融、审计\\财政", "教育\\其他", "综合政务\\政务公开"}
	lgCollections = []string{"区政府全体会议", "规范性文件发布", "政策文件", "通知公告", "部门文件", "计划总结", "统计信息"}
	lgGenres      = []string{"通知", "其他", "意见", "公告", "决定", "方案", "报告"}
	lgValidities  = []string{"有效", "失效", "现行有效"}
	lgKeywordPool = []string{"全体会议", "防汛", "安全生产", "乡村振兴", "教育", "财政预算", "政务公开", "统计", "卫生健康", "应急管理"}
	lgSummaries   = []string{"部署全县2024年防汛抗旱工作", "明确县政府工作规则和议事程序", "公布2023年度财政预算执行情况",
		"通报全区安全生产大检查情况", "印发乡村振兴重点工作任务清单"}
	lgTitleDo    = []string{"做好", "开展", "进一步加强", "印发", "切实做好"}
	lgTitleWhat  = []string{"2024年防汛抗旱工作", "安全生产大检查", "《县政府工作规则》", "春季学校安全工作", "2025年度财政预算编制工作", "乡村振兴重点工作任务"}
	lgTitleGenre = []string{"通知", "意见", "实施方案", "通告"}
	lgNewsTitles = []string{"召开2024年安全生产工作会议", "2023年国民经济和社会发展统计公报", "开展春季植树造林活动", "举行应急救援综合演练"}
	lgProse      = []string{
		"为切实做好今年防汛抗旱工作，确保人民群众生命财产安全，现将有关事项通知如下。",
		"各乡镇、各部门要高度重视，压实工作责任，加强监测预警，及时排查整治各类风险隐患。",
		"会议强调，要坚持以人民为中心的发展思想，统筹发展和安全，扎实推进各项工作落地见效。",
		"全年实现地区生产总值262.6亿元，按可比价格计算，同比增长5.3%。",
		"请各单位于每月5日前将工作进展情况报送县政府办公室。",
		"本次活动共有三百余名干部群众参加，栽植各类苗木一万余株。",
		"下一步，全县将持续深化改革，优化营商环境，推动经济社会高质量发展。",
		"演练模拟了山体滑坡、道路塌方等险情，检验了各部门协同处置能力。",
	}
	lgExtraValues = map[string][]string{
		"公开方式": {"主动公开", "依申请公开"},
		"公开范围": {"面向全社会", "全社会"},
		"公开时限": {"常年公开", "长期公开"},
	}
)

// lgPair is one pair of a generated header.
type lgPair struct {
	field lgField
	label string // compact canonical label
	value string // the value as written; "" for a label without value
}

// lgRecord is a generated record: its header pairs in page order, its
// title and where it stands, its article.
type lgRecord struct {
	pairs []lgPair
	title string
	// titleInHeader: the title is a header pair; titleAbove, titleBelow: it
	// stands on its own line above or below the header.
	titleInHeader, titleAbove, titleBelow bool
	body                                  []string
	want                                  lgView
}

// lgView is the projection of a record that the property compares.
type lgView struct {
	IndexNumber, Title, DocNumber, Publisher, Source, Topic, Collection, Genre string
	Created, Published, Effective, Abolished, Validity                         string
	Keywords                                                                   []string
	Summary                                                                    string
	Extra                                                                      []notice.Field
	Body                                                                       []string
}

// clearDate empties the date field f.
func (w *lgView) clearDate(f lgField) {
	switch f {
	case lgCreated:
		w.Created = ""
	case lgPublished:
		w.Published = ""
	case lgEffective:
		w.Effective = ""
	case lgAbolished:
		w.Abolished = ""
	}
}

// lgGen draws the random choices of one case and records them as features.
type lgGen struct {
	r     *rand.Rand
	feats map[string]bool
}

func (g *lgGen) feat(name string)        { g.feats[name] = true }
func (g *lgGen) chance(p float64) bool   { return g.r.Float64() < p }
func (g *lgGen) intn(n int) int          { return g.r.IntN(n) }
func (g *lgGen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }
func (g *lgGen) pickf(name string, xs []string) string {
	i := g.r.IntN(len(xs))
	g.feat(fmt.Sprintf("%s-%d", name, i))
	return xs[i]
}

// features returns the case's features, sorted.
func (g *lgGen) features() []string {
	var out []string
	for f := range g.feats {
		out = append(out, f)
	}
	slices.Sort(out)
	return out
}

// indexNumber draws an index number in one of the known shapes.
func (g *lgGen) indexNumber() string {
	digits := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteByte(byte('0' + g.intn(10)))
		}
		return b.String()
	}
	var org string
	switch g.intn(4) {
	case 0:
		org = digits(9) // 013033899
	case 1:
		org = digits(9) + string(rune('A'+g.intn(26))) // 014742224A
	case 2:
		org = digits(17) + string(rune('A'+g.intn(26))) // 11220000013544357T
	default:
		org = digits(10) // 6107280000
	}
	year := fmt.Sprint(2015 + g.intn(11))
	if g.chance(0.2) {
		year += fmt.Sprintf("%02d", 1+g.intn(12)) // 201901
	}
	sep := "/"
	if g.chance(0.15) {
		sep = "-"
	}
	return org + sep + year + "-" + digits(5+g.intn(3))
}

// date draws a date and writes it in one of the forms pages use; it
// returns the text and the date as Date.String writes it.
func (g *lgGen) date(withTime bool) (text, want string) {
	d := notice.Date{Year: 2015 + g.intn(11), Month: 1 + g.intn(12), Day: 1 + g.intn(28)}
	switch g.intn(4) {
	case 0:
		text = fmt.Sprintf("%d年%d月%d日", d.Year, d.Month, d.Day)
	case 1:
		text = fmt.Sprintf("%d年%02d月%02d日", d.Year, d.Month, d.Day)
	case 2:
		text = fmt.Sprintf("%d/%02d/%02d", d.Year, d.Month, d.Day)
	default:
		text = fmt.Sprintf("%d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	if withTime {
		g.feat("time")
		d.HasTime, d.Hour, d.Minute = true, g.intn(24), g.intn(60)
		if g.chance(0.5) {
			d.Second = g.intn(60)
			text += fmt.Sprintf(" %02d:%02d:%02d", d.Hour, d.Minute, d.Second)
		} else {
			text += fmt.Sprintf(" %02d:%02d", d.Hour, d.Minute)
		}
	}
	return text, d.String()
}

// record draws a record.
func (g *lgGen) record() *lgRecord {
	rec := &lgRecord{}
	place := g.pick(lgPlaces)
	year := 2015 + g.intn(11)
	if g.chance(0.75) {
		rec.title = "关于" + g.pick(lgTitleDo) + g.pick(lgTitleWhat) + "的" + g.pick(lgTitleGenre)
		if g.chance(0.3) {
			rec.title = place + lgBodies[1] + rec.title
		}
	} else {
		g.feat("news-title")
		rec.title = place + g.pick(lgNewsTitles)
	}
	w := &rec.want
	add := func(f lgField, value string) {
		rec.pairs = append(rec.pairs, lgPair{field: f, label: g.pick(lgLabels[f]), value: value})
	}
	// Each field is absent (20%), present and empty (15%), or set.
	for f := lgIndex; f < lgExtra; f++ {
		if f == lgTitle {
			continue // below
		}
		switch x := g.r.Float64(); {
		case x < 0.2:
			g.feat("no-" + lgKeys[f])
			continue
		case x < 0.35:
			g.feat("empty")
			g.feat("no-" + lgKeys[f])
			g.feat("empty-" + lgKeys[f])
			add(f, "")
			continue
		}
		var v string
		switch f {
		case lgIndex:
			v = g.indexNumber()
			w.IndexNumber = v
		case lgDocNumber:
			n := fmt.Sprint(1 + g.intn(150))
			v = lgShortPlace[place] + g.pick(lgIssuers) + "〔" + fmt.Sprint(year) + "〕" + n + "号"
			w.DocNumber = v
			if g.chance(0.15) {
				g.feat("docnumber-ascii-brackets")
				v = strings.NewReplacer("〔", "[", "〕", "]").Replace(v)
			}
		case lgPublisher:
			v = place + g.pick(lgBodies)
			w.Publisher = v
		case lgSource:
			v = g.pick(lgSources)
			w.Source = v
		case lgTopic:
			v = g.pick(lgTopics)
			w.Topic = v
		case lgCollection:
			v = g.pick(lgCollections)
			w.Collection = v
		case lgGenre:
			v = g.pick(lgGenres)
			w.Genre = v
		case lgCreated:
			v, w.Created = g.date(false)
		case lgPublished:
			v, w.Published = g.date(g.chance(0.4))
		case lgEffective:
			v, w.Effective = g.date(false)
		case lgAbolished:
			v, w.Abolished = g.date(false)
		case lgValidity:
			v = g.pick(lgValidities)
			w.Validity = v
		case lgKeywords:
			n := 1 + g.intn(3)
			kw := slices.Clone(lgKeywordPool)
			g.r.Shuffle(len(kw), func(i, j int) { kw[i], kw[j] = kw[j], kw[i] })
			w.Keywords = kw[:n]
			sep := []string{" ", "，", "、", ";"}[g.intn(4)]
			v = strings.Join(w.Keywords, sep)
		case lgSummary:
			v = g.pick(lgSummaries)
			if g.chance(0.3) {
				g.feat("summary-sentence")
				v += "。"
			}
			w.Summary = v
		}
		add(f, v)
	}
	// The title: in the header, on its own line above or below it, or both.
	switch g.intn(6) {
	case 0:
		rec.titleInHeader = true
	case 1:
		rec.titleInHeader, rec.titleAbove = true, true
	case 2:
		rec.titleInHeader, rec.titleBelow = true, true
	case 3:
		rec.titleAbove = true
	case 4:
		rec.titleBelow = true
	default:
		rec.titleAbove, rec.titleBelow = true, true
	}
	w.Title = rec.title
	if rec.titleInHeader {
		g.feat("title-header")
		pos := g.intn(len(rec.pairs) + 1)
		rec.pairs = slices.Insert(rec.pairs, pos, lgPair{field: lgTitle, label: g.pick(lgLabels[lgTitle]), value: rec.title})
	}
	if rec.titleAbove {
		g.feat("title-above")
	}
	if rec.titleBelow {
		g.feat("title-below")
	}
	// Labels without a field.
	if g.chance(0.3) {
		g.feat("extra")
		for _, l := range lgLabels[lgExtra][:1+g.intn(len(lgLabels[lgExtra]))] {
			v := g.pick(lgExtraValues[l])
			pos := g.intn(len(rec.pairs) + 1)
			rec.pairs = slices.Insert(rec.pairs, pos, lgPair{field: lgExtra, label: l, value: v})
		}
	}
	if g.chance(0.5) {
		g.feat("shuffled")
		g.r.Shuffle(len(rec.pairs), func(i, j int) { rec.pairs[i], rec.pairs[j] = rec.pairs[j], rec.pairs[i] })
	}
	// Extra follows page order.
	for _, p := range rec.pairs {
		if p.field == lgExtra {
			w.Extra = append(w.Extra, notice.Field{Label: p.label, Value: p.value})
		}
	}
	prose := slices.Clone(lgProse)
	g.r.Shuffle(len(prose), func(i, j int) { prose[i], prose[j] = prose[j], prose[i] })
	rec.body = prose[:2+g.intn(3)]
	if g.chance(0.25) {
		g.feat("long-body")
		rec.body = prose[:6+g.intn(3)]
	}
	w.Body = rec.body
	return rec
}

// spaced writes a label letter-spaced, as pages align labels of different
// lengths: 索 引 号, 标　　题, 文      号.
func (g *lgGen) spaced(label string) string {
	runes := []rune(label)
	switch {
	case len(runes) == 2:
		sep := []string{"　　", "  ", "      ", "\u00a0\u00a0"}[g.intn(4)]
		return string(runes[0]) + sep + string(runes[1])
	case len(runes) <= 4:
		sep := []string{" ", "　", "\u00a0", "\u2002"}[g.intn(4)]
		parts := make([]string, len(runes))
		for i, r := range runes {
			parts[i] = string(r)
		}
		return strings.Join(parts, sep)
	}
	return label
}

// lgStyle is how one page writes its labels.
type lgStyle struct {
	colon  string // "：", ":" or ""
	spaced bool
}

// style draws the label style of a page; colons lists the colons the
// family allows.
func (g *lgGen) style(colons ...string) lgStyle {
	s := lgStyle{colon: colons[g.intn(len(colons))]}
	switch s.colon {
	case "：":
		g.feat("colon-full")
	case ":":
		g.feat("colon-ascii")
	default:
		g.feat("colon-none")
	}
	if g.chance(0.4) {
		g.feat("spaced")
		s.spaced = true
	}
	return s
}

// label writes a label in the page's style.
func (g *lgGen) label(s lgStyle, l string) string {
	if s.spaced {
		l = g.spaced(l)
	}
	return l + s.colon
}

// lgLong reports a value that pages give a row of its own.
func lgLong(p lgPair) bool {
	return p.field == lgTitle || p.field == lgSummary || len([]rune(p.value)) > 24
}

// ---- text pages ----

// textPage puts the header lines of a text page among its furniture, the
// title and the article.
func (g *lgGen) textPage(rec *lgRecord, header []string) string {
	var lines []string
	if g.chance(0.3) {
		g.feat("site-name")
		// A banner that cannot start a title: a line 某某县人民政府 right
		// above a title line may be the title's first line.
		banners := []string{"人民政府门户网站", "人民政府网", "政府信息公开网"}
		if !rec.titleAbove {
			banners = append(banners, "人民政府")
		}
		lines = append(lines, g.pick(lgPlaces)+g.pick(banners))
	}
	if g.chance(0.5) {
		g.feat("breadcrumb")
		lines = append(lines, g.pick([]string{
			"当前位置：首页 > 政务公开 > 通知公告",
			"首页 > 政务公开 > 政策文件",
			"您当前所在位置： 首页>政务公开>部门信息公开目录>法定主动公开内容",
			"首页 > 信息公开 > 工作动态",
		}))
	}
	if g.chance(0.2) {
		g.feat("ui-above")
		lines = append(lines, g.pick([]string{"字号：大 中 小", "【打印】【关闭】", "返回顶部"}))
	}
	if rec.titleAbove {
		lines = append(lines, rec.title)
		if g.chance(0.3) {
			lines = append(lines, "")
		}
	}
	lines = append(lines, header...)
	if g.chance(0.3) {
		g.feat("ui-between")
		lines = append(lines, g.pick([]string{"浏览次数：123", "访问量：1632", "浏览次数：590 字号：大 中 小", "【打印本页】【关闭窗口】"}))
	}
	if g.chance(0.5) {
		lines = append(lines, "")
	}
	if rec.titleBelow {
		lines = append(lines, rec.title)
		if g.chance(0.5) {
			lines = append(lines, "")
		}
	}
	if g.chance(0.2) {
		g.feat("flat-body")
		lines = append(lines, strings.Join(rec.body, ""))
		rec.want.Body = []string{strings.Join(rec.body, "")}
	} else {
		indent := []string{"", "　　", "  "}[g.intn(3)]
		blank := g.chance(0.5)
		for _, p := range rec.body {
			lines = append(lines, indent+p)
			if blank {
				lines = append(lines, "")
			}
		}
	}
	if g.chance(0.4) {
		g.feat("ui-after")
		lines = append(lines, "", g.pick([]string{"【打印本页】【关闭窗口】", "分享到：", "分享到：微信 微博 QQ空间", "扫一扫在手机打开当前页", "打印 关闭"}))
	}
	return strings.Join(lines, "\n") + "\n"
}

// rowsOf groups the pairs of a header into rows of at most per pairs, a long
// value on a row of its own.
func (g *lgGen) rowsOf(pairs []lgPair, per int) [][]lgPair {
	var rows [][]lgPair
	var cur []lgPair
	flush := func() {
		if len(cur) > 0 {
			rows = append(rows, cur)
			cur = nil
		}
	}
	for _, p := range pairs {
		if lgLong(p) && per > 1 {
			flush()
			rows = append(rows, []lgPair{p})
			continue
		}
		cur = append(cur, p)
		if len(cur) == per {
			flush()
		}
	}
	flush()
	return rows
}

// pipeRows renders pipe rows: outer bars or not, empty cells kept or
// dropped (shifted).
func (g *lgGen) pipeRows(rec *lgRecord, outer, shifted bool) []string {
	s := g.style("：", ":", "")
	per := 2
	if !shifted && g.chance(0.3) {
		g.feat("one-pair-rows")
		per = 1
	}
	var lines []string
	for _, row := range g.rowsOf(rec.pairs, per) {
		var cells []string
		for _, p := range row {
			cells = append(cells, g.label(s, p.label))
			if p.value != "" || !shifted {
				cells = append(cells, p.value)
			}
		}
		if shifted {
			// Pad the row to its width: four cells, or two and an empty
			// pair for a row of one.
			width := 4
			for len(cells) < width {
				cells = append(cells, "")
			}
		}
		var b strings.Builder
		if outer {
			b.WriteString("| ")
		}
		for i, c := range cells {
			if i > 0 {
				b.WriteString(" | ")
			}
			b.WriteString(c)
		}
		switch {
		case shifted:
			b.WriteString(" |")
		case outer:
			b.WriteString(" |")
			if len(row) == 1 && per > 1 && g.chance(0.5) {
				g.feat("bar-tail")
				b.WriteString("|")
			}
		default:
			if g.chance(0.3) {
				g.feat("bar-tail")
				b.WriteString(" ||")
			}
		}
		line := b.String()
		if shifted && g.chance(0.7) {
			// Scrapers write empty cells without their spaces: | a | ||.
			line = strings.ReplaceAll(line, " |  |", " ||")
			line = strings.ReplaceAll(line, "||  |", "|||")
		}
		lines = append(lines, line)
	}
	return lines
}

// labelLines renders label lines: per pairs a line at most.
func (g *lgGen) labelLines(rec *lgRecord, s lgStyle, per int) []string {
	var lines []string
	for _, row := range g.rowsOf(rec.pairs, per) {
		var parts []string
		for k, p := range row {
			part := g.label(s, p.label)
			if p.value != "" {
				sep := ""
				if s.colon == "" || g.chance(0.5) {
					sep = []string{" ", "  ", "　"}[g.intn(3)]
				}
				part += sep + p.value
			} else if k < len(row)-1 {
				g.feat("empty-then-label")
			}
			parts = append(parts, part)
		}
		sep := []string{" ", "   ", "　　", "\t"}[g.intn(4)]
		lines = append(lines, strings.Join(parts, sep))
	}
	return lines
}

func lgPipeBars(g *lgGen, rec *lgRecord) string {
	return g.textPage(rec, g.pipeRows(rec, true, false))
}

func lgPipeBare(g *lgGen, rec *lgRecord) string {
	return g.textPage(rec, g.pipeRows(rec, false, false))
}

func lgPipeShifted(g *lgGen, rec *lgRecord) string {
	return g.textPage(rec, g.pipeRows(rec, true, true))
}

// lgPipeTransposed writes a row of labels and under it the row of their
// values, three or four columns, with outer bars or without.
func lgPipeTransposed(g *lgGen, rec *lgRecord) string {
	s := g.style("：", "")
	outer := g.chance(0.5)
	if outer {
		g.feat("outer-bars")
	}
	cols := 3 + g.intn(2)
	row := func(cells []string) string {
		line := strings.Join(cells, " | ") + " |"
		if outer {
			line = "| " + line
		}
		return line
	}
	var lines []string
	for i := 0; i < len(rec.pairs); i += cols {
		end := min(i+cols, len(rec.pairs))
		if len(rec.pairs)-end == 1 {
			end++ // no column alone: a last pair joins the row before
		}
		var labels, values []string
		for _, p := range rec.pairs[i:end] {
			labels = append(labels, g.label(s, p.label))
			values = append(values, p.value)
		}
		lines = append(lines, row(labels), row(values))
		i = end - cols
	}
	return g.textPage(rec, lines)
}

func lgLinesOne(g *lgGen, rec *lgRecord) string {
	return g.textPage(rec, g.labelLines(rec, g.style("：", ":"), 1))
}

func lgLinesMulti(g *lgGen, rec *lgRecord) string {
	return g.textPage(rec, g.labelLines(rec, g.style("：", ":"), 2+g.intn(2)))
}

func lgLinesNoColon(g *lgGen, rec *lgRecord) string {
	return g.textPage(rec, g.labelLines(rec, g.style(""), 1+g.intn(3)))
}

func lgLinesAlternating(g *lgGen, rec *lgRecord) string {
	s := g.style("：", ":", "")
	if rec.titleBelow && g.chance(0.3) {
		// Make the case below common: a date label without value last.
		if i := slices.IndexFunc(rec.pairs, func(p lgPair) bool { return lgDate(p.field) }); i >= 0 {
			p := rec.pairs[i]
			p.value = ""
			rec.want.clearDate(p.field)
			rec.pairs = append(slices.Delete(rec.pairs, i, i+1), p)
		}
	}
	// A label without value right above the title line (文 号 followed by
	// the title) is ambiguous, 发文机构 above a news item's title, but for a
	// date label, whose value must be a date: the others move to the top.
	for moved := 0; rec.titleBelow && moved < len(rec.pairs); moved++ {
		n := len(rec.pairs)
		if last := rec.pairs[n-1]; last.value == "" && !lgDate(last.field) {
			rec.pairs = append([]lgPair{last}, rec.pairs[:n-1]...)
			continue
		}
		if rec.pairs[n-1].value == "" {
			g.feat("empty-last-date")
		}
		break
	}
	// A sentence under the last label with the article right under it reads
	// as an empty label and the article's first sentence: it is the same
	// text. With no title line between them, the sentence moves to the top.
	if n := len(rec.pairs); n > 1 && !rec.titleBelow && strings.HasSuffix(rec.pairs[n-1].value, "。") {
		rec.pairs = append([]lgPair{rec.pairs[n-1]}, rec.pairs[:n-1]...)
	}
	if n := len(rec.pairs); n > 0 {
		last := rec.pairs[n-1]
		if vocab.EndsInGenre(last.value) {
			g.feat("last-value-genre")
		}
		g.feat("last-" + lgKeys[last.field])
	}
	var lines []string
	for i, p := range rec.pairs {
		lines = append(lines, g.label(s, p.label))
		if p.value != "" {
			lines = append(lines, p.value)
		} else if i < len(rec.pairs)-1 {
			g.feat("empty-then-label")
		} else {
			g.feat("empty-last")
		}
	}
	return g.textPage(rec, lines)
}

func lgBulletsIndented(g *lgGen, rec *lgRecord) string {
	s := g.style("：", ":")
	bullet := g.pickf("bullet", []string{"•", "●", "·"})
	var lines []string
	for _, p := range rec.pairs {
		lines = append(lines, "  "+bullet+" "+g.label(s, p.label), "")
		if p.value != "" {
			lines = append(lines, "    "+p.value)
		} else {
			g.feat("empty-then-label")
		}
	}
	return g.textPage(rec, lines)
}

func lgBulletsDash(g *lgGen, rec *lgRecord) string {
	s := g.style("：", ":")
	bullet := g.pickf("bullet", []string{"-", "·", "●", "*"})
	var lines []string
	for _, p := range rec.pairs {
		l := bullet + " " + g.label(s, p.label)
		if p.value != "" {
			l += " " + p.value
		}
		lines = append(lines, l)
	}
	return g.textPage(rec, lines)
}

// lgLinesThenList renders the header twice, as templates do that print it
// for wide and for narrow screens: label lines with values beside their
// labels, then a list of the same pairs, each label an item and its value
// either the next item (• 索引号 / • v) or indented under it after a blank
// line. The list leaves out the summary, a sentence, as such lists do. Its
// pairs repeat the header's: those of a filled field, and those without a
// field, go to Extra in page order.
func lgLinesThenList(g *lgGen, rec *lgRecord) string {
	s := g.style("：", ":")
	lines := g.labelLines(rec, s, 2+g.intn(2))
	items := g.chance(0.5)
	if items {
		g.feat("list-items")
	} else {
		g.feat("list-indented")
	}
	bullet := g.pickf("bullet", []string{"•", "●", "·"})
	for _, p := range rec.pairs {
		if p.field == lgSummary {
			continue
		}
		if items {
			lines = append(lines, "  "+bullet+" "+p.label)
			if p.value != "" {
				lines = append(lines, "  "+bullet+" "+p.value)
			}
		} else {
			lines = append(lines, "  "+bullet+" "+p.label+s.colon, "")
			if p.value != "" {
				lines = append(lines, "    "+p.value, "")
			}
		}
		if p.field == lgExtra || p.value != "" {
			rec.want.Extra = append(rec.want.Extra, notice.Field{Label: p.label, Value: lgCanonical(p.value)})
		}
	}
	return g.textPage(rec, lines)
}

// lgCanonical returns the canonical text of v, as a record keeps a value
// it does not read into a field (统计;防汛 is 统计；防汛).
func lgCanonical(v string) string {
	r, err := variant.Canonical([]byte(v), variant.Options{})
	if err != nil {
		return v
	}
	return strings.TrimSpace(string(r.Text))
}

func lgBulletsNumbered(g *lgGen, rec *lgRecord) string {
	num := g.pickf("number", []string{"%d. ", "%d、", "(%d) ", "%d）"})
	brackets := g.pickf("brackets", []string{"[]", "【】", "［］"})
	open, close := string([]rune(brackets)[0]), string([]rune(brackets)[1])
	spaced := g.chance(0.3)
	if spaced {
		g.feat("spaced")
	}
	var lines []string
	for i, p := range rec.pairs {
		l := p.label
		if spaced {
			l = g.spaced(l)
		}
		line := fmt.Sprintf(num, i+1) + open + l + close
		if p.value != "" {
			line += " " + p.value
		}
		lines = append(lines, line)
	}
	return g.textPage(rec, lines)
}

// ---- HTML pages ----

// htmlPage puts the header of an HTML page among its furniture, the title
// and the article.
func (g *lgGen) htmlPage(rec *lgRecord, header string) string {
	esc := html.EscapeString
	var b strings.Builder
	site := g.pick(lgPlaces) + "人民政府"
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">")
	switch g.intn(3) {
	case 0:
		g.feat("title-tag")
		b.WriteString("<title>" + esc(rec.title) + "_通知公告_" + site + "</title>")
	case 1:
		b.WriteString("<title>" + site + "</title>")
	}
	b.WriteString("</head>\n<body>\n")
	if g.chance(0.5) {
		g.feat("site-name")
		b.WriteString("<div class=\"top\"><div class=\"logo\">" + site + "</div></div>\n")
	}
	if g.chance(0.6) {
		g.feat("breadcrumb")
		b.WriteString("<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt; <a href=\"/zwgk/tzgg/\">通知公告</a></div>\n")
	}
	if rec.titleAbove {
		b.WriteString("<h1>" + esc(rec.title) + "</h1>\n")
	}
	b.WriteString(header)
	b.WriteString("\n")
	if rec.titleBelow {
		h := [][2]string{{`<h1 class="article-title">`, "</h1>"}, {"<h2>", "</h2>"}, {`<div class="title">`, "</div>"}}[g.intn(3)]
		b.WriteString(h[0] + esc(rec.title) + h[1] + "\n")
	}
	if g.chance(0.5) {
		g.feat("ui-between")
		b.WriteString("<div class=\"tools\"><span>浏览次数：<em>123</em></span> <span>字号：<a>大</a> <a>中</a> <a>小</a></span> <a>打印</a> <a>关闭</a></div>\n")
	}
	container := g.pickf("container", []string{`id="zoom"`, `class="TRS_Editor"`, `class="article-content"`, `class="content"`})
	b.WriteString("<div " + container + ">\n")
	for _, p := range rec.body {
		b.WriteString("<p>　　" + esc(p) + "</p>\n")
	}
	b.WriteString("</div>\n")
	if g.chance(0.5) {
		g.feat("share-bar")
		b.WriteString("<div class=\"share\">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>\n")
	}
	if g.chance(0.5) {
		g.feat("footer")
		b.WriteString("<div class=\"footer\"><p>主办单位：" + site + "办公室</p><p>网站标识码：3412000001</p></div>\n")
	}
	b.WriteString("</body></html>\n")
	return b.String()
}

// htmlLabel writes a label as an HTML page may: colon or not, letter-spaced
// or not.
func (g *lgGen) htmlLabel(s lgStyle, l string) string {
	return html.EscapeString(g.label(s, l))
}

func lgHTMLTable2(g *lgGen, rec *lgRecord) string {
	s := g.style("：", ":", "")
	cell := g.pickf("label-cell", []string{"<td>%s</td>", "<th>%s</th>", "<td><b>%s</b></td>", "<td class=\"label\"><span>%s</span></td>"})
	var b strings.Builder
	b.WriteString("<table class=\"xxgk\"><tbody>\n")
	for _, p := range rec.pairs {
		b.WriteString("<tr>" + fmt.Sprintf(cell, g.htmlLabel(s, p.label)) + "<td>" + html.EscapeString(p.value) + "</td></tr>\n")
	}
	b.WriteString("</tbody></table>")
	return g.htmlPage(rec, b.String())
}

func lgHTMLTable4(g *lgGen, rec *lgRecord) string {
	s := g.style("：", ":", "")
	var b strings.Builder
	b.WriteString("<table class=\"xxgk_table\" width=\"100%\">\n")
	for _, row := range g.rowsOf(rec.pairs, 2) {
		b.WriteString("<tr>")
		for _, p := range row {
			b.WriteString("<td class=\"t\">" + g.htmlLabel(s, p.label) + "</td>")
			if len(row) == 1 {
				g.feat("colspan")
				b.WriteString("<td colspan=\"3\">" + html.EscapeString(p.value) + "</td>")
			} else {
				b.WriteString("<td>" + html.EscapeString(p.value) + "</td>")
			}
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>")
	return g.htmlPage(rec, b.String())
}

func lgHTMLTransposed(g *lgGen, rec *lgRecord) string {
	s := g.style("：", "")
	cols := 3 + g.intn(2)
	var b strings.Builder
	b.WriteString("<table class=\"info\">\n")
	for i := 0; i < len(rec.pairs); i += cols {
		end := min(i+cols, len(rec.pairs))
		if len(rec.pairs)-end == 1 {
			end++ // no column alone: a last pair joins the row before
		}
		row := rec.pairs[i:end]
		i = end - cols
		b.WriteString("<tr>")
		for _, p := range row {
			b.WriteString("<th>" + g.htmlLabel(s, p.label) + "</th>")
		}
		b.WriteString("</tr>\n<tr>")
		for _, p := range row {
			b.WriteString("<td>" + html.EscapeString(p.value) + "</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</table>")
	return g.htmlPage(rec, b.String())
}

func lgHTMLDl(g *lgGen, rec *lgRecord) string {
	s := g.style("：", ":", "")
	var b strings.Builder
	b.WriteString("<dl class=\"meta\">\n")
	for _, p := range rec.pairs {
		b.WriteString("<dt>" + g.htmlLabel(s, p.label) + "</dt><dd>" + html.EscapeString(p.value) + "</dd>\n")
	}
	b.WriteString("</dl>")
	return g.htmlPage(rec, b.String())
}

func lgHTMLDdLabel(g *lgGen, rec *lgRecord) string {
	s := g.style("：", ":")
	inner := g.pickf("value-element", []string{"<div class=\"display-block\">%s</div>", "<span>%s</span>", "%s"})
	var b strings.Builder
	b.WriteString("<dl class=\"xxgk-info\">\n")
	for _, p := range rec.pairs {
		b.WriteString("<dd><label>" + g.htmlLabel(s, p.label) + "</label>" + fmt.Sprintf(inner, html.EscapeString(p.value)) + "</dd>\n")
	}
	b.WriteString("</dl>")
	return g.htmlPage(rec, b.String())
}

func lgHTMLUl(g *lgGen, rec *lgRecord) string {
	s := g.style("：", ":")
	inner := g.pickf("value-element", []string{"<span>%s</span>", "%s", "<font>%s</font>"})
	var b strings.Builder
	b.WriteString("<ul class=\"trt-row\">\n")
	for _, p := range rec.pairs {
		b.WriteString("<li>" + g.htmlLabel(s, p.label) + fmt.Sprintf(inner, html.EscapeString(p.value)) + "</li>\n")
	}
	b.WriteString("</ul>")
	return g.htmlPage(rec, b.String())
}

// lgFamily is one layout family: a name, whether its pages are HTML, and
// the function that renders a record into a page.
type lgFamily struct {
	name   string
	html   bool
	render func(g *lgGen, rec *lgRecord) string
}

// lgFamilies are the layout families, in one place.
var lgFamilies = []lgFamily{
	{name: "pipe-bars", render: lgPipeBars},
	{name: "pipe-bare", render: lgPipeBare},
	{name: "pipe-shifted", render: lgPipeShifted},
	{name: "pipe-transposed", render: lgPipeTransposed},
	{name: "lines-one", render: lgLinesOne},
	{name: "lines-multi", render: lgLinesMulti},
	{name: "lines-nocolon", render: lgLinesNoColon},
	{name: "lines-alternating", render: lgLinesAlternating},
	{name: "bullets-indented", render: lgBulletsIndented},
	{name: "bullets-dash", render: lgBulletsDash},
	{name: "bullets-numbered", render: lgBulletsNumbered},
	{name: "lines-then-list", render: lgLinesThenList},
	{name: "html-table2", html: true, render: lgHTMLTable2},
	{name: "html-table4", html: true, render: lgHTMLTable4},
	{name: "html-transposed", html: true, render: lgHTMLTransposed},
	{name: "html-dl", html: true, render: lgHTMLDl},
	{name: "html-dd-label", html: true, render: lgHTMLDdLabel},
	{name: "html-ul", html: true, render: lgHTMLUl},
}

// lgCase is one generated page and what the parser must read from it.
type lgCase struct {
	family string
	seq    int
	page   string
	want   lgView
	feats  []string
}

// lgGenerate renders case seq of family f, deterministically: the random
// source is seeded with the family's name and seq, so that adding a family
// changes no other family's cases.
func lgGenerate(f lgFamily, seq int) lgCase {
	h := fnv.New64a()
	h.Write([]byte(f.name))
	g := &lgGen{r: rand.New(rand.NewPCG(h.Sum64(), uint64(seq))), feats: map[string]bool{}}
	rec := g.record()
	page := f.render(g, rec)
	return lgCase{family: f.name, seq: seq, page: page, want: rec.want, feats: g.features()}
}
