package page

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/vocab"
	"github.com/govnotice/govnotice/variant/space"
)

// The text reader: a page as scraped text, one line a row or paragraph.
//
// The metadata block is the first block of lines holding labels of the
// vocabulary, before the first sentence of prose: pipe rows (with or
// without their outer bars, cells shifted where a value was dropped), label
// lines (one or several pairs a line; full-width, ASCII or no colon;
// bullets, numbers, brackets, letter-spaced labels), a label and its value
// on alternating lines, bullet lists whose values stand indented under their
// labels. The lines above the block are Above (page chrome and, on some
// pages, the title); the lines after it are the article. A block that is one
// line of labels (时间：… 点击次数：…), or lines that name only the source and
// the date beside page UI, is a news template's meta strip under the title:
// the lines above it are article too.

// ReadText reads a text page. text is its canonical text with lines and
// indentation kept; raw is the decoded text before the other canonical
// steps, line for line.
func ReadText(text, raw string, v *vocab.Vocabulary) *Page {
	r := textReader{syntax: syntax{v: v}, text: text}
	p := &Page{Text: text, Raw: raw, Layout: notice.LayoutNone}
	h, rest := r.findHeader()
	if h == nil {
		p.Paras, p.Problems = r.readBody(cursor{text: text}, len(text), nil, false)
		p.Paras = cutFooter(cutForm(cutMenu(cutTopFooter(p.Paras))))
		p.Pairs, p.Paras = valueList(p.Paras)
		var after []Pair
		if after, p.Paras = r.headerAfter(p.Paras); len(after) > 0 {
			p.Pairs, p.Layout = append(p.Pairs, after...), notice.LayoutLabelLines
		}
		return p
	}
	p.Layout = h.pageLayout()
	p.Pairs = h.pairs
	if h.metaLine() {
		// The lines above a one-line meta strip hold the article's title:
		// they are article, but for the chrome among them.
		p.Paras, p.Problems = r.readBody(cursor{text: text}, h.start, nil, false)
		var values []Pair
		values, p.Paras = valueList(cutMenu(cutTopFooter(p.Paras)))
		p.Pairs = append(values, p.Pairs...)
	} else {
		p.Above, p.Problems = r.readBody(cursor{text: text}, h.start, nil, false)
		p.Above = cutMenu(cutTopFooter(p.Above))
	}
	body, problems := r.readBody(rest, len(text), p.Problems, uiLineBefore(text, rest.pos))
	p.Paras, p.Problems = cutFooter(cutForm(append(p.Paras, body...))), problems
	var after []Pair
	if after, p.Paras = r.headerAfter(p.Paras); len(after) > 0 {
		p.Pairs = append(p.Pairs, after...)
	}
	return p
}

// headerAfter reads the page's metadata printed under the article instead
// of over it (名  称：… / 主题分类：… / 发布日期：… / 发布机构：…, then the
// footer): the last paragraphs, when minHeaderAfter or more are lines of
// labels the vocabulary knows, among them a field's that no page line
// gives (a title, a topic, an index number), under the article's text. It
// returns their pairs, which come after the header's, and the paragraphs
// without them.
func (r *textReader) headerAfter(paras []Para) ([]Pair, []Para) {
	k := len(paras)
	var rows []analysis // the lines' analyses, last first
	for k > 0 && len(rows) < maxHeaderAfter {
		a := r.analyse(paras[k-1].Text)
		if _, known := a.labels(); a.kind != rowText || len(a.items) == 0 || !a.items[0].isLabel() || known == 0 {
			break
		}
		rows = append(rows, a)
		k--
	}
	if len(rows) < minHeaderAfter || k == 0 || !slices.ContainsFunc(paras[:k], func(p Para) bool { return isProse(p.Text) }) {
		return nil, paras
	}
	b := newBlock()
	for i, p := range paras[k:] {
		at := p.At
		b.add(rows[len(rows)-1-i], func(off int) Pos { return Pos{Line: at.Line, Off: at.Off + off} })
	}
	header := false // a field no page line gives
	for _, pr := range b.pairs {
		switch {
		case pr.Kind.Role == vocab.RoleUnknown:
			return nil, paras
		case pr.Kind.Role == vocab.RoleField && pr.Kind.Field != vocab.Source && pr.Kind.Field != vocab.Published &&
			pr.Kind.Field != vocab.Publisher:
			header = true
		}
	}
	if !header {
		return nil, paras
	}
	return b.pairs, paras[:k]
}

// Bounds of headerAfter, in lines.
const (
	minHeaderAfter = 3
	maxHeaderAfter = 12
)

// textReader reads the lines of one text page.
type textReader struct {
	syntax
	text string
}

// header is the metadata block of a text page.
type header struct {
	*block
	layout notice.Layout
	start  int // byte offset of the block's first line in the text
	// titleAbove: a line above the block reads as a title, so a value
	// under the last label that reads as one is a value.
	titleAbove bool
}

// bracketed reports whether a line, after its indentation and bullet,
// starts with a bracket: 【发布单位】…, [ 索引号 ] ….
func bracketed(l string) bool {
	t, _ := stripBullet(strings.TrimLeftFunc(l, isBlank))
	return strings.HasPrefix(t, "[") || strings.HasPrefix(t, "【") || strings.HasPrefix(t, "［")
}

// minHeaderLabels is how many labels a block of label lines needs to be the
// metadata block: one label alone (a 来源： line, a 附件： line) is not one,
// but one beside page UI (时间：… 点击次数：…) or beside a word its colon marks
// as a label (颁布时间：… 发文单位：…) is. At least one must be of the
// vocabulary. A table row whose cell is a label is a block by itself.
const minHeaderLabels = 2

// metaLine reports whether the block is a news template's meta strip under
// the article's title, so that what stands above it is not all chrome: a
// single line of labels (时间：2019年06月17日 点击次数：28596), or lines that
// name only the source and the date beside page UI (来源：…, 浏览量：…).
func (h *header) metaLine() bool {
	return h.layout == notice.LayoutLabelLines && (h.rows == 1 && !h.disclosure() || h.pageInfo())
}

// disclosure reports whether a label of the block names a field that only
// a disclosure page's metadata gives (索引号, 文号, 成文日期, 主题分类 …),
// never a news template's strip under its title.
func (h *header) disclosure() bool {
	for _, p := range h.pairs {
		if p.Kind.Role != vocab.RoleField {
			continue
		}
		switch p.Kind.Field {
		case vocab.IndexNumber, vocab.DocNumber, vocab.Created, vocab.Topic, vocab.Collection, vocab.Genre,
			vocab.Validity, vocab.Effective, vocab.Abolished:
			return true
		}
	}
	return false
}

// metadataOnly reports whether the block is one pair whose label only a
// metadata block uses (文号：…, 索引号：…, 成文日期：…): a header of one line,
// where 来源：… or 附件：… alone would be a line of the page or the body.
func (h *header) metadataOnly() bool {
	if len(h.pairs) != 1 || h.pairs[0].Value == "" || h.pairs[0].Kind.Role != vocab.RoleField {
		return false
	}
	switch h.pairs[0].Kind.Field {
	case vocab.IndexNumber, vocab.DocNumber, vocab.Created, vocab.Effective, vocab.Abolished, vocab.Validity,
		vocab.Topic, vocab.Collection, vocab.Genre, vocab.Summary:
		return true
	case vocab.Title:
		// 信息名称：关于…的通知 alone over the text: a title, which no
		// page strip labels; a sentence after 名称： is no title.
		return !strings.ContainsAny(h.pairs[0].Value, "。！？")
	}
	return false
}

// knownValues returns how many labels of the block that the vocabulary
// knows have a value.
func (h *header) knownValues() int {
	n := 0
	for _, p := range h.pairs {
		if p.Kind.Known() && p.Value != "" {
			n++
		}
	}
	return n
}

// pageInfo reports whether every label of the block is the source, the date
// or page UI: the lines a page without a metadata block puts under its
// title.
func (h *header) pageInfo() bool {
	for _, p := range h.pairs {
		switch {
		case p.Kind.Role == vocab.RoleUI:
		case p.Kind.Role == vocab.RoleField && (p.Kind.Field == vocab.Source || p.Kind.Field == vocab.Published):
		default:
			return false
		}
	}
	return true
}

// pageLayout is the layout the record reports: none for a block that is
// only page information (pageInfo), whose values are still read like a
// metadata block's.
func (h *header) pageLayout() notice.Layout {
	if h.layout == notice.LayoutLabelLines && h.pageInfo() {
		return notice.LayoutNone
	}
	return h.layout
}

