package parse

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/page"
	"github.com/govnotice/govnotice/parse/internal/structure"
	"github.com/govnotice/govnotice/parse/internal/vocab"
	"github.com/govnotice/govnotice/variant/space"
)

// The field mapping: label/value pairs become record fields, values go
// through package notice's parsers, and what is odd becomes a problem. The
// first label of a field wins; a later label of a filled field, unknown
// labels and known labels without a field go to Extra in order; page UI
// goes nowhere.

// pairs maps pairs found at from (the metadata header, or the page's lines
// beside the article) onto the record, in order. Pairs beside the article
// fill only what is empty and add nothing to Extra.
func (b *builder) pairs(pairs []page.Pair, from string) {
	if len(pairs) == 0 {
		return
	}
	header := from == notice.FromHeader
	hasPublisher := false
	var labelled uint64 // the fields a label of the block names, a bit each
	for _, p := range pairs {
		if p.Kind.Role == vocab.RoleField {
			hasPublisher = hasPublisher || p.Kind.Field == vocab.Publisher
			if p.Label != "" {
				labelled |= 1 << p.Kind.Field
			}
		}
	}
	n := b.n
	for _, p := range pairs {
		kind := p.Kind
		if p.Label == "" && kind.Role == vocab.RoleField && labelled&(1<<kind.Field) != 0 {
			// A date without its label on the page's info line (the
			// copy's time: 2023-8-7 13:50 | 发布者：…) yields to the
			// block's label for it (公布日期：1997.12.26).
			b.explain(p, from, kind.Field.Key(), p.Value, OutcomeSkipped)
			continue
		}
		if kind.Role == vocab.RoleUI {
			b.explain(p, from, "", p.Value, OutcomeUI)
			continue
		}
		if kind.Role == vocab.RoleField && kind.Field == vocab.Responsible {
			kind = vocab.Label{Role: vocab.RoleExtra}
			if !hasPublisher {
				kind = vocab.Of(vocab.Publisher)
			}
		}
		value := b.cleanValue(kind.Field, p)
		if kind.Role == vocab.RoleField && kind.Field == vocab.Source && vocab.Compact(p.Label) == "来自" && vocab.RegionOnly(value) {
			// 发表于 … 来自 浙江温州: where a forum's poster was, no source.
			kind = vocab.Label{Role: vocab.RoleExtra}
		}
		if kind.Role != vocab.RoleField {
			if vocab.Credit(p.Label) {
				value = b.cutDate(value, p) // 编辑：王某 2021-05-28 15:29:14: the page's date after the credit
			}
			if header {
				n.Extra = append(n.Extra, notice.Field{Label: p.Label, Value: value})
				b.explain(p, from, "", value, OutcomeExtra)
			} else {
				b.explain(p, from, "", value, OutcomeSkipped)
			}
			continue
		}
		f := kind.Field
		key := f.Key()
		if !header {
			switch {
			case value == "":
				b.explain(p, from, key, value, OutcomeEmpty)
			case !b.empty(f):
				b.explain(p, from, key, value, OutcomeSkipped)
			case b.set(f, value, p, from):
				b.filled[f] = value
				b.explain(p, from, key, value, OutcomeFilled)
			default:
				b.explain(p, from, key, value, OutcomeUnread)
			}
			continue
		}
		if first, ok := b.filled[f]; ok {
			n.Extra = append(n.Extra, notice.Field{Label: p.Label, Value: value})
			if value != "" && value != first {
				b.warn(key, notice.RuleDuplicate, p.At,
					fmt.Sprintf("%s %q differs from the first value %q; kept in extra", p.Label, value, first))
			}
			b.explain(p, from, key, value, OutcomeDuplicate)
			continue
		}
		if value == "" {
			b.explain(p, from, key, value, OutcomeEmpty)
			continue // an empty value does not fill its field
		}
		if b.set(f, value, p, from) {
			b.filled[f] = value
			b.explain(p, from, key, value, OutcomeFilled)
		} else {
			b.explain(p, from, key, value, OutcomeUnread)
		}
	}
}

// A compile-time check: pairs keeps a set of fields in a uint64, which this
// fails to compile once vocab has more fields than the word has bits.
var _ [63 - int(vocab.Responsible)]struct{}

