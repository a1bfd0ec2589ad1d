package page

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govnotice/govnotice/parse/internal/vocab"
)

// The syntax of labels, which every reader shares: how a line of text or a
// table cell splits into labels and values. It knows which words are labels
// (it asks the vocabulary) but not what a field means.

// item is one piece of a line: a label, or a value.
type item struct {
	label string      // compact label; empty for a value
	kind  vocab.Label // RoleNone for a value
	text  string      // the value's text (values only)
	off   int         // byte offset in the line
}

func (it item) isLabel() bool { return it.kind.IsLabel() }

// rowKind tells how a line was read.
type rowKind uint8

const (
	rowText      rowKind = iota // a line of text (label line or not)
	rowPipe                     // a table row: | cell | cell |
	rowSeparator                // a table rule: |---|---|
)

// analysis is what the syntax reads from one line.
type analysis struct {
	kind     rowKind
	items    []item
	bulleted bool // a bullet or number stood before the first label
}

// labels counts the labels of a line: all of them, and the vocabulary's
// (fields and known extra labels, not UI or unknown words).
func (a *analysis) labels() (all, known int) {
	for _, it := range a.items {
		if it.isLabel() {
			all++
			if it.kind.Known() {
				known++
			}
		}
	}
	return all, known
}

// uiLine reports whether the line is page UI: it starts with a UI label
// such as 访问量 or 当前位置.
func (a *analysis) uiLine() bool {
	return a.kind == rowText && len(a.items) > 0 && a.items[0].kind.Role == vocab.RoleUI
}

// syntax reads lines with one vocabulary.
type syntax struct {
	v *vocab.Vocabulary
	// brackets: the block being read writes its labels in brackets
	// (【发布单位】…), so a word of a label's shape in brackets at the
	// start of a line is a label even when the vocabulary does not know
	// it (【所属类别】地方法规).
	brackets bool
}

// isBlank reports characters that do not count at the ends of a line:
// white space, and control characters that no record keeps (a NUL byte
// before a table row does not make it a line of text).
func isBlank(r rune) bool {
	return vocab.IsSpace(r) || unicode.IsControl(r)
}

// analyse reads one line of text.
func (sx syntax) analyse(s string) analysis {
	t := strings.TrimLeftFunc(s, isBlank)
	if strings.HasPrefix(t, "|") || strings.HasPrefix(t, "｜") {
		return sx.row(s)
	}
	base := len(s) - len(t)
	_, bars := nextBar(t) // most lines hold none
	if bars > 0 && t[0] == '-' && ruleRow(t) {
		return analysis{kind: rowSeparator} // ---|---|: a rule without outer bars
	}
	if bars > 0 {
		if cell, ok := closedCell(t); ok {
			// A table flattened a cell a line: the cell is the line's text.
			t, bars = cell, 0
		} else if a, ok := sx.barredRow(s); ok {
			return a
		}
	}
	rest, bulleted := stripBullet(t)
	base += len(t) - len(rest)
	items := sx.scanLabels(rest, base)
	if bars > 0 {
		items = withoutBars(items)
	}
	a := analysis{kind: rowText, items: items}
	a.bulleted = bulleted && len(items) > 0 && items[0].isLabel()
	return a
}

// withoutBars trims from the values of a line of labels the bars of a
// table the line was (【颁布单位】 | 某政发〔2007〕号 | 【实施日期】 | |,
// where the first cell's label was no label of a row): a value of bars
// alone goes.
func withoutBars(items []item) []item {
	out := items[:0]
	for _, it := range items {
		if !it.isLabel() {
			t := strings.TrimLeftFunc(it.text, isBarOrBlank)
			it.off += len(it.text) - len(t)
			it.text = strings.TrimRightFunc(t, isBarOrBlank)
			if it.text == "" {
				continue
			}
		}
		out = append(out, it)
	}
	return out
}

func isBarOrBlank(r rune) bool { return r == '|' || r == '｜' || isBlank(r) }

// closedCell returns the text of t, a line without leading blanks, when it
// is one cell of a table and the bar that closed it (法规名称 |, then
// 某省地方税务局 | on the next line: a table flattened a cell a line).
func closedCell(t string) (string, bool) {
	i, size := nextBar(t)
	if size == 0 || strings.TrimFunc(t[i+size:], isBarOrBlank) != "" {
		return "", false // empty cells may follow (标题 | |)
	}
	cell := strings.TrimRightFunc(t[:i], isBlank)
	return cell, cell != ""
}