// findHeader looks for the metadata block: the first block of lines with
// labels of the vocabulary, before the first sentence of prose. Sentences
// that open the page, before any other line, do not end the search: a
// site's slogan may stand there (社会主义核心价值观：富强、民主…。). It
// returns the block (nil when the page has none) and the cursor where the
// article starts.
func (r *textReader) findHeader() (*header, cursor) {
	c := cursor{text: r.text}
	started := false // a line other than a sentence was seen
	mottos := 0      // sentences after the start, right over a block of labels
	tried := false   // a line with a known label was read as a block's start
	// A block of page UI whose known labels have no value (部门信息公开目录
	// alone on its line, over 当前位置：首页>>…) is the site's furniture
	// when a block follows; it is the page's header only when none does. A
	// block of known labels all empty, and no UI, is a header left blank.
	var furniture *header
	var afterFurniture cursor
	// lead is the line before, when it holds pairs of labels no list
	// knows with short values: the block's first line if the block
	// starts right under it.
	var lead struct {
		l  line
		a  analysis
		ok bool
	}
	none := func() (*header, cursor) {
		if furniture != nil {
			return furniture, afterFurniture
		}
		return nil, cursor{text: r.text}
	}
	for {
		at := c
		l, ok := c.nextText()
		if !ok {
			return none()
		}
		if dataTableHead(l.text) {
			// 序号 | 项目名称 | 金额: a table of the article's, whose cells
			// may hold words with colons; no block of the page's.
			c = pastTable(c)
			started, lead.ok = true, false
			continue
		}
		prose := isProse(l.text)
		if prose && !r.mayOpenWithLabel(l.text) {
			// Most lines of an article: a sentence that cannot start
			// with a label starts no block, whatever labels it holds.
			lead.ok = false
			if started && (mottos > 0 || tried || !r.pairsNext(c)) {
				return none()
			}
			if started {
				// A sentence of the site's among its first lines, before
				// any label, right over a block of labels (a motto, a
				// quotation): the page's, once.
				mottos++
			}
			continue
		}
		a := r.analyse(l.text)
		if _, known := a.labels(); known > 0 && a.kind != rowSeparator && (a.items[0].isLabel() || !prose) {
			// A sentence with labels in it (a body run into one line that
			// ends in 附件：… 来源：…) starts no block.
			started, tried = true, true
			h, rest := r.readHeader(l, a, c)
			if rest.pos <= at.pos {
				rest = c // always move on
			}
			if lead.ok && lead.l.num == l.num-1 && h.known >= minKnownUnderLead {
				// 类  别：其他 right over a block of known labels: a
				// pair of the block, whose label no list knows.
				h, rest = r.readHeader(lead.l, lead.a, cursorAt(c, l))
			}
			if h.known+h.ui+h.unknown >= minHeaderLabels || h.layout == notice.LayoutPipeTable || h.metadataOnly() {
				if furniture == nil && h.ui > 0 && h.pageInfo() && r.headerAhead(rest) {
					// The page's strip (时间：… 点击：) over a few widgets
					// and the metadata block: the block is the header;
					// the strip is the page's, as one under a title is.
					furniture, afterFurniture = h, rest
					c, lead.ok = rest, false
					continue
				}
				if h.knownValues() > 0 || h.ui == 0 || furniture != nil {
					return h, rest
				}
				furniture, afterFurniture = h, rest
			}
			c, lead.ok = rest, false
			continue
		}
		lead.ok = !prose && shortPairs(a) && unknownLabels(a)
		lead.l, lead.a = l, a
		if !prose {
			started = true
		} else if started {
			return none()
		}
	}
}

// dataTableHead reports the first row of a table of data: its first cell
// is 序号, the column that numbers the rows, which no metadata block has.
func dataTableHead(s string) bool {
	t := strings.TrimLeftFunc(s, isBlank)
	if !strings.HasPrefix(t, "|") && !strings.HasPrefix(t, "｜") {
		return false // most lines
	}
	t = strings.TrimLeft(t, "|｜")
	cell, _, ok := strings.Cut(t, "|")
	return ok && vocab.Compact(cell) == "序号"
}

// pastTable returns the cursor after the table rows that follow c.
func pastTable(c cursor) cursor {
	for {
		next := c
		l, ok := next.nextText()
		if !ok {
			return next
		}
		t := strings.TrimLeftFunc(l.text, isBlank)
		if !strings.HasPrefix(t, "|") && !strings.HasPrefix(t, "｜") {
			return c
		}
		c = next
	}
}

// mayOpenWithLabel reports whether analysing line s might find a label at
// its start: a table row, or, after its indentation and bullet, a line
// that mayStartWithLabel.
func (r *textReader) mayOpenWithLabel(s string) bool {
	if vocab.ContainsAny(s, "|｜") {
		return true
	}
	t, _ := stripBullet(strings.TrimLeftFunc(s, isBlank))
	return t != "" && r.mayStartWithLabel(t)
}

// counterAbove reports whether the line above l ends in a counter's label
// and its colon (发布时间：… 点击：), the label maybe run into the value
// before it (发布时间：2023-07-20 15:44浏览次数：).
func (r *textReader) counterAbove(l line) bool {
	above := strings.TrimRightFunc(r.text[:l.start], isBlank)
	above = above[strings.LastIndexByte(above, '\n')+1:]
	if r.v.EndsInUILabel(above) {
		return true
	}
	t := strings.TrimRightFunc(above, func(r rune) bool { return vocab.IsSpace(r) || vocab.IsColon(r) })
	if t == strings.TrimRightFunc(above, vocab.IsSpace) {
		return false // no colon: no label waiting
	}
	for i, n := len(t), 0; i > 0 && n < maxGluedCounterRunes; n++ {
		_, size := utf8.DecodeLastRuneInString(t[:i])
		if i -= size; n > 0 {
			if k, ok := r.v.Exact(t[i:]); ok && k.Role == vocab.RoleUI {
				return true
			}
		}
	}
	return false
}

// maxGluedCounterRunes bounds the label of a counter run into the value
// before it, in characters (浏览次数, 阅读量).
const maxGluedCounterRunes = 6

// isProse reports whether a line is a sentence of the article: once one is
// seen, no metadata block can follow.
func isProse(s string) bool {
	return strings.Contains(s, "。")
}

// pos returns the position of byte off of line l.
func (l line) pos(off int) Pos { return Pos{Line: l.num, Off: l.start + off} }

