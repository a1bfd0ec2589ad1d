package structure

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/vocab"
)

// Bodies flattened into one line. Some pages (a copy through a messaging
// app, a text export) run the parts of a document together: the addressee
// before the 正文 on one line, and after its last sentence the 附件说明,
// the signature, the date, the site's 来源 line and the 附注. unflatten
// cuts such lines where those parts meet, so that the stage reads them as
// it reads a document laid out line by line.

// Bounds of what unflatten looks at.
const (
	minFlatText   = 15  // characters of 正文 after an addressee on its line
	flatHeadLines = 20  // lines at the top that may start with an addressee
	flatTailRunes = 200 // characters after a line's last sentence that may be its tail
)

// unflatten returns lines with flattened ones cut into their parts, and
// PDF page marks (—2—, （此页无正文）) cut from the lines they stand on or
// glued to, and for each returned line the index of the line it came from.
func unflatten(v *vocab.Vocabulary, lines []string) ([]string, []int) {
	var out []string
	var origin []int // nil until a line is cut or dropped
	var buf []string // the parts of one line, reused: most lines are one part
	for i, l := range lines {
		l = cutPageMarks(l)
		parts := buf[:0]
		headCut := false // the line's head was cut: a 文号 or an addressee run into the 正文
		if l != "" {
			if i < flatHeadLines {
				if stamp, rest, ok := cutStampHead(l); ok {
					parts = append(parts, stamp)
					l = rest
				}
				numbered := false
				if head, rest, ok := cutNumberHead(l); ok {
					parts = append(parts, head)
					l, numbered, headCut = rest, true, true
				}
				if title, addr, ok := cutTitleAddressee(l); ok {
					parts = append(parts, title)
					l = addr
				}
				if addr, rest, ok := cutAddressee(v, l, numbered); ok {
					parts = append(parts, addr)
					l, headCut = rest, true
				}
			}
			if tail := cutTail(l, headCut); tail != nil {
				parts = append(parts, tail...)
			} else if mid := cutMidSignature(l); mid != nil {
				parts = append(parts, mid...)
			} else if date, n, ok := cutDatedNote(l); ok {
				parts = append(parts, date, n)
			} else {
				parts = append(parts, l)
			}
		}
		buf = parts
		if len(parts) != 1 && origin == nil {
			out = append(make([]string, 0, len(lines)+len(parts)), lines[:i]...)
			origin = make([]int, i, len(lines)+len(parts))
			for k := range origin {
				origin[k] = k
			}
		}
		if origin == nil {
			lines[i] = l // the same line, its page marks cut
			continue
		}
		for _, p := range parts {
			out = append(out, p)
			origin = append(origin, i)
		}
	}
	if origin == nil {
		return lines, nil
	}
	return out, origin
}

// cutStampHead splits the page's date and time off the start of a title's
// line it ran into (2022-08-03 09:42某区2022年…入学通告).
func cutStampHead(l string) (stamp, rest string, ok bool) {
	if l == "" || !isDigit(l[0]) {
		return "", "", false // most lines
	}
	m := stampHead.FindStringIndex(l)
	if m == nil {
		return "", "", false
	}
	if r, _ := utf8.DecodeRuneInString(l[m[1]:]); !vocab.IsHan(r) || !titleLine(l[m[1]:]) {
		return "", "", false // 2015-11-10 01:51:51信息来源：, the page's line whole
	}
	if _, ok := stampLine(l[:m[1]]); !ok {
		return "", "", false
	}
	return l[:m[1]], l[m[1]:], true
}

// stampHead is a date in digits and a time at the start of a line.
var stampHead = regexp.MustCompile(`^\d{4}[-/.]\d{1,2}[-/.]\d{1,2} \d{1,2}:\d{2}(?::\d{2})?`)

