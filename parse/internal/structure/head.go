package structure

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/vocab"
)

// Bounds of the head: how far down the title may end, and how many lines of
// chrome, 文号 and repeated titles may stand between it and the addressee.
const (
	titleWindow  = 12
	afterTitle   = 10
	titleLines   = 4   // lines a title may be split over
	titleRunes   = 100 // characters in one title line
	repeatWindow = 3   // lines a title repeat may stand below its first copy
)

// head is what the top of a body holds: the title, the 文号, the addressee
// and the page's chrome, and where the 正文 starts.
type head struct {
	v         *vocab.Vocabulary
	title     string
	docNumber *notice.DocNumber
	// numbered: a serial stands under the title that no DocNumber holds
	// (serialLine)
	numbered  bool
	dated     *notice.Date // a date beside the 文号 under the title
	addressee string
	validity  string // the status printed after the title ([全文废止])
	// notes holds the class of a reply printed after its 文号 (C类), a
	// 附注 of the head; notesAt is its line.
	notes    []string
	notesAt  int
	chrome   []string
	info     pageInfo
	end      int // index of the first line after the head
	warnings []Warning
	at       Lines
	titles   titleMemo
}

// titleMemo remembers the title text of the last few lines it was asked
// for: the head's scan asks repeatBelow about the same lines below it
// again at each step.
type titleMemo struct {
	line  [repeatWindow + 1]int // index+1 of the line, 0 for an empty slot
	title [repeatWindow + 1]string
	next  int
}

// lineTitle returns the title text of lines[j], as titleAndNumber reads it.
func (h *head) lineTitle(lines []string, j int) string {
	m := &h.titles
	for k, l := range m.line {
		if l == j+1 {
			return m.title[k]
		}
	}
	t, _ := titleAndNumber(titleText(lines[j]))
	m.line[m.next], m.title[m.next] = j+1, t
	m.next = (m.next + 1) % len(m.line)
	return t
}

// readHead finds the title, then reads the lines after it up to the
// addressee: chrome, 文号 lines and copies of the title. Lines above the
// title are chrome unless they are a 文号.
func readHead(v *vocab.Vocabulary, lines []string, headerTitle string) head {
	h := head{v: v, at: noLines}
	start := 0
	if s, e, title, dn, ok := findTitle(lines); ok {
		for i, l := range lines[:s] {
			h.above(i, l)
		}
		h.title, h.at.Title = title, s
		if dn != nil {
			h.setDocNumber(*dn, s)
		}
		_, h.validity = splitValidity(compactTitle(lines[e]))
		start = e + 1
	} else if p := leadingDocNumber(lines); p > 0 {
		for i, l := range lines[:p] {
			h.above(i, l)
		}
		start = p
	} else if note, n := headNote(lines, 0, headerTitle); n > 0 && n < len(lines) {
		// The body starts with the 题注 of a title the page gave apart
		// (an HTML heading).
		h.info.addAdoption(note)
		h.chrome = append(h.chrome, lines[:n]...)
		start = n
	} else if p := untitledInfo(v, lines); p > 0 {
		// A heading no title rule takes, over the page's source and
		// date: the article's title when it reads as one (a news
		// item's heading, 《某条例》某市区实施范围), else the page's,
		// as the lines above a title are.
		above := lines[:p]
		if l := lines[p-1]; titleLine(l) && runesOver(titleText(l), minNewsTitleRunes-1) {
			h.title, _ = titleAndNumber(titleText(l))
			h.at.Title = p - 1
			above = lines[:p-1]
		}
		for i, l := range above {
			h.above(i, l)
		}
		start = p
	}
	h.end = h.scan(lines, start)
	return h
}

// untitledInfo returns the index of the first line of the page's source
// and date among the first lines of a body that has no title, when only
// short lines without a sentence stand above it; 0 when there is none.
func untitledInfo(v *vocab.Vocabulary, lines []string) int {
	for k := 1; k < len(lines) && k < plainChromeLines; k++ {
		l := lines[k-1]
		if runesOver(l, maxNewsHeading) || strings.ContainsFunc(l, isSentenceEnd) {
			return 0
		}
		if info, ok := chromeLine(v, lines[k]); ok && (info.hasPublished || info.hasSource) {
			return k
		}
	}
	return 0
}

// maxNewsHeading bounds a heading over a page's source and date, in
// characters, and minNewsTitleRunes is the least a title among them has:
// a column's name (通知公告, 政策文件) is shorter.
const (
	maxNewsHeading    = 60
	minNewsTitleRunes = 8
)

// above files line i, which stands above the title.
func (h *head) above(i int, l string) {
	if n, ok := docNumber(l); ok {
		h.number(n, l, i)
		return
	}
	if damagedNumber(l) && h.docNumber == nil {
		h.damagedNumber(l, i)
		return
	}
	if d, ok := stampLine(l); ok && !h.info.hasPublished {
		// The page's date and time over the title.
		h.info.merge(pageInfo{published: d, hasPublished: true, line: i})
	}
	if info, ok := chromeLine(h.v, l); ok {
		info.line = i
		h.info.merge(info)
	}
	h.chrome = append(h.chrome, l)
}

// scan reads the head from lines[i], past the title, and returns where the
// 正文 starts.
func (h *head) scan(lines []string, i int) int {
	first := i
	for limit := i + afterTitle; i < len(lines) && i < limit; {
		l := lines[i]
		if h.title != "" {
			// （2018年4月13日某县人民代表大会常务委员会第十七次会议通过）
			// under a decision's title, on one line or two: its 题注, which
			// the record keeps.
			if note, n := headNote(lines, i, h.title); n > 0 {
				h.info.addAdoption(note)
				h.chrome = append(h.chrome, lines[i:i+n]...)
				i += n
				continue
			}
		}
		if d, ok := numericDate(l); ok && i == first && h.title != "" && !h.info.hasPublished {
			// 关于…的通知 / 2024-01-17 / 某发〔2024〕2号: the page's date
			// right under its title.
			h.info.merge(pageInfo{published: d, hasPublished: true, line: i})
			h.chrome = append(h.chrome, l)
			i++
			continue
		}
		if info, ok := chromeLine(h.v, l); ok {
			info.line = i
			h.info.merge(info)
			h.chrome = append(h.chrome, l)
			i++
			continue
		}
		if info, n := byline(lines, i); n > 0 && !h.info.hasPublished {
			h.info.merge(info)
			h.chrome = append(h.chrome, lines[i:i+n]...)
			i += n
			continue
		}
		if vocab.IsUI(l) || codeLine(l) || i > 0 && counterUnit(h.v, lines[i-1], l) {
			h.chrome = append(h.chrome, l)
			i++
			continue
		}
		if n, ok := columnThenNumber(l); ok {
			// 信息发布 某财农指〔2018〕11号: the page's column, then the
			// 文号, on one line.
			h.number(n, l, i)
			i++
			continue
		}
		if n, ok := docNumber(l); ok {
			h.number(n, l, i)
			i++
			continue
		}
		if damagedNumber(l) {
			h.damagedNumber(l, i)
			i++
			continue
		}
		if serialLine(l) {
			if n, err := notice.ParseDocNumber(h.title + l); err == nil && h.docNumber == nil &&
				strings.HasSuffix(h.title, "令") && strings.HasPrefix(l, "第") {
				// 某省人民政府令 / 第153号: the order's name and its
				// number make its 文号.
				h.setDocNumber(n, i)
			} else {
				h.chrome = append(h.chrome, l)
			}
			h.numbered = true
			i++
			continue
		}
		if validityLine(l) && h.title != "" && h.validity == "" {
			// 某局关于…的通告 / 某税告〔2004〕6号 / 全文有效: a law
			// database's status of the text, on a line of its own.
			h.validity = l
			h.chrome = append(h.chrome, l)
			i++
			continue
		}
		if _, ok := dateLine(l); ok && h.docNumber != nil && h.at.DocNumber < i && h.at.DocNumber >= i-2 && validityLine(lines[i-1]) {
			// 某税告〔2004〕6号 / 全文有效 / 2004年12月27日: the database's
			// date under the text's status, no paragraph of the 正文.
			h.chrome = append(h.chrome, l)
			i++
			continue
		}
		if _, ok := numericDate(l); ok && h.docNumber != nil && h.at.DocNumber == i-1 {
			// 某局公告2018年第10号 2018-6-15: a copy's date after the 文号,
			// a database's or a site's, which need not be the signature's.
			h.chrome = append(h.chrome, l)
			i++
			continue
		}
		if n, d, ok := numberAndDate(l); ok {
			h.setDocNumber(n, i)
			if h.dated == nil {
				h.dated, h.at.Signed = &d, i
			}
			i++
			continue
		}
		if h.repeats(l, i) {
			i++
			continue
		}
		if _, ok := placeHeadline(l); ok && h.title != "" {
			// 某市：某镇关于…的公告 under the page's heading of the same
			// document: the article's own headline, worded its way.
			h.chrome = append(h.chrome, l)
			i++
			continue
		}
		if n := h.splitRepeat(lines, i); n > 0 {
			i += n
			continue
		}
		if banTou(l) {
			h.chrome = append(h.chrome, l)
			i++
			continue
		}
		if i+1 < len(lines) && bodyName(l) {
			if n, ok := docNumber(lines[i+1]); ok {
				// 重庆市人民政府 / 渝府令第121号: a body's name
				// over a 文号 is the 版头 of a decree or an order.
				h.chrome = append(h.chrome, l)
				h.setDocNumber(n, i+1)
				i += 2
				continue
			}
		}
		if (h.numbered || h.docNumber != nil) && bodyName(l) && i+1 < len(lines) && !bodyName(lines[i+1]) {
			// 某县政发〔2022〕6号 / 某县人民政府 over the 正文: the issuer's
			// name under its number is the 版头's, as it is above.
			h.chrome = append(h.chrome, l)
			i++
			continue
		}
		if decreeHeading(l) {
			// 北京市人民政府令 / 第293号: the 版头 of a decree, and its
			// number under it.
			h.chrome = append(h.chrome, l)
			if i+1 < len(lines) {
				if n, ok := decreeNumber(l, lines[i+1]); ok {
					h.setDocNumber(n, i+1)
					i++
				}
			}
			i++
			continue
		}
		if a, next, ok := addresseeAt(lines, i); ok {
			h.addressee, h.at.Addressee = a, i
			return next
		}
		// A line the page puts between its title and the document's own
		// copy of it (©原创 01-19 21:07 云上鄂州) is chrome.
		if j := h.repeatBelow(lines, i); j > 0 {
			if j == i+1 && strings.HasPrefix(h.title, "关于") && siteBanner(lines[i]) {
				// 关于…的通知 / 某办公室 / 关于…的通知: the document's own
				// heading names its issuer over the title the page gave.
				h.title = lines[i] + h.title
			}
			h.chrome = append(h.chrome, lines[i:j]...)
			if d, ok := numericDate(lines[i]); ok && j == i+1 {
				// 某市…的通知 / 2011-09-07 / 某市…的通知: the page's
				// date between its heading and the document's title.
				h.info.merge(pageInfo{published: d, hasPublished: true, line: i})
			}
			i = j + 1
			continue
		}
		// So are a few short lines of the page (a 版头 in two lines, a
		// rule, the site's data, a heading of its own) before the
		// addressee, and a 文号 and a copy of the title among them.
		if j := addresseeAfter(lines, i); j > 0 {
			for k := i; k < j; k++ {
				if n, ok := docNumber(lines[k]); ok {
					h.setDocNumber(n, k)
				} else if h.title == "" || !h.repeats(lines[k], k) {
					if f, ok := formPair(h.v, lines[k]); ok {
						h.info.extra = append(h.info.extra, f)
					}
					h.chrome = append(h.chrome, lines[k])
				}
			}
			i = j
			continue
		}
		break
	}
	return i
}

