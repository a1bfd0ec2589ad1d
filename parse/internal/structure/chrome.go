package structure

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/vocab"
)

// pageInfo is what a line of page chrome tells: the source and the date the
// page was published, each with whether the line gave it, and the pairs of
// other known labels it holds (签发人：…, 作者：…), which the record keeps.
type pageInfo struct {
	source       string
	hasSource    bool
	publisher    string // 发布机构：… beside the date under a title
	published    notice.Date
	hasPublished bool
	extra        []notice.Field
	line         int // index of the line that gave the source or the date
}

// chromeLine reads a line made only of chrome labels and their values, maybe
// after a date and time (2015-11-10 01:51:51信息来源：, 2021-08-26 10:49:18 来源：…):
// the source, the date, page UI (浏览次数, 字号) and known labels that hold
// no field. A date label whose value is no date (时间：1月22日上午) makes the
// line body text, not chrome.
func chromeLine(v *vocab.Vocabulary, s string) (info pageInfo, ok bool) {
	if runesOver(s, 200) {
		return info, false
	}
	for _, re := range []*regexp.Regexp{paperMasthead, paperCitation} {
		// 某某日报 2024年05月11日 星期五, 《某某日报》（2023年10月26日 第06版）:
		// the paper and the day it printed the text.
		if !strings.HasSuffix(s, "日") && !strings.HasSuffix(s, "）") && !strings.HasSuffix(s, ")") && !strings.Contains(s, "星期") {
			break // most lines: no date at the end, so neither can match
		}
		if m := re.FindStringSubmatch(s); m != nil {
			if d, err := ParseDate(m[2]); err == nil {
				info.source, info.hasSource = m[1], true
				info.published, info.hasPublished = d, true
				return info, true
			}
		}
	}
	if inner, ok := unparen(s); ok {
		s = inner // （来源：网站编辑 2023-11-24 19:38）
	}
	if r, size := utf8.DecodeRuneInString(s); vocab.IsBullet(r) || r == '-' || r == '*' {
		s = strings.TrimLeftFunc(s[size:], unicode.IsSpace) // - 发布日期：…, the page's items in a list
	}
	if rest, ok := afterBracketedName(s); ok && rest != "" && '0' <= rest[0] && rest[0] <= '9' {
		s = rest // [某县人民政府]2016-05-09 字号：, the site's name before the page's date
	}
	if strings.HasPrefix(s, "——") {
		s = strings.TrimLeftFunc(strings.TrimLeft(s, "—"), unicode.IsSpace) // ——来源：…, a byline's dash
	}
	s = vocab.CutURL(cutSiteAddress(s)) // http://某站 2024-01-29 11:03 来源：…: a copy's address before the page's date
	rest := s
	if s != "" && '0' <= s[0] && s[0] <= '9' {
		i := strings.IndexFunc(s, func(r rune) bool { return !strings.ContainsRune("0123456789-/.: 年月日", r) })
		if i < 0 {
			// A date alone is a signature's or body text, but for a
			// page's date and time (2023-06-23 14:35:56), which no
			// document writes.
			if d, err := ParseDate(strings.TrimSpace(s)); err == nil && d.HasTime && !strings.Contains(s, "年") {
				info.published, info.hasPublished = d, true
				return info, true
			}
			if d, ok := dateAndCounter(s, ""); ok {
				info.published, info.hasPublished = d, true
				return info, true
			}
			return info, false
		}
		if d, ok := dateAndCounter(s[:i], s[i:]); ok {
			// 2015-12-24 某省食药监局904: the page's date, its source run
			// into its counter.
			info.published, info.hasPublished = d, true
			return info, true
		}
		d, err := notice.ParseDate(strings.TrimSpace(s[:i]))
		if err != nil {
			if monthDayTime(strings.TrimSpace(s[:i])) && !runesOver(s[i:], maxStampSource) &&
				!strings.ContainsFunc(s[i:], func(r rune) bool { return isSentencePunct(r) || isSentenceEnd(r) }) {
				// 05-25 10:06 某县融媒体中心: the page's stamp without
				// its year, which no document writes; no date to fill.
				return info, true
			}
			return info, false
		}
		info.published, info.hasPublished = d, true
		// 2022年01月25日16:27 | 来源：…: a bar between the date and the
		// labels, as a news site's strip parts its items.
		rest = strings.TrimLeftFunc(s[i:], func(r rune) bool { return r == '|' || r == '｜' || unicode.IsSpace(r) })
	}
	labels := findLabels(v, rest)
	if len(labels) > 0 && labels[0].start != 0 {
		// A widget or the site's name before the first label (打印
		// 来源：…, 某县人民政府 发布时间：…): the line is the page's all
		// the same.
		if head := strings.TrimSpace(rest[:labels[0].start]); vocab.IsUI(head) || siteBanner(head) {
			rest = rest[labels[0].start:]
			labels = findLabels(v, rest)
		}
	}
	if len(labels) == 0 || labels[0].start != 0 {
		if d, ok := accountLine(v, s); ok {
			info.published, info.hasPublished = d, true
			return info, true
		}
		return info, false
	}
	ui := false
	for k, l := range labels {
		end := len(rest)
		if k+1 < len(labels) {
			end = labels[k+1].start
		}
		value := strings.TrimSpace(rest[l.valueStart:end])
		switch {
		case l.kind.Role == vocab.RoleField && l.kind.Field == vocab.Source:
			value = vocab.CutWidget(value) // 来源：某局 放大 正常 缩小
			if head, credit, name, ok := cutCredit(value); ok {
				// 来源：某局 编辑 某某: a credit without its colon after
				// the source.
				value = head
				info.extra = append(info.extra, notice.Field{Label: credit, Value: name})
			}
			if runesOver(value, 40) || hasSentenceEnd(value) {
				return info, false
			}
			if head, d := TrailingDate(value); d != nil {
				value = head // 来源：某省人民政府网站2019-01-07 11:58
				if !info.hasPublished {
					info.published, info.hasPublished = *d, true
				}
			}
			if !info.hasSource {
				info.source, info.hasSource = value, true
			}
		case l.kind.Role == vocab.RoleField && l.kind.Field == vocab.Publisher:
			if runesOver(value, 60) || hasSentenceEnd(value) {
				return info, false
			}
			if info.publisher == "" {
				info.publisher = value
			}
		case l.kind.Role == vocab.RoleField && l.kind.Field == vocab.Published:
			value = vocab.CutWidget(value) // 时间：2017-11-08  大 中 小, the font's sizes without their label
			if value == "" {
				continue
			}
			d, err := ParseDate(value)
			if err != nil {
				if m, d, ok := strings.Cut(value, "-"); ok && twoDigits(m, 12) && twoDigits(d, 31) {
					continue // 日期：09-09: the page's stamp without its year, no date to fill
				}
				var who string
				if d, who, ok = DateThenBody(value); !ok {
					return info, false
				}
				// 发布时间：2023-04-26 16:00某县交通运输局: the body that
				// published the page, run into its date.
				if info.publisher == "" {
					info.publisher = who
				}
			}
			if !info.hasPublished {
				info.published, info.hasPublished = d, true
			}
		case l.kind.Role == vocab.RoleExtra:
			if runesOver(value, 40) || hasSentenceEnd(value) {
				return info, false
			}
			info.extra = append(info.extra, notice.Field{Label: l.label, Value: value})
		default: // page UI
			if runesOver(value, 100) {
				return info, false
			}
			ui = true
		}
	}
	if info.publisher != "" && !info.hasPublished && !ui {
		// 发布机构：… alone, or beside other labels, is a header's line;
		// beside the date or a counter it is the page's strip.
		return info, false
	}
	return info, true
}