// cutNumberHead cuts a line that starts with a 文号 and a date in
// parentheses and goes on with the 正文: （1985年5月4日皖政〔1985〕38号） 根据…,
// or with a 文号 alone and white space.
func cutNumberHead(l string) (head, rest string, ok bool) {
	inner, after, ok := cutLeadingParen(l)
	if !ok {
		// A 文号 alone before white space and the addressee (某政办发
		// [2008]68号 各旗、县、区人民政府：…).
		// Only the start of a line is looked at: a 文号 is short.
		sp := strings.IndexFunc(l[:min(len(l), maxNumberHead)], unicode.IsSpace)
		if sp < 0 || !strings.HasSuffix(l[:sp], "号") {
			return "", "", false
		}
		if _, ok := docNumber(l[:sp]); !ok || strings.TrimSpace(l[sp:]) == "" {
			return "", "", false
		}
		if _, _, ok := numberAndDate(l); ok {
			return "", "", false // 某政发〔2003〕13号 2003年2月17日: a dated 文号 line, whole
		}
		if _, _, ok := announcementHeading(l); ok {
			return "", "", false // 某部公告2019年第47号 公布…: an announcement's heading, whole
		}
		return l[:sp], strings.TrimSpace(l[sp:]), true
	}
	if strings.TrimSpace(after) == "" {
		return "", "", false
	}
	if _, _, ok := numberAndDate(inner); !ok {
		if _, ok := docNumber(inner); !ok {
			return "", "", false
		}
	}
	return l[:len(l)-len(after)], strings.TrimSpace(after), true
}

// maxNumberHead bounds, in bytes, the 文号 that cutNumberHead looks for
// alone at the start of a line.
const maxNumberHead = 96

// cutAddressee cuts a line that starts with an addressee and goes on with
// the 正文 (各乡镇人民政府：现将…) after the addressee's colon. It reports
// whether it cut.
func cutAddressee(v *vocab.Vocabulary, l string, numbered bool) (addr, rest string, ok bool) {
	before, after, ok := cutColon(l)
	// 某某等代表： 您在…: the deputies a reply speaks to, then its 正文.
	speaksTo := hasSuffixAny(before, deputySuffixes) &&
		(strings.HasPrefix(strings.TrimSpace(after), "您") || strings.HasPrefix(strings.TrimSpace(after), "你"))
	if !ok || runesOver(before, 150) || !strings.Contains(after, "。") || runeLen(after) < minFlatText ||
		!numbered && !speaksTo && !strings.HasPrefix(before, "各") && !strings.ContainsAny(before, "，、,") &&
			!(strings.HasPrefix(after, " ") && !v.Classify(vocab.Compact(before)).IsLabel()) {
		// Only a list of bodies before a sentence is an addressee run
		// together with the 正文 (主办单位：教育部 is a label line), one
		// body after the 文号 that a flattened line starts with, or one
		// that a space parts from the 正文 as paragraphs joined into a
		// line are (某镇人民政府： 你镇…), when no label of the
		// vocabulary is so named.
		return "", "", false
	}
	colon := l[len(before) : len(l)-len(after)]
	if _, ok := addressee(before + colon); !ok {
		return "", "", false
	}
	return before + colon, strings.TrimSpace(after), true
}

// ccStart returns where a 抄送 line starts in the tail of a flattened
// line, after its text. Only the tail is searched, and with Index first,
// as every line comes here.
func ccStart(l string) (int, bool) {
	from := max(0, len(l)-3*flatTailRunes)
	j := strings.Index(l[from:], "抄送")
	if j < 0 {
		return 0, false
	}
	i := from + j + strings.LastIndex(l[from+j:], "抄送")
	return i, i > 0 && ccLine(strings.TrimSpace(l[i:]))
}

// cutTitleAddressee cuts a title line that goes on with the addressee
// after a space (关于…的通知 某某有限公司：): a title of its kind, then
// an addressee, and maybe the 正文 after its colon, which it returns with
// the addressee.
func cutTitleAddressee(l string) (title, addr string, ok bool) {
	before, _, found := cutColon(l)
	if !found || strings.IndexByte(before, ' ') < 0 && !strings.Contains(before, "\u3000") || runesOver(before, titleRunes+maxAddressee) {
		return "", "", false // most lines: no colon, or no space before it
	}
	i := strings.LastIndexFunc(before, unicode.IsSpace)
	if i <= 0 {
		return "", "", false
	}
	// The addressee, and the 正文 run into it when the line goes on
	// (关于…的通知 各镇、街道： 为了…): cutAddressee parts them next.
	title, addr = strings.TrimSpace(l[:i]), strings.TrimSpace(l[i:])
	if r, _ := utf8.DecodeRuneInString(addr); !unicode.Is(unicode.Han, r) || strings.ContainsAny(title, "|｜") {
		return "", "", false // the cells of a table's row, not a title and its addressee
	}
	name := strings.TrimSpace(before[i:]) + "："
	if _, ok := addressee(name); !ok || !titleLine(title) || !vocab.EndsInGenre(titleText(title)) {
		return "", "", false
	}
	return title, addr, true
}

