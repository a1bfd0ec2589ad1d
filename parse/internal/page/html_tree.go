package page

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/govnotice/govnotice/parse/internal/vocab"
)

// What the elements of a page are to the renderer. The HTML parser bounds
// the depth of the tree (512 open elements), so walking it recursively is
// safe.

// skipped reports elements that never contribute text: scripts, styles,
// embedded documents and form controls, hidden elements, and the labels of
// form fields.
func skipped(n *html.Node) bool {
	return unshown(n) || hidden(n)
}

// unshown reports the elements whose content is never text: scripts,
// styles, embedded documents, form controls, the labels of form fields.
func unshown(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe,
		atom.Frame, atom.Frameset, atom.Object, atom.Embed, atom.Applet,
		atom.Svg, atom.Math, atom.Canvas, atom.Select, atom.Option,
		atom.Optgroup, atom.Button, atom.Input, atom.Textarea, atom.Datalist,
		atom.Audio, atom.Video, atom.Map, atom.Head, atom.Title:
		return true
	case atom.Label:
		if hasAttr(n, "for") {
			return true
		}
	}
	return n.DataAtom == 0 && n.Namespace != "" // foreign content the parser did not know
}

// hidden reports an element the page does not show: the hidden attribute,
// or display:none in its style.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			if displayNone(a.Val) {
				return true
			}
		}
	}
	return false
}

// displayNone reports whether a style attribute sets display to none. It
// scans the value once, so a huge attribute costs no more than reading it.
func displayNone(style string) bool {
	if len(style) <= 256 {
		// Most styles are short: lowered on the stack, searched at
		// the speed of strings.Index.
		var buf [256]byte
		lower := buf[:len(style)]
		for i := 0; i < len(style); i++ {
			c := style[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			lower[i] = c
		}
		if !bytes.Contains(lower, []byte("display")) {
			return false
		}
	}
	for i := 0; i+len("display") <= len(style); {
		j := indexFold(style[i:], "display")
		if j < 0 {
			return false
		}
		k := i + j + len("display")
		for k < len(style) && (style[k] == ' ' || style[k] == '\t') {
			k++
		}
		if k < len(style) && style[k] == ':' {
			k++
			for k < len(style) && (style[k] == ' ' || style[k] == '\t') {
				k++
			}
			if len(style)-k >= 4 && strings.EqualFold(style[k:k+4], "none") {
				return true
			}
		}
		i = k
	}
	return false
}

// indexFold is strings.Index for an ASCII lower-case needle, ignoring the
// case of s.
func indexFold(s, needle string) int {
	first := needle[0]
	for i := 0; i+len(needle) <= len(s); i++ {
		if s[i]|0x20 == first && strings.EqualFold(s[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}

// isBlock reports elements that end a line: the block-level elements of
// HTML, whatever their CSS makes of them.
func isBlock(n *html.Node) bool { return blockAtom(n.DataAtom) }

func blockAtom(a atom.Atom) bool {
	switch a {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Body,
		atom.Caption, atom.Center, atom.Dd, atom.Details, atom.Dialog,
		atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption,
		atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr,
		atom.Html, atom.Legend, atom.Li, atom.Main, atom.Menu, atom.Nav,
		atom.Ol, atom.P, atom.Pre, atom.Section, atom.Summary, atom.Table,
		atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr,
		atom.Ul:
		return true
	}
	return false
}

// listItem reports the items that become one line each.
func listItem(n *html.Node) bool {
	return n.DataAtom == atom.Li || n.DataAtom == atom.Dd || n.DataAtom == atom.Dt
}

// headingLike reports an element that may hold the article's heading: h1
// to h3, or an element whose class or id speaks of a title.
func headingLike(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3:
		return true
	}
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && indexFold(a.Val, "title") >= 0 {
			return true
		}
	}
	return false
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasAttr(n *html.Node, key string) bool {
	_, ok := attr(n, key)
	return ok
}

// hasClass reports whether n's class list holds name.
func hasClass(n *html.Node, name string) bool {
	v, ok := attr(n, "class")
	if !ok {
		return false
	}
	for f := range strings.FieldsSeq(v) {
		if f == name {
			return true
		}
	}
	return false
}

// element returns the first element of the tree in document order for which
// match is true, or nil.
func element(n *html.Node, match func(*html.Node) bool) *html.Node {
	if n.Type == html.ElementNode && match(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if e := element(c, match); e != nil {
			return e
		}
	}
	return nil
}

// contains reports whether n is a or one of a's descendants.
func contains(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// shortTextNodes bounds the nodes shortText visits: enough for a widget.
const shortTextNodes = 64

// shortText returns the visible text of n without white space, appended to
// buf, when it is at most vocab.MaxUIBytes long; ok is false for longer text.
// Its cost is bounded whatever the size of n.
func shortText(n *html.Node, buf []byte) (text []byte, ok bool) {
	visited := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if visited++; visited > shortTextNodes {
			return false
		}
		switch n.Type {
		case html.TextNode:
			for _, r := range n.Data {
				if !unicode.IsSpace(r) {
					if buf = utf8.AppendRune(buf, r); len(buf) > vocab.MaxUIBytes {
						return false // text, not a widget's: no need to read it all
					}
				}
			}
			return true
		case html.ElementNode:
			if skipped(n) {
				return true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	ok = walk(n)
	return buf, ok
}

// hanCount counts the Han characters of s.
func hanCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.Is(unicode.Han, r) {
			n++
		}
		i += size
	}
	return n
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
