package page

import (
	"bytes"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/govnotice/govnotice/parse/internal/vocab"
)

// flatText reads a page that the HTML parser refused as plain text: the
// text of every element but scripts and styles, a line for each block,
// without looking for the metadata block or the article. It streams
// through the tokenizer and writes lines as it goes, so neither depth nor
// size costs more than the text itself.
func flatText(doc []byte) []byte {
	var out, line bytes.Buffer
	space := false
	flush := func() {
		t := bytes.TrimFunc(line.Bytes(), unicode.IsSpace)
		if len(t) > 0 && !vocab.IsUI(string(t[:min(len(t), vocab.MaxUIBytes+1)])) {
			out.Write(t)
			out.WriteByte('\n')
		}
		line.Reset()
		space = false
	}
	z := html.NewTokenizer(bytes.NewReader(doc))
	var raw atom.Atom // inside a script, style … whose text is not shown
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			flush()
			return out.Bytes()
		case html.TextToken:
			if raw != 0 {
				continue
			}
			for _, c := range z.Text() {
				if htmlSpace(c) {
					space = line.Len() > 0
					continue
				}
				if space {
					line.WriteByte(' ')
					space = false
				}
				line.WriteByte(c)
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Textarea, atom.Title:
				if tt == html.StartTagToken {
					raw = a
				} else if tt == html.EndTagToken && raw == a {
					raw = 0
				}
			}
			if a == atom.Br || blockAtom(a) {
				flush()
			}
		}
	}
}