// formPair reads a line of a form printed between a title and its
// addressee (代表姓名：某某、某某, 主办单位：某局, as a reply to deputies
// heads its text): a label without a field, of the vocabulary or of a
// label's shape, and its value, which the record keeps as an extra pair.
// An empty value is no pair: 某某局： alone is an addressee's form.
func formPair(v *vocab.Vocabulary, l string) (notice.Field, bool) {
	before, after, ok := cutColon(l)
	label, value := vocab.Compact(before), strings.TrimSpace(after)
	if !ok || !strings.ContainsFunc(value, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) ||
		runesOver(value, maxFormValue) || hasSentenceEnd(value) ||
		strings.ContainsAny(value, ">＞»") || // 当前所在：首页 > …, the page's trail
		ccLine(l) || attachmentStart(l) || keywordsLine(l) { // parts of the document, read as such
		return notice.Field{}, false
	}
	if k, known := v.Exact(label); known {
		return notice.Field{Label: label, Value: value}, k.Role == vocab.RoleExtra
	}
	return notice.Field{Label: label, Value: value}, vocab.Shaped(label) && !runesOver(before, 2*maxFormLabel)
}

// Bounds of formPair, in characters: a form's value is a name or a short
// phrase, and its label, spaces and all, is short.
const (
	maxFormValue = 60
	maxFormLabel = 8
)

// adoptionNote reads the 题注 under a title: when and by which meeting the
// text was adopted or approved, in brackets (（2007年6月29日第十届…会议通过）),
// or with its opening bracket and a date's 年 and 月 lost in a copy
// (2021926日某县…会议通过）). It returns the note without its brackets.
func adoptionNote(l string) (string, bool) {
	if runesOver(l, maxAdoptionNote) || !strings.HasSuffix(l, "）") && !strings.HasSuffix(l, ")") {
		return "", false // most lines
	}
	inner, ok := unparen(l)
	if !ok {
		inner = strings.TrimSuffix(strings.TrimSuffix(l, "）"), ")")
		if strings.ContainsAny(inner, "（()）") {
			return "", false
		}
	}
	if !hasSuffixAny(inner, adoptionVerbs) || !strings.Contains(inner, "会议") && !strings.Contains(inner, "批准") ||
		!strings.ContainsFunc(inner, unicode.IsDigit) && !strings.Contains(inner, "年") {
		return "", false
	}
	return inner, true
}

// headNote reads a 题注 at lines[i]: a note of adoption (adoptionAt), or
// the byline a report prints under its title (关于…的报告 / 某县人民政府 /
// （2021年10月）), who reports and when. It returns the note and how many
// lines it takes, 0 when there is none.
func headNote(lines []string, i int, title string) (string, int) {
	if note, n := adoptionAt(lines, i); n > 0 {
		return note, n
	}
	if reportByline(lines, i) {
		return lines[i] + lines[i+1], 2
	}
	return issuerByline(lines, i, title)
}

// issuerByline reads the bodies that issue a 公报 or a 报告, named on one
// or two lines under its title (某省统计局 国家统计局某调查总队 under
// 2023年某省国民经济和社会发展统计公报): the lines joined with a space, and how
// many they are; 0 when there are none. A line of text must follow them.
func issuerByline(lines []string, i int, title string) (string, int) {
	if !hasSuffixAny(compactTitle(title), bylineKinds) {
		return "", 0 // most titles
	}
	var names []string
	n := 0
	for k := i; k < len(lines) && k < i+2 && bodiesOnly(lines[k]); k++ {
		names = append(names, strings.Join(strings.Fields(lines[k]), " "))
		n++
	}
	if n == 0 || i+n >= len(lines) || bodiesOnly(lines[i+n]) {
		return "", 0
	}
	return strings.Join(names, " "), n
}

// bylineKinds end the titles a byline of their issuers may stand under.
var bylineKinds = []string{"公报", "报告", "年报"}

// bodiesOnly reports a line that names bodies only, no person.
func bodiesOnly(l string) bool {
	names, ok := signers(l)
	if !ok {
		return false
	}
	for _, name := range names {
		if IsPerson(name) {
			return false
		}
	}
	return true
}

// reportByline reports the names of bodies at lines[i] over a date or a
// month in brackets alone on the next line: the byline a report prints
// under its title.
func reportByline(lines []string, i int) bool {
	if i+1 >= len(lines) || !bodiesOnly(lines[i]) {
		return false
	}
	inner, ok := unparen(lines[i+1])
	if !ok {
		return false
	}
	_, dated := dateLine(inner)
	return dated || monthLine(inner)
}

// adoptionAt reads a 题注 at lines[i], on one line or wrapped onto a
// second, and returns it and how many lines it takes, 0 when there is none.
func adoptionAt(lines []string, i int) (string, int) {
	if i >= len(lines) {
		return "", 0
	}
	if note, ok := adoptionNote(lines[i]); ok {
		return note, 1
	}
	if i+1 < len(lines) && !runesOver(lines[i], maxAdoptionNote/2) &&
		(strings.HasSuffix(lines[i+1], "）") || strings.HasSuffix(lines[i+1], ")")) { // adoptionNote's, before joining the lines
		if note, ok := adoptionNote(lines[i] + lines[i+1]); ok {
			return note, 2
		}
	}
	return "", 0
}

// addAdoption keeps a 题注 as the record's extra pair.
func (p *pageInfo) addAdoption(note string) {
	p.extra = append(p.extra, notice.Field{Label: "题注", Value: note})
}

// adoptionVerbs end a 题注.
var adoptionVerbs = []string{"通过", "批准", "修正", "修订", "公布"}

// maxAdoptionNote bounds a 题注's line, in characters.
const maxAdoptionNote = 100

// damagedNumber takes line i, a 文号 a copy damaged, as the document's
// number: kept as text, as a header's 文号 of no known shape is.
func (h *head) damagedNumber(l string, i int) {
	h.setDocNumber(notice.DocNumber{Text: l}, i)
	h.warnings = append(h.warnings, Warning{Field: "doc_number", Rule: notice.RuleShape, Line: i,
		Message: fmt.Sprintf("the 文号 %q has lost characters; kept as text", l)})
}

// damagedNumber reports a 文号 line that a copy damaged beyond reading
// its parts: its issuer lost (〔2024〕12号), or its closing bracket and 号
// lost so that year and serial run together (某府发〔20248). It is the
// number's line all the same, not the 正文's first.
func damagedNumber(l string) bool {
	return len(l) <= maxLostNumber && damagedNumberShapes.MatchString(l)
}

// serialLine reports an order's or a notice's serial under its title,
// with a bracket lost (2026年第1号）) or without its issuer, as a decree
// prints its number under the order's name (第153号): no 文号, but a
// document's line.
func serialLine(l string) bool {
	return len(l) <= maxLostNumber && serialShape.MatchString(l)
}

var (
	damagedNumberShapes = regexp.MustCompile(`^(?:` +
		`[〔\[【(（﹝〖]\d{4}[〕\]】)）﹞〗]\d{1,6}号` + // 〔2024〕12号
		`|\p{Han}{1,16}[〔\[【(（﹝〖](?:19|20)\d{2,8}号?` + // 某府发〔20248
		`)$`)
	serialShape = regexp.MustCompile(`^[(（]?(?:\d{4}年 ?)?第 ?\d{1,4} ?号[)）]?$`)
)

