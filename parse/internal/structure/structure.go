package structure

import (
	"slices"
	"strings"
	"unicode"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/vocab"
)

// Doc holds the parts of an official document found in a page body. Every
// string in it is taken from the input: a paragraph as given, a part of one,
// or (for titles) lines joined with their layout spaces removed. A part that
// is absent is empty or nil. When Recognized is false only Body, Chrome,
// Source and Published are set.
type Doc struct {
	// Title is the 标题, joined when it was split over lines, without
	// letter-spacing, a site tag (【政策】) or a 文号 in parentheses at its end.
	Title string
	// DocNumber is the 发文字号: the line that is only a document number, the
	// number before a title (宁政办发〔2018〕47号《…》) or the one in the
	// title's final parentheses; the first found wins.
	DocNumber *notice.DocNumber
	// Addressee is the 主送机关 without its final colon.
	Addressee string
	// Body holds the 正文 when Recognized, else every paragraph but the
	// Chrome lines.
	Body []string
	// Attachments are the names the 附件说明 (附件：1.…2.…) at the end of the 正文
	// lists, without their numbers; they have no URL.
	Attachments []notice.Attachment
	// Signers are the 发文机关署名, one body each.
	Signers []string
	// Signed is the 成文日期 under the signature.
	Signed *notice.Date
	// Notes are the 附注 under the date, without their parentheses
	// (此件公开发布).
	Notes []string
	// Appendices are the documents after the signature: those under a 附件 or
	// 附件2 heading, and one without a heading whose title the document's
	// title or 正文 names (印发《…》的通知 followed by the …).
	Appendices []notice.Appendix
	// CC lists the bodies of the 版记's 抄送 line.
	CC []string
	// Keywords are those of a 主题词 line in the 版记 of an older document.
	Keywords []string
	// Validity is the status a law database prints after the title, in
	// brackets ([全文废止]), which the title goes without.
	Validity string
	// Printed is the 版记's 印发 line without the final 印发: the printing
	// office and date (国务院办公厅秘书局 2018年10月27日).
	Printed string
	// Source and Published come from the site's lines around the title
	// (来源：岳阳市政府门户网 日期：2017-01-12 17:08); those lines go to Chrome.
	Source    string
	Published *notice.Date
	// Publisher is the value of a publisher's label in those lines
	// (发布机构：… 发布时间：…).
	Publisher string
	// Extra holds the pairs of known labels without a field that those
	// lines hold (签发人：…, 作者：…), which the record keeps.
	Extra []notice.Field
	// Chrome holds the lines at the top that belong to the page, not to the
	// document: breadcrumbs, view counters, source and date lines, a
	// 版头 (…文件), a page heading above the title.
	Chrome []string
	// Trailing holds the lines after the signature that are no part the
	// stage recognises (相关阅读, an appendix it could not name).
	Trailing []string
	// Recognized reports whether the body has official-document structure
	// (see the package documentation for the rule).
	Recognized bool
	// Warnings says what was odd but kept, such as two different 文号.
	Warnings []Warning
	// Lines says where each part starts.
	Lines Lines
}

// A Warning is something odd about a body, on one line.
type Warning struct {
	Field   string      // the record's key for the field it is about
	Rule    notice.Rule // what kind of problem it is
	Line    int         // index of the line among the paragraphs that are not blank
	Message string
}

// Lines says where each part of a Doc starts: the index of its first line
// among the paragraphs that are not blank, or -1 when the part is absent.
type Lines struct {
	Title, DocNumber, Addressee, Body, Attachments, Signature, Signed,
	Notes, Appendices, CC, Printed, Info int
}

// noLines is Lines with every part absent.
var noLines = Lines{-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1}

// Analyze recognises the parts of an official document (GB/T 9704-2012) in
// the paragraphs of a page body. The paragraphs are canonical text without
// the metadata header; blank ones are ignored and the others are trimmed.
// Analyze never fails: a body without the structure comes back whole in
// Doc.Body, with Recognized false.
func Analyze(paras []string) Doc {
	return AnalyzeWith(paras, Header{})
}