// cellText returns line l's text without blanks at its ends, nor the bar
// that closes it when it is one cell of a table (closedCell).
func cellText(l string) string {
	t := strings.TrimFunc(l, isBlank)
	if cell, ok := closedCell(t); ok {
		return cell
	}
	return t
}

// barredRow reads a table row written without its outer bars
// (索引号 | 0010/2020-4 | 主题分类 | 综合 ||): a line with bars whose first
// cell is a label of the vocabulary standing alone, or a label no list
// knows that its colon marks (办复类别： | B类).
func (sx syntax) barredRow(s string) (analysis, bool) {
	i, size := nextBar(s)
	if size == 0 {
		return analysis{}, false
	}
	first := strings.TrimFunc(s[:i], isBlank)
	if first == "" || len(first) > maxLabelCell {
		return analysis{}, false
	}
	first, _ = stripBullet(first)
	if !sx.v.Classify(vocab.Compact(first)).Known() && !colonLabel(first) {
		return analysis{}, false
	}
	return sx.rowOf(s, true), true
}

// colonLabel reports a cell that is a label because its colon says so:
// up to maxColonLabelRunes Chinese characters, maybe letter-spaced, and a
// colon.
func colonLabel(cell string) bool {
	label := strings.TrimRight(cell, "：:")
	if label == cell {
		return false
	}
	label = vocab.Compact(label)
	return label != "" && vocab.RuneCount(label) <= maxColonLabelRunes && vocab.IsHanString(label)
}

// maxColonLabelRunes bounds a label colonLabel reads, in characters.
const maxColonLabelRunes = 8

// stripBullet removes a bullet (•, -, *) or a list number (1. 1、 1) (1))
// from the start of s.
func stripBullet(s string) (string, bool) {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case vocab.IsBullet(r) || r == '-' || r == '*':
		return strings.TrimLeftFunc(s[size:], vocab.IsSpace), true
	case '0' <= r && r <= '9':
		i := 0
		for i < len(s) && i < 3 && '0' <= s[i] && s[i] <= '9' {
			i++
		}
		for _, sep := range []string{".", "、", ")", "）", "．"} {
			if strings.HasPrefix(s[i:], sep) {
				return strings.TrimLeftFunc(s[i+len(sep):], vocab.IsSpace), true
			}
		}
	case r == '(' || r == '（':
		j := strings.IndexAny(s[size:], ")）")
		if j > 0 && j <= 3 && isDigits(s[size:size+j]) {
			rest := s[size+j:]
			_, closeSize := utf8.DecodeRuneInString(rest)
			return strings.TrimLeftFunc(rest[closeSize:], vocab.IsSpace), true
		}
	}
	return s, false
}

// row reads a table row written as text: | cell | cell |.
func (sx syntax) row(text string) analysis { return sx.rowOf(text, false) }

// rowOf reads a table row; barred: it was written without its outer bars
// (cells).
func (sx syntax) rowOf(text string, barred bool) analysis {
	var cells []item
	for off := 0; off < len(text); {
		i, size := nextBar(text[off:])
		cell := text[off : off+i]
		cellOff := off
		off += i + size
		if trimmed := strings.TrimFunc(cell, isBlank); trimmed != "" {
			cells = append(cells, item{text: trimmed, off: cellOff + strings.Index(cell, trimmed)})
		}
	}
	return sx.cells(cells, barred)
}

// cells reads a table row from its cells, trimmed, empty ones left out or
// not. A cell that is a label starts a field; other cells are values. A
// cell holding "label: value" is read as a label line of its own, but in a
// row that starts with a label alone, where it stands beside a label
// alone: there it is that label's value, as is a cell without a colon at
// its end beside a label alone with one (| 信息名称： | 生成日期 |). A row of
// rule cells (|---|---|) is a table rule.
//
// In a row written without its outer bars (barred), bars separate pairs as
// often as cells (文章来源： | 发布日期：2006年09月07日, the source left
// empty): there a cell that starts with a label and its colon is a pair of
// its own, even beside a label alone.
func (sx syntax) cells(cells []item, barred bool) analysis {
	a := analysis{kind: rowPipe}
	rule := true
	// alternating: the row starts with a label alone, so its cells are
	// labels and their values (| 发布机构： | 来源：新华社 |), and besideLabel:
	// the cell before was a label alone.
	alternating, besideLabel, colon := false, false, false
	for k, c := range cells {
		if c.text == "" {
			besideLabel = false
			continue
		}
		if rule && !ruleCell(c.text) {
			rule = false
		}
		if alternating && besideLabel && colon && !endsWithColon(c.text) && !(barred && sx.startsWithPair(c)) {
			// | 信息名称： | 生成日期 |: beside a label and its colon, a
			// word without one is the value, even a label's word.
			a.items = append(a.items, c)
			besideLabel = false
			continue
		}
		if it, ok := sx.cellLabel(c.text, c.off); ok {
			a.items = append(a.items, it)
			alternating = alternating || k == 0
			besideLabel, colon = true, endsWithColon(c.text)
			continue
		}
		if (!(alternating && besideLabel) || barred) && mayHoldLabel(c.text) {
			if inner := sx.scanLabels(c.text, c.off); len(inner) > 0 && inner[0].isLabel() {
				a.items = append(a.items, inner...)
				continue
			}
		}
		a.items = append(a.items, c)
		besideLabel = false
	}
	if rule && len(a.items) > 0 {
		a.kind, a.items = rowSeparator, nil
	}
	return a
}