// maxLostNumber bounds the lines damagedNumber and serialLine look at, in
// bytes.
const maxLostNumber = 90

// codeLine reports a line that is a code alone: a registration number of
// the page (YJDR201700022, LSDR-2020-00003), ASCII letters and digits, no
// document's text.
func codeLine(l string) bool {
	if len(l) < 8 || len(l) > 40 {
		return false
	}
	letters, digits := 0, 0
	for i := 0; i < len(l); i++ {
		switch c := l[i]; {
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z':
			letters++
		case '0' <= c && c <= '9':
			digits++
		case c == '-' || c == '/' || c == '_':
		default:
			return false
		}
	}
	return letters >= 2 && digits >= 6
}

// maxSkipped is how many short lines of the page may stand between the
// head's other lines and the addressee.
const maxSkipped = 6

// maxExclamation is the longest line with a sentence's end that may stand
// among them (取消收藏成功！, a widget's message).
const maxExclamation = 12

// addresseeAfter returns the index of an addressee that follows lines[i]
// within maxSkipped short lines that are no sentence (a 版头, a 文号, a
// line of the site's data, a title split over lines), or 0.
func addresseeAfter(lines []string, i int) int {
	worded := true // every line passed holds Chinese
	for j := i; j < len(lines) && j < i+maxSkipped; j++ {
		l := lines[j]
		if runesOver(l, titleRunes) || enumerated(l) ||
			hasSentenceEnd(l) && runesOver(l, maxExclamation) {
			return 0
		}
		if _, ok := appendixHeading(l); ok {
			return 0 // the addressee below is an appendix's
		}
		worded = worded && hanCount(l) > 0
		if _, _, ok := addresseeAt(lines, j+1); ok {
			if _, _, colon := cutColon(lines[j+1]); !colon && !worded {
				// An addressee that lost its colon is read off the
				// lines around it: under lines of digits or marks,
				// which no head has, it is the 正文's.
				return 0
			}
			return j + 1
		}
	}
	return 0
}

// addresseeAt reads an addressee at lines[i]: one line, or two when a
// long addressee wraps (…，自治 / 区人民政府各部门、各直属机构：). It returns
// the addressee and the index of the line after it.
func addresseeAt(lines []string, i int) (string, int, bool) {
	if i >= len(lines) {
		return "", 0, false
	}
	if a, ok := addressee(lines[i]); ok {
		return a, i + 1, true
	}
	if i+1 >= len(lines) {
		return "", 0, false
	}
	if a, ok := colonlessAddressee(lines[i], lines[i+1]); ok {
		return a, i + 1, true
	}
	first := lines[i]
	if _, _, colon := cutColon(first); colon || runesOver(first, 100) || hasSentenceEnd(first) ||
		!strings.ContainsAny(first, "，、,") {
		return "", 0, false
	}
	if a, ok := addressee(first + lines[i+1]); ok && strings.HasSuffix(strings.TrimSpace(lines[i+1]), "：") ||
		ok && strings.HasSuffix(strings.TrimSpace(lines[i+1]), ":") {
		return a, i + 2, true
	}
	return "", 0, false
}

// colonlessAddressee reads an addressee whose colon a copy lost (各处室，
// 直属单位 over the 正文): a line that starts with 各, or lists names one of
// which holds it (高新区、各有关乡镇), and would be an addressee with its
// colon, over a paragraph that ends a sentence, announces what follows
// (…通知如下：) or sends what it prints (现将《…》印发给你们); or a deputy
// named over a paragraph that speaks to them (某某代表 / 您提出的…).
func colonlessAddressee(l, next string) (string, bool) {
	if deputyNamed(l) && replyOpening(next) {
		// 某某代表 over 您提出的…: a reply to the deputy it names.
		return addressee(l + "：")
	}
	if !strings.HasPrefix(l, "各") && !eachAmong(l) || runesOver(l, 100) || strings.ContainsAny(l, "；;：:") || // commas part its names
		!hasSentenceEnd(next) && !(runesOver(next, 20) && strings.HasSuffix(next, "：")) && !strings.HasPrefix(next, "现将") {
		return "", false
	}
	if hanCount(next) < minOpeningHan {
		return "", false // the 正文's opening sentence is Chinese
	}
	return addressee(l + "：")
}

// minOpeningHan is the fewest Chinese characters of the paragraph under a
// colonless addressee.
const minOpeningHan = 4

// eachAmong reports a list of names one of which holds 各 (高新区、各有关乡镇,
// 市直各部门、供热企业).
func eachAmong(l string) bool {
	return strings.Contains(l, "各") && strings.ContainsAny(l, "、，,")
}

// deputyNamed reports a line that names deputies or members and nothing
// else (某某代表, 尊敬的某某委员, 甲某、乙某委员): the addressee of a reply to
// them.
func deputyNamed(l string) bool {
	return !runesOver(l, maxDeputyLine*(strings.Count(l, "、")+1)) && hasSuffixAny(l, deputySuffixes) &&
		!strings.ContainsFunc(l, func(r rune) bool { return unicode.IsSpace(r) || isSentencePunct(r) || isSentenceEnd(r) })
}

// deputySuffixes end the names of the deputies and members a reply
// answers (某某代表, 某某委员).
var deputySuffixes = []string{"代表", "委员"}

// maxDeputyLine bounds the line deputyNamed reads, in characters a name.
const maxDeputyLine = 12

// replyOpening reports the first paragraph of a reply to a deputy: it
// speaks to them (您提出的…) or says their proposal came in (《关于…的建议》收悉).
func replyOpening(s string) bool {
	if strings.HasPrefix(s, "您") || strings.HasPrefix(s, "你") {
		return true
	}
	i := strings.Index(s, "收悉")
	return i > 0 && !runesOver(s[:i], maxReceivedRunes)
}

// maxReceivedRunes bounds where 收悉 stands in a reply's first sentence, in
// characters: after the proposal's title.
const maxReceivedRunes = 80

// counterUnit reports whether l is the unit of a counter whose label ends
// the line above, its count lost (点击： / 次).
func counterUnit(v *vocab.Vocabulary, above, l string) bool {
	return (l == "次" || l == "人次") && v.EndsInUILabel(above)
}

// numericDate reads l when it is a date in digits alone (2018-6-15,
// 2007/04/09), without a time.
func numericDate(l string) (notice.Date, bool) {
	d, ok := digitDate(l, len("2018-06-15"))
	return d, ok && !d.HasTime
}

// digitDate reads l, at most maxLen bytes, when it is a date written in
// digits alone (2018-6-15, 2007/04/09), maybe with a time.
func digitDate(l string, maxLen int) (notice.Date, bool) {
	if len(l) < len("2018-6-1") || len(l) > maxLen || !isDigit(l[0]) || strings.Contains(l, "年") {
		return notice.Date{}, false
	}
	d, err := notice.ParseDate(l)
	return d, err == nil
}

// numberAndDate reads a line that holds only a 文号 and a date, in
// parentheses or not: （宁政办发〔2001〕99号 2001年9月3日）.
func numberAndDate(l string) (notice.DocNumber, notice.Date, bool) {
	if inner, ok := unparen(l); ok {
		l = inner
	}
	// The date first: （1985年5月4日皖政〔1985〕38号）.
	if i := strings.Index(l, "日"); i > 0 {
		i += len("日")
		if d, ok := dateLine(strings.TrimSpace(l[:i])); ok {
			if n, ok := docNumber(strings.TrimSpace(l[i:])); ok {
				return n, d, true
			}
		}
	}
	i := strings.Index(l, "号")
	if i < 0 {
		return notice.DocNumber{}, notice.Date{}, false
	}
	i += len("号")
	n, ok := docNumber(strings.TrimSpace(l[:i]))
	if !ok {
		return notice.DocNumber{}, notice.Date{}, false
	}
	d, ok := dateLine(strings.TrimSpace(l[i:]))
	if !ok {
		return notice.DocNumber{}, notice.Date{}, false
	}
	return n, d, true
}

// repeats reports whether l is the title again, as the document shows it
// under the page's heading; a 文号 before it (宁政办发〔2018〕47号《…》) is taken.
func (h *head) repeats(l string, i int) bool {
	if h.title == "" {
		return false
	}
	if n, title, ok := prefixHeading(l); ok && title == h.title {
		h.setDocNumber(n, i)
		return true
	}
	if strings.Contains(l, "。") && !strings.Contains(h.title, "。") {
		return false // a sentence, no copy of the title: most lines the head scans
	}
	title, n := titleAndNumber(titleText(l))
	if title != h.title && kindAlone(title) && strings.HasSuffix(h.title, title) {
		// 行政处罚决定书 under 某局行政处罚决定书: the document's own
		// heading, its kind alone; the page's names the issuer too.
		return true
	}
	if !sameTitle(title, h.title) {
		return false
	}
	if len(title) < len(h.title) && vocab.EndsInGenre(title) && !charLost(h.title, title) {
		// The page's heading adds a remark (（2019修订）) to the title
		// the document gives itself below it: the document's is kept,
		// unless it only lost a character.
		h.title = title
	}
	if n != nil {
		h.setDocNumber(*n, i)
	}
	return true
}

// sameTitle reports whether two title texts name one document: equal,
// equal once a remark in parentheses at the end of either is set aside
// (…的通知（2019修订）over …的通知), or equal but for a place's name a
// site put before the document's own title (保定某镇人民政府关于…的通告
// over 某镇人民政府关于…的通告).
func sameTitle(a, b string) bool {
	if a == b || placed(a, b) || placed(b, a) || charLost(a, b) || charLost(b, a) {
		return true
	}
	if head, _, ok := cutTrailingParen(a); ok && head == b {
		return true
	}
	head, _, ok := cutTrailingParen(b)
	return ok && head == a
}

