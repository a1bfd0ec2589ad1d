package encode

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govnotice/govnotice/notice"
)

// Text writes n to w as a page in the canonical text form, the kind of page
// a parser reads, so that parsing what Text writes can be tested to give n
// back (but for Input, which describes a page and is not written).
//
// The form is a header of pipe rows, one field a row with its canonical
// label, for every field that is not empty, in the order of the record:
//
//	| 索引号： | 013033899/2025-78463 |
//	| 信息名称： | … |
//
// with the labels 索引号 信息名称 文号 发布机构 来源 主题分类 组配分类 体裁分类
// 生成日期 发布日期 生效日期 废止日期 有效性 关键词 内容概览 在线链接地址 文件下载.
// Dates are written 2006-01-02, or 2006-01-02 15:04:05 with a time of day;
// keywords are joined with a space; each attachment is a cell of the 文件下载
// row, its name followed by " <URL>" when it has one (a relative URL too).
// The extra fields follow as rows of their own labels. When no field has a
// row, the header is an empty 索引号 row (before the extra rows): a parser
// starts a header only at a label it knows, and the article's first lines
// must not read as a header.
//
// Then come an empty line and the article, one paragraph a line, with the
// parts of an official document in the order of GB/T 9704-2012: the title
// again, as the article's heading, when the body starts with paragraphs
// that spell it (a parser drops one such copy of the header's title); the
// addressee followed by "："; the body; the signers; the signed date
// (2006年1月2日, with " 15:04:05" when it has a time); each note in "（）";
// each appendix as a line "附件" (or "附件1", "附件2", … when there are
// several), its title and its paragraphs; and last the cc list as
// "抄送：A，B。". A signed date without signers stands alone under a body
// whose last paragraph ends a sentence (。！？), or else beside the 文号
// under the title: "（国办函〔2018〕71号 2018年10月27日）". An appendix without
// a title (the text a parser found after a signature and could not name)
// is written without a heading, under the signature.
//
// Text refuses, with a [*notice.EncodeError] wrapping [ErrTextForm] and before
// writing anything, a value that would change the shape of the page: a line
// break in any value, a "|" in a header value, a keyword holding a keyword
// separator, a cc item holding "，", an empty list item (a parser drops empty
// paragraphs), an extra label that is empty or holds a colon; an appendix
// with paragraphs but no title unless it is the only one and follows a
// signature; a signed date without signers that neither a finished
// sentence nor a 文号 can carry; signers without a date that neither a
// 附注, a finished sentence under an addressee or a 文号, nor a closing
// formula with nothing after the signers can carry; and a
// record with no field set (but
// Input), whose page would be empty. Other text is written as it is: a record
// whose strings are not canonical text (FORMAT.md §6) does not parse back
// to itself.
func Text(w io.Writer, n *notice.Notice) error {
	var t textWriter
	if err := t.notice(n); err != nil {
		return err
	}
	_, err := io.WriteString(w, t.b.String())
	return err
}

type textWriter struct {
	b strings.Builder
	// signedInHead: the head of the article wrote the signed date beside
	// the 文号, so the signature leaves it out.
	signedInHead bool
}

// The text form is walked from the record's field table: the header has a
// row for every field with a header label ([notice.Member.Label]), in the
// order of the record, then the extra pairs as rows of their own labels;
// the article writes its fields in the order of GB/T 9704-2012 with the
// writer textArticle gives each. TestTextFormCoversEveryField checks that
// every field of the record has its place, so that adding a field with a
// label needs nothing here, and adding a part of the article says so.
var (
	textHeader  []notice.Member          // fields with a label, in order
	textMembers map[string]notice.Member // every field by key
)

func init() {
	textMembers = map[string]notice.Member{}
	for _, m := range notice.Members() {
		textMembers[m.Key] = m
		if m.Label != "" {
			textHeader = append(textHeader, m)
		}
	}
}

