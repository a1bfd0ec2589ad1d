// Package vocab is the one vocabulary of page labels: which words of a page
// are labels, and what each gives the record. Every reader (text, HTML) and
// the official-document stage ask it, so that a label means the same
// wherever it stands.
//
// A label has a role: it names a record [Field], it is a known label that
// holds no field ([RoleExtra]: its pair goes to the record's extra), or it
// is page furniture that looks like a label ([RoleUI]: 浏览次数, 字号,
// 当前位置), which never reaches the record. A word that has the shape of a
// label but is in no list is [RoleUnknown]; where its form marks it as a
// label (a colon after it, a table cell) it goes to extra too, so that
// nothing on a page is silently dropped.
//
// Labels are looked up in canonical form: Simplified, without white space,
// brackets, bullets or a final colon ([Compact]).
package vocab

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Role says what a label gives the record.
type Role uint8

const (
	// RoleNone: not a label at all.
	RoleNone Role = iota
	// RoleField: the label names a field of the record.
	RoleField
	// RoleExtra: a known label that holds no field of the record (公开方式,
	// 签发人); its pair goes to extra.
	RoleExtra
	// RoleUnknown: a word with the shape of a label that no list knows; where
	// its form marks it as a label, its pair goes to extra.
	RoleUnknown
	// RoleUI: page furniture that looks like a label (浏览次数, 字号,
	// 当前位置); it never reaches the record.
	RoleUI
)

// Field is a field of the record that a label can fill.
type Field uint8

const (
	NoField Field = iota
	IndexNumber
	Title
	DocNumber
	Publisher
	Source
	Topic
	Collection
	Genre
	Created
	Published
	Effective
	Abolished
	Validity
	Keywords
	Summary
	Link
	Attachments
	// Responsible is 责任部门: the publisher only when no publisher label is
	// in the header, else an extra pair.
	Responsible
)

// keys are the JSON keys of the fields, by Field.
var keys = [...]string{
	NoField: "", IndexNumber: "index_number", Title: "title", DocNumber: "doc_number",
	Publisher: "publisher", Source: "source", Topic: "topic", Collection: "collection",
	Genre: "genre", Created: "created", Published: "published", Effective: "effective",
	Abolished: "abolished", Validity: "validity", Keywords: "keywords", Summary: "summary",
	Link: "link", Attachments: "attachments", Responsible: "publisher",
}

// Key returns the field's JSON key ("publisher" for Responsible), or "" for
// NoField.
func (f Field) Key() string {
	if int(f) < len(keys) {
		return keys[f]
	}
	return ""
}

// FieldByKey returns the field of a JSON key, and whether there is one.
// Responsible has no key of its own.
func FieldByKey(key string) (Field, bool) {
	for f, k := range keys {
		if k == key && Field(f) != Responsible && key != "" {
			return Field(f), true
		}
	}
	return NoField, false
}

// Label is what the vocabulary knows of a label.
type Label struct {
	Role  Role
	Field Field // for RoleField
}

// IsLabel reports whether l is a label at all.
func (l Label) IsLabel() bool { return l.Role != RoleNone }

// Known reports whether l is a label of the lists that may start a metadata
// header: a field or a known extra label, not page UI or an unknown word.
func (l Label) Known() bool { return l.Role == RoleField || l.Role == RoleExtra }

// Of returns the Label of a field.
func Of(f Field) Label { return Label{Role: RoleField, Field: f} }

var (
	extra = Label{Role: RoleExtra}
	ui    = Label{Role: RoleUI}
)