// charLost reports whether title b is title a with one character a copy
// lost (2022年度…公示 over 2022度…公示): a title long enough that one
// character more or less does not make another one.
func charLost(a, b string) bool {
	if len(a) <= len(b) || runesOver(a, maxTitleRunesLost) || !runesOver(b, minTitleRunesLost) {
		return false
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	for i > 0 && !utf8.RuneStart(a[i]) {
		i-- // back to the start of the character that differs
	}
	_, size := utf8.DecodeRuneInString(a[i:])
	return len(a)-size == len(b) && a[i+size:] == b[i:]
}

// Bounds of a title charLost compares, in characters.
const (
	minTitleRunesLost = 10
	maxTitleRunesLost = 100
)

// placed reports whether title a is title b with a place's name before
// it: a few characters that neither forward nor print (转发, 印发).
func placed(a, b string) bool {
	head, ok := strings.CutSuffix(a, b)
	return ok && head != "" && !runesOver(head, maxPlacePrefix) && runeLen(b) >= minPlacedTitle &&
		!strings.ContainsAny(head, "关转印批发") && vocab.EndsInGenre(b)
}

// Bounds of placed: the place's name, and the title it stands before, in
// characters.
const (
	maxPlacePrefix = 4
	minPlacedTitle = 8
)

// repeatBelow returns the index of a copy of the title among the few lines
// after lines[i], or 0.
func (h *head) repeatBelow(lines []string, i int) int {
	if h.title == "" {
		return 0
	}
	for j := i + 1; j < len(lines) && j <= i+repeatWindow; j++ {
		if sameTitle(h.lineTitle(lines, j), h.title) {
			return j
		}
		if _, ok := dateLine(lines[j]); ok || hasSentenceEnd(lines[j-1]) {
			// A sentence or a signature's date: the document has
			// begun, and a copy of its title below starts what it
			// prints (a decree's regulation).
			return 0
		}
	}
	return 0
}

// number files the 文号 n read from line i, l, and the class of a reply
// that may follow it (C类), a 附注 of the head's.
func (h *head) number(n notice.DocNumber, l string, i int) {
	h.setDocNumber(n, i)
	if _, class, ok := cutReplyClass(l); ok {
		if len(h.notes) == 0 {
			h.notesAt = i
		}
		h.notes = append(h.notes, class)
	}
}

// setDocNumber keeps the first 文号 found, on line i, and warns when a later
// one differs.
func (h *head) setDocNumber(n notice.DocNumber, i int) {
	switch {
	case h.docNumber == nil:
		h.docNumber, h.at.DocNumber = &n, i
	case h.docNumber.Text != n.Text:
		h.warnings = append(h.warnings, Warning{Field: "doc_number", Rule: notice.RuleConflict, Line: i, Message: "文号 " + n.Text + " differs from " + h.docNumber.Text + ", which is kept"})
	}
}

// leadingDocNumber returns the index of a 文号 line among the first lines
// when only short lines (a 版头 such as 平湖市美丽村庄建设专项行动组文件) stand
// above it, or 0.
func leadingDocNumber(lines []string) int {
	for i, l := range lines {
		if i >= 4 {
			break
		}
		if _, ok := docNumber(l); ok {
			return i
		}
		if runesOver(l, 30) || hasSentenceEnd(l) {
			break
		}
	}
	return 0
}

// findTitle finds the title among the first lines: the first line that ends
// in a genre word, joined with the fragments of a split title above it and
// the rest of it below. It returns the title's first and last line, its
// text and the 文号 in its final parentheses. A heading 文号《title》 counts
// as a title line. Above the addressee and an appendix's heading only.
func findTitle(lines []string) (s, e int, title string, dn *notice.DocNumber, ok bool) {
	s, e, title, dn, ok, numbered := findTitleFrom(lines, false)
	if ok && numbered && kindAlone(title) {
		// 某局行政处罚决定书某处罚〔2023〕8号 over the page's lines and the
		// document's own heading, 行政处罚决定书 and its 文号: the
		// heading names the issuer the kind alone leaves out.
		if s2, e2, title2, dn2, ok2, _ := findTitleFrom(lines, true); ok2 && s2 < s && len(title2) > len(title) && strings.HasSuffix(title2, title) {
			return s2, e2, title2, dn2, true
		}
	}
	if !ok && numbered {
		// A heading that ends in its 文号 (某局关于…的通报 某政发〔2015〕12号)
		// is the title only where no other title follows it: a page
		// heads a document that prints its own title below so too.
		s, e, title, dn, ok, _ = findTitleFrom(lines, true)
	}
	if base := deepHead(lines); base > 0 && (!ok || base > e+1) {
		// No title above, or one whose head the page's lines part from
		// the document's own (the page's heading over a forum's
		// widgets over the report and 各位代表：).
		if s2, e2, title2, dn2, ok2, _ := findTitleFrom(lines[base:], false); ok2 {
			return s2 + base, e2 + base, title2, dn2, true
		}
	}
	if !ok && len(lines) > 1 && addresseeNext(lines, 0) && plainHeading(lines[0]) {
		// A heading of no kind right over the addressee (调整某某价格 /
		// 各某某公司：): the document's title all the
		// same.
		return 0, 0, lines[0], nil, true
	}
	return s, e, title, dn, ok
}

// deepHead returns where to look for a document's head that stands below
// the title window under a long run of the page's lines: a gazette's
// masthead (主管主办 / 某某办公厅 / 编辑出版 / …), a site's menus. Only
// short lines without a sentence or a clause may stand above the
// addressee, so that an addressee in an article is no head. It returns 0 when there is
// none.
func deepHead(lines []string) int {
	for a := 0; a < len(lines) && a < maxDeepHead; a++ {
		l := lines[a]
		if _, ok := addressee(l); ok {
			if a < titleWindow {
				return 0 // within the window, where findTitleFrom looked
			}
			return a - deepHeadLines
		}
		if runesOver(l, maxNewsHeading) || vocab.ContainsAny(l, sentenceEnd+"，；,;") {
			return 0 // a sentence, or a clause of one
		}
	}
	return 0
}

// maxDeepHead bounds how far down a deep head's addressee may stand, and
// deepHeadLines how many lines above it its title, its 文号 and their
// fragments take.
const (
	maxDeepHead   = 60
	deepHeadLines = titleLines + 4
)

// placeHeadline reads a headline led by its place and a colon (某县：关于
// 某某期间道路临时交通管制的通告): a county's, a city's or a town's name of two
// to six characters, then a title of a document's kind. The whole line is
// the title, as the page shows it.
func placeHeadline(l string) (string, bool) {
	place, rest, ok := strings.Cut(l, "：")
	if !ok {
		return "", false // most lines
	}
	last, _ := utf8.DecodeLastRuneInString(place)
	if n := runeLen(place); n < 2 || n > 6 || !IsHanText(place) || !strings.ContainsRune(vocab.PlaceEnds, last) {
		return "", false
	}
	if !titleLine(rest) || !vocab.EndsInGenre(titleText(rest)) || runeLen(rest) < minTitleRunes {
		return "", false
	}
	return place + "：" + titleText(rest), true
}

// kindAlone reports whether title names its kind of document and little
// else (行政处罚决定书, 公告): no issuer, no subject.
func kindAlone(title string) bool {
	return !runesOver(title, maxKindAlone) && !strings.Contains(title, "关于") && vocab.EndsInGenre(title) && !bodyName(title)
}

// maxKindAlone bounds a title that kindAlone takes, in characters.
const maxKindAlone = 8

// plainHeading reports a heading of words alone, as long as a title: 8 to
// 40 Chinese characters, no digits, marks or spaces that a 文号, a date, a
// page's line or a pair of labels would have, and no 日期 or 时间.
func plainHeading(l string) bool {
	return IsHanText(l) && runesOver(l, minNewsTitleRunes-1) && !runesOver(l, 40) &&
		!strings.Contains(l, "日期") && !strings.Contains(l, "时间")
}

// findTitleFrom is findTitle, taking a title line that ends in its 文号
// when numbered is true, and reporting whether it passed one over.
func findTitleFrom(lines []string, numbered bool) (s, e int, title string, dn *notice.DocNumber, ok, passed bool) {
	for i := 0; i < len(lines) && i < titleWindow; i++ {
		l := lines[i]
		if _, ok := addressee(l); ok {
			break
		}
		if _, ok := appendixHeading(l); ok && i > 0 {
			// 附件 under the lines of a document: the title below
			// it is an appendix's.
			break
		}
		if n, t, ok := prefixHeading(l); ok {
			return i, i, t, &n, true, passed
		}
		if t, ok := placeHeadline(l); ok && confirmed(lines, i, i) {
			return i, i, t, nil, true, passed
		}
		if !titleLine(l) {
			continue
		}
		text := titleText(l)
		glued := false
		if !vocab.EndsInGenre(text) {
			if t, dn := gluedNumber(text); dn != nil && vocab.EndsInGenre(t) {
				passed, glued = true, true
				if !numbered {
					continue
				}
			} else {
				continue
			}
		}
		s, e = i, i
		s, text = joinFragments(lines, s, text)
		// A heading that ends in its 文号 has ended: the line under it is
		// the document's (行政处罚决定书 under 某局行政处罚决定书某处罚〔2023〕8号).
		for !glued && e+1 < len(lines) && e-s+1 < titleLines && continues(text, lines[e+1]) {
			e++
			text += titlePart(lines[e])
		}
		if !runesOver(text, minTitleRunes-1) && !addresseeNext(lines, e) && !(s == 0 && spacedKind(lines, e)) &&
			!shortTitle(lines, e, text) {
			// 工作报告, 通 知 alone: a column's name or a 文种 line, too
			// short for a title, unless the addressee follows it
			// (倡 议 书 / 全市广大居民朋友们：), or it is spaced out at the
			// top of the text over the 正文's first sentence (公 告).
			continue
		}
		if !confirmed(lines, s, e) && !namedAbove(lines[:s], text) {
			return 0, 0, "", nil, false, passed
		}
		if t, _ := titleAndNumber(cutTrailingDate(text)); !followedByHead(lines, e, t) {
			// A heading of the page's (周口市规范性文件管理规定) above
			// the document's own title, which its 文号 or addressee
			// follows: the document's wins.
			if s2, e2, text2, ok := headedTitle(lines, e+1); ok {
				s, e, text = s2, e2, text2
			}
		}
		title, dn = titleAndNumber(cutTrailingDate(text))
		return s, e, title, dn, true, passed
	}
	return 0, 0, "", nil, false, passed
}

// shortTitle reports whether text, a title line's of four characters, is
// a short title over the 正文's first sentence (断交通告 / 为切实改善…。): a
// kind with a word of its subject before it, not two kinds (通知公告, a
// column's name) nor a body's (政府公报, a publication's). It stands under
// the page's lines (an e-paper's date and page); at the top of the article
// it is the document's own copy of a longer heading above a header
// (施工公告 under 道路施工公告), which stays the title.
func shortTitle(lines []string, e int, text string) bool {
	r := []rune(text)
	if len(r) != 4 || e == 0 || e+1 >= len(lines) || !IsHanText(text) || vocab.EndsInGenre(string(r[:2])) ||
		hasSuffixAny(string(r[:2]), bodySuffixes) || !vocab.EndsInGenre(text) {
		return false
	}
	return hasSentenceEnd(lines[e+1])
}

// spacedKind reports whether lines[e] is a kind of document spaced out
// (公 告) over a line of the 正文: a sentence, not a title.
func spacedKind(lines []string, e int) bool {
	if e+1 >= len(lines) || !strings.ContainsFunc(lines[e], unicode.IsSpace) {
		return false
	}
	next := lines[e+1]
	return hasSentenceEnd(next) || runesOver(next, titleRunes) || strings.ContainsAny(next, "，,")
}

// addresseeNext reports whether an addressee stands on the line after
// lines[e].
func addresseeNext(lines []string, e int) bool {
	if e+1 >= len(lines) {
		return false
	}
	_, ok := addressee(lines[e+1])
	return ok
}

// followedByHead reports whether a 文号 or an addressee follows title,
// which ends at lines[e], within repeatWindow lines and before another
// title; a copy of it may stand between.
func followedByHead(lines []string, e int, title string) bool {
	for j := e + 1; j < len(lines) && j <= e+repeatWindow; j++ {
		if _, ok := docNumber(lines[j]); ok {
			// A 文号 stands over its own title: one that a 关于 title
			// follows is that title's.
			return j+1 >= len(lines) || !strings.Contains(lines[j+1], "关于")
		}
		if _, ok := addressee(lines[j]); ok {
			return true
		}
		if !strings.Contains(lines[j], "关于") {
			continue // aboutTitle's, cheaply
		}
		if t := titleText(lines[j]); aboutTitle(lines[j], t) {
			if t, _ := titleAndNumber(t); !sameTitle(t, title) {
				return false // the 文号 below is that title's
			}
		}
	}
	return false
}

// headedTitle finds, from lines[i] on and within the title window, a
// title line that a 文号 or an addressee follows, before any sentence.
func headedTitle(lines []string, i int) (s, e int, text string, ok bool) {
	about := false
	for _, l := range lines[min(i, len(lines)):min(len(lines), titleWindow)] {
		about = about || strings.Contains(l, "关于")
	}
	if !about {
		return 0, 0, "", false // most pages: no 关于 title below the first
	}
	for ; i < len(lines) && i < titleWindow; i++ {
		l := lines[i]
		if hasSentenceEnd(l) {
			return 0, 0, "", false
		}
		if _, ok := addressee(l); ok {
			return 0, 0, "", false
		}
		if !titleLine(l) {
			continue
		}
		text := titleText(l)
		if !vocab.EndsInGenre(text) {
			continue
		}
		s, e := i, i
		s, text = joinFragments(lines, s, text)
		for e+1 < len(lines) && e-s+1 < titleLines && continues(text, lines[e+1]) {
			e++
			text += titlePart(lines[e])
		}
		if t, _ := titleAndNumber(cutTrailingDate(text)); strings.Contains(t, "关于") && followedByHead(lines, e, t) {
			if listedTitle(lines, e) {
				// A gazette's table of contents: titles, each over its
				// 文号. None of them is the page's.
				return 0, 0, "", false
			}
			return s, e, text, true
		}
		i = e
	}
	return 0, 0, "", false
}

// aboutTitle reports whether line l, whose title text is t, is a whole
// document title of the 关于… form: a line that ends in a genre word
// without 关于 may be a 文种 line (通 知), a 版头 (某市人民政府通知) or a
// piece of a title split over lines, which decide nothing about which
// title is the document's.
func aboutTitle(l, t string) bool {
	return strings.Contains(t, "关于") && vocab.EndsInGenre(t) && titleLine(l)
}

// listedTitle reports whether another title line with a 文号 or an
// addressee under it follows the title that ends at lines[e] within a few
// lines, as in a list of documents.
func listedTitle(lines []string, e int) bool {
	for j := e + 2; j < len(lines) && j <= e+2*repeatWindow; j++ {
		if !strings.Contains(lines[j], "关于") {
			continue // aboutTitle's, cheaply
		}
		t := titleText(lines[j])
		if aboutTitle(lines[j], t) && followedByHead(lines, j, t) {
			return true
		}
	}
	return false
}

// confirmed reports whether a title found below sentences (a document
// sharing site's blurb) is a document's: a 文号 or an addressee follows it.
// A title with only short lines above it needs nothing more.
func confirmed(lines []string, s, e int) bool {
	sentences := false
	for _, l := range lines[:s] {
		// A headline that exclaims (公示！…) is no blurb; nor is a
		// repost's call to follow its account (关注【某某】微信公众号！…).
		if accountAd(l) {
			continue
		}
		if runesOver(l, titleRunes) || strings.Contains(l, "。") {
			sentences = true
		}
	}
	if !sentences {
		return true
	}
	for j := e + 1; j < len(lines) && j <= e+repeatWindow; j++ {
		if _, ok := docNumber(lines[j]); ok {
			// A 文号 stands over its own title: one that a 关于 title
			// follows is that title's.
			return j+1 >= len(lines) || !strings.Contains(lines[j+1], "关于")
		}
		if _, ok := addressee(lines[j]); ok {
			return true
		}
	}
	return false
}

// namedAbove reports whether a line above names title text t in
// book-title marks: a repost's lead says what it prints (某局公布了《某局
// 关于…的通报》，…), and the title under it is that document's.
func namedAbove(above []string, t string) bool {
	if runesOver(t, titleRunes) || !runesOver(t, minTitleRunes*2-1) || !strings.Contains(t, "关于") {
		return false // a rule's name (某某实施细则) under the notice that prints it is an appendix's
	}
	quoted := "《" + t + "》"
	for _, l := range above {
		if strings.Contains(l, quoted) && !strings.Contains(l, "印发") && !strings.Contains(l, "转发") {
			return true
		}
	}
	return false
}

// accountAd reports a repost's call to follow its account on a social
// network: 关注 and 公众号 in one line.
func accountAd(l string) bool {
	return strings.Contains(l, "关注") && strings.Contains(l, "公众号")
}

// minTitleRunes is the shortest title findTitle takes, in characters.
const minTitleRunes = 5

// titleLine reports whether l can be (a line of) a title: short, with no
// sentence or clause punctuation, and none of the other kinds of head line.
func titleLine(l string) bool {
	if runesOver(l, titleRunes) || hasSentencePunct(unquoted(l)) || enumerated(l) ||
		strings.HasPrefix(l, "附件") || vocab.IsUI(l) {
		return false
	}
	if _, ok := docNumber(l); ok {
		return false
	}
	if i := strings.Index(l, "星期"); i > 0 {
		l = strings.TrimSpace(l[:i]) // 2025年09月19日 星期五: the site's date
	}
	if datedWord(l) {
		return false
	}
	_, ok := dateLine(l)
	return !ok
}

// datedWord reports a date in digits and a word after it (2020-11-23 通知):
// a list's item, the page's date and its column, too short for a title.
func datedWord(l string) bool {
	if l == "" || !isDigit(l[0]) {
		return false // most lines
	}
	i := strings.IndexFunc(l, func(r rune) bool { return !strings.ContainsRune("0123456789-/. ", r) })
	if i <= 0 || runesOver(l[i:], maxDatedWord) {
		return false
	}
	_, err := notice.ParseDate(strings.TrimSpace(l[:i]))
	return err == nil
}

// maxDatedWord bounds the word after a date that datedWord reads, in
// characters.
const maxDatedWord = 4

// unquoted is l without the words it quotes (“…” and 《…》), when text
// stands outside them: a title may quote a proposal or a document whose
// name holds commas (关于“甲村至乙村，丙村段拓宽”的建议的答复), which are the
// name's, not a sentence's. A line that is all quotation is returned whole.
func unquoted(l string) string {
	if !strings.Contains(l, "“") && !strings.Contains(l, "《") {
		return l // most lines
	}
	var b strings.Builder
	depth := 0
	for _, r := range l {
		switch r {
		case '“', '《':
			depth++
			continue
		case '”', '》':
			if depth > 0 {
				depth--
				continue
			}
		}
		if depth == 0 {
			b.WriteRune(r)
		}
	}
	out := b.String()
	if depth != 0 || !strings.ContainsFunc(out, vocab.IsHan) {
		return l // an unclosed quotation, or nothing outside it
	}
	return out
}

// titleText is the text of a title line: without layout spaces, a site tag
// or book-title marks around the whole.
func titleText(l string) string {
	return unwrapBookTitle(titlePart(cutSerial(cutYearTag(cutDayTag(cutColumnDash(cutLeadingCode(cutSiteSuffix(l))))))))
}

// cutLeadingCode removes a registration code and the space after it from
// the start of a title (ZHDR-2020-00003 某区人民政府关于…的通告): the code a
// header gives as 统一登记号, printed before the title too.
func cutLeadingCode(l string) string {
	code, rest, ok := strings.Cut(l, " ")
	if !ok || len(code) < minTitleCode || len(code) > maxTitleCode || !vocab.EndsInGenre(rest) {
		return l // most lines
	}
	letters, digits := false, false
	for i := 0; i < len(code); i++ {
		switch c := code[i]; {
		case 'A' <= c && c <= 'Z':
			letters = true
		case isDigit(c):
			digits = true
		case c == '-' || c == '_' || c == '/':
		default:
			return l
		}
	}
	if !letters || !digits {
		return l
	}
	return rest
}

// Bounds of the code cutLeadingCode removes, in bytes.
const (
	minTitleCode = 8
	maxTitleCode = 32
)

// cutSiteSuffix removes a site's name after a title of a document's kind
// and a spaced hyphen (某市人民政府关于…的通告 -某某网): a copy's, as a <title>
// adds its site's.
func cutSiteSuffix(l string) string {
	i := strings.LastIndex(l, " -")
	if i <= 0 {
		return l // most lines
	}
	head, tail := strings.TrimSpace(l[:i]), strings.TrimSpace(strings.TrimLeft(l[i+len(" -"):], "- "))
	if tail == "" || runesOver(tail, maxSiteSuffix) || !vocab.EndsInGenre(head) || vocab.EndsInGenre(tail) {
		return l
	}
	return head
}

// maxSiteSuffix bounds the site's name cutSiteSuffix removes, in
// characters.
const maxSiteSuffix = 16

// cutColumnDash removes a column's name and a dash before a title that
// starts with 关于 (综合执法——关于…的通知): the page's, not the title's;
// an interpretation's kind there (政策解读——关于…) is the title's.
func cutColumnDash(l string) string {
	word, rest, ok := strings.Cut(l, "——")
	if !ok || !strings.HasPrefix(rest, "关于") || !vocab.IsHanString(word) || runeLen(word) < 2 || runesOver(word, maxColumnWord) {
		return l // most lines
	}
	if hasSuffixAny(word, interpretations) {
		return l // 政策解读——关于…: the title of the text that reads the other
	}
	return rest
}

// cutDayTag removes a news page's day before a title that names its issuer
// (3月21日某县公安局关于…的通告): the day the page ran it, not the title's.
func cutDayTag(l string) string {
	if l == "" || !isDigit(l[0]) {
		return l // most lines
	}
	m := strings.Index(l, "月")
	d := strings.Index(l, "日")
	if m <= 0 || m > 2 || d <= m+len("月") || d-m-len("月") > 2 || !isDigitsOnly(l[:m]) || !isDigitsOnly(l[m+len("月"):d]) {
		return l
	}
	rest := strings.TrimSpace(l[d+len("日"):])
	if i := strings.Index(rest, "关于"); i <= 0 || !bodyName(rest[:i]) {
		return l
	}
	return rest
}

// titlePart is the text of a line of a title split over lines: its
// book-title marks are the whole title's (关于 / 《某某规划》 / 的批复).
func titlePart(l string) string {
	return cutSiteTag(cutValidity(compactTitle(l)))
}

// joinFragments joins title text t, the text of lines[s] and what follows
// it, with the fragments of a split title above it, and returns the
// title's first line and its text. Of the lines above that can be part of
// a title, the topmost that reads as a title's start is the first line:
// lines between it and lines[s] are the title's middle.
func joinFragments(lines []string, s int, t string) (int, string) {
	start, text := s, t
	if s+1 < len(lines) && compactTitle(lines[s+1]) == compactTitle(lines[s]) {
		// The title line again under it (某市某区人民政府 / 关于…的通告 /
		// 关于…的通告): the page's heading, the site's name over the
		// title, then the article's own title, which has no fragment.
		return start, text
	}
	joined := t
	for k := s - 1; k >= 0 && s-k < titleLines; k-- {
		if !fragment(lines[k], joined) {
			break
		}
		if doubledName(lines[k]) {
			// 某县人民政府 某县人民政府: the site's name, as a banner and
			// its text print it side by side; no issuer's.
			break
		}
		if k == s-1 && bodyName(lines[k]) && spacedIssuers(lines[s]) {
			// 某县人民政府 / 某县某局 某县财政局关于…的通知: the title's
			// line names its issuers itself, a space apart; the body
			// above is the site's name.
			break
		}
		if k == s-1 {
			joined = titlePart(lines[s]) // 《某某规划》的通知 keeps its marks under 关于印发
		}
		part := titlePart(lines[k])
		joined = part + joined
		if titleStart(lines[k], joined[len(part):]) || s == k+1 && opensPage(lines, k) && !strings.Contains(t, "关于") && pageOpening(lines[k]) {
			start, text = k, joined
		}
	}
	return start, text
}

// doubledName reports a line that is one name twice.
func doubledName(l string) bool {
	t := compactTitle(l)
	h := len(t) / 2
	return len(t)%2 == 0 && h > 0 && t[:h] == t[h:]
}

// pageOpening reports whether l, the page's first line over the last line
// of a title without 关于 (one with it can start there), starts that title
// though nothing in it says so (某某公路某镇某村至某村、某镇 /
// 某村至某村路面施工请车辆绕行的通告): a title printed over two lines of
// about one width. The site's lines at a page's top are
// short, spaced or not all Chinese (简体版 繁体版, 某某网--某某, a date).
func pageOpening(l string) bool {
	t := strings.TrimSpace(l)
	if runeLen(t) < minOpeningLine || strings.ContainsFunc(t, func(r rune) bool {
		return !unicode.Is(unicode.Han, r) && !strings.ContainsRune("、，“”《》（）", r) && !('0' <= r && r <= '9')
	}) {
		return false
	}
	return !bodyName(t)
}

// opensPage reports whether lines[k] is the page's first line of text: no
// line but the page's date and time, or its source and date, stands above
// it.
func opensPage(lines []string, k int) bool {
	for _, l := range lines[:k] {
		if _, ok := stampLine(l); ok {
			continue
		}
		if info, ok := chromeLine(nil, l); !ok || !info.hasSource && !info.hasPublished {
			return false
		}
	}
	return true
}

// minOpeningLine is the shortest first line, in characters, that
// pageOpening takes.
const minOpeningLine = 16

// fragment reports whether l, a line above title text t, can be part of a
// split title: a title line that does not end a title itself, is no 版头
// (…文件), names no site (中国政府网 某省政府 某市政府: a bar of links) and
// is not repeated in t (a page heading above the title it abbreviates).
func fragment(l, t string) bool {
	if !titleLine(l) {
		return false
	}
	text := titleText(l)
	// A body's name over a title that starts with 关于 is its issuer,
	// even when the title names the body again (四川省人民政府 / 关于印发
	// 《四川省人民政府工作规则》的通知).
	issuer := strings.HasPrefix(t, "关于") && bodyName(l)
	if _, dn := gluedNumber(text); dn != nil {
		return false // a heading that ended in its 文号
	}
	return runeLen(text) >= 2 && !vocab.EndsInGenre(text) && !strings.HasSuffix(text, "文件") &&
		(issuer || !strings.Contains(t, text)) && !portal(text) && !slices.ContainsFunc(strings.Fields(l), portal) &&
		!trail(l) && !menu(l) && !bulleted(l)
}

// spacedIssuers reports a title line that names its issuers before 关于
// with a space after one of them (某局 关于…, 某局 某局关于…).
func spacedIssuers(l string) bool {
	i := strings.Index(l, "关于")
	if i <= 0 {
		return false
	}
	head := strings.TrimRightFunc(l[:i], unicode.IsSpace)
	j := strings.LastIndexFunc(head, unicode.IsSpace)
	if j < 0 && len(head) == i {
		return false // 某局关于…: no space in the issuers
	}
	if j < 0 {
		return bodyName(head) // 某局 关于…
	}
	return bodyName(strings.TrimSpace(head[:j])) // 某局 某局关于…
}

// menu reports a line of a site's menu: four words or more between spaces,
// each of two characters or more (首页 政府信息公开 新闻中心 网上办事), where
// a title's spaces part its issuers or letter-space it.
func menu(l string) bool {
	words := strings.Fields(l)
	if len(words) < minMenuWords {
		return false
	}
	short := 0 // words of one character: 首 页 letter-spaced, 评 论
	for _, w := range words {
		if runeLen(w) < 2 {
			short++
		}
	}
	return short == 0 || short <= maxMenuSpaced && len(words)-short >= minMenuWords
}

// IsMenu reports a line of a site's menu, as menu reads one.
func IsMenu(l string) bool { return menu(l) }

// maxMenuSpaced bounds the one-character words of a menu whose items
// are letter-spaced to a width (首 页, 评 论).
const maxMenuSpaced = 4

// minMenuWords is the fewest words menu reads as a menu.
const minMenuWords = 4

// bulleted reports a line that starts with a list's bullet (• 客户端下载).
func bulleted(l string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(l))
	return vocab.IsBullet(r)
}

