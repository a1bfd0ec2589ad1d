package structure

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/vocab"
)

// Bounds of the tail parts, in lines.
const (
	signerLines     = 8  // signature lines above one date (a joint document's, two bodies a line)
	attachmentLines = 30 // lines of a 附件说明
	banjiLines      = 6  // lines of a 版记
	leftoverLines   = 5  // short lines of page furniture after a signature
	leftoverRunes   = 20 // … of at most this many characters
	appendixTitle   = 60 // characters in one line of an appendix title
)

// tailContext is what the tail needs to know of the head.
type tailContext struct {
	dateOnly bool              // the head is a document's, so a date alone may close it
	title    string            // the document title, which names unheaded appendices
	v        *vocab.Vocabulary // the labels of the page's lines after the signature
	// attachments: the page's header lists attachments, as a 附件说明
	// over the signature does.
	attachments bool
}

// tail is what follows the 正文: 附件说明, signature, date, 附注,
// appendices and 版记.
type tail struct {
	bodyEnd     int // the 正文 is lines[head.end:bodyEnd]
	closing     bool
	attachments []notice.Attachment
	signers     []string
	signed      *notice.Date
	notes       []string
	pairs       []notice.Field // labelled lines above the date (签发人：…)
	appendices  []notice.Appendix
	cc          []string
	printed     string
	keywords    []string // of a 主题词 line in the 版记
	trailing    []string
	trailingAt  int      // index of the first trailing line
	furniture   []string // the page's lines after the document's end
	warnings    []Warning
	at          Lines // where the tail's parts start
}

// lines copies where the tail's parts start into l.
func (t *tail) lines(l *Lines) {
	l.Attachments, l.Signature, l.Signed, l.Notes = t.at.Attachments, t.at.Signature, t.at.Signed, t.at.Notes
	l.Appendices, l.CC, l.Printed = t.at.Appendices, t.at.CC, t.at.Printed
}

// readTail reads the end of a body whose 正文 starts at lines[b].
func readTail(lines []string, b int, ctx tailContext) tail {
	t := tail{bodyEnd: len(lines), at: noLines}
	end := len(lines)
	if k := banjiStart(lines, b, end); k < end {
		t.banji(lines[k:end], k)
		end = k
	}
	t.bodyEnd = end
	if sig, ok := findSignature(lines, b, end, ctx); ok {
		t.bodyEnd = sig.start
		if k := sig.start - 1; k > b {
			if n, ok := note(lines[k]); ok && disclosureNote(n) {
				// （此件主动公开） over the signers rather than under the
				// date: the 附注 all the same.
				t.notes, t.at.Notes, t.bodyEnd = []string{n}, k, k
			}
		}
		t.signers = sig.signers
		t.at.Signature = sig.start
		if !sig.undated {
			t.signed, t.at.Signed = &sig.date, sig.date1-1
		}
		if sig.month != "" {
			t.warnings = append(t.warnings, Warning{Field: "signed", Rule: notice.RuleShape, Line: sig.date1 - 1,
				Message: fmt.Sprintf("the signature's date %q names no day; signed is left empty", sig.month)})
		}
		if sig.lost != "" {
			what := "its 年月日"
			if strings.HasPrefix(sig.lost, "年") {
				what = "its year"
			}
			t.warnings = append(t.warnings, Warning{Field: "signed", Rule: notice.RuleShape, Line: sig.date1 - 1,
				Message: fmt.Sprintf("the signature's date %q has lost %s; signed is left empty", sig.lost, what)})
		}
		for _, l := range sig.contacts {
			// 签发人：… 联系电话：… above the date: pairs the record
			// keeps, as the page's lines' are.
			label, value, _ := cutColon(l)
			t.pairs = append(t.pairs, notice.Field{Label: strings.TrimSpace(label), Value: strings.TrimSpace(value)})
		}
		if sig.seal != "" {
			t.notes, t.at.Notes = append(t.notes, sig.seal), sig.date1-2
		}
		i := sig.date1
		for ; i < end; i++ {
			n, ok := note(lines[i])
			if !ok {
				break
			}
			if t.notes == nil {
				t.at.Notes = i
			}
			t.notes = append(t.notes, n)
		}
		if k := banjiEnd(lines, i, end); k > i {
			t.banji(lines[i:k], i)
			i = k
		}
		if sig.pageAfter {
			t.furniture = lines[i:end] // what let the signature stand without a date
		} else {
			t.afterSignature(lines, b, sig.start, i, end, ctx)
		}
	}
	if k, names := attachmentsAtEnd(lines, b, t.bodyEnd); k < t.bodyEnd {
		t.attachments = withAttachments(names, t.attachments)
		t.bodyEnd = k
		t.at.Attachments = k
	} else if e := t.bodyEnd - 1; e > b && t.at.Signature >= 0 && contactRemark(lines[e]) {
		// 附件：1.… 2.… / （报送邮箱：… 联系电话：…） over the signature: the
		// 附件说明, then a remark on how to answer, a note of the document.
		if k, names := attachmentsAtEnd(lines, b, e); k < e {
			inner, _ := unparen(lines[e])
			t.attachments = append(names, t.attachments...)
			t.notes = append([]string{inner}, t.notes...)
			t.bodyEnd, t.at.Attachments, t.at.Notes = k, k, e
		}
	}
	t.closing = closedAbove(lines, b, t.bodyEnd)
	return t
}

// closedAbove reports whether a closing formula (特此通告) ends lines[b:end],
// or stands right above the contact lines that end them (特此公示 /
// 举报电话：…), which a 正文 keeps as its last paragraphs.
func closedAbove(lines []string, b, end int) bool {
	k := contactsAbove(lines, b, end)
	if k > b && closing(lines[k-1]) || end > b && closing(lines[end-1]) {
		return true
	}
	for j := end - 1; j >= b && j >= end-maxFormulaLines; j-- {
		if servingSentence(lines[j]) {
			return true
		}
	}
	return false
}

// maxFormulaLines is how many of the 正文's last lines closedAbove reads
// for a formula inside them.
const maxFormulaLines = 3

// servingSentence reports a paragraph with a sentence that serves the text
// as a 公示 or a 公告 (…现予以公示。对于公示事项如有异议，…): the formula
// that closes a document, though more sentences follow it.
func servingSentence(l string) bool {
	if !strings.Contains(l, "予") {
		return false // most paragraphs
	}
	for _, f := range servingFormulas {
		if strings.Contains(l, f) {
			return true
		}
	}
	return false
}

var servingFormulas = []string{"予以公示。", "予公示。", "予以公告。", "予公告。", "予以公布。", "予公布。"}

// A signature is a date line and the signer lines above it.
type signature struct {
	undated bool   // the page shows no date under the signers
	month   string // the date line, when it names a month but no day
	lost    string // the date line, when it is digits that lost their 年月日
	// pageAfter: the signers stand under a closing formula with no date,
	// and only the page's lines follow them.
	pageAfter bool
	start     int // index of the first signer line, or of the date line
	// contacts are the contact lines between the signers, or the 正文,
	// and the date (签发人：…, 联系电话：…): extra pairs in the record
	contacts []string
	// seal is the line between the signers and the date that says whose
	// seal stands for theirs (（某局代章）): a note of the record.
	seal    string
	date1   int // index of the line after the date
	signers []string
	date    notice.Date
}

// findSignature finds the first date line in lines[b:end] that closes the
// 正文: under one to three signer lines (or on one line with a signer), or
// alone when ctx allows it and a sentence ends above it. Either way a
// recognised part or the end of the body must follow, so a date in the
// middle of the 正文 is none.
func findSignature(lines []string, b, end int, ctx tailContext) (signature, bool) {
	for d := b; d < end; d++ {
		if len(lines[d]) > maxSignatureLine || sentenceInside(lines[d]) {
			continue // a paragraph: no date, no signer, most lines
		}
		sig, ok := signatureAt(lines, b, d, end, ctx)
		if ok && closesBody(lines, b, sig, end, ctx) {
			return sig, true
		}
	}
	return signature{}, false
}

// sentenceInside reports a line with a sentence's or a clause's mark
// before its end: no date, no signer (a date may end in a full stop,
// 2020年6月3日。).
func sentenceInside(l string) bool {
	return vocab.ContainsAny(strings.TrimSuffix(l, "。"), "，。；！？")
}