// builtin maps canonical labels to what they are. Keys are Simplified,
// without white space or colon.
var builtin = map[string]Label{
	"索引号": Of(IndexNumber), "信息索引号": Of(IndexNumber), "索引码": Of(IndexNumber),
	"信息索引": Of(IndexNumber), "索取号": Of(IndexNumber), "信息索取号": Of(IndexNumber),

	"信息名称": Of(Title), "标题": Of(Title), "名称": Of(Title), "公文名称": Of(Title), "文件名称": Of(Title),
	"发文标题": Of(Title),
	// A citizen's letter and its reply (领导信箱, 12345): the letter's subject.
	"信件标题": Of(Title), "信件主题": Of(Title), "留言标题": Of(Title), "留言主题": Of(Title), "来信标题": Of(Title), "来信主题": Of(Title),

	"发布机构": Of(Publisher), "发文机关": Of(Publisher), "发文机构": Of(Publisher),
	"发文单位": Of(Publisher), "发布单位": Of(Publisher), "发布机关": Of(Publisher),
	// The labels of the law databases that republish documents (颁发部门,
	// 制定机关 …).
	"颁发部门": Of(Publisher), "制定机关": Of(Publisher), "发布部门": Of(Publisher), "发文部门": Of(Publisher),
	"颁布部门": Of(Publisher), "颁布单位": Of(Publisher), "颁布方": Of(Publisher), "颁布机关": Of(Publisher),
	"法规名称": Of(Title), "文件字号": Of(DocNumber), "法规分类": extra, "适用范围": extra, "转发字号": extra,
	"转发说明": extra, "法规来源": Of(Source), "执行日期": Of(Effective), "法规效力": Of(Validity),
	"法规级次": extra, "重要级别": extra, "法律效力": extra,
	"责任部门": Of(Responsible), "公开责任部门": Of(Responsible), "所属机构": Of(Responsible), "公开主体": Of(Responsible),

	"来源": Of(Source), "信息来源": Of(Source), "文章来源": Of(Source), "稿件来源": Of(Source), "文件来源": Of(Source),
	"来自": Of(Source), "摘自": Of(Source),

	"主题分类": Of(Topic), "分类": Of(Topic), "主题名称": Of(Topic), "内容分类": Of(Topic), "所属主题": Of(Topic), "主题": Of(Topic),

	"组配分类": Of(Collection), "信息分类": Of(Collection), "公开目录": Of(Collection),
	"目录分类": Of(Collection), "所属分类": Of(Collection), "信息种类": Of(Collection), "信息分类名称": Of(Collection), "信息类别": Of(Collection),

	"体裁分类": Of(Genre), "体裁": Of(Genre), "公文种类": Of(Genre), "文种": Of(Genre), "公文类型": Of(Genre),

	"文号": Of(DocNumber), "发文字号": Of(DocNumber), "文件编号": Of(DocNumber), "发布公文号": Of(DocNumber),
	"发布文号": Of(DocNumber), "发文文号": Of(DocNumber), "发文号": Of(DocNumber),

	"生成日期": Of(Created), "成文日期": Of(Created), "成文时间": Of(Created),
	"发文日期": Of(Created), "发文时间": Of(Created), "印发日期": Of(Created), "产生日期": Of(Created),
	"颁发日期": Of(Created), "颁布日期": Of(Created), "颁发时间": Of(Created), "颁布时间": Of(Created),

	"发布日期": Of(Published), "公开日期": Of(Published), "发布时间": Of(Published),
	"日期": Of(Published), "时间": Of(Published), "发表时间": Of(Published), "发表日期": Of(Published), "添加时间": Of(Published), "添加日期": Of(Published), "刊发日期": Of(Published), "刊发时间": Of(Published),
	"公布日期": Of(Published), "公布时间": Of(Published), "公开日": Of(Published), "发布于": Of(Published), "发表于": Of(Published),
	"信息时间": Of(Published), "信息日期": Of(Published), "公开时间": Of(Published),

	"生效日期": Of(Effective), "生效时间": Of(Effective), "实施日期": Of(Effective), "施行日期": Of(Effective),
	"实施时间": Of(Effective), "施行时间": Of(Effective),

	"废止日期": Of(Abolished), "废止时间": Of(Abolished), "失效日期": Of(Abolished), "失效时间": Of(Abolished),

	"有效性": Of(Validity), "信息有效性": Of(Validity), "公文时效": Of(Validity), "效力状态": Of(Validity), "效力注释": Of(Validity),
	"效力状况": Of(Validity), "时效性": Of(Validity), "是否有效": Of(Validity), "效力属性": Of(Validity),
	"时效状态": Of(Validity), "文件有效性": Of(Validity), "有效状态": Of(Validity), "实效性": Of(Validity),
	"有效性状态": Of(Validity), "时效": Of(Validity), "公文状态": Of(Validity),
	"状态": Of(Validity),

	"关键词": Of(Keywords), "关键字": Of(Keywords), "主题词": Of(Keywords),

	"内容概览": Of(Summary), "内容概述": Of(Summary), "摘要": Of(Summary), "概述": Of(Summary), "核心提示": Of(Summary), "导语": Of(Summary), "导读": Of(Summary),

	"在线链接地址": Of(Link), "链接地址": Of(Link),

	"文件下载": Of(Attachments), "附件": Of(Attachments), "附件下载": Of(Attachments), "相关附件": Of(Attachments),

	// The keys of crawler exports that write a page as key: value lines
	// (title: …, url: …, content: and the article).
	"title": Of(Title), "url": Of(Link), "source": Of(Source), "date": Of(Published),
	"pubdate": Of(Published), "publish_time": Of(Published), "publish_date": Of(Published),

	// Labels seen in headers that hold no record field. They go to extra and
	// are never re-read by the qualifier rule.
	"公开方式": extra, "公开范围": extra, "公开时限": extra, "公开类别": extra, "有效期": extra, "文件链接": extra,
	"公开属性": extra, "公开分类": extra, "信息公开选项": extra, "公开形式": extra, "涉密状态": extra, "扩展分类": extra, "机构分类": extra, "行业分类": extra,
	"联合发文单位": extra, "签发人": extra, "签发": extra, "统一编号": extra, "归档时间": extra,
	"统一登记号": extra, "规范性文件登记号": extra, "公开程序": extra, "备注": extra, "作者": extra, "登记号": extra,
	"服务对象": extra, "服务对象分类": extra, "印发": extra, "编辑": extra, "责任编辑": extra, "责编": extra,
	"效力级别": extra, "题注": extra, "发布者": extra, "发布人": extra, "信息发布人": extra, "审核": extra, "校对": extra, "监制": extra, "主编": extra, "统筹": extra, "法律顾问": extra,
	"author": extra, "更新时间": extra, "更新日期": extra,
	"建议人": extra, "提案人": extra, "代表姓名": extra, "委员姓名": extra, "领衔代表": extra, "领衔人": extra,
	"主办单位": extra, "协办单位": extra, "会办单位": extra, "答复时间": extra, "答复日期": extra,
	"建议编号": extra, "提案编号": extra, "事由": extra, "案由": extra, "办理情况": extra,
	"来信人": extra, "留言人": extra, "写信人": extra, "来信时间": extra, "来信日期": extra, "写信时间": extra, "写信日期": extra,
	"提交时间": extra, "提交日期": extra, "回复单位": extra, "回复部门": extra, "办理单位": extra,
	"答复单位": extra, "回复时间": extra, "回复日期": extra, "办理时间": extra, "办理日期": extra, "回复状态": extra, "办理状态": extra,
	"公开状态": extra, "处理情况": extra, "信件编号": extra, "信件索引号": extra, "留言编号": extra, "信件内容": extra, "留言内容": extra,
	"来信内容": extra, "回复内容": extra, "答复内容": extra, "办理结果": extra, "信件回复": extra,

	// Page UI and chrome that look like labels.
	"浏览次数": ui, "浏览": ui, "浏览量": ui, "访问量": ui, "访问次数": ui, "阅读": ui,
	"点击": ui, "点击次数": ui, "点击数": ui, "点击量": ui, "点击率": ui, "阅读次数": ui, "阅读量": ui,
	"字号": ui, "选择字号": ui, "字体": ui, "字体大小": ui, "文字大小": ui, "视力保护色": ui, "保护视力色": ui, "分享": ui,
	"分享到": ui, "分享至": ui, "打印": ui, "关闭": ui, "语音阅读正文": ui, "关联稿件": ui,
	"图文解读": ui, "文件解读": ui, "相关稿件": ui, "相关链接": ui, "相关文档": ui, "收藏": ui, "扫一扫在手机打开当前页": ui,
	"当前位置": ui, "您当前所在位置": ui, "当前所在位置": ui, "您当前的位置": ui, "返回顶部": ui, "打印本页": ui,
	"打印此页": ui, "关闭窗口": ui, "您的位置": ui, "您所在的位置": ui, "所在位置": ui,
	"您现在的位置": ui, "您现在所在的位置": ui, "现在位置": ui, "您当前所在的位置是": ui, "您当前的位置是": ui, "你当前位置": ui, "你的位置": ui, "你现在的位置": ui, "你当前的位置": ui, "查看": ui, "评论": ui,
	"浏览人次": ui, "阅读数": ui, "热度": ui, "人气": ui, "背景色": ui, "验证码": ui, "阅读人次": ui, "评论人次": ui, "页面功能": ui,
	"发文内容": ui, "法规全文": ui, "复制链接": ui, "保存": ui, "今天是": ui, "选择区域": ui,
	"content": ui, "上一篇": ui, "下一篇": ui, "标签": ui, "关联信息": ui,
	"相关解读": ui, "政策解读": ui, "相关阅读": ui, "关联导读": ui, "原文如下": ui, "相关推荐": ui, "相关文件": ui, "相关新闻": ui, "相关信息": ui, "延伸阅读": ui,
}