// Header is what a page's metadata header says of its document. A page
// with a header often leaves the title and the 文号 out of its body, so
// they count as evidence of the structure as if the body showed them; the
// Doc still holds only what the body shows.
type Header struct {
	// Title is the header's title (信息名称, 标题). It counts only when it
	// ends in a genre word, as a title in the body must.
	Title string
	// DocNumber reports whether the header gives a 文号.
	DocNumber bool
	// Attachments reports whether the header lists attachments (附件,
	// 文件下载), as a 附件说明 above a signature does.
	Attachments bool
	// Vocabulary tells the labels of the page's lines around the title
	// (来源：…, 签发人：…); nil is the built-in one.
	Vocabulary *vocab.Vocabulary
}

// cutLostSpaces cuts a run of question marks off the end or the start of
// a line: the white space that aligned a signature, lost by a conversion
// to a charset without it (甘肃省人民政府????????, ????????2019年6月1日). No
// sentence ends or starts with three.
func cutLostSpaces(p string) string {
	t := strings.TrimRight(p, "?？")
	if n := vocab.RuneCount(p[len(t):]); n >= minLostSpaces || strings.TrimSpace(t) == "" {
		p = t // or a line of lost characters alone: none left
	} else {
		t = p
	}
	u := strings.TrimLeft(t, "?？ \u3000") // ? ? ???2021年10月11日: lost spaces among spaces kept
	if len(u) == len(t) {
		return innerLostSpaces(p) // most lines: no mark at the start
	}
	if n := strings.Count(t[:len(t)-len(u)], "?") + strings.Count(t[:len(t)-len(u)], "？"); n >= minLostSpaces {
		return innerLostSpaces(u)
	} else if _, ok := docNumber(u); ok && n > 0 {
		return u // ?某选字第1号: a 文号 starts no sentence with a question mark
	}
	return innerLostSpaces(p)
}

// fullwidthQuestions reports whether p holds ？？？. It finds the last
// byte of ？ first: the first, which every full-width mark shares (，：；),
// would stop a search at each.
func fullwidthQuestions(p string) bool {
	const q = "？？？"
	for i := 0; ; {
		j := strings.IndexByte(p[i:], q[len("？")-1])
		if j < 0 {
			return false
		}
		if k := i + j - (len("？") - 1); k >= 0 && strings.HasPrefix(p[k:], q) {
			return true
		}
		i += j + 1
	}
}

// innerLostSpaces turns a run of minLostSpaces question marks or more
// inside a line into a space: the spaces that parted the bodies of a
// signature (某部?????某部 ???某部), lost as those around it were.
func innerLostSpaces(p string) string {
	if !strings.Contains(p, "???") && !fullwidthQuestions(p) {
		return p // most lines
	}
	var b strings.Builder
	run, from := 0, 0 // the run of question marks, and where it starts
	for i := 0; i < len(p); {
		size := 0
		switch {
		case p[i] == '?':
			size = 1
		case strings.HasPrefix(p[i:], "？"):
			size = len("？")
		}
		if size > 0 {
			if run == 0 {
				from = i
			}
			run++
			i += size
			continue
		}
		if run >= minLostSpaces {
			b.WriteByte(' ')
		} else if run > 0 {
			b.WriteString(p[from:i]) // a mark or two of the text's own
		}
		run = 0
		b.WriteByte(p[i])
		i++
	}
	if run > 0 {
		b.WriteString(p[from:])
	}
	return b.String()
}

// minLostSpaces is the shortest run of question marks that cutLostSpaces
// cuts.
const minLostSpaces = 3

