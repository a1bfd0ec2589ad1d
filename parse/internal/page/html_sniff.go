package page

import (
	"bytes"
	"strings"
)

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

// minMarkupTags is how many tags of HTML elements a text must hold, of at
// least two kinds, to be read as an HTML fragment.
const minMarkupTags = 3

// HoldsMarkup reports whether text, which Sniff does not take for HTML, is
// a page's markup all the same: text before the first tag (a scraper's
// heading, a label line) and then HTML, such as <p>…</p><br/>. Angle
// brackets around a URL (<http://…>) are no tag.
func HoldsMarkup(text []byte) bool {
	s := text[:min(len(text), sniffLen)]
	tags, kinds := 0, 0
	var first string
	for {
		i := bytes.IndexByte(s, '<')
		if i < 0 || i+1 >= len(s) {
			return false
		}
		s = s[i+1:]
		closing := s[0] == '/'
		t := s
		if closing {
			t = s[1:]
		}
		j := 0
		for j < len(t) && j < 12 && ('a' <= t[j]|0x20 && t[j]|0x20 <= 'z' || '0' <= t[j] && t[j] <= '9') {
			j++
		}
		if j == 0 || j == len(t) || !htmlTags[strings.ToLower(string(t[:j]))] ||
			strings.IndexByte(" \t\n\f\r/>", t[j]) < 0 {
			continue
		}
		name := strings.ToLower(string(t[:j]))
		tags++
		switch {
		case kinds == 0:
			first, kinds = name, 1
		case kinds == 1 && name != first:
			kinds = 2
		}
		if tags >= minMarkupTags && kinds >= 2 {
			return true
		}
	}
}