// readHeader reads the block that starts with line first (already analysed
// as a), c being positioned after it. It returns the block and the cursor at
// the first line after it.
func (r *textReader) readHeader(first line, a analysis, c cursor) (*header, cursor) {
	h := &header{block: newBlock(), layout: notice.LayoutLabelLines, start: first.start, titleAbove: r.titleAbove(first.start)}
	if a.kind == rowPipe {
		h.layout = notice.LayoutPipeTable
	}
	if bracketed(first.text) && len(a.items) > 0 && a.items[0].isLabel() {
		r.brackets = true
		defer func() { r.brackets = false }()
	}
	var waiting struct { // the label left waiting for its value
		bulleted bool
		indent   int
	}
	alternating := false // a label of this block took its value from the next line
	lastValue := ""      // the value the last label took from the next line
	alone := -1          // the pair of the last line, when it held one label and nothing else
	l := first
	for {
		switch {
		case a.kind == rowSeparator:
			// A table rule inside the block.
		case a.kind == rowPipe && len(a.items) == 0:
			// A row of empty cells, or an empty cell of a table flattened
			// a cell a line (法规分类 | over |): a waiting label's value
			// is empty.
			h.pending = -1
		case l.blank():
			// After blank lines the block goes on only with a line of
			// labels, or with the value of a waiting label.
			look := c
			next, ok := look.nextText()
			if !ok {
				return h, look
			}
			na := r.analyse(next.text)
			if h.layout == notice.LayoutPipeTable && na.kind == rowText {
				// A table goes on only with its rows: the lines of
				// labels after it are the article's.
				return h, c
			}
			all, known := na.labels()
			if r.brackets && all > 0 {
				known = all // a label in brackets, as the block writes them
			}
			if known == 0 && !na.uiLine() && !r.takesValue(h, waiting.bulleted, waiting.indent, alternating, next, na, look) &&
				!(all > 0 && na.kind == rowText && na.items[0].isLabel() && r.labelsFollow(look)) {
				// A label the vocabulary does not know goes on with the
				// block only when the block's labels follow it.
				return h, c
			}
			c, l, a = look, next, na
			continue
		default:
			if h.layout == notice.LayoutPipeTable && a.kind == rowText && strings.ContainsAny(l.text, "。；;") {
				// A sentence under a table is the article's, whatever
				// colon it holds (各科室，各村： 为提高…。).
				return h, cursorAt(c, l)
			}
			all, known := a.labels()
			if r.brackets {
				known = all
			}
			if all == 0 {
				v := cellText(l.text)
				if h.pending < 0 && v == lastValue && r.labelNext(c) {
					// The value again, as some templates print it
					// twice under its label.
					break
				}
				if h.pending < 0 && alone >= 0 && r.repeatedNext(c, v) {
					// A label alone on its line in a block whose other
					// values stand beside their labels, and its value
					// printed twice under it: the value is the label's.
					h.setValue(alone, v, l.pos(strings.Index(l.text, v)))
					alone, lastValue = -1, v
					break
				}
				if !r.takesValue(h, waiting.bulleted, waiting.indent, alternating, l, a, c) {
					return h, cursorAt(c, l)
				}
				if waiting.bulleted && indent(l.text) == waiting.indent {
					v, _ = stripBullet(v) // an item level with its label's: the list's
				} else if r, size := utf8.DecodeRuneInString(v); waiting.bulleted && vocab.IsBullet(r) {
					// An item nested under its label's (• 索引号： /
					//   • 0010…/2024-68088): its bullet is the list's too.
					v = strings.TrimLeftFunc(v[size:], isBlank)
				}
				h.setValue(h.pending, v, l.pos(strings.Index(l.text, v)))
				h.pending, h.under = -1, true
				alternating, lastValue = true, v
				break
			}
			if known == 0 && !a.uiLine() && !(a.kind == rowPipe && h.layout == notice.LayoutPipeTable) && !r.labelsFollow(c) &&
				!(h.known >= minKnownBeforeUnknown && h.layout == notice.LayoutLabelLines && shortPairs(a)) &&
				!(alternating && h.pending < 0 && labelAlone(l, a) && r.shortValueNext(c)) {
				// Only words the vocabulary does not know, with no label
				// after them: the article's first line (各乡镇人民政府：). A
				// row of the block's table is the table's, whatever its
				// label (| 上载日期： | 2019-12-02 |). Under a block of
				// known labels, a line of labels a form marks, each with a
				// short value (所属行业：所有行业), goes on with it.
				return h, cursorAt(c, l)
			}
			if next, values, ok := r.columnValues(a, c); ok {
				// A row of labels over the row of their values, cell
				// under cell.
				for k, it := range a.items {
					items := []item{it}
					if v := values.items[k]; v.text != "" {
						items = append(items, v)
					}
					h.add(analysis{kind: rowPipe, items: items}, func(off int) Pos {
						if off == it.off {
							return l.pos(off)
						}
						return next.pos(off)
					})
				}
				c = cursorAfter(c, next)
				alone = -1
				break
			}
			if h.add(a, l.pos) {
				waiting.bulleted, waiting.indent = a.bulleted, indent(l.text)
			}
			alone = -1
			if a.kind == rowText && len(a.items) == 1 && a.items[0].isLabel() {
				alone = len(h.pairs) - 1
			}
		}
		var ok bool
		if l, ok = c.next(); !ok {
			return h, c
		}
		if l.blank() {
			a = analysis{}
		} else {
			a = r.analyse(l.text)
		}
	}
}

// minKnownBeforeUnknown is how many known labels a block of label lines
// holds before lines of unknown labels may end it.
const minKnownBeforeUnknown = 3

// minKnownUnderLead is how many known labels a block of label lines holds
// for the line of unknown labels right over it to be its first (某某类目：…
// over 公开范围：… and 索引号：…): that line is a pair of the block's, not
// the page's lost text.
const minKnownUnderLead = 2

// shortPairs reports whether a line of text is a label at its start and
// pairs of labels and short values only, none empty and none a sentence:
// a header's line whose labels no list knows (所属区域：某省).
func shortPairs(a analysis) bool {
	if a.kind != rowText || len(a.items) < 2 || !a.items[0].isLabel() {
		return false
	}
	for i, it := range a.items {
		if it.isLabel() != (i%2 == 0) {
			return false
		}
		if !it.isLabel() && (utf8.RuneCountInString(it.text) > maxShortValue || strings.ContainsAny(it.text, "。；;！？")) {
			return false
		}
	}
	return len(a.items)%2 == 0
}

// unknownLabels reports whether every label of a line is one no list
// knows, by its form alone.
func unknownLabels(a analysis) bool {
	for _, it := range a.items {
		if it.isLabel() && it.kind.Role != vocab.RoleUnknown {
			return false
		}
	}
	return true
}

// maxShortValue bounds the value of a pair shortPairs takes, and the one
// shortValueNext reads, in characters: a category, a telephone number, a
// name, a body's.
const maxShortValue = 20

// maxValueLine is the longest line, in characters, that a label alone on
// the line above takes as its value; a title's label takes one up to
// maxTitleValueLine, as long as titles are.
const (
	maxValueLine      = 40
	maxTitleValueLine = 100
)

// takesValue reports whether line l, which holds no label, is the value of
// the label left waiting; c stands after l. In a bulleted or numbered list
// only a line indented deeper than the label's is (an unindented line ends
// the list). Otherwise the line must be short, no sentence, and either be
// followed by another label line of the block or continue a block whose
// labels have taken their values from the next line so far, and not read as
// a document's title; else the label is empty and l is the page's (文 号
// followed by the title).
func (r *textReader) takesValue(h *header, bulleted bool, labelIndent int, alternating bool, l line, a analysis, c cursor) bool {
	if h.pending < 0 || a.kind == rowPipe {
		return false
	}
	v := cellText(l.text)
	if t := strings.TrimRightFunc(v, isBlank); strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":") {
		// 各县（市）、区人民政府，…： under 服务对象分类: an addressee, or a
		// label, ends in its colon; no value does.
		return false
	}
	kind := h.pairs[h.pending].Kind
	if bulleted {
		// A list of labels and values each its own item (• 索引号 /
		// • 123456789/2023-00001 / • 发文字号 …): an item level with the
		// label's is its value when it fits the field and a label's item
		// follows it, or a label before took its value so.
		if indent(l.text) > labelIndent {
			// A value under its label; in a block whose values stood
			// beside their labels, the article indented under an empty
			// last label, unless the line fits the field and a label
			// follows it or a label before took its value so (the block
			// again as a list, • 文号： / 某政发…).
			return !h.sameLine || fitsField(kind, v) && !isProse(v) && (alternating || r.labelNext(c))
		}
		value, item := stripBullet(v)
		return item && indent(l.text) == labelIndent && fitsField(kind, value) && (alternating || r.labelNext(c))
	}
	if kind.Role == vocab.RoleUI && strings.ContainsFunc(v, vocab.IsHan) && !Breadcrumb(v) && !vocab.IsUI(v) {
		// A widget's label alone (政策解读, 浏览次数：) takes a count, a
		// date or a trail from the next line, not the title or the
		// addressee that follow it.
		return false
	}
	summary := kind.Role == vocab.RoleField && kind.Field == vocab.Summary
	limit := maxValueLine
	if kind.Role == vocab.RoleField && kind.Field == vocab.Title {
		limit = maxTitleValueLine // 名 称： over a document's title of fifty characters
	}
	long := vocab.RuneCount(v) > limit || isProse(v)
	switch {
	case long && !summary, !fitsField(kind, v):
		return false
	case long:
		// A summary is a sentence, taken when the block goes on after it
		// or when the title follows it: under the last label, a sentence
		// the article follows is the article's first.
		return r.labelNext(c) || summary && r.titleNext(c)
	}
	if r.labelNext(c) || r.repeatedNext(c, v) {
		return true
	}
	if summary && r.titleNext(c) {
		return true
	}
	titleLike := vocab.EndsInGenre(vocab.Compact(v)) && vocab.RuneCount(v) >= minTitleRunes
	return alternating && (!titleLike || h.titleAbove || h.hasTitle())
}

// hasTitle reports whether a label of the block names the title: then no
// line under the block is the title.
func (h *header) hasTitle() bool {
	for _, p := range h.pairs {
		if p.Kind.Role == vocab.RoleField && p.Kind.Field == vocab.Title {
			return true
		}
	}
	return false
}

// titleNext reports whether the next non-blank line at c reads as a title:
// short, no sentence or clause, no label, no page UI.
func (r *textReader) titleNext(c cursor) bool {
	l, ok := c.nextText()
	if !ok {
		return false
	}
	t := strings.TrimFunc(l.text, isBlank)
	if strings.ContainsAny(t, "。，；！？") || vocab.RuneCount(t) > maxValueLine {
		return false
	}
	a := r.analyse(l.text)
	all, _ := a.labels()
	return all == 0 && !a.uiLine()
}

