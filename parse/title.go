package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/page"
	"github.com/govnotice/govnotice/parse/internal/structure"
	"github.com/govnotice/govnotice/parse/internal/vocab"
)

// The title of a page that no label and no document structure gave one.
// In order:
//
//  1. a heading the page marks as one: the first paragraph of an HTML
//     article when it comes from a heading element (h1–h3, or an element
//     whose class or id names a title), or any first paragraph that the
//     page's <meta name="ArticleTitle"> or <title> repeats;
//  2. a title above the metadata header of a text page: the last title
//     line above it, joined with the fragments of a title split over lines;
//  3. <meta name="ArticleTitle">;
//  4. the page's <title> without the site's name after it;
//  5. the first paragraph of an article without document structure, when
//     it reads as a news item's heading: a short line without sentence
//     punctuation, followed by more text.
//
// A heading taken from the article leaves the body. Breadcrumb text before
// a title (首页>政务公开>) is not title.

// title chooses the record's title when it has none.
func (b *builder) title() {
	n := b.n
	if n.Title != "" {
		return
	}
	// The lines of a page kept in Traditional script cannot be read as
	// titles (文号, dates and genre words are known in Simplified): only
	// what the page names as its title counts there.
	readable := !b.p.KeepScript || n.Input.Script == notice.ScriptSimplified
	if readable && (b.headingTitle() || b.aboveTitle()) {
		return
	}
	for _, h := range b.pg.Hints {
		if h.Kind == page.HintArticleTitle {
			if t := b.cleanTitle(h.Text); acceptableHint(t) {
				b.setTitle(t, notice.FromHTMLMeta, h.At)
				return
			}
		}
	}
	for _, h := range b.pg.Hints {
		if h.Kind == page.HintTitleTag {
			if t := b.cleanTitle(cutSiteName(h.Text)); acceptableHint(t) {
				b.setTitle(t, notice.FromHTMLTitle, h.At)
				return
			}
		}
	}
	if readable {
		b.newsTitle()
	}
}

// setTitle sets the title, read at from.
func (b *builder) setTitle(t, from string, at page.Pos) {
	b.n.Title = t
	b.origin("title", from, "", t, at)
}

// headingTitle takes the article's first paragraph as the title when the
// page marks it as its heading.
func (b *builder) headingTitle() bool {
	n := b.n
	if len(n.Body) == 0 || len(b.pg.Paras) == 0 || n.Body[0] != b.pg.Paras[0].Text {
		return false
	}
	first := b.pg.Paras[0]
	t := b.cleanTitle(first.Text)
	if !acceptableTitle(t) || !structure.IsTitleLine(t) {
		return false
	}
	confirmed := first.Heading
	for _, h := range b.pg.Hints {
		if h.Kind != page.HintArticleTitle && h.Kind != page.HintTitleTag {
			continue
		}
		if ht := compactSpace(h.Text); ht == compactSpace(first.Text) ||
			strings.HasPrefix(ht, compactSpace(first.Text)) && titleSeparated(ht[len(compactSpace(first.Text)):]) {
			confirmed = true
		}
	}
	if !confirmed {
		return false
	}
	n.Body = n.Body[1:]
	if len(n.Body) == 0 {
		n.Body = nil
	}
	b.setTitle(t, notice.FromBody, first.At)
	return true
}

// aboveTitle takes the title from the lines above a text page's metadata
// header: the last line there that reads as a title, joined with the
// fragments of a split title above it.
func (b *builder) aboveTitle() bool {
	above := b.pg.Above
	lines := make([]string, len(above))
	for i, l := range above {
		lines[i] = cutBreadcrumb(l.Text)
	}
	for i := len(lines) - 1; i >= 0; i-- {
		l := lines[i]
		if !structure.IsTitleLine(l) || labelish(l) || siteName(l) {
			continue
		}
		start, text := structure.TitleEndingAt(lines, i)
		t := b.cleanTitle(text)
		if !acceptableTitle(t) {
			continue
		}
		b.setTitle(t, notice.FromPage, above[start].At)
		return true
	}
	return false
}

// newsTitle takes the first paragraph of an article without document
// structure as its title when it reads as a heading: short, no sentence
// punctuation, no list number or label, and more text after it.
func (b *builder) newsTitle() {
	n := b.n
	if len(n.Body) < 2 || n.Addressee != "" || len(n.Signers) > 0 {
		return
	}
	first := n.Body[0]
	if utf8.RuneCountInString(first) > maxNewsTitle || !structure.IsTitleLine(first) || labelish(first) ||
		siteName(first) || strings.HasSuffix(first, "：") {
		return
	}
	t := b.cleanTitle(first)
	if !acceptableTitle(t) {
		return
	}
	at := page.NoPos
	for _, p := range b.pg.Paras {
		if p.Text == first {
			at = p.At
			break
		}
	}
	n.Body = n.Body[1:]
	b.setTitle(t, notice.FromBody, at)
}