// trail reports a line of a site's breadcrumb trail (某某网 > 大庆), whose
// steps no title has; a > that closes a < is a title's quotation mark.
func trail(l string) bool {
	return !strings.ContainsAny(l, "<＜") && vocab.ContainsAny(l, ">＞»›")
}

// portal reports the name of a site (某某县人民政府门户网站, 某市政府网), which
// a page prints above its title and no title starts with.
func portal(s string) bool {
	return strings.Contains(s, "门户") || hasSuffixAny(s, []string{"网站", "政府网", "信息网", "政务网", "公开网"})
}

// titleStart reports whether l, a fragment above the title text t that
// follows it, reads as the start of a title: it holds 关于, leaves a 《 or
// a parenthesis open, ends in a word that joins (的, 和, 及, 、), or names
// the issuing body (a joint issuer above another) of a title with 关于 in
// it or of a title's rest (issuedTail). A line of the page
// above the title (页面宽度范围为200至2000) is none.
func titleStart(l, t string) bool {
	text := titleText(l)
	return runeLen(text) >= 4 && (strings.Contains(text, "关于") || !balanced(text) || hasSuffixAny(text, joiningEnds) ||
		strings.Contains(t, "关于") && hasSuffixAny(text, bodySuffixes) || titleTail(t) && runeLen(text) >= minTitleStart && !bodyName(text) ||
		bodyName(text) && issuedTail(text, t))
}

