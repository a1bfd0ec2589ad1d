package htmlpage

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// metaLen is how far into a page a <meta> declaration counts, as in the
// HTML standard's prescan.
const metaLen = 1024

// MetaCharset returns the encoding label that an HTML page declares in a
// <meta charset> or <meta http-equiv="Content-Type"> tag within its first
// 1024 bytes: lower case and trimmed, as written ("gb2312"), with the byte
// offsets [start, end) of the tag. It reads any ASCII-compatible encoding
// and does not judge the label: the caller compares it with what the bytes
// are (the first declaration wins; none gives "").
func MetaCharset(head []byte) (label string, start, end int) {
	head = head[:min(len(head), metaLen)]
	z := html.NewTokenizer(bytes.NewReader(head))
	off := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return "", 0, 0
		}
		n := len(z.Raw())
		if tt == html.StartTagToken || tt == html.SelfClosingTagToken {
			if name, more := z.TagName(); more && string(name) == "meta" {
				if label := metaTagCharset(z); label != "" {
					return label, off, off + n
				}
			}
		}
		off += n
	}
}

// metaTagCharset reads the attributes of a meta tag for a charset.
func metaTagCharset(z *html.Tokenizer) string {
	var charset, equiv, content string
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "charset":
			charset = string(v)
		case "http-equiv":
			equiv = string(v)
		case "content":
			content = string(v)
		}
		if !more {
			break
		}
	}
	if c := strings.ToLower(strings.TrimSpace(charset)); c != "" {
		return c
	}
	if strings.EqualFold(strings.TrimSpace(equiv), "content-type") {
		return contentCharset(content)
	}
	return ""
}

// contentCharset extracts the charset parameter of a Content-Type value
// (text/html; charset="gbk").
func contentCharset(content string) string {
	lower := strings.ToLower(content)
	i := strings.Index(lower, "charset")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(lower[i+len("charset"):], " \t\n\f\r")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\n\f\r")
	if rest != "" && (rest[0] == '"' || rest[0] == '\'') {
		q := rest[0]
		if j := strings.IndexByte(rest[1:], q); j >= 0 {
			return strings.TrimSpace(rest[1 : 1+j])
		}
		return ""
	}
	if j := strings.IndexAny(rest, " \t\n\f\r;"); j >= 0 {
		rest = rest[:j]
	}
	return rest
}

// sniffLen bounds how far Sniff looks past comments for the first tag.
const sniffLen = 64 << 10

// htmlTags are the tags an HTML page or fragment starts with.
var htmlTags = map[string]bool{
	"html": true, "head": true, "body": true, "meta": true, "title": true, "link": true,
	"base": true, "script": true, "style": true, "table": true, "tbody": true, "tr": true,
	"td": true, "th": true, "div": true, "p": true, "span": true, "dl": true, "dt": true,
	"dd": true, "ul": true, "ol": true, "li": true, "h1": true, "h2": true, "h3": true,
	"h4": true, "h5": true, "h6": true, "br": true, "font": true, "center": true, "form": true,
	"section": true, "article": true, "header": true, "main": true, "nav": true, "a": true,
	"b": true, "strong": true, "img": true, "iframe": true, "input": true,
}

// Sniff reports whether text (any ASCII-compatible encoding) is HTML: after
// a byte order mark, white space, comments and an XML declaration it starts
// with <!DOCTYPE html or with the tag of an HTML element (<html, <meta,
// <table, <div, <p …).
func Sniff(text []byte) bool {
	s := text[:min(len(text), sniffLen)]
	s = bytes.TrimPrefix(s, []byte("\xef\xbb\xbf"))
	for {
		s = bytes.TrimLeft(s, " \t\n\f\r")
		switch {
		case hasPrefixFold(s, "<!--"):
			end := bytes.Index(s[4:], []byte("-->"))
			if end < 0 {
				return false
			}
			s = s[4+end+3:]
		case hasPrefixFold(s, "<?xml"):
			end := bytes.Index(s, []byte("?>"))
			if end < 0 {
				return false
			}
			s = s[end+2:]
		case hasPrefixFold(s, "<!doctype"):
			rest := bytes.TrimLeft(s[len("<!doctype"):], " \t\n\f\r")
			return hasPrefixFold(rest, "html")
		default:
			return startsWithTag(s)
		}
	}
}

// startsWithTag reports whether s starts with the start tag of an element
// in htmlTags.
func startsWithTag(s []byte) bool {
	if len(s) < 2 || s[0] != '<' {
		return false
	}
	i := 1
	for i < len(s) && i < 12 && ('a' <= s[i]|0x20 && s[i]|0x20 <= 'z' || '0' <= s[i] && s[i] <= '9') {
		i++
	}
	if i == 1 || !htmlTags[strings.ToLower(string(s[1:i]))] {
		return false
	}
	return i == len(s) || strings.IndexByte(" \t\n\f\r/>", s[i]) >= 0
}

func hasPrefixFold(s []byte, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(string(s[:len(prefix)]), prefix)
}
