package parse

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/page"
	"github.com/govnotice/govnotice/parse/internal/structure"
	"github.com/govnotice/govnotice/parse/internal/vocab"
)

// The official-document stage: the article's paragraphs go through
// structure.AnalyzeWith, and the parts it finds fill the record. It runs
// after the metadata pairs, so a field that is already set came from the
// header: the header's value wins, and a body value that differs from it is
// a problem. The header's title and 文号 are also the stage's evidence of a
// document whose body leaves them out.

// document sets Body from the article's paragraphs and fills the record
// with the parts of an official document found in them. The lines of page
// chrome around the title never reach the body; the source and date they
// name fill source and published. When the article has no document
// structure (a news item) it stays whole and no other field is set.
//
// A page kept in Traditional script (Parser.KeepScript) stays whole too:
// the stage knows Simplified words only (号, 办公室, 机构), and would misread
// parts (滬府發〔2017〕92號 is then no 文号 but a line of the title).
func (b *builder) document(paras []page.Para) {
	n := b.n
	if len(paras) == 0 {
		return
	}
	texts := make([]string, len(paras))
	for i, p := range paras {
		texts[i] = p.Text
	}
	if b.p.KeepScript && n.Input.Script != notice.ScriptSimplified {
		n.Body = texts
		b.origin("body", notice.FromBody, "", "", paras[0].At)
		return
	}
	title := n.Title
	if title == "" {
		// A document's title over the header, which the title stage
		// takes later, is as good evidence of a document as a label's.
		title, _, _, _ = b.titleAbove(true)
	}
	d := structure.AnalyzeWith(texts, structure.Header{Title: title, DocNumber: n.DocNumber != nil,
		Attachments: len(n.Attachments) > 0, Vocabulary: b.v})
	at := func(i int) page.Pos {
		if i < 0 || i >= len(paras) {
			return page.NoPos
		}
		return paras[i].At
	}
	n.Body = d.Body
	if n.Title != "" && !d.Recognized {
		// The article repeats the title a label gave: it is no paragraph.
		b.dropTitleLines(n.Title)
	}
	if len(n.Body) > 0 {
		// The body is its own text: its origin says only where it starts.
		b.origin("body", notice.FromBody, "", "", at(d.Lines.Body))
	}
	// A page line's source loses the separators a header's value loses
	// (来源：某某网( reads as a header's 来源 does).
	// A page line's source may run into the line's date and counter (来源：
	// 某网 · 2020-11-11 · 4825人看过): they are the page's date, not the source.
	source, published := trimSeparators(cutCounter(vocab.CutWidget(d.Source))), d.Published
	if head, date := cutTrailingDates(source); date != nil && head != "" {
		source = head
		if published == nil {
			published = date
		}
	}
	b.fillText("source", &n.Source, source, notice.FromPage, at(d.Lines.Info))
	b.fillDate("published", &n.Published, published, notice.FromPage, "page", at(d.Lines.Info))
	b.fillText("publisher", &n.Publisher, lastInPath(trimSeparators(d.Publisher)), notice.FromPage, at(d.Lines.Info))
	n.Extra = append(n.Extra, d.Extra...)
	if !d.Recognized {
		b.infoUnderFirst = d.Lines.Body >= 0 && d.Lines.Info == d.Lines.Body+1
		return
	}
	for _, w := range d.Warnings {
		b.warn(w.Field, w.Rule, at(w.Line), w.Message)
	}
	b.fillText("title", &n.Title, trimTitle(d.Title), notice.FromBody, at(d.Lines.Title))
	b.fillDocNumber(d.DocNumber, notice.FromBody, "body", at(d.Lines.DocNumber))
	b.fillText("validity", &n.Validity, d.Validity, notice.FromBody, at(d.Lines.Title))
	n.Addressee = d.Addressee
	b.originIf(n.Addressee != "", "addressee", n.Addressee, at(d.Lines.Addressee))
	n.Signers = d.Signers
	b.originIf(len(n.Signers) > 0, "signers", strings.Join(n.Signers, " "), at(d.Lines.Signature))
	n.Signed = d.Signed
	if n.Signed != nil {
		b.origin("signed", notice.FromBody, "", n.Signed.String(), at(d.Lines.Signed))
	}
	n.Notes = d.Notes
	b.originIf(len(n.Notes) > 0, "notes", strings.Join(n.Notes, " "), at(d.Lines.Notes))
	n.CC = d.CC
	b.originIf(len(n.CC) > 0, "cc", strings.Join(n.CC, "，"), at(d.Lines.CC))
	if len(n.Keywords) == 0 && len(d.Keywords) > 0 {
		n.Keywords = d.Keywords
		b.origin("keywords", notice.FromBody, "主题词", strings.Join(d.Keywords, " "), at(d.Lines.CC))
	}
	n.Appendices = d.Appendices
	if len(n.Appendices) > 0 {
		b.origin("appendices", notice.FromBody, "", "", at(d.Lines.Appendices))
	}
	if len(d.Trailing) > 0 && !structure.Furniture(d.Trailing) {
		// Text after the signature that the stage cannot name is most
		// likely an appendix whose title it could not tell; it is kept
		// whole rather than lost.
		n.Appendices = append(n.Appendices, notice.Appendix{Body: d.Trailing})
		b.origin("appendices", notice.FromBody, "", "", page.NoPos)
		b.warn("appendices", notice.RuleStructure, page.NoPos,
			fmt.Sprintf("%d lines after the signature kept as an appendix without a title", len(d.Trailing)))
	}
	if len(n.Attachments) == 0 && len(d.Attachments) > 0 {
		// The 附件说明 names what the header would list with links; the
		// header's list, when there is one, is the better record.
		n.Attachments = d.Attachments
		b.origin("attachments", notice.FromBody, "", d.Attachments[0].Name, at(d.Lines.Attachments))
	}
	if d.Printed != "" {
		n.Extra = append(n.Extra, notice.Field{Label: "印发", Value: d.Printed})
	}
	if n.Publisher == "" && len(d.Signers) > 0 && !structure.IsPerson(d.Signers[0]) {
		// The first signer is the 主办机关, as GB/T 9704 orders a joint
		// signature; the others stay in Signers, as a header keeps them
		// apart in 联合发文单位.
		n.Publisher = d.Signers[0]
		b.origin("publisher", notice.FromBody, "", n.Publisher, at(d.Lines.Signature))
	}
	if n.Created == nil && d.Signed != nil {
		// The 成文日期 under the signature is the date created names; a
		// header's 生成日期 may be a later one (the day it was filed), so
		// the two differing is no problem.
		created := *d.Signed
		n.Created = &created
		b.origin("created", notice.FromBody, "", created.String(), at(d.Lines.Signed))
	}
}

