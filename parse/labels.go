package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// field names a destination in the record for a header label.
type field uint8

const (
	fieldNone field = iota // not a label at all
	fieldIndexNumber
	fieldTitle
	fieldDocNumber
	fieldPublisher
	fieldSource
	fieldTopic
	fieldCollection
	fieldGenre
	fieldCreated
	fieldPublished
	fieldEffective
	fieldAbolished
	fieldValidity
	fieldKeywords
	fieldSummary
	fieldLink
	fieldAttachments
	// fieldResponsible is 责任部门: the publisher only when no publisher
	// label is in the header, else an extra pair.
	fieldResponsible
	// fieldExtra is a label known to hold no record field (公开方式 …).
	fieldExtra
	// fieldUnknown is a label-shaped word in the header that the vocabulary
	// does not know; it goes to extra like fieldExtra.
	fieldUnknown
	// fieldNoise is page UI that looks like a label (浏览次数, 字号 …) or
	// chrome (当前位置); it never reaches the record.
	fieldNoise
)

// key returns the JSON key of f, used in warnings.
func (f field) key() string {
	switch f {
	case fieldIndexNumber:
		return "index_number"
	case fieldTitle:
		return "title"
	case fieldDocNumber:
		return "doc_number"
	case fieldPublisher, fieldResponsible:
		return "publisher"
	case fieldSource:
		return "source"
	case fieldTopic:
		return "topic"
	case fieldCollection:
		return "collection"
	case fieldGenre:
		return "genre"
	case fieldCreated:
		return "created"
	case fieldPublished:
		return "published"
	case fieldEffective:
		return "effective"
	case fieldAbolished:
		return "abolished"
	case fieldValidity:
		return "validity"
	case fieldKeywords:
		return "keywords"
	case fieldSummary:
		return "summary"
	case fieldLink:
		return "link"
	case fieldAttachments:
		return "attachments"
	}
	return "extra"
}

// known reports whether f is a label of the vocabulary that may start a
// header: a record field or a known extra label, but not noise or a word the
// vocabulary does not know.
func (f field) known() bool { return f != fieldNone && f != fieldUnknown && f != fieldNoise }

// vocabulary maps canonical labels (spec §3) to fields. Keys are Simplified,
// without whitespace or colon.
var vocabulary = map[string]field{
	"索引号": fieldIndexNumber, "信息索引号": fieldIndexNumber, "索引码": fieldIndexNumber,
	// Not in spec §3, but the label of the Ministry of Education's pages
	// (testdata/html/sites/moe-2024-1135415.html).
	"信息索引": fieldIndexNumber,

	"信息名称": fieldTitle, "标题": fieldTitle, "名称": fieldTitle, "公文名称": fieldTitle, "文件名称": fieldTitle,

	"发布机构": fieldPublisher, "发文机关": fieldPublisher, "发文机构": fieldPublisher,
	"发文单位": fieldPublisher, "发布单位": fieldPublisher, "发布机关": fieldPublisher,
	"责任部门": fieldResponsible,

	"来源": fieldSource, "信息来源": fieldSource,

	"主题分类": fieldTopic, "分类": fieldTopic, "主题名称": fieldTopic, "内容分类": fieldTopic,

	"组配分类": fieldCollection, "信息分类": fieldCollection, "公开目录": fieldCollection,
	"目录分类": fieldCollection, "信息种类": fieldCollection,

	"体裁分类": fieldGenre, "公文种类": fieldGenre, "文种": fieldGenre,

	"文号": fieldDocNumber, "发文字号": fieldDocNumber, "文件编号": fieldDocNumber, "发布公文号": fieldDocNumber,

	"生成日期": fieldCreated, "成文日期": fieldCreated, "成文时间": fieldCreated,
	"发文日期": fieldCreated, "印发日期": fieldCreated, "产生日期": fieldCreated,

	"发布日期": fieldPublished, "公开日期": fieldPublished, "发布时间": fieldPublished,
	"日期": fieldPublished, "时间": fieldPublished,

	"生效日期": fieldEffective, "生效时间": fieldEffective, "实施日期": fieldEffective, "施行日期": fieldEffective,

	"废止日期": fieldAbolished, "废止时间": fieldAbolished, "失效日期": fieldAbolished,

	"有效性": fieldValidity, "公文时效": fieldValidity, "效力状态": fieldValidity,
	"效力状况": fieldValidity, "时效性": fieldValidity, "是否有效": fieldValidity,

	"关键词": fieldKeywords, "主题词": fieldKeywords,

	"内容概览": fieldSummary, "内容概述": fieldSummary, "摘要": fieldSummary,

	"在线链接地址": fieldLink, "链接地址": fieldLink,

	"文件下载": fieldAttachments, "附件": fieldAttachments, "附件下载": fieldAttachments, "相关附件": fieldAttachments,

	// Labels seen in headers that hold no record field (spec §3, labels.md
	// §1). They go to extra and are never re-read by the qualifier rule.
	"公开方式": fieldExtra, "公开范围": fieldExtra, "公开时限": fieldExtra, "公开类别": fieldExtra,
	"公开属性": fieldExtra, "公开形式": fieldExtra, "涉密状态": fieldExtra, "扩展分类": fieldExtra,
	"联合发文单位": fieldExtra, "签发人": fieldExtra, "统一编号": fieldExtra, "归档时间": fieldExtra,
	"所属机构": fieldExtra, "备注": fieldExtra, "作者": fieldExtra, "登记号": fieldExtra,
	"服务对象": fieldExtra, "服务对象分类": fieldExtra, "印发": fieldExtra,

	// Page UI and chrome that look like labels (spec §1, labels.md §1).
	"浏览次数": fieldNoise, "浏览": fieldNoise, "浏览量": fieldNoise, "访问量": fieldNoise,
	"访问次数": fieldNoise, "点击次数": fieldNoise, "点击数": fieldNoise, "点击量": fieldNoise,
	"阅读次数": fieldNoise, "阅读量": fieldNoise, "字号": fieldNoise, "字体": fieldNoise,
	"视力保护色": fieldNoise, "分享": fieldNoise, "分享到": fieldNoise, "打印": fieldNoise,
	"关闭": fieldNoise, "语音阅读正文": fieldNoise, "关联稿件": fieldNoise, "图文解读": fieldNoise,
	"相关稿件": fieldNoise, "相关链接": fieldNoise, "收藏": fieldNoise, "扫一扫在手机打开当前页": fieldNoise,
	"当前位置": fieldNoise, "您当前所在位置": fieldNoise, "当前所在位置": fieldNoise,
	"返回顶部": fieldNoise, "打印本页": fieldNoise, "打印此页": fieldNoise, "关闭窗口": fieldNoise,
	"您的位置": fieldNoise, "您所在的位置": fieldNoise, "所在位置": fieldNoise, "您现在的位置": fieldNoise,
}

