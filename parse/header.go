package parse

import (
	"strings"

	"github.com/govnotice/govnotice/notice"
)

// pair is one header field as the scanner found it.
type pair struct {
	label string // compacted label
	field field
	value string // raw value text, not yet cleaned
	// cells holds the value cells of a table row when there are several;
	// value is then their texts joined with spaces.
	cells []cell
	line  int // 1-based line of the label
	col   int // 1-based byte column of the label
	off   int // byte offset of the value in the page, -1 when empty
}

// cell is one value cell of a table row: its text and its byte offset in
// the page.
type cell struct {
	text string
	off  int
}

// header is the header block of a page.
type header struct {
	pairs  []pair
	layout string
	known  int // labels of the vocabulary in the block
	noise  int // labels of page UI in the block
	start  int // byte offset of the block's first line in the page
	lines  int // lines of the block that hold labels
}

// minHeaderLabels is how many labels a block of label lines needs to be the
// header: one label alone (a 来源： line, a 附件： line) is not a header, but
// one beside page UI (时间：… 点击次数：…) is. At least one must be of the
// vocabulary. A table row whose cell is a label is a header by itself.
const minHeaderLabels = 2

// metaLine reports whether the header is a single line of labels, such as
// 时间：2019年06月17日 点击次数：28596: news-style templates put such a line
// under the article's title, so what stands above it is not all chrome.
func (h *header) metaLine() bool {
	return h.lines == 1 && h.layout == notice.LayoutLabelLines
}

// findHeader looks for the header: the first block of lines with labels of
// the vocabulary, before the first paragraph of prose. It returns the header
// (nil when the page has none) and the cursor where the body starts.
func (sc scanner) findHeader(text string) (*header, cursor) {
	c := cursor{text: text}
	for {
		at := c
		l, ok := c.next()
		if !ok {
			return nil, cursor{text: text}
		}
		if l.blank() {
			continue
		}
		a := sc.analyse(l)
		if _, known := a.labels(); known > 0 && a.kind != rowSeparator {
			h, rest := sc.readHeader(l, a, c)
			if h.known+h.noise >= minHeaderLabels || h.layout == notice.LayoutPipeTable {
				return h, rest
			}
			if rest.pos <= at.pos {
				rest = c // always move on
			}
			c = rest
			continue
		}
		if isProse(l.text) {
			return nil, cursor{text: text}
		}
	}
}

// isProse reports whether a line is a sentence of the article: once one is
// seen, no header can follow.
func isProse(s string) bool {
	return strings.Contains(s, "。")
}

// readHeader reads the block that starts with line first (already analysed
// as a), c being positioned after it. It returns the block and the cursor at
// the first line after it.
func (sc scanner) readHeader(first line, a analysis, c cursor) (*header, cursor) {
	h := &header{layout: notice.LayoutLabelLines, start: first.start}
	if a.kind == rowPipe {
		h.layout = notice.LayoutPipeTable
	}
	pending := -1 // index of a label alone on its line, waiting for a value
	pendingBullet := false
	pendingIndent := 0
	sameLine := false // a label of this block had its value beside it
	l := first
	for {
		switch {
		case a.kind == rowSeparator:
			// A table rule inside the header.
		case l.blank():
			// After blank lines the header goes on only with a line of
			// labels, or with the value of a pending label.
			look := c
			var next line
			ok := false
			for {
				if next, ok = look.next(); !ok || !next.blank() {
					break
				}
			}
			if !ok {
				return h, look
			}
			na := sc.analyse(next)
			_, known := na.labels()
			if known == 0 && !na.noiseLine() && !takesValue(pending, pendingBullet, pendingIndent, next, na) {
				return h, c
			}
			c, l, a = look, next, na
			continue
		default:
			all, known := a.labels()
			if all == 0 {
				if !takesValue(pending, pendingBullet, pendingIndent, l, a) {
					return h, cursorAt(c, l)
				}
				v := strings.TrimFunc(l.text, isSpace)
				h.pairs[pending].value = v
				h.pairs[pending].off = l.start + strings.Index(l.text, v)
				pending = -1
				break
			}
			if known == 0 && !a.noiseLine() && !sc.labelsFollow(c) {
				// Only words the vocabulary does not know, with no label
				// after them: the body's first line (各乡镇人民政府：).
				return h, cursorAt(c, l)
			}
			h.lines++
			pending = h.addLine(l, a, pending, sameLine)
			if pending >= 0 {
				pendingBullet, pendingIndent = a.bulleted, indent(l.text)
			}
			sameLine = sameLine || hasSameLineValue(a.items)
		}
		var ok bool
		if l, ok = c.next(); !ok {
			return h, c
		}
		if l.blank() {
			a = analysis{}
		} else {
			a = sc.analyse(l)
		}
	}
}

