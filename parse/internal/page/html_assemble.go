package page

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/govnotice/govnotice/parse/internal/vocab"
	"github.com/govnotice/govnotice/variant/space"
)

// canonical makes every text the walk collected canonical in one call of
// canon: the units, the <head> evidence and the names of the links to
// files. Each is a line of one text, so that the call keeps them apart;
// that text is Page.Text, and the same before canonicalisation Page.Raw.
func (r *renderer) canonical(canon func(string) string, p *Page) {
	r.fileLinks()
	var raw strings.Builder
	controls, first := 0, NoPos
	add := func(s *string, at Pos) {
		t, n := RemoveControls(*s)
		if n > 0 && controls == 0 {
			first = at
		}
		controls += n
		*s = strings.ReplaceAll(strings.ReplaceAll(t, "\n", " "), "\r", " ")
		raw.WriteString(*s)
		raw.WriteByte('\n')
	}
	for i := range r.units {
		u := &r.units[i]
		if u.cells == nil {
			add(&u.text, u.at)
			continue
		}
		for k := range u.cells {
			add(&u.cells[k].text, u.cells[k].at)
		}
	}
	for i := range r.hints {
		add(&r.hints[i].text, r.hints[i].at)
	}
	for i := range r.links {
		add(&r.links[i].name, r.links[i].at)
	}
	if controls > 0 {
		p.Problems = append(p.Problems, controlsProblem("body", controls, first))
	}
	p.Raw = raw.String()
	p.Text = canon(p.Raw)
	lines := newLineSplitter(p.Text)
	if strings.Count(p.Text, "\n") != strings.Count(p.Raw, "\n") {
		// Canonical steps never join or split lines; should one, the text
		// is kept as decoded rather than cut in the wrong places.
		p.Text, lines = p.Raw, newLineSplitter(p.Raw)
	}
	next := func(s *string) int {
		off, t := lines.next()
		*s = t
		return off
	}
	for i := range r.units {
		u := &r.units[i]
		if u.cells == nil {
			u.at.Off = next(&u.text)
			continue
		}
		for k := range u.cells {
			u.cells[k].at.Off = next(&u.cells[k].text)
		}
	}
	for i := range r.hints {
		r.hints[i].at.Off = next(&r.hints[i].text)
	}
	for i := range r.links {
		r.links[i].at.Off = next(&r.links[i].name)
	}
}

// lineSplitter hands out the lines of a text with their offsets.
type lineSplitter struct {
	text string
	pos  int
}

func newLineSplitter(text string) *lineSplitter { return &lineSplitter{text: text} }

func (l *lineSplitter) next() (int, string) {
	start := l.pos
	i := strings.IndexByte(l.text[start:], '\n')
	if i < 0 {
		l.pos = len(l.text)
		return start, l.text[start:]
	}
	l.pos = start + i + 1
	return start, l.text[start : start+i]
}

// assemble reads the page from its canonical units.
func (r *renderer) assemble(p *Page) {
	meta := r.metadataBlocks()
	isMeta := func(u *unit) bool { return meta[u.block] || r.metaLines[u] }
	sx := syntax{v: r.v}
	b := newBlock()
	for i := 0; i < len(r.units); i++ {
		u := &r.units[i]
		if !isMeta(u) || u.where == after && !r.metaLines[u] {
			continue
		}
		if i+1 < len(r.units) && r.transposed(u, &r.units[i+1]) {
			r.pairColumns(b, u, &r.units[i+1])
			i++
			continue
		}
		a, pos := r.analyse(sx, u)
		if len(a.items) == 0 {
			continue
		}
		b.add(a, pos)
	}
	p.Pairs = b.pairs

	heading := r.headingUnits(meta)
	var body []*unit
	for i := range r.units {
		u := &r.units[i]
		if u.where == inside && !isMeta(u) && !u.hidden {
			body = append(body, u)
		}
	}
	if len(heading) > 0 && len(body) > 0 && compact(heading[0].text) == compact(body[0].paraText()) {
		heading = nil // the article repeats its heading
	}
	p.Paras = make([]Para, 0, len(heading)+len(body))
	for _, u := range heading {
		if para := u.para(); para.Text != "" {
			p.Paras = append(p.Paras, para)
		}
	}
	for _, u := range body {
		if para := u.para(); para.Text != "" {
			p.Paras = append(p.Paras, para)
		}
	}
	p.Info = r.info(sx)
	p.Links = r.pageLinks(meta)
	for _, h := range r.hints {
		if h.text != "" {
			p.Hints = append(p.Hints, Hint{Kind: h.kind, Text: h.text, At: h.at})
		}
	}
}

// paraText is the text of a unit as a paragraph of the article: a table row
// as "| cell | cell |".
func (u *unit) paraText() string {
	if u.cells == nil {
		return u.text
	}
	var b strings.Builder
	b.WriteString("|")
	for _, c := range u.cells {
		b.WriteString(" ")
		b.WriteString(c.text)
		b.WriteString(" |")
	}
	return b.String()
}

