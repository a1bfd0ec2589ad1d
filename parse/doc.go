// Package parse turns a scraped government information-disclosure page
// (政府信息公开) into a [notice.Notice].
//
// A page is a metadata header (索引号, 发布机构, 生成日期 …) and an article,
// as text or as HTML, in any charset and script. [Parse] reads one page with
// the defaults; a [Parser] holds the options (an explicit charset, keeping
// the script or punctuation, a size limit, a base URL, site-specific
// labels).
//
//	n, err := parse.Parse(page)
//
// # Design
//
// Data flows one way, in stages, each reading what the one before made:
//
//  1. Decoding (input.go). The bytes are decoded once, with the charset the
//     Parser names or the one detected (package variant); a page that is
//     empty or binary is an error here. Whether the page is HTML is told
//     from the decoded text: markup at its start, or the tags of a page's
//     markup after some lines of text.
//  2. Reading (package internal/page). One reader per layout family turns
//     the page into one model, a page.Page: the label/value pairs of the
//     metadata block, the lines above it, the paragraphs of the article,
//     the files the page links to and what an HTML page's <head> says of
//     it, each with its position in the input. The text reader reads pipe
//     rows (with or without outer bars, cells shifted where a value was
//     dropped), label lines in all their forms, a label and its value on
//     alternating lines, and bullet lists; the HTML reader reads the DOM
//     itself (metadata tables, lists and blocks, the article container, the
//     heading, <meta> and <title>). Both make the text they read canonical
//     once (package variant: NFC, pinyin annotations stripped,
//     Traditional → Simplified, Chinese punctuation), and share the syntax
//     of labels and of blocks. Adding a layout family means adding a
//     reader, its tests and its goldens; nothing after it changes.
//  3. Vocabulary (package internal/vocab). One list says what each label
//     is: a field of the record, a known label without a field (its pair
//     goes to Extra), or page UI that never reaches the record. The
//     readers and the official-document stage ask it; a Parser's Labels
//     add site-specific labels over it.
//  4. Mapping (fields.go). Pairs fill their fields, values go through
//     package notice's parsers, and what is odd becomes a problem. The
//     first label of a field wins; later labels of a filled field, unknown
//     labels and known labels without a field go to Extra in order.
//  5. The official-document stage (document.go, package
//     internal/structure) reads the parts of a 公文 in the article
//     (GB/T 9704): title, 文号, addressee, 正文, signature and date, 附注,
//     appendices, 版记. When it finds them, Body is the 正文 alone and the
//     other parts fill their fields; title, 文号, source and published fill
//     theirs when the header has none, the first signer is the publisher
//     when nothing else names one, and the signed date is the created date
//     when the header gives none. A header value always wins; a body value
//     that differs from it is a problem. A news item stays whole.
//  6. What is left (fields.go, title.go, attachments.go): the page's lines
//     beside the article and its <meta> tags fill source and published; a
//     title is chosen when no label and no document structure gave one (a
//     heading the page marks, a title line above the header, the page's
//     <meta name="ArticleTitle"> or <title> without the site's name, a news
//     item's first line); the files the page links to join the
//     attachments.
//
// Every stage records where it read a field in the record's Input.Origins,
// and what it found odd in Input.Problems, with the line and column of the
// page as its reader has it (for HTML, where the element starts in the
// source).
//
// # Errors and problems
//
// Parsing fails only when there is no page to read: empty input, input over
// the size limit, binary data, an unknown charset, a read error, or
// Parser.Labels that name no field. The error is then an [*Error] carrying
// a sentinel ([ErrEmpty], [ErrTooLarge], [ErrNotText], [ErrLabels]) or the
// underlying error. Everything else gives a record: a value that does not
// parse keeps its text where its type allows (index and document numbers)
// or is dropped (dates), and Input.Problems says which field, where, and
// why. Checking a record against the rules of a complete notice is a
// separate step: [notice.Notice.Validate].
//
// # Cost
//
// Work is linear in the size of the page: every look-back for a label is
// bounded, no line is read more than a constant number of times, and URLs
// are searched for once. The canonical text is built once and kept as one
// string, which the paragraphs and values that need no cleaning share.
package parse