// textArticle says how the text form writes each field of the article, in
// the order it writes them.
var textArticle = []struct {
	key   string
	write func(t *textWriter, m notice.Member, n *notice.Notice) error
}{
	{"addressee", func(t *textWriter, m notice.Member, n *notice.Notice) error {
		if s, _ := m.Text(n); s != "" {
			return t.line(m.Key, s+"：")
		}
		return nil
	}},
	{"body", func(t *textWriter, m notice.Member, n *notice.Notice) error {
		return t.lines(m.Key, "", m.Strings(n), "")
	}},
	{"signers", func(t *textWriter, m notice.Member, n *notice.Notice) error {
		if err := t.lines(m.Key, "", m.Strings(n), ""); err != nil {
			return err
		}
		if len(n.Signers) > 0 && n.Signed == nil && !undatedSignature(n) {
			return &notice.EncodeError{Field: m.Key, Err: fmt.Errorf("%w: signers without a date need a 正文 and a 附注 under them, a 正文 that ends a sentence under an addressee or a 文号, or one body under such a 正文 and a title of a kind", ErrTextForm)}
		}
		return nil
	}},
	{"signed", func(t *textWriter, m notice.Member, n *notice.Notice) error {
		d := m.Date(n)
		if d == nil || t.signedInHead {
			return nil
		}
		s, err := signedText(m.Key, d)
		if err != nil {
			return err
		}
		if len(n.Signers) == 0 && !endsSentence(n.Body) {
			// A date alone closes the 正文 only after a finished
			// sentence; without one it would read as a paragraph.
			return &notice.EncodeError{Field: m.Key, Err: fmt.Errorf("%w: a signed date without signers, 文号 or a sentence ending the body", ErrTextForm)}
		}
		t.b.WriteString(s + "\n")
		return nil
	}},
	{"notes", func(t *textWriter, m notice.Member, n *notice.Notice) error {
		return t.lines(m.Key, "（", m.Strings(n), "）")
	}},
	{"appendices", func(t *textWriter, m notice.Member, n *notice.Notice) error {
		if m.Len(n) > 0 && len(n.Signers) == 0 && n.Signed == nil {
			// Read back, 附件 and a title under a 正文 with no signature
			// over them are the 正文's own lines.
			return &notice.EncodeError{Field: m.Key, Err: fmt.Errorf("%w: appendices without a signature above them", ErrTextForm)}
		}
		for i := range m.Len(n) {
			a := m.Index(n, i).(*notice.Appendix)
			field := index(m.Key, i)
			if a.Title == "" && len(a.Body) > 0 {
				// The text after a signature that is no part of it: an
				// appendix whose title could not be told, which stands
				// alone and has no heading.
				if m.Len(n) > 1 {
					return &notice.EncodeError{Field: field + ".title", Err: fmt.Errorf("%w: an appendix with paragraphs but no title that is not alone under a signature", ErrTextForm)}
				}
				if err := t.lines(field+".body", "", a.Body, ""); err != nil {
					return err
				}
				continue
			}
			heading := "附件"
			if m.Len(n) > 1 {
				heading += strconv.Itoa(i + 1)
			}
			t.b.WriteString(heading + "\n")
			if a.Title != "" {
				if err := t.line(field+".title", a.Title); err != nil {
					return err
				}
			}
			if err := t.lines(field+".body", "", a.Body, ""); err != nil {
				return err
			}
		}
		return nil
	}},
	{"cc", func(t *textWriter, m notice.Member, n *notice.Notice) error {
		cc := m.Strings(n)
		if len(cc) == 0 {
			return nil
		}
		for i, c := range cc {
			if c == "" || strings.Contains(c, "，") {
				return &notice.EncodeError{Field: index(m.Key, i), Err: fmt.Errorf("%w: empty or holds \"，\"", ErrTextForm)}
			}
		}
		return t.line(m.Key, "抄送："+strings.Join(cc, "，")+"。")
	}},
}

// textExtra is the field whose pairs the header writes as rows of their own
// labels, and textNotWritten the field the text form leaves out: Input
// describes the page read, not the record.
const (
	textExtra      = "extra"
	textNotWritten = "input"
)

func (t *textWriter) notice(n *notice.Notice) error {
	if n == nil {
		return nilNotice()
	}
	for _, m := range textHeader {
		if err := t.header(m, n); err != nil {
			return err
		}
	}
	if t.b.Len() == 0 {
		// A header starts at a label a parser knows, which an extra
		// pair's need not be, and an article's first lines must not
		// read as one (索引号0…): an empty row of the first field's
		// label is the header then.
		t.b.WriteString("| " + textHeader[0].Label + "： |  |\n")
	}
	if err := t.extra(textMembers[textExtra], n); err != nil {
		return err
	}
	t.b.WriteByte('\n')
	if err := t.head(n); err != nil {
		return err
	}
	for _, a := range textArticle {
		if err := a.write(t, textMembers[a.key], n); err != nil {
			return err
		}
	}
	return nil
}

// head writes the top of the article as a document has it, from fields
// the header also holds: the title line, when the body starts with lines
// that spell the title (a parser drops such a copy of the header's title,
// and then keeps the body's); and, for a signed date without signers under a body that ends in
// no finished sentence (so that a date alone under it would be a paragraph),
// the 文号 and the date on one line under the title, as older documents
// date themselves.
func (t *textWriter) head(n *notice.Notice) error {
	if n.Title != "" && spellsTitle(n.Body, n.Title) {
		if err := t.line("title", n.Title); err != nil {
			return err
		}
	}
	if n.Signed == nil || len(n.Signers) > 0 || endsSentence(n.Body) || n.DocNumber == nil || n.DocNumber.Text == "" {
		return nil
	}
	s, err := signedText("signed", n.Signed)
	if err != nil {
		return err
	}
	if err := t.line("doc_number", "（"+n.DocNumber.Text+" "+s+"）"); err != nil {
		return err
	}
	t.signedInHead = true
	return nil
}