// startsWithPair reports whether cell c starts with a label of the
// vocabulary and its colon (发布日期：2006年09月07日).
func (sx syntax) startsWithPair(c item) bool {
	if !mayHoldLabel(c.text) {
		return false
	}
	items := sx.scanLabels(c.text, c.off)
	return len(items) > 1 && items[0].isLabel() && items[0].kind.Known() && strings.ContainsAny(c.text, ":：")
}

// cellLabel reads a cell (trimmed) that is a label alone: a label of the
// vocabulary, or a word of a label's shape followed by a colon.
func (sx syntax) cellLabel(cell string, off int) (item, bool) {
	if len(cell) > maxLabelCell {
		return item{}, false
	}
	compact := vocab.Compact(cell)
	l := sx.v.Classify(compact)
	if !l.IsLabel() && endsWithColon(cell) && vocab.Shaped(compact) {
		l = vocab.Label{Role: vocab.RoleUnknown}
	}
	if !l.IsLabel() {
		return item{}, false
	}
	return item{label: compact, kind: l, off: off}, true
}

// nextBar returns the index and size of the first bar (| or ｜) in s, or
// len(s) and 0.
func nextBar(s string) (int, int) {
	// Two searches of the whole line at the speed of memchr beat one loop
	// over its bytes: most lines hold no bar at all.
	i := strings.IndexByte(s, '|')
	head := s
	if i >= 0 {
		head = s[:i]
	}
	if j := strings.Index(head, "｜"); j >= 0 {
		return j, len("｜")
	}
	if i >= 0 {
		return i, 1
	}
	return len(s), 0
}

// maxLabelCell is the longest cell, in bytes, that may be a label alone: a
// label of vocab.MaxRunes with some spaces and a colon.
const maxLabelCell = 96

// ruleRow reports whether s is a table's rule written without its outer
// bars: cells of dashes between bars (---|---|---|).
func ruleRow(s string) bool {
	cells := 0
	for c := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '|' || r == '｜' }) {
		if !ruleCell(c) {
			return false
		}
		if strings.TrimSpace(c) != "" {
			cells++
		}
	}
	return cells > 0
}

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
	return vocab.IsColon(r)
}

// span is a label found in a line of text: bytes [start, end) hold the label
// and its colon.
type span struct {
	start, end int
	label      string
	kind       vocab.Label
}

// scanLabels cuts a line of text into labels and values. base is added to
// every offset. Labels are found three ways: a bracketed word ([ 索引号 ]),
// a word before a colon (索 引 号：, also run together with the value before
// it: 01:51:51信息来源:), and, on a line with neither, labels without colon
// separated by white space (成文日期 2011-09-01 有效性).
func (sx syntax) scanLabels(s string, base int) []item {
	var buf [4]span // most lines hold few labels: no allocation for them
	spans := buf[:0]
	lo := 0 // labels may not start before the end of the previous one
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '[' || r == '【' || r == '［':
			if sp, ok := sx.bracketLabel(s, i); ok {
				spans = append(spans, sp)
				i, lo = sp.end, sp.end
				continue
			}
		case vocab.IsColon(r):
			if r == ':' && strings.HasPrefix(s[i+1:], "//") {
				// http://…: a web address, whose colon is no label's. Its
				// text is no label either.
				i += vocab.URLLen(s[i:])
				lo = i
				continue
			}
			if sp, ok := sx.labelBefore(s, lo, i); ok {
				sp.end = i + size
				spans = append(spans, sp)
				lo = sp.end
			}
		}
		i += size
	}
	if len(spans) > 0 {
		spans = headlineValue(s, sx.innerLabels(s, spans))
	}
	if len(spans) == 0 {
		spans = sx.bareLabels(s)
	}
	if len(spans) == 0 {
		spans = sx.gluedLabel(s)
	}
	if len(spans) == 0 {
		spans = sx.trailingLabel(s)
	}
	if len(spans) == 0 {
		if t := strings.TrimFunc(s, isBlank); t != "" {
			return []item{{text: t, off: base + strings.Index(s, t)}}
		}
		return nil
	}
	items := make([]item, 0, 2*len(spans)+1)
	prev := 0
	for _, sp := range spans {
		items = appendValue(items, s, prev, sp.start, base)
		items = append(items, item{label: sp.label, kind: sp.kind, off: base + sp.start})
		prev = sp.end
	}
	return appendValue(items, s, prev, len(s), base)
}

