package structure

import (
	"strings"
	"testing"

	"github.com/govnotice/govnotice/notice"
)

// FuzzAnalyze checks that Analyze never panics and that it only moves input
// text around: every paragraph it returns is an input paragraph (or, in a
// document, a piece of one cut where its parts ran together), and every
// other string is built from the input (lines joined, spaces and the marks
// around a title taken away).
func FuzzAnalyze(f *testing.F) {
	f.Add(strings.Join(lines(title, addr, text1, text2, signer, signedL, "（此件公开发布）", "附件", "某县防汛应急预案", "第一章 总则"), "\n"))
	f.Add(strings.Join(newsParas, "\n"))
	f.Add("宁政办发〔2018〕47号《南京市人民政府办公厅关于〈某办法〉的实施意见》\n浏览量： 时间：2018-11-14 08:56:07\n各区人民政府：\n正文。")
	f.Add("【政策】某县人民政府办公室 关于做好防汛工作的 通 知（某政发〔2019〕12号）\n附件：1.甲2.乙\n3.丙\n某县人民政府 2019年1月17日\n抄送：甲，乙。\n某办公室 2019年6月2日印发")
	// A body line that is a word of page UI (中, of 字号：大 中 小) at the end
	// is chrome, not a lost line.
	f.Add("0000000000000000000000000000000000000000\n中")
	f.Add("2015-11-10 01:51:51信息来源：\n《》\n附件1：\n（\n（）\n附件：1.\n二O一一年5月16日")
	f.Add("\xff\xfe附件\n《〈》\n某\u3000县 人民政府\n二〇〇六年十一月二十九日")
	f.Fuzz(func(t *testing.T, s string) {
		paras := strings.Split(s, "\n")
		checkDoc(t, paras, Analyze(paras))
		// The same body under a header that gives its first line as the
		// title and a 文号: more evidence, the same rules for the parts.
		checkDoc(t, paras, AnalyzeWith(paras, Header{Title: paras[0], DocNumber: true}))
	})
}

// checkDoc is FuzzAnalyze's check of the Doc d of paras.
func checkDoc(t *testing.T, paras []string, d Doc) {
	t.Helper()
	var in []string
	for _, p := range paras {
		// A line of question marks alone is characters lost, no text.
		if p = strings.TrimSpace(p); p != "" && strings.TrimSpace(cutLostSpaces(p)) != "" {
			in = append(in, p)
		}
	}
	isInput := make(map[string]bool, len(in))
	for _, l := range in {
		// A paragraph keeps its text but the question marks left for the
		// spaces around it (甘肃省人民政府????????).
		isInput[l], isInput[strings.TrimSpace(cutLostSpaces(l))] = true, true
		// It loses a PDF's page number glued to its start or end (- 2 -).
		isInput[cutPageMarks(l)] = true
	}
	paragraphs := [][]string{d.Body, d.Chrome, d.Trailing}
	for _, a := range d.Appendices {
		paragraphs = append(paragraphs, a.Body)
	}
	// In a document, a line whose parts ran together (an addressee, a
	// 文号 or a signature run into the 正文) is cut into its parts: a
	// paragraph may be a piece of an input paragraph. Other text keeps its
	// lines.
	piece := func(p string) bool {
		for _, l := range in {
			if strings.Contains(l, p) {
				return true
			}
		}
		return false
	}
	for _, ps := range paragraphs {
		for _, p := range ps {
			if !isInput[p] && !(d.Recognized && piece(p)) {
				t.Errorf("paragraph %q is not an input paragraph", p)
			}
		}
	}

	whole := squeeze(strings.Join(in, ""))
	parts := append([]string{d.Title, d.Addressee, d.Printed, d.Source}, d.Signers...)
	parts = append(parts, d.Notes...)
	parts = append(parts, d.CC...)
	for _, a := range d.Attachments {
		parts = append(parts, a.Name)
	}
	for _, a := range d.Appendices {
		parts = append(parts, a.Title)
	}
	for _, p := range parts {
		if !strings.Contains(whole, squeeze(p)) {
			t.Errorf("%q is not built from the input", p)
		}
	}
	if d.DocNumber != nil {
		// A 文号 reads back as it was read; one a copy damaged (某府发
		// 〔20248) is text without parts, and a warning says so.
		n, err := notice.ParseDocNumber(d.DocNumber.Text)
		if n != *d.DocNumber || err != nil && !warned(d, "doc_number", notice.RuleShape) {
			t.Errorf("doc number %+v does not read back: %+v, %v", *d.DocNumber, n, err)
		}
	}

	if !d.Recognized {
		if len(d.Body)+len(d.Chrome) != len(in) {
			t.Errorf("unrecognised body lost lines: %d body + %d chrome of %d", len(d.Body), len(d.Chrome), len(in))
		}
		if d.Title != "" || d.DocNumber != nil || d.Addressee != "" || d.Signers != nil || d.Signed != nil ||
			d.Notes != nil || d.Appendices != nil || d.CC != nil || d.Printed != "" || d.Attachments != nil || d.Trailing != nil {
			t.Errorf("unrecognised body has parts: %+v", d)
		}
	}
}

// squeeze removes white space and lowers the nested book-title marks, the
// two changes Analyze makes to text besides joining lines. It keeps invalid
// UTF-8 as it is, as Analyze does.
func squeeze(s string) string {
	// A site's tag that starts the issuer's name loses its brackets
	// ([重庆]市… is 重庆市…): brackets of tags do not count.
	s = strings.NewReplacer("〈", "《", "〉", "》", "【", "", "】", "", "[", "", "]", "", "［", "", "］", "").Replace(s)
	return strings.Join(strings.Fields(s), "")
}

// warned reports whether d warns of field under rule.
func warned(d Doc, field string, rule notice.Rule) bool {
	for _, w := range d.Warnings {
		if w.Field == field && w.Rule == rule {
			return true
		}
	}
	return false
}
