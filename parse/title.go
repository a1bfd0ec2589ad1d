package parse

import (
	"slices"
	"strings"
	"unicode"
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
//  2. the first paragraph of an article without document structure, when
//     it reads as a news item's heading: a short line without sentence
//     punctuation, followed by more text;
//  3. a title above the metadata header of a text page: the last title
//     line above it, joined with the fragments of a title split over lines;
//  4. <meta name="ArticleTitle">;
//  5. the page's <title> without the site's name after it.
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
	if b.pg.Layout == notice.LayoutHTML {
		// An HTML page says what its title is: its heading, its meta tag,
		// its <title>; its first paragraph is the title only after them.
		if readable && b.headingTitle() || b.hintTitle() || readable && b.newsTitle() {
			return
		}
		return
	}
	if readable && (b.aboveTitle(true) || b.stripTitle() || b.headingOverStrip() || b.newsTitle() || b.leadTitle() || b.aboveTitle(false)) {
		return
	}
	b.hintTitle()
}

// hintTitle takes the title from the page's <meta name="ArticleTitle">, or
// else from its <title> without the site's name; the article's first lines
// that spell the same title (a heading split over lines) leave the body.
func (b *builder) hintTitle() bool {
	for _, kind := range []page.HintKind{page.HintArticleTitle, page.HintTitleTag} {
		for _, h := range b.pg.Hints {
			if h.Kind != kind {
				continue
			}
			text, from := cutSitePrefix(h.Text), notice.FromHTMLMeta
			if kind == page.HintTitleTag {
				text, from = cutSiteName(text), notice.FromHTMLTitle
			}
			if t, dn := b.cleanTitle(text); acceptableHint(t) {
				b.setTitle(t, dn, from, h.At)
				b.dropTitleLines(t)
				return true
			}
		}
	}
	return false
}

// maxTitleLines bounds the lines of a heading split over lines.
const maxTitleLines = 4

// dropTitleLines takes the first paragraphs of the body out when, joined,
// they are the title t: the article's heading, broken over lines. A short
// line above the heading (its kicker, 国务院150项重大水利工程之一, or the
// column's name, 各地动态) goes with it. So does a first line that is the
// title's end alone (施工公告 under 道路施工公告): the article's heading,
// shorter than the page's.
func (b *builder) dropTitleLines(t string) {
	// A page may print the title twice over the article (its heading over
	// its strip, then the article's own copy): both go.
	for range 2 {
		before := len(b.n.Body)
		b.dropTitleCopy(t)
		if len(b.n.Body) == before {
			return
		}
	}
}

// dropTitleCopy drops the first lines of the body when they spell title t,
// once.
func (b *builder) dropTitleCopy(t string) {
	n := b.n
	want := compactSpace(cutTitleTag(t))
	if len(n.Body) > 1 && titleEnd(want, compactSpace(n.Body[0])) {
		n.Body = n.Body[1:]
		return
	}
	for start := 0; start <= maxKickerLines && start < len(n.Body); start++ {
		if start > 0 && !kicker(n.Body[start-1]) {
			return
		}
		joined := ""
		for k := start; k < len(n.Body) && k-start < maxTitleLines; k++ {
			joined += compactSpace(n.Body[k])
			if joined == want {
				if start > 0 {
					// Not the article's text, but the page's words: kept.
					n.Extra = append(n.Extra, kickerField(n.Body[0]))
				}
				n.Body = n.Body[k+1:]
				if len(n.Body) == 0 {
					n.Body = nil
				}
				return
			}
			if !strings.HasPrefix(want, joined) {
				break
			}
		}
	}
}

// titleEnd reports whether line is the end of title t, of a document's
// kind (…公告, …实施方案) and long enough to be a heading.
func titleEnd(t, line string) bool {
	return len(line) < len(t) && strings.HasSuffix(t, line) && vocab.RuneCount(line) >= minTitleEnd &&
		vocab.EndsInGenre(line) && structure.IsTitleLine(line)
}

// minTitleEnd is the shortest line titleEnd takes, in characters.
const minTitleEnd = 4

// maxKickerLines bounds the lines above an article's heading that go with
// it: a kicker, or the name of the page's column.
const maxKickerLines = 1

// kicker reports whether a paragraph can stand above an article's heading
// as its kicker or its column's name: short, and no sentence.
func kicker(p string) bool {
	return vocab.RuneCount(p) <= maxKickerRunes && !strings.ContainsAny(p, "。！？；：:") && hasWord(p)
}

