package htmlpage

import (
	"bytes"
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/govnotice/govnotice/notice"
)

// Page is an HTML page rendered as text (see the package documentation for
// its layout).
type Page struct {
	// Text is the metadata block, a blank line and the article, one line a
	// row, item or paragraph, in UTF-8.
	Text []byte
	// Attachments are the files the metadata block and the article link to,
	// in page order: the link's text as the name, the URL resolved against
	// the base URLs. A URL stays as found (trimmed) when there is no absolute
	// base to resolve it against.
	Attachments []notice.Attachment
	// Title is the text of the page's <title>, white space collapsed.
	Title string
	// ArticleTitle is the content of <meta name="ArticleTitle">, which the
	// content systems of many government sites (TRS, NFCMS, Hanweb) write
	// on an article's page, white space collapsed.
	ArticleTitle string
	// Warnings says what was odd: a page too deeply nested to be parsed as
	// HTML, a page with no article.
	Warnings []string
}

// Renderer renders pages. The zero value knows no base URL and recognises
// labels by their shape alone (two to eight Han characters and a colon).
type Renderer struct {
	// BaseURL is where the page was fetched from; relative links are
	// resolved against it (after the page's own <base href>). Nil keeps
	// relative links as found.
	BaseURL *url.URL
	// IsLabel reports whether text is a metadata label: the text of a table
	// cell or of a list item, or a word and the colon after it (发布机构：).
	// It decides which tables and lists form the metadata block.
	IsLabel func(text string) bool
}

// Render renders a page, given as UTF-8, with a [Renderer] of the base URL
// (nil for none) and the default label shapes.
func Render(doc []byte, base *url.URL) *Page {
	r := Renderer{BaseURL: base}
	return r.Render(doc)
}

// Render renders a page given as UTF-8 (the caller decodes it, with the
// charset variant.DetectCharset finds). It never fails: a page the HTML parser refuses (elements
// nested more than 512 deep) is read as plain text, with a warning.
func (rr *Renderer) Render(doc []byte) *Page {
	page := &Page{}
	root, err := html.Parse(bytes.NewReader(doc))
	if err != nil {
		page.Text = flatText(doc)
		page.Warnings = append(page.Warnings, "html: "+strings.TrimPrefix(err.Error(), "html: ")+"; read as plain text")
		return page
	}
	r := &renderer{isLabel: rr.IsLabel, base: absolute(rr.BaseURL)}
	if r.isLabel == nil {
		r.isLabel = shapeOfLabel
	}
	page.Title = collapse(textOf(element(root, func(n *html.Node) bool { return n.DataAtom == atom.Title })))
	if m := element(root, func(n *html.Node) bool {
		name, _ := attr(n, "name")
		return n.DataAtom == atom.Meta && strings.EqualFold(name, "ArticleTitle")
	}); m != nil {
		content, _ := attr(m, "content")
		page.ArticleTitle = collapse(content)
	}
	if b := element(root, func(n *html.Node) bool { return n.DataAtom == atom.Base && hasAttr(n, "href") }); b != nil {
		r.setBase(b)
	}
	body := element(root, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	if body == nil {
		body = root
	}
	r.article = findArticle(body)
	if r.article == nil {
		r.article = body
		page.Warnings = append(page.Warnings, "html: no Chinese text found; read the whole page as the article")
	}
	r.walk(root)
	r.flush()
	page.Text = r.assemble()
	page.Attachments = r.attachments()
	return page
}

// region says where a line stands relative to the article.
type region uint8

const (
	before region = iota
	inside
	after
)

// line is one rendered line.
type line struct {
	text  string
	cells []string   // a table row's cells; nil for a line of text
	unit  *html.Node // the table, list or block that holds the line
	where region
	// heading: the line comes from a heading-like element (h1, .title).
	heading bool
	// item: the line is a list item (<li>, <dt>, <dd>), which may be a
	// label alone (<dt>发布机构</dt>); a line of any other block holds a
	// label only before a colon.
	item bool
}

// link is an <a href> of the page.
type link struct {
	node  *html.Node
	href  string
	unit  *html.Node
	where region
}

// renderer walks one page.
type renderer struct {
	isLabel func(string) bool
	base    *url.URL
	article *html.Node

	lines []line
	links []link
	units map[*html.Node]bool // the metadata block, once chosen

	buf     []byte // the current run of inline text
	space   bool   // white space is pending in buf
	cell    []byte // spare buffer for table cells
	scratch []byte // spare buffer for shortText

	unit        *html.Node // the block or list the current run belongs to
	where       region
	flat        int // > 0 inside a list item or table cell: one line
	heading     int // > 0 inside a heading-like element
	lineHeading bool
}

// walk renders n and its subtree.
func (r *renderer) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
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
		// Scripts show lists of attachments that the page hides while it
		// loads; their links count, their text does not.
		r.hiddenLinks(n)
		return
	}
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
	case block(n):
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
	return ok && isChrome(string(t)) && !contains(n, r.article)
}