// empty reports whether field f of the record is unset.
func (b *builder) empty(f vocab.Field) bool {
	n := b.n
	switch f {
	case vocab.Source:
		return n.Source == ""
	case vocab.Published:
		return n.Published == nil
	case vocab.Created:
		return n.Created == nil
	}
	_, ok := b.filled[f]
	return !ok
}

// cleanValue makes a value canonical: control characters removed, white
// space cleaned, placeholders emptied, a template's trailing separator
// dropped.
func (b *builder) cleanValue(f vocab.Field, p page.Pair) string {
	v, removed := page.RemoveControls(p.Value)
	if removed > 0 {
		key := f.Key()
		if key == "" {
			key = "extra"
		}
		b.warn(key, notice.RuleEncoding, p.ValueAt, fmt.Sprintf("removed %d control characters", removed))
	}
	switch f {
	case vocab.Link:
		v = strings.TrimFunc(v, vocab.IsSpace) // URLs are only trimmed
	case vocab.Attachments:
		v = space.Clean(v) // a URL may end in a separator
	case vocab.Topic:
		v = cleanTopic(trimSeparators(space.Clean(v)))
	case vocab.Title:
		v = structure.CutSiteTag(trimTitle(space.Clean(v))) // 【工作计划】…: the column's tag, as over a title of the body
	default:
		v = trimSeparators(cutCounter(vocab.CutWidget(cutLostMarks(space.Clean(v)))))
	}
	if isPlaceholder(v) {
		return ""
	}
	return v
}

// cutLostMarks cuts the question marks that end a value (某镇 ????): the
// characters a copy lost, a run of minLostMarks or more, which no value
// writes.
func cutLostMarks(v string) string {
	t := strings.TrimRight(v, "?？")
	if vocab.RuneCount(v[len(t):]) < minLostMarks {
		return v
	}
	return strings.TrimRightFunc(t, vocab.IsSpace)
}

// minLostMarks is the shortest run of question marks cutLostMarks cuts.
const minLostMarks = 3

// cutDate cuts a date run together with a source or publisher off its end
// (来源：某省人民政府网站2019-01-07 11:58, the date of a page info line
// that lost its label): the date is the publication date when no label
// gives one.
func (b *builder) cutDate(v string, p page.Pair) string {
	v, d := cutTrailingDates(v)
	if d != nil && b.inValues.published == nil {
		b.inValues.published, b.inValues.publishedAt = d, p.ValueAt
	}
	return v
}

// cutTrailingDates cuts the dates that end v and the separators before
// each, and returns what is left and the last date of v, or nil. What a
// date leaves may end as the value did before its separators were
// trimmed (来源：新华社（2019-01-07 is 新华社), or in another date, which
// goes too: what is left must read the same when read again.
func cutTrailingDates(v string) (string, *notice.Date) {
	var last *notice.Date
	for {
		head, d := structure.TrailingDate(v)
		if d == nil {
			return v, last
		}
		if last == nil {
			last = d
		}
		v = trimSeparators(head)
	}
}

// lastInPath returns the last body of a publisher written as the path of
// bodies a site files it under (某市人民政府->某市人力资源和社会保障局):
// the one that published.
func lastInPath(v string) string {
	for _, sep := range []string{"->", "→", "＞", ">"} {
		if i := strings.LastIndex(v, sep); i >= 0 {
			if last := strings.TrimSpace(v[i+len(sep):]); last != "" {
				return last
			}
		}
	}
	return v
}

// trimSeparators drops the separators a template leaves after a value
// (政府办,), the white space around them, an opening bracket, and the
// middle dot between the items of a page's info line (某网 · 2020-11-11).
func trimSeparators(v string) string {
	return strings.TrimRightFunc(v, func(r rune) bool {
		return isSeparator(r) || vocab.IsSpace(r) || isOpening(r) || r == '·' || r == '•'
	})
}

// isOpening reports an opening bracket: at the end of a value it starts
// page UI the layout ran into it (2015-12-22 12:07 【字体：大 中 小】).
func isOpening(r rune) bool { return strings.ContainsRune("【（([［〔《「『", r) }

