package notice

// Notice is one page's record. The JSON key and XML element of each field is
// given in its comment; the order of the fields is the order of the keys.
type Notice struct {
	// IndexNumber is the 索引号 (index_number), nil when the page has none.
	IndexNumber *IndexNumber
	// Title is the 信息名称 / 标题 (title).
	Title string
	// DocNumber is the 文号 (doc_number), nil when the page has none.
	DocNumber *DocNumber
	// Publisher is the 发布机构 (publisher).
	Publisher string
	// Source is the 来源 (source).
	Source string
	// Topic is the 主题分类 (topic); it keeps its `\` hierarchy.
	Topic string
	// Collection is the 组配分类 (collection).
	Collection string
	// Genre is the 体裁分类 (genre).
	Genre string
	// Created is the 生成日期 / 成文日期 (created).
	Created *Date
	// Published is the 发布日期 (published).
	Published *Date
	// Effective is the 生效日期 (effective).
	Effective *Date
	// Abolished is the 废止日期 (abolished).
	Abolished *Date
	// Validity is the 有效性 (validity).
	Validity string
	// Keywords are the 关键词 (keywords), one item each.
	Keywords []string
	// Summary is the 内容概览 (summary).
	Summary string
	// Link is the 在线链接地址 (link), kept as found.
	Link string
	// Attachments are the files attached to the page (attachments).
	Attachments []Attachment
	// Addressee is the 主送机关 (addressee), without its final colon.
	Addressee string
	// Body holds the paragraphs of the article (body), empty ones dropped.
	// For an official document it is the 正文 alone.
	Body []string
	// Signers are the 发文机关署名 (signers), one body per item.
	Signers []string
	// Signed is the date written under the signature (signed).
	Signed *Date
	// Notes are the 附注 (notes), without their parentheses.
	Notes []string
	// CC lists the bodies the document was copied to, 抄送 (cc).
	CC []string
	// Appendices are the documents attached after the signature (appendices).
	Appendices []Appendix
	// Extra holds header pairs that map to no field, in input order (extra).
	Extra []Field
	// Input says what the parser found about the page (input).
	Input Input
}

// Attachment is a file attached to a notice.
type Attachment struct {
	// Name is the attachment's name as shown on the page.
	Name string
	// URL is where the file can be fetched, kept as found; empty when the
	// page gives only the name.
	URL string
}

// Appendix is a document attached after the signature (附件 followed by a
// title and text).
type Appendix struct {
	// Title is the appendix's own title.
	Title string
	// Body holds its paragraphs.
	Body []string
}

// Field is a header pair that maps to no field of the record.
type Field struct {
	// Label is the label in canonical form, without its colon.
	Label string
	// Value is the value in canonical form; it may be empty.
	Value string
}

// Input is the provenance of a record: what the parser found about the page.
type Input struct {
	// Path names where the page was read from (a file path, "-" for standard
	// input); empty when the caller gave bytes alone.
	Path string
	// Charset is the encoding the page was decoded from, such as "utf-8",
	// "gb18030", "big5" or "utf-16le".
	Charset string
	// Script is the script the page was written in: ScriptSimplified,
	// ScriptTraditional or ScriptMixed.
	Script Script
	// PinyinAnnotations counts the pinyin annotations stripped.
	PinyinAnnotations int
	// Layout is the layout of the page's metadata header: LayoutPipeTable,
	// LayoutLabelLines, LayoutHTML or LayoutNone.
	Layout Layout
	// Problems says what the parser found odd but kept, each with the field
	// it concerns and its place in the page.
	Problems []Problem
	// Origins says where each field that is set was read: a label of the
	// metadata header, the article, an HTML <meta> tag … in the order of the
	// record's fields.
	Origins []Origin
}

// Script names the script a page was written in, as [Input.Script] records
// it. It is a string type, not an enumeration of ints, so that the JSON and
// XML forms hold the words themselves and a record read back from a newer
// version keeps a script this version does not know.
type Script string

// The scripts of [Input.Script].
const (
	ScriptSimplified  Script = "simplified"  // Simplified characters only
	ScriptTraditional Script = "traditional" // Traditional characters, converted to Simplified in the record
	ScriptMixed       Script = "mixed"       // both, as pages that quote Traditional text do
)

// Layout names the layout of a page's metadata header, as [Input.Layout]
// records it: which reader found the header, and so what to look at when a
// field is wrong. Like [Script] it is a string type, so that the written
// forms hold the words.
type Layout string

// The layouts of [Input.Layout].
const (
	LayoutPipeTable  Layout = "pipe-table"  // rows of | label： | value | cells
	LayoutLabelLines Layout = "label-lines" // one label： value pair (or several) a line
	LayoutHTML       Layout = "html"        // the page's HTML markup
	LayoutNone       Layout = "none"        // no metadata header: fields come from the article
)
