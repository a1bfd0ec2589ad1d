package parse

import (
	"strings"
	"unicode/utf8"

	"github.com/govnotice/govnotice/variant"
)

// The scanner is the syntax layer: it finds the header block of a page and
// cuts it into (label, value) pairs, whatever the layout (spec §1.1–1.2). It
// knows which words are labels, but not what a field means; that is the
// mapping layer's job (fields.go).

// scanner reads lines. Its one option says whether the text kept its
// script: labels are matched in Simplified, so a Traditional label (發布機構)
// is then simplified before it is looked up.
type scanner struct {
	keepScript bool
}

// classify is the package's classify, after folding the label's script.
func (sc scanner) classify(label string) field {
	f := classify(label)
	if f == fieldNone && sc.keepScript {
		if s := variant.Simplify.String(label); s != label {
			f = classify(s)
		}
	}
	return f
}

// exact looks a label up in the vocabulary as it stands (no qualifier rule),
// after folding its script.
func (sc scanner) exact(label string) (field, bool) {
	f, ok := vocabulary[label]
	if !ok && sc.keepScript {
		if s := variant.Simplify.String(label); s != label {
			f, ok = vocabulary[s]
		}
	}
	return f, ok
}

// item is one piece of a header line: a label, or a value.
type item struct {
	label string // compacted label; empty for a value
	field field  // fieldNone for a value
	text  string // the value's text (values only)
	off   int    // byte offset in the line
}

func (it item) isLabel() bool { return it.field != fieldNone }

// rowKind tells how a line was read.
type rowKind uint8

const (
	rowText      rowKind = iota // a line of text (label line or not)
	rowPipe                     // a table row: | cell | cell |
	rowSeparator                // a table rule: |---|---|
)

// analysis is what the scanner reads from one line.
type analysis struct {
	kind     rowKind
	items    []item
	bulleted bool // a bullet or number stood before the first label
}

// labels counts the labels of a line: all of them, and the vocabulary's
// (fields and known extra labels, not noise or unknown words).
func (a *analysis) labels() (all, known int) {
	for _, it := range a.items {
		if it.isLabel() {
			all++
			if it.field.known() {
				known++
			}
		}
	}
	return all, known
}

// noiseLine reports whether the line is page UI: it starts with a noise
// label such as 访问量 or 当前位置.
func (a *analysis) noiseLine() bool {
	return a.kind == rowText && len(a.items) > 0 && a.items[0].field == fieldNoise
}

// analyse reads one line.
func (sc scanner) analyse(l line) analysis {
	s := strings.TrimLeftFunc(l.text, isSpace)
	if strings.HasPrefix(s, "|") || strings.HasPrefix(s, "｜") {
		return sc.analyseRow(l)
	}
	base := len(l.text) - len(s)
	rest, bulleted := stripBullet(s)
	base += len(s) - len(rest)
	items := sc.scanLabels(rest, base)
	a := analysis{kind: rowText, items: items}
	a.bulleted = bulleted && len(items) > 0 && items[0].isLabel()
	return a
}

// stripBullet removes a bullet (•, -, *) or a list number (1. 1、 1) (1))
// from the start of s.
func stripBullet(s string) (string, bool) {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case isBullet(r) || r == '-' || r == '*':
		return strings.TrimLeftFunc(s[size:], isSpace), true
	case '0' <= r && r <= '9':
		i := 0
		for i < len(s) && i < 3 && '0' <= s[i] && s[i] <= '9' {
			i++
		}
		for _, sep := range []string{".", "、", ")", "）", "．"} {
			if strings.HasPrefix(s[i:], sep) {
				return strings.TrimLeftFunc(s[i+len(sep):], isSpace), true
			}
		}
	case r == '(' || r == '（':
		j := strings.IndexAny(s[size:], ")）")
		if j > 0 && j <= 3 && isDigits(s[size:size+j]) {
			rest := s[size+j:]
			_, closeSize := utf8.DecodeRuneInString(rest)
			return strings.TrimLeftFunc(rest[closeSize:], isSpace), true
		}
	}
	return s, false
}

