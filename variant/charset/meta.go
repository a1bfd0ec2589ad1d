package charset

import (
	"bytes"
	"strings"
)

// fromMeta finds the encoding that an HTML page declares in a <meta>
// tag of head (the page's first bytes): the first meta with a charset this
// package knows wins.
func fromMeta(head []byte) (Charset, bool) {
	label, ok := metaScan(head, func(label string) bool {
		_, known := byLabel(label)
		return known
	})
	if !ok {
		return Charset{}, false
	}
	cs, _ := byLabel(label)
	// A page whose meta tag could be read as ASCII is not UTF-16, and
	// x-user-defined is a legacy label for windows-1252 (HTML prescan).
	switch cs.Name {
	case "utf-16le", "utf-16be":
		cs = utf8Charset
	case "x-user-defined":
		cs, _ = byLabel("windows-1252")
	}
	return cs, true
}

// Declared returns the charset label that an HTML page declares in
// its first <meta charset> or <meta http-equiv="Content-Type"> tag within the
// first 1024 bytes of prefix, lower case and trimmed as written ("gb2312"),
// known to this package or not; "" when it declares none. It reads the bytes
// as Detect does, so a caller can tell a declaration the bytes
// contradict: compare Lookup(label) with what Detect found.
func Declared(prefix []byte) string {
	label, _ := metaScan(prefix[:min(len(prefix), metaLen)], func(string) bool { return true })
	return strings.ToLower(strings.TrimSpace(label))
}

// metaScan walks the tags of head following the prescan of the HTML
// standard (§13.2.3.2, "prescan a byte stream") in its essentials: comments
// and other tags are skipped whole, so a "<meta" inside a comment or an
// attribute value does not count, and a tag cut off by the end of head is
// ignored. It returns the first declared charset label that accept takes.
func metaScan(head []byte, accept func(label string) bool) (string, bool) {
	for i := 0; i < len(head); {
		rest := head[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			end := bytes.Index(rest[2:], []byte("-->"))
			if end < 0 {
				return "", false
			}
			i += 2 + end + 3
		case hasTagPrefix(rest, "<meta"):
			attrs, n, ok := tagAttrs(rest[len("<meta"):])
			if !ok {
				return "", false
			}
			i += len("<meta") + n
			if label, ok := metaLabel(attrs); ok && accept(label) {
				return label, true
			}
		case len(rest) > 1 && rest[0] == '<' && (isLetter(rest[1]) || rest[1] == '/' && len(rest) > 2 && isLetter(rest[2])):
			// Another tag: skip its attributes, which may hold '>' in quotes.
			name := bytes.IndexAny(rest, " \t\n\f\r>")
			if name < 0 {
				return "", false
			}
			_, n, ok := tagAttrs(rest[name:])
			if !ok {
				return "", false
			}
			i += name + n
		case bytes.HasPrefix(rest, []byte("<!")) || bytes.HasPrefix(rest, []byte("</")) || bytes.HasPrefix(rest, []byte("<?")):
			end := bytes.IndexByte(rest, '>')
			if end < 0 {
				return "", false
			}
			i += end + 1
		default:
			next := bytes.IndexByte(rest[1:], '<')
			if next < 0 {
				return "", false
			}
			i += 1 + next
		}
	}
	return "", false
}

// metaLabel reads the charset label of one meta tag: its charset
// attribute, or the charset parameter of content when http-equiv is
// Content-Type.
func metaLabel(attrs map[string]string) (string, bool) {
	if label, ok := attrs["charset"]; ok {
		return label, true
	}
	if !strings.EqualFold(strings.TrimSpace(attrs["http-equiv"]), "content-type") {
		return "", false
	}
	return fromContent(attrs["content"])
}

// fromContent extracts the charset parameter of a Content-Type value
// such as `text/html; charset="gbk"` (HTML "extract a character encoding from
// a meta element").
func fromContent(content string) (string, bool) {
	for {
		i := indexFold(content, "charset")
		if i < 0 {
			return "", false
		}
		content = strings.TrimLeft(content[i+len("charset"):], htmlSpace)
		if !strings.HasPrefix(content, "=") {
			continue // "charset" without "=": look further on
		}
		content = strings.TrimLeft(content[1:], htmlSpace)
		if content == "" {
			return "", false
		}
		if q := content[0]; q == '"' || q == '\'' {
			end := strings.IndexByte(content[1:], q)
			if end < 0 {
				return "", false
			}
			return content[1 : 1+end], true
		}
		if end := strings.IndexAny(content, htmlSpace+";"); end >= 0 {
			content = content[:end]
		}
		return content, true
	}
}

// indexFold returns the index in s of the first occurrence of word,
// an ASCII word in lower case, matched ASCII case-insensitively as HTML
// matches "charset"; -1 if there is none. Searching strings.ToLower(s)
// instead gives an index into another string, which is not one into s:
// lower-casing turns each byte that is not UTF-8 into a three-byte U+FFFD
// and changes the length of some letters (U+0130 İ, U+212A K).
func indexFold(s, word string) int {
	for i := 0; i+len(word) <= len(s); i++ {
		j := 0
		for j < len(word) && lowerASCII(s[i+j]) == word[j] {
			j++
		}
		if j == len(word) {
			return i
		}
	}
	return -1
}

// lowerASCII lower-cases an ASCII letter and leaves any other byte.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// htmlSpace is the ASCII white space of HTML.
const htmlSpace = " \t\n\f\r"

// tagAttrs reads the attributes of a tag from just after its name up to
// and including its closing '>'. It returns them with lower-case names, the
// first of each name kept, and the bytes read; ok is false when b ends first.
func tagAttrs(b []byte) (attrs map[string]string, n int, ok bool) {
	attrs = map[string]string{}
	i := 0
	for {
		for i < len(b) && (strings.IndexByte(htmlSpace, b[i]) >= 0 || b[i] == '/') {
			i++
		}
		if i >= len(b) {
			return nil, 0, false
		}
		if b[i] == '>' {
			return attrs, i + 1, true
		}
		start := i
		if b[i] == '=' {
			i++ // a name may start with '='
		}
		for i < len(b) && strings.IndexByte(htmlSpace+"/>=", b[i]) < 0 {
			i++
		}
		name := strings.ToLower(string(b[start:i]))
		for i < len(b) && strings.IndexByte(htmlSpace, b[i]) >= 0 {
			i++
		}
		value := ""
		if i < len(b) && b[i] == '=' {
			i++
			for i < len(b) && strings.IndexByte(htmlSpace, b[i]) >= 0 {
				i++
			}
			if i >= len(b) {
				return nil, 0, false
			}
			if q := b[i]; q == '"' || q == '\'' {
				end := bytes.IndexByte(b[i+1:], q)
				if end < 0 {
					return nil, 0, false
				}
				value = string(b[i+1 : i+1+end])
				i += 1 + end + 1
			} else {
				start := i
				for i < len(b) && strings.IndexByte(htmlSpace+">", b[i]) < 0 {
					i++
				}
				value = string(b[start:i])
			}
		}
		if _, dup := attrs[name]; !dup {
			attrs[name] = value
		}
	}
}

// hasTagPrefix reports whether b starts with tag (like "<meta"),
// matched without regard to case and followed by white space or '/'.
func hasTagPrefix(b []byte, tag string) bool {
	return len(b) > len(tag) && bytes.EqualFold(b[:len(tag)], []byte(tag)) &&
		strings.IndexByte(htmlSpace+"/", b[len(tag)]) >= 0
}

func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
