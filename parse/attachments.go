package parse

import (
	"path"
	"strings"
	"unicode/utf8"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/page"
	"github.com/govnotice/govnotice/parse/internal/vocab"
)

// hints fills source and published from an HTML page's <meta> tags
// (ContentSource, PubDate: the tags of the content systems most government
// sites run) when nothing on the page gave them.
func (b *builder) hints() {
	n := b.n
	for _, h := range b.pg.Hints {
		switch h.Kind {
		case page.HintPubDate:
			if n.Published != nil {
				continue
			}
			if d, err := parseDate(h.Text); err == nil {
				n.Published = d
				b.origin("published", notice.FromHTMLMeta, "PubDate", h.Text, h.At)
			}
		case page.HintContentSource:
			if n.Source == "" && !isPlaceholder(h.Text) {
				n.Source = h.Text
				b.origin("source", notice.FromHTMLMeta, "ContentSource", h.Text, h.At)
			}
		}
	}
}

// links adds the files an HTML page links to: a link fills the URL of an
// attachment that the header or the body named without one (the same name,
// give or take 附件1： before it and .pdf after it), or is added; a URL
// already in the record is not added again. Names are canonical like every
// string of the record; URLs are kept as resolved, control characters
// escaped.
func (b *builder) links() {
	n := b.n
	if len(b.pg.Links) == 0 {
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
	for _, lk := range b.pg.Links {
		u := cleanURL(lk.URL)
		if byURL[u] {
			continue
		}
		byURL[u] = true
		name, _ := page.RemoveControls(lk.Name)
		name = b.cutAttachmentLabel(compactSpaceRuns(name))
		k := attachmentKey(name)
		if i, ok := byName[k]; ok && k != "" {
			n.Attachments[i].URL = u
			delete(byName, k)
			continue
		}
		n.Attachments = append(n.Attachments, notice.Attachment{Name: name, URL: u})
		b.origin("attachments", notice.FromHTMLLink, "", name, lk.At)
	}
}

// cutAttachmentLabel removes a label of the attachments before a link's
// name (附件：说明.pdf is 说明.pdf), as a table cell or a label line that
// holds the same text gives the name without its label.
func (b *builder) cutAttachmentLabel(name string) string {
	i := strings.IndexAny(name, ":：")
	if i <= 0 {
		return name
	}
	l := b.v.Classify(vocab.Compact(name[:i]))
	if l.Role != vocab.RoleField || l.Field != vocab.Attachments {
		return name
	}
	_, size := utf8.DecodeRuneInString(name[i:])
	if rest := strings.TrimSpace(name[i+size:]); rest != "" {
		return rest
	}
	return name
}

// compactSpaceRuns trims s and makes each run of white space one space.
func compactSpaceRuns(s string) string {
	return strings.Join(strings.Fields(s), " ")
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
	if ext := path.Ext(s); ext != s && page.IsFile(s) {
		s = s[:len(s)-len(ext)]
	}
	return s
}