// maxSignatureLine bounds the line findSignature looks at, in bytes: a date,
// or signers and a date on one line (signers are at most 60 characters).
const maxSignatureLine = 4 * 80

// signatureAt reads a signature whose date is on lines[d], or, when the
// page leaves the date out, whose signer lines end at lines[d] above a 附注,
// or, under a document's head, at the end of lines[b:end] or above an
// appendix's heading.
func signatureAt(lines []string, b, d, end int, ctx tailContext) (signature, bool) {
	l := lines[d]
	if sig, ok := undatedSignature(lines, b, d, end, ctx); ok {
		return sig, true
	}
	date, ok := dateLine(l)
	if !ok && (monthLine(l) || lostDate(l)) {
		// 二○○五年四月, or 2017817日 where a copy lost the 年 and 月: a
		// signature all the same, without a date to keep.
		sig := signature{start: d, date1: d + 1, undated: true, month: l}
		if !monthLine(l) {
			sig.month, sig.lost = "", l
		}
		sig.start, sig.signers = signerLinesAbove(lines, b, d-1, d)
		if len(sig.signers) > 0 {
			return sig, true
		}
		return sig, dateAloneCloses(lines, b, d, ctx)
	}
	if !ok {
		names, date, ok := signerWithDate(l)
		if !ok {
			return signature{}, false
		}
		return signature{start: d, date1: d + 1, signers: names, date: date}, true
	}
	sig := signature{start: d, date1: d + 1, date: date}
	sig.start, sig.signers = signerLinesAbove(lines, b, d-1, d)
	if len(sig.signers) > 0 {
		// A contact between the 正文 and the signers (联系人及电话：…)
		// stays the 正文's last paragraph: readers differ on it, and the
		// text form writes it back where it stood.
		return sig, true
	}
	if d-1 > b && aliasLine(lines[d-1]) {
		// 某中心 / （某所） / 2022年3月29日: the last signer's other name,
		// in brackets between it and the date.
		if start, names := signerLinesAbove(lines, b, d-2, d-1); len(names) > 0 {
			inner, _ := unparen(lines[d-1])
			names[len(names)-1] += "（" + inner + "）"
			sig.start, sig.signers = start, names
			return sig, true
		}
	}
	if inner, ok := sealAbove(lines, b, d); ok {
		// 某办公室 / （某局代章） / 2021年12月27日: another body's seal
		// for the signer's, noted between the name and the date.
		if start, names := signerLinesAbove(lines, b, d-2, d-1); len(names) > 0 {
			sig.start, sig.signers, sig.seal = start, names, inner
			return sig, true
		}
	}
	if k := contactsAbove(lines, b, d); k < d {
		// 联系人：… / 联系电话：… between the 正文 (or the signers) and
		// the date: the 附注 of a reply, printed above its date.
		sig.contacts = lines[k:d]
		sig.start, sig.signers = signerLinesAbove(lines, b, k-1, k)
		return sig, len(sig.signers) > 0 || dateAloneCloses(lines, b, k, ctx)
	}
	return sig, dateAloneCloses(lines, b, d, ctx)
}

// withAttachments returns the 附件说明's names, then those of more that it
// does not list: an appendix under the signature headed 附件：甲 is the
// attachment 甲 the 附件说明 names, once.
func withAttachments(names, more []notice.Attachment) []notice.Attachment {
	for _, a := range more {
		if !slices.ContainsFunc(names, func(n notice.Attachment) bool { return n.Name == a.Name }) {
			names = append(names, a)
		}
	}
	return names
}

// disclosureNote reports a 附注 that says how the text is disclosed (此件
// 主动公开, 本件公开发布).
func disclosureNote(n string) bool {
	return strings.HasPrefix(n, "此件") || strings.HasPrefix(n, "本件")
}

// attachmentLineAbove reports whether one of the few lines above lines[d]
// starts with 附 (附件：, 附表1：, 附：), as a 附件说明 there must: most
// lines over a signer are told without reading a list.
func attachmentLineAbove(lines []string, b, d int) bool {
	for k := d - 1; k >= b && k >= d-maxAttachmentLines; k-- {
		if strings.HasPrefix(lines[k], "附") {
			return true
		}
	}
	return false
}

// maxAttachmentLines bounds how far above a signer attachmentLineAbove
// looks, in lines.
const maxAttachmentLines = 12

// contributed end the credit of a news item in brackets (某局供稿).
var contributed = []string{"供稿", "供图", "撰稿", "来稿", "报送"}

// maxCredit bounds a credit in brackets, in characters.
const maxCredit = 30

// aliasLine reports a body's name alone in brackets: under a signer, its
// other name ((某区烈士陵园保护所) under 某区退役军人服务中心).
func aliasLine(l string) bool {
	inner, ok := unparen(l)
	return ok && aliasName(inner)
}

// aliasName reports a body's other name, as brackets hold it.
func aliasName(s string) bool {
	return s != "" && !runesOver(s, maxAliasName) && bodyName(s) && !sealNote(s)
}

// maxAliasName bounds a body's other name in brackets, in characters.
const maxAliasName = 30

// sealAbove returns the seal's note on lines[d-1], which must have a line
// above it within lines[b:].
func sealAbove(lines []string, b, d int) (string, bool) {
	if d-1 <= b {
		return "", false
	}
	inner, ok := unparen(lines[d-1])
	return inner, ok && sealNote(inner)
}

// sealOverDate reports a seal's note in brackets at lines[i] over a date
// line (（某局代章） / 2025年3月27日): the signature goes on to its date.
func sealOverDate(lines []string, i, end int) bool {
	if i+1 >= end {
		return false
	}
	inner, ok := unparen(lines[i])
	return ok && sealNote(inner) && dateish(lines[i+1])
}

// sealNote reports the words of a seal's note without its parentheses
// (某局代章, 盖章).
func sealNote(s string) bool {
	return strings.HasSuffix(s, "代章") && !runesOver(s, maxSealNote) ||
		s == "章" || s == "盖章" || s == "印章" || s == "公章"
}

// maxSealNote bounds a seal's note, in characters.
const maxSealNote = 40

// contactsAbove returns the index of the first of the contact lines right
// above lines[d] (联系人：…, 办复类别：B类), at most maxContactLines of them,
// going up no further than lines[b]; d when there is none. A contact that
// ends a sentence (联系人：某某，电话：…。) is the 正文's last paragraph.
func contactsAbove(lines []string, b, d int) int {
	k := d
	for k > b && d-k < maxContactLines && contactLine(lines[k-1]) && !hasSentenceEnd(lines[k-1]) {
		k--
	}
	return k
}

// maxContactLines is how many contact lines may stand above a date.
const maxContactLines = 3

// signerWithDate reads a signature on one line: signers, then the date,
// after a space (太湖县人民政府 2019年1月17日) or run into the last name where a
// copy lost the line break between them (某某市教育局2016年4月20日).
func signerWithDate(l string) ([]string, notice.Date, bool) {
	i := strings.LastIndexByte(l, ' ')
	if i < 0 {
		i = dateStart(l)
		if i <= 0 {
			return nil, notice.Date{}, false
		}
	}
	date, ok := dateLine(strings.TrimSpace(l[i:]))
	if !ok {
		return nil, notice.Date{}, false
	}
	names, ok := signers(strings.TrimSpace(l[:i]))
	return names, date, ok
}

// dateStart returns where a date that ends l starts (the first of the run of
// numerals and 年月日 before its last 日), or -1 when l does not end in 日.
func dateStart(l string) int {
	if !strings.HasSuffix(strings.TrimSuffix(l, "。"), "日") {
		return -1
	}
	i := len(l)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(l[:i])
		if !(r < utf8.RuneSelf && isDigit(byte(r))) && !strings.ContainsRune(dateRunes, r) {
			break
		}
		i -= size
	}
	return i
}

// dateRunes are the characters of a date written out in a signature.
const dateRunes = "年月日〇○零一二三四五六七八九十。"