// cutTail cuts the parts that follow the last sentence of a line that holds
// several: a 附件说明 (附件：…), dates, a source line (来源：…) and 附注 in
// parentheses. For a line of one sentence, or with no such part after its
// last, it returns nil: the line stays whole; but for one whose head
// (headCut: its addressee or 文号) was cut off, one sentence will do.
func cutTail(l string, headCut bool) []string {
	end := lastSentenceEnd(l)
	if end <= 0 {
		return nil // most lines of a page: no sentence, or no tail after one
	}
	if i, ok := ccStart(l); ok {
		// The 版记's 抄送 after the signature and its 附注: the tail
		// is what stands before it.
		if parts := cutTail(strings.TrimSpace(l[:i]), headCut); parts != nil {
			return append(parts, strings.TrimSpace(l[i:]))
		}
		return nil
	}
	if end == len(l) || !headCut && strings.Count(l[:end], "。")+strings.Count(l[:end], "！") < 2 && !closing(l[:end]) {
		// One sentence is no 正文 run together, but a closing formula
		// (特此批复。 某区人民政府 2016年9月23日) ends one, and so does the
		// addressee or the 文号 cut from the line's start.
		return nil
	}
	tail := l[end:]
	if runesOver(tail, flatTailRunes) {
		return nil
	}
	parts := []string{l[:end]}
	if word, rest, ok := strings.Cut(strings.TrimSpace(tail), " "); ok && closing(word) {
		// 。 特此通知 某局 2020年2月24日: the closing formula without its
		// mark, a line of its own.
		parts, tail = append(parts, word), rest
	}
	cuts := tailCuts(tail)
	if len(cuts) == 0 {
		return nil
	}
	prev := 0
	for _, c := range cuts {
		if p := strings.TrimSpace(tail[prev:c]); p != "" {
			parts = append(parts, p)
		}
		prev = c
	}
	if p := strings.TrimSpace(tail[prev:]); p != "" {
		parts = append(parts, p)
	}
	if len(parts) == 1 {
		return nil
	}
	if k := len(parts) - 1; k > 1 && dateAt(parts[k-1]) > 0 && strings.Contains(parts[k], " ") {
		// The date, then a 附注 and the appendix run on.
		parts = append(parts[:k], afterSignature(parts[k])...)
	}
	return splitSigner(parts)
}

// cutMidSignature cuts a line where a whole document was run together,
// its appendix too, at the signature inside it: after a sentence, a space,
// the signers, a space and the date (…请认真组织实施。 某县人民政府办公室
// 2019年9月22日 （此件公开发布） 某县某预案 为…). It returns the text before,
// the signers, the date, a 附注 in brackets after it, and the rest; nil
// when the line holds no such signature.
func cutMidSignature(l string) []string {
	if len(l) < minMidSignatureLine || !strings.Contains(l, "。 ") {
		return nil // most lines
	}
	for from := 0; ; {
		i := strings.Index(l[from:], "。 ")
		if i < 0 {
			return nil
		}
		end := from + i + len("。")
		from = end
		rest := strings.TrimLeft(l[end:], " ")
		first, _, _ := strings.Cut(rest, " ")
		if _, ok := signers(first); !ok {
			continue // most sentences: no signer after them, told before splitting the rest
		}
		fields := strings.SplitN(rest, " ", maxFlatSigners+2)
		// The signers, one body a word for a joint document's, then the
		// date.
		n := 0
		if _, ok := signers(fields[0]); ok {
			n = 1
		}
		for n < len(fields)-1 && n < maxFlatSigners {
			if _, ok := dateLine(fields[n]); ok {
				break
			}
			if names, ok := signers(fields[n]); !ok || len(names) != 1 {
				n = 0
				break
			}
			n++
		}
		if n == 0 || n+1 >= len(fields) {
			continue
		}
		if _, ok := dateLine(fields[n]); !ok {
			continue
		}
		parts := append([]string{l[:end]}, fields[:n+1]...)
		return append(parts, afterSignature(strings.Join(fields[n+1:], " "))...)
	}
}

