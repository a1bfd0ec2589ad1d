package encode

import (
	"fmt"
	"io"
	"strconv"
	"strings"

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
// keywords are joined with "，"; each attachment is a cell of the 文件下载
// row, its name followed by " <URL>" when it has one. The extra fields follow
// as rows of their own labels.
//
// Then come an empty line and the article, one paragraph a line, with the
// parts of an official document in the order of GB/T 9704-2012: the
// addressee followed by "：", the body, the signers, the signed date
// (2006年1月2日, with " 15:04:05" when it has a time), each note in "（）",
// each appendix as a line "附件" (or "附件1", "附件2", … when there are
// several), its title and its paragraphs, and last the cc list as
// "抄送：A，B。".
//
// Text refuses, with a [*notice.EncodeError] wrapping [ErrTextForm] and before
// writing anything, a value that would change the shape of the page: a line
// break in any value, a "|" in a header value, a keyword holding a keyword
// separator, a cc item holding "，", an empty list item (a parser drops empty
// paragraphs), an extra label that is empty or holds a colon, and an appendix
// with paragraphs but no title. Other text is written as it is: a record
// whose strings are not canonical text (§2 of the spec) does not parse back
// to itself.
func Text(w io.Writer, n *notice.Notice) error {
	var t textWriter
	if err := t.notice(n); err != nil {
		return err
	}
	_, err := io.WriteString(w, t.b.String())
	return err
}

type textWriter struct{ b strings.Builder }

func (t *textWriter) notice(n *notice.Notice) error {
	if n == nil {
		return nilNotice()
	}
	for _, d := range [...]struct {
		field string
		date  *notice.Date
	}{{"created", n.Created}, {"published", n.Published}, {"effective", n.Effective}, {"abolished", n.Abolished}} {
		if err := checkDate(d.field, d.date); err != nil {
			return err
		}
	}
	if id := n.IndexNumber; id != nil {
		if err := t.row("索引号", "index_number", id.Text); err != nil {
			return err
		}
	}
	if err := t.row("信息名称", "title", n.Title); err != nil {
		return err
	}
	if dn := n.DocNumber; dn != nil {
		if err := t.row("文号", "doc_number", dn.Text); err != nil {
			return err
		}
	}
	for _, f := range [...]struct{ label, field, value string }{
		{"发布机构", "publisher", n.Publisher},
		{"来源", "source", n.Source},
		{"主题分类", "topic", n.Topic},
		{"组配分类", "collection", n.Collection},
		{"体裁分类", "genre", n.Genre},
		{"生成日期", "created", headerDate(n.Created)},
		{"发布日期", "published", headerDate(n.Published)},
		{"生效日期", "effective", headerDate(n.Effective)},
		{"废止日期", "abolished", headerDate(n.Abolished)},
		{"有效性", "validity", n.Validity},
	} {
		if err := t.row(f.label, f.field, f.value); err != nil {
			return err
		}
	}
	for i, k := range n.Keywords {
		if k == "" || strings.ContainsAny(k, keywordSeparators) {
			return &notice.EncodeError{Field: index("keywords", i), Err: fmt.Errorf("%w: empty or holds a keyword separator", ErrTextForm)}
		}
	}
	if err := t.row("关键词", "keywords", strings.Join(n.Keywords, "，")); err != nil {
		return err
	}
	if err := t.row("内容概览", "summary", n.Summary); err != nil {
		return err
	}
	if err := t.row("在线链接地址", "link", n.Link); err != nil {
		return err
	}
	if len(n.Attachments) > 0 {
		t.b.WriteString("| 文件下载： |")
		for i, a := range n.Attachments {
			cell := a.Name
			if a.URL != "" {
				cell += " <" + a.URL + ">"
			}
			if err := headerValue(cell); err != nil {
				return &notice.EncodeError{Field: index("attachments", i), Err: err}
			}
			t.b.WriteString(" " + cell + " |")
		}
		t.b.WriteByte('\n')
	}
	for i, f := range n.Extra {
		if f.Label == "" || strings.ContainsAny(f.Label, ":：") {
			return &notice.EncodeError{Field: index("extra", i) + ".label", Err: fmt.Errorf("%w: empty or holds a colon", ErrTextForm)}
		}
		if err := headerValue(f.Label); err != nil {
			return &notice.EncodeError{Field: index("extra", i) + ".label", Err: err}
		}
		if err := headerValue(f.Value); err != nil {
			return &notice.EncodeError{Field: index("extra", i) + ".value", Err: err}
		}
		t.b.WriteString("| " + f.Label + "： | " + f.Value + " |\n")
	}

	t.b.WriteByte('\n')
	if n.Addressee != "" {
		if err := t.line("addressee", n.Addressee+"："); err != nil {
			return err
		}
	}
	if err := t.lines("body", "", n.Body, ""); err != nil {
		return err
	}
	if err := t.lines("signers", "", n.Signers, ""); err != nil {
		return err
	}
	if d := n.Signed; d != nil {
		if err := checkDate("signed", d); err != nil {
			return err
		}
		s := strconv.Itoa(d.Year) + "年" + strconv.Itoa(d.Month) + "月" + strconv.Itoa(d.Day) + "日"
		if d.HasTime {
			s += headerDate(d)[len("2006-01-02"):]
		}
		t.b.WriteString(s + "\n")
	}
	if err := t.lines("notes", "（", n.Notes, "）"); err != nil {
		return err
	}
	for i, a := range n.Appendices {
		field := index("appendices", i)
		if a.Title == "" && len(a.Body) > 0 {
			return &notice.EncodeError{Field: field + ".title", Err: fmt.Errorf("%w: an appendix with paragraphs needs a title", ErrTextForm)}
		}
		heading := "附件"
		if len(n.Appendices) > 1 {
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
	if len(n.CC) > 0 {
		for i, c := range n.CC {
			if c == "" || strings.Contains(c, "，") {
				return &notice.EncodeError{Field: index("cc", i), Err: fmt.Errorf("%w: empty or holds \"，\"", ErrTextForm)}
			}
		}
		if err := t.line("cc", "抄送："+strings.Join(n.CC, "，")+"。"); err != nil {
			return err
		}
	}
	return nil
}

// keywordSeparators are the characters a parser splits a keyword list on
// (spec §4).
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
	if strings.Contains(s, "|") {
		return fmt.Errorf("%w: \"|\" in a header value", ErrTextForm)
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

// headerDate returns d, which passed checkDate, as 2006-01-02 or
// 2006-01-02 15:04:05, or "" for nil.
func headerDate(d *notice.Date) string {
	if d == nil {
		return ""
	}
	b := appendDate(make([]byte, 0, 25), d)
	if d.HasTime {
		b = b[:len("2006-01-02T15:04:05")]
		b[len("2006-01-02")] = ' '
	}
	return string(b)
}