// headlineValue drops from spans a word no list knows that a title's label
// has right before it: the place that heads a news headline (名称：某县某镇：
// 荣誉铸墙 铭刻峥嵘岁月), which the title's value starts with.
func headlineValue(s string, spans []span) []span {
	for k := 1; k < len(spans); k++ {
		prev, sp := spans[k-1], spans[k]
		if sp.kind.Role != vocab.RoleUnknown || prev.kind.Role != vocab.RoleField || prev.kind.Field != vocab.Title ||
			strings.TrimFunc(s[prev.end:sp.start], isBlank) != "" {
			continue
		}
		spans = slices.Delete(spans, k, k+1)
		k--
	}
	return spans
}

// appendValue appends s[from:to] as a value item unless it is blank, or
// only the brackets of labels around an empty value (【来源：】, or 【来源：
// where the next label's bracket opens: 【来源：【时间：…).
func appendValue(items []item, s string, from, to, base int) []item {
	v := s[from:to]
	t := strings.TrimFunc(v, isBlank)
	if strings.Trim(t, "【】[]［］") == "" {
		return items
	}
	return append(items, item{text: t, off: base + from + strings.Index(v, t)})
}

// bracketLabel reads a label in brackets starting at s[i]: [ 索引号 ] or
// 【发文机构】, with an optional colon after it.
func (sx syntax) bracketLabel(s string, i int) (span, bool) {
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
	compact := vocab.Compact(rest[:j])
	l := sx.v.Classify(compact)
	if l.Role == vocab.RoleUI {
		_, closeSize := utf8.DecodeRuneInString(rest[j:])
		if vocab.EndsInGenre(strings.TrimFunc(s[i+open+j+closeSize:], isBlank)) {
			return span{}, false // 【政策解读】关于…的通知: a site's tag on a title
		}
	}
	if !l.IsLabel() {
		_, closeSize := utf8.DecodeRuneInString(rest[j:])
		value := strings.TrimFunc(s[i+open+j+closeSize:], isBlank)
		if !sx.brackets || strings.TrimLeftFunc(s[:i], isBlank) != "" || !vocab.Shaped(compact) ||
			vocab.EndsInGenre(value) || isProse(value) {
			// A title with a site's tag (【政策解读】关于…的通知) is no
			// pair, even under a block of labels in brackets, and
			// neither is a paragraph with one (【图文】会上，…。).
			return span{}, false
		}
		l = vocab.Label{Role: vocab.RoleUnknown}
	}
	_, closeSize := utf8.DecodeRuneInString(rest[j:])
	end := i + open + j + closeSize
	// Take a colon that follows the bracket.
	after := strings.TrimLeftFunc(s[end:], vocab.IsSpace)
	if r, size := utf8.DecodeRuneInString(after); vocab.IsColon(r) {
		end = len(s) - len(after) + size
	}
	return span{start: i, end: end, label: compact, kind: l}, true
}

// minGluedRunes is the shortest label found run together with a value
// before it or after it: two characters (时间, 日期) are too often words.
const minGluedRunes = 3

// maxLabelSpaces bounds the white space runes inside one label (文      号).
const maxLabelSpaces = 16