// issuedTail reports whether t, a title's last line under the body's name
// issuer, is the rest of a title that body issues (某区人民政府 /
// 土地征收预通告): a document's genre ends it, it is long enough to be no
// column's name (应急预案, 通知公告), and it names no issuer of its own
// from the same place (某县人民政府 / 某县…指挥部办公室通告).
func issuedTail(issuer, t string) bool {
	place := issuer
	if r := []rune(issuer); len(r) > 2 {
		place = string(r[:2])
	}
	if slices.Contains(vocab.Genres, t) && !runesOver(issuer, maxKindIssuer) {
		// 某市人大常委会 / 公 告 (/ 第1号): the body and the kind of its
		// document, a title in two lines.
		return true
	}
	return runeLen(t) >= minIssuedTail && vocab.EndsInGenre(t) && !strings.HasPrefix(t, place)
}

// maxKindIssuer bounds the body's name that a kind alone under it joins,
// in characters.
const maxKindIssuer = 30

// minIssuedTail is the shortest title's last line, in characters, that
// issuedTail takes.
const minIssuedTail = 6

// titleTail reports whether t, a line that ends a title, is too short to
// be a title by itself and names neither an issuer nor a subject with 关于
// (备选单位评审结果公示, 项目的公示): the end of one split over lines, whose
// start above it is no body's name alone (a site's heading over a column's
// name: 某区应急管理局 / 应急预案).
func titleTail(t string) bool {
	return runeLen(t) <= maxTitleTail && !strings.Contains(t, "关于") && !bodyName(t)
}