// analyseRow reads a table row. A cell that is a label starts a field; other
// cells are values (spec §1.1). A cell holding "label: value" is read as a
// label line of its own.
func (sc scanner) analyseRow(l line) analysis {
	a := analysis{kind: rowPipe}
	rule := true
	text := l.text
	for off := 0; off < len(text); {
		// Find the next cell: the text up to the next bar.
		i, size := nextBar(text[off:])
		cell := text[off : off+i]
		cellOff := off
		off += i + size
		if i == 0 {
			continue
		}
		trimmed := strings.TrimFunc(cell, isSpace)
		if trimmed == "" {
			continue
		}
		cellOff += strings.Index(cell, trimmed)
		if rule && !ruleCell(trimmed) {
			rule = false
		}
		if len(trimmed) <= maxLabelCell {
			compact := compactLabel(trimmed)
			f := sc.classify(compact)
			if f == fieldNone && endsWithColon(trimmed) && unknownLabel(compact) {
				f = fieldUnknown
			}
			if f != fieldNone {
				a.items = append(a.items, item{label: compact, field: f, off: cellOff})
				continue
			}
		}
		if mayHoldLabel(trimmed) {
			if inner := sc.scanLabels(trimmed, cellOff); len(inner) > 0 && inner[0].isLabel() {
				a.items = append(a.items, inner...)
				continue
			}
		}
		a.items = append(a.items, item{text: trimmed, off: cellOff})
	}
	if rule && len(a.items) > 0 {
		a.kind, a.items = rowSeparator, nil
	}
	return a
}

// nextBar returns the index and size of the first bar (| or ｜) in s, or
// len(s) and 0.
func nextBar(s string) (int, int) {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '|':
			return i, 1
		case 0xef: // ｜ is EF BD 9C
			if strings.HasPrefix(s[i:], "｜") {
				return i, len("｜")
			}
		}
	}
	return len(s), 0
}

// maxLabelCell is the longest cell, in bytes, that may be a label alone: a
// label of maxLabelRunes with some spaces and a colon.
const maxLabelCell = 96

// ruleCell reports a cell of a Markdown table rule: dashes and colons.
func ruleCell(s string) bool {
	for _, r := range s {
		if r != '-' && r != ':' && r != '：' && r != ' ' {
			return false
		}
	}
	return true
}

// mayHoldLabel reports whether a cell that is not a label may start with
// one: it has a colon or a bracket.
func mayHoldLabel(s string) bool {
	return strings.IndexByte(s, ':') >= 0 || strings.IndexByte(s, '[') >= 0 ||
		strings.Contains(s, "：") || strings.Contains(s, "【")
}

func endsWithColon(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isColon(r)
}

// span is a label found in a line of text: bytes [start, end) hold the label
// and its colon.
type span struct {
	start, end int
	label      string
	field      field
}

// scanLabels cuts a line of text into labels and values. base is added to
// every offset. Labels are found three ways: a bracketed word ([ 索引号 ]),
// a word before a colon (索 引 号：, also run together with the value before
// it: 01:51:51信息来源:), and, on a line with neither, labels without colon
// separated by white space (成文日期 2011-09-01 有效性).
func (sc scanner) scanLabels(s string, base int) []item {
	var spans []span
	lo := 0 // labels may not start before the end of the previous one
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '[' || r == '【' || r == '［':
			if sp, ok := sc.bracketLabel(s, i); ok {
				spans = append(spans, sp)
				i, lo = sp.end, sp.end
				continue
			}
		case isColon(r):
			if sp, ok := sc.labelBefore(s, lo, i); ok {
				sp.end = i + size
				spans = append(spans, sp)
				lo = sp.end
			}
		}
		i += size
	}
	if len(spans) == 0 {
		spans = sc.bareLabels(s)
	}
	if len(spans) == 0 {
		if t := strings.TrimFunc(s, isSpace); t != "" {
			return []item{{text: t, off: base + strings.Index(s, t)}}
		}
		return nil
	}
	items := make([]item, 0, 2*len(spans)+1)
	prev := 0
	for _, sp := range spans {
		items = appendValue(items, s, prev, sp.start, base)
		items = append(items, item{label: sp.label, field: sp.field, off: base + sp.start})
		prev = sp.end
	}
	return appendValue(items, s, prev, len(s), base)
}

