// Package parse turns a scraped government information-disclosure page
// (政府信息公开) into a [notice.Notice].
//
// A page is text: a metadata header (索引号, 发布机构, 生成日期 …) and the
// article. [Parse] reads one page with the defaults; a [Parser] holds the
// options (an explicit charset, keeping the script or punctuation, a size
// limit).
//
//	n, err := parse.Parse(page)
//
// # How a page is read
//
// Parsing runs in five steps, each in its own file:
//
//  1. The bytes become canonical text (spec §2): decoded, NFC, pinyin
//     annotations stripped, Traditional converted to Simplified, Chinese
//     punctuation. Lines and indentation are kept.
//  2. A scanner finds the header: the first block of lines holding labels of
//     the vocabulary, before the first sentence of prose. It reads table rows
//     (| 索 引 号： | 000014349/2018-00204 |, with cells shifted left where a
//     value was dropped) and label lines (one or several pairs a line; full
//     width, ASCII or no colon; bullets, numbers, brackets, letter-spaced
//     labels, a label and its value on consecutive lines) into label/value
//     pairs. It knows what a label looks like, not what it means.
//  3. A mapping layer gives each label its field (spec §3), reads typed
//     values with package notice's parsers and collects what was odd as
//     warnings. The first label of a field wins; later ones, unknown labels
//     and known labels without a field (公开方式 …) go to Extra in order.
//  4. The lines after the header are the body, one paragraph a line.
//  5. The official-document stage (spec §7) reads the parts of a 公文 in
//     the body: title, 文号, addressee, 正文, signature and date, 附注,
//     appendices, 版记. When it finds them, Body is the 正文 alone and the
//     other parts fill their fields; title, 文号, source and published fill
//     theirs when the header has none, the first signer is the publisher
//     when nothing else names one, and the signed date is the created date
//     when the header gives none. A header value always wins; a body value
//     that differs from it is a warning. A body without the structure (a
//     news item) stays whole and fills no field, as does a body kept in
//     Traditional script (KeepScript), whose words the stage cannot read.
//
// Everything above a header block is taken for page chrome (breadcrumbs, site
// names, navigation) and left out of the record, a title line standing there
// too: pages with a metadata block repeat the title below it. A header that
// is one line of labels (时间：… 点击次数：…), or lines that name only the
// source and the date beside page UI (来源：… 浏览量：…), is a news template's
// meta strip under the title, so the lines above it are body; a page whose
// only labels are such lines has no metadata header, and its layout is none.
// Page UI that looks like labels (浏览次数, 字号, 分享, 打印 …), chrome lines
// in the body (breadcrumbs, 返回顶部, bars of links) and the lines a page
// puts around the title (来源：… 日期：…, a 版头) never reach the record.
//
// # Errors and warnings
//
// Parsing fails only when there is no page to read: empty input, input over
// the size limit, binary data, or a read error. The error is then an
// [*Error] carrying a sentinel ([ErrEmpty], [ErrTooLarge], [ErrNotText]) or
// the underlying error. Everything else gives a record: a value that does
// not parse keeps its text where its type allows (index and document
// numbers) or is dropped (dates), and Input.Problems says which field, on
// which line, and why. Checking a record against the rules of a complete
// notice is a separate step: [notice.Notice.Validate].
//
// # Cost
//
// Work is linear in the size of the page: every look-back for a label is
// bounded, and no line is read more than a constant number of times. The
// canonical text is built once and kept as one string, which the paragraphs
// and values that need no cleaning share; a parse allocates about twice the
// page's size.
package parse
