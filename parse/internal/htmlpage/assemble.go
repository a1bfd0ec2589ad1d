package htmlpage

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// assemble picks the metadata block, the heading and the article from the
// rendered lines and writes them as the page's text.
func (r *renderer) assemble() []byte {
	units := r.metadataUnits()
	size := 1
	for _, l := range r.lines {
		size += len(l.text) + 1
	}
	b := bytes.NewBuffer(make([]byte, 0, size))
	for _, l := range r.lines {
		if units[l.unit] && l.where != after {
			b.WriteString(l.text)
			b.WriteByte('\n')
		}
	}
	var body []string
	for _, l := range r.lines {
		if l.where == inside && !units[l.unit] {
			body = append(body, l.text)
		}
	}
	heading := r.headingLines(units)
	if len(heading) > 0 && len(body) > 0 && compact(heading[0]) == compact(body[0]) {
		heading = nil // the article repeats its heading
	}
	if b.Len() > 0 && len(heading)+len(body) > 0 {
		b.WriteByte('\n')
	}
	for _, t := range heading {
		b.WriteString(t)
		b.WriteByte('\n')
	}
	for _, t := range body {
		b.WriteString(t)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// metadataUnits returns the tables, lists and blocks that form the metadata
// block: those before the article that hold a label, and those at the very
// top of the article.
func (r *renderer) metadataUnits() map[*html.Node]bool {
	if r.units != nil {
		return r.units
	}
	units := make(map[*html.Node]bool)
	r.units = units
	for _, l := range r.lines {
		if l.where == before && !units[l.unit] && r.hasLabel(l) {
			units[l.unit] = true
		}
	}
	for _, l := range r.lines {
		if l.where != inside || units[l.unit] {
			continue
		}
		if l.unit == r.article || !r.startsWithLabel(l) {
			break
		}
		units[l.unit] = true
	}
	return units
}

// maxHeadingGap is how much Chinese text (in characters) may stand between
// the heading and the article: tabs and buttons (全真版 文字版 文件下载),
// not a list of links.
const maxHeadingGap = 20

// headingLines returns the lines of the article's heading when it stands
// outside the article container: the last run of lines from heading-like
// elements before the article, with nothing but metadata, label lines
// (访问量：, 关联稿件：) and a few words of UI after it.
func (r *renderer) headingLines(units map[*html.Node]bool) []string {
	var run []string
	open := false
	gap := 0
	for _, l := range r.lines {
		if l.where != before {
			break
		}
		switch {
		case units[l.unit], labelish(l.text):
			open = false
		case l.heading && utf8.RuneCountInString(l.text) >= 4:
			if !open {
				run, open, gap = nil, true, 0
			}
			run = append(run, l.text)
		default:
			open = false
			if gap += hanCount(l.text) + 1; gap > maxHeadingGap {
				run = nil
			}
		}
	}
	return run
}

// labelish reports a line that starts with a short word and a colon, as
// labels and page UI do (访问量：1632, 当前位置：首页 > …).
func labelish(s string) bool {
	i := strings.IndexAny(s, ":：")
	if i <= 0 {
		return false
	}
	n := utf8.RuneCountInString(strings.TrimFunc(s[:i], unicode.IsSpace))
	return n >= 1 && n <= 10
}

// startsWithLabel reports whether a line of the article is a label line
// (发布机构：某局): a cell or item that is a label, or a label before the
// line's first colon. Unlike hasLabel it does not look for labels later in
// the line, where a sentence of the article may hold one (…附件：名单).
func (r *renderer) startsWithLabel(l line) bool {
	first := func(s string, whole bool) bool {
		if whole && utf8.RuneCountInString(s) <= maxLabelRunes && r.isLabel(s) {
			return true
		}
		i := strings.IndexAny(s, ":：")
		if i <= 0 {
			return false
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		seg := strings.TrimFunc(s[:i], unicode.IsSpace)
		return utf8.RuneCountInString(seg) <= maxLabelRunes && r.isLabel(seg+s[i:i+size])
	}
	if l.cells != nil {
		for _, c := range l.cells {
			if first(c, true) {
				return true
			}
		}
		return false
	}
	return first(l.text, l.item)
}

// maxLabelRunes bounds the text asked about as a label, in runes.
const maxLabelRunes = 16

// maxColons bounds the colons of one line looked at for labels.
const maxColons = 32

// hasLabel reports whether a line holds a label: a cell, a whole line, or
// the word before a colon.
func (r *renderer) hasLabel(l line) bool {
	if l.cells != nil {
		for _, c := range l.cells {
			if r.textHasLabel(c, true) {
				return true
			}
		}
		return false
	}
	return r.textHasLabel(l.text, l.item)
}

// textHasLabel reports whether s holds a label before a colon, or, when
// whole is set (a cell, a list item), is a label as it stands.
func (r *renderer) textHasLabel(s string, whole bool) bool {
	if s == "" {
		return false
	}
	if whole && utf8.RuneCountInString(s) <= maxLabelRunes && r.isLabel(s) {
		return true
	}
	prev, colons := 0, 0
	for i, c := range s {
		if c != ':' && c != '：' {
			continue
		}
		seg := strings.TrimFunc(s[prev:i], unicode.IsSpace)
		colon := string(c)
		prev = i + utf8.RuneLen(c)
		if colons++; colons > maxColons {
			return false
		}
		if seg == "" {
			continue
		}
		if utf8.RuneCountInString(seg) <= maxLabelRunes && r.isLabel(seg+colon) {
			return true
		}
		if j := strings.LastIndexFunc(seg, unicode.IsSpace); j >= 0 {
			_, size := utf8.DecodeRuneInString(seg[j:])
			if w := seg[j+size:]; w != "" && utf8.RuneCountInString(w) <= maxLabelRunes && r.isLabel(w+colon) {
				return true
			}
		}
		if h := trailingHan(seg); h != "" && h != seg && utf8.RuneCountInString(h) <= maxLabelRunes && r.isLabel(h+colon) {
			return true
		}
	}
	return false
}

// trailingHan returns the Han characters that end s (信息来源 in
// 01:51:51信息来源).
func trailingHan(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.Is(unicode.Han, r) {
			break
		}
		i -= size
	}
	return s[i:]
}

// compact removes white space, to compare lines.
func compact(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), "")
}