// trimmedLines returns the paragraphs that are not blank, trimmed, with
// runs of question marks for lost spaces cut.
func trimmedLines(paras []string) []string {
	lines := make([]string, 0, len(paras))
	for _, p := range paras {
		if p = strings.TrimSpace(cutLostSpaces(strings.TrimSpace(p))); p != "" {
			lines = append(lines, p)
		}
	}
	return lines
}

// AnalyzeWith is [Analyze] for the body of a page whose metadata header
// says hdr. The header's title also names an appendix the body does not
// head (印发《…》的通知 followed by the …) when the body has no title.
func AnalyzeWith(paras []string, hdr Header) Doc {
	lines, origin := unflatten(hdr.Vocabulary, trimmedLines(paras))
	d := analyze(lines, hdr)
	if !d.Recognized && origin != nil {
		// Lines are cut where a document's parts run together only when
		// they are a document's: other text keeps its lines as they are.
		return plain(hdr.Vocabulary, trimmedLines(paras), hdr.Title)
	}
	d.Lines.remap(origin)
	for i, w := range d.Warnings {
		if origin != nil && w.Line >= 0 && w.Line < len(origin) {
			d.Warnings[i].Line = origin[w.Line]
		}
	}
	return d
}

// analyze is AnalyzeWith on lines that are trimmed, not blank and cut where
// a flattened body ran its parts together.
func analyze(lines []string, hdr Header) Doc {
	h := readHead(hdr.Vocabulary, lines, hdr.Title)
	title := h.title
	if title == "" {
		if t, _ := titleAndNumber(titleText(hdr.Title)); vocab.EndsInGenre(t) {
			title = t
		}
	}
	hasNumber := h.docNumber != nil || hdr.DocNumber || h.numbered
	headEvidence := h.addressee != "" || hasNumber && title != "" || h.dated != nil
	t := readTail(lines, h.end, tailContext{dateOnly: headEvidence, title: title, v: hdr.Vocabulary, attachments: hdr.Attachments})
	strongSignature := len(t.signers) > 0
	recognized := headEvidence || strongSignature &&
		(title != "" || hasNumber || t.closing || opening(lines[h.end:t.bodyEnd]) || lastOpens(lines[h.end:t.bodyEnd]) || len(t.notes) > 0 || len(t.cc) > 0 || t.printed != "" ||
			len(t.attachments) > 0 || hdr.Attachments) ||
		t.signed != nil && t.closing // 特此通告 over a date alone
	if !recognized {
		return plain(hdr.Vocabulary, lines, hdr.Title)
	}

	if len(t.signers) == 0 && t.signed == nil && len(t.trailing) == 0 && len(t.furniture) == 0 {
		// No signature ends the 正文: the page's lines at its end
		// (附件下载：, 相关链接：) are the page's, as under a signature.
		if k := h.end + dropPageLines(hdr.Vocabulary, lines[h.end:t.bodyEnd]); k < t.bodyEnd {
			t.trailing, t.trailingAt, t.bodyEnd = lines[k:t.bodyEnd], k, k
			if a, names := attachmentsAtEnd(lines, h.end, k); a < k && len(t.attachments) == 0 {
				// 附件1：… over the page's lines (编辑：…): the 附件说明
				// that ends the 正文.
				t.attachments, t.bodyEnd, t.at.Attachments = names, a, a
			}
		}
	}
	d := Doc{
		Title:       h.title,
		DocNumber:   h.docNumber,
		Addressee:   h.addressee,
		Body:        slices.Clip(lines[h.end:t.bodyEnd]),
		Attachments: t.attachments,
		Signers:     t.signers,
		Signed:      t.signed,
		Notes:       t.notes,
		Appendices:  t.appendices,
		CC:          t.cc,
		Keywords:    t.keywords,
		Validity:    h.validity,
		Printed:     t.printed,
		Chrome:      h.chrome,
		Trailing:    t.trailing,
		Recognized:  true,
		Warnings:    append(h.warnings, t.warnings...),
		Lines:       h.at,
	}
	var tailInfo pageInfo
	kept := dropPageLines(hdr.Vocabulary, d.Trailing)
	tailInfo = readPageLines(hdr.Vocabulary, d.Trailing[kept:], t.trailingAt+kept)
	// The chrome in the page's order: above the document, the page's
	// lines under it, what follows them.
	d.Chrome = append(append(slices.Clip(d.Chrome), d.Trailing[kept:]...), t.furniture...)
	d.Trailing = d.Trailing[:kept]
	info := h.info
	info.merge(tailInfo) // the page's lines under the title come first
	d.Extra = append(info.extra, t.pairs...)
	d.Source, d.Published = info.result()
	d.Publisher = info.publisher
	if info.tells() {
		d.Lines.Info = info.line
	}
	if len(d.Trailing) == 0 {
		d.Trailing = nil
	}
	t.lines(&d.Lines)
	if len(h.notes) > 0 {
		// The head's note comes first, as on the page.
		d.Notes, d.Lines.Notes = append(h.notes, d.Notes...), h.notesAt
	}
	if d.Signed == nil && h.dated != nil {
		// （宁政办发〔2001〕99号 2001年9月3日） under the title dates a
		// document whose signature the page leaves out.
		d.Signed, d.Lines.Signed = h.dated, h.at.Signed
	}
	if len(d.Body) == 0 {
		d.Body = nil
	} else {
		d.Lines.Body = h.end
	}
	return d
}

