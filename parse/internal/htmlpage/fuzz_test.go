package htmlpage

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzRender renders arbitrary markup. It must not panic, and the text it
// writes must be lines: none blank but the one after the metadata block,
// none with white space at either end or a carriage return, valid UTF-8
// when the page is, and attachments must have URLs.
func FuzzRender(f *testing.F) {
	for _, dir := range []string{"../../../testdata/html/sites", "../../../testdata/html/govcn-2019"} {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.html"))
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
	f.Add([]byte(`<table><tr><td>索引号：<td>1<tr><td colspan=2>| 发布机构： |</table><p>正文<br>第二行`))
	f.Add([]byte(`<dl><dt>发布机构<dd>某局</dl><h1 class=title>标题文字很长</h1><div id=zoom>正文。<a href=a.pdf>附件</a></div>`))
	f.Add([]byte(strings.Repeat("<table><tr><td>", 200) + "正文"))
	f.Add([]byte("<p>\x00\xff\xfe正文</p><base href=\"::bad\"><a href=\"%zz.pdf\">x</a>"))
	f.Fuzz(func(t *testing.T, doc []byte) {
		r := Renderer{IsLabel: testIsLabel}
		page := r.Render(doc)
		text := page.Text
		if len(text) > 0 && text[len(text)-1] != '\n' {
			t.Fatalf("text does not end in a newline: %q", text)
		}
		blanks := 0
		for _, l := range strings.Split(strings.TrimSuffix(string(text), "\n"), "\n") {
			if len(text) == 0 {
				break
			}
			if l == "" {
				if blanks++; blanks > 1 {
					t.Fatalf("more than one blank line:\n%s", text)
				}
				continue
			}
			if strings.ContainsRune(l, '\r') || strings.TrimFunc(l, unicode.IsSpace) != l {
				t.Fatalf("line %q is not trimmed", l)
			}
		}
		if utf8.Valid(doc) && !utf8.Valid(text) {
			t.Fatalf("invalid UTF-8 from valid input: %q", text)
		}
		for _, a := range page.Attachments {
			if a.URL == "" || bytes.ContainsAny([]byte(a.Name), "\n") {
				t.Fatalf("attachment %+v", a)
			}
		}
	})
}