// cleanTopic removes the spaces around the \ of a topic's hierarchy, and a
// \ that ends it: 综合政务 \ 其他 is 综合政务\其他, 其他\ is 其他.
func cleanTopic(v string) string {
	v = strings.TrimRight(v, "\\＼ ") // 其他\: the hierarchy's separator with nothing after it
	if !strings.Contains(v, "\\") {
		return v
	}
	parts := strings.Split(v, "\\")
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
	}
	return strings.Join(parts, "\\")
}

// set stores a cleaned, non-empty value of pair p in field f, read at from.
// It reports whether the field is filled: a date that is not a date leaves
// its field to a later label.
func (b *builder) set(f vocab.Field, v string, p page.Pair, from string) bool {
	n := b.n
	key := f.Key()
	switch f {
	case vocab.IndexNumber:
		x, err := parseIndexNumber(v)
		if err != nil {
			b.warn(key, notice.RuleShape, p.ValueAt, fmt.Sprintf("%q has no known shape (%s); kept as text", v, reason(err)))
		}
		n.IndexNumber = x
	case vocab.DocNumber:
		if !strings.ContainsFunc(v, isNumeral) {
			// 其他, 见正文: a template's word in the cell, no number. The
			// field is left to the document's own 文号.
			b.warn(key, notice.RuleShape, p.ValueAt, fmt.Sprintf("%q is not a document number (no numeral)", v))
			return false
		}
		x, err := parseDocNumber(v)
		if err != nil {
			b.warn(key, notice.RuleShape, p.ValueAt, fmt.Sprintf("%q has no known shape (%s); kept as text", v, reason(err)))
		}
		n.DocNumber = x
	case vocab.Created, vocab.Published, vocab.Effective, vocab.Abolished:
		d, err := parseDate(v)
		if err != nil {
			d, err = dateBeforeBar(v, err)
		}
		if err != nil {
			dd, who, ok := structure.DateThenBody(v)
			if !ok {
				b.warn(key, ruleOf(err), p.ValueAt, fmt.Sprintf("%q is not a date (%s)", v, reason(err)))
				return false
			}
			// 2023-04-26 16:00某县交通运输局: the body that published the
			// page, run into the date; a label of its own wins.
			d = &dd
			if b.inValues.publisher == "" {
				b.inValues.publisher, b.inValues.publisherAt = who, p.ValueAt
			}
		}
		*b.date(f) = d
	case vocab.Title:
		// A 文号 in the title's final parentheses is the document's
		// (FORMAT.md §9.2), unless a 文号 label says otherwise: it fills the
		// field after the header's labels.
		n.Title = v
		if t, dn := structure.TrailingNumber(v); dn != nil {
			n.Title = t
			b.inValues.docNumber, b.inValues.docNumberAt = dn, p.ValueAt
		} else if t, dn := structure.LeadingNumber(v); dn != nil {
			n.Title = t // 盘政发〔2010〕22号 盘锦市人民政府关于…
			b.inValues.docNumber, b.inValues.docNumberAt = dn, p.ValueAt
		}
	case vocab.Publisher:
		n.Publisher = lastInPath(b.cutDate(v, p))
	case vocab.Source:
		n.Source = cutRepost(b.cutDate(v, p))
	case vocab.Topic:
		n.Topic = v
	case vocab.Collection:
		n.Collection = v
	case vocab.Genre:
		n.Genre = v
	case vocab.Validity:
		n.Validity = v
	case vocab.Summary:
		n.Summary = v
	case vocab.Keywords:
		n.Keywords = splitKeywords(v)
	case vocab.Link:
		n.Link = v
		if start, end, ok := findURL(v); ok {
			n.Link = v[:start] + b.rawURL(v[start:end], page.Cell{Text: p.Value, At: p.ValueAt}) + v[end:]
		}
	case vocab.Attachments:
		if len(p.Cells) == 0 {
			// 文件下载：甲.pdf | 乙.pdf: a label line's value, its names
			// parted by bars as a table's cells would part them.
			for _, name := range strings.FieldsFunc(v, func(r rune) bool { return r == '|' || r == '｜' }) {
				if name = strings.TrimSpace(name); name != "" {
					n.Attachments = append(n.Attachments, b.attachment(name, page.Cell{Text: p.Value, At: p.ValueAt}))
				}
			}
			break
		}
		// One attachment a cell: | 文件下载： | 说明.pdf <URL> | 附表.xls |
		for _, c := range p.Cells {
			v, _ := page.RemoveControls(c.Text)
			if v = space.Clean(v); v != "" {
				n.Attachments = append(n.Attachments, b.attachment(v, c))
			}
		}
	}
	b.origin(key, from, p.Label, v, p.At)
	return true
}

