package htmlpage

import (
	"net/url"
	"path"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/govnotice/govnotice/notice"
)

// fileExtensions are the extensions of linked files that are attachments
// (spec §1.3).
var fileExtensions = []string{".pdf", ".doc", ".docx", ".wps", ".xls", ".xlsx", ".et", ".zip", ".rar", ".ofd"}

// absolute returns u when it is an absolute URL, else nil: only an absolute
// URL can resolve others.
func absolute(u *url.URL) *url.URL {
	if u == nil || !u.IsAbs() {
		return nil
	}
	return u
}

// setBase applies the page's <base href>: resolved against the caller's
// base, or alone when it is absolute.
func (r *renderer) setBase(b *html.Node) {
	href, _ := attr(b, "href")
	u, err := url.Parse(strings.TrimSpace(href))
	if err != nil {
		return
	}
	if r.base != nil {
		r.base = r.base.ResolveReference(u)
		return
	}
	r.base = absolute(u)
}

// attachments returns the files linked from the metadata block, the
// article, or the end of the article's section (its parent and
// grandparent after it, short of <body>: the rest of <body> is the page's
// footer), deduplicated by URL.
func (r *renderer) attachments() []notice.Attachment {
	units := r.metadataUnits()
	section := r.article
	for i := 0; i < 2 && section.Parent != nil && section.Parent.DataAtom != atom.Body && section.DataAtom != atom.Body; i++ {
		section = section.Parent
	}
	var out []notice.Attachment
	seen := make(map[string]bool)
	for _, lk := range r.links {
		switch {
		case lk.where == inside:
		case lk.where == before && units[lk.unit]:
		case lk.where == after && contains(section, lk.node):
		default:
			continue
		}
		u, file, ok := r.resolve(lk.href)
		if !ok {
			continue
		}
		name := collapse(textOf(lk.node))
		if !file && !strings.HasPrefix(name, "附件") {
			continue
		}
		if name == "" {
			name, _ = attr(lk.node, "title")
			name = collapse(name)
		}
		if name == "" {
			name = fileName(u)
		}
		if seen[u] {
			continue
		}
		seen[u] = true
		out = append(out, notice.Attachment{Name: name, URL: u})
	}
	return out
}

// resolve returns the URL of a link and whether it names a file by its
// extension. ok is false for links that lead nowhere (javascript:, mailto:,
// a fragment).
func (r *renderer) resolve(href string) (u string, file, ok bool) {
	lower := strings.ToLower(href)
	if strings.HasPrefix(lower, "javascript:") || strings.HasPrefix(lower, "mailto:") ||
		strings.HasPrefix(lower, "tel:") || strings.HasPrefix(href, "#") {
		return "", false, false
	}
	ref, err := url.Parse(href)
	if err != nil {
		// Keep what the page says; judge the file by the text before any
		// query or fragment.
		p := href
		if i := strings.IndexAny(p, "?#"); i >= 0 {
			p = p[:i]
		}
		return href, IsFile(p), true
	}
	if r.base != nil {
		ref = r.base.ResolveReference(ref)
		return ref.String(), IsFile(ref.Path), true
	}
	return href, IsFile(ref.Path), true
}

// IsFile reports whether the path p names a file of a kind pages attach
// (.pdf, .doc, .xls, …).
func IsFile(p string) bool {
	ext := strings.ToLower(path.Ext(p))
	for _, e := range fileExtensions {
		if ext == e {
			return true
		}
	}
	return false
}

// fileName returns the last element of a URL's path, unescaped.
func fileName(u string) string {
	p := u
	if i := strings.IndexAny(p, "?#"); i >= 0 {
		p = p[:i]
	}
	p = path.Base(p)
	if s, err := url.PathUnescape(p); err == nil {
		p = s
	}
	if p == "." || p == "/" {
		return ""
	}
	return p
}