// credits are the extra labels of builtin that credit a person (作者：…,
// 编辑：…), after which a page's info line may give its date.
var credits = []string{"作者", "编辑", "责任编辑", "责编", "发布者", "发布人", "信息发布人"}

// Credit reports whether label, canonical, credits a person (作者, 编辑,
// 发布者 …).
func Credit(label string) bool { return slices.Contains(credits, label) }

// MaxRunes bounds the length of a label after white space is removed, so
// that looking for one costs a constant per colon.
const MaxRunes = 12

// A Vocabulary is the built-in list with a user's labels over it. The zero
// value is the built-in list alone.
type Vocabulary struct {
	added     map[string]Label
	addedEnds map[rune]bool // the last character of every added label
	// simplify folds a label's script to Simplified; nil when labels are
	// already Simplified (the page's text was converted).
	simplify func(string) string
}

// New returns the built-in vocabulary with added over it (keys canonical,
// as Compact and a script fold make them). simplify, when not nil, folds a
// label to Simplified before it is looked up: the page kept its script.
func New(added map[string]Label, simplify func(string) string) *Vocabulary {
	return &Vocabulary{added: added, addedEnds: lastRunes(added), simplify: simplify}
}

// builtinEnds holds the last character of every built-in label, a bit a
// character of the BMP (where every label ends): 8 KiB, made once.
var builtinEnds = sync.OnceValue(func() *[1 << 16 / 64]uint64 {
	var set [1 << 16 / 64]uint64
	for l := range builtin {
		if r, _ := utf8.DecodeLastRuneInString(l); r < 1<<16 {
			set[r/64] |= 1 << (r % 64)
		}
	}
	return &set
})