// date returns the date field f of the record.
func (b *builder) date(f vocab.Field) **notice.Date {
	switch f {
	case vocab.Created:
		return &b.n.Created
	case vocab.Published:
		return &b.n.Published
	case vocab.Effective:
		return &b.n.Effective
	}
	return &b.n.Abolished
}

// attachment reads an attachment value v, cleaned from the raw value in: a
// name, an URL, or both.
func (b *builder) attachment(v string, in page.Cell) notice.Attachment {
	start, end, ok := findURL(v)
	if !ok {
		if name, u, ok := bracketedURL(v); ok {
			return notice.Attachment{Name: name, URL: b.rawBracketed(u, in)}
		}
		return notice.Attachment{Name: strings.TrimRightFunc(v, isSeparator)}
	}
	before, after := v[:start], v[end:]
	if strings.HasSuffix(before, "<") && strings.HasPrefix(after, ">") {
		// name <URL>, as encode.Text writes it
		before, after = before[:len(before)-1], after[1:]
	}
	name := trimSeparators(space.Clean(before + " " + after))
	return notice.Attachment{Name: name, URL: b.rawURL(v[start:end], in)}
}

// bracketedURL reads a name followed by a URL in angle brackets that holds
// no scheme, as encode.Text writes a relative link: 说明.pdf <./P0201.pdf>.
// The URL holds no white space, and a dot or a slash (<全文> is no link).
func bracketedURL(v string) (name, u string, ok bool) {
	inner, found := strings.CutSuffix(v, ">")
	i := strings.LastIndexByte(inner, '<')
	if !found || i < 0 || i > 0 && inner[i-1] != ' ' {
		return "", "", false
	}
	u = inner[i+1:]
	if !strings.ContainsAny(u, "./") || strings.ContainsFunc(u, func(r rune) bool { return vocab.IsSpace(r) || r == '<' }) {
		return "", "", false
	}
	return trimSeparators(space.Clean(inner[:i])), u, true
}

// rawBracketed returns the URL u, which stands in angle brackets in the
// canonical value in, as the decoded page has it: the canonical steps
// would change a relative link's Han characters and punctuation.
func (b *builder) rawBracketed(u string, in page.Cell) string {
	k := strings.Index(in.Text, "<"+u+">")
	if in.At.Off < 0 || k < 0 {
		return cleanURL(u)
	}
	at := in.At
	at.Off += k + 1
	line, col := b.cols.place(at)
	raw, ok := b.cols.decodedLine(line)
	if !ok || col < 1 {
		return cleanURL(u)
	}
	off := 0
	for n := 1; n < col && off < len(raw); n++ {
		_, size := utf8.DecodeRuneInString(raw[off:])
		off += size
	}
	j := strings.IndexByte(raw[off:], '>')
	if j <= 0 || vocab.RuneCount(raw[off:off+j]) != vocab.RuneCount(u) {
		return cleanURL(u)
	}
	return cleanURL(raw[off : off+j])
}

// rawURL returns the URL u, found in the canonical value in, as the page
// has it before canonicalisation: URLs are exempt from the canonical steps.
func (b *builder) rawURL(u string, in page.Cell) string {
	i := strings.Index(in.Text, u)
	if in.At.Off < 0 || i < 0 {
		return cleanURL(u)
	}
	if raw, ok := b.urls.raw(in.At.Off + i); ok {
		return cleanURL(raw)
	}
	return cleanURL(u)
}

// splitKeywords splits a keyword list on white space and the list
// separators.
func splitKeywords(v string) []string {
	var out []string
	for k := range strings.FieldsFuncSeq(v, func(r rune) bool {
		return vocab.IsSpace(r) || strings.ContainsRune("，,；;、", r)
	}) {
		out = append(out, k)
	}
	return out
}

// isSeparator reports a separator a template leaves after a value.
func isSeparator(r rune) bool {
	return strings.ContainsRune(",，、;；:：|｜/", r)
}