// dateLike reports whether v is made of what dates are written with:
// digits, Chinese numerals, 年月日时分秒, separators (a line of words with a
// year in it is a title, not a date).
func dateLike(v string) bool {
	digit := false
	for _, r := range v {
		switch {
		case '0' <= r && r <= '9', r == '０' || r >= '１' && r <= '９':
			digit = true
		case strings.ContainsRune("〇○零一二三四五六七八九十O年月日号时分秒-/.:：T+ ", r), vocab.IsSpace(r):
		default:
			return false
		}
	}
	return digit || strings.ContainsRune(v, '年')
}

// minTitleRunes is the shortest line that may be a document's title rather
// than a value (通知 is a 体裁分类, not a title).
const minTitleRunes = 6

// fitsField reports whether line v can be the value of a label of kind:
// a date's value holds a digit (or a Chinese numeral), an index number's a
// digit. Other values may be any text.
func fitsField(kind vocab.Label, v string) bool {
	if kind.Role != vocab.RoleField {
		return true
	}
	switch kind.Field {
	case vocab.Created, vocab.Published, vocab.Effective, vocab.Abolished:
		return dateLike(v)
	case vocab.IndexNumber:
		return strings.ContainsAny(v, "0123456789")
	case vocab.Validity:
		// 有效, 现行有效, 已失效, 是 …: a status, not the issuer's name
		// that an empty 是否有效 has under it.
		return vocab.RuneCount(v) <= maxValidityRunes && vocab.ContainsAny(v, "效废止行正常修订是否")
	}
	return true
}

// maxValidityRunes bounds a validity's value under its label, in characters.
const maxValidityRunes = 10

// labelNext reports whether the next non-blank line at c holds a label of
// the vocabulary or of page UI: the block goes on there. So it does at a
// label no list knows alone on its line (公开主体：) when the vocabulary's
// labels follow it: the block's labels stand so, each over its value.
func (r *textReader) labelNext(c cursor) bool {
	a, after, ok := r.analyseNext(c)
	if !ok {
		return false
	}
	all, known := a.labels()
	if known > 0 || a.uiLine() {
		return true
	}
	return all == 1 && len(a.items) == 1 && a.kind == rowText && r.labelsFollow(after)
}

// labelAlone reports a line that is one label and its colon, nothing
// else (办复类别：).
func labelAlone(l line, a analysis) bool {
	t := strings.TrimRightFunc(l.text, isBlank)
	return a.kind == rowText && len(a.items) == 1 && a.items[0].isLabel() &&
		(strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":"))
}

// shortValueNext reports whether the next non-blank line at c reads as a
// value of a label alone above it: short, no sentence and no title's
// start (关于), not ending in a colon as a label or an addressee does
// (办复类别： / B类, not 某某代表： / 您提出的…。).
func (r *textReader) shortValueNext(c cursor) bool {
	l, ok := c.nextText()
	if !ok {
		return false
	}
	t := strings.TrimFunc(l.text, isBlank)
	return t != "" && vocab.RuneCount(t) <= maxShortValue && !strings.ContainsAny(t, "。！？；;") &&
		!strings.Contains(t, "关于") && !strings.HasSuffix(t, "：") && !strings.HasSuffix(t, ":")
}

// analyseNext analyses the next non-blank line at c, and returns the
// cursor after it; false at the end.
func (r *textReader) analyseNext(c cursor) (analysis, cursor, bool) {
	l, ok := c.nextText()
	if !ok {
		return analysis{}, c, false
	}
	return r.analyse(l.text), c, true
}

// headerAhead reports whether a metadata block starts within the next few
// lines at c, past short lines that are no sentence (【下载Word】, 打印): a
// line that opens with a known label of a field no page strip has (索引号,
// 发布机构, 文号 …).
func (r *textReader) headerAhead(c cursor) bool {
	for seen := 0; seen < maxWidgetLines; {
		l, ok := c.nextText()
		if !ok {
			return false
		}
		a := r.analyse(l.text)
		if len(a.items) > 0 && a.items[0].isLabel() && a.items[0].kind.Role == vocab.RoleField {
			switch a.items[0].kind.Field {
			case vocab.Source, vocab.Published:
			default:
				return true
			}
		}
		if isProse(l.text) || vocab.RuneCount(l.text) > maxWidgetRunes {
			return false
		}
		seen++
	}
	return false
}

// Bounds of the widget lines headerAhead looks past: how many, and how
// long, in characters.
const (
	maxWidgetLines = 3
	maxWidgetRunes = 20
)

// pairsNext reports whether the next non-blank line at c opens with a
// known label and holds another, or opens with a field's label alone and
// the line after it does so: a header's lines, which no line of an
// article is.
func (r *textReader) pairsNext(c cursor) bool {
	a, after, ok := r.analyseNext(c)
	if !ok {
		return false
	}
	_, known := a.labels()
	if known >= 2 && a.items[0].isLabel() && a.items[0].kind.Known() {
		return true
	}
	if known != 1 || !a.items[0].isLabel() || a.items[0].kind.Role != vocab.RoleField {
		return false
	}
	// 信件主题：… over 来信人：… 提交日期：…: a field's line of one label,
	// then one of two.
	b, _, ok := r.analyseNext(after)
	if !ok {
		return false
	}
	_, known = b.labels()
	return known >= 2 && b.items[0].isLabel() && b.items[0].kind.Known()
}

// columnValues reads a row of labels alone (索引号 | 公开方式 | 发布机构 |)
// whose values stand in the next line, cell under cell: it returns that
// line and its analysis when a is such a row and the next non-blank line
// at c has as many cells, none a label.
func (r *textReader) columnValues(a analysis, c cursor) (line, analysis, bool) {
	if a.kind != rowPipe || len(a.items) < 2 {
		return line{}, analysis{}, false
	}
	for _, it := range a.items {
		if !it.isLabel() {
			return line{}, analysis{}, false
		}
	}
	l, ok := c.nextText()
	if !ok || !strings.ContainsAny(l.text, "|｜") {
		return line{}, analysis{}, false
	}
	cells := barCells(l.text)
	if len(cells) == len(a.items)+1 && cells[0].text == "" {
		cells = cells[1:] // an outer bar, nothing before it
	}
	if len(cells) != len(a.items) {
		return line{}, analysis{}, false
	}
	for _, it := range cells {
		if it.text != "" && r.row("| "+it.text+" |").hasLabel() {
			return line{}, analysis{}, false
		}
	}
	return l, analysis{kind: rowPipe, items: cells}, true
}

// hasLabel reports whether one of a's items is a label.
func (a analysis) hasLabel() bool {
	for _, it := range a.items {
		if it.isLabel() {
			return true
		}
	}
	return false
}

// barCells cuts a table row at its bars into its cells, trimmed, the empty
// ones kept (a value left empty under its label), the text before the first
// bar too; the text after the last bar is a cell only when it is not blank.
func barCells(s string) []item {
	var cells []item
	for off := 0; ; {
		i, size := nextBar(s[off:])
		cell := s[off : off+i]
		t := strings.TrimFunc(cell, isBlank)
		last := size == 0
		if t != "" || !last {
			at := off + strings.Index(cell, t)
			if t == "" {
				at = off
			}
			cells = append(cells, item{text: t, off: at})
		}
		if last {
			return cells
		}
		off += i + size
	}
}

// repeatedNext reports whether the next non-blank line at c is v again
// and a line of labels follows it: a value printed twice under its label.
func (r *textReader) repeatedNext(c cursor, v string) bool {
	l, ok := c.nextText()
	return ok && strings.TrimFunc(l.text, isBlank) == v && r.labelNext(c)
}

// labelFollowLines is how far labelsFollow looks: past a few labels no list
// knows, each with its value or none (• 信息时效期： • 签署日期： • 登记日期：).
const labelFollowLines = 4

// labelsFollow reports whether one of the next non-blank lines at c holds a
// label of the vocabulary or of page UI.
func (r *textReader) labelsFollow(c cursor) bool {
	for seen := 0; seen < labelFollowLines; {
		l, ok := c.nextText()
		if !ok {
			return false
		}
		seen++
		a := r.analyse(l.text)
		if _, known := a.labels(); known > 0 || a.uiLine() {
			return true
		}
	}
	return false
}

// indent returns the width of the white space a line starts with, in runes.
func indent(s string) int {
	n := 0
	for _, r := range s {
		if !isBlank(r) {
			break
		}
		n++
	}
	return n
}

// cursorAfter returns a cursor positioned after line l, which is ahead of c.
func cursorAfter(c cursor, l line) cursor {
	c = cursorAt(c, l)
	c.next()
	return c
}

