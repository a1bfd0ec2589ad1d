package parse

import (
	"strings"
)

// line is one line of the canonical text, without its line ending.
type line struct {
	text  string
	num   int // 1-based line number
	start int // byte offset of text in the page
}

// blank reports whether the line holds only white space.
func (l line) blank() bool {
	for _, r := range l.text {
		if !isSpace(r) {
			return false
		}
	}
	return true
}

// cursor walks the lines of a text. It is a small value: copying it saves a
// position to come back to, which is how the scanner looks ahead.
type cursor struct {
	text string
	pos  int // byte offset of the next line
	num  int // number of the last line returned
}

// next returns the next line. Lines end at "\n", "\r\n" or "\r".
func (c *cursor) next() (line, bool) {
	if c.pos >= len(c.text) {
		return line{}, false
	}
	rest := c.text[c.pos:]
	end := lineEnd(rest)
	l := line{num: c.num + 1, start: c.pos}
	if end < 0 {
		l.text = rest
		c.pos = len(c.text)
	} else {
		l.text = rest[:end]
		c.pos += end + 1
		if rest[end] == '\r' && end+1 < len(rest) && rest[end+1] == '\n' {
			c.pos++
		}
	}
	c.num++
	return l, true
}

// lineEnd returns the index of the first '\r' or '\n' in s, or -1. It
// searches for each byte with IndexByte, which is much faster on CJK text
// than strings.IndexAny's rune loop.
func lineEnd(s string) int {
	nl := strings.IndexByte(s, '\n')
	search := s
	if nl >= 0 {
		search = s[:nl]
	}
	if cr := strings.IndexByte(search, '\r'); cr >= 0 {
		return cr
	}
	return nl
}

// position returns the 1-based line and byte column of offset off in text.
// It is used only to report errors, so it may walk the text.
func position(text []byte, off int) (lineNum, col int) {
	lineNum, lineStart := 1, 0
	for i := 0; i < off && i < len(text); i++ {
		switch text[i] {
		case '\n':
			lineNum++
			lineStart = i + 1
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				continue
			}
			lineNum++
			lineStart = i + 1
		}
	}
	return lineNum, off - lineStart + 1
}
