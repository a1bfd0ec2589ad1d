package page

import (
	"bytes"
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/vocab"
)

// The HTML reader: a page as the HTML a browser or crawler saved, or a
// fragment of it, read from its DOM.
//
// It walks the tree once and cuts the visible text into units: table rows
// (a unit a cell), list items (<dt>, <dd>, <li>: a line each) and the lines
// of other blocks, as a browser breaks them; scripts, styles, widgets made
// of page UI (【打印】, 字号：大 中 小) and hidden elements inside the article
// are no text. Each unit remembers where its element starts in the source.
// All units, and the page's <title> and <meta> evidence, are made canonical
// in one pass (HTMLOptions.Canonical), and the page is then read from them:
//
//   - the article is the first known container of the site families
//     (#UCAP-CONTENT, .pages_content, #zoom, .TRS_Editor, .article-content
//     …) that holds Chinese text, or else the element whose paragraphs hold
//     the most Chinese text outside links;
//   - the metadata block is every table, list or block before the article
//     that holds a label (hidden ones too: a stylesheet may hide the page's
//     own data), and those at the very top of the article that start with
//     one; a transposed table (a row of labels over a row of values) pairs
//     its cells column by column;
//   - the article's paragraphs follow its heading when the heading stands
//     outside the container (<h1 class="article-title">); a data table in
//     the article keeps its rows as "| cell | cell |" paragraphs;
//   - lines that name only the source and the date, right after the
//     article within its section, are the page's information (Info);
//     labels in the footer are chrome;
//   - files linked from the metadata block, the article or the rest of its
//     section are Links.

// HTMLOptions are what the HTML reader needs from its caller.
type HTMLOptions struct {
	// Vocabulary says which words are labels; nil is the built-in one.
	Vocabulary *vocab.Vocabulary
	// BaseURL resolves relative links after the page's <base href>; nil
	// keeps them as found.
	BaseURL *url.URL
	// Canonical makes text canonical line for line: it must keep the number
	// of lines. It is called once, on everything the reader collected.
	Canonical func(text string) string
	// LabelForm makes a short piece of decoded text canonical as far as
	// labels need (NFC, pinyin stripped, Simplified), for the decisions the
	// walk takes before the text is canonical.
	LabelForm func(text string) string
	// Newlines says that the page is text that holds markup (label lines,
	// then <p>…</p>), not a page of HTML: a line break in its text ends a
	// line, as it does on the text page it is.
	Newlines bool
}

// ReadHTML reads an HTML page given as UTF-8 (the caller decodes it). It
// never fails: a page the HTML parser refuses (elements nested more than
// 512 deep) is read as text, line by line, with a problem.
func ReadHTML(src []byte, opt HTMLOptions) *Page {
	root, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		flat := opt.Canonical(string(flatText(src)))
		p := ReadText(flat, flat, opt.Vocabulary)
		p.Layout = notice.LayoutHTML
		p.Problems = append([]Problem{{Field: "input", Rule: notice.RuleStructure, At: NoPos,
			Message: strings.TrimPrefix(err.Error(), "html: ") + "; read as text"}}, p.Problems...)
		return p
	}
	r := &renderer{
		v:        opt.Vocabulary,
		label:    opt.LabelForm,
		base:     absolute(opt.BaseURL),
		src:      newSourceIndex(src, root),
		hidden:   -1,
		newlines: opt.Newlines,
	}
	if r.label == nil {
		r.label = func(s string) string { return s }
	}
	// Every line ends at a block or a <br>; sized once, the list is not
	// copied as it grows, which on a page of many lines costs more than
	// the list itself.
	r.units = make([]unit, 0, r.src.breaks+2)
	r.head(root)
	body := element(root, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	if body == nil {
		body = root
	}
	r.article = findArticle(body)
	p := &Page{Layout: notice.LayoutHTML}
	if r.article == nil {
		r.article = body
		p.Problems = append(p.Problems, Problem{Field: "body", Rule: notice.RuleStructure, At: NoPos,
			Message: "no Chinese text found; the whole page read as the article"})
	}
	r.walk(root)
	r.flush()
	r.canonical(opt.Canonical, p)
	r.assemble(p)
	return p
}

// region says where a unit stands relative to the article.
type region uint8

const (
	before region = iota
	inside
	after
)

// unit is one rendered line: a line of text, a list item, or a table row
// whose cells are units of their own.
type unit struct {
	text  string     // decoded, then canonical
	cells []cellUnit // a table row's cells; nil for a line
	// at is where the line's element starts; at.Off, once the text is
	// canonical, is the text's offset in Page.Text.
	at    Pos
	block *html.Node // the table, list or block that holds the line
	where region
	// heading: the line comes from a heading-like element (h1, .title).
	heading bool
	// item: the line is a list item, which may be a label alone
	// (<dt>发布机构</dt>); a line of any other block holds a label only
	// before a colon.
	item bool
	// hidden: the line's element is hidden; it may be metadata, never
	// article.
	hidden bool
}

// cellUnit is one cell of a table row.
type cellUnit struct {
	text string // decoded, then canonical
	at   Pos    // where the cell starts; at.Off as for unit.at
}

// link is an <a href> of the page.
type link struct {
	node  *html.Node
	href  string
	name  string // decoded, then canonical
	at    Pos    // at.Off as for unit.at
	block *html.Node
	where region
}

// hint is a piece of <head> evidence, decoded then canonical.
type hint struct {
	kind HintKind
	text string
	at   Pos // at.Off as for unit.at
}