// labelBefore finds the label that ends at s[colon], starting at or after lo.
// It walks back at most vocab.MaxRunes non-space runes. A candidate must
// start at a boundary (lo, white space, or a rune that is not Han, so that a
// label run together with a time value is found); of the candidates, the
// longest one wins, and a candidate with white space inside must be a label
// of the vocabulary as it stands (组 配 分 类), so that a value word and a
// label are never read as one qualified label (通知 发布机构).
func (sx syntax) labelBefore(s string, lo, colon int) (span, bool) {
	n, spaces := 0, 0
	crossed := false // white space seen between label runes
	end := -1        // the end of the label's last rune
	best := span{}
	found, glued, gluedRunes := false, false, 0
	mayKnow := false // a label of the lists may end where this one does
	j := colon
	for j > lo {
		r, size := utf8.DecodeLastRuneInString(s[lo:j])
		if vocab.IsSpace(r) {
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
		if n == vocab.MaxRunes || vocab.IsColon(r) || r == '|' || r == '｜' {
			break
		}
		if end < 0 {
			end = j
			mayKnow = sx.v.MayEnd(r)
		}
		n++
		j -= size
		// The label is the text itself, unless spaces stand inside it
		// (索 引 号): most labels, then, cost no allocation.
		label := s[j:end]
		if crossed {
			if !mayKnow && !strings.ContainsAny(label, "/／\\、") {
				continue // spaced words no list knows, and no unknown label
			}
			label = vocab.Compact(label)
		}
		if !boundaryAt(s, lo, j) {
			// A label run together with the value before it
			// (辽宁省人民政府效力级别：) is one of the vocabulary as it
			// stands, of three characters or more, or letter-spaced
			// (企业所得税文 号：), which no value is.
			if l, ok := sx.v.Exact(label); ok && (n >= minGluedRunes && !crossed || crossed && letterSpacedRun(s[j:end])) &&
				(l.Role != vocab.RoleUI || n >= minGluedUIRunes || counterLabel(label)) {
				best, found, glued, gluedRunes = span{start: j, label: label, kind: l}, true, true, n
			}
			continue
		}
		if glued {
			// A label of the vocabulary was found run together with
			// the text before it: more than a short qualifier before it
			// (公文生成日期) is a value (修正案制定机关, 现行有效发布文号),
			// not the start of a longer label that only looks like one
			// by its ending.
			if l, ok := sx.v.Exact(label); ok && !crossed {
				best = span{start: j, label: label, kind: l}
			} else if l := sx.v.Classify(label); l.IsLabel() && !crossed && n-gluedRunes <= maxQualifierRunes &&
				!strings.ContainsAny(label[:len(label)-len(best.label)], "号日") {
				// …第2号颁发日期：: 号 and 日 end a value (a 文号, a
				// date), never a qualifier.
				best = span{start: j, label: label, kind: l}
			}
			continue
		}
		l := sx.v.Classify(label)
		if !l.IsLabel() {
			if vocab.Shaped(label) && !crossed && (j == lo || spaceBefore(s, j)) {
				best, found = span{start: j, label: label, kind: vocab.Label{Role: vocab.RoleUnknown}}, true
			}
			continue
		}
		if crossed {
			if _, exact := sx.v.Exact(label); !exact {
				continue
			}
		}
		best, found = span{start: j, label: label, kind: l}, true
	}
	if !found {
		if start, label, ok := letterSpaced(s, lo, colon); ok {
			return span{start: start, label: label, kind: vocab.Label{Role: vocab.RoleUnknown}}, true
		}
	}
	if found && best.kind.Role == vocab.RoleUnknown && lo > 0 && strings.TrimFunc(s[lo:best.start], vocab.IsSpace) == "" {
		// The label before left no value but this one: its value may
		// have run into a date's or a source's label.
		if sp, ok := sx.gluedPageLabel(s, best, colon); ok {
			return sp, true
		}
	}
	return best, found
}

// letterSpacedRun reports whether s is Chinese characters one a word, two
// or more of them (文 号, 索 引 号): a label spaced to its column.
func letterSpacedRun(s string) bool {
	words := 0
	for w := range strings.FieldsFuncSeq(s, vocab.IsSpace) {
		if utf8.RuneCountInString(w) != 1 || !vocab.IsHan([]rune(w)[0]) {
			return false
		}
		words++
	}
	return words >= 2
}

// gluedPageLabel reads a date's label of two characters run together with
// the value of the pair before it on the line (来源：某县文化馆时间：2023-10-27),
// which labelBefore took for one unknown label: only a date may follow it,
// and the value before it keeps two characters at least. So is a source's
// (作者：佚名来源：县人社局), whose value is text.
func (sx syntax) gluedPageLabel(s string, best span, colon int) (span, bool) {
	rest := strings.TrimLeftFunc(s[colon:], func(r rune) bool { return vocab.IsColon(r) || vocab.IsSpace(r) })
	if rest == "" {
		return span{}, false
	}
	// 来源：某局作者：某某, the source run into a credit's label.
	words := []string{"来源", "作者", "编辑", "责编"}
	if '0' <= rest[0] && rest[0] <= '9' {
		words = []string{"时间", "日期", "来源"}
	}
	end := best.start + len(best.label) // an unknown label has no space inside
	for _, w := range words {
		if strings.HasSuffix(best.label, w) && utf8.RuneCountInString(best.label) >= 2+2 && s[end-len(w):end] == w {
			if l, ok := sx.v.Exact(w); ok {
				return span{start: end - len(w), label: w, kind: l}, true
			}
		}
	}
	return span{}, false
}

// letterSpaced reads a label no list knows, letter-spaced to the width of
// its column (地   区：, 关 键 字：), that is all of s[lo:colon]: Chinese
// characters one a word, two to eight of them. Words of more characters
// are text (各乡镇 县直各单位：), not a label.
func letterSpaced(s string, lo, colon int) (int, string, bool) {
	t := strings.TrimLeftFunc(s[lo:colon], vocab.IsSpace)
	// Most colons end a sentence's clause: told by the second rune, no
	// space, before anything is built.
	han, prevHan := 0, false
	for _, r := range t {
		switch {
		case vocab.IsSpace(r):
			prevHan = false
		case vocab.IsHan(r) && !prevHan && han < 8:
			han++
			prevHan = true
		default:
			return 0, "", false
		}
	}
	if han < 2 {
		return 0, "", false
	}
	return colon - len(t), vocab.Compact(t), true
}

// minGluedUIRunes is the shortest page-UI label found run together with
// the value before it (某市人民政府阅读次数：): shorter UI words (字号, 打印)
// end too many values, but for a counter's (访问量, 浏览量).
const minGluedUIRunes = 4

// counterLabel reports the label of a page's counter of visits: …量.
func counterLabel(label string) bool { return strings.HasSuffix(label, "量") }

// maxQualifierRunes bounds the qualifier before a label run together with
// the text before it (公文 in 公文生成日期).
const maxQualifierRunes = 2

// boundaryAt reports whether a label may start at s[j]: at lo, or after a
// character that is not Han, or after the 日 that ends a date
// (2017年06月28日来源：).
func boundaryAt(s string, lo, j int) bool {
	if j == lo {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[lo:j])
	return !vocab.IsHan(r) || r == '日' && endsInDate(s[lo:j])
}

// endsInDate reports whether s ends in a date written with 年, 月 and 日.
func endsInDate(s string) bool {
	i := strings.LastIndex(s, "年")
	return i >= 0 && strings.Contains(s[i:], "月") && len(s)-i <= len("年12月31日")
}

func spaceBefore(s string, j int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:j])
	return vocab.IsSpace(r) || vocab.IsBullet(r)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// bareLabels reads labels without colon on a line that starts with one:
// "发文日期", "文      号", "成文日期 2011-09-01 有效性". The first label may
// be any label of the vocabulary; later ones must be vocabulary labels as
// they stand, so that value words are not taken for qualified labels.
func (sx syntax) bareLabels(s string) []span {
	toks := tokens{s: s}
	first, ok := sx.labelTokens(&toks, true)
	if !ok {
		return nil
	}
	spans := []span{first}
	for !toks.done() {
		if sp, ok := sx.labelTokens(&toks, false); ok {
			if prev := spans[len(spans)-1]; sp.kind.Role == vocab.RoleUI && prev.kind.Role == vocab.RoleField &&
				strings.TrimFunc(s[prev.end:sp.start], isBlank) == "" {
				// 组配分类 政策解读: a widget's word right after a field's
				// label, on a line without colons, is that field's value.
				continue
			}
			spans = append(spans, sp)
			continue
		}
		toks.next()
	}
	return spans
}

// minInnerLabelRunes is the shortest label found without colon inside the
// value of a label with one: shorter words (文号, 备注) are too often the
// value's own.
const minInnerLabelRunes = 3

// innerLabels adds to the labels found by their colons those that stand
// without colon after a value, between spaces (有效性：有效 发文字号 -, 索引号：
// 123456789/2020-00001 公开分类): a label at the end of a line that holds
// other pairs, or one whose value the layout left without colon. Only a
// label of the vocabulary as it stands counts, after a first word of value.
// So does the line's first word when a value follows it before the first
// label with a colon (文号 某政函〔2018〕60号 公开日期：…): a row of a table
// whose label cells had no colon, and whose value cells sometimes did.
func (sx syntax) innerLabels(s string, spans []span) []span {
	var out []span
	if lead, ok := sx.leadLabel(s[:spans[0].start]); ok {
		out = append(out, lead)
	}
	for k, sp := range spans {
		out = append(out, sp)
		end := len(s)
		if k+1 < len(spans) {
			end = spans[k+1].start
		}
		toks := tokens{s: s[:end], pos: sp.end}
		words := 0
		for !toks.done() {
			start, stop := toks.next()
			tok := s[start:stop]
			words++
			if words == 1 || vocab.RuneCount(tok) < minInnerLabelRunes {
				continue
			}
			if l, ok := sx.v.Exact(tok); ok && l.Role != vocab.RoleUI {
				out = append(out, span{start: start, end: stop, label: tok, kind: l})
				words = 0
			}
		}
	}
	return out
}