// trimTitle drops what ends a value but no title: a separator other than
// a slash (a title may end in a path: Directory listing for /pages/), an
// opening bracket, white space. Titles from labels and from the page are
// trimmed alike, so that a title reads the same wherever it is written.
func trimTitle(t string) string {
	return strings.TrimRightFunc(t, func(r rune) bool {
		return r != '/' && isSeparator(r) || vocab.IsSpace(r) || isOpening(r)
	})
}

// cutCounter removes a page's counter run into the end of a value without
// its label's colon (本站原创 浏览4482次, 某局 点击：12, 某网 · 4825人看过),
// or with its colon and no count (某局点击：[]).
func cutCounter(v string) string {
	for _, w := range []string{"人看过", "人浏览", "人阅读", "次浏览", "次阅读"} {
		// 某网 · 2020-11-11 · 4825人看过: the count before its word.
		if head, ok := strings.CutSuffix(v, w); ok {
			if t := strings.TrimRight(head, "0123456789"); t != head {
				if t = trimSeparators(t); t != "" {
					return t
				}
			}
		}
	}
	for _, w := range []string{"浏览", "点击", "阅读", "访问", "人气"} {
		i := strings.LastIndex(v, w)
		if i <= 0 {
			continue
		}
		rest := strings.TrimSpace(strings.TrimLeft(v[i+len(w):], "量次数人"))
		colon := strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "：")
		rest = strings.TrimSpace(strings.TrimLeft(rest, ":："))
		rest = strings.TrimSuffix(strings.TrimSpace(strings.TrimLeft(rest, "0123456789")), "次")
		if colon && strings.Trim(rest, "[]［］ ") == "" {
			rest = "" // 点击：[], a counter the copy left empty
		}
		if rest == "" && (colon || strings.ContainsAny(v[i:], "0123456789")) {
			if head := strings.TrimSpace(v[:i]); head != "" {
				return head
			}
		}
	}
	return v
}

// isNumeral reports a digit, ASCII or full-width, or a Chinese numeral: a
// 文号 holds at least one.
func isNumeral(r rune) bool {
	return '0' <= r && r <= '9' || '０' <= r && r <= '９' || strings.ContainsRune("〇○零一二三四五六七八九十百", r)
}

// maxNoneWhat bounds the word after 暂无 in a placeholder, in characters.
const maxNoneWhat = 4

// isPlaceholder reports a value that stands for nothing: dashes, 无, 暂无
// (alone or naming what, 暂无来源), a 文号 cell that holds only 号, or a
// template's null.
func isPlaceholder(v string) bool {
	switch v {
	case "", "无", "暂无", "空", "null", "NULL", "Null", "none", "None", "号":
		// 暂无 (none yet) and a template's unfilled null, seen in the
		// cells of headers.
		return true
	}
	if rest, ok := strings.CutPrefix(v, "暂无"); ok && vocab.IsHanString(rest) && vocab.RuneCount(rest) <= maxNoneWhat {
		return true // 暂无来源: none yet, and of what
	}
	for _, r := range v {
		switch r {
		case '-', '—', '–', '―', '－', '─', ' ':
		default:
			return false
		}
	}
	return true
}

// cutRepost cuts the word a page puts after the source it copied from
// (来源：今日长子 转载): the source is the name.
func cutRepost(v string) string {
	for _, w := range []string{"转载", "转发", "供稿"} {
		if head, ok := strings.CutSuffix(v, w); ok && strings.TrimFunc(head, vocab.IsSpace) != "" {
			return strings.TrimRightFunc(head, vocab.IsSpace)
		}
	}
	return v
}

// dateBeforeBar reads a date value that a bar parts from the strip's other
// cells (2023-10-18 08:35:37 | 显示全部楼层 | 阅读模式, a forum post's stamp):
// no date holds a bar. It returns err, the error of the whole value, when the
// text before the bar is no date either.
func dateBeforeBar(v string, err error) (*notice.Date, error) {
	i := strings.IndexAny(v, "|｜")
	if i <= 0 {
		return nil, err
	}
	d, err2 := parseDate(strings.TrimSpace(v[:i]))
	if err2 != nil {
		return nil, err
	}
	return d, nil
}