// renderer walks one page.
type renderer struct {
	v       *vocab.Vocabulary
	label   func(string) string
	base    *url.URL
	src     *sourceIndex
	article *html.Node

	units []unit
	links []link
	hints []hint
	meta  map[*html.Node]bool // the metadata block, once chosen
	// metaLines are label lines of the article's own text at its top,
	// which belong to the metadata block though their block does not.
	metaLines map[*unit]bool

	buf     []byte     // the current run of inline text
	space   bool       // white space is pending in buf
	lineAt  *html.Node // the element where the current line starts
	cell    []byte     // spare buffer for table cells
	scratch []byte     // spare buffer for shortText

	block       *html.Node // the block or list the current run belongs to
	where       region
	flat        int // > 0 inside a list item or table cell: one line
	heading     int // > 0 inside a heading-like element
	lineHeading bool
	hidden      int // depth of the hidden element being walked, -1 outside one
	depth       int
	newlines    bool // line breaks in text end lines (HTMLOptions.Newlines)
}

// head reads the evidence of the page's <head>: <title>, the <meta> tags of
// the content systems government sites run, and <base href>.
func (r *renderer) head(root *html.Node) {
	// One walk over the tree finds them all: <title>, <meta> and <base>
	// belong in <head>, but a page may put them anywhere, and the walk
	// that looked for each went over the whole of a page without one.
	var title, base *html.Node
	var metas []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch {
			case n.DataAtom == atom.Title && title == nil:
				title = n
			case isMeta(n):
				metas = append(metas, n)
			case n.DataAtom == atom.Base && base == nil && hasAttr(n, "href"):
				base = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if title != nil {
		r.addHint(HintTitleTag, textOf(title), title)
	}
	for _, m := range metas {
		name, _ := attr(m, "name")
		content, _ := attr(m, "content")
		switch strings.ToLower(name) {
		case "articletitle":
			r.addHint(HintArticleTitle, content, m)
		case "pubdate":
			r.addHint(HintPubDate, content, m)
		case "contentsource":
			r.addHint(HintContentSource, content, m)
		}
	}
	if base != nil {
		r.setBase(base)
	}
}

func isMeta(n *html.Node) bool { return n.DataAtom == atom.Meta && hasAttr(n, "name") }

// maxHintBytes bounds the evidence kept from one tag: a title, not a page.
const maxHintBytes = 1024

func (r *renderer) addHint(kind HintKind, text string, n *html.Node) {
	text = collapse(text)
	if text == "" || len(text) > maxHintBytes {
		return
	}
	for _, h := range r.hints {
		if h.kind == kind {
			return // the first wins
		}
	}
	r.hints = append(r.hints, hint{kind: kind, text: text, at: r.src.pos(n)})
}

// walk renders n and its subtree.
func (r *renderer) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.text(n)
		return
	case html.DocumentNode:
		r.children(n)
		return
	case html.ElementNode:
	default:
		return // comments, doctypes
	}
	if unshown(n) {
		return
	}
	if hidden(n) {
		if r.where == inside || contains(n, r.article) || r.hidden >= 0 {
			// Hidden text is never article; scripts show lists of
			// attachments that the page hides while it loads, so the links
			// count.
			r.hiddenLinks(n)
			return
		}
		// Outside the article a hidden block may hold the page's own
		// metadata, which a stylesheet hides: it is read, as hidden.
		r.flush()
		r.hidden = r.depth
		defer func() { r.flush(); r.hidden = -1 }()
	}
	r.depth++
	defer func() { r.depth-- }()
	if n == r.article {
		r.articleNode(n)
		return
	}
	if r.where != inside && r.widget(n) {
		return // in the article, a widget alone on its line goes in flush
	}
	if headingLike(n) {
		if r.flat == 0 {
			r.flush()
		}
		r.heading++
		r.lineHeading = true
		defer func() {
			r.heading--
			if r.flat == 0 {
				r.flush()
			}
		}()
	}
	switch {
	case n.DataAtom == atom.Br:
		r.breakLine()
	case n.DataAtom == atom.Table:
		r.table(n)
	case listItem(n):
		r.item(n)
	case isBlock(n):
		r.blockNode(n)
	default:
		if n.DataAtom == atom.A {
			r.link(n)
		}
		if r.where != inside && len(r.buf) > 0 && !r.space && r.inlineStartsWithLabel(n) {
			// <span>来源：某局</span><span>发布时间：…</span> shows apart on
			// the page; run together, the value would swallow the label.
			r.space = true
		}
		r.children(n)
	}
}

// inlineStartsWithLabel reports whether the text of an inline element
// starts with a label and its colon.
func (r *renderer) inlineStartsWithLabel(n *html.Node) bool {
	t, ok := shortText(n, r.scratch[:0])
	r.scratch = t[:0]
	if !ok {
		return false
	}
	i := bytes.IndexAny(t, ":：")
	if i <= 0 {
		return false
	}
	_, size := utf8.DecodeRune(t[i:])
	return r.isLabel(string(t[:i+size]))
}

// isLabel reports whether decoded text is a label of the vocabulary (a
// field or a known extra label, not page UI).
func (r *renderer) isLabel(s string) bool {
	return r.v.Classify(vocab.Compact(r.label(s))).Known()
}

// hiddenLinks records the links of a hidden element's subtree.
func (r *renderer) hiddenLinks(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || unshown(c) {
			continue
		}
		if c.DataAtom == atom.A {
			r.link(c)
		}
		r.hiddenLinks(c)
	}
}

func (r *renderer) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c)
	}
}

// widget reports an element whose whole text is page UI (【打印】, 分享至：).
// Table cells are kept, so that rows keep their columns.
func (r *renderer) widget(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Td, atom.Th, atom.Body, atom.Html:
		return false
	}
	t, ok := shortText(n, r.scratch[:0])
	r.scratch = t[:0]
	return ok && vocab.IsUI(string(t)) && !contains(n, r.article)
}
