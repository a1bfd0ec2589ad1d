package page

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/govnotice/govnotice/parse/internal/vocab"
)

// Tables: a data table becomes rows of cells, one a <tr>; any other table is
// read as blocks.

// table renders a table: a data table as one row unit a <tr>, any other
// table (layout) as blocks.
func (r *renderer) table(t *html.Node) {
	rows, leaf := tableRows(t)
	if !leaf || r.flat > 0 || contains(t, r.article) || !r.dataTable(rows) {
		r.blockNode(t)
		return
	}
	r.flush()
	saved := r.block
	r.block = t
	for c := t.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Caption {
			r.walk(c)
		}
	}
	for _, tr := range rows {
		at := r.src.pos(tr)
		var cells []cellUnit
		for c := tr.FirstChild; c != nil; c = c.NextSibling {
			if cell(c) && !skipped(c) {
				cat := r.src.pos(c)
				cells = append(cells, cellUnit{text: r.cellText(c), at: cat})
			}
		}
		r.row(at, cells)
	}
	r.block = saved
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
	savedBuf, savedSpace, savedAt := r.buf, r.space, r.lineAt
	r.buf, r.space = r.cell[:0], false
	r.flat++
	r.children(c)
	r.flat--
	t := strings.TrimFunc(string(r.buf), unicode.IsSpace)
	r.cell = r.buf
	r.buf, r.space, r.lineAt = savedBuf, savedSpace, savedAt
	return barEscaper.Replace(t)
}

// barEscaper keeps a bar inside a cell from splitting the cell when the row
// is written as a paragraph of the article.
var barEscaper = strings.NewReplacer("|", "¦", "｜", "¦")

// row adds a table row. A row with no text, or of page UI only, is dropped.
func (r *renderer) row(at Pos, cells []cellUnit) {
	ui := true
	for _, c := range cells {
		if c.text != "" && !vocab.IsUI(c.text) {
			ui = false
			break
		}
	}
	if ui {
		return
	}
	r.units = append(r.units, unit{
		cells:   cells,
		at:      at,
		block:   r.block,
		where:   r.where,
		heading: r.heading > 0,
		hidden:  r.hidden >= 0,
	})
}
