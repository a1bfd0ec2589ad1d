package page

import (
	"bytes"
	"sort"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Positions in the source. The HTML parser keeps none, so the source is
// tokenised once more for the offsets of its start tags, and the elements of
// the tree are matched with them in document order. The parser adds
// elements the source leaves implied (html, head, body, tbody) and moves
// some (foster-parented content of tables), so an element takes the first
// unused start tag of its name among the next few; an element with none
// there was implied and stands where its parent does.

// tagWindow is how many start tags past the first unused one an element's
// own is looked for.
const tagWindow = 16

// startTag is a start tag of the source: its name's atom (0 for the names
// of elements HTML does not know, which match each other) and offset.
type startTag struct {
	name atom.Atom
	off  int
}

// sourceIndex gives positions in an HTML source.
type sourceIndex struct {
	src   []byte
	lines []int // offsets of the line starts
	at    map[*html.Node]int
	// breaks counts the start tags that end a line (blocks, <br>): a
	// bound of the lines the page renders.
	breaks int

	// the last position worked out, to go on from it
	lastOff, lastLine, lastCol int
}

// newSourceIndex matches the elements of root with the start tags of src.
func newSourceIndex(src []byte, root *html.Node) *sourceIndex {
	tags := startTags(src)
	x := &sourceIndex{src: src, lines: []int{0}, at: make(map[*html.Node]int, len(tags))}
	for _, t := range tags {
		if blockAtom(t.name) || t.name == atom.Br {
			x.breaks++
		}
	}
	for i, b := range src {
		if b == '\n' {
			x.lines = append(x.lines, i+1)
		}
	}
	used := make([]bool, len(tags))
	first := 0 // the first unused tag
	var walk func(n *html.Node, parent int)
	walk = func(n *html.Node, parent int) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			off := parent
			for j := first; j < len(tags) && j < first+tagWindow; j++ {
				if !used[j] && tags[j].name == c.DataAtom {
					used[j], off = true, tags[j].off
					break
				}
			}
			for first < len(tags) && used[first] {
				first++
			}
			x.at[c] = off
			walk(c, off)
		}
	}
	walk(root, 0)
	return x
}

// startTags returns the start tags of src in order.
func startTags(src []byte) []startTag {
	var tags []startTag
	z := html.NewTokenizer(bytes.NewReader(src))
	off := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return tags
		}
		n := len(z.Raw())
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			name, _ := z.TagName()
			tags = append(tags, startTag{name: atom.Lookup(name), off: off})
		}
		off += n
	}
}

// pos returns where element n starts: its line, and its column in
// characters. A node the index does not know (nil, or not an element)
// stands at the start.
func (x *sourceIndex) pos(n *html.Node) Pos {
	off := x.at[n]
	line := sort.Search(len(x.lines), func(i int) bool { return x.lines[i] > off }) // 1-based
	start := x.lines[line-1]
	col := 1
	from := start
	if x.lastLine == line && x.lastOff <= off && x.lastOff >= start {
		col, from = x.lastCol, x.lastOff
	}
	col += utf8.RuneCount(x.src[from:off])
	x.lastOff, x.lastLine, x.lastCol = off, line, col
	return Pos{Line: line, Col: col, Off: -1}
}