// cursorAt returns a cursor positioned at line l, which c has just passed.
func cursorAt(c cursor, l line) cursor {
	return cursor{text: c.text, pos: l.start, num: l.num - 1}
}

// readBody returns the lines from c that start before byte offset end as
// paragraphs: trimmed, white space cleaned, control characters removed,
// blank lines and page chrome left out (breadcrumbs, 返回顶部, bars of
// links, lines of page UI). Control characters it removed are reported in
// one problem, at the first line that held one, appended to problems.
//
// uiAbove says the line above c was page UI (收藏): a count alone at the
// top is its count.
func (r *textReader) readBody(c cursor, end int, problems []Problem, uiAbove bool) ([]Para, []Problem) {
	// Sized once: on a page of many lines, growing the list would copy it
	// over and over.
	paras := make([]Para, 0, strings.Count(r.text[c.pos:max(c.pos, min(end, len(r.text)))], "\n")+1)
	controls, first := 0, NoPos
	afterUI := uiAbove // the line before was page UI
	trail := false     // the line before was a breadcrumb's label alone, or an item of its trail
	for {
		l, ok := c.nextText()
		if !ok || l.start >= end {
			if controls > 0 {
				problems = append(problems, controlsProblem("body", controls, first))
			}
			return paras, problems
		}
		if len(paras) > 0 && vocab.FooterHeading(l.text) {
			// 相关链接, 友情链接: the article has ended, and the page's
			// lists of links follow.
			c = cursor{text: c.text, pos: len(c.text)}
			continue
		}
		if r.chromeLine(l) && !tableHead(l, c) || len(paras) == 0 && calendarDate(strings.TrimFunc(l.text, isBlank)) {
			if len(paras) > 0 && breadcrumbLine(strings.TrimFunc(l.text, isBlank)) && navigation(paras) {
				// 政务公开 / 政府动态 / 当前位置：首页>政府动态: the
				// short lines above a breadcrumb are the site's menu.
				paras = paras[:0]
			}
			afterUI = true
			t := strings.TrimFunc(l.text, isBlank)
			trail = r.trailHeading(l.text) || breadcrumbLine(t) || trailLabel(t)
			continue
		}
		if counterLine(l.text) && (afterUI || r.counterAbove(l)) {
			// 收藏 / 614: the widget's count on a line of its own, also
			// under the header's last line (…浏览次数： / 327).
			continue
		}
		if trail && (trailItem(l.text) || trailRest(l.text)) {
			continue // 当前位置： / 1. 首页 / 2. 政务信息: the trail as a list, or wrapped
		}
		afterUI, trail = false, false
		text, n := RemoveControls(l.text)
		if n > 0 && controls == 0 {
			first = l.pos(0)
		}
		controls += n
		t := cellText(text) // a table's cell a line keeps its text, not its bar
		if t = space.Clean(t); t == "" {
			continue
		}
		if head, strip, ok := r.titleBesideStrip(t); ok {
			// 某局关于…的通告 发表时间：2018/6/5 9:47:45: the heading and
			// the page's strip, each a paragraph of its own.
			paras = append(paras, Para{Text: head, At: l.pos(strings.Index(l.text, firstRune(head)))},
				Para{Text: strip, At: l.pos(strings.Index(l.text, firstRune(strip)))})
			continue
		}
		paras = append(paras, Para{Text: t, At: l.pos(strings.Index(l.text, firstRune(t)))})
	}
}

// titleBesideStrip splits a line that holds a heading of a document's kind
// and, after it, the page's strip (发布时间：…, 来源：…): a template that
// prints them on one line.
func (r *textReader) titleBesideStrip(t string) (head, strip string, ok bool) {
	if len(t) > maxTitleStripLine {
		return "", "", false // most paragraphs
	}
	// Most lines end here: no colon, or no heading of a document's kind
	// before the space ahead of the first label.
	colon := strings.Index(t, "：")
	if c := strings.IndexByte(t, ':'); c >= 0 && (colon < 0 || c < colon) {
		colon = c
	}
	if colon < 0 || strings.Contains(t, "。") {
		return "", "", false
	}
	space := strings.LastIndexFunc(t[:colon], vocab.IsSpace)
	if space < 0 || !vocab.EndsInGenre(strings.TrimFunc(t[:space], isBlank)) {
		return "", "", false
	}
	a := r.analyse(t)
	if len(a.items) < 2 || a.items[0].isLabel() || !a.items[1].isLabel() || !pageInfoLabel(a.items[1].kind) {
		return "", "", false
	}
	head = strings.TrimFunc(t[:a.items[1].off], isBlank)
	if head != a.items[0].text || !vocab.EndsInGenre(head) || strings.ContainsAny(head, "。，；：:") {
		return "", "", false
	}
	return head, t[a.items[1].off:], true
}

// maxTitleStripLine bounds the line titleBesideStrip splits, in bytes: a
// heading and a strip, not a paragraph.
const maxTitleStripLine = 360

// uiLineBefore reports whether the last line of text before byte offset
// pos that is not blank is page UI.
func uiLineBefore(text string, pos int) bool {
	t := strings.TrimRightFunc(text[:pos], isBlank)
	return vocab.IsUI(strings.TrimSpace(t[strings.LastIndexByte(t, '\n')+1:]))
}

// tableHead reports whether l, which reads as a bar of links, is the row
// of a table's column names (序号 | 项目类别 | 项目名称 |): its closing bar,
// and under it a row of as many bars that is no bar of links. c stands
// after l.
func tableHead(l line, c cursor) bool {
	t := strings.TrimFunc(l.text, isBlank)
	if !strings.HasSuffix(t, "|") || !linkBar(t) {
		return false
	}
	next, ok := c.nextText()
	if !ok {
		return false
	}
	n := strings.TrimFunc(next.text, isBlank)
	return strings.Count(n, "|") == strings.Count(t, "|") && !linkBar(n)
}

// trailHeading reports a breadcrumb's label alone on its line (当前位置：,
// maybe as a list's first item), whose trail follows as a list.
func (r *textReader) trailHeading(s string) bool {
	t, _ := stripBullet(strings.TrimFunc(s, isBlank))
	t = strings.TrimRightFunc(t, func(r rune) bool { return vocab.IsColon(r) || isBlank(r) })
	if t == "" || len(t) > maxTrailItem*4 {
		return false
	}
	k := r.v.Classify(vocab.Compact(t))
	return k.Role == vocab.RoleUI && strings.Contains(t, "位置")
}

// trailItem reports an item of a breadcrumb's trail written as a list: a
// list's number or bullet and a few words.
func trailItem(s string) bool {
	t, item := stripBullet(strings.TrimFunc(s, isBlank))
	return item && t != "" && utf8.RuneCountInString(t) <= maxTrailItem && !strings.ContainsAny(t, "。，；：:")
}

// trailRest reports the rest of a breadcrumb's trail wrapped onto the next
// line (当前位置：首页 / > 业务审计 > 绩效审计): its separator first, no
// sentence.
func trailRest(s string) bool {
	t := strings.TrimFunc(s, isBlank)
	r, _ := utf8.DecodeRuneInString(t)
	return strings.ContainsRune(">＞»›", r) && !strings.ContainsAny(t, "。，；")
}

// maxTrailItem bounds an item of a breadcrumb's trail, in characters.
const maxTrailItem = 12

// counterLine reports a line that is a count alone (614): under a widget,
// its count.
func counterLine(s string) bool {
	t := strings.TrimFunc(s, isBlank)
	return t != "" && len(t) <= maxCounterDigits && isDigits(t)
}

// maxCounterDigits bounds a widget's count, in digits.
const maxCounterDigits = 9

// cutMenu returns paras without the site's menu at their top, flattened
// to numbered lists of links whose numbers start again and again (1. 目录
// 2. 旗人民政府 1. 旗政府工作部门 …), and the short lines among and above
// them. A document's own numbered lists have sentences, or do not restart
// at every few short items before any text.
func cutMenu(paras []Para) []Para {
	end, items, restarts := 0, 0, 0
	for i, p := range paras {
		if vocab.RuneCount(p.Text) > maxMenuRunes || strings.ContainsAny(p.Text, "。，；！？：:") {
			break
		}
		if n, ok := listNumber(p.Text); ok {
			items++
			if n == 1 && items > 1 {
				restarts++
			}
			end = i + 1
		}
	}
	if items < minMenuItems || restarts < minMenuRestarts {
		return paras
	}
	return paras[end:]
}

