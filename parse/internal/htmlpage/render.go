package htmlpage

import (
	"bytes"
	"net/url"
	"strings"
	"unicode"
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
	// DeclaredCharset is the encoding label that the first <meta charset>
	// or <meta http-equiv="Content-Type"> of the page's <head> declares,
	// lower case ("gb2312", "utf-8"); empty when none. A caller deciding how
	// to decode the bytes wants [MetaCharset], which reads only the first
	// 1024 bytes, as browsers do.
	DeclaredCharset string
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

// Render renders a page given as UTF-8 (the caller decodes it: see
// [MetaCharset]). It never fails: a page the HTML parser refuses (elements
// nested more than 512 deep) is read as plain text, with a warning.
func (rr *Renderer) Render(doc []byte) *Page {
	page := &Page{}
	root, err := html.Parse(bytes.NewReader(doc))
	if err != nil {
		page.DeclaredCharset, _, _ = MetaCharset(doc)
		page.Text = flatText(doc)
		page.Warnings = append(page.Warnings, "html: "+strings.TrimPrefix(err.Error(), "html: ")+"; read as plain text")
		return page
	}
	r := &renderer{isLabel: rr.IsLabel, base: absolute(rr.BaseURL)}
	if r.isLabel == nil {
		r.isLabel = shapeOfLabel
	}
	page.Title = collapse(textOf(element(root, func(n *html.Node) bool { return n.DataAtom == atom.Title })))
	page.DeclaredCharset = declaredCharset(root)
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

// declaredCharset returns the charset that the first <meta> of the page's
// head to declare one declares, read from the tree the parser has built.
func declaredCharset(root *html.Node) string {
	head := element(root, func(n *html.Node) bool { return n.DataAtom == atom.Head })
	if head == nil {
		return ""
	}
	for n := head.FirstChild; n != nil; n = n.NextSibling {
		if n.DataAtom != atom.Meta {
			continue
		}
		var label string
		if v, ok := attr(n, "charset"); ok {
			label = strings.ToLower(strings.TrimSpace(v))
		} else if v, ok := attr(n, "http-equiv"); ok && strings.EqualFold(strings.TrimSpace(v), "content-type") {
			c, _ := attr(n, "content")
			label = contentCharset(c)
		}
		if label != "" {
			return label
		}
	}
	return ""
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
	if skipped(n) {
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

// text adds a text node's data to the current run, each run of HTML white
// space as one space.
func (r *renderer) text(s string) {
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && !htmlSpace(s[j]) {
			j++
		}
		if j > i {
			if r.space && len(r.buf) > 0 {
				r.buf = append(r.buf, ' ')
			}
			r.space = false
			r.buf = append(r.buf, s[i:j]...)
		}
		for j < len(s) && htmlSpace(s[j]) {
			r.space = true
			j++
		}
		i = j
	}
}

func htmlSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// breakLine ends the current line; inside an item or a cell it is a space.
func (r *renderer) breakLine() {
	if r.flat > 0 {
		r.space = true
		return
	}
	r.flush()
}

// flush ends the current run as a line of the current unit. Blank lines
// and lines of page UI are dropped.
func (r *renderer) flush() { r.flushLine(false) }

// flushLine is flush, saying whether the line is a list item.
func (r *renderer) flushLine(item bool) {
	heading := r.heading > 0 || r.lineHeading
	r.lineHeading = false
	if len(r.buf) == 0 {
		r.space = false
		return
	}
	t := strings.TrimFunc(string(r.buf), unicode.IsSpace)
	r.buf, r.space = r.buf[:0], false
	if t == "" || isChrome(t) {
		return
	}
	r.lines = append(r.lines, line{text: t, unit: r.unit, where: r.where, heading: heading, item: item})
}

// blockNode renders a block element: its lines belong to it.
func (r *renderer) blockNode(n *html.Node) {
	if r.flat > 0 {
		r.space = true
		r.children(n)
		r.space = true
		return
	}
	r.flush()
	saved := r.unit
	r.unit = n
	r.children(n)
	r.flush()
	r.unit = saved
}

// item renders a list item as one line of its list.
func (r *renderer) item(n *html.Node) {
	if r.flat > 0 {
		r.space = true
		r.children(n)
		r.space = true
		return
	}
	r.flush()
	saved := r.unit
	r.unit = n
	if p := n.Parent; p != nil {
		switch p.DataAtom {
		case atom.Ul, atom.Ol, atom.Dl, atom.Menu, atom.Dir:
			r.unit = p
		}
	}
	r.flat++
	r.children(n)
	r.flat--
	r.flushLine(true)
	r.unit = saved
}

// articleNode renders the article container.
func (r *renderer) articleNode(n *html.Node) {
	r.flush()
	savedUnit, savedFlat := r.unit, r.flat
	r.where, r.unit, r.flat = inside, n, 0
	r.children(n)
	r.flush()
	r.unit, r.flat = savedUnit, savedFlat
	r.where = after
}

// link records an <a href>.
func (r *renderer) link(n *html.Node) {
	href, ok := attr(n, "href")
	if href = strings.TrimSpace(href); !ok || href == "" {
		return
	}
	r.links = append(r.links, link{node: n, href: href, unit: r.unit, where: r.where})
}

// table renders a table: a data table as one pipe row a <tr>, any other
// table (layout) as blocks.
func (r *renderer) table(t *html.Node) {
	rows, leaf := tableRows(t)
	if !leaf || r.flat > 0 || contains(t, r.article) || !r.dataTable(rows) {
		r.blockNode(t)
		return
	}
	r.flush()
	saved := r.unit
	r.unit = t
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Caption {
			r.walk(c)
		}
	}
	for _, tr := range rows {
		var cells []string
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if cell(c) && !skipped(c) {
				cells = append(cells, r.cellText(c))
			}
		}
		r.row(cells)
	}
	r.unit = saved
}

func cell(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Td || n.DataAtom == atom.Th)
}