// undatedSignature reports whether signers without a date can close the
// 正文 of n as a parser reads them (FORMAT.md §9.6): above a 附注, at the end
// of a 正文 that ends a sentence under a document's head, or one body alone
// under such a 正文 and a title that names its kind.
func undatedSignature(n *notice.Notice) bool {
	if len(n.Body) == 0 {
		return false
	}
	if len(n.Notes) > 0 {
		return true
	}
	if endsSentence(n.Body) && (n.Addressee != "" || n.DocNumber != nil && n.Title != "") {
		return true
	}
	if endsSentence(n.Body) && titleNamesKind(n.Title) && len(n.Signers) == 1 && !strings.ContainsFunc(n.Signers[0], unicode.IsSpace) &&
		len(n.Appendices) == 0 && len(n.CC) == 0 {
		// One body signs, last, a document whose title names its kind.
		return true
	}
	// Signers under a closing formula (特此通告) and over nothing else.
	return endsInFormula(n.Body[len(n.Body)-1]) && len(n.Appendices) == 0 && len(n.CC) == 0
}

// titleNamesKind reports whether a title ends in a kind of document (…的公告).
func titleNamesKind(title string) bool {
	for _, g := range genreWords {
		if strings.HasSuffix(title, g) {
			return true
		}
	}
	return false
}

var genreWords = notice.GenreWords()

// spellsTitle reports whether the first paragraphs of body, up to four,
// joined without their white space, spell title: the heading a parser
// takes out of an article under a header that gives the title.
func spellsTitle(body []string, title string) bool {
	want := withoutSpace(title)
	joined := ""
	for k := 0; k < len(body) && k < 4; k++ {
		joined += withoutSpace(body[k])
		if joined == want {
			return true
		}
		if !strings.HasPrefix(want, joined) {
			return false
		}
	}
	return false
}

// withoutSpace returns s without its white space.
func withoutSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u200b' {
			return -1
		}
		return r
	}, s)
}

// signedText returns the signed date as a signature writes it: 2006年1月2日,
// with " 15:04:05" when it has a time.
func signedText(field string, d *notice.Date) (string, error) {
	if _, err := d.AppendText(nil); err != nil {
		return "", within(field, err)
	}
	if d.IsZero() {
		return d.String(), nil // the zero Date has one text everywhere
	}
	// The year in four digits, as a signature writes it and as a date
	// line is read (a year before 1000 is one a page can give).
	s := fmt.Sprintf("%04d年%d月%d日", d.Year, d.Month, d.Day)
	if d.HasTime {
		s += headerDate(d)[len("2006-01-02"):]
	}
	return s, nil
}

// sentenceEnds are the marks that end a sentence (FORMAT.md §9.6).
const sentenceEnds = "。！？!?"

// endsSentence reports whether the last paragraph of body ends a sentence,
// or is a closing formula with or without its full stop (特此通告): either
// closes the 正文 before a date alone (FORMAT.md §9.1).
func endsSentence(body []string) bool {
	if len(body) == 0 {
		return false
	}
	last := body[len(body)-1]
	r, _ := utf8.DecodeLastRuneInString(last)
	if strings.ContainsRune(sentenceEnds, r) {
		return true
	}
	return endsInFormula(last)
}

// endsInFormula reports whether paragraph p ends in a closing formula, with
// or without its full stop.
func endsInFormula(p string) bool {
	p = strings.TrimRight(p, sentenceEnds+"．.")
	for _, c := range closingFormulas {
		if strings.HasSuffix(p, c) {
			return true
		}
	}
	return false
}

// closingFormulas are the closing formulas of FORMAT.md §9.1 that the 公文
// stage reads (parse/internal/structure keeps the same list).
var closingFormulas = []string{"特此通知", "特此公告", "特此通告", "特此通报", "特此函告", "特此批复", "特此报告", "特此函复",
	"此复", "此函", "此通知", "之日起施行", "之日起实施", "之日起执行"}