// cutForm returns paras without the feedback form a page puts under its
// article: its fields, labels with nothing after them (• 姓 名：, *验 证
// 码：), and the paragraph above them that asks the reader, addressed as
// 您, for an opinion. A document addresses its readers as 你们 or by name,
// and its labelled lines have values.
func cutForm(paras []Para) []Para {
	end := len(paras)
	for end > 0 && formField(paras[end-1].Text) {
		end--
	}
	if len(paras)-end < minFormFields {
		return paras
	}
	if end > 0 && strings.Contains(paras[end-1].Text, "您") {
		end--
	}
	return paras[:end]
}

// cutFooter returns paras without the site's footer at their end: from its
// copyright line (版权所有, ©, Copyright, the ICP record), and the lines of
// the site's data above it (主办：…, 技术支持：…, 网站标识码 …), to the end.
func cutFooter(paras []Para) []Para {
	// The footer closes the page: only its last lines are looked at (a
	// ©原创 mark under a repost's title is no footer).
	from := max(0, len(paras)-maxFooterLines)
	i := slices.IndexFunc(paras[from:], func(p Para) bool { return copyrightLine(p.Text) })
	if i < 0 || from+i == 0 {
		return paras
	}
	i += from
	for i > 1 && (footerLine(paras[i-1].Text) || browserLine(paras[i-1].Text)) {
		i--
	}
	return paras[:i]
}

// valueList reads a header that lost its labels: a list of a header's
// values at the top of the page, one a line (• 123456789/2022-00001 •
// 某市卫生健康委员会 • 应急 • 2022-08-10), whose values are told by their
// shape. It returns their pairs, without labels, and paras without the
// list. A list counts when it has three lines or more, none a sentence or a
// label line, and an index number or a 文号 among them; of its lines, the
// index number, the 文号, a body's name (the publisher), a word of validity
// and a title are read, and dates, whose field no shape tells, are not.
func valueList(paras []Para) ([]Pair, []Para) {
	start, end := -1, -1
	bulleted := false
	for i := 0; i < len(paras) && i < maxValueListStart+maxValueListLines; i++ {
		t := paras[i].Text
		_, b := stripBullet(t)
		if valueLine(t) && (start < 0 || b == bulleted) {
			if start < 0 {
				if i > maxValueListStart {
					break
				}
				start, bulleted = i, b
			}
			end = i + 1
			continue
		}
		if start >= 0 || strings.Contains(t, "。") {
			break // the list, or the article, has ended
		}
	}
	if start < 0 {
		return nil, paras
	}
	if !bulleted {
		// Without bullets the list runs from its first value of a known
		// shape to its last, a date included (2023.01.31 under the
		// publisher: a date's field is not read, but the date is the
		// list's): what stands around it is the page's (a column's name)
		// or the article's (its title, a heading).
		shaped := func(i int) bool {
			v, _ := stripBullet(paras[i].Text)
			_, ok := valueShape(v)
			return ok || i > start && pageDate(v)
		}
		for end > start && !shaped(end-1) {
			end--
		}
		for start < end && !shaped(start) {
			start++
		}
	}
	if end-start < minValueList {
		return nil, paras
	}
	var pairs []Pair
	have := map[vocab.Field]bool{}
	dates := 0
	for k, para := range paras[start:end] {
		v, _ := stripBullet(para.Text)
		if dateLike(v) && strings.ContainsAny(v, "-/年") {
			dates++
		}
		f, ok := valueShape(v)
		if !ok || have[f] {
			continue
		}
		have[f] = true
		at := para.At
		if n := len(pairs); f == vocab.Title && strings.HasPrefix(v, "关于") && k > 0 && n > 0 &&
			pairs[n-1].Kind.Field == vocab.Publisher && pairs[n-1].Value == strings.TrimSpace(paras[start+k-1].Text) {
			// 某镇人民政府 / 关于…的通知: the issuer right over a title
			// with 关于 begins it, as a split title's first line does.
			v, at = pairs[n-1].Value+v, paras[start+k-1].At
		}
		pairs = append(pairs, Pair{Kind: vocab.Of(f), Value: v, At: at, ValueAt: at})
	}
	// A document's head holds a title and a 文号 too; only a header holds
	// an index number, or a 文号 beside its dates or its validity.
	if !have[vocab.IndexNumber] && !(have[vocab.DocNumber] && (have[vocab.Validity] || dates >= 2)) {
		return nil, paras
	}
	return pairs, append(paras[:start:start], paras[end:]...)
}

// Bounds of a list of values without labels: how far down the page it may
// start, how long it may be, how short.
const (
	maxValueListStart = 4
	maxValueListLines = 12
	minValueList      = 3
)

// valueLine reports whether a paragraph may be an item of a list of
// values: short, no sentence, no colon.
func valueLine(s string) bool {
	if vocab.RuneCount(s) > maxValueLine+30 || strings.ContainsAny(s, "。；：，,|｜") {
		return false
	}
	// A colon only in a time of day (2024-01-10 15:30:00): no label's.
	for i := strings.IndexByte(s, ':'); i >= 0; i = strings.IndexByte(s, ':') {
		if i == 0 || i+1 >= len(s) || !isDigits(s[i-1:i]) || !isDigits(s[i+1:i+2]) {
			return false
		}
		s = s[i+1:]
	}
	return true
}

// valueShape tells the field of a value by its shape alone.
func valueShape(v string) (vocab.Field, bool) {
	switch {
	case indexShape(v):
		return vocab.IndexNumber, true
	case docNumberShape(v):
		return vocab.DocNumber, true
	case validityWord(v):
		return vocab.Validity, true
	case vocab.BodyName(v):
		return vocab.Publisher, true
	case pageDate(v) && strings.Contains(v, ":") && !strings.Contains(v, "年"):
		// 2023-11-30 17:47:17 among the values: the page's stamp, with
		// its time of day. A date alone may be the document's or the
		// page's, and is left.
		return vocab.Published, true
	case vocab.RuneCount(v) >= minTitleRunes && vocab.EndsInGenre(v) && strings.ContainsAny(v, "关于的"):
		return vocab.Title, true
	}
	return 0, false
}

// indexShape reports an index number: one of a known shape, or a code of
// ASCII letters, digits and separators with a year in it
// (11370104597024629Y-A/2023-6526360).
func indexShape(v string) bool {
	if !vocab.ContainsAny(v, "/-／－—") || !strings.ContainsAny(v, "0123456789０１２３４５６７８９") {
		return false // most lines, told without parsing
	}
	if _, err := notice.ParseIndexNumber(v); err == nil {
		return true
	}
	if len(v) < 12 || !strings.ContainsAny(v, "/-") {
		return false
	}
	digits := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case '0' <= c && c <= '9':
			digits++
		case 'A' <= c && c <= 'Z', 'a' <= c && c <= 'z', c == '/', c == '-', c == '_', c == '.':
		default:
			return false
		}
	}
	return digits >= 8
}

// docNumberShape reports a 文号 of a known shape.
func docNumberShape(v string) bool {
	if !strings.HasSuffix(v, "号") {
		return false
	}
	_, err := notice.ParseDocNumber(v)
	return err == nil && vocab.RuneCount(v) <= 30
}

// validityWord reports the words a header's 有效性 holds.
func validityWord(v string) bool {
	switch v {
	case "有效", "现行有效", "失效", "已失效", "废止", "已废止", "部分失效", "尚未生效":
		return true
	}
	return false
}

// cutTopFooter returns paras without a site's footer that a copy put at
// its top (主办：… 版权所有 / 承办：… / ICP备… / 建议使用…分辨率): its
// copyright line among the first lines, before any sentence, and the
// footer's lines around it.
func cutTopFooter(paras []Para) []Para {
	k := -1
	for i, p := range paras[:min(len(paras), maxFooterLines)] {
		if strings.Contains(p.Text, "。") {
			break
		}
		// A © alone under a repost's title is its mark (©原创), no
		// footer: the top takes the words.
		if copyrightLine(p.Text) && !strings.Contains(p.Text, "©原创") &&
			(strings.Contains(p.Text, "版权所有") || strings.Contains(p.Text, "ICP")) {
			k = i
			break
		}
	}
	if k < 0 {
		return paras
	}
	end := k + 1
	for end < len(paras) && (footerLine(paras[end].Text) || copyrightLine(paras[end].Text) || browserLine(paras[end].Text)) {
		end++
	}
	return paras[end:]
}

// browserLine reports a footer's advice on the browser or the screen to
// view the site with.
func browserLine(s string) bool {
	return len(s) < maxFooterLine && (strings.Contains(s, "分辨率") || strings.Contains(s, "浏览器"))
}