func lastRunes(labels map[string]Label) map[rune]bool {
	if len(labels) == 0 {
		return nil
	}
	ends := make(map[rune]bool)
	for l := range labels {
		r, _ := utf8.DecodeLastRuneInString(l)
		ends[r] = true
	}
	return ends
}

// MayEnd reports whether some label of the lists may end in r: a reader
// need not build and look up a word that ends otherwise. With a script
// fold every character may.
func (v *Vocabulary) MayEnd(r rune) bool {
	if v != nil && v.simplify != nil {
		return true
	}
	return r < 1<<16 && builtinEnds()[r/64]&(1<<(r%64)) != 0 || v != nil && v.addedEnds[r]
}

// mayEnd reports whether some label of the lists ends as label does. Most
// words asked about end in no label's character: they are ruled out before
// any of the lookups that the qualifier rule makes.
func (v *Vocabulary) mayEnd(label string) bool {
	r, _ := utf8.DecodeLastRuneInString(label)
	if r < 1<<16 && builtinEnds()[r/64]&(1<<(r%64)) != 0 {
		return true
	}
	return v != nil && v.addedEnds[r]
}

// exact looks a compact label up as it stands.
func (v *Vocabulary) exact(label string) (Label, bool) {
	if !v.mayEnd(label) {
		return Label{}, false
	}
	if v != nil {
		if l, ok := v.added[label]; ok {
			return l, true
		}
	}
	l, ok := builtin[label]
	return l, ok
}

// Exact looks a compact label up in the lists as it stands, without the
// qualifier rule, after folding its script.
func (v *Vocabulary) Exact(label string) (Label, bool) {
	if l, ok := v.exact(label); ok {
		return l, true
	}
	if v != nil && v.simplify != nil {
		if s := v.simplify(label); s != label {
			return v.exact(s)
		}
	}
	return Label{}, false
}

// Classify returns what a compact label is. Beyond the lists it applies the
// qualifier rule: a compound label such as 备注/文号 takes the field of its
// known part, and a known label of four or more characters with words before
// it (公文生成日期) is that label. Anything else is RoleNone: whether an
// unlisted word is an unknown label depends on its form, which the caller
// sees ([Shaped]).
func (v *Vocabulary) Classify(label string) Label {
	l := v.classify(label)
	if l.Role == RoleNone && v != nil && v.simplify != nil {
		if s := v.simplify(label); s != label {
			l = v.classify(s)
		}
	}
	return l
}