// tableRows returns the rows of t (not those of nested tables) and whether
// t is a leaf: a table with no table inside.
func tableRows(t *html.Node) (rows []*html.Node, leaf bool) {
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.Tr:
			rows = append(rows, c)
		case atom.Thead, atom.Tbody, atom.Tfoot:
			for tr := c.FirstChild; tr != nil; tr = tr.NextSibling {
				if tr.DataAtom == atom.Tr {
					rows = append(rows, tr)
				}
			}
		}
	}
	nested := false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !nested; c = c.NextSibling {
			if c.DataAtom == atom.Table {
				nested = true
				return
			}
			walk(c)
		}
	}
	walk(t)
	return rows, !nested
}

// dataTable reports whether rows are those of a data table: a row with two
// cells holding text, or a cell that is a label (a metadata table whose
// values are all empty).
func (r *renderer) dataTable(rows []*html.Node) bool {
	for _, tr := range rows {
		full := 0
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if cell(c) && hasText(c) {
				if full++; full >= 2 {
					return true
				}
			}
		}
	}
	for _, tr := range rows {
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if cell(c) {
				t, ok := shortText(c, r.scratch[:0])
				r.scratch = t[:0]
				if ok && len(t) > 0 && r.isLabel(string(t)) {
					return true
				}
			}
		}
	}
	return false
}

// hasText reports whether n shows any text.
func hasText(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		return strings.TrimFunc(n.Data, unicode.IsSpace) != ""
	case html.ElementNode:
		if skipped(n) {
			return false
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if hasText(c) {
			return true
		}
	}
	return false
}

// cellText renders a table cell as one line of text.
func (r *renderer) cellText(c *html.Node) string {
	savedBuf, savedSpace := r.buf, r.space
	r.buf, r.space = r.cell[:0], false
	r.flat++
	r.children(c)
	r.flat--
	t := strings.TrimFunc(string(r.buf), unicode.IsSpace)
	r.cell = r.buf
	r.buf, r.space = savedBuf, savedSpace
	return barEscaper.Replace(t)
}

// barEscaper keeps a bar inside a cell from splitting the cell.
var barEscaper = strings.NewReplacer("|", "¦", "｜", "¦")

// row adds a table row. A row with no text, or of page UI only, is
// dropped.
func (r *renderer) row(cells []string) {
	ui := true
	for _, c := range cells {
		if c != "" && !isChrome(c) {
			ui = false
			break
		}
	}
	if ui {
		return
	}
	r.lines = append(r.lines, line{
		text:    "| " + strings.Join(cells, " | ") + " |",
		cells:   cells,
		unit:    r.unit,
		where:   r.where,
		heading: r.heading > 0,
	})
}

// textOf returns the visible text of n (nil gives ""), raw.
func textOf(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			b.WriteString(n.Data)
			return
		case html.ElementNode:
			if n.DataAtom != atom.Title && skipped(n) {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// collapse trims s and makes every run of white space one space.
func collapse(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// shapeOfLabel is the default label test: two to eight Han characters,
// possibly letter-spaced, and a colon.
func shapeOfLabel(s string) bool {
	s = strings.TrimFunc(s, unicode.IsSpace)
	r, size := utf8.DecodeLastRuneInString(s)
	if r != ':' && r != '：' {
		return false
	}
	n := 0
	for _, r := range s[:len(s)-size] {
		switch {
		case unicode.IsSpace(r):
		case unicode.Is(unicode.Han, r):
			n++
		default:
			return false
		}
	}
	return n >= 2 && n <= 8
}