// Bounds of a title's last line read as its tail, and of the line above it
// read as its start, in characters.
const (
	maxTitleTail  = 10
	minTitleStart = 8
)

// joiningEnds end a line of a title that goes on on the next line.
var joiningEnds = []string{"的", "和", "及", "与", "、", "，", "暨", "印发", "转发", "批转", "关于"}

// continues reports whether l, the line below title text t, carries the
// title on: t is open (《… or （… without its close), l starts with what
// cannot start a title (的, 》, a remark in parentheses such as （试行）), or
// l ends the title that t has not ended (unfinishedAbout too).
func continues(t, l string) bool {
	if !titleLine(l) {
		return false
	}
	if _, ok := addressee(l); ok {
		return false
	}
	text := titleText(l)
	if !balanced(t) {
		// An open bracket goes on to its close; a title that has ended
		// in its kind goes on only to a line that closes it (a copy
		// may have lost the close, and the lines below are the 正文's).
		return !vocab.EndsInGenre(t) || strings.ContainsAny(text, "）)》〉]】")
	}
	if inner, ok := unparen(text); ok {
		_, isNumber := docNumber(inner)
		_, _, numberDated := numberAndDate(inner)
		return !isNumber && !numberDated && !runesOver(inner, 20)
	}
	if strings.HasPrefix(text, "（") || strings.HasPrefix(text, "(") {
		// （2021-2030年）的通知 after a title line that ended in 规划
		if _, rest, ok := cutLeadingParen(text); ok && strings.HasPrefix(rest, "的") {
			return true
		}
	}
	return strings.HasPrefix(text, "的") || strings.HasPrefix(text, "》") ||
		!vocab.EndsInGenre(t) && vocab.EndsInGenre(text) || unfinishedAbout(t, text)
}

// unfinishedAbout reports whether title text t, which holds 关于 but no 的
// after it, goes on in text, a line that ends in a document's kind after a
// 的 (关于某某建设项目规划设计方案 / 总平面图的批前公示): a title with 关于
// names its subject, then 的, then its kind.
func unfinishedAbout(t, text string) bool {
	_, subject, ok := strings.Cut(t, "关于")
	return ok && !strings.Contains(subject, "的") && strings.Contains(text, "的") &&
		!strings.Contains(text, "关于") && vocab.EndsInGenre(text) && !runesOver(text, 20)
}

// titleAndNumber splits a 文号 off title text: in final parentheses
// (…的通知（岳办发〔2017〕2号）) or run together before it
// (筑府办函〔2020〕78号市人民政府办公厅关于…的通知).
func titleAndNumber(t string) (string, *notice.DocNumber) {
	t = cutStatus(t)
	if n, rest, ok := leadingNumber(t); ok {
		return rest, &n
	}
	return trailingNumber(t)
}

// cutStatus cuts from the start of title text the status a site marks a
// document with, in parentheses: （已废止）, （失效）, （已修订）.
func cutStatus(t string) string {
	inner, rest, ok := cutLeadingParen(t)
	if !ok || runesOver(inner, 5) || strings.TrimSpace(rest) == "" {
		return t
	}
	for _, w := range []string{"废止", "失效", "有效", "修订", "修改"} {
		if strings.Contains(inner, w) {
			return strings.TrimSpace(rest)
		}
	}
	return t
}

// cutValidity cuts from the end of title text the validity a law
// database marks a document with, in brackets: [ 全文废止 ], 【已失效】,
// （现行有效）. A remark (…办法（2019修订）) stays.
func cutValidity(t string) string {
	head, _ := splitValidity(t)
	return head
}

// splitValidity is cutValidity that also returns the status it cut, or "".
func splitValidity(t string) (string, string) {
	if head, inner, ok := cutTrailingGroup(strings.TrimSpace(t), groupPairs[:]); ok && !runesOver(inner, 6) {
		for _, w := range []string{"废止", "失效", "有效"} {
			if strings.Contains(inner, w) {
				return head, strings.TrimSpace(inner)
			}
		}
	}
	return t, ""
}

// interpretations end the kind of a text that explains another (政策解读,
// 图解, 问答).
var interpretations = []string{"解读", "图解", "问答", "解答"}

// columnThenNumber reads a line of a word of the page's (a column's name,
// 信息发布) and a 文号 after a space: the 文号, whose issuer the word is
// not.
func columnThenNumber(l string) (notice.DocNumber, bool) {
	word, rest, ok := strings.Cut(l, " ")
	if !ok || !vocab.IsHanString(word) || runeLen(word) < 2 || runesOver(word, maxColumnWord) || strings.Contains(rest, " ") ||
		bodyName(word) {
		// 财政部 税务总局公告2023年第19号: two issuers of one 文号.
		return notice.DocNumber{}, false
	}
	n, ok := docNumber(rest)
	if !ok || runeLen(n.Issuer) < 2 {
		return notice.DocNumber{}, false
	}
	return n, true
}

// maxColumnWord bounds the word columnThenNumber reads before a 文号, in
// characters.
const maxColumnWord = 6

// validityLine reports a line that is only a text's status, as law
// databases print it under the title (全文有效, 现行有效, 已废止, 部分失效).
func validityLine(l string) bool {
	return slices.Contains(validityWords, l)
}

var validityWords = []string{"全文有效", "现行有效", "有效", "已废止", "全文废止", "废止", "部分失效", "已失效", "失效", "部分废止", "已修改", "尚未生效"}

// leadingNumber splits a 文号 with its year in brackets, or an
// announcement's number (财政部公告2019年第39号), off the start of title text.
func leadingNumber(t string) (notice.DocNumber, string, bool) {
	open := yearBracket(t)
	if open < 0 {
		open = announcementYear(t)
	}
	if open <= 0 || runesOver(t[:open], 12) {
		return notice.DocNumber{}, t, false
	}
	i := strings.Index(t[open:], "号")
	if i < 0 {
		return notice.DocNumber{}, t, false
	}
	i += open + len("号")
	n, ok := docNumber(t[:i])
	// A dash or a colon may join the number to the title (某发〔2022〕25号——
	// 某局关于…的答复): it is neither's.
	rest := strings.TrimLeftFunc(t[i:], func(r rune) bool { return unicode.IsSpace(r) || isDash(r) || isColon(r) })
	if !ok || runeLen(rest) < 4 {
		return notice.DocNumber{}, t, false
	}
	return n, rest, true
}