// afterSignature cuts what a flattened line runs on with after the
// signature's date: 附注 in brackets, then an appendix's heading without
// a title and the title after it (（此件公开发布） 附件 某某办法 第一章 总则…),
// a line each, as the lines it was joined from, and the rest.
func afterSignature(rest string) []string {
	var parts []string
	rest = strings.TrimSpace(rest)
	for len(parts) < maxFlatNotes {
		inner, after, ok := cutLeadingParen(rest)
		if !ok {
			break
		}
		if _, noted := note("（" + inner + "）"); !noted {
			break
		}
		parts = append(parts, "（"+inner+"）")
		rest = strings.TrimSpace(after)
	}
	if heading, more, ok := strings.Cut(rest, " "); ok && appendixHeadingOnly(heading) {
		parts = append(parts, heading)
		rest = more
		if title, body, ok := strings.Cut(rest, " "); ok && titleLine(title) && vocab.EndsInGenre(titleText(title)) {
			parts = append(parts, title)
			rest = body
		}
	}
	if rest != "" {
		parts = append(parts, rest)
	}
	return parts
}

// maxFlatNotes bounds the 附注 afterSignature cuts, one a line.
const maxFlatNotes = 4

// appendixHeadingOnly reports an appendix's heading that names no title:
// 附件, 附件1, 附件：.
func appendixHeadingOnly(s string) bool {
	title, ok := appendixHeading(s)
	return ok && title == ""
}

// minMidSignatureLine is the shortest line cutMidSignature reads, in bytes:
// a 正文, a signature and more, run together.
const minMidSignatureLine = 200

// cutDatedNote cuts a 附注 off the date line it was run into, with or
// without the signer before the date: 2015年7月17日 （此件公开发布）.
func cutDatedNote(l string) (date, n string, ok bool) {
	if !strings.HasSuffix(l, ")") && !strings.HasSuffix(l, "）") {
		return "", "", false // most lines
	}
	i := max(strings.LastIndex(l, "("), strings.LastIndex(l, "（"))
	if i <= 0 {
		return "", "", false
	}
	date = strings.TrimSpace(l[:i])
	if _, ok := note(l[i:]); !ok {
		return "", "", false
	}
	if _, ok := dateLine(date); ok {
		return date, l[i:], true
	}
	if _, _, ok := signerWithDate(date); ok {
		return date, l[i:], true
	}
	return "", "", false
}

// splitSigner cuts the signer off the 附件说明 it follows on a flattened
// line (附件：某某名单 某市人民政府办公室 2013年12月27日): a name of bodies
// after the last white space of the part before the date.
func splitSigner(parts []string) []string {
	for k := 1; k+1 < len(parts); k++ {
		if dateAt(parts[k+1]) == 0 {
			continue
		}
		if _, ok := signers(parts[k]); ok {
			return parts // the signers' line already
		}
		// The names before the date, each a body, after what precedes
		// them: a 附件说明 (附件：某某名单 某市人民政府办公室), a contact's
		// line (电子邮箱：…@163.com 某局), or nothing (more bodies than a
		// line of signers holds, each its own line then).
		words := strings.Fields(parts[k])
		j := len(words)
		for j > 0 && j > len(words)-maxFlatSigners {
			if names, ok := signers(words[j-1]); !ok || len(names) != 1 {
				break
			}
			j--
		}
		if j == len(words) {
			continue
		}
		var split []string
		if j > 0 {
			split = append(split, strings.Join(words[:j], " "))
		}
		return slices.Concat(parts[:k], split, words[j:], parts[k+1:])
	}
	return parts
}