// leadLabel reads a label of the vocabulary as it stands that is the first
// word of s, followed by a word of value, or alone when it names a field.
func (sx syntax) leadLabel(s string) (span, bool) {
	toks := tokens{s: s}
	if toks.done() {
		return span{}, false
	}
	start, stop := toks.next()
	tok := s[start:stop]
	if vocab.RuneCount(tok) < 2 {
		return span{}, false
	}
	l, ok := sx.v.Exact(tok)
	if !ok || l.Role == vocab.RoleUI || toks.done() && l.Role != vocab.RoleField {
		// A field's label alone before the line's next label is one
		// whose value the page left empty (文号 成文日期：2023年09月15日).
		return span{}, false
	}
	return span{start: start, end: stop, label: tok, kind: l}, true
}

// tokens walks the runs of non-space runes of s.
type tokens struct {
	s   string
	pos int
}

func (t *tokens) done() bool {
	return strings.TrimLeftFunc(t.s[t.pos:], vocab.IsSpace) == ""
}

// peek returns the next token without consuming it.
func (t *tokens) peek() (start, end int) {
	i := t.pos
	for i < len(t.s) {
		r, size := utf8.DecodeRuneInString(t.s[i:])
		if !vocab.IsSpace(r) {
			break
		}
		i += size
	}
	start = i
	for i < len(t.s) {
		r, size := utf8.DecodeRuneInString(t.s[i:])
		if vocab.IsSpace(r) {
			break
		}
		i += size
	}
	return start, i
}

func (t *tokens) next() (start, end int) {
	start, end = t.peek()
	t.pos = end
	return start, end
}

// maxSpacedRunes bounds a letter-spaced label (索 引 号, 上 载 日 期).
const maxSpacedRunes = 8

// labelTokens matches a label at the next token: the token itself, or a run
// of one-rune tokens of a letter-spaced label (发 布 机 构). It consumes the
// tokens only when they are a label. Letter spacing is a label's mark, so
// after the first label a spaced word the vocabulary does not know is an
// unknown label when a value follows it (上 载 日 期 2019-12-02).
// labelRunIntoValue reads a field's label of four characters or more at the
// start of tok, run into a value of at most maxRunIntoValue characters:
// the label's length in bytes and its kind.
func (sx syntax) labelRunIntoValue(tok string) (int, vocab.Label, bool) {
	n := vocab.RuneCount(tok)
	if n < minRunIntoLabel+1 || n > vocab.MaxRunes+maxRunIntoValue {
		return 0, vocab.Label{}, false
	}
	end := len(tok)
	for k := n; k > 0; k-- {
		_, size := utf8.DecodeLastRuneInString(tok[:end])
		end -= size
		if k-1 < minRunIntoLabel {
			break
		}
		if n-(k-1) > maxRunIntoValue {
			continue
		}
		if l, ok := sx.v.Exact(tok[:end]); ok && l.Role == vocab.RoleField {
			return end, l, true
		}
	}
	return 0, vocab.Label{}, false
}

// Bounds of labelRunIntoValue, in characters.
const (
	minRunIntoLabel = 4
	maxRunIntoValue = 6
)