// hasWord reports whether p holds a letter or a digit: a line of marks
// alone (《) is neither a heading nor a kicker.
func hasWord(p string) bool {
	return strings.ContainsFunc(p, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// maxKickerRunes bounds a kicker, in characters.
const maxKickerRunes = 30

// setTitle sets the title, read at from, and the 文号 in its final
// parentheses when nothing gave one (FORMAT.md §9.2: …的通知(岳办发〔2017〕2号)).
func (b *builder) setTitle(t string, dn *notice.DocNumber, from string, at page.Pos) {
	// As a label's value is: what ends a value (a separator, an opening
	// bracket) ends no title, however the title was found.
	t = trimTitle(cutTitleTag(t))
	b.n.Title = t
	b.origin("title", from, "", t, at)
	b.fillDocNumber(dn, from, "title", at)
}

// headingTitle takes the article's first paragraph as the title when the
// page marks it as its heading.
func (b *builder) headingTitle() bool {
	n := b.n
	if len(n.Body) == 0 || len(b.pg.Paras) == 0 || n.Body[0] != b.pg.Paras[0].Text {
		return false
	}
	first := b.pg.Paras[0]
	t, dn := b.cleanTitle(first.Text)
	if !acceptableTitle(t) || !structure.IsTitleLine(t) {
		return false
	}
	confirmed, contradicted := false, false
	heading := compactSpace(first.Text)
	for _, h := range b.pg.Hints {
		if h.Kind != page.HintArticleTitle && h.Kind != page.HintTitleTag {
			continue
		}
		ht := compactSpace(h.Text)
		switch {
		case ht == heading || strings.HasPrefix(ht, heading) && titleSeparated(ht[len(heading):]):
			confirmed = true
		case h.Kind == page.HintArticleTitle && !strings.Contains(ht, heading) && !strings.Contains(heading, ht):
			// The article's title as the page's CMS stored it names
			// another text: the heading is a box of the page around
			// the article (版权声明, 相关文件), not the article's.
			contradicted = true
		}
	}
	if !confirmed && (!first.Heading || contradicted) {
		return false
	}
	n.Body = n.Body[1:]
	if len(n.Body) > 1 && len(b.pg.Paras) > 1 && b.pg.Paras[1].Heading && n.Body[0] == b.pg.Paras[1].Text && kicker(n.Body[0]) {
		// A heading under the title's, short and no sentence: the
		// subtitle (副题), kept beside the record's title.
		n.Extra = append(n.Extra, notice.Field{Label: "副标题", Value: n.Body[0]})
		n.Body = n.Body[1:]
	}
	if len(n.Body) == 0 {
		n.Body = nil
	}
	b.setTitle(t, dn, notice.FromBody, first.At)
	return true
}

// aboveTitle takes the title from the lines above a text page's metadata
// header: the last line there that reads as a title, joined with the
// fragments of a split title above it. With genre, only a title that ends
// in a genre word counts: a document's title above the header wins over
// the article's first line, a news heading there does not.
func (b *builder) aboveTitle(genre bool) bool {
	t, dn, at, ok := b.titleAbove(genre)
	if !ok {
		return false
	}
	b.setTitle(t, dn, notice.FromPage, at)
	b.dropTitleLines(t) // the article's copy of it under the header
	return true
}

// titleAbove finds the title aboveTitle takes, and where it starts.
func (b *builder) titleAbove(genre bool) (string, *notice.DocNumber, page.Pos, bool) {
	above := b.pg.Above
	lines := make([]string, len(above))
	for i, l := range above {
		lines[i] = cutBreadcrumb(l.Text)
	}
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-maxAboveTitle; i-- {
		l := lines[i]
		if !structure.IsTitleLine(l) || labelish(l) || siteName(l) || vocab.FooterHeading(l) {
			continue // 站群导航 and other menus' headings too
		}
		start, text := structure.TitleEndingAt(lines, i)
		t, dn := b.cleanTitle(text)
		if !acceptableTitle(t) || genre && !vocab.EndsInGenre(t) {
			continue
		}
		return t, dn, above[start].At, true
	}
	return "", nil, page.NoPos, false
}

// maxAboveTitle bounds how far above a header its title may end, in
// lines: a site's menus above it can be long, and each line that may end a
// title is joined with the lines above it.
const maxAboveTitle = 12

// aboveDocNumber takes the 文号 from a line of its own above a text page's
// header (京政办发〔2006〕4号 over 颁布时间：… 发文单位：…) when nothing else
// gave one.
func (b *builder) aboveDocNumber() {
	if b.n.DocNumber != nil {
		return
	}
	for _, l := range b.pg.Above {
		if dn, ok := structure.DocNumberLine(l.Text); ok {
			b.fillDocNumber(&dn, notice.FromPage, "page", l.At)
			return
		}
	}
}

// aboveStamp takes the page's date from the line right over its header
// when it is a date and time alone, maybe a bulleted item (• 2023-03-09
// 15:39 over • 来源：…): the strip's first item, whose label the template
// leaves out.
func (b *builder) aboveStamp() {
	if b.n.Published != nil || len(b.pg.Above) == 0 || len(b.pg.Pairs) == 0 {
		return
	}
	l := b.pg.Above[len(b.pg.Above)-1]
	if gap := b.pg.Pairs[0].At.Line - l.At.Line; gap < 1 || gap > maxStampGap {
		// Right over the header, or over it and a few lines the reader
		// left out (blank, 扫描二维码分享): those only.
		return
	}
	t := strings.TrimLeftFunc(l.Text, func(r rune) bool { return vocab.IsBullet(r) || vocab.IsSpace(r) })
	if d, ok := structure.Stamp(t); ok {
		b.fillDate("published", &b.n.Published, &d, notice.FromPage, "page", l.At)
	}
}

// maxStampGap bounds how many lines down the header may start under the
// page's stamp that aboveStamp reads.
const maxStampGap = 4

// stripTitle takes the title from under a news template's strip (信息来源：…
// 发布时间：…) that stands below the site's menus: a heading ending in a
// genre word among the first lines under the strip, past its widgets
// (字号：, |). The lines above the strip are then the page's, not the
// article's.
func (b *builder) stripTitle() bool {
	n := b.n
	if b.pg.Layout != notice.LayoutNone || len(b.pg.Pairs) == 0 || n.Addressee != "" || len(n.Signers) > 0 {
		return false
	}
	strip := 0 // the strip's last line
	for _, p := range b.pg.Pairs {
		strip = max(strip, p.At.Line)
	}
	looked, skipped := 0, 0
	for i, p := range n.Body {
		if i == maxStripLines {
			return false // the strip and its title stand among the first lines
		}
		if b.paraAt(p).Line <= strip {
			continue
		}
		if vocab.IsUI(p) || !strings.ContainsFunc(p, vocab.IsHan) {
			if skipped++; skipped > maxStripWidgets {
				return false
			}
			continue // 字号：, a bar left alone
		}
		if looked++; looked > maxStripTitleLines {
			return false
		}
		if vocab.RuneCount(p) > maxNewsTitle || !structure.IsTitleLine(p) || !vocab.EndsInGenre(vocab.Compact(p)) {
			continue
		}
		if i+1 >= len(n.Body) {
			return false
		}
		if i > 0 && strings.HasPrefix(p, "关于") && vocab.BodyName(n.Body[i-1]) && b.paraAt(n.Body[i-1]).Line > strip &&
			b.titleFromLines(i-1, i) {
			// 某市人大常委会 / 关于…的决定 under the strip: the issuer's
			// line of the title.
			return true
		}
		return b.titleFromBody(i)
	}
	return false
}

// headingOverStrip takes the title from the heading right over the page's
// strip (发表时间：… 信息来源：…), which the reader took apart from the
// article, past the site's bars above it: a document's whose title names no
// kind (…入学明白纸), or a news item's; as the 公文 stage takes a heading
// over the page's source and date it sees itself.
func (b *builder) headingOverStrip() bool {
	n := b.n
	if len(n.Body) < 2 || len(b.pg.Pairs) == 0 {
		return false
	}
	document := n.Addressee != "" || len(n.Signers) > 0
	for i, p := range n.Body[:min(len(n.Body)-1, maxLeadLines)] {
		if strings.ContainsAny(p, "。；！？") {
			return false // the article has begun
		}
		if !structure.IsTitleLine(p) || vocab.RuneCount(p) > maxNewsTitle || labelish(p) || siteName(p) ||
			vocab.BodyName(p) || !hasWord(p) {
			continue // the site's bars and menus above it (财务报销 网站搜索 网站地图)
		}
		if b.infoUnder(p) {
			if !document && (i == 0 || i == 1 && kickerWord(n.Body[0])) {
				// A news item's heading first, or under its kicker or
				// its column's name: newsTitle reads them, the kicker
				// kept.
				return false
			}
			if start, _ := structure.TitleEndingAt(n.Body[:i+1], i); start < i {
				return false // a heading split over lines: the rules that join them read it
			}
			return b.titleFromBody(i)
		}
	}
	return false
}

// kickerWord reports a kicker or a column's name of one phrase (便民公告,
// 工作报告), not a bar of the site's links (财务报销 网站搜索 网站地图).
func kickerWord(p string) bool {
	return kicker(p) && !strings.ContainsFunc(p, unicode.IsSpace) && strings.ContainsFunc(p, vocab.IsHan)
}

// titleFromBody takes paragraph i of the body as the title, when it is an
// acceptable one: the paragraphs up to it leave the body, and a copy of it
// right under it.
func (b *builder) titleFromBody(i int) bool { return b.titleFromLines(i, i) }

// titleFromLines is titleFromBody for a title printed on paragraphs i to j
// of the body, joined.
func (b *builder) titleFromLines(i, j int) bool {
	n := b.n
	t, dn := b.cleanTitle(strings.Join(n.Body[i:j+1], ""))
	if !acceptableTitle(t) {
		return false
	}
	at := b.paraAt(n.Body[i])
	last := n.Body[j]
	n.Body = n.Body[j+1:]
	b.setTitle(t, dn, notice.FromBody, at)
	b.dropTitleLines(t)
	b.titleDate(last, at)
	return true
}

// titleDate fills published from the page's date after a title on its
// line (某居委会居务公开标准目录 2022-10-15), a list's or a heading's, when
// the page gives none.
func (b *builder) titleDate(line string, at page.Pos) {
	if b.n.Published != nil {
		return
	}
	i := strings.LastIndexByte(line, ' ')
	if i <= 0 || !strings.ContainsAny(line[i+1:], "-/") {
		return
	}
	if d, err := parseDate(line[i+1:]); err == nil {
		b.fillDate("published", &b.n.Published, d, notice.FromPage, "title", at)
	}
}

// leadTitle takes the title of an article that is no document from under
// the site's lines at the top of the text (a bar of links, 回顶部, the
// date widget, a breadcrumb, a column's name): the first of the first
// lines that reads as a title ending in a genre word, when only lines
// without a sentence stand above it. Those lines are then the page's.
func (b *builder) leadTitle() bool {
	n := b.n
	if n.Addressee != "" || len(n.Signers) > 0 {
		return false
	}
	for i, p := range n.Body {
		if i == maxLeadLines || i+1 >= len(n.Body) || strings.ContainsAny(p, "。；！？") && !(i == 0 && headline(p)) {
			return false
		}
		if vocab.RuneCount(p) > maxNewsTitle || !structure.IsTitleLine(p) || labelish(p) || siteName(p) ||
			!vocab.EndsInGenre(vocab.Compact(p)) {
			continue
		}
		if slices.Contains(vocab.Genres, vocab.Compact(p)) {
			start, joined := structure.TitleEndingAt(n.Body[:i+1], i)
			if start == i || vocab.RuneCount(joined) < minLeadTitle || !strings.Contains(joined, "关于") {
				continue
			}
			// 某县某指挥部 / 关于对某某进行集中治理的 / 通告: a document's
			// title over three lines, its kind alone on the last. A
			// headline over it is the repost's, kept as its kicker.
			var kickers []notice.Field
			for _, k := range n.Body[:start] {
				kickers = append(kickers, kickerField(k))
			}
			if !b.titleFromLines(start, i) {
				return false
			}
			n.Extra = append(n.Extra, kickers...)
			return true
		}
		if vocab.RuneCount(p) < minLeadTitle {
			continue
		}
		return b.titleFromBody(i)
	}
	return false
}

// headline reports a repost's headline over the text it reposts, which
// may exclaim (注意！某县进行某某集中治理): short, one exclamation or
// question, no full stop.
func headline(p string) bool {
	return vocab.RuneCount(p) <= maxNewsTitle && !strings.ContainsAny(p, "。；") && strings.Count(p, "！")+strings.Count(p, "？") == 1
}

// Bounds of leadTitle: how many lines at the top of the text it looks at,
// and the shortest title it takes there, in characters (a column's name,
// 重要通告, is shorter).
const (
	maxLeadLines = 10
	minLeadTitle = 10
)

// Bounds of stripTitle: how many lines of text under a page's strip are
// looked at for its title, and how many widgets' lines are passed.
const (
	maxStripTitleLines = 2
	maxStripWidgets    = 4
	// maxStripLines bounds the paragraphs looked at in all: each is found
	// among the page's (paraAt), so the search stays short on any page.
	maxStripLines = 20
)

// newsTitle takes the first paragraph of an article without document
// structure as its title when it reads as a heading: short, no sentence
// punctuation, no list number or label, and more text after it.
func (b *builder) newsTitle() bool {
	n := b.n
	if len(n.Body) < 2 || n.Addressee != "" || len(n.Signers) > 0 {
		return false
	}
	heading := func(p string) bool {
		return vocab.RuneCount(p) <= maxNewsTitle && structure.IsTitleLine(p) && !labelish(p) &&
			!siteName(p) && !strings.HasSuffix(p, "：") && hasWord(p) && !structure.IsMenu(p)
	}
	if b.infoUnderFirst && len(n.Body) > 2 && heading(n.Body[0]) && documentHeading(n.Body[1]) {
		// The site's heading over its source and date, then the
		// document's own title (某局关于…的公告), as a strip's template
		// prints them: the title is the document's, the heading the
		// page's, as stripTitle reads a strip the page's header took.
		return b.titleFromBody(1)
	}
	skip := 0
	if len(n.Body) > 2 && vocab.RuneCount(n.Body[0]) <= maxColumnName/2+1 && heading(n.Body[0]) && heading(n.Body[1]) &&
		vocab.RuneCount(n.Body[1]) > vocab.RuneCount(n.Body[0]) {
		// 工作报告 over 2020年某区法治政府建设情况报告: the column's
		// name over the heading.
		skip = 1
	}
	first := n.Body[skip]
	lines, text := 1, first
	if skip+3 < len(n.Body) && heading(n.Body[skip+1]) && heading(n.Body[skip+2]) &&
		!vocab.EndsInGenre(vocab.Compact(n.Body[skip+1])) && vocab.EndsInGenre(vocab.Compact(n.Body[skip+2])) {
		// A heading split over three lines (某县人民政府 / 关于…的 /
		// 通 告): joined as the 公文 stage joins a title's lines.
		if start, joined := structure.TitleEndingAt(n.Body[skip:skip+3], 2); start == 0 {
			text, lines = joined, 3
		}
	}
	if lines == 1 {
		if skip+2 < len(n.Body) && (siteName(first) || vocab.BodyName(first)) && vocab.RuneCount(first) <= maxIssuerLine &&
			issuedTitle(first, n.Body[skip+1], heading) {
			// 某区人民政府 over 关于…的通告: the issuer's line of the title.
			if b.titleFromLines(skip, skip+1) {
				return true
			}
		}
		if !heading(first) && !(skip == 0 && b.infoUnder(first) && !b.labelLine(first) && (heading(headlinePunct.Replace(first)) || longTitle(first))) {
			// Over the page's source and date, a heading may hold a comma
			// (扎实开展环境整治，营造宜居家园), or be a document's title
			// longer than a news heading; elsewhere a line with a comma is
			// a sentence.
			return false
		}
		if skip+2 < len(n.Body) && !vocab.EndsInGenre(vocab.Compact(first)) && heading(n.Body[skip+1]) &&
			vocab.EndsInGenre(vocab.Compact(n.Body[skip+1])) {
			// A heading split over two lines (某局关于…拟命名 / 项目的公示):
			// the second ends it as the 公文 stage joins a title's lines.
			if start, joined := structure.TitleEndingAt(n.Body[skip:skip+2], 1); start == 0 {
				text, lines = joined, 2
			}
		}
	}
	t, dn := b.cleanTitle(text)
	if !acceptableTitle(t) {
		return false
	}
	at := b.paraAt(first)
	if skip > 0 {
		n.Extra = append(n.Extra, kickerField(n.Body[0]))
	}
	n.Body = n.Body[skip+lines:]
	b.setTitle(t, dn, notice.FromBody, at)
	b.dropTitleLines(t) // a copy of the heading right under it
	b.titleDate(text, at)
	return true
}

// documentHeading reports a document's own title line: one that says
// what it is about (关于) and ends in a genre word.
func documentHeading(p string) bool {
	return strings.Contains(p, "关于") && structure.IsTitleLine(p) && vocab.EndsInGenre(vocab.Compact(p)) && !labelish(p)
}

// issuedTitle reports whether l is the part of a title under its issuer's
// line: a heading ending in a genre word, which starts with 关于 or is long
// enough to be no column's name (土地征收预通告, not 通知公告), and does not
// name the issuer again.
func issuedTitle(issuer, l string, heading func(string) bool) bool {
	if !strings.HasPrefix(l, "关于") && vocab.RuneCount(l) < minIssuedTitle {
		return false
	}
	return heading(l) && vocab.EndsInGenre(vocab.Compact(l)) && !strings.Contains(l, compactSpace(issuer)) &&
		!namesPlace(l, compactSpace(issuer))
}

// namesPlace reports whether title l starts with the place that issuer
// names (某县 of 某县人民政府 in 某县2022年…申请指南): a title that names
// its own place is whole, and the body's name above it is the site's.
func namesPlace(l, issuer string) bool {
	i := strings.IndexAny(issuer, vocab.PlaceEnds)
	if i <= 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(issuer[i:])
	return strings.HasPrefix(l, issuer[:i+size])
}

// minIssuedTitle is the shortest title, in characters, under its issuer's
// line that does not start with 关于.
const minIssuedTitle = 6

// maxIssuerLine bounds the issuer's line over a title, in characters.
const maxIssuerLine = 30

// paraAt returns where the page's paragraph of text t starts, or NoPos.
func (b *builder) paraAt(t string) page.Pos {
	for _, p := range b.pg.Paras {
		if p.Text == t {
			return p.At
		}
	}
	return page.NoPos
}

// headlinePunct removes the commas and the colon a news heading may hold
// (生态城市：让绿色走进生活).
var headlinePunct = strings.NewReplacer("，", "", ",", "", "：", "", ":", "")

// maxNewsTitle bounds a news item's heading, in characters.
const maxNewsTitle = 60

// infoUnder reports whether the page's source and date stand right under
// paragraph p: in the article's first lines (infoUnderFirst), or as the
// pairs of the page's strip, which the reader took apart from them.
func (b *builder) infoUnder(p string) bool {
	if b.infoUnderFirst {
		return true
	}
	at := b.paraAt(p)
	if at == page.NoPos {
		return false
	}
	next := 0 // the line of the next paragraph under p
	for _, q := range b.pg.Paras {
		if q.At.Line > at.Line && (next == 0 || q.At.Line < next) {
			next = q.At.Line
		}
	}
	for _, q := range b.pg.Pairs {
		// Blank lines may stand between them, and no paragraph.
		if q.At.Line > at.Line && (next == 0 || q.At.Line < next) && q.At.Line-at.Line <= maxStripGap &&
			q.Kind.Role == vocab.RoleField && (q.Kind.Field == vocab.Source || q.Kind.Field == vocab.Published) {
			return true
		}
	}
	return false
}

// maxStripGap bounds how far under a heading, in lines, the page's strip
// stands (blank lines between them).
const maxStripGap = 3

// longTitle reports a document's title longer than a news heading
// (某局关于对《…项目》环境影响评价文件拟作出审批意见的公示): a title line of
// the 公文 stage that ends in a genre word.
func longTitle(p string) bool {
	return structure.IsTitleLine(p) && vocab.EndsInGenre(vocab.Compact(p)) && !labelish(p) && !siteName(p)
}

// cleanTitle is a title's text as the record keeps it: breadcrumb text
// before it cut, a site tag removed. On a text page its spaces are the
// layout's, left where a title was split over lines, and go, as in a title
// of the body; an HTML heading was laid out by the browser, so the spaces
// of its text are the title's own (拨动心弦 守护心灵健康). The 文号 in
// the title's final parentheses comes apart from it.
func (b *builder) cleanTitle(s string) (string, *notice.DocNumber) {
	s = cutBreadcrumb(s)
	if b.pg.Layout == notice.LayoutHTML {
		return structure.HeadingTitle(s)
	}
	return structure.Title(s)
}

// acceptableTitle reports whether t can be a title at all: some words, not
// page UI, not a label line, not only a site's name, no bar of links.
func acceptableTitle(t string) bool {
	n := vocab.RuneCount(t)
	return n >= 4 && n <= 200 && !vocab.IsUI(t) && !page.Breadcrumb(t) && !siteName(t) &&
		!strings.ContainsAny(t, "|｜") // a bar of links (中国政府网|某市人民政府网), or a table's row
}

// minHintTitle is the shortest title, in characters, a <meta> tag or
// <title> gives alone: some sites name the column there (图文报道, 通知公告).
const minHintTitle = 8

// acceptableHint reports whether t, from a tag of the page's <head> that
// the article does not repeat, can be its title.
func acceptableHint(t string) bool {
	return acceptableTitle(t) && vocab.RuneCount(t) >= minHintTitle
}

// cutBreadcrumb removes a breadcrumb trail before a title:
// 首页>政务公开>政府信息公开制度>关于… keeps 关于…, as does >政策文件>关于….
func cutBreadcrumb(s string) string {
	i := strings.LastIndexAny(s, ">＞»›")
	if i < 0 {
		return s
	}
	head := s[:i]
	_, size := utf8.DecodeRuneInString(s[i:])
	spaced := strings.HasSuffix(head, " ") && strings.HasPrefix(s[i+size:], " ")
	if !strings.ContainsAny(head, ">＞»›") && !strings.HasPrefix(head, "首页") && head != "" && !spaced {
		return s // a single > inside a title (A>B) is no trail, but one spaced apart (某站 > 标题) is
	}
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
// name too; and a site's name before the title.
func cutSiteName(s string) string {
	s = cutSitePrefix(s)
	for {
		i, size := lastSeparator(s)
		if i <= 0 {
			return strings.TrimSpace(s)
		}
		tail := strings.Trim(s[i+size:], " _-—|｜")
		if !siteName(tail) && !gazetteIssue(tail) && vocab.RuneCount(tail) > maxColumnName {
			return strings.TrimSpace(s)
		}
		s = strings.TrimRight(s[:i], " _-—|｜")
	}
}

// cutTitleTag removes from a title the column's and the site's names a
// copied <title> ends in (某某办法政策解读 - 政策解读 - 某市政府门户网站), when
// the last of them names a site.
func cutTitleTag(t string) string {
	i := strings.LastIndex(t, " - ")
	if i <= 0 || !siteName(t[i+len(" - "):]) {
		return t // most titles
	}
	return cutSiteName(t)
}

// cutSitePrefix removes a site's name and the separator after it from the
// start of a <title> (保定市人民政府网——…).
func cutSitePrefix(s string) string {
	for _, sep := range []string{"——", "—", "_", "|", "｜", " - "} {
		head, rest, ok := strings.Cut(s, sep)
		if ok && siteName(strings.TrimSpace(head)) && vocab.RuneCount(rest) >= minHintTitle {
			return strings.TrimSpace(rest)
		}
	}
	return s
}

// gazetteIssue reports the issue of a gazette that a <title> names after
// the title: 2007年第23号国务院公报.
func gazetteIssue(s string) bool {
	return strings.HasSuffix(s, "公报") && strings.Contains(s, "第") && strings.ContainsAny(s, "0123456789") &&
		(strings.Contains(s, "号") || strings.Contains(s, "期"))
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
var siteSuffixes = []string{"人民政府", "政府网", "门户网站", "门户网", "政务网", "信息公开网", "网站", "人民政府办公室", "政府办公厅",
	"网", "办公室", "委员会"}

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
	if vocab.RuneCount(t) > 30 {
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
	n := vocab.RuneCount(strings.TrimSpace(s[:i]))
	return n >= 1 && n <= 10
}

// labelLine reports whether s starts with a label of the vocabulary and
// its colon (来源：…), which a headline with a colon (生态城市：让绿色走进生活)
// does not.
func (b *builder) labelLine(s string) bool {
	i := strings.IndexAny(s, ":：")
	return i > 0 && b.v.Classify(vocab.Compact(s[:i])).IsLabel()
}

// kickerField is the extra pair that keeps a kicker over the title (引题),
// its value ended as a header's value is: the record it gives must read
// the same from its text form, where the pair is a header's.
func kickerField(line string) notice.Field {
	return notice.Field{Label: "引题", Value: trimSeparators(line)}
}