// maxFlatSigners bounds the bodies splitSigner takes from a flattened
// line, one line each: a joint document's signers.
const maxFlatSigners = 12

// lastSentenceEnd returns the byte offset after the last 。 or ！ of s, or
// -1: a closing formula (特此公告！) or a call to the public (感谢您的支持！)
// ends the 正文 in an exclamation mark as well.
func lastSentenceEnd(s string) int {
	// The ！ is looked for only after the last 。: every line comes here,
	// and a second search of the whole line costs as much as the first.
	i := strings.LastIndex(s, "。")
	if j := strings.LastIndex(s[max(i, 0):], "！"); j >= 0 {
		i = max(i, 0) + j
	}
	if i < 0 {
		return -1
	}
	return i + len("。") // ！ is as long
}

// tailCuts returns the offsets in tail where a part starts: 附件 with a
// colon or a number, a date, a label of the site's lines (来源：), a 附注
// in parentheses. The first part needs no cut.
func tailCuts(tail string) []int {
	var cuts []int
	add := func(i int) {
		if i > 0 && (len(cuts) == 0 || cuts[len(cuts)-1] < i) {
			cuts = append(cuts, i)
		}
	}
	// A contact's label starts a line only in a tail that holds the
	// signature's date: in other text it is a list's item or a heading.
	labels := containsDate(tail)
	depth := 0 // of brackets: a 附注's contact (（联系人：… 联系电话：…）) is one part
	for i := 0; i < len(tail); {
		rest := tail[i:]
		switch {
		case strings.HasPrefix(rest, "（") || strings.HasPrefix(rest, "("):
			depth++
		case strings.HasPrefix(rest, "）") || strings.HasPrefix(rest, ")"):
			depth = max(0, depth-1)
		}
		switch {
		case strings.HasPrefix(rest, "附件") && (attachmentStart(rest) || isDigit(byteAt(rest, len("附件")))):
			add(i)
		case strings.HasPrefix(rest, "来源：") || strings.HasPrefix(rest, "来源:") || strings.HasPrefix(rest, "（此件") || strings.HasPrefix(rest, "(此件"):
			add(i)
		case labels && i > 0 && tail[i-1] == ' ' && depth == 0 && tailLabel(rest):
			add(i) // 联系电话：…, 传 真：…: a contact's line under the text
		case i > 0 && tail[i-1] == ' ' && depth == 1 && (strings.HasPrefix(rest, "（") || strings.HasPrefix(rest, "(")) && len(cuts) > 0:
			add(i) // 2022年5月25日 （此件公开发布） （联系人：…）: one 附注 a line
		default:
			if n := dateAt(rest); n > 0 {
				add(i)
				if i+n < len(tail) {
					add(i + n)
				}
				i += n
				continue
			}
		}
		_, size := utf8.DecodeRuneInString(rest)
		i += size
	}
	return cuts
}

// containsDate reports whether s holds a date as dateAt reads one.
func containsDate(s string) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], "年")
		if i < 0 {
			return false
		}
		i += from
		// The year's four digits end at the 年.
		for j := max(0, i-4*utf8.UTFMax); j < i; j++ {
			if utf8.RuneStart(s[j]) && dateAt(s[j:]) > 0 {
				return true
			}
		}
		from = i + len("年")
	}
}

// tailLabel reports whether s starts with a label and its colon: two to
// eight Chinese characters, maybe letter-spaced (传 真：), as a contact's
// lines under a document's text start (联系人：, 电子邮箱：).
func tailLabel(s string) bool {
	label, _, ok := cutColon(s[:min(len(s), maxTailLabel)])
	if !ok {
		return false
	}
	label = strings.ReplaceAll(label, " ", "")
	n := runeLen(label)
	return n >= 2 && n <= 8 && vocab.IsHanString(label)
}

// maxTailLabel bounds the label and the colon tailLabel reads, in bytes:
// eight characters, letter-spaced.
const maxTailLabel = 8*4 + len("：")

