package page

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkPage checks what every Page must be: its strings are single lines
// (no line break), valid UTF-8 when the input is, its positions within its
// text, and links have URLs.
func checkPage(t *testing.T, input []byte, p *Page) {
	t.Helper()
	valid := utf8.Valid(input)
	check := func(what, s string, at Pos) {
		if strings.ContainsAny(s, "\r\n") {
			t.Fatalf("%s %q holds a line break", what, s)
		}
		if valid && !utf8.ValidString(s) {
			t.Fatalf("%s %q is not UTF-8 though the input is", what, s)
		}
		if at.Off > len(p.Text) || at.Line < 0 || at.Col < 0 {
			t.Fatalf("%s %q at %+v, outside a text of %d bytes", what, s, at, len(p.Text))
		}
	}
	for _, pr := range p.Pairs {
		check("label", pr.Label, pr.At)
		check("value", pr.Value, pr.ValueAt)
		for _, c := range pr.Cells {
			check("cell", c.Text, c.At)
		}
	}
	for _, list := range [][]Para{p.Above, p.Paras} {
		for _, pa := range list {
			check("paragraph", pa.Text, pa.At)
			if pa.Text == "" {
				t.Fatal("an empty paragraph")
			}
		}
	}
	for _, l := range p.Links {
		check("link", l.Name, l.At)
		if l.URL == "" {
			t.Fatalf("link %+v without a URL", l)
		}
	}
}

// seeds adds the first pages of the repository's HTML folders.
func seeds(f *testing.F) {
	for _, dir := range []string{"../../../testdata/html/sites", "../../../testdata/html/govcn-2019", "../../../testdata/pages"} {
		paths, _ := filepath.Glob(filepath.Join(dir, "*"))
		for i, path := range paths {
			if i == 3 {
				break
			}
			data, err := os.ReadFile(path)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
}

// FuzzReadHTML reads arbitrary markup: it must not panic or hang, and the
// Page must be well formed.
func FuzzReadHTML(f *testing.F) {
	seeds(f)
	f.Add([]byte(`<table><tr><td>索引号：<td>1<tr><td colspan=2>| 发布机构： |</table><p>正文<br>第二行`))
	f.Add([]byte(`<dl><dt>发布机构<dd>某局</dl><h1 class=title>标题文字很长</h1><div id=zoom>正文。<a href=a.pdf>附件</a></div>`))
	f.Add([]byte(strings.Repeat("<table><tr><td>", 200) + "正文。"))
	f.Add([]byte("<p>\x00\xff\xfe正文</p><base href=\"::bad\"><a href=\"%zz.pdf\">x</a>"))
	f.Add([]byte(`<table><tr><th>索引号<th>文号</tr><tr><td>1<td></tr></table><div style="display:none">发布机构：x</div>`))
	f.Fuzz(func(t *testing.T, doc []byte) {
		p := ReadHTML(doc, HTMLOptions{Canonical: func(s string) string { return s }})
		checkPage(t, doc, p)
	})
}

// FuzzReadText reads arbitrary text: it must not panic or hang, and the
// Page must be well formed.
func FuzzReadText(f *testing.F) {
	seeds(f)
	f.Add([]byte("| 索 引 号： | 1 | 主题分类： | 综合 |\n| 生效日期: | 废止日期: | ||\n正文。"))
	f.Add([]byte("索引号 | 0010/2020-4 | ||\n发布机构\n某局\n文 号\n发文日期\n2020-01-01\n标题\n"))
	f.Add([]byte("• 索引号:\n    1\n• 来源:\n\x00| 文号 | x |\r\n正文"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s := string(data)
		p := ReadText(s, s, nil)
		checkPage(t, data, p)
	})
}
