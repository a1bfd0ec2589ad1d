package structure

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/vocab"
)

// Titles found outside the body: a line above a page's metadata header, an
// HTML page's heading or <title>. They are read by the rules of a title in
// the body.

// Title returns the text of a title as the record keeps it: layout spaces,
// a site tag (【政策】) and book-title marks around the whole removed, and
// the 文号 in its final parentheses (…的通知（岳办发〔2017〕2号）) split off.
func Title(s string) (string, *notice.DocNumber) {
	// The date goes before the layout spaces do: they are what parts it.
	return titleAndNumber(cutTrailingDate(titleText(cutTrailingDate(cutEllipsis(strings.TrimSpace(s))))))
}

// DocNumberLine reads a line that is a 文号 alone (京政办发〔2006〕4号), as a
// page may print one above its metadata header.
func DocNumberLine(s string) (notice.DocNumber, bool) {
	return docNumber(strings.TrimSpace(s))
}

// cutTrailingDate removes a date in parentheses, or after a space, from
// the end of a title: a heading that holds the page's date
// (…的通知 <small>(2024-05-11)</small>) is the title without it.
func cutTrailingDate(t string) string {
	if head, inner, ok := cutTrailingParen(t); ok && head != "" {
		if _, err := ParseDate(strings.TrimSpace(inner)); err == nil {
			return strings.TrimSpace(head)
		}
	}
	if i := strings.LastIndexByte(t, ' '); i > 0 {
		if _, err := ParseDate(t[i+1:]); err == nil && strings.ContainsAny(t[i+1:], "-/") {
			return strings.TrimSpace(t[:i])
		}
	}
	return cutYearTag(t)
}

// cutEllipsis removes the ellipsis a list of articles puts after a
// heading it shortens (…的通告 ...), where the heading ends in the kind of
// document before it and so is whole.
func cutEllipsis(t string) string {
	head := strings.TrimRightFunc(strings.TrimRight(t, ".…。"), unicode.IsSpace)
	if cut := t[len(head):]; (strings.Contains(cut, "..") || strings.Contains(cut, "…") || strings.Contains(cut, "。。")) && vocab.EndsInGenre(head) {
		return head
	}
	return t
}

// cutSerial removes an announcement's serial run into the end of its title
// without an issuer (…的公告2023年4号): the title ends in its kind before it.
func cutSerial(t string) string {
	if !strings.HasSuffix(t, "号") {
		return t // most titles
	}
	if m := trailingSerial.FindStringIndex(t); m != nil {
		if head := strings.TrimRightFunc(t[:m[0]], unicode.IsSpace); vocab.EndsInGenre(head) {
			return head
		}
	}
	return t
}

var trailingSerial = regexp.MustCompile(`\s*[（(]?\d{4}年第?\d{1,4}号[)）]?$`)

// cutYearTag removes a year after a space at the end of a title that
// already names that year (2022年…统计公报 2022): the site's year tag, not
// part of the title.
func cutYearTag(t string) string {
	if n := len(t); n < len(" 2022") || !isDigit(t[n-1]) && t[n-1] != ' ' {
		return t // most titles end in a character
	}
	t = strings.TrimRightFunc(t, unicode.IsSpace)
	i := strings.LastIndexFunc(t, unicode.IsSpace)
	if i < 0 || len(t)-i > len("　2022") {
		return t
	}
	head, year := strings.TrimRightFunc(t[:i], unicode.IsSpace), strings.TrimLeftFunc(t[i:], unicode.IsSpace)
	if len(year) == 4 && isDigitsOnly(year) && strings.Contains(head, year+"年") {
		return head
	}
	return t
}

// HeadingTitle is Title for a heading whose spaces are its own, as a
// browser lays out an HTML heading: runs of white space become one space
// and stay.
func HeadingTitle(s string) (string, *notice.DocNumber) {
	return titleAndNumber(cutTrailingDate(unwrapBookTitle(cutSiteTag(strings.Join(strings.Fields(s), " ")))))
}

// TrailingNumber splits the 文号 in parentheses off the end of title t:
// 关于…的通知（岳办发〔2017〕2号） is 关于…的通知 and 岳办发〔2017〕2号. It
// returns t and nil when t ends in none.
func TrailingNumber(t string) (string, *notice.DocNumber) { return trailingNumber(t) }

// LeadingNumber splits a 文号 off the start of title t, run together with
// it or after a space: 盘政发〔2010〕22号 盘锦市人民政府关于…的决定 is
// 盘锦市人民政府关于…的决定 and 盘政发〔2010〕22号; an announcement's number
// with its title in parentheses stays the title. It returns t and nil when
// t starts with none.
func LeadingNumber(t string) (string, *notice.DocNumber) {
	if n, _, ok := numberedAnnouncement(t); ok {
		return t, &n // 某署公告2017年第26号（关于…的公告）: the title, number and all
	}
	if n, rest, ok := leadingNumber(t); ok {
		return rest, &n
	}
	return t, nil
}

// IsTitleLine reports whether l can be a line of a title: short, with no
// sentence or clause punctuation, no 文号, date, list number, 附件 heading
// or page UI.
func IsTitleLine(l string) bool { return titleLine(l) }

// TitleEndingAt reads a title whose last line is lines[end]: that line
// joined with the fragments of a split title above it, as a title in the
// body is joined. It returns the index of the title's first line and its
// text.
func TitleEndingAt(lines []string, end int) (start int, title string) {
	return joinFragments(lines, end, titleText(lines[end]))
}