func (v *Vocabulary) classify(label string) Label {
	if label == "" || !v.mayEnd(label) && !ContainsAny(label, "/／\\、") {
		return Label{}
	}
	if l, ok := v.exact(label); ok {
		return l
	}
	if ContainsAny(label, "/／\\、") {
		// A compound label: the first part that names a field wins.
		for part := range strings.FieldsFuncSeq(label, func(r rune) bool { return strings.ContainsRune("/／\\、", r) }) {
			if l, _ := v.exact(part); l.Role == RoleField {
				return l
			}
		}
		return Label{}
	}
	// A qualified label: try suffixes of at least four runes, longest first,
	// that leave at least one rune in front.
	n := RuneCount(label)
	if n < 5 || n > MaxRunes+4 {
		return Label{}
	}
	for i, skipped := 0, 0; i < len(label); {
		_, size := utf8.DecodeRuneInString(label[i:])
		i += size
		skipped++
		if n-skipped < 4 || skipped > maxQualifier || !IsHanString(label[:i]) {
			break // the qualifier must be a few words
		}
		if l, ok := v.exact(label[i:]); ok && l.Role == RoleField && l.Field != Responsible {
			return l
		}
	}
	return Label{}
}

// maxQualifier bounds the words before a known label in a qualified label
// (公文 in 公文生成日期), in characters: more is a value run together with
// the label (关于开展安全检查的通知发文机关).
const maxQualifier = 6

// Shaped reports whether s (already compact) has the shape of a label the
// lists do not know: two to eight Han characters, not starting with 各,
// which starts an addressee (各某某公司：). Only words whose form marks
// them as labels (a colon after them, a table cell of their own) are
// asked. Nor does it end in a salutation (某某代表：), which names the
// person a reply is addressed to.
func Shaped(s string) bool {
	if strings.HasPrefix(s, "各") || hasSuffixAny(s, salutations) {
		return false
	}
	n := 0
	for _, r := range s {
		if !IsHan(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 8
}

// salutations end the name of a person a reply is addressed to (某某代表：,
// 某某委员：), which is no label.
var salutations = []string{"代表", "委员", "同志", "先生", "女士"}

// Compact returns the canonical form of a label candidate: white space
// removed, brackets and bullets stripped, a trailing colon dropped.
func Compact(s string) string {
	clean := true
	for _, r := range s {
		if IsSpace(r) || IsBracket(r) || IsBullet(r) {
			clean = false
			break
		}
	}
	if clean {
		return strings.TrimRight(s, ":：")
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if IsSpace(r) || IsBracket(r) || IsBullet(r) {
			continue
		}
		b.WriteRune(r)
	}
	return strings.TrimRight(b.String(), ":：")
}

// IsColon reports a colon, full-width or ASCII.
func IsColon(r rune) bool { return r == ':' || r == '：' }

// IsBracket reports the brackets labels are written in ([索引号], 【文号】).
func IsBracket(r rune) bool {
	switch r {
	case '[', ']', '【', '】', '〔', '〕', '［', '］':
		return true
	}
	return false
}

// IsBullet reports the bullets that stand before labels and list items.
func IsBullet(r rune) bool {
	switch r {
	case '•', '·', '∙', '‧', '⋅', '◦', '●', '◆', '◇', '■', '□', '▪', '▶', '►', '▸', '○', '★', '☆', '※':
		return true
	}
	return false
}

// IsHan reports a Chinese character.
func IsHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// IsHanString reports whether s is non-empty and all Chinese characters.
func IsHanString(s string) bool {
	for _, r := range s {
		if !IsHan(r) {
			return false
		}
	}
	return s != ""
}

// IsSpace reports white space as canonical text counts it: every Unicode
// space, plus the zero-width space U+200B that scrapers leave between
// cells and the byte order mark.
func IsSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

// URLLen returns the length of the web address at the start of s: up to
// white space or a character beyond ASCII, which no address as pages print
// it holds.
func URLLen(s string) int {
	if n := strings.IndexFunc(s, func(r rune) bool { return r <= ' ' || r >= utf8.RuneSelf }); n >= 0 {
		return n
	}
	return len(s)
}

// CutURL returns s without the web address that starts it, up to the
// white space after it (http://某站 2024-01-29 11:03 gives
// 2024-01-29 11:03), or s when no address starts it or nothing follows
// the address.
func CutURL(s string) string {
	if !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") {
		return s
	}
	i := strings.IndexFunc(s, IsSpace)
	if i < 0 {
		return s
	}
	return strings.TrimLeftFunc(s[i:], IsSpace)
}

// BodySuffixes end the name of a body (机关, unit, company) as it stands in
// a signature, an addressee or a list of a header's values.
var BodySuffixes = []string{
	"政府", "办公室", "办公厅", "委员会", "党委", "党组", "委", "局", "厅", "部", "院",
	"署", "会", "中心", "办", "处", "室", "所", "站", "队", "组", "公司", "集团",
	"银行", "法院", "检察院", "办事处", "管委会", "指挥部", "学校", "大学", "学院", "小学", "中学", "幼儿园",
	"医院", "馆", "社", "台", "府", "兵团", "司", "厂", "林场", "农场",
}

// BodyName reports whether s reads as the name of a body alone: two to 30
// Han characters that end like one (某市卫生健康委员会).
func BodyName(s string) bool {
	n := RuneCount(s)
	return n >= 2 && n <= 30 && IsHanString(s) && hasSuffixAny(s, BodySuffixes)
}

// RuneCount returns the number of characters of s, which is valid UTF-8 as
// all canonical text is: its bytes but the continuation bytes. It is
// utf8.RuneCountInString without decoding, where the bounds of lines,
// titles and labels are checked often: eight bytes at a time, a
// continuation byte is one whose top bit is set and the next is not.
func RuneCount(s string) int {
	n, i := len(s), 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		n -= bits.OnesCount64(x &^ (x << 1) & 0x8080808080808080)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			n--
		}
	}
	return n
}

