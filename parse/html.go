package parse

import (
	"bytes"
	"fmt"
	"net/url"
	"path"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/htmlpage"
	"github.com/govnotice/govnotice/variant"
)

// HTML pages (spec §1.3) are read by rendering them as text: package
// htmlpage keeps the metadata block and the article and writes them as pipe
// rows and lines, which the scanner then reads like any text page. The
// renderer asks this package which words are labels, so that HTML and text
// pages share one vocabulary. What rendering loses is put back here: the
// charset of the original bytes, the attachments' URLs, the layout, and
// what the page's <head> says its title is (headingTitle).

// htmlSniffUTF16 is how many bytes of a UTF-16 page are decoded to tell
// whether it is HTML.
const htmlSniffUTF16 = 4 << 10

// isHTML reports whether a page is HTML: it starts, after a byte order
// mark, white space and comments, with a doctype or an HTML tag.
func isHTML(data []byte) bool {
	var cs variant.Charset
	switch {
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		cs, _ = variant.LookupCharset("utf-16le")
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		cs, _ = variant.LookupCharset("utf-16be")
	default:
		return htmlpage.Sniff(data)
	}
	head, _ := variant.Decode(data[:min(len(data), htmlSniffUTF16)], cs)
	return htmlpage.Sniff(head) // the decoder has dropped the byte order mark
}

// parseHTML reads an HTML page: decoded as any page, rendered as text,
// and that text parsed.
func (p *Parser) parseHTML(data []byte) (*notice.Notice, error) {
	text, cs, invalid, err := decodePage(data, p)
	if err != nil {
		return nil, &Error{Err: err}
	}
	var front notice.Notice // the problems found before the text is parsed
	if invalid > 0 {
		warn(&front, "input", notice.RuleEncoding, 0, 0, fmt.Sprintf("%d invalid bytes replaced by U+FFFD", invalid))
	}
	if p.Charset == "" {
		if warning := checkDeclared(data, cs); warning != "" {
			warn(&front, "input", notice.RuleEncoding, 0, 0, warning)
		}
	}
	r := htmlpage.Renderer{IsLabel: headerLabel}
	if p.BaseURL != "" {
		u, err := url.Parse(p.BaseURL)
		if err != nil || !u.IsAbs() {
			warn(&front, "input", notice.RuleOption, 0, 0, fmt.Sprintf("base URL %q is not an absolute URL; relative links kept as found", p.BaseURL))
		} else {
			r.BaseURL = u
		}
	}
	page := r.Render(text)

	inner := *p
	inner.Charset, inner.rendered = "utf-8", true
	n, err := inner.Parse(page.Text)
	if err != nil {
		return nil, err
	}
	n.Input.Charset = cs.Name
	n.Input.Layout = notice.LayoutHTML
	headingTitle(n, page, p)
	for _, w := range page.Warnings {
		warn(&front, "input", notice.RuleStructure, 0, 0, w)
	}
	n.Input.Problems = append(front.Input.Problems, n.Input.Problems...)
	p.mergeAttachments(n, page.Attachments)
	return n, nil
}

// decodePage is spec §2 step 1 for an HTML page, which is rendered before
// the other steps: the charset named by the Parser, or detected as
// variant.Canonical detects it; the text without a byte order mark, invalid
// sequences replaced by U+FFFD and counted.
func decodePage(data []byte, p *Parser) (text []byte, cs variant.Charset, invalid int, err error) {
	if p.Charset != "" {
		if cs, err = variant.LookupCharset(p.Charset); err != nil {
			return nil, cs, 0, err
		}
	} else {
		cs = variant.DetectCharset(data)
	}
	text, invalid = variant.Decode(data, cs) // the decoder drops a byte order mark
	return text, cs, invalid, nil
}