// DateThenBody reads a page's date and time run into the name of a body
// (2023-04-26 16:00某县交通运输局).
func DateThenBody(v string) (notice.Date, string, bool) {
	i := strings.IndexFunc(v, func(r rune) bool { return !strings.ContainsRune("0123456789-/.: ", r) })
	if i <= 0 {
		return notice.Date{}, "", false
	}
	d, err := ParseDate(strings.TrimSpace(v[:i]))
	if err != nil || !siteBanner(v[i:]) {
		return notice.Date{}, "", false
	}
	return d, v[i:], true
}

// cutSiteAddress cuts the site's name and its address without a scheme
// off the start of a page's line (某县政府 www.某站.gov.cn 2025-02-06 12:23
// 来源：…).
func cutSiteAddress(s string) string {
	name, rest, ok := strings.Cut(s, " ")
	if !ok || rest == "" || rest[0] >= utf8.RuneSelf {
		return s // most lines
	}
	i := strings.IndexFunc(rest, unicode.IsSpace)
	if i < 0 || !hostName(rest[:i]) || !siteBanner(name) && !hasSuffixAny(name, []string{"网站", "门户网"}) {
		return s
	}
	return strings.TrimLeftFunc(rest[i:], unicode.IsSpace)
}

// hostName reports a web host without its scheme: www.某站.gov.cn,
// m.某站.com.cn; ASCII letters, digits, dots and hyphens, a dot among them.
func hostName(s string) bool {
	if !strings.Contains(s, ".") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '-') {
			return false
		}
	}
	return true
}