// ContainsAny reports whether s holds any character of set, as
// strings.ContainsAny does, by searching for each in turn: a set of a few
// characters, some of them Chinese, is found faster so in a long line than
// by decoding every character of the line.
func ContainsAny(s, set string) bool {
	for _, r := range set {
		if r < utf8.RuneSelf {
			if strings.IndexByte(s, byte(r)) >= 0 {
				return true
			}
		} else if strings.Contains(s, string(r)) {
			return true
		}
	}
	return false
}

// EndsInUILabel reports whether line ends in a label of page UI and its
// colon (发布时间：… 点击：), a counter's label whose count the next line
// gives, or lost.
func (v *Vocabulary) EndsInUILabel(line string) bool {
	t := strings.TrimRightFunc(line, func(r rune) bool { return IsSpace(r) || IsColon(r) })
	if t == strings.TrimRightFunc(line, IsSpace) {
		return false // no colon: no label waiting
	}
	k, ok := v.Exact(t[strings.LastIndexFunc(t, IsSpace)+1:])
	return ok && k.Role == RoleUI
}

// provinces are the short names of China's provinces, autonomous regions
// and municipalities, which a place's name starts with (浙江温州, 重庆).
var provinces = []string{"北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
	"福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾",
	"内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门"}

// maxRegionRunes bounds a region RegionOnly reads, in characters: a
// province and a city, each maybe with its 省 and 市.
const maxRegionRunes = 8

// RegionOnly reports whether s names a region and nothing else: a province
// and maybe a city or county after it, or 中国 before it (安徽, 浙江温州,
// 中国重庆), the place a forum or an account says a post came from. A body
// or an outlet there (安徽省人民政府, 浙江日报, 四川发布) is a source.
func RegionOnly(s string) bool {
	t := strings.TrimPrefix(s, "中国")
	if t == "" || RuneCount(t) > maxRegionRunes || !IsHanString(t) || hasSuffixAny(t, BodySuffixes) {
		return false
	}
	for _, p := range provinces {
		if rest, ok := strings.CutPrefix(t, p); ok {
			last, _ := utf8.DecodeLastRuneInString(rest)
			return rest == "" || strings.ContainsRune(PlaceEnds, last) ||
				RuneCount(rest) <= 3 && !strings.ContainsRune(outletEnds, last) && !strings.HasSuffix(rest, "发布")
		}
	}
	return false
}

// outletEnds end the names of outlets and accounts that start with a
// province's name (浙江日报, 安徽网, 四川电视台, 新华社).
const outletEnds = "报网台社刊号闻线声条端心"

// PlaceEnds end the names of places: a province, a city, a county, a
// district, a banner, a prefecture, a league, a town, a township.
const PlaceEnds = "省市县区州盟旗镇乡"