// maxLabelRunes bounds the length of a label (after whitespace removal), so
// that looking for one costs a constant per colon.
const maxLabelRunes = 12

// classify maps a label, already compacted by compactLabel, to its field.
// Beyond the vocabulary it applies the qualifier rule of spec §3: a compound
// such as 备注/文号 takes the field of its known part, and a known label of
// four or more characters with words before it (公文生成日期) is that label.
func classify(label string) field {
	if label == "" {
		return fieldNone
	}
	if f, ok := vocabulary[label]; ok {
		return f
	}
	if i := strings.IndexAny(label, "/／\\、"); i > 0 {
		// A compound label: the first part that names a field wins.
		for part := range strings.FieldsFuncSeq(label, func(r rune) bool { return strings.ContainsRune("/／\\、", r) }) {
			if f := vocabulary[part]; f != fieldNone && f != fieldExtra && f != fieldNoise {
				return f
			}
		}
		return fieldNone
	}
	// Qualified label: try suffixes of at least four runes, longest first,
	// that leave at least one rune in front.
	n := utf8.RuneCountInString(label)
	if n < 5 || n > maxLabelRunes+4 {
		return fieldNone
	}
	for i, skipped := 0, 0; i < len(label); {
		_, size := utf8.DecodeRuneInString(label[i:])
		i += size
		skipped++
		if n-skipped < 4 {
			break
		}
		if !isHanString(label[:i]) {
			break // the qualifier must be words
		}
		if f, ok := vocabulary[label[i:]]; ok && f != fieldExtra && f != fieldNoise && f != fieldResponsible {
			return f
		}
	}
	return fieldNone
}

// compactLabel returns the canonical form of a label candidate: white space
// removed, brackets and bullets stripped, a trailing colon dropped.
func compactLabel(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if isSpace(r) || isBracket(r) || isBullet(r) {
			continue
		}
		b.WriteRune(r)
	}
	out := b.String()
	out = strings.TrimRight(out, ":：")
	return out
}

func isColon(r rune) bool { return r == ':' || r == '：' }

func isBracket(r rune) bool {
	switch r {
	case '[', ']', '【', '】', '〔', '〕', '［', '］':
		return true
	}
	return false
}

func isBullet(r rune) bool {
	switch r {
	case '•', '·', '●', '◆', '◇', '■', '□', '▪', '▶', '►', '○', '★', '☆', '※':
		return true
	}
	return false
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

func isHanString(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return s != ""
}

// isSpace reports white space as spec §2 step 6 counts it: every Unicode
// space, plus the zero-width space U+200B that scrapers leave between cells.
func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

// unknownLabel reports whether s (already compacted) has the shape of a label
// the vocabulary does not know: two to eight Han characters. Only words in a
// header block that are followed by a colon are asked.
func unknownLabel(s string) bool {
	n := 0
	for _, r := range s {
		if !isHan(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 8
}