// appendValue appends s[from:to] as a value item unless it is blank.
func appendValue(items []item, s string, from, to, base int) []item {
	v := s[from:to]
	t := strings.TrimFunc(v, isSpace)
	if t == "" {
		return items
	}
	return append(items, item{text: t, off: base + from + strings.Index(v, t)})
}

// bracketLabel reads a label in brackets starting at s[i]: [ 索引号 ] or
// 【发文机构】, with an optional colon after it.
func (sc scanner) bracketLabel(s string, i int) (span, bool) {
	_, open := utf8.DecodeRuneInString(s[i:])
	const maxBracket = 64 // bytes: a label with some inner spaces
	rest := s[i+open:]
	if len(rest) > maxBracket {
		rest = rest[:maxBracket]
	}
	j := strings.IndexAny(rest, "]】］")
	if j < 0 {
		return span{}, false
	}
	compact := compactLabel(rest[:j])
	f := sc.classify(compact)
	if f == fieldNone {
		return span{}, false
	}
	_, closeSize := utf8.DecodeRuneInString(rest[j:])
	end := i + open + j + closeSize
	// Take a colon that follows the bracket.
	after := strings.TrimLeftFunc(s[end:], isSpace)
	if r, size := utf8.DecodeRuneInString(after); isColon(r) {
		end = len(s) - len(after) + size
	}
	return span{start: i, end: end, label: compact, field: f}, true
}

// maxLabelSpaces bounds the white space runes inside one label (文      号).
const maxLabelSpaces = 16

// labelBefore finds the label that ends at s[colon], starting at or after lo.
// It walks back at most maxLabelRunes non-space runes. A candidate must start
// at a boundary (lo, white space, or a rune that is not Han, so that a label
// run together with a time value is found); of the candidates, the longest
// one wins, and a candidate with white space inside must be a label of the
// vocabulary as it stands (组 配 分 类), so that a value word and a label are
// never read as one qualified label (通知 发布机构).
func (sc scanner) labelBefore(s string, lo, colon int) (span, bool) {
	var buf [maxLabelRunes]rune
	n, spaces := 0, 0
	crossed := false // white space seen between label runes
	best := span{}
	found := false
	j := colon
	for j > lo {
		r, size := utf8.DecodeLastRuneInString(s[lo:j])
		if isSpace(r) {
			spaces++
			if spaces > maxLabelSpaces {
				break
			}
			if n > 0 {
				crossed = true
			}
			j -= size
			continue
		}
		if n == maxLabelRunes || isColon(r) || r == '|' || r == '｜' {
			break
		}
		buf[maxLabelRunes-1-n] = r
		n++
		j -= size
		if !boundaryAt(s, lo, j) {
			continue
		}
		label := string(buf[maxLabelRunes-n:])
		f := sc.classify(label)
		if f == fieldNone {
			if unknownLabel(label) && !crossed && (j == lo || spaceBefore(s, j)) {
				best, found = span{start: j, label: label, field: fieldUnknown}, true
			}
			continue
		}
		if crossed {
			if _, exact := sc.exact(label); !exact {
				continue
			}
		}
		best, found = span{start: j, label: label, field: f}, true
	}
	return best, found
}

// boundaryAt reports whether a label may start at s[j].
func boundaryAt(s string, lo, j int) bool {
	if j == lo {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[lo:j])
	return !isHan(r)
}

func spaceBefore(s string, j int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:j])
	return isSpace(r) || isBullet(r)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