func (sx syntax) labelTokens(t *tokens, first bool) (span, bool) {
	save := t.pos
	start, end := t.next()
	tok := t.s[start:end]
	if l, ok := sx.v.Exact(tok); ok {
		return span{start: start, end: end, label: tok, kind: l}, true
	}
	if first && vocab.RuneCount(tok) <= vocab.MaxRunes+4 {
		if l := sx.v.Classify(tok); l.IsLabel() {
			return span{start: start, end: end, label: tok, kind: l}, true
		}
	}
	if !first {
		if n, l, ok := sx.labelRunIntoValue(tok); ok {
			// 废止日期有效: a field's label run into its short value on
			// a line of labels without colons.
			t.pos = start + n
			return span{start: start, end: start + n, label: tok[:n], kind: l}, true
		}
	}
	if r, size := utf8.DecodeRuneInString(tok); size == len(tok) && vocab.IsHan(r) {
		joined := tok
		best, bestPos := span{}, -1
		for n := 1; n < maxSpacedRunes && !t.done(); n++ {
			s, e := t.next()
			r, size := utf8.DecodeRuneInString(t.s[s:e])
			if size != e-s || !vocab.IsHan(r) {
				t.pos = s // not part of the run
				break
			}
			joined += t.s[s:e]
			if l, ok := sx.v.Exact(joined); ok {
				best, bestPos = span{start: start, end: e, label: joined, kind: l}, t.pos
			}
		}
		if bestPos >= 0 {
			t.pos = bestPos
			return best, true
		}
		if !first && joined != tok && !t.done() {
			return span{start: start, end: t.pos, label: joined, kind: vocab.Label{Role: vocab.RoleUnknown}}, true
		}
	}
	t.pos = save
	return span{}, false
}

// minTrailingLabelRunes is the shortest label found run together with the
// end of a value: 发文机关, 成文日期, 发布机构.
const minTrailingLabelRunes = 4

// trailingLabel reads a line that ends in a label of the vocabulary run
// together with the value before it, without colon (…的通知发文机关), as a
// table flattened to one cell a line leaves the next row's label: the
// label's value is on the next line. The line holds no sentence.
func (sx syntax) trailingLabel(s string) []span {
	t := strings.TrimRightFunc(s, isBlank)
	if len(t) > utf8.UTFMax*maxTitleLine || vocab.RuneCount(t) > maxTitleLine ||
		strings.ContainsFunc(t, func(r rune) bool { return isSentencePunct(r) || r == '：' || r == ':' }) {
		return nil
	}
	best := span{}
	n := 0
	for i := len(t); i > 0 && n < vocab.MaxRunes; {
		_, size := utf8.DecodeLastRuneInString(t[:i])
		i -= size
		n++
		if n < minTrailingLabelRunes {
			continue
		}
		if l, ok := sx.v.Exact(t[i:]); ok && l.Role == vocab.RoleField {
			best = span{start: i, end: len(t), label: t[i:], kind: l}
		}
	}
	if best.label == "" || strings.TrimFunc(s[:best.start], isBlank) == "" {
		return nil
	}
	if r, _ := utf8.DecodeLastRuneInString(s[:best.start]); isBlank(r) {
		return nil // a value, a space and a label: bareLabels' case
	}
	return []span{best}
}

// isSentencePunct reports the marks of a sentence that no label line with
// a label run into its value holds: 。，；！？.
func isSentencePunct(r rune) bool {
	switch r {
	case '。', '，', '；', '！', '？':
		return true
	}
	return false
}

// maxTitleLine bounds a line that trailingLabel reads, in characters: a
// title and a label.
const maxTitleLine = 120

// maxGluedLine bounds a line whose label runs together with its value, in
// characters: a short line of a data sheet, not a sentence.
const maxGluedLine = 60

// gluedLabel reads a line that starts with a label of the vocabulary run
// together with its value, without colon or space (发文机关中共安徽省交通运输厅,
// 时效性现行有效), as some data sheets print them: the label is one of
// three characters or more, as it stands, and the line is short and holds
// no sentence.
func (sx syntax) gluedLabel(s string) []span {
	t := strings.TrimLeftFunc(s, isBlank)
	if len(t) > utf8.UTFMax*maxGluedLine || vocab.RuneCount(t) > maxGluedLine || strings.ContainsFunc(t, isSentencePunct) {
		return nil
	}
	start := len(s) - len(t)
	best := span{}
	n := 0
	spaced := false // spaces stand between the label's characters (标  题)
	var last rune   // the character before t[i]
	for i, r := range t {
		if n > vocab.MaxRunes {
			break
		}
		if vocab.IsSpace(r) {
			spaced = n > 0
			continue
		}
		// A label of two characters run into its value counts only
		// letter-spaced, as templates align short labels (标  题关于…).
		if (n >= minGluedRunes || spaced && n >= 2) && sx.v.MayEnd(last) {
			label := t[:i]
			if spaced {
				label = vocab.Compact(label)
			}
			if l, ok := sx.v.Exact(label); ok && l.Role != vocab.RoleUI {
				best = span{start: start, end: start + i, label: label, kind: l}
			}
		}
		n++
		last = r
	}
	if best.label == "" || best.end == len(s) {
		return nil
	}
	if r, _ := utf8.DecodeRuneInString(s[best.end:]); isBlank(r) {
		return nil // a label and a space: bareLabels' case
	}
	return []span{best}
}
