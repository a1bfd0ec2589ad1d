package page

import (
	"strings"

	"github.com/govnotice/govnotice/parse/internal/vocab"
)

// A block is a run of rows that hold labels: a metadata table, a run of
// label lines, a list. Rows are added in order; block turns their items into
// pairs by the rules every layout shares:
//
//   - in a row, a label starts a field, and the values after it, up to the
//     next label, are its value (so that a row whose empty cells were
//     dropped, | 文 号: | 关 键 词: | 全体会议 |, gives 文号 no value);
//   - values before the first label of a row complete the label left
//     waiting (a label alone on its row), or else the last pair of a text
//     line (a value wrapped onto the next line);
//   - a label alone on a row of text waits for its value on the next row,
//     unless the block has already shown that its values stand beside
//     their labels and never under them, and does not print a label again.
type block struct {
	pairs    []Pair
	known    int  // labels of the vocabulary
	ui       int  // labels of page UI
	unknown  int  // words a label's form marks that the vocabulary does not know
	rows     int  // rows holding labels
	pending  int  // index of a label alone on its row, waiting for a value; -1 for none
	sameLine bool // a value stood beside its label
	// under: a label took its value from the row under it, so a block
	// whose values stand beside their labels too writes some under them
	// (作者： / 某网 / 分类：某类 / 发布时间： / 2022-04-17)
	under bool
}

func newBlock() *block { return &block{pending: -1} }