// checkDeclared returns a warning when the charset a page declares in a
// <meta> tag is not the one its bytes were read in (cs, from detection,
// which keeps a declaration unless the bytes contradict it), and "" when
// they agree or nothing is declared.
func checkDeclared(data []byte, cs variant.Charset) string {
	label := variant.DeclaredCharset(data)
	if label == "" {
		return ""
	}
	declared, err := variant.LookupCharset(label)
	if err != nil {
		return fmt.Sprintf("page declares the unknown charset %q; read as %s", label, cs.Name)
	}
	if declared.Name != cs.Name {
		return fmt.Sprintf("page declares charset %s but its bytes are %s; read as %s", label, cs.Name, cs.Name)
	}
	return ""
}

// headerLabel is the renderer's label test: a cell, an item or a word
// before a colon that the vocabulary knows as a field or a known extra
// label (not page UI). The text is not canonical yet, so it is made so
// first, as far as labels need: NFC, pinyin stripped, Simplified.
func headerLabel(s string) bool {
	s = variant.Simplify.String(variant.StripPinyin.String(norm.NFC.String(s)))
	return classify(compactLabel(s)).known()
}

// mergeAttachments adds the files an HTML page links to: a link fills the
// URL of an attachment that the header or the body named without one (the
// same name, give or take 附件1： before it and .pdf after it), or is added;
// a URL already in the record is not added again. Names are made canonical
// like every string of the record; URLs are kept as resolved.
func (p *Parser) mergeAttachments(n *notice.Notice, links []notice.Attachment) {
	if len(links) == 0 {
		return
	}
	byURL := make(map[string]bool)
	byName := make(map[string]int) // attachments without URL, by attachmentKey
	for i, a := range n.Attachments {
		if a.URL != "" {
			byURL[a.URL] = true
		} else if k := attachmentKey(a.Name); k != "" {
			if _, ok := byName[k]; !ok {
				byName[k] = i
			}
		}
	}
	for _, a := range links {
		if byURL[a.URL] {
			continue
		}
		byURL[a.URL] = true
		name := canonicalString(a.Name, p)
		k := attachmentKey(name)
		if i, ok := byName[k]; ok && k != "" {
			n.Attachments[i].URL = a.URL
			delete(byName, k)
			continue
		}
		n.Attachments = append(n.Attachments, notice.Attachment{Name: name, URL: a.URL})
	}
}

// attachmentKey is an attachment's name as merging compares it: without
// white space, without the 附件 and numbering before it (附件2：, 附件：1.)
// and without the extension of a file name after it.
func attachmentKey(name string) string {
	s := compactSpace(name)
	if rest, ok := strings.CutPrefix(s, "附件"); ok {
		s = rest
		for range 2 { // 附件2：3. or 附件：1.
			s = strings.TrimLeft(s, "0123456789一二三四五六七八九十")
			s = strings.TrimLeft(s, ":：.．、-—")
		}
	}
	if ext := path.Ext(s); ext != s && htmlpage.IsFile(s) {
		s = s[:len(s)-len(ext)]
	}
	return s
}

// headingTitle gives a record that neither header nor body gave a title the
// article's first paragraph as its title, when the page itself says that
// paragraph is the title: it is the page's <meta name="ArticleTitle">, or its
// <title>, alone or followed by a separator and the site's name (万载县2022年
// …统计公报 | 万载县人民政府). A news item has no 标题 label and no document
// structure, so its heading would otherwise stay the first paragraph of the
// body. A hint that matches no paragraph is not used: the meta tags of some
// sites name the column or the site.
func headingTitle(n *notice.Notice, page *htmlpage.Page, p *Parser) {
	if n.Title != "" || len(n.Body) == 0 {
		return
	}
	first := n.Body[0]
	for _, hint := range []string{page.ArticleTitle, page.Title} {
		if hint == "" {
			continue
		}
		h := canonicalString(hint, p)
		if h == first || strings.HasPrefix(h, first) && titleSeparated(h[len(first):]) {
			n.Title = first
			n.Body = n.Body[1:]
			return
		}
	}
}

// titleSeparated reports whether rest, what follows a heading in a page's
// <title>, starts with a separator before the site's name.
func titleSeparated(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, sep := range []string{"|", "｜", "_", "-", "—", "–", "·"} {
		if strings.HasPrefix(rest, sep) {
			return true
		}
	}
	return false
}