// dateAloneCloses reports whether lines[d], a date with no signer over it
// (whole, a month, or one that lost its 年 and 月), closes the text above:
// a document's 正文, or any text that a closing formula ends (特此通告 over
// 2018年6月6日).
func dateAloneCloses(lines []string, b, d int, ctx tailContext) bool {
	if d == b || !ctx.dateOnly && !closing(lines[d-1]) {
		return false
	}
	end := d
	if d-1 > b && contactRemark(lines[d-1]) {
		end = d - 1 // （联系人：… 联系电话：…） over the date: a 附注 of the 附件说明's
	}
	above := end - 1
	if k, names := attachmentsAtEnd(lines, b, end); len(names) > 0 && k > b {
		// 附件：… over the date: the sentence that ends the 正文 is above
		// the 附件说明.
		above = k - 1
	}
	last, _ := utf8.DecodeLastRuneInString(lines[above])
	return strings.ContainsRune(sentenceEnd, last) || closing(lines[above]) || contactAfterSentence(lines[above])
}

// contactAfterSentence reports a paragraph whose last sentence ends and a
// contact follows it on the same line (…上报市大气办。电子邮箱：…, a phone,
// a fax): the 正文's end all the same.
func contactAfterSentence(l string) bool {
	i := strings.LastIndex(l, "。")
	if i < 0 {
		return false
	}
	rest := strings.TrimSpace(l[i+len("。"):])
	if contactLine(rest) {
		return true
	}
	label, value, ok := cutColon(rest)
	label = vocab.Compact(label)
	return ok && strings.TrimSpace(value) != "" && !runesOver(label, maxNoteLabel) &&
		(strings.HasSuffix(label, "邮箱") || strings.HasSuffix(label, "传真"))
}

// signerLinesAbove reads the signer lines that end at lines[last], going up
// no further than lines[b] and signerLines lines: the index of the first
// and the names, in order; start and nil when lines[last] names no signer.
// A body's name too long for its line wraps (鹤庆县新型冠状病毒感染的肺炎疫情 /
// 防控工作指挥部办公室): a line that names no body, over a line of one name,
// joins it when the two read as one name.
func signerLinesAbove(lines []string, b, last, start int) (int, []string) {
	var names []string
	for j := last; j >= b && last-j < signerLines; j-- {
		found, ok := signers(lines[j])
		if !ok && j < last && len(names) > 0 && wrappedName(lines[j], lines[j+1]) {
			if joined, ok := signers(lines[j] + lines[j+1]); ok && len(joined) == 1 {
				names[0] = joined[0]
				start = j
				continue
			}
		}
		if !ok {
			break
		}
		start = j
		if j < last && len(found) == 1 && slices.Contains(unitWords, names[0]) {
			// 某省某某厅 / 办公室: the office's name wrapped after its
			// department's.
			names[0] = found[0] + names[0]
			continue
		}
		names = append(found, names...)
	}
	return start, names
}

// unitWords are the names of a department's own offices, which stand
// alone on a signature's line only when the line above holds the rest.
var unitWords = []string{"办公室", "办公厅", "秘书处", "秘书科"}

// wrappedName reports whether upper, a line over the signer line lower,
// may be the start of lower's name wrapped: long, not a closing (特此通知),
// and lower one name.
func wrappedName(upper, lower string) bool {
	return !runesOver(upper, 30) && runesOver(upper, 7) && !closing(upper) && !strings.Contains(lower, " ") &&
		!fileLink(upper) // 乙示意图.jpg over the signer: the last attachment's name
}

// closesBody reports whether what follows a signature is what follows one:
// the end, a 附注, an appendix, a 附件说明 or a few short lines of page
// furniture (相关阅读); or anything, under signers and a date that a
// closing formula heads.
func closesBody(lines []string, b int, sig signature, end int, ctx tailContext) bool {
	i := sig.date1
	if i >= end {
		return true
	}
	l := lines[i]
	if _, ok := note(l); ok {
		return true
	}
	if _, ok := appendixHeading(l); ok || attachmentStart(l) {
		return true
	}
	if ccLine(l) || keywordsLine(l) || printedLine(l) != "" {
		return true // a 版记
	}
	if _, ok := forwarded(lines[i:end]); ok {
		return true
	}
	if titleLine(l) && named(compactTitle(l), ctx.title, lines[b:sig.start]) || contentsHeading(l) {
		return true
	}
	if namedContents(l, ctx.title, lines[b:sig.start]) {
		return true // 某市重污染天气应急预案目录: what the notice prints, its contents first
	}
	if tableTitle(l) || i+1 < end && titleLine(l) && tableTitle(l+lines[i+1]) {
		// 2023年某某补贴汇总表: the table a 公示 prints under its date,
		// its title on one line or wrapped onto a second.
		return true
	}
	if !hasHanLine(lines[i:end]) {
		return true // the document again in another script (Tibetan, Uyghur …)
	}
	if len(sig.signers) > 0 && !sig.undated && closedAbove(lines, b, sig.start) {
		// 特此通告 over the signers and a whole date: the document ends
		// there, whatever follows (a table's heading, a note on it).
		return true
	}
	if ctx.attachments {
		// The header's attachments, as a 附件说明 over the signature,
		// announce what follows it: their text, even when it starts
		// without its title.
		return true
	}
	if k, names := attachmentsAtEnd(lines, b, sig.start); len(names) > 0 && k > b {
		return true
	}
	if _, ok := pageLine(ctx.v, l); ok {
		// The page's lines (来源：…, 责任编辑：…) end the document; what
		// follows them is the page's too (相关新闻 and their links).
		return true
	}
	if remark(l) {
		// A remark in brackets that no 附注 reads (a copy damaged its
		// opening bracket: ？。？007年…会议通过）), then the end or the
		// page's lines.
		if i+1 == end {
			return true
		}
		if _, ok := pageLine(ctx.v, lines[i+1]); ok {
			return true
		}
	}
	if labelOnly(ctx.v, l) {
		return true // 附件下载：, the page's heading of its file links
	}
	if fileLink(l) {
		return true // - 附件【…示意图.jpg】已下载次: the page's link to a file
	}
	if bulleted(l) {
		return true // • 地址：…: an item of the page's lists, which no document puts under its date
	}
	return Furniture(lines[i:end])
}

// contactRemark reports a remark in brackets that says how to reach the
// issuer: （报送邮箱：… 联系电话：…）.
func contactRemark(l string) bool {
	inner, ok := unparen(l)
	return ok && !runesOver(inner, 100) && (strings.Contains(inner, "电话") || strings.Contains(inner, "邮箱"))
}

// tableTitle reports the title of a table or a list that a document prints
// after its signature (某某补贴汇总表, 某某名单): a title line that ends in
// the word for one.
func tableTitle(l string) bool {
	return titleLine(l) && !runesOver(l, maxTableTitle) && runesOver(l, minTableTitle-1) && hasSuffixAny(compactTitle(l), tableWords)
}

// tableWords end the title of a table or a list.
var tableWords = []string{"表", "名单", "清单", "名册", "明细"}

// A table's title has minTableTitle to maxTableTitle characters: a link
// such as 返回列表 is shorter.
const (
	minTableTitle = 5
	maxTableTitle = 60
)

// remark reports a line that ends a remark in brackets, as a 附注 does.
func remark(l string) bool {
	return (strings.HasSuffix(l, "）") || strings.HasSuffix(l, ")")) && !runesOver(l, 100)
}

// fileLink reports a line that names a file by its extension, as a page's
// link to a file does: no document's text.
func fileLink(l string) bool {
	if runesOver(l, 200) {
		return false
	}
	lower := strings.ToLower(l)
	return namesExtension(lower, vocab.AttachmentExtensions) || namesExtension(lower, vocab.ImageExtensions)
}

// pagerLine reports a forum's or a listing's pager under the text: page
// numbers, one in brackets (页: [1] 2 3, [1]), or 页 and its colon alone.
func pagerLine(l string) bool {
	if len(l) > maxPagerLine {
		return false // most lines
	}
	s := strings.TrimSpace(l)
	cut := false
	for _, p := range []string{"页:", "页：", "分页:", "分页："} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			s, cut = strings.TrimSpace(rest), true
			break
		}
	}
	if s == "" {
		return cut
	}
	if !strings.ContainsAny(s, "[【") {
		return false // numbers alone may be a page's number, cut elsewhere
	}
	digit := false
	for _, r := range s {
		switch {
		case '0' <= r && r <= '9':
			digit = true
		case strings.ContainsRune("[]【】 ", r):
		default:
			return false
		}
	}
	return digit
}

// maxPagerLine bounds a pager's line, in bytes.
const maxPagerLine = 64

