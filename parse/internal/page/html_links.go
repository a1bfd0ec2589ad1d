package page

import (
	"net/url"
	"path"
	"strings"

	"golang.org/x/net/html"

	"github.com/govnotice/govnotice/parse/internal/vocab"
)

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

// fileLinks keeps the links that lead to files (by their extension, or a
// text starting with 附件), resolved, with their decoded names; the others
// are no attachments wherever they stand.
func (r *renderer) fileLinks() {
	kept := r.links[:0]
	seen := make(map[string]bool)
	for _, lk := range r.links {
		u, file, ok := r.resolve(lk.href)
		if !ok || seen[u] {
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
		seen[u] = true
		lk.href, lk.name = u, name
		kept = append(kept, lk)
	}
	r.links = kept
}

// pageLinks returns the files linked from the metadata block, the article,
// or the end of the article's section: links in the page's header and
// footer are the site's, not the notice's.
func (r *renderer) pageLinks(meta map[*html.Node]bool) []Link {
	section := r.section()
	var out []Link
	for _, lk := range r.links {
		switch {
		case lk.where == inside:
		case lk.where == before && meta[lk.block]:
		case lk.where == after && contains(section, lk.node):
		default:
			continue
		}
		out = append(out, Link{Name: lk.name, URL: lk.href, At: lk.at})
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
func IsFile(p string) bool { return vocab.AttachmentFile(p) }

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