// para is the unit as a paragraph, its white space cleaned as a text
// page's lines are (spec §6.6): a browser shows U+3000 and U+00A0 runs, and
// the empty cells of a row, as space, but a record's strings hold no run of
// white space.
func (u *unit) para() Para {
	at := u.at
	if u.cells != nil {
		at.Off = -1 // the row's text is new, not cut from Page.Text
	}
	return Para{Text: space.Clean(u.paraText()), At: at, Heading: u.heading}
}

// analyse reads the labels of a unit, and returns the function that turns
// the offsets of its items into positions.
func (r *renderer) analyse(sx syntax, u *unit) (analysis, func(int) Pos) {
	if u.cells != nil {
		cells := make([]item, len(u.cells))
		for k, c := range u.cells {
			cells[k] = item{text: c.text, off: c.at.Off}
		}
		pos := func(off int) Pos {
			k := len(u.cells) - 1
			for k > 0 && u.cells[k].at.Off > off {
				k--
			}
			at := u.cells[k].at
			at.Off = off
			return at
		}
		return sx.cells(cells, false), pos
	}
	pos := func(off int) Pos {
		at := u.at
		at.Off = off
		return at
	}
	if u.item && utf8.RuneCountInString(u.text) <= maxLabelRunes {
		if it, ok := sx.cellLabel(u.text, u.at.Off); ok {
			return analysis{kind: rowText, items: []item{it}}, pos
		}
	}
	text, bulleted := stripBullet(u.text)
	a := analysis{kind: rowText, items: sx.scanLabels(text, u.at.Off+len(u.text)-len(text))}
	a.bulleted = bulleted
	return a, pos
}

// transposed reports whether unit u is a row of labels and v, the unit
// after it, the row of their values, cell under cell.
func (r *renderer) transposed(u, v *unit) bool {
	if u.cells == nil || v.cells == nil || len(u.cells) < 2 || len(u.cells) != len(v.cells) || u.block != v.block {
		return false
	}
	sx := syntax{v: r.v}
	for _, c := range u.cells {
		if _, ok := sx.cellLabel(c.text, 0); !ok {
			return false
		}
	}
	for _, c := range v.cells {
		if _, ok := sx.cellLabel(c.text, 0); ok {
			return false
		}
	}
	return true
}

// pairColumns adds the pairs of a transposed table: the label of each cell
// of u with the value under it in v.
func (r *renderer) pairColumns(b *block, u, v *unit) {
	sx := syntax{v: r.v}
	for k, c := range u.cells {
		it, _ := sx.cellLabel(c.text, c.at.Off)
		items := []item{it}
		if v.cells[k].text != "" {
			items = append(items, item{text: v.cells[k].text, off: v.cells[k].at.Off})
		}
		lat, vat := c.at, v.cells[k].at
		b.add(analysis{kind: rowPipe, items: items}, func(off int) Pos {
			if off == lat.Off {
				return lat
			}
			vat.Off = off
			return vat
		})
	}
}

// metadataBlocks returns the tables, lists and blocks that form the
// metadata block: those before the article that hold a label, and those at
// the very top of the article that start with one.
func (r *renderer) metadataBlocks() map[*html.Node]bool {
	if r.meta != nil {
		return r.meta
	}
	blocks := make(map[*html.Node]bool)
	r.meta = blocks
	r.metaLines = make(map[*unit]bool)
	for i := range r.units {
		u := &r.units[i]
		if u.where == before && !blocks[u.block] && r.hasLabel(u) {
			blocks[u.block] = true
		}
	}
	labelsOnly := false // the article is label lines and nothing else
	for i := range r.units {
		u := &r.units[i]
		if u.where != inside || blocks[u.block] {
			continue
		}
		if !r.startsWithLabel(u) {
			labelsOnly = false
			break
		}
		labelsOnly = true
		if u.block == r.article {
			// Label lines of the article's own text, at its top: a text
			// page that holds markup, or a fragment without blocks.
			r.metaLines[u] = true
			continue
		}
		blocks[u.block] = true
	}
	if labelsOnly {
		// A page saved without its article's text: the element taken for
		// the article is one column of the metadata block, and the
		// label lines right after it are the other columns.
		for i := range r.units {
			u := &r.units[i]
			if u.where != after || u.hidden || strings.TrimSpace(u.text) == "" && u.cells == nil {
				continue
			}
			if !r.startsWithLabel(u) {
				break
			}
			r.metaLines[u] = true
		}
	}
	return blocks
}

// maxHeadingGap is how much Chinese text (in characters) may stand between
// the heading and the article: tabs and buttons (全真版 文字版 文件下载),
// not a list of links.
const maxHeadingGap = 20

// headingUnits returns the units of the article's heading when it stands
// outside the article container: the last run of units from heading-like
// elements before the article, with nothing but metadata, label lines
// (访问量：, 关联稿件：) and a few words of UI after it.
func (r *renderer) headingUnits(meta map[*html.Node]bool) []*unit {
	var run []*unit
	open := false
	gap := 0
	for i := range r.units {
		u := &r.units[i]
		if u.where != before {
			break
		}
		switch {
		case u.hidden:
		case meta[u.block], u.cells == nil && labelish(u.text):
			open = false
		case u.heading && u.cells == nil && utf8.RuneCountInString(u.text) >= 4:
			if !open {
				run, open, gap = nil, true, 0
			}
			run = append(run, u)
		default:
			open = false
			if gap += hanCount(u.paraText()) + 1; gap > maxHeadingGap {
				run = nil
			}
		}
	}
	return run
}

