package parse

import (
	"fmt"
	"strings"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/structure"
)

// The official-document stage (spec §7): the body's paragraphs go through
// structure.AnalyzeWith, and the parts it finds fill the record. It runs
// after the header has been mapped, so a field that is already set came
// from the header: the header's value wins, and a body value that differs
// from it is a warning. The header's title and 文号 are also the stage's
// evidence of a document whose body leaves them out.

// readDocument sets n.Body from the body paragraphs paras and fills the
// record with the parts of an official document found in them. The lines
// of page chrome around the title never reach the body; the source and date
// they name fill source and published. When the body has no document
// structure (a news item) it stays whole and no other field is set.
//
// keptScript says that the text kept its script (Parser.KeepScript). The
// stage knows Simplified words only (号, 办公室, 机构); on a page kept in
// Traditional it would misread parts (滬府發〔2017〕92號 is then no 文号 but
// a line of the title), so such a body stays whole.
func readDocument(n *notice.Notice, paras []string, keptScript bool) {
	if keptScript && n.Input.Script != notice.ScriptSimplified {
		n.Body = paras
		return
	}
	d := structure.AnalyzeWith(paras, structure.Header{Title: n.Title, DocNumber: n.DocNumber != nil})
	n.Body = d.Body
	fill := filler{n: n}
	fill.text("source", &n.Source, d.Source)
	fill.date("published", &n.Published, d.Published)
	if !d.Recognized {
		return
	}
	for _, w := range d.Warnings {
		fill.warnf("doc_number", notice.RuleConflict, "%s", w)
	}
	fill.text("title", &n.Title, d.Title)
	fill.docNumber(d.DocNumber)
	n.Addressee = d.Addressee
	n.Signers = d.Signers
	n.Signed = d.Signed
	n.Notes = d.Notes
	n.CC = d.CC
	n.Appendices = d.Appendices
	if len(d.Trailing) > 0 && !structure.Furniture(d.Trailing) {
		// Text after the signature that the stage cannot name is most
		// likely an appendix whose title it could not tell; it is kept
		// whole rather than lost.
		n.Appendices = append(n.Appendices, notice.Appendix{Body: d.Trailing})
		fill.warnf("appendices", notice.RuleStructure, "%d lines after the signature kept as an appendix without a title", len(d.Trailing))
	}
	if len(n.Attachments) == 0 {
		// The 附件说明 names what the header would list with links; the
		// header's list, when there is one, is the better record.
		n.Attachments = d.Attachments
	}
	if d.Printed != "" {
		n.Extra = append(n.Extra, notice.Field{Label: "印发", Value: d.Printed})
	}
	if n.Publisher == "" && len(d.Signers) > 0 {
		// The first signer is the 主办机关, as GB/T 9704 orders a joint
		// signature; the others stay in Signers, as a header keeps them
		// apart in 联合发文单位.
		n.Publisher = d.Signers[0]
	}
	if n.Created == nil && d.Signed != nil {
		// The 成文日期 under the signature is the date created names; a
		// header's 生成日期 may be a later one (the day it was filed), so
		// the two differing is no warning.
		created := *d.Signed
		n.Created = &created
	}
}

// filler fills the fields of a record from the body, the header's values
// first.
type filler struct{ n *notice.Notice }

func (f filler) warnf(field string, rule notice.Rule, format string, args ...any) {
	warn(f.n, field, rule, 0, 0, fmt.Sprintf(format, args...))
}

// text sets *dst to the body's value v unless the header set it; a header
// value that differs from v, once layout spaces are set aside, is a warning.
func (f filler) text(field string, dst *string, v string) {
	switch {
	case v == "":
	case *dst == "":
		*dst = v
	case compactSpace(*dst) != compactSpace(v):
		f.warnf(field, notice.RuleConflict, "the body's %q differs from the header's %q; the header's is kept", v, *dst)
	}
}

// date is text for a date. Dates that name the same day agree: a header
// date without a time and a page line with one are the same date.
func (f filler) date(field string, dst **notice.Date, v *notice.Date) {
	switch {
	case v == nil:
	case *dst == nil:
		d := *v
		*dst = &d
	case !sameDay(**dst, *v):
		f.warnf(field, notice.RuleConflict, "the body's %s differs from the header's %s; the header's is kept", v, *dst)
	}
}

// docNumber is text for the 文号.
func (f filler) docNumber(v *notice.DocNumber) {
	n := f.n
	switch {
	case v == nil:
	case n.DocNumber == nil:
		dn := *v
		n.DocNumber = &dn
	case n.DocNumber.Text != v.Text:
		f.warnf("doc_number", notice.RuleConflict, "the body's %q differs from the header's %q; the header's is kept", v.Text, n.DocNumber.Text)
	}
}

func sameDay(a, b notice.Date) bool {
	return a.Year == b.Year && a.Month == b.Month && a.Day == b.Day
}

// compactSpace removes the white space of s: a title's layout spaces
// (融合聚力绘新卷 一体奋进启新程, 通 知) are no difference.
func compactSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s)
}
