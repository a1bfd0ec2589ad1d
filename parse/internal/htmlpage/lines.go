package htmlpage

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Lines: inline text runs up to the end of its block; blocks, <br> and list
// items end lines, and each line remembers the table, list or block it
// belongs to.

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
