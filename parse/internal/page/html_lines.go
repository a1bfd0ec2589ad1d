package page

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/govnotice/govnotice/parse/internal/vocab"
)

// Lines: inline text runs up to the end of its block; blocks, <br> and list
// items end lines, and each line remembers the table, list or block it
// belongs to and the element it starts in.

// text adds a text node's data to the current run, each run of HTML white
// space as one space.
func (r *renderer) text(n *html.Node) {
	s := n.Data
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && !htmlSpace(s[j]) {
			j++
		}
		if j > i {
			if len(r.buf) == 0 {
				r.lineAt = n.Parent
			} else if r.space {
				r.buf = append(r.buf, ' ')
			}
			r.space = false
			r.buf = append(r.buf, s[i:j]...)
		}
		for j < len(s) && htmlSpace(s[j]) {
			if s[j] == '\n' && r.newlines && r.flat == 0 {
				// A text page that holds markup: its lines are lines.
				r.flush()
			}
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

// flush ends the current run as a line of the current block. Blank lines
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
	if t == "" || vocab.IsUI(t) {
		return
	}
	r.units = append(r.units, unit{text: t, at: r.src.pos(r.lineAt), block: r.block, where: r.where,
		heading: heading, item: item, hidden: r.hidden >= 0})
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
	saved := r.block
	r.block = n
	r.children(n)
	r.flush()
	r.block = saved
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
	saved := r.block
	r.block = n
	if p := n.Parent; p != nil {
		switch p.DataAtom {
		case atom.Ul, atom.Ol, atom.Dl, atom.Menu, atom.Dir:
			r.block = p
		}
	}
	r.flat++
	r.children(n)
	r.flat--
	r.flushLine(true)
	r.block = saved
}

// articleNode renders the article container.
func (r *renderer) articleNode(n *html.Node) {
	r.flush()
	savedBlock, savedFlat := r.block, r.flat
	r.where, r.block, r.flat = inside, n, 0
	r.children(n)
	r.flush()
	r.block, r.flat = savedBlock, savedFlat
	r.where = after
}

// link records an <a href>.
func (r *renderer) link(n *html.Node) {
	href, ok := attr(n, "href")
	if href = strings.TrimSpace(href); !ok || href == "" {
		return
	}
	r.links = append(r.links, link{node: n, href: href, at: r.src.pos(n), block: r.block, where: r.where})
}