// namesExtension reports whether lower holds, after some name, one of exts
// that no letter follows (.doc, but not .docs).
func namesExtension(lower string, exts []string) bool {
	for _, ext := range exts {
		if i := strings.Index(lower, ext); i > 0 {
			if j := i + len(ext); j == len(lower) || !isASCIILetter(lower[j]) {
				return true
			}
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// pageLines returns how many lines at the start of lines are the page's own.
func pageLines(v *vocab.Vocabulary, lines []string) int {
	k := 0
	for k < len(lines) {
		if _, ok := pageLine(v, lines[k]); !ok {
			break
		}
		k++
	}
	return k
}

// labelOnly reports whether l is a label of the vocabulary and its colon
// alone: a heading of the page's (附件下载：, 相关附件：), not text.
func labelOnly(v *vocab.Vocabulary, l string) bool {
	t := strings.TrimRightFunc(l, func(r rune) bool { return isColon(r) || unicode.IsSpace(r) })
	if t == l || t == "" {
		return false
	}
	return v.Classify(vocab.Compact(t)).IsLabel()
}

// namedContents reports whether l heads the contents of a document the
// title or the 正文 names: its title run into 目录 (某市…应急预案目录).
func namedContents(l, title string, body []string) bool {
	t, ok := strings.CutSuffix(compactTitle(l), "目录")
	return ok && titleLine(l) && named(t, title, body)
}

// contentsHeading reports whether l heads a table of contents (目 录): under
// a signature it starts the document a 印发 notice prints, even when the
// page shows no 附件 heading and no title for it.
func contentsHeading(l string) bool { return compactTitle(l) == "目录" }

// monthLine reports whether l is a date that names a year and a month but
// no day (二○○五年四月, 2005年4月, or 2020年4月 日 with the day left blank),
// as some signatures are dated.
func monthLine(l string) bool {
	if head, ok := strings.CutSuffix(l, "日"); ok && strings.HasSuffix(head, " ") {
		l = strings.TrimRight(head, " ") // 2020年4月 日: the day left blank to be written in
	}
	if runesOver(l, 12) || !strings.Contains(l, "年") || !strings.HasSuffix(l, "月") {
		return false
	}
	for _, day := range []string{"1日", "一日"} {
		if _, err := notice.ParseDate(l + day); err == nil {
			return true
		}
	}
	return false
}

// hasHanLine reports whether one of lines holds a Chinese character.
func hasHanLine(lines []string) bool {
	for _, l := range lines {
		if strings.ContainsFunc(l, func(r rune) bool { return vocab.IsHan(r) }) {
			return true
		}
	}
	return false
}

// Furniture reports whether lines are page furniture rather than text: a
// few short lines without punctuation (相关阅读, 【打印】), which are no part
// of a record (FORMAT.md §7.6).
func Furniture(lines []string) bool {
	if len(lines) > leftoverLines {
		return false
	}
	for _, l := range lines {
		l = withoutURLs(l) // 原文地址 http://…: the page's link to its source
		if statusLine(l) {
			continue
		}
		if runesOver(l, leftoverRunes) || hasSentencePunct(l) {
			return false
		}
	}
	return true
}

// withoutURLs returns l without the web addresses in it.
func withoutURLs(l string) string {
	for {
		i := strings.Index(l, "http://")
		if j := strings.Index(l, "https://"); j >= 0 && (i < 0 || j < i) {
			i = j
		}
		if i < 0 {
			return l
		}
		l = l[:i] + l[i+vocab.URLLen(l[i:]):]
	}
}

// namingLines is how many lines at the top of the 正文 may name an
// unheaded appendix: the cover letter of a 印发 notice names what it prints
// in its first sentence (现将《…》印发给你们). The bound keeps the search linear.
const namingLines = 3

// named reports whether text t is named in the title or the first lines of
// the 正文, as the title of an appendix is (印发《…》的通知).
func named(t, title string, body []string) bool {
	if runeLen(t) < 4 {
		return false
	}
	if strings.Contains(title, t) {
		return true
	}
	for i, l := range body {
		if i == namingLines {
			break
		}
		if strings.Contains(l, t) {
			return true
		}
	}
	return false
}

// afterSignature files lines[i:end], which follow the signature and its
// notes: appendices, and what cannot be told apart goes to trailing.
func (t *tail) afterSignature(lines []string, b, sigStart, i, end int, ctx tailContext) {
	rest := lines[i:end]
	if len(rest) == 0 {
		return
	}
	// A 附件说明 under the signature instead of above it.
	if attachmentStart(rest[0]) {
		if names, n, ok := attachmentList(rest); ok {
			t.attachments, t.at.Attachments = names, i
			rest = rest[n:]
			i += n
		}
	}
	if len(rest) == 0 {
		return
	}
	if k := pageLines(ctx.v, rest); k > 0 {
		// The page's lines, then the page's own furniture.
		t.trailing, t.trailingAt = slices.Clip(rest[:k]), i
		t.furniture = rest[k:]
		return
	}
	if labelOnly(ctx.v, rest[0]) || bulleted(rest[0]) {
		t.furniture = rest // 附件下载：, • 地址：…: the page's heading or list
		return
	}
	if len(rest) == 1 && ctx.title != "" && compactTitle(rest[0]) == compactTitle(ctx.title) {
		// The document's own title alone under it: the page prints it
		// again, as a caption of its box, not an appendix of that name.
		t.furniture = rest
		return
	}
	_, headed := appendixHeading(rest[0])
	if !headed && !contentsHeading(rest[0]) && !(titleLine(rest[0]) && named(compactTitle(rest[0]), ctx.title, lines[b:sigStart])) &&
		!namedContents(rest[0], ctx.title, lines[b:sigStart]) && !tableTitle(rest[0]) {
		skip, ok := forwarded(rest)
		if !ok {
			t.trailing, t.trailingAt = slices.Clip(rest), i
			return
		}
		// The 版头 and 文号 of a forwarded document head it as they head
		// any document: the appendix starts at its title.
		rest, i = rest[skip:], i+skip
	}
	t.appendices, t.at.Appendices = splitAppendices(rest), i
}

// forwarded reports whether lines, after a signature block, start a
// document of their own, as a 转发 notice carries the one it forwards with
// no 附件 heading: an optional 版头 (…文件) and 文号, then a title line
// that ends in a genre word, joined with its continuations. It returns how
// many lines stand before the title.
func forwarded(lines []string) (int, bool) {
	skip := 0
	for skip < len(lines) && skip < 3 {
		if _, ok := docNumber(lines[skip]); !ok && !banTou(lines[skip]) {
			break
		}
		skip++
	}
	if skip >= len(lines) || !titleLine(lines[skip]) {
		return 0, false
	}
	title, _ := appendixTitleAt(lines, skip)
	return skip, vocab.EndsInGenre(title)
}

// splitAppendices cuts lines into appendices at their 附件 headings; the
// first may have none.
func splitAppendices(lines []string) []notice.Appendix {
	var apps []notice.Appendix
	for i := 0; i < len(lines); {
		title, headed := appendixHeading(lines[i])
		if headed {
			i++
		}
		if title == "" {
			title, i = appendixTitleAt(lines, i)
		}
		j := i
		for j < len(lines) {
			if _, ok := appendixHeading(lines[j]); ok {
				break
			}
			j++
		}
		app := notice.Appendix{Title: title}
		if j > i {
			app.Body = slices.Clip(lines[i:j])
		}
		apps = append(apps, app)
		i = j
	}
	return apps
}

// appendixTitleAt reads the title of an appendix from lines[i]: one title
// line, joined with the lines that carry it on. It returns "" and i when
// the appendix starts with its text.
func appendixTitleAt(lines []string, i int) (string, int) {
	if i >= len(lines) || !titleLine(lines[i]) || runesOver(lines[i], appendixTitle) {
		return "", i
	}
	title := titleText(lines[i])
	i++
	for n := 1; i < len(lines) && n < titleLines && continues(title, lines[i]); n++ {
		title += titleText(lines[i])
		i++
	}
	return title, i
}

// appendixHeading reads a line that starts an appendix: 附件, 附件2, 附件：,
// 附件 3：, or one with the title after the colon (附件1：2019年项目名单).
func appendixHeading(l string) (title string, ok bool) {
	if !strings.HasPrefix(l, "附") { // cheap test first: this runs on every line
		return "", false
	}
	rest, found := strings.CutPrefix(compactTitle(l), "附件")
	if !found {
		return "", false
	}
	rest = strings.TrimLeftFunc(rest, func(r rune) bool { return '0' <= r && r <= '9' || isChineseDigit(r) })
	if rest == "" {
		return "", true
	}
	after, found := strings.CutPrefix(rest, "：")
	if !found {
		after, found = strings.CutPrefix(rest, ":")
	}
	switch {
	case !found:
		return "", false // 附件下载, 附件说明
	case after == "":
		return "", true
	case enumerated(after):
		return "", false // 附件：1.… is a 附件说明
	}
	return titleText(after), true
}

// attachmentStart reports whether l starts a 附件说明: 附件, or 附 alone, and
// a colon.
func attachmentStart(l string) bool {
	rest, found := strings.CutPrefix(strings.TrimSpace(l), "附")
	if !found {
		return false
	}
	rest = strings.TrimPrefix(rest, "件")
	rest = strings.TrimSpace(rest)
	if num, _, ok := labelNumber(l); ok && num == 1 {
		return true // 附件1：甲, 附件2：乙 …
	}
	return strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":")
}

// labelNumber reads an attachment's line whose label holds its number
// (附件1：甲, 附件2:), returning the number and the name after the colon.
func labelNumber(l string) (num int, name string, ok bool) {
	l = strings.TrimSpace(l)
	rest, found := strings.CutPrefix(l, "附件")
	table := false
	if !found {
		// 附表1：…, 附表2：…: attached tables, listed as attachments are,
		// each with its name (附表1： alone heads the table itself).
		if rest, found = strings.CutPrefix(l, "附表"); !found {
			return 0, "", false
		}
		table = true
	}
	num, i := leadingDigits(rest, maxItemDigits)
	if i == 0 {
		return 0, "", false
	}
	r, size := utf8.DecodeRuneInString(rest[i:])
	if !isColon(r) {
		// 附件1 某某情况.xls: a file's name after a space, no colon.
		if after := strings.TrimSpace(rest[i:]); unicode.IsSpace(r) && vocab.AttachmentFile(after) {
			return num, after, true
		}
		return 0, "", false
	}
	name = strings.TrimSpace(rest[i+size:])
	if table && name == "" {
		return 0, "", false
	}
	return num, name, true
}

// attachmentsAtEnd finds a 附件说明 that ends the 正文 lines[b:end] and returns
// where it starts and the names it lists, or end and nil.
func attachmentsAtEnd(lines []string, b, end int) (int, []notice.Attachment) {
	if end-1 > b {
		if names := fileNames(lines[end-1]); len(names) > 0 {
			return end - 1, names
		}
	}
	for j := end - 1; j >= b && end-j <= attachmentLines; j-- {
		if attachmentStart(lines[j]) {
			names, n, ok := attachmentList(lines[j:end])
			if !ok || j+n != end {
				return end, nil
			}
			return j, names
		}
		if !attachmentContinuation(lines[j]) {
			return end, nil
		}
	}
	return end, nil
}

// fileNames reads a line of attachments' file names, each 附件 and its
// number (附件1.docx), run together where their links were
// (附件1.docx附件2.docx), or nil.
func fileNames(l string) []notice.Attachment {
	if !strings.HasPrefix(l, "附件") || len(l) > maxFileNamesLine {
		return nil // most lines
	}
	var names []notice.Attachment
	for _, part := range strings.SplitAfter(l[len("附件"):], "附件") {
		name := "附件" + strings.TrimSuffix(part, "附件")
		if part == "" || !isDigit(part[0]) || !vocab.AttachmentFile(name) || strings.ContainsFunc(name, unicode.IsSpace) {
			return nil
		}
		names = append(names, notice.Attachment{Name: name})
	}
	return names
}

// maxFileNamesLine bounds the line fileNames reads, in bytes.
const maxFileNamesLine = 300

// attachmentContinuation reports whether l can stand in a 附件说明 after its
// first line: a numbered name, or the rest of a long name.
func attachmentContinuation(l string) bool {
	if _, _, ok := attachmentNumber(l); ok {
		return true
	}
	if _, _, ok := labelNumber(l); ok {
		return true
	}
	if _, _, ok := colonNumber(l); ok {
		return true
	}
	if _, ok := dateLine(l); ok || monthLine(l) {
		return false // the signature's date
	}
	if _, _, ok := signerWithDate(l); ok {
		return false
	}
	if names, ok := signers(l); ok && len(names) == 1 && hasSuffixAny(names[0], bodySuffixes) {
		return false // a signer: 绿园区人民政府
	}
	if inner, ok := unparen(l); ok && strings.Contains(inner, "电话") {
		return false // （联系电话010-…）: a remark on whom to call, no name's rest
	}
	return !runesOver(l, 40) && !strings.ContainsFunc(l, func(r rune) bool { return isSentenceEnd(r) || isColon(r) })
}

// attachmentList reads a 附件说明 from the start of lines: 附件：1.甲 on the
// first line, then 2.乙 …, or names wrapped over lines, or 附件：1.甲2.乙 on
// one line. It returns the names and the lines it took; ok is false when
// the lines are not one.
func attachmentList(lines []string) (names []notice.Attachment, n int, ok bool) {
	if num, _, ok := labelNumber(lines[0]); ok && num == 1 {
		return labelledAttachments(lines)
	}
	_, first, _ := cutColon(lines[0])
	first = strings.TrimSpace(first)
	var items []string
	next := 1
	numbered := false
	if num, _, ok := attachmentNumber(first); ok && num == 1 {
		numbered = true
		items, next = splitNumbered(first, 1)
	} else if first != "" {
		items = []string{first}
	}
	n = 1
	for ; n < len(lines); n++ {
		l := lines[n]
		if num, _, ok := attachmentNumber(l); ok && numbered && num == next {
			var more []string
			more, next = splitNumbered(l, next)
			items = append(items, more...)
			continue
		}
		if len(items) == 0 && !numbered {
			if num, _, ok := attachmentNumber(l); ok && num == 1 {
				numbered = true
				items, next = splitNumbered(l, 1)
				continue
			}
		}
		if len(items) == 0 || !attachmentContinuation(l) {
			break
		}
		last := items[len(items)-1]
		if vocab.EndsInGenre(last) && !strings.HasPrefix(l, "（") {
			break // a whole name (…的方案); a remark (（试行）) may follow it
		}
		if vocab.AttachmentFile(last) {
			items = append(items, l) // 甲.pdf, then 乙.pdf a line: a name each
			continue
		}
		items[len(items)-1] += l
	}
	names = attachmentNames(items)
	return names, n, len(names) > 0
}

// labelledAttachments reads a 附件说明 whose labels number the names, a
// line each (附件1：甲 / 附件2：乙), a name left for the next line under a
// label alone (附件2： / 乙.jpg).
func labelledAttachments(lines []string) (names []notice.Attachment, n int, ok bool) {
	var items []string
	next := 1
	for ; n < len(lines); n++ {
		l := lines[n]
		if num, name, ok := labelNumber(l); ok && num == next {
			for {
				// 附件1：甲附件2：乙: the items run together on one line.
				head, rest, ok := cutNextLabel(name, next+1)
				if !ok {
					break
				}
				items, next, name = append(items, head), next+1, rest
			}
			items, next = append(items, name), next+1
			continue
		}
		if num, name, ok := colonNumber(l); ok && num == next && next > 1 {
			// 附件1：甲 / 2：乙: the label written once, on the first.
			items, next = append(items, name), next+1
			continue
		}
		last := ""
		if len(items) > 0 {
			last = items[len(items)-1]
		}
		if len(items) == 0 || !attachmentContinuation(l) || vocab.EndsInGenre(last) || fileLink(last) {
			break
		}
		items[len(items)-1] += l
	}
	names = attachmentNames(items)
	return names, n, len(names) > 0
}

// attachmentNames returns the attachments a 附件说明's items name.
func attachmentNames(items []string) []notice.Attachment {
	var names []notice.Attachment
	for _, it := range items {
		it = strings.TrimRight(it, "；;。，,. ")
		// 某某的函（略）: the copy left the attachment out, and says so.
		it = strings.TrimSuffix(strings.TrimSuffix(it, "（略）"), "(略)")
		if it != "" {
			names = append(names, notice.Attachment{Name: it})
		}
	}
	return names
}

// leadingDigits reads the number that the first digits of s, at most max
// of them, write, and how many there are.
func leadingDigits(s string, max int) (num, n int) {
	for n < len(s) && n < max && isDigit(s[n]) {
		num = num*10 + int(s[n]-'0')
		n++
	}
	return num, n
}

// maxItemDigits bounds the number of an item of a 附件说明, in digits.
const maxItemDigits = 2

// cutNextLabel cuts name where the label of item n of a 附件说明 starts
// inside it (附件2：), returning the name before and the next item's name.
func cutNextLabel(name string, n int) (head, rest string, ok bool) {
	for _, colon := range []string{"：", ":"} {
		marker := "附件" + strconv.Itoa(n) + colon
		if i := strings.Index(name, marker); i > 0 {
			return strings.TrimSpace(name[:i]), strings.TrimSpace(name[i+len(marker):]), true
		}
	}
	return "", "", false
}

// colonNumber reads an item of a 附件说明 numbered with a colon and no
// label (2：公众意见征询表), as lists that write 附件 on their first item
// number the rest.
func colonNumber(l string) (num int, name string, ok bool) {
	num, i := leadingDigits(l, maxItemDigits)
	if i == 0 {
		return 0, "", false
	}
	r, size := utf8.DecodeRuneInString(l[i:])
	name = strings.TrimSpace(l[i+size:])
	return num, name, isColon(r) && name != "" && !isDigit(name[0])
}

// attachmentNumber reads the number of a numbered name: 1.甲, 2．乙, 3、丙.
func attachmentNumber(s string) (num int, rest string, ok bool) {
	num, i := leadingDigits(s, maxItemDigits+1)
	if i == 0 {
		return 0, "", false
	}
	for _, sep := range []string{".", "．", "、"} {
		if r, found := strings.CutPrefix(s[i:], sep); found {
			return num, r, true
		}
	}
	return 0, "", false
}

// splitNumbered splits s, which starts with name number n, into its names
// at the markers of the numbers that follow (n+1., n+2., …), where no digit
// stands before the marker (2022.1 holds no marker 2.). It returns the names
// with their markers removed and the number expected next.
func splitNumbered(s string, n int) ([]string, int) {
	var items []string
	_, s, _ = attachmentNumber(s)
	n++
	for {
		k := nextMarker(s, n)
		if k < 0 {
			return append(items, strings.TrimSpace(s)), n
		}
		items = append(items, strings.TrimSpace(s[:k]))
		_, s, _ = attachmentNumber(s[k:])
		n++
	}
}

// nextMarker returns the byte offset of the marker of number n in s, or -1.
func nextMarker(s string, n int) int {
	digits := strconv.Itoa(n)
	for off := 0; ; {
		k := strings.Index(s[off:], digits)
		if k < 0 {
			return -1
		}
		k += off
		if k > 0 && !isDigit(s[k-1]) {
			if num, _, ok := attachmentNumber(s[k:]); ok && num == n {
				return k
			}
		}
		off = k + len(digits)
	}
}

// banjiStart returns where a 版记 (抄送, 印发) ends lines[lo:hi], or hi.
func banjiStart(lines []string, lo, hi int) int {
	start := hi
	for k := hi - 1; k >= lo && hi-k <= banjiLines; k-- {
		if (ccLine(lines[k]) || keywordsLine(lines[k]) || printedLine(lines[k]) != "") && banjiEnd(lines, k, hi) == hi {
			start = k
		}
	}
	return start
}

// keywordsLine reports whether l is the 主题词 line of an older 版记
// (主题词：信息公开 制度 通知).
func keywordsLine(l string) bool {
	before, _, ok := cutColon(l)
	return ok && compactTitle(before) == "主题词"
}

// banjiEnd returns where a 版记 that starts at lines[i] ends, or i.
func banjiEnd(lines []string, i, hi int) int {
	open := false // the last line was 抄送, so a continuation may follow
	for ; i < hi; i++ {
		l := lines[i]
		switch {
		case ccLine(l):
			open = true
		case keywordsLine(l), printedLine(l) != "":
			open = false
		case open && !strings.ContainsAny(l, "：:") && !runesOver(l, 200) && strings.ContainsAny(l, "，、,"):
		default:
			return i
		}
	}
	return i
}

// banji files the lines of a 版记, which starts at line i. A 抄送 line and
// the lines it wraps onto are one list (纪检委办公 / 室、法院), split on
// ， and , only (and a 。 that ends one group of them): a 、 joins the
// parts of one body.
func (t *tail) banji(lines []string, i int) {
	var cc strings.Builder
	for k, l := range lines {
		switch {
		case printedLine(l) != "":
			if t.printed == "" {
				t.printed, t.at.Printed = printedLine(l), i+k
			}
		case keywordsLine(l):
			_, after, _ := cutColon(l)
			t.keywords = append(t.keywords, strings.Fields(after)...)
		default:
			if t.at.CC < 0 {
				t.at.CC = i + k
			}
			if _, after, ok := cutColon(l); ok && ccLine(l) {
				l = after
				if at, label, value, ok := labelAfter(l); ok {
					// 抄报：某办 某办     承办单位：某局: the line's next
					// pair is the record's too.
					t.pairs = append(t.pairs, notice.Field{Label: label, Value: value})
					l = l[:at]
				}
				if cc.Len() > 0 {
					cc.WriteString("，")
				}
				// Bodies a space apart on the 抄送's own line are two.
				l = strings.Join(strings.Fields(l), "，")
			}
			cc.WriteString(strings.TrimSpace(l))
		}
	}
	// 某委（2份） 某局（2份）: the number of copies each gets ends its name.
	list := copyCount.ReplaceAllString(cc.String(), "，")
	for _, name := range strings.FieldsFunc(list, func(r rune) bool { return r == '，' || r == ',' || r == '。' }) {
		if name = strings.TrimSpace(strings.TrimRight(name, "。. ")); name != "" && strings.ContainsFunc(name, vocab.IsHan) {
			t.cc = append(t.cc, name)
		}
	}
}

// labelAfter finds a second pair on a 抄送 line's value: a word of two to
// eight Chinese characters after white space, and its colon (承办单位：某局).
// It returns where the word starts, the label and its value.
func labelAfter(v string) (at int, label, value string, ok bool) {
	before, after, found := cutColon(v)
	if !found {
		return 0, "", "", false
	}
	at = strings.LastIndexFunc(before, unicode.IsSpace) + 1
	label = before[at:]
	if at == 0 || runeLen(label) < 2 || runeLen(label) > 8 || !IsHanText(label) {
		return 0, "", "", false
	}
	return at, label, strings.TrimSpace(after), true
}

// ccLine reports whether l is a 抄送 line (抄送：省委办公厅，省人大常委会办公厅。),
// or its older form for the bodies above the issuer, 抄报.
func ccLine(l string) bool {
	before, _, ok := cutColon(l)
	return ok && (compactTitle(before) == "抄送" || compactTitle(before) == "抄报")
}

// printedLine reads the 版记 line of the printing office and date,
// 国务院办公厅秘书局 2018年10月27日印发, and returns it without 印发, or "".
func printedLine(l string) string {
	t, found := strings.CutSuffix(l, "印发")
	if !found || runesOver(l, 60) {
		return ""
	}
	t = strings.TrimSpace(t)
	// The longest tail of t that is a date starts the date.
	best := -1
	for i, n := len(t), 0; i > 0 && n < 20; n++ {
		_, size := utf8.DecodeLastRuneInString(t[:i])
		i -= size
		if _, err := notice.ParseDate(t[i:]); err == nil {
			best = i
		}
	}
	if best <= 0 || strings.TrimSpace(t[:best]) == "" {
		return ""
	}
	return t
}

// undatedSignature reads signer lines ending at lines[d] that a 附注
// follows with no date between (the date was an image, or the seal): the
// signature of a document whose date the page does not show. Under a
// document's head (ctx.dateOnly), signer lines under a finished sentence
// that end the 正文 lines[b:end], or stand above an appendix's heading, are
// one too, as they are above a date that names no day.
func undatedSignature(lines []string, b, d, end int, ctx tailContext) (signature, bool) {
	if d+1 > end {
		return signature{}, false
	}
	noted, lost := false, ""
	if d+1 < len(lines) {
		var n string
		n, noted = note(lines[d+1])
		if noted && sealNote(n) && d+2 < end && dateish(lines[d+2]) {
			noted = false // a seal's note over the date: a dated signature
		}
	}
	if !noted && d+2 < end && lostDate(lines[d+1]) {
		// 2023515 over （此件公开发布）: a date that lost its 年月日.
		if _, noted = note(lines[d+2]); noted {
			lost = lines[d+1]
		}
	}
	// 特此通知 / 某委员会 / 2024522, then nothing but the page's lines: the
	// signature of a notice whose date lost its 年月日.
	lostLast := !noted && d+1 < end && lostDate(lines[d+1]) && !strings.ContainsAny(lines[d+1], "年月日") &&
		closingAbove(lines, b, d) && signerLine(lines[d]) &&
		Furniture(lines[d+2+pageLines(ctx.v, lines[d+2:end]):end])
	if lostLast {
		lost = lines[d+1]
	}
	closes := false
	if !noted && ctx.dateOnly {
		if d+1 == end {
			closes = true
		} else {
			_, closes = appendixHeading(lines[d+1])
		}
	}
	if !noted && !closes && d+1 == end && d > b && vocab.EndsInGenre(ctx.title) && siteBanner(lines[d]) {
		// 某某的公告 over its text and, last, one body's name alone: the
		// signer of a document of that kind whose page leaves the date
		// out, under a 正文 that ends a sentence.
		last, _ := utf8.DecodeLastRuneInString(lines[d-1])
		closes = strings.ContainsRune(sentenceEnd, last)
	}
	// Signers under a closing formula (特此通告。) and over nothing but the
	// page's lines (分享到：, 相关文章：) sign a notice that has no date.
	// So do signers under a 附件说明 (附件：1.…；2.…。), which ends a 正文
	// as a closing formula does.
	formulaAbove := !noted && !closes && !lostLast && closingAbove(lines, b, d)
	attached := false
	if !noted && !closes && !lostLast && !formulaAbove && d > b && attachmentLineAbove(lines, b, d) && signerLine(lines[d]) {
		k, names := attachmentsAtEnd(lines, b, d)
		attached = len(names) > 0 && k > b && k < d
	}
	formula := (formulaAbove || attached) && signerLine(lines[d]) &&
		(d+1 == end || !signerLine(lines[d+1]) && !dateish(lines[d+1]) && !aliasLine(lines[d+1]) && !sealOverDate(lines, d+1, end) &&
			Furniture(lines[d+1+pageLines(ctx.v, lines[d+1:end]):end]))
	if !noted && !closes && !formula && !lostLast {
		return signature{}, false
	}
	sig := signature{start: d + 1, date1: d + 1, undated: true, lost: lost}
	if lost != "" {
		sig.date1 = d + 2
	}
	sig.start, sig.signers = signerLinesAbove(lines, b, d, sig.start)
	if len(sig.signers) == 0 || sig.start <= b {
		return signature{}, false
	}
	if formula || lostLast {
		sig.pageAfter = true
		return sig, closing(lines[sig.start-1]) || attached && sig.start == d
	}
	if closes {
		last, _ := utf8.DecodeLastRuneInString(lines[sig.start-1])
		return sig, strings.ContainsRune(sentenceEnd, last) || closing(lines[sig.start-1])
	}
	return sig, true
}

// closingAbove reports whether a closing formula stands within signerLines
// lines over lines[d], the last line of a signature: the cheap test that
// most lines fail before signers and the page's lines are looked for.
func closingAbove(lines []string, b, d int) bool {
	for k := d - 1; k >= b && d-k <= signerLines; k-- {
		if closing(lines[k]) {
			return true
		}
	}
	return false
}

// dateish reports whether l is a signature's date, whole or not: a date,
// a month, or a date that lost some of its characters.
func dateish(l string) bool {
	_, ok := dateLine(l)
	return ok || monthLine(l) || lostDate(l)
}

// signerLine reports whether l names signers, as a line of a signature
// does.
func signerLine(l string) bool {
	_, ok := signers(l)
	return ok
}

// lostDate reports a line of six to eight digits that starts like a year,
// with some of 年, 月 and 日 or none, or spaces where they stood (2023515,
// 2026年18, 2016 1217), a date whose
// year's digits are gone (年3月5日), or a date in Chinese numerals cut
// short (二○○七年一月十): a date whose characters a copy dropped, which
// cannot be read back.
func lostDate(l string) bool {
	if hanYearStart(l) {
		return lostHanDate(l)
	}
	if len(l) > maxLostDate {
		return false // most lines
	}
	if strings.HasPrefix(l, "年") {
		return yearLost.MatchString(l) // 年3月5日: the year's digits lost
	}
	if !strings.HasPrefix(l, "19") && !strings.HasPrefix(l, "20") {
		return false
	}
	digits := 0
	for _, r := range l {
		switch {
		case '0' <= r && r <= '9':
			digits++
		case r == '年' || r == '月' || r == '日':
			// kept by the copy (2026年18, 2017817日): no help
		case r == ' ' || r == '\u3000':
			// where a character stood (2016 1217): no help either
		default:
			return false
		}
	}
	if digits < 6 || digits > 8 {
		return false
	}
	_, whole := dateLine(l)
	return !whole
}

// hanYearStart reports whether l starts like a year in Chinese numerals
// (二〇〇七, 一九九八).
func hanYearStart(l string) bool {
	for _, p := range []string{"二〇", "二○", "二零", "二O", "一九"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// lostHanDate reports a date in Chinese numerals that lost its end
// (二○○七年一月十): the year and 年, then numerals and 月 or 日, and no
// whole date or month.
func lostHanDate(l string) bool {
	if runesOver(l, 11) || !strings.Contains(l, "年") || monthLine(l) {
		return false
	}
	for _, r := range l {
		if !isChineseDigit(r) && !strings.ContainsRune("○O年月日", r) {
			return false
		}
	}
	_, whole := dateLine(l)
	return !whole
}

// yearLost matches a date whose year's digits a copy lost.
var yearLost = regexp.MustCompile(`^年\d{1,2}月\d{1,2}日$`)

// maxLostDate bounds a line that lostDate reads, in bytes: eight digits
// and the three characters of a date.
const maxLostDate = 8 + 3*3

// pageLine reads a line of the page's own after the document: its source
// and date (来源：…), an editor's credit (责任编辑：…, in parentheses or not),
// related links (相关解读：…), a line naming the site's account
// (…微信公众号), its disclaimer, a form of empty labels, the heading of its
// lists of links (相关链接：), the heading of the page's file links (附件：, 附件下载：
// alone) and those links. It returns the pairs of known labels without a field, which the
// record keeps.
func pageLine(v *vocab.Vocabulary, l string) (pageInfo, bool) {
	if inner, ok := unparen(l); ok {
		l = inner
		if !runesOver(inner, maxCredit) && !hasSentencePunct(inner) && hasSuffixAny(inner, contributed) {
			// （某局供稿）, （渔政站 某某）: who sent the item in.
			return pageInfo{}, true
		}
	}
	if link, _, ok := cutColon(l); ok && strings.HasSuffix(strings.TrimSpace(link), "链接") && strings.Contains(l, "://") {
		return pageInfo{}, true // 征求链接：http://…, the page's link to what it speaks of
	}
	if items := bracketItems(l); len(items) > 1 {
		// 【责任编辑：某某】 【收藏】 【关闭窗口】: a bar of the page's items,
		// each in its brackets.
		var info pageInfo
		for _, it := range items {
			i, ok := pageLine(v, it)
			if !ok {
				return pageInfo{}, false
			}
			info.merge(i)
		}
		return info, true
	}
	if label, value, ok := cutColon(l); ok && onlyURL(strings.TrimSpace(value)) {
		if label = vocab.Compact(label); vocab.IsHanString(label) && !runesOver(label, maxAddressLabel) {
			// 文章来源：https://…, 本文地址：http://…: the address of the
			// page, or of the one it copies, kept with its label; no
			// source's name.
			return pageInfo{extra: []notice.Field{{Label: label, Value: strings.TrimSpace(value)}}}, true
		}
	}
	if info, ok := chromeLine(v, l); ok {
		return info, true
	}
	if fileLink(l) || pagerLine(l) || screenshotCaption(l) || statusLine(l) {
		return pageInfo{}, true
	}
	if extra, ok := slashCredits(l); ok {
		return pageInfo{extra: extra}, true
	}
	if t := strings.TrimRightFunc(l, func(r rune) bool { return isColon(r) || unicode.IsSpace(r) }); t != "" && (t != l || t != "附件") && !runesOver(t, maxLabelOnly) {
		// 附件下载：, or 附件下载 without its colon: the heading of the
		// page's list of files, its links gone. 附件 alone heads an
		// appendix.
		if k, ok := v.Exact(vocab.Compact(t)); ok && k.Role == vocab.RoleField && k.Field == vocab.Attachments {
			return pageInfo{}, true
		}
	}
	for _, x := range accountSuffixes {
		if strings.HasSuffix(l, x) && !runesOver(l, 30) && !hasSentencePunct(l) {
			return pageInfo{}, true
		}
	}
	return pageInfo{}, vocab.IsUI(l) || shareHint(l) || disclaimer(l) || viewerHint(l) || emptyLabels(l) || vocab.FooterHeading(l) ||
		emptyContact(l) || emptyFormLabel(v, l)
}

// emptyFormLabel reports a label alone with its colon that the vocabulary
// does not know and that names who signs or handles a form, or when (签收人：,
// 执法人员：): a form's blank under the text, left unfilled.
func emptyFormLabel(v *vocab.Vocabulary, l string) bool {
	t, ok := strings.CutSuffix(strings.TrimRight(l, " "), "：")
	if !ok {
		t, ok = strings.CutSuffix(strings.TrimRight(l, " "), ":")
	}
	if !ok || !vocab.IsHanString(t) || runesOver(t, maxBlankLabel) || v.Classify(t).IsLabel() {
		return false
	}
	return hasSuffixAny(t, blankEnds)
}

// blankEnds end the labels of a form's blanks: who signs or handles it,
// and when (a heading alone, 结果反馈：, heads text instead).
var blankEnds = []string{"人", "员", "签字", "签名", "盖章", "日期"}

// maxBlankLabel bounds a form's label emptyFormLabel reads, in characters.
const maxBlankLabel = 6

// statusLine reports a JSON object alone on a line ({"code": 200, "msg":
// "ok"}): a crawler's or a site's response status kept with the text.
func statusLine(l string) bool {
	return len(l) <= maxStatusLine && strings.HasPrefix(l, "{") && strings.HasSuffix(l, "}") && strings.Contains(l, `":`)
}

// maxStatusLine bounds statusLine's line, in bytes.
const maxStatusLine = 200

// maxAddressLabel bounds the label of a page's address, in characters.
const maxAddressLabel = 6

// onlyURL reports whether s is one web address and nothing more.
func onlyURL(s string) bool {
	return (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")) && vocab.URLLen(s) == len(s)
}

// maxLabelOnly bounds a label alone on its line, in characters.
const maxLabelOnly = 8

// slashCredits reads a line of credits that part each label from its name
// with a slash (校读/某某 责编/某某 审核/某某): two or more, one of them a
// credit the vocabulary knows.
func slashCredits(l string) ([]notice.Field, bool) {
	if len(l) > maxSlashCreditsLine || !strings.Contains(l, "/") {
		return nil, false // most lines
	}
	var extra []notice.Field
	known := false
	for f := range strings.FieldsFuncSeq(l, unicode.IsSpace) {
		label, name, ok := strings.Cut(f, "/")
		if !ok || !vocab.IsHanString(label) || runesOver(label, maxSlashCreditLabel) || name == "" ||
			runesOver(name, maxCreditName) || strings.ContainsAny(name, "/:：") {
			return nil, false
		}
		known = known || vocab.Credit(label)
		extra = append(extra, notice.Field{Label: label, Value: name})
	}
	return extra, known && len(extra) >= 2
}

// Bounds of slashCredits: the line, in bytes, and a label, in characters.
const (
	maxSlashCreditsLine = 200
	maxSlashCreditLabel = 4
)

// screenshotCaption reports the caption of a picture the page shows of a
// site or a file (网站截图, 文件截图): a few words that end in 截图, which
// alone is a portal's menu item.
func screenshotCaption(l string) bool {
	return strings.HasSuffix(l, "截图") && l != "截图" && !runesOver(l, maxCaption) && !hasSentencePunct(l)
}

// maxCaption bounds a picture's caption, in characters.
const maxCaption = 12

// emptyContact reports a contact's label whose number the page left out
// (监督联系电话：): the page's template, no line of the text.
func emptyContact(l string) bool {
	t, ok := strings.CutSuffix(strings.TrimRight(l, " "), "：")
	if !ok {
		t, ok = strings.CutSuffix(strings.TrimRight(l, " "), ":")
	}
	return ok && !runesOver(t, maxPhoneLabel) && strings.HasSuffix(vocab.Compact(t), "电话")
}

// bracketItems returns the insides of a line made only of items in 【】,
// white space between them, or nil.
func bracketItems(l string) []string {
	if !strings.HasPrefix(l, "【") || !strings.HasSuffix(l, "】") {
		return nil // most lines
	}
	var items []string
	for rest := l; rest != ""; rest = strings.TrimLeftFunc(rest, unicode.IsSpace) {
		inner, after, ok := strings.Cut(strings.TrimPrefix(rest, "【"), "】")
		if !ok || !strings.HasPrefix(rest, "【") || strings.Contains(inner, "【") {
			return nil
		}
		items, rest = append(items, strings.TrimSpace(inner)), after
	}
	return items
}

// viewerHint reports the page's hint for showing a file it embeds (如果内容
// 不能正常显示：请安装pdf软件 [在线安装], 或下载本PDF文档 [点击下载]。).
func viewerHint(l string) bool {
	if runesOver(l, 80) {
		return false
	}
	return strings.Contains(l, "不能正常显示") || strings.Contains(l, "请安装") && strings.Contains(strings.ToLower(l), "pdf")
}

// emptyLabels reports a line of two or more short labels, each with its
// colon and no value (初审： 复审： 终审：): a form of the page's, left blank.
func emptyLabels(l string) bool {
	if len(l) > maxEmptyLabelsLine {
		return false
	}
	n := 0
	for f := range strings.FieldsFuncSeq(l, unicode.IsSpace) {
		label, value, ok := cutColon(f)
		if !ok || value != "" || label == "" || runesOver(label, maxEmptyLabel) || hasSentencePunct(label) {
			return false
		}
		n++
	}
	return n >= 2
}

// Bounds of emptyLabels: the line, in bytes, and each label, in characters.
const (
	maxEmptyLabelsLine = 120
	maxEmptyLabel      = 6
)

// disclaimer reports the site's notice of rights or liability under an
// article (免责声明：该内容来源于网友提供…, 版权声明：…): the page's, however
// long.
func disclaimer(l string) bool {
	for _, p := range []string{"免责声明", "版权声明", "郑重声明", "声明：", "声明:"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	if runesOver(l, 60) {
		return false
	}
	// 本内容来源于政府官方网站，如需引用，请以正式文件为准: a copy's note
	// that the text is not the official one; （未经授权禁止转载、摘编…）, a
	// site's reservation of its rights; 网友评论仅供其表达个人看法，并不表明
	// 网站立场, a portal's note on its comments; 本内容不代表本网观点和政治立场,
	// a reposting site's.
	return strings.Contains(l, "以正式文件为准") || strings.Contains(l, "禁止转载") ||
		strings.Contains(l, "网站立场") || strings.Contains(l, "不代表本网观点") || loginHint(l)
}

// loginHint reports a forum's or a portal's line that asks the reader to
// log in or sign up (您需要 登录 才可以下载或查看，没有账号？立即注册).
func loginHint(l string) bool {
	return strings.Contains(l, "登录") && strings.Contains(l, "注册")
}

// shareHint reports a line of the pop-up that tells how to share the page
// (打开微信，点击底部的“发现”， / 使用“扫一扫”即可将网页分享至朋友圈。).
func shareHint(l string) bool {
	if runesOver(l, 40) {
		return false
	}
	return strings.HasPrefix(l, "打开微信") || strings.Contains(l, "分享至朋友圈") || strings.Contains(l, "分享到朋友圈")
}

// accountSuffixes end the lines that name a site's accounts and apps under
// an article.
var accountSuffixes = []string{"微信公众号", "公众号", "微博", "客户端", "APP", "App"}

// copyCount is the number of copies a 抄送 gives one body: （2份）.
var copyCount = regexp.MustCompile(`\s*[（(]\s*\d{1,3}\s*份\s*[)）]\s*`)