// cutCredit cuts a credit without its colon off the end of a value after
// white space (某局 编辑 某某): the value, the credit's label and the name.
func cutCredit(v string) (head, label, name string, ok bool) {
	f := strings.Fields(v)
	if len(f) != 3 || !vocab.Credit(f[1]) || runeLen(f[2]) > maxCreditName {
		return v, "", "", false
	}
	return f[0], f[1], f[2], true
}

// maxCreditName bounds the name a credit without its colon gives, in
// characters.
const maxCreditName = 8

// siteBanner reports whether s is the name of a body alone, as a site
// prints its own before the page's date: one name, no punctuation.
func siteBanner(s string) bool {
	names, ok := signers(s)
	return ok && len(names) == 1 && !IsPerson(names[0])
}

// A label is one chrome label found in a line, by byte offsets.
type label struct {
	start, valueStart int
	label             string
	kind              vocab.Label
}

// chromeLabel reports whether a label may stand in a line of page chrome:
// the source, the published date, the publisher, page UI, or a known label
// without a field.
func chromeLabel(l vocab.Label) bool {
	switch l.Role {
	case vocab.RoleUI, vocab.RoleExtra:
		return true
	case vocab.RoleField:
		return l.Field == vocab.Source || l.Field == vocab.Published || l.Field == vocab.Publisher
	}
	return false
}

// findLabels returns the chrome labels of s in order: at every colon, the
// longest label of the vocabulary that ends there (归档时间 rather than 时间).
// A colon with no label before it (the one in 17:08) is part of a value; a
// colon after a label of another field makes the line no chrome at all, so
// findLabels then returns nothing.
func findLabels(v *vocab.Vocabulary, s string) []label {
	var labels []label
	for i, r := range s {
		if !isColon(r) {
			continue
		}
		best := -1
		var kind vocab.Label
		end := len(strings.TrimRightFunc(s[:i], unicode.IsSpace)) // 发布时间 :, a space before the colon
		start := end
		for n := 1; n <= vocab.MaxRunes && start > 0; n++ {
			_, size := utf8.DecodeLastRuneInString(s[:start])
			start -= size
			if l, ok := v.Exact(s[start:end]); ok {
				best, kind = start, l
			}
		}
		if best < 0 || len(labels) > 0 && best < labels[len(labels)-1].valueStart {
			continue
		}
		if !chromeLabel(kind) {
			return nil
		}
		labels = append(labels, label{start: best, valueStart: i + utf8.RuneLen(r), label: s[best:end], kind: kind})
	}
	return labels
}

// dateAndCounter reads a page's info line of a numeric date and a counter
// of views, with a short name run into the counter or none (2019-12-18
// 392, 2015-12-24 某省食药监局904): head is the line up to the name, rest
// the name and the counter, or "" when head holds the counter too.
func dateAndCounter(head, rest string) (notice.Date, bool) {
	if !strings.ContainsAny(head, "-/") {
		return notice.Date{}, false
	}
	if rest == "" {
		k := strings.LastIndexByte(strings.TrimSpace(head), ' ')
		if k < 0 {
			return notice.Date{}, false
		}
		head, rest = head[:k], head[k+1:]
	}
	name := strings.TrimRight(strings.TrimSpace(rest), "0123456789")
	if name == strings.TrimSpace(rest) || runesOver(name, 20) || strings.ContainsFunc(name, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
		return notice.Date{}, false // no counter, or more than a name before it
	}
	d, err := notice.ParseDate(strings.TrimSpace(head))
	if err != nil || d.HasTime {
		return notice.Date{}, false
	}
	return d, true
}