// copyrightLine reports the line of a site's footer that no document holds:
// its copyright or its ICP record number.
func copyrightLine(s string) bool {
	return len(s) < maxFooterLine && (strings.Contains(s, "版权所有") || strings.Contains(s, "©") ||
		strings.Contains(s, "ICP备") || strings.Contains(s, "ICP证") || strings.Contains(s, "公网安备") ||
		strings.Contains(s, "不良信息举报") || // 站内不良信息举报电话：…, the site's, under its article
		strings.Contains(s, "Copyright") ||
		strings.Contains(s, "copyright") || strings.Contains(s, "CopyRight") || strings.Contains(s, "COPYRIGHT") ||
		strings.HasPrefix(s, "Produced By") || strings.HasPrefix(s, "Powered by")) // the site's CMS
}

// footerLine reports a line of the site's data, as a footer lists it above
// the copyright.
func footerLine(s string) bool {
	if len(s) >= maxFooterLine || strings.Contains(s, "。") {
		return false
	}
	for _, w := range []string{"主办", "承办", "技术支持", "网站标识码", "备案", "联系我们", "网站地图", "地址", "邮编", "电话", "传真"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// Bounds of a site's footer: a line, in bytes, and how many of the page's
// last lines it may take.
const (
	maxFooterLine  = 300
	maxFooterLines = 8
)

// minFormFields is how many empty fields make a form.
const minFormFields = 2

// formField reports whether s is a form's field: a short label and its
// colon, after a bullet and a mark of a required field (*).
func formField(s string) bool {
	if !strings.HasSuffix(s, "：") && !strings.HasSuffix(s, ":") {
		return false // most lines
	}
	t, _ := stripBullet(s)
	t = strings.TrimLeft(t, "*＊ ")
	label, ok := strings.CutSuffix(strings.TrimRightFunc(t, isBlank), "：")
	if !ok {
		label, ok = strings.CutSuffix(strings.TrimRightFunc(t, isBlank), ":")
	}
	label = vocab.Compact(label)
	n := vocab.RuneCount(label)
	return ok && n >= 2 && n <= maxFormLabel && vocab.IsHanString(label)
}

// maxFormLabel bounds the label of a form's field, in characters.
const maxFormLabel = 6

// Bounds of a menu that cutMenu takes off: how many items, how many times
// the numbering starts again, how long a line.
const (
	minMenuItems    = 8
	minMenuRestarts = 2
	maxMenuRunes    = 20
)

// listNumber returns the number before a line's item: 1. 1、 1) 1．.
func listNumber(s string) (int, bool) {
	i := 0
	for i < len(s) && i < 3 && '0' <= s[i] && s[i] <= '9' {
		i++
	}
	if i == 0 {
		return 0, false
	}
	if _, numbered := stripBullet(s); !numbered {
		return 0, false
	}
	n, _ := strconv.Atoi(s[:i])
	return n, true
}

// maxNavigation bounds the menu lines above a breadcrumb that navigation
// takes for the site's: short words, as many as a menu or a weather widget
// (某县 / 36° / 高温 / 15:00发布 …) prints a line each.
const (
	maxNavigationLines = 40
	maxNavigationRunes = 12
)

// navigation reports whether paras, the lines above a breadcrumb, are the
// site's menu: a few short lines without punctuation.
func navigation(paras []Para) bool {
	if len(paras) > maxNavigationLines {
		return false
	}
	for _, p := range paras {
		if vocab.RuneCount(withoutPhone(p.Text)) > maxNavigationRunes || strings.ContainsAny(p.Text, "。，；！？：") {
			return false
		}
	}
	return true
}

// withoutPhone returns s without the telephone number at its end (新闻热线
// 0891-6325020): seven digits or more, with hyphens and spaces.
func withoutPhone(s string) string {
	t := strings.TrimRightFunc(s, func(r rune) bool { return asciiDigit(r) || r == '-' || vocab.IsSpace(r) })
	if countDigits(s[len(t):]) < 7 {
		return s
	}
	return t
}

func countDigits(s string) int {
	n := 0
	for _, r := range s {
		if asciiDigit(r) {
			n++
		}
	}
	return n
}

// firstRune returns the first character of s, to find where a cleaned line
// starts in the line it came from.
func firstRune(s string) string {
	_, size := utf8.DecodeRuneInString(s)
	return s[:size]
}

// chromeLine reports whether a line is page UI rather than article text.
func (r *textReader) chromeLine(l line) bool {
	s := strings.TrimFunc(l.text, isBlank)
	if s[0] == '|' {
		// An empty table row.
		return strings.Trim(s, "| \t") == ""
	}
	if strings.Contains(s, "。") {
		return false // a sentence: page UI holds none, and most lines are one
	}
	if breadcrumbLine(s) || linkBar(s) || vocab.IsUI(s) || todayLine(s) || welcomeLine(s) || leaveSiteLine(s) || commentLine(s) || headlineList(s) || styleRules(s) || ruleLine(s) || keywordLine(s) || moreLine(s) {
		return true
	}
	if s == "次" || s == "人次" {
		// 点击： / 次: a counter's unit under its label, the count lost.
		return r.counterAbove(l)
	}
	if len(s) > 256 || !r.mayStartWithLabel(s) {
		// UI is short, and starts with a label; an article line is not
		// worth scanning for labels.
		return false
	}
	a := r.analyse(l.text)
	return a.uiLine()
}

// moreLine reports the heading of a box of the page's links: a column's
// name and its 更多 link (滚动快递 更多>, 图片新闻 更多>>).
func moreLine(s string) bool {
	name, more, ok := strings.Cut(s, " ")
	if !ok || !strings.HasPrefix(strings.TrimSpace(more), "更多") {
		return false // most lines
	}
	more = strings.TrimRight(strings.TrimSpace(more), ">＞»›+ ")
	return more == "更多" && columnWord(name)
}

// keywordLine reports a line of search phrases a copy put on the page for
// search engines (甲乙丙-丁戊己-庚辛-壬癸, 甲乙_丙丁_…): four phrases or more,
// each with Chinese in it, parted by one kind of mark, with no sentence,
// no brackets and no kind of document at its end.
func keywordLine(s string) bool {
	for _, sep := range []string{"_", "-", "|"} {
		if strings.Count(s, sep) < minKeywords-1 {
			continue // most lines
		}
		if strings.ContainsAny(s, "()（）《》[]【】") || vocab.EndsInGenre(s) {
			return false
		}
		phrases := 0
		for p := range strings.SplitSeq(s, sep) {
			p = strings.TrimFunc(p, vocab.IsSpace)
			if n := vocab.RuneCount(p); n < 2 || n > maxKeywordRunes || !strings.ContainsFunc(p, vocab.IsHan) {
				phrases = 0
				break
			}
			phrases++
		}
		if phrases >= minKeywords {
			return true
		}
	}
	return false
}

// Bounds of keywordLine: the fewest phrases, and the longest, in
// characters.
const (
	minKeywords     = 4
	maxKeywordRunes = 30
)

// ruleLine reports a line drawn across the page with box-drawing
// characters or dashes (───, ━━━, ———, ====): a rule, no text.
func ruleLine(s string) bool {
	if len(s) < 3 {
		return false
	}
	for _, r := range s {
		if !strings.ContainsRune("─━—-=＝_＿~～", r) {
			return false
		}
	}
	return true
}

// styleRules reports a line of a style sheet that a scrape kept as text
// (.article P{margin-top:0;…}): a rule's braces around a declaration,
// and no Han character.
func styleRules(s string) bool {
	open := strings.IndexByte(s, '{')
	if open <= 0 {
		return false
	}
	end := strings.IndexByte(s[open:], '}')
	return end > 0 && strings.IndexByte(s[open:open+end], ':') > 0 && hanCount(s) == 0
}

// todayLine reports the site's calendar widget: a short line that names
// today, or the lunar date, and a day of the week (今天是：2019年10月31日
// 星期三 农历十月初七). A document's dates name the day of the week too
// (2022年7月22日（星期五）9:00), but never today.
func todayLine(s string) bool {
	if len(s) > maxTodayLine || !strings.Contains(s, "今天") && !strings.Contains(s, "今日") && !strings.Contains(s, "农历") {
		return false
	}
	i := strings.Index(s, "星期")
	if i < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i+len("星期"):])
	return strings.ContainsRune("一二三四五六日天", r)
}