// lastOpens reports whether the paragraph over the signature holds an
// opening formula: a reply run into one line under the letter it answers
// (网友：您好！…现答复如下：经调查，…。).
func lastOpens(body []string) bool {
	return len(body) > 0 && opening(body[len(body)-1:])
}

// byline reads a page's byline at lines[i]: its date and time alone on a
// line, maybe under the name of the account or outlet that posted it
// (微闻某区 / 2024-11-05 19:10:51). It returns what the lines tell and how
// many they are, 0 when there is none.
func byline(lines []string, i int) (pageInfo, int) {
	if d, ok := stampLine(lines[i]); ok {
		return pageInfo{published: d, hasPublished: true, line: i}, 1
	}
	if i+1 < len(lines) && bylineName(lines[i]) {
		if d, ok := stampLine(lines[i+1]); ok {
			return pageInfo{source: lines[i], hasSource: true, published: d, hasPublished: true, line: i}, 2
		}
	}
	return pageInfo{}, 0
}

// Stamp is stampLine for a line of the page around a header.
func Stamp(l string) (notice.Date, bool) { return stampLine(l) }

// stampLine reads a line that is a date in digits and its time alone
// (2024-11-05 19:10:51): a page's stamp, which no document's text is.
func stampLine(l string) (notice.Date, bool) {
	d, ok := digitDate(l, len("2018-06-15 19:10:51"))
	return d, ok && d.HasTime
}

// bylineName reports a short name alone on its line, no sentence, no
// title, no date: the account or the outlet a page credits.
func bylineName(l string) bool {
	return !runesOver(l, maxBylineName) && hanCount(l) >= 2 && !hasSentencePunct(l) &&
		!strings.ContainsFunc(l, unicode.IsDigit) && !vocab.EndsInGenre(compactTitle(l)) && !strings.ContainsAny(l, "|｜>＞")
}

// maxBylineName bounds a byline's name, in characters.
const maxBylineName = 16

// plainChromeLines bounds where plain looks for source and date lines: a
// page puts them right under its title.
const plainChromeLines = 6