func byteAt(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

// dateAt returns the length of a date written the way a signature dates a
// document (2022年2月11日, 二〇〇六年五月二十三日) at the start of s, or 0.
func dateAt(s string) int {
	i := strings.Index(s, "年")
	if i <= 0 || runeLen(s[:i]) != 4 {
		return 0
	}
	for _, r := range s[:i] {
		if !(r >= '0' && r <= '9' || isChineseDigit(r) || r == 'O' || r == 'o' || r == '○') {
			return 0
		}
	}
	j := strings.Index(s[i:], "日")
	if j < 0 || runesOver(s[i:i+j], 6) {
		return 0
	}
	n := i + j + len("日")
	if _, err := notice.ParseDate(s[:n]); err != nil {
		return 0
	}
	return n
}

// remap turns indices into unflattened lines back into indices of the
// lines given.
func (l *Lines) remap(origin []int) {
	if origin == nil {
		return
	}
	for _, p := range []*int{&l.Title, &l.DocNumber, &l.Addressee, &l.Body, &l.Attachments, &l.Signature,
		&l.Signed, &l.Notes, &l.Appendices, &l.CC, &l.Printed, &l.Info} {
		if *p >= 0 && *p < len(origin) {
			*p = origin[*p]
		}
	}
}

// cutPageMarks removes from l what a PDF's pages print and no document
// says: page numbers (—2—, －3－, - 4 -) alone or glued to the line's
// start or end, and （此页无正文）. It returns "" when nothing else is left.
func cutPageMarks(l string) string {
	if hasNoTextMark(l) {
		for _, mark := range []string{"（此页无正文）", "(此页无正文)"} {
			l = strings.ReplaceAll(l, mark, "")
		}
	}
	for {
		t := strings.TrimSpace(l)
		if n := pageNumberPrefix(t); n > 0 {
			l = t[n:]
			continue
		}
		if n := pageNumberSuffix(t); n > 0 {
			l = t[:len(t)-n]
			continue
		}
		return t
	}
}

// hasNoTextMark reports whether l holds （此页无正文）: alone, or run into
// the start or the end of a line a copy flattened. Only those places are
// looked at: searching every paragraph for the words costs more than the
// rest of cutPageMarks.
func hasNoTextMark(l string) bool {
	t := strings.TrimSpace(l)
	if len(t) <= maxNoTextLine {
		return strings.Contains(t, "此页无正文")
	}
	for _, m := range []string{"（此页无正文）", "(此页无正文)"} {
		if strings.HasPrefix(t, m) || strings.HasSuffix(t, m) {
			return true
		}
	}
	return false
}

// maxNoTextLine bounds, in bytes, a line searched whole for （此页无正文）.
const maxNoTextLine = 64

// pageDashes stand around a PDF page number: —2—, －2－, – 2 –, - 2 -.
const pageDashes = "—－–-"

// pageNumberPrefix returns the length in bytes of a page number at the
// start of s, or 0.
func pageNumberPrefix(s string) int {
	r, open := utf8.DecodeRuneInString(s)
	if !strings.ContainsRune(pageDashes, r) {
		return 0
	}
	i := open
	for i < len(s) && s[i] == ' ' {
		i++
	}
	digits := i
	for i < len(s) && isDigit(s[i]) && i-digits < 3 {
		i++
	}
	if i == digits || i < len(s) && isDigit(s[i]) {
		return 0
	}
	spaced := i > open+0 && s[open] == ' '
	for i < len(s) && s[i] == ' ' {
		i++
	}
	r2, size := utf8.DecodeRuneInString(s[i:])
	if r2 != r || r == '-' && !spaced {
		return 0 // -2- in ASCII is a page number only with spaces: - 2 -
	}
	return i + size
}

// pageNumberSuffix returns the length in bytes of a page number at the
// end of s, or 0.
func pageNumberSuffix(s string) int {
	if r, _ := utf8.DecodeLastRuneInString(s); !strings.ContainsRune(pageDashes, r) {
		return 0 // most lines: no dash at their end
	}
	for start := len(s) - 1; start >= 0 && len(s)-start <= len("— 999 —"); start-- {
		if !utf8.RuneStart(s[start]) {
			continue
		}
		if n := pageNumberPrefix(s[start:]); n == len(s)-start {
			return n
		}
	}
	return 0
}
