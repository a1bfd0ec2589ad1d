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
	line  int    // 1-based line of the label
	col   int    // 1-based byte column of the label
	off   int    // byte offset of the value in the page, -1 when empty
}

// header is the header block of a page.
type header struct {
	pairs  []pair
	layout string
	known  int // labels of the vocabulary in the block
}

// minHeaderLabels is how many vocabulary labels a block needs to be the
// header: one label alone (a 来源： line, a 附件： line) is not a header.
const minHeaderLabels = 2

// findHeader looks for the header: the first block of lines with labels of
// the vocabulary, before the first paragraph of prose. It returns the header
// (nil when the page has none) and the cursor where the body starts.
func findHeader(text string) (*header, cursor) {
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
		a := analyse(l)
		if _, known := a.labels(); known > 0 && a.kind != rowSeparator {
			h, rest := readHeader(l, a, c)
			if h.known >= minHeaderLabels {
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
func readHeader(first line, a analysis, c cursor) (*header, cursor) {
	h := &header{layout: notice.LayoutLabelLines}
	if a.kind == rowPipe {
		h.layout = notice.LayoutPipeTable
	}
	pending := -1 // index of a label alone on its line, waiting for a value
	pendingBullet := false
	sameLine := false // a label of this block had its value on its own line
	l := first
	for {
		switch {
		case a.kind == rowSeparator:
			// A table rule inside the header.
		case l.blank():
			pending = -1
			// The header goes on after blank lines only if a label follows.
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
			na := analyse(next)
			if _, known := na.labels(); known == 0 && !na.noiseLine() {
				return h, c
			}
			c, l, a = look, next, na
			continue
		default:
			all, _ := a.labels()
			if all == 0 {
				if pending < 0 || a.kind == rowPipe || (pendingBullet && !l.indented()) {
					return h, cursorAt(c, l)
				}
				v := strings.TrimFunc(l.text, isSpace)
				h.pairs[pending].value = v
				h.pairs[pending].off = l.start + strings.Index(l.text, v)
				pending = -1
				break
			}
			pending = h.addLine(l, a, pending, sameLine)
			if pending >= 0 {
				pendingBullet = a.bulleted
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
			a = analyse(l)
		}
	}
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
		for i+1 < len(items) && !items[i+1].isLabel() {
			i++
			v := items[i]
			if p.value == "" {
				p.value, p.off = v.text, l.start+v.off
			} else {
				p.value += " " + v.text
			}
		}
		if p.field.known() {
			h.known++
		}
		h.pairs = append(h.pairs, p)
	}
	if a.kind == rowText && labels == 1 && len(items) == 1 && len(a.items) == 1 && !sameLine {
		return len(h.pairs) - 1
	}
	return -1
}