// accountLine reads the line a messaging app's copy of an article puts under
// its title: a few short words around a date and time (政务 2024-10-18 11:49
// 西藏). The date is written with digits and dashes or slashes, as no
// signature dates a document.
func accountLine(v *vocab.Vocabulary, s string) (notice.Date, bool) {
	if runesOver(s, 40) || !strings.ContainsAny(s, "-/") {
		return notice.Date{}, false
	}
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return notice.Date{}, false
	}
	for k, w := range words {
		if !strings.ContainsAny(w, "-/") || w[0] < '0' || w[0] > '9' {
			continue
		}
		text, used := w, 1
		if k+1 < len(words) && strings.Contains(words[k+1], ":") {
			text += " " + words[k+1]
			used++
		}
		d, err := notice.ParseDate(text)
		if err != nil {
			return notice.Date{}, false
		}
		for j, o := range words {
			if j >= k && j < k+used {
				continue
			}
			if label := strings.TrimRight(o, ":："); label != o && v.Classify(label).Role == vocab.RoleUI {
				continue // 浏览量：, a counter's label left empty
			}
			if runesOver(o, 8) || hasSentencePunct(o) {
				return notice.Date{}, false
			}
		}
		return d, true
	}
	return notice.Date{}, false
}

// TrailingDate splits a numeric date (and time) off the end of v, when
// text stands before it: the leftmost cut whose rest is a date wins, so
// the whole date and time go.
func TrailingDate(v string) (string, *notice.Date) {
	for i := 1; i < len(v); i++ {
		if !isDigit(v[i]) || isDigit(v[i-1]) {
			continue
		}
		rest := v[i:]
		if len(rest) < len("2019-1-7") || !strings.ContainsAny(rest, "-./年") {
			break // too short to be a date, and any later cut is shorter
		}
		d, err := notice.ParseDate(rest)
		if err != nil {
			continue
		}
		head := strings.TrimRight(v[:i], " \t|｜,，;；")
		if head == "" || d.Year < 1949 {
			return v, nil
		}
		return head, &d
	}
	return v, nil
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// lostSpaceMarks turns the question marks a conversion left for spaces
// into spaces.
var lostSpaceMarks = strings.NewReplacer("?", " ", "？", " ")

// ParseDate is notice.ParseDate, also for the forms templates print that
// the record's date syntax leaves out: a hyphen between the day and the
// time (2017-03-28-00:00:00) and fractions of a second
// (2006-01-24 09:46:03.000).
func ParseDate(s string) (notice.Date, error) {
	d, err := notice.ParseDate(s)
	if err == nil {
		return d, nil
	}
	// 2020-02-17??: the white space after the date, lost to question
	// marks by a conversion to a charset without it.
	t := strings.TrimRight(strings.TrimSpace(s), "?？ ")
	if strings.ContainsAny(t, "?？") {
		// 2025-07-16? 16:35: a space between date and time, lost alike.
		t = lostSpaceMarks.Replace(t)
	}
	if t != "" && isDigit(t[len(t)-1]) && strings.ContainsAny(t, " \t\u3000") {
		if m := trailingCounts.FindStringSubmatch(t); m != nil {
			t = m[1] // 2018-03-05      872      0: the page's counts after its date, their labels lost
		}
	}
	t = chineseZero(t)
	if i := strings.LastIndexByte(t, '.'); i > 0 && strings.Count(t[:i], ":") == 2 && isDigitsOnly(t[i+1:]) {
		t = t[:i] // 09:46:03.000
	}
	t = spaceGluedTime(t)
	if len(t) > len("2017-03-28-") && t[4] == '-' && strings.Contains(t, ":") {
		// 2017-03-28-00:00:00: the hyphen after the day is a space.
		if i := strings.IndexByte(t[5:], '-'); i >= 0 {
			if j := 5 + i + 1 + strings.IndexByte(t[5+i+1:], '-'); j > 5+i {
				t = t[:j] + " " + t[j+1:]
			}
		}
	}
	if t == strings.TrimSpace(s) {
		return d, err
	}
	if d2, err2 := notice.ParseDate(t); err2 == nil {
		return d2, nil
	}
	return d, err
}

// spaceGluedTime puts the space back between a date and its time run
// together (2021-10-1910:24:35): four digits between the month's
// separator and the time's colon are the day's two and the hour's two.
func spaceGluedTime(t string) string {
	colon := strings.IndexByte(t, ':')
	if len(t) < len("2021-10-") || colon < len("2021-10-1910") || t[4] != t[7] || !strings.ContainsRune("-/.", rune(t[4])) {
		return t
	}
	if day := t[colon-4 : colon]; colon-4 == 8 && isDigitsOnly(day) && isDigitsOnly(t[:4]) && isDigitsOnly(t[5:7]) {
		return t[:10] + " " + t[10:]
	}
	return t
}

// chineseZero writes 〇 for an ASCII 0 among Chinese numerals, as pages
// typed on a Latin keyboard do (二0一九年一月八日).
func chineseZero(s string) string {
	if !strings.Contains(s, "0") || !strings.ContainsFunc(s, isChineseDigit) {
		return s
	}
	rs := []rune(s)
	for i, r := range rs {
		if r != '0' {
			continue
		}
		before := i > 0 && isChineseDigit(rs[i-1])
		after := i+1 < len(rs) && isChineseDigit(rs[i+1])
		if before || after {
			rs[i] = '〇'
		}
	}
	return string(rs)
}

// maxStampSource bounds the name after a page's stamp without its year, in
// characters.
const maxStampSource = 20

// monthDayTime reports a month and day with a time and no year (05-25
// 10:06).
func monthDayTime(s string) bool {
	md, hm, ok := strings.Cut(s, " ")
	if !ok {
		return false
	}
	m, d, ok := strings.Cut(md, "-")
	h, mi, ok2 := strings.Cut(strings.TrimSpace(hm), ":")
	return ok && ok2 && twoDigits(m, 12) && twoDigits(d, 31) && twoDigits(h, 23) && twoDigits(mi, 59)
}

// twoDigits reports a number of one or two digits from 0 to max.
func twoDigits(s string, max int) bool {
	if len(s) == 0 || len(s) > 2 {
		return false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n <= max
}

// afterBracketedName returns what follows a short name in square brackets
// at the start of s ([某县人民政府]…).
func afterBracketedName(s string) (string, bool) {
	for _, p := range bracketPairs {
		if !strings.HasPrefix(s, p[0]) {
			continue
		}
		name, rest, ok := strings.Cut(s[len(p[0]):], p[1])
		if !ok || name == "" || runesOver(name, maxBracketedName) || strings.ContainsFunc(name, vocab.IsColon) {
			return "", false
		}
		return strings.TrimLeftFunc(rest, unicode.IsSpace), true
	}
	return "", false
}

// maxBracketedName bounds the name afterBracketedName reads, in
// characters.
const maxBracketedName = 30

// paperCitation is a newspaper's citation of the page it printed a text
// on: 《某某日报》（2023年10月26日 第06版）.
var paperCitation = regexp.MustCompile(`^《\s*([^》]{2,20}?)\s*》\s*[（(]\s*(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:第\s*\d{1,3}\s*版)?\s*[）)]$`)

// trailingCounts is a value followed, each after white space, by numbers
// alone: a page's counts of views and comments after its date.
var trailingCounts = regexp.MustCompile(`^(.*?\S)(?:[ \t\x{3000}]+\d{1,9})+$`)

// paperMasthead is an e-paper's heading of its page: the paper's name, the
// day and maybe its weekday.
var paperMasthead = regexp.MustCompile(`^(\p{Han}{2,12}报)\s+(\d{4}年\d{1,2}月\d{1,2}日)(?:\s*星期[一二三四五六日天])?$`)