// originIf records that field was read from the body at at, when ok.
func (b *builder) originIf(ok bool, field, text string, at page.Pos) {
	if ok {
		b.origin(field, notice.FromBody, "", text, at)
	}
}

// fillText sets *dst to v, read at from, unless a label set it; a label's
// value that differs from v, once layout spaces are set aside, is a
// problem.
func (b *builder) fillText(field string, dst *string, v, from string, at page.Pos) {
	switch {
	case v == "":
	case *dst == "":
		*dst = v
		b.origin(field, from, "", v, at)
	case compactSpace(*dst) != compactSpace(v):
		b.warn(field, notice.RuleConflict, at, fmt.Sprintf("the body's %q differs from the header's %q; the header's is kept", v, *dst))
	}
}

// fillDate is fillText for a date, read at from in what (the page's lines,
// a source's value). Dates that name the same day agree: a header date
// without a time and a page line with one are the same date.
func (b *builder) fillDate(field string, dst **notice.Date, v *notice.Date, from, what string, at page.Pos) {
	switch {
	case v == nil:
	case *dst == nil:
		d := *v
		*dst = &d
		b.origin(field, from, "", d.String(), at)
	case !sameDay(**dst, *v):
		b.warn(field, notice.RuleConflict, at, fmt.Sprintf("the %s's %s differs from the header's %s; the header's is kept", what, v, *dst))
	}
}

// fillDocNumber is fillText for the 文号, read at from, in what (the body,
// a title).
func (b *builder) fillDocNumber(v *notice.DocNumber, from, what string, at page.Pos) {
	n := b.n
	switch {
	case v == nil:
	case n.DocNumber == nil:
		dn := *v
		n.DocNumber = &dn
		b.origin("doc_number", from, "", dn.Text, at)
	case !sameDocNumber(*n.DocNumber, *v):
		b.warn("doc_number", notice.RuleConflict, at, fmt.Sprintf("the %s's %q differs from the header's %q; the header's is kept", what, v.Text, n.DocNumber.Text))
	}
}

// sameDocNumber reports whether two 文号 name the same document: the same
// text, the same serial in years that agree where both give one (政府令
// 〔2020〕293号 in a header is 北京市人民政府令第293号 under a decree's 版头),
// or the same characters but for the brackets and 号 a copy lost (某政发
// 〔202014 in a body under 某政发〔2020〕14号 in the header).
func sameDocNumber(a, b notice.DocNumber) bool {
	return a.Text == b.Text || a.Seq != "" && a.Seq == b.Seq && (a.Year == 0 || b.Year == 0 || a.Year == b.Year) ||
		withoutMarks(a.Text) == withoutMarks(b.Text)
}

// withoutMarks is a 文号's text without its brackets and 号.
func withoutMarks(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '号' || strings.ContainsRune("〔〕[]【】()（）﹝﹞〖〗", r) {
			return -1
		}
		return r
	}, s)
}

func sameDay(a, b notice.Date) bool {
	return a.Year == b.Year && a.Month == b.Month && a.Day == b.Day
}

// compactSpace removes the white space of s: a title's layout spaces
// (融合聚力绘新卷 一体奋进启新程, 通 知) are no difference.
func compactSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u200b' {
			return -1
		}
		return r
	}, s)
}