// maxNewsTitle bounds a news item's heading, in characters.
const maxNewsTitle = 60

// cleanTitle is a title's text as the record keeps it: breadcrumb text
// before it cut, a site tag removed. On a text page its spaces are the
// layout's, left where a title was split over lines, and go, as in a title
// of the body; an HTML heading was laid out by the browser, so the spaces
// of its text are the title's own (拨动心弦 守护心灵健康).
func (b *builder) cleanTitle(s string) string {
	s = cutBreadcrumb(s)
	if b.pg.Layout == notice.LayoutHTML {
		t, _ := structure.HeadingTitle(s)
		return t
	}
	t, _ := structure.Title(s)
	return t
}

// acceptableTitle reports whether t can be a title at all: some words, not
// page UI, not a label line, not only a site's name.
func acceptableTitle(t string) bool {
	n := utf8.RuneCountInString(t)
	return n >= 4 && n <= 200 && !vocab.IsUI(t) && !page.Breadcrumb(t) && !siteName(t)
}

// minHintTitle is the shortest title, in characters, a <meta> tag or
// <title> gives alone: some sites name the column there (图文报道, 通知公告).
const minHintTitle = 8

// acceptableHint reports whether t, from a tag of the page's <head> that
// the article does not repeat, can be its title.
func acceptableHint(t string) bool {
	return acceptableTitle(t) && utf8.RuneCountInString(t) >= minHintTitle
}

// cutBreadcrumb removes a breadcrumb trail before a title:
// 首页>政务公开>政府信息公开制度>关于… keeps 关于…, as does >政策文件>关于….
func cutBreadcrumb(s string) string {
	i := strings.LastIndexAny(s, ">＞»›")
	if i < 0 {
		return s
	}
	head := s[:i]
	if !strings.ContainsAny(head, ">＞»›") && !strings.HasPrefix(head, "首页") && head != "" {
		return s // a single > inside a title (A>B) is no trail
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return strings.TrimSpace(s[i+size:])
}

// titleSeparated reports whether rest, what follows a heading in a page's
// <title>, starts with a separator before the site's name.
func titleSeparated(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, sep := range titleSeparators {
		if strings.HasPrefix(rest, sep) {
			return true
		}
	}
	return false
}

// titleSeparators stand between a title and the site's name in <title>.
var titleSeparators = []string{"|", "｜", "_", "-", "—", "–", "·"}

// cutSiteName removes the site's name, and the column's, after the title
// in a page's <title> (关于…的通知_政策文件_某县人民政府): at the last
// separator followed by a name, again while what is left ends in a short
// name too.
func cutSiteName(s string) string {
	for {
		i, size := lastSeparator(s)
		if i <= 0 {
			return strings.TrimSpace(s)
		}
		tail := strings.TrimSpace(s[i+size:])
		if !siteName(tail) && utf8.RuneCountInString(tail) > maxColumnName {
			return strings.TrimSpace(s)
		}
		s = strings.TrimSpace(s[:i])
	}
}

// maxColumnName bounds the name of a site's column (政策文件, 通知公告) in a
// <title>, in characters.
const maxColumnName = 10

// lastSeparator finds the last title separator of s with white space or
// the end around it where it is a hyphen (a range 2021-2025 is none).
func lastSeparator(s string) (int, int) {
	best, size := -1, 0
	for _, sep := range titleSeparators {
		i := strings.LastIndex(s, sep)
		if i <= best {
			continue
		}
		if sep == "-" && !(i > 0 && s[i-1] == ' ' || i+1 < len(s) && s[i+1] == ' ') {
			continue
		}
		best, size = i, len(sep)
	}
	return best, size
}

// siteSuffixes end the names of sites and bodies that pages print as their
// banner: no title ends in them alone.
var siteSuffixes = []string{"人民政府", "政府网", "门户网站", "门户网", "政务网", "信息公开网", "网站", "人民政府办公室", "政府办公厅"}

// siteName reports whether s is the name of a site or a body alone (某县人民
// 政府, 某市政府门户网站, www.x.gov.cn), not a title.
func siteName(s string) bool {
	t := compactSpace(s)
	if t == "" {
		return false
	}
	if strings.HasPrefix(t, "www.") || strings.HasSuffix(t, ".gov.cn") || strings.HasSuffix(t, ".cn") {
		return true
	}
	if utf8.RuneCountInString(t) > 30 {
		return false
	}
	for _, x := range siteSuffixes {
		if strings.HasSuffix(t, x) {
			return true
		}
	}
	return false
}

// labelish reports a line that starts with a short word and a colon, as
// labels and page UI do (访问量：1632, 来源：某局).
func labelish(s string) bool {
	i := strings.IndexAny(s, ":：")
	if i <= 0 {
		return false
	}
	n := utf8.RuneCountInString(strings.TrimSpace(s[:i]))
	return n >= 1 && n <= 10
}