// labelFollowLines is how far labelsFollow looks.
const labelFollowLines = 2

// labelsFollow reports whether one of the next non-blank lines at c holds a
// label of the vocabulary or of page UI: then a line of unknown labels
// before them is part of the header.
func (sc scanner) labelsFollow(c cursor) bool {
	for seen := 0; seen < labelFollowLines; {
		l, ok := c.next()
		if !ok {
			return false
		}
		if l.blank() {
			continue
		}
		seen++
		a := sc.analyse(l)
		if _, known := a.labels(); known > 0 || a.noiseLine() {
			return true
		}
	}
	return false
}

// takesValue reports whether line l, without labels, is the value of the
// pending label: in a bulleted or numbered list only a line indented deeper
// than the label's is (spec §1.2); an unindented line ends the list.
func takesValue(pending int, bulleted bool, labelIndent int, l line, a analysis) bool {
	if pending < 0 || a.kind == rowPipe {
		return false
	}
	return !bulleted || indent(l.text) > labelIndent
}

// indent returns the width of the white space a line starts with, in runes.
func indent(s string) int {
	n := 0
	for _, r := range s {
		if !isSpace(r) {
			break
		}
		n++
	}
	return n
}

// cursorAt returns a cursor positioned at line l, which c has just passed.
func cursorAt(c cursor, l line) cursor {
	return cursor{text: c.text, pos: l.start, num: l.num - 1}
}

// addLine adds the pairs of one header line. Values before the first label
// complete the pending label, or the last pair. It returns the index of the
// new pending pair: a label alone on a line of text (spec §1.2), unless the
// block already showed that its values stand on the labels' lines.
func (h *header) addLine(l line, a analysis, pending int, sameLine bool) int {
	items := a.items
	for len(items) > 0 && !items[0].isLabel() {
		target := pending
		if target < 0 && a.kind == rowText {
			target = len(h.pairs) - 1
		}
		if target >= 0 {
			p := &h.pairs[target]
			if p.value == "" {
				p.value, p.off = items[0].text, l.start+items[0].off
			} else {
				p.value += " " + items[0].text
			}
		}
		items = items[1:]
	}
	labels := 0
	for i := 0; i < len(items); i++ {
		it := items[i]
		labels++
		p := pair{label: it.label, field: it.field, line: l.num, col: it.off + 1, off: -1}
		// The value is every value item up to the next label (the cells of
		// a row after a label cell), joined once: a row of a million cells
		// must not be concatenated cell by cell.
		j := i + 1
		for j < len(items) && !items[j].isLabel() {
			j++
		}
		if j > i+1 {
			p.value, p.off = joinValues(items[i+1:j]), l.start+items[i+1].off
		}
		if j > i+2 && a.kind == rowPipe {
			for _, v := range items[i+1 : j] {
				p.cells = append(p.cells, cell{text: v.text, off: l.start + v.off})
			}
		}
		i = j - 1
		switch {
		case p.field.known():
			h.known++
		case p.field == fieldNoise:
			h.noise++
		}
		h.pairs = append(h.pairs, p)
	}
	if a.kind == rowText && labels == 1 && len(items) == 1 && len(a.items) == 1 && !sameLine {
		return len(h.pairs) - 1
	}
	return -1
}

// hasSameLineValue reports whether a label of the line has its value after
// it on the line.
func hasSameLineValue(items []item) bool {
	label := false
	for _, it := range items {
		if it.isLabel() {
			label = true
		} else if label {
			return true
		}
	}
	return false
}

// joinValues joins the texts of value items with single spaces.
func joinValues(items []item) string {
	if len(items) == 1 {
		return items[0].text
	}
	var b strings.Builder
	for k, it := range items {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(it.text)
	}
	return b.String()
}