// header writes the row of a field with a header label, or nothing when
// the field is empty.
func (t *textWriter) header(m notice.Member, n *notice.Notice) error {
	var value string
	switch m.Kind {
	case notice.KindString:
		value, _ = m.Text(n)
	case notice.KindValue:
		if p := m.Value(n); p != nil {
			value = valueText(m, p)
		}
	case notice.KindDate:
		d := m.Date(n)
		if d == nil {
			return nil
		}
		if _, err := d.AppendText(nil); err != nil {
			return within(m.Key, err)
		}
		value = headerDate(d)
	case notice.KindStrings:
		list := m.Strings(n)
		for i, k := range list {
			if k == "" || strings.ContainsAny(k, keywordSeparators) {
				return &notice.EncodeError{Field: index(m.Key, i), Err: fmt.Errorf("%w: empty or holds a keyword separator", ErrTextForm)}
			}
		}
		// A space, not "，": the marks at a keyword's ends keep their
		// width only where no Chinese punctuation stands beside them.
		value = strings.Join(list, " ")
	case notice.KindList:
		return t.cells(m, n)
	}
	return t.row(m.Label, m.Key, value)
}

// valueText returns the text of a typed value, its character data.
func valueText(m notice.Member, p any) string {
	for _, part := range m.Members() {
		if part.XML == notice.XMLText {
			s, _ := part.Text(p)
			return s
		}
	}
	return ""
}

// cells writes a list as one row, a cell an item: its text (an attachment's
// name) followed by each of its other strings that is set (the URL) in
// angle brackets.
func (t *textWriter) cells(m notice.Member, n *notice.Notice) error {
	if m.Len(n) == 0 {
		return nil
	}
	var row strings.Builder
	row.WriteString("| " + m.Label + "： |")
	for i := range m.Len(n) {
		item := m.Index(n, i)
		var cell, rest string
		for _, part := range m.Members() {
			s, _ := part.Text(item)
			switch {
			case part.XML == notice.XMLText:
				cell = s
			case s != "":
				rest += " <" + s + ">"
			}
		}
		cell += rest
		if err := headerValue(cell); err != nil {
			return &notice.EncodeError{Field: index(m.Key, i), Err: err}
		}
		row.WriteString(" " + cell + " |")
	}
	t.b.WriteString(row.String() + "\n")
	return nil
}

// extra writes each extra pair as a row of its own label.
func (t *textWriter) extra(m notice.Member, n *notice.Notice) error {
	for i := range m.Len(n) {
		f := m.Index(n, i).(*notice.Field)
		field := index(m.Key, i)
		if f.Label == "" || strings.ContainsAny(f.Label, ":：") {
			return &notice.EncodeError{Field: field + ".label", Err: fmt.Errorf("%w: empty or holds a colon", ErrTextForm)}
		}
		if err := headerValue(f.Label); err != nil {
			return &notice.EncodeError{Field: field + ".label", Err: err}
		}
		if err := headerValue(f.Value); err != nil {
			return &notice.EncodeError{Field: field + ".value", Err: err}
		}
		t.b.WriteString("| " + f.Label + "： | " + f.Value + " |\n")
	}
	return nil
}

// keywordSeparators are the characters a parser splits a keyword list on
// (FORMAT.md §2.1).
const keywordSeparators = " \u3000，,；;、"

// row writes a header row, or nothing when value is empty.
func (t *textWriter) row(label, field, value string) error {
	if value == "" {
		return nil
	}
	if err := headerValue(value); err != nil {
		return &notice.EncodeError{Field: field, Err: err}
	}
	t.b.WriteString("| " + label + "： | " + value + " |\n")
	return nil
}

// headerValue checks that s can stand in a header cell.
func headerValue(s string) error {
	if strings.ContainsAny(s, "\r\n") {
		return fmt.Errorf("%w: line break", ErrTextForm)
	}
	if strings.ContainsAny(s, "|｜") {
		// The reader takes a full-width bar for a cell's bar too.
		return fmt.Errorf("%w: \"|\" or \"｜\" in a header value", ErrTextForm)
	}
	return nil
}

// line writes s as a line of the article.
func (t *textWriter) line(field, s string) error {
	if strings.ContainsAny(s, "\r\n") {
		return &notice.EncodeError{Field: field, Err: fmt.Errorf("%w: line break", ErrTextForm)}
	}
	t.b.WriteString(s + "\n")
	return nil
}

// lines writes each item of list as a line between before and after.
func (t *textWriter) lines(field, before string, list []string, after string) error {
	for i, s := range list {
		if s == "" {
			return &notice.EncodeError{Field: index(field, i), Err: fmt.Errorf("%w: empty item", ErrTextForm)}
		}
		if err := t.line(index(field, i), before+s+after); err != nil {
			return err
		}
	}
	return nil
}

// headerDate returns d, whose parts fit the fixed form, as 2006-01-02 or
// 2006-01-02 15:04:05.
func headerDate(d *notice.Date) string {
	b, _ := d.AppendText(make([]byte, 0, 25))
	if d.HasTime {
		b = b[:len("2006-01-02T15:04:05")]
		b[len("2006-01-02")] = ' '
	}
	return string(b)
}