// yearBracket returns where the bracket around a 文号's year opens in t
// (〔2020〕, ［2020］, [2020], 【2020】), or -1.
func yearBracket(t string) int {
	// Digits are looked for first, bytes at a time: the bracket before
	// them is the rarer test, and decoding each character of a long line
	// for it costs more.
	for j := 1; j+4 < len(t); j++ {
		if !isDigit(t[j]) || !isDigit(t[j+1]) || !isDigit(t[j+2]) || !isDigit(t[j+3]) {
			continue
		}
		if t[j-1] == '[' {
			return j - 1
		}
		if j >= 3 {
			if b := t[j-3 : j]; b == "〔" || b == "［" || b == "【" {
				return j - 3
			}
		}
	}
	return -1
}

// announcementYear returns where the year of an announcement's number
// starts in t (2019 of 财政部公告2019年第39号), or -1.
func announcementYear(t string) int {
	i := strings.Index(t, "年第")
	if i < 4 || !isDigitsOnly(t[i-4:i]) {
		return -1
	}
	return i - 4
}

// trailingNumber splits a 文号 in final parentheses off title text.
func trailingNumber(t string) (string, *notice.DocNumber) {
	for _, dash := range []string{"——", "--", "—"} {
		// 某某作业延期--某航通〔2021〕0017号: a dash parts the 文号 off
		// the title, whose kind the title need not name.
		if i := strings.LastIndex(t, dash); i > 0 {
			if n, ok := docNumber(strings.TrimSpace(t[i+len(dash):])); ok {
				return strings.TrimSpace(t[:i]), &n
			}
		}
	}
	head, inner, ok := cutTrailingParen(t)
	if !ok || head == "" {
		return gluedNumber(t)
	}
	n, ok := docNumber(inner)
	if !ok {
		return t, nil
	}
	return head, &n
}

// gluedNumber splits a 文号 run into the end of title text without
// parentheses or a space (某县人民政府土地征收预公告某府告〔2022〕53号): the
// title must end in a genre word where the 文号's issuer starts.
func gluedNumber(t string) (string, *notice.DocNumber) {
	if !strings.HasSuffix(t, "号") {
		return t, nil // most titles
	}
	open := yearBracket(t)
	if open <= 0 {
		return t, nil
	}
	// The issuer is a few characters before the bracket: try each start.
	for i, k := open, 0; i > 0 && k < maxIssuerRunes; k++ {
		_, size := utf8.DecodeLastRuneInString(t[:i])
		i -= size
		head := strings.TrimRight(t[:i], " ")
		if !vocab.EndsInGenre(head) || runeLen(head) < minGluedTitle {
			continue
		}
		if n, ok := docNumber(t[i:]); ok {
			return head, &n
		}
	}
	return t, nil
}

// maxIssuerRunes bounds the issuer of a 文号 run into a title, in characters.
const maxIssuerRunes = 12

// minGluedTitle is the shortest title, in characters, that gluedNumber
// splits off: a 文号's issuer can end in a genre word itself
// (湘阴交函议复字〔2019〕6号 is no title 湘阴交函).
const minGluedTitle = 6

// prefixHeading reads a page heading made of a 文号 and the title in
// book-title marks: 宁政办发〔2018〕47号《南京市人民政府办公厅关于…的实施意见》.
func prefixHeading(l string) (notice.DocNumber, string, bool) {
	if n, t, ok := bracketedNumberHeading(l); ok {
		return n, t, true
	}
	if n, t, ok := numberedAnnouncement(l); ok {
		return n, t, true
	}
	i := strings.Index(l, "《")
	if i <= 0 || !strings.HasSuffix(l, "》") {
		return notice.DocNumber{}, "", false
	}
	n, ok := docNumber(strings.TrimSpace(l[:i]))
	if !ok {
		return notice.DocNumber{}, "", false
	}
	t := compactTitle(l[i:])
	inner := unwrapBookTitle(t)
	if inner == t || !vocab.EndsInGenre(inner) {
		return notice.DocNumber{}, "", false
	}
	return n, inner, true
}

// bracketedNumberHeading reads a heading made of a 文号 in brackets and the
// title after it: [天政发〔2021〕18号]天水市人民政府关于…的通知.
func bracketedNumberHeading(l string) (notice.DocNumber, string, bool) {
	for _, p := range [...][2]string{{"[", "]"}, {"【", "】"}, {"［", "］"}} {
		rest, ok := strings.CutPrefix(l, p[0])
		if !ok {
			continue
		}
		j := strings.Index(rest, p[1])
		if j <= 0 {
			continue
		}
		n, ok := docNumber(rest[:j])
		if !ok {
			continue
		}
		t := titleText(rest[j+len(p[1]):])
		if runeLen(t) < 4 || !titleLine(t) {
			continue
		}
		return n, t, true
	}
	return notice.DocNumber{}, "", false
}

// numberedAnnouncement reads the heading of an announcement that its
// number names, with its subject in parentheses or after a space: the
// heading is the title, number and all.
func numberedAnnouncement(l string) (notice.DocNumber, string, bool) {
	if n, t, ok := numberParenHeading(l); ok {
		return n, t, true
	}
	return announcementHeading(l)
}

// numberParenHeading reads a heading made of a 文号 and the title in
// parentheses after it, as a ministry lists its announcements:
// 某署公告2017年第26号（关于进一步简化某某管理要求的公告）. The heading is
// the announcement's title as the ministry names it, number and all.
func numberParenHeading(l string) (notice.DocNumber, string, bool) {
	if !strings.HasSuffix(l, "）") && !strings.HasSuffix(l, ")") {
		return notice.DocNumber{}, "", false // most lines
	}
	i := strings.IndexAny(l, "（(")
	if i <= 0 {
		return notice.DocNumber{}, "", false
	}
	n, ok := docNumber(strings.TrimSpace(l[:i]))
	if !ok {
		return notice.DocNumber{}, "", false
	}
	inner, ok := unparen(strings.TrimSpace(l[i:]))
	if !ok || !strings.HasPrefix(inner, "关于") || !vocab.EndsInGenre(inner) {
		return notice.DocNumber{}, "", false
	}
	return n, compactTitle(l), true
}

// announcementHeading reads the heading of an announcement named by its
// number and what it does after a space, which is no title of its own
// (某部公告2019年第47号 公布货物出口配额总量（2020年）): the heading, with that
// one space, is its title.
func announcementHeading(l string) (notice.DocNumber, string, bool) {
	i := strings.Index(l, "号")
	if i < 0 || !strings.Contains(l[:i], "公告") {
		return notice.DocNumber{}, "", false // most lines
	}
	i += len("号")
	rest := strings.TrimSpace(l[i:])
	if r, _ := utf8.DecodeRuneInString(rest); rest == l[i:] || !vocab.IsHan(r) || runeLen(rest) < 4 || !titleLine(rest) ||
		vocab.EndsInGenre(rest) || strings.Contains(rest, "关于") {
		// (某部公告2019年第39号 某部关于…的公告: a title of its own after
		// the number, which is cut off it.)
		return notice.DocNumber{}, "", false
	}
	n, ok := docNumber(l[:i])
	if !ok || !strings.HasSuffix(n.Issuer, "公告") {
		return notice.DocNumber{}, "", false
	}
	return n, l[:i] + " " + compactTitle(rest), true
}

// splitRepeat returns how many lines from lines[i] spell the title again,
// split differently from its first copy (印发市政府办公厅关于天津市政府 /
// 信息公开相关配套制度的通知), or 0.
func (h *head) splitRepeat(lines []string, i int) int {
	if h.title == "" {
		return 0
	}
	joined := ""
	for k := i; k < len(lines) && k-i < titleLines; k++ {
		if !titleLine(lines[k]) {
			return 0
		}
		joined += titleText(lines[k])
		if t, _ := titleAndNumber(joined); sameTitle(t, h.title) && k > i {
			return k - i + 1
		}
		if !strings.HasPrefix(h.title, joined) {
			return 0
		}
	}
	return 0
}

// banTou reports a 版头 line: the name of the issuing body and 文件
// (天津市南开区人民政府办公室文件), short and without punctuation.
func banTou(l string) bool {
	return banTouText(l)
}

// bodyName reports whether l names one body and nothing else (重庆市人民政府).
func bodyName(l string) bool {
	names, ok := signers(l)
	return ok && len(names) == 1 && !IsPerson(names[0]) && !runesOver(names[0], 20)
}

// decreeHeading reports whether l is the 版头 of a decree (政府令): a body's
// name and 令 (北京市人民政府令, 中华人民共和国国务院令, 重庆市人民政府令).
func decreeHeading(l string) bool {
	t := compactTitle(l)
	name, ok := strings.CutSuffix(t, "令")
	return ok && !runesOver(t, 20) && hasSuffixAny(name, bodySuffixes) && !hasSentencePunct(t)
}

// decreeNumber reads the number under a decree's 版头 (第293号), as the
// 文号 the heading and it make: 北京市人民政府令第293号.
func decreeNumber(heading, l string) (notice.DocNumber, bool) {
	t := compactTitle(l)
	if !strings.HasPrefix(t, "第") || !strings.HasSuffix(t, "号") || runesOver(t, 10) {
		return notice.DocNumber{}, false
	}
	n, err := notice.ParseDocNumber(compactTitle(heading) + t)
	return n, err == nil
}

func banTouText(l string) bool {
	t := compactTitle(l)
	return strings.HasSuffix(t, "文件") && !runesOver(t, 30) && runesOver(t, 2) && !hasSentencePunct(t)
}