// plain is the Doc of a body without official-document structure: every
// line is body text but the source and date lines at its top.
func plain(v *vocab.Vocabulary, lines []string, headerTitle string) Doc {
	d := Doc{Lines: noLines}
	if len(lines) > 0 {
		d.Body = make([]string, 0, len(lines))
	}
	var info pageInfo
	skip := 0 // lines of a byline already read
	for i, l := range lines {
		if skip > 0 {
			skip--
			continue
		}
		if i < plainChromeLines+2 && i+1 < len(lines) && !slices.ContainsFunc(d.Body, func(p string) bool { return !titleLine(p) }) {
			title := headerTitle
			if i > 0 {
				title = lines[i-1]
			}
			if note, n := headNote(lines, i, title); n > 0 && i+n < len(lines) {
				// A 题注 at the top of the text, under the heading's
				// lines or where the page printed the heading apart.
				info.addAdoption(note)
				d.Chrome = append(d.Chrome, lines[i:i+n]...)
				skip = n - 1
				continue
			}
		}
		if i < plainChromeLines && codeLine(l) {
			d.Chrome = append(d.Chrome, l)
			continue
		}
		if i < plainChromeLines {
			if li, ok := chromeLine(v, l); ok {
				li.line = i
				info.merge(li)
				d.Chrome = append(d.Chrome, l)
				continue
			}
			if li, n := byline(lines, i); n > 0 && i > 0 && !info.hasPublished {
				// Under a heading: the byline (微闻某区 / 2024-11-05 19:10:51).
				info.merge(li)
				d.Chrome = append(d.Chrome, lines[i:i+n]...)
				skip = n - 1
				continue
			}
		}
		if d.Lines.Body < 0 {
			d.Lines.Body = i
		}
		d.Body = append(d.Body, l)
	}
	var tailInfo pageInfo
	kept := dropPageLines(v, d.Body)
	tailInfo = readPageLines(v, d.Body[kept:], len(lines)-len(d.Body)+kept)
	d.Chrome = append(d.Chrome, d.Body[kept:]...)
	d.Body = d.Body[:kept]
	info.merge(tailInfo)
	d.Extra = info.extra
	if len(d.Body) == 0 {
		d.Body = nil
	}
	d.Source, d.Published = info.result()
	d.Publisher = info.publisher
	if info.tells() {
		d.Lines.Info = info.line
	}
	return d
}

// merge adds what another chrome line tells; the first value found wins,
// and the line of the first that gave one is kept.
func (p *pageInfo) merge(q pageInfo) {
	if !p.tells() && q.tells() {
		p.line = q.line
	}
	if !p.hasSource && q.hasSource {
		p.source, p.hasSource = q.source, true
	}
	if !p.hasPublished && q.hasPublished {
		p.published, p.hasPublished = q.published, true
	}
	if p.publisher == "" {
		p.publisher = q.publisher
	}
	p.extra = append(p.extra, q.extra...)
}

// tells reports whether the lines gave a field: the source, the date or
// the publisher.
func (p pageInfo) tells() bool { return p.hasSource || p.hasPublished || p.publisher != "" }

func (p pageInfo) result() (string, *notice.Date) {
	if !p.hasPublished {
		return p.source, nil
	}
	d := p.published
	return p.source, &d
}

// maxPageLines bounds the lines of the page's own that dropPageLines takes
// off the end of a body.
const maxPageLines = 5

// dropPageLines returns how many of lines stand before the page's own
// lines at their end (来源：…, 责任编辑：…, 相关解读：…, …微信公众号, page
// UI), which are chrome.
func dropPageLines(v *vocab.Vocabulary, lines []string) int {
	end := len(lines)
	for end > 0 && len(lines)-end < maxPageLines {
		if _, ok := pageLine(v, lines[end-1]); !ok {
			break
		}
		end--
	}
	return end
}

// readPageLines returns what the page's own lines tell: the source, the
// date and the pairs of known labels. at is the index of lines[0] among
// the paragraphs.
func readPageLines(v *vocab.Vocabulary, lines []string, at int) pageInfo {
	var info pageInfo
	for k, l := range lines {
		li, _ := pageLine(v, l)
		li.line = at + k
		info.merge(li)
	}
	return info
}
