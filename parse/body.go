package parse

import (
	"github.com/govnotice/govnotice/variant"
	"strings"
	"unicode/utf8"
)

// readBody returns the paragraphs of the lines from c that start before
// byte offset end: one per line, canonical, empty ones dropped, page UI left out (spec §1: breadcrumbs,
// 返回顶部, 浏览次数 … never reach the record). It also returns how many
// control characters it removed.
func (sc scanner) readBody(c cursor, end int) (paras []string, controls int) {
	for {
		l, ok := c.next()
		if !ok || l.start >= end {
			return paras, controls
		}
		if l.blank() || sc.chromeLine(l) {
			continue
		}
		p, n := removeControls(l.text)
		controls += n
		if p = variant.CleanSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
}

// chromeLine reports whether a line of the body is page UI rather than
// article text.
func (sc scanner) chromeLine(l line) bool {
	s := strings.TrimFunc(l.text, isSpace)
	if s[0] == '|' {
		// An empty table row.
		return strings.Trim(s, "| \t") == ""
	}
	if breadcrumb(s) || linkBar(s) {
		return true
	}
	if len(s) > 256 {
		// UI is short; an article line is not worth scanning for labels.
		return false
	}
	a := sc.analyse(l)
	return a.noiseLine()
}

// breadcrumb reports a 首页 > 政务公开 > … line.
func breadcrumb(s string) bool {
	if !strings.HasPrefix(s, "首页") {
		return false
	}
	rest := strings.TrimLeftFunc(s[len("首页"):], isSpace)
	return strings.HasPrefix(rest, ">") || strings.HasPrefix(rest, "＞") ||
		strings.HasPrefix(rest, "»") || strings.HasPrefix(rest, "›") || strings.HasPrefix(rest, "-")
}

// maxLinkRunes is the longest item of a bar of UI links.
const maxLinkRunes = 12

// linkBar reports a line of UI links separated by bars, such as
// "网站支持IPV6 | 无障碍阅读": at least two short items and no sentence.
func linkBar(s string) bool {
	if !strings.Contains(s, "|") && !strings.Contains(s, "｜") || strings.Contains(s, "。") || strings.Contains(s, "，") {
		return false
	}
	items := 0
	for item := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '|' || r == '｜' }) {
		item = strings.TrimFunc(item, isSpace)
		if item == "" {
			continue
		}
		if utf8.RuneCountInString(item) > maxLinkRunes {
			return false
		}
		items++
	}
	return items >= 2
}
