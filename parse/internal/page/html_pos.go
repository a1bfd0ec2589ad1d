package page

import (
	"bytes"
	"sort"

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

	// marks[k] is the number of characters in src[:k*markStep], filled as
	// far as a position needs: a column is counted from the mark before
	// it, not from the start of its line, which on a page of minified
	// markup can be the whole page.
	marks []int
}

// markStep is the distance in bytes between two marks of sourceIndex.
const markStep = 256

// newSourceIndex matches the elements of root with the start tags of src.
func newSourceIndex(src []byte, root *html.Node) *sourceIndex {
	tags := startTags(src)
	x := &sourceIndex{src: src, lines: []int{0}, at: make(map[*html.Node]int, len(tags)), marks: []int{0}}
	for _, t := range tags {
		if blockAtom(t.name) || t.name == atom.Br {
			x.breaks++
		}
	}
	x.lines = make([]int, 1, bytes.Count(src, []byte("\n"))+1)
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		x.lines = append(x.lines, i)
	}
	used := make([]bool, len(tags))
	first := 0 // the first unused tag
	seen := make(map[atom.Atom]bool, 3)
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
			if single(c.DataAtom) {
				seen[c.DataAtom] = true
			}
			// A second <body> (or <html>, <head>) has no element: the
			// tree holds one, which took its tag or was implied. Left
			// unused, it would hold the window back.
			for first < len(tags) && (used[first] || single(tags[first].name) && seen[tags[first].name]) {
				first++
			}
			x.at[c] = off
			walk(c, off)
		}
	}
	walk(root, 0)
	return x
}

// single reports the elements a tree holds once: the parser merges their
// other start tags into them.
func single(a atom.Atom) bool { return a == atom.Html || a == atom.Head || a == atom.Body }

// lookupTag returns the atom of a tag name as written, in any case. Tag
// names are short: they are lowered in a buffer of the stack, not a new
// slice for every tag of the page.
func lookupTag(name []byte) atom.Atom {
	var buf [16]byte
	if len(name) > len(buf) {
		return atom.Lookup(bytes.ToLower(name))
	}
	lower := buf[:len(name)]
	for i, c := range name {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower[i] = c
	}
	return atom.Lookup(lower)
}

// startTags returns the start tags of src in order. It scans the source
// as the HTML tokenizer does for what matters here (comments, end tags,
// declarations, quoted attribute values, the raw text of script, style,
// textarea and title), several times faster than tokenising: positions
// cost a second pass over every page. Where it and the tokenizer could
// differ (a malformed tag), newSourceIndex's window absorbs it; a test
// compares the two on every page of testdata.
func startTags(src []byte) []startTag {
	var tags []startTag
	for i := 0; i < len(src); {
		j := bytes.IndexByte(src[i:], '<')
		if j < 0 {
			break
		}
		i += j
		rest := src[i+1:]
		switch {
		case bytes.HasPrefix(rest, []byte("!--")):
			end := bytes.Index(rest[3:], []byte("-->"))
			if end < 0 {
				return tags
			}
			i += 1 + 3 + end + 3
		case len(rest) > 0 && (rest[0] == '!' || rest[0] == '?' || rest[0] == '/'):
			end := bytes.IndexByte(rest, '>')
			if end < 0 {
				return tags
			}
			i += 1 + end + 1
		case len(rest) > 0 && isASCIILetter(rest[0]):
			n := 1
			for n < len(rest) && !isTagEnd(rest[n]) {
				n++
			}
			name := lookupTag(rest[:n])
			end := tagEnd(rest[n:])
			if end < 0 {
				return tags // a tag cut off by the end of the page is none
			}
			tags = append(tags, startTag{name: name, off: i})
			i += 1 + n + end + 1
			if raw := rawTextEnd(src[i:], name); raw >= 0 {
				i += raw
			} else if rawText(name) {
				return tags
			}
		default:
			i++ // a < in text
		}
	}
	return tags
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// isTagEnd reports a byte that ends a tag's name.
func isTagEnd(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/' || c == '>'
}

// tagEnd returns the offset of the > that ends a tag's attributes in s,
// past quoted values, or -1.
func tagEnd(s []byte) int {
	for k := 0; k < len(s); {
		j := bytes.IndexAny(s[k:], "\"'>")
		if j < 0 {
			return -1
		}
		k += j
		c := s[k]
		if c == '>' {
			return k
		}
		// A quote opens a value only after =, as the tokenizer reads it;
		// elsewhere it is part of a name. A value is skipped at once: a
		// style or a data URL can be long.
		if k > 0 && prevNonSpace(s[:k]) == '=' {
			e := bytes.IndexByte(s[k+1:], c)
			if e < 0 {
				return -1
			}
			k += 1 + e
		}
		k++
	}
	return -1
}

// prevNonSpace returns the last byte of s that is not white space, or 0.
func prevNonSpace(s []byte) byte {
	for k := len(s) - 1; k >= 0; k-- {
		if c := s[k]; c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' {
			return c
		}
	}
	return 0
}

// rawText reports the elements whose content is text up to their end tag.
func rawText(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Textarea, atom.Title, atom.Xmp, atom.Iframe, atom.Noembed, atom.Noframes,
		atom.Noscript:
		return true
	}
	return false
}

// rawTextEnd returns the offset in s of the end tag of a raw-text element
// a, s being what follows its start tag; 0 when a holds markup; -1 when the
// end tag is missing.
func rawTextEnd(s []byte, a atom.Atom) int {
	if !rawText(a) {
		return 0
	}
	name := a.String()
	for k := 0; k < len(s); {
		j := bytes.Index(s[k:], []byte("</"))
		if j < 0 {
			return -1
		}
		k += j
		t := s[k+2:]
		if len(t) >= len(name) && bytes.EqualFold(t[:len(name)], []byte(name)) &&
			(len(t) == len(name) || isTagEnd(t[len(name)])) {
			return k
		}
		k += 2
	}
	return -1
}

// pos returns where element n starts: its line, and its column in
// characters. A node the index does not know (nil, or not an element)
// stands at the start.
func (x *sourceIndex) pos(n *html.Node) Pos {
	off := x.at[n]
	line := sort.Search(len(x.lines), func(i int) bool { return x.lines[i] > off }) // 1-based
	col := 1 + x.chars(off) - x.chars(x.lines[line-1])
	return Pos{Line: line, Col: col, Off: -1}
}

// chars returns the number of characters in src[:off].
func (x *sourceIndex) chars(off int) int {
	k := off / markStep
	for i := len(x.marks); i <= k; i++ {
		x.marks = append(x.marks, x.marks[i-1]+charCount(x.src[(i-1)*markStep:i*markStep]))
	}
	return x.marks[k] + charCount(x.src[k*markStep:off])
}

// charCount counts the characters of UTF-8 text by their first bytes, so
// that counts of pieces cut anywhere add up.
func charCount(b []byte) int {
	n := 0
	for _, c := range b {
		if c&0xC0 != 0x80 {
			n++
		}
	}
	return n
}