// hasValueBeside reports whether a label of the row has its value after it
// on the row.
func hasValueBeside(items []item) bool {
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

// add adds the pairs of one row that holds labels. pos turns an offset of
// the row's items into a position. It reports whether the row left a label
// waiting for its value.
func (b *block) add(a analysis, pos func(off int) Pos) bool {
	items := a.items
	if b.pending < 0 && a.kind == rowText && len(items) > 1 && items[1].isLabel() &&
		(pageInfoLabel(items[1].kind) || vocab.Credit(items[1].label) || items[1].kind.Role == vocab.RoleField) &&
		(len(b.pairs) == 0 || b.pairs[len(b.pairs)-1].Value != "") {
		// 2022-05-07 00:00　来源：…: a page's info line gives its date
		// without a label, before the source, a counter, the editor's
		// credit or the column (分类：…), unless a label with no value
		// above takes it; the copy's address may stand before it, a bar
		// or the page's count of views after it.
		v, off := leadingDate(items[0].text)
		if pageDate(v) {
			b.pairs = append(b.pairs, Pair{Kind: vocab.Of(vocab.Published), Value: v,
				At: pos(items[0].off + off), ValueAt: pos(items[0].off + off)})
			items = items[1:]
		}
	}
	completed := false // the row's first values completed a waiting label
	if b.pending < 0 && a.kind == rowText && len(items) > 1 && !items[0].isLabel() && items[1].isLabel() {
		if f, ok := valueShape(items[0].text); ok && f == vocab.DocNumber {
			// 某政发〔2020〕9号    签发人：张三: a 文号 without its
			// label before the line's labels is a value of its own, not
			// the rest of the pair above.
			b.pairs = append(b.pairs, Pair{Kind: vocab.Of(f), Value: items[0].text, At: pos(items[0].off), ValueAt: pos(items[0].off)})
			b.known++ // a field's value, as a label's is
			items = items[1:]
		}
	}
	for len(items) > 0 && !items[0].isLabel() {
		target := b.pending
		completed = target >= 0
		if target < 0 && a.kind == rowText {
			target = len(b.pairs) - 1
		}
		if target >= 0 {
			b.setValue(target, items[0].text, pos(items[0].off))
		} else if t := strings.TrimFunc(items[0].text, vocab.IsSpace); a.kind == rowText && len(items) > 1 &&
			!strings.ContainsFunc(t, isSentencePunct) && !strings.ContainsAny(t, "【】[]:：") && vocab.EndsInGenre(t) {
			// 某村致村民的公开信 发布日期：… 信息来源：…: the title, then the
			// page's strip on its line.
			b.pairs = append(b.pairs, Pair{Kind: vocab.Of(vocab.Title), Value: t, At: pos(items[0].off), ValueAt: pos(items[0].off)})
		}
		items = items[1:]
	}
	b.pending = -1
	b.rows++
	labels := 0
	for i := 0; i < len(items); i++ {
		it := items[i]
		labels++
		p := Pair{Label: it.label, Kind: it.kind, At: pos(it.off), ValueAt: NoPos}
		// The value is every value item up to the next label (the cells of
		// a row after a label cell), joined once: a row of a million cells
		// must not be concatenated cell by cell.
		j := i + 1
		for j < len(items) && !items[j].isLabel() {
			j++
		}
		if j > i+1 {
			p.Value, p.ValueAt = joinValues(items[i+1:j]), pos(items[i+1].off)
		}
		if j > i+2 && a.kind == rowPipe {
			p.Cells = make([]Cell, 0, j-i-1)
			for _, v := range items[i+1 : j] {
				p.Cells = append(p.Cells, Cell{Text: v.text, At: pos(v.off)})
			}
		}
		i = j - 1
		switch {
		case it.kind.Known():
			b.known++
		case it.kind.Role == vocab.RoleUI:
			b.ui++
		case it.kind.Role == vocab.RoleUnknown:
			b.unknown++
		}
		b.pairs = append(b.pairs, p)
	}
	// A label alone on its row waits; so does one that ends a row whose
	// values completed the label before it (标题 / …的通知发文机关 /
	// 某县人民政府办公室: a table flattened a cell a line). In a block
	// whose values stood beside their labels, only a label that is a
	// list's item waits (the block again as a list, • 索引号 / • …).
	if a.kind == rowText && labels == 1 && len(items) == 1 && (len(a.items) == 1 || completed) &&
		(!b.sameLine || a.bulleted || b.under || b.printedAgain()) {
		b.pending = len(b.pairs) - 1
	}
	b.sameLine = b.sameLine || hasValueBeside(a.items)
	return b.pending >= 0
}

// printedAgain reports whether the last pair's label is one the block has
// already given: the block printed again, its labels now alone on their
// lines over their values (文号：某字〔2021〕1号 / 文号 / 某字〔2021〕1号).
func (b *block) printedAgain() bool {
	last := b.pairs[len(b.pairs)-1]
	for _, p := range b.pairs[:len(b.pairs)-1] {
		if p.Label == last.Label {
			return true
		}
	}
	return false
}

// setValue gives pair k the value v at p, or adds v to the value it has.
func (b *block) setValue(k int, v string, p Pos) {
	pr := &b.pairs[k]
	if pr.Value == "" {
		pr.Value, pr.ValueAt = v, p
		return
	}
	pr.Value += " " + v
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

// pageInfoLabel reports the labels of a page's info line: the source, the
// date, page UI.
func pageInfoLabel(k vocab.Label) bool {
	return k.Role == vocab.RoleUI || k.Role == vocab.RoleField && (k.Field == vocab.Source || k.Field == vocab.Published)
}

// leadingDate returns the text of an info line before its first label
// without the copy's address or the column's name before it (http://某站
// 2024-01-29 11:03, 房地产信贷 2023-07-11) or the bar after it (2021-8-3
// 12:14|), and the offset where that starts.
func leadingDate(v string) (string, int) {
	t := vocab.CutURL(v)
	if i := strings.IndexFunc(t, vocab.IsSpace); i > 0 && columnWord(t[:i]) {
		// 房地产信贷 2023-07-11 10:09:56: the column's name before the date.
		if rest := strings.TrimLeftFunc(t[i:], vocab.IsSpace); rest != "" && asciiDigit(rune(rest[0])) {
			t = rest
		}
	}
	off := len(v) - len(t)
	t = strings.TrimRightFunc(t, func(r rune) bool { return r == '|' || r == '｜' || vocab.IsSpace(r) })
	if i := strings.LastIndexFunc(t, vocab.IsSpace); i > 0 && viewCount(t[i:]) {
		t = strings.TrimRightFunc(t[:i], vocab.IsSpace) // 2015-07-22 123次浏览
	}
	return t, off
}

// columnWord reports a column's name: two to ten Chinese characters and
// nothing else.
func columnWord(s string) bool {
	n := vocab.RuneCount(s)
	return n >= 2 && n <= maxColumnName && vocab.IsHanString(s)
}

// maxColumnName bounds a column's name, in characters.
const maxColumnName = 10

// viewCount reports a page's count of its views written as a word (123次浏览,
// 浏览123次, 阅读 56, or 次浏览 where a copy lost the number), not as a label.
func viewCount(s string) bool {
	word := strings.Map(func(r rune) rune {
		if asciiDigit(r) || vocab.IsSpace(r) || strings.ContainsRune("次量数:：", r) {
			return -1
		}
		return r
	}, s)
	return word == "浏览" || word == "阅读" || word == "点击" || word == "访问"
}

func asciiDigit(r rune) bool { return '0' <= r && r <= '9' }

// pageDate reports whether v is a whole date, maybe with a time: digits
// with separators (2022-05-07 00:00) or a date in 年月日.
func pageDate(v string) bool {
	if !dateLike(v) {
		return false
	}
	digits := 0
	for _, r := range v {
		if '0' <= r && r <= '9' {
			digits++
		}
	}
	return digits >= minDateDigits || strings.Contains(v, "年") && strings.Contains(v, "月")
}

// minDateDigits is the fewest digits of a numeric date (2022-5-7).
const minDateDigits = 6