// headlineList reports a list of headlines flattened to one line, each a
// space apart (某某在会上强调 全面排查返乡人员 关于…的通告 …), as an
// e-paper prints the page's articles above the one shown: many long
// phrases of Chinese and not one mark of punctuation, which a line of
// text always has and a list of names has short items, and no kind of
// document at its end.
func headlineList(s string) bool {
	if len(s) < 3*minHeadlines*minHeadlineRunes || strings.ContainsFunc(s, unicode.IsPunct) || vocab.EndsInGenre(s) {
		// A title that names its issuers a space apart (某局 某局 关于…的通知)
		// ends in the kind of document.
		return false
	}
	items, runes := 0, 0
	for item := range strings.FieldsFuncSeq(s, vocab.IsSpace) {
		if !strings.ContainsFunc(item, vocab.IsHan) {
			return false
		}
		items++
		runes += vocab.RuneCount(item)
	}
	return items >= minHeadlines && runes >= items*minHeadlineRunes
}

// A headline list has minHeadlines items or more, of minHeadlineRunes
// characters each on average.
const (
	minHeadlines     = 5
	minHeadlineRunes = 6
)

// commentLine reports what is left of an HTML comment that a scraper kept
// as text (<!--enpproperty …, … /enpproperty-->): a template's data, no
// article's text.
func commentLine(s string) bool {
	return strings.HasPrefix(s, "<!--") || strings.HasPrefix(s, "-->") || strings.HasSuffix(s, "-->")
}

// leaveSiteLine reports the text of the dialog a government site shows
// before a link takes the reader elsewhere (您访问的链接即将离开“某某”门户网站
// 是否继续？), which a scrape keeps as a line.
func leaveSiteLine(s string) bool {
	return len(s) <= maxWelcomeLine*2 && strings.Contains(s, "即将离开") && strings.Contains(s, "网站")
}

// welcomeLine reports the site's greeting (欢迎访问某某网！), a short line
// that starts with it.
func welcomeLine(s string) bool {
	return len(s) <= maxWelcomeLine && (strings.HasPrefix(s, "欢迎访问") || strings.HasPrefix(s, "欢迎来到") ||
		strings.HasPrefix(s, "欢迎光临") || strings.HasPrefix(s, "您好，欢迎") || strings.HasPrefix(s, "您好,欢迎"))
}

// maxWelcomeLine bounds a greeting, in bytes: a site's name and a few
// words.
const maxWelcomeLine = 3 * 40

// calendarDate reports a line of a date and its day of the week and
// nothing else (2024年11月22日 星期五): the site's calendar when it stands
// before the page's text, which a document's date never does.
func calendarDate(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return r == '|' || r == '｜' || isBlank(r) }) // a bar of the site's strip
	date, day, ok := strings.Cut(s, "星期")
	if !ok || len(s) > maxTodayLine || !strings.HasSuffix(strings.TrimFunc(date, isBlank), "日") {
		return false
	}
	date = strings.TrimFunc(date, isBlank)
	for _, r := range date {
		if !strings.ContainsRune("0123456789年月日", r) {
			return false
		}
	}
	r, size := utf8.DecodeRuneInString(day)
	return size == len(day) && strings.ContainsRune("一二三四五六日天", r)
}

// maxTodayLine bounds a calendar widget's line, in bytes.
const maxTodayLine = 120

// maxLabelWordBytes bounds the first word of a line that may be a label:
// a qualified label of the longest kind, in UTF-8.
const maxLabelWordBytes = 3 * (vocab.MaxRunes + 4)

// mayStartWithLabel reports whether a line may start with a label: it has a
// colon near its start or a bracket at it, or its first word is a label.
func (r *textReader) mayStartWithLabel(s string) bool {
	head := s[:min(len(s), 64)]
	if strings.IndexByte(head, ':') >= 0 || strings.IndexByte(head, '[') >= 0 ||
		strings.Contains(head, "：") || strings.Contains(head, "【") {
		return true
	}
	first := s
	// Only the start of a long line is searched for the word's end.
	if i := strings.IndexFunc(s[:min(len(s), maxLabelWordBytes+1)], vocab.IsSpace); i >= 0 {
		first = s[:i]
	}
	if len(first) > maxLabelWordBytes {
		return false // a sentence, not a label: no need to compact it
	}
	return r.v.Classify(vocab.Compact(first)).IsLabel() || vocab.RuneCount(first) == 1
}

// Breadcrumb reports a 首页 > 政务公开 > … line.
func Breadcrumb(s string) bool {
	if !strings.HasPrefix(s, "首页") {
		return false
	}
	rest := strings.TrimLeftFunc(s[len("首页"):], vocab.IsSpace)
	return strings.HasPrefix(rest, ">") || strings.HasPrefix(rest, "＞") ||
		strings.HasPrefix(rest, "»") || strings.HasPrefix(rest, "›") || strings.HasPrefix(rest, "-") ||
		strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, "／")
}

// trailLabels name a breadcrumb before its trail.
var trailLabels = []string{"您当前的位置", "您的位置", "当前位置", "所在位置"}

// trailLabel reports a line that starts with a breadcrumb's label
// (当前位置：首页), whose trail may wrap onto the next line.
func trailLabel(s string) bool {
	for _, w := range trailLabels {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// breadcrumbLine reports a breadcrumb, after the words that may name it
// (当前位置：首页 > 政务公开).
func breadcrumbLine(s string) bool {
	if i := strings.Index(s, ">"); i > 0 && strings.Count(s, ">") >= 2 && vocab.IsUI(s[:i]) {
		// 返回首页 > 位置： 某某网 > 某县 > 正文: a link back before the
		// trail, which a short label may name.
		s = strings.TrimLeftFunc(s[i+1:], vocab.IsSpace)
		if rest, ok := strings.CutPrefix(s, "位置"); ok {
			s = "当前位置" + rest
		}
	}
	for _, w := range trailLabels {
		if rest, ok := strings.CutPrefix(s, w); ok {
			s = strings.TrimLeftFunc(rest, func(r rune) bool { return vocab.IsSpace(r) || vocab.IsColon(r) })
			// Under its label a trail may start at the site's name
			// (您当前的位置：某某网 > 政务 > 政府公告).
			return Breadcrumb(s) || strings.ContainsAny(s, ">＞»›") && !strings.ContainsAny(s, "。，")
		}
	}
	return Breadcrumb(s) || siteTrail(s)
}

// siteTrail reports a trail from the site's name without a label (某某网 >
// 大同频道 > 社会综合): three steps or more a > apart, each short, with no
// punctuation.
func siteTrail(s string) bool {
	if strings.Count(s, ">") < 2 || strings.ContainsAny(s, "。，；：:") {
		return false // most lines
	}
	for step := range strings.SplitSeq(s, ">") {
		step = strings.TrimFunc(step, vocab.IsSpace)
		if step == "" || vocab.RuneCount(step) > maxLinkRunes {
			return false
		}
	}
	return true
}

// maxLinkRunes is the longest item of a bar of UI links.
const maxLinkRunes = 12

// linkBar reports a line of UI links separated by bars, such as
// "网站支持IPV6 | 无障碍阅读": at least two short items and no sentence.
func linkBar(s string) bool {
	if !strings.Contains(s, "|") && !strings.Contains(s, "｜") && !strings.Contains(s, "丨") ||
		strings.Contains(s, "。") || strings.Contains(s, "，") {
		return false
	}
	items := 0
	// 丨, a character drawn as a bar, separates links too (繁體 丨 手机版).
	for item := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '|' || r == '｜' || r == '丨' }) {
		item = strings.TrimFunc(item, vocab.IsSpace)
		if item == "" {
			continue
		}
		if dateLike(item) {
			return false // 某网微博 | 2023-01-31 15:29:37: the page's source and date
		}
		for word := range strings.FieldsFuncSeq(item, vocab.IsSpace) {
			// Links a space apart between two bars (某区人民政府 部门街镇)
			// are short each.
			if vocab.RuneCount(word) > maxLinkRunes {
				return false
			}
		}
		items++
	}
	return items >= 2
}

// maxTitleAbove is how many lines above a metadata block are looked at for
// a title.
const maxTitleAbove = 8

// titleAbove reports whether one of the last lines before byte offset end
// reads as a title: no sentence, no label, ending in a genre word.
func (r *textReader) titleAbove(end int) bool {
	start := end
	for k := 0; k < maxTitleAbove && start > 0; k++ {
		start = strings.LastIndexAny(r.text[:start-1], "\r\n") + 1
		t := strings.TrimFunc(LineText(r.text[start:end]), isBlank)
		if t != "" && !isProse(t) && vocab.RuneCount(t) >= minTitleRunes &&
			vocab.EndsInGenre(vocab.Compact(t)) && !strings.ContainsAny(t, ":：") {
			return true
		}
		end = start
	}
	return false
}

// LineText returns s up to its first line break.
func LineText(s string) string {
	if i := LineEnd(s); i >= 0 {
		return s[:i]
	}
	return s
}