// labelish reports a line that starts with a short word and a colon, as
// labels and page UI do (访问量：1632, 当前位置：首页 > …).
func labelish(s string) bool {
	i := strings.IndexAny(s, ":：")
	if i <= 0 {
		return false
	}
	n := utf8.RuneCountInString(strings.TrimFunc(s[:i], unicode.IsSpace))
	return n >= 1 && n <= 10
}

// maxLabelRunes bounds the text asked about as a label, in runes.
const maxLabelRunes = 16

// maxColons bounds the colons of one line looked at for labels.
const maxColons = 32

// known reports whether canonical text s is a label of the vocabulary.
func (r *renderer) known(s string) bool {
	return utf8.RuneCountInString(s) <= maxLabelRunes && r.v.Classify(vocab.Compact(s)).Known()
}

// startsWithLabel reports whether a unit of the article is a label line
// (发布机构：某局): a cell or item that is a label, or a label before the
// line's first colon. Unlike hasLabel it does not look for labels later in
// the line, where a sentence of the article may hold one (…附件：名单).
func (r *renderer) startsWithLabel(u *unit) bool {
	first := func(s string, whole bool) bool {
		if whole && r.known(s) {
			return true
		}
		i := strings.IndexAny(s, ":：")
		return i > 0 && r.known(strings.TrimFunc(s[:i], unicode.IsSpace))
	}
	if u.cells != nil {
		for _, c := range u.cells {
			if first(c.text, true) {
				return true
			}
		}
		return false
	}
	return first(u.text, u.item)
}

// hasLabel reports whether a unit holds a label: a cell, a whole item, or
// the word before a colon.
func (r *renderer) hasLabel(u *unit) bool {
	if u.cells != nil {
		for _, c := range u.cells {
			if r.textHasLabel(c.text, true) {
				return true
			}
		}
		return false
	}
	return r.textHasLabel(u.text, u.item)
}

// textHasLabel reports whether s holds a label before a colon, or, when
// whole is set (a cell, a list item), is a label as it stands.
func (r *renderer) textHasLabel(s string, whole bool) bool {
	if s == "" {
		return false
	}
	if whole && r.known(s) {
		return true
	}
	prev, colons := 0, 0
	for i, c := range s {
		if c != ':' && c != '：' {
			continue
		}
		seg := strings.TrimFunc(s[prev:i], unicode.IsSpace)
		prev = i + utf8.RuneLen(c)
		if colons++; colons > maxColons {
			return false
		}
		if seg == "" {
			continue
		}
		if r.known(seg) {
			return true
		}
		if j := strings.LastIndexFunc(seg, unicode.IsSpace); j >= 0 {
			_, size := utf8.DecodeRuneInString(seg[j:])
			if w := seg[j+size:]; w != "" && r.known(w) {
				return true
			}
		}
		if h := trailingHan(seg); h != "" && h != seg && r.known(h) {
			return true
		}
	}
	return false
}

// trailingHan returns the Han characters that end s (信息来源 in
// 01:51:51信息来源).
func trailingHan(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if !vocab.IsHan(r) {
			break
		}
		i -= size
	}
	return s[i:]
}

// compact removes white space, to compare lines.
func compact(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), "")
}

// section returns the article's section: the container, its parent and its
// grandparent, short of <body> (the rest of <body> is the page's header and
// footer).
func (r *renderer) section() *html.Node {
	s := r.article
	for i := 0; i < 2 && s.Parent != nil && s.Parent.DataAtom != atom.Body && s.DataAtom != atom.Body; i++ {
		s = s.Parent
	}
	return s
}

// info returns the pairs of the lines right after the article, within its
// section, that name only the source and the date beside page UI
// (发布日期：2024-06-13 来源：教育部): the page's information about the
// article, which a site may print under it rather than above it.
func (r *renderer) info(sx syntax) []Pair {
	section := r.section()
	var pairs []Pair
	for i := range r.units {
		u := &r.units[i]
		if u.where != after || u.hidden || u.cells != nil || !contains(section, u.block) || r.metaLines[u] {
			continue
		}
		a, pos := r.analyse(sx, u)
		if !pageInfoLine(a) {
			continue
		}
		b := newBlock()
		b.add(a, pos)
		pairs = append(pairs, b.pairs...)
	}
	return pairs
}

// pageInfoLine reports whether a line's labels are the source, the date and
// page UI only, and it starts with one of them.
func pageInfoLine(a analysis) bool {
	if len(a.items) == 0 || !a.items[0].isLabel() {
		return false
	}
	info := false
	for _, it := range a.items {
		switch {
		case !it.isLabel(), it.kind.Role == vocab.RoleUI:
		case it.kind.Role == vocab.RoleField && (it.kind.Field == vocab.Source || it.kind.Field == vocab.Published):
			info = true
		default:
			return false
		}
	}
	return info
}
