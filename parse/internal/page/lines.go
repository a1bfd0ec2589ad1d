package page

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/govnotice/govnotice/notice"
)

// line is one line of a text, without its line ending.
type line struct {
	text  string
	num   int // 1-based line number
	start int // byte offset of text in the text
}

// blank reports whether the line holds only white space (and control
// characters).
func (l line) blank() bool {
	for _, r := range l.text {
		if !isBlank(r) {
			return false
		}
	}
	return true
}

// cursor walks the lines of a text. It is a small value: copying it saves a
// position to come back to, which is how the readers look ahead.
type cursor struct {
	text string
	pos  int // byte offset of the next line
	num  int // number of the last line returned
}

// nextText returns the next line that is not blank, passing the blank
// lines before it.
func (c *cursor) nextText() (line, bool) {
	for {
		l, ok := c.next()
		if !ok || !l.blank() {
			return l, ok
		}
	}
}

// next returns the next line. Lines end at "\n", "\r\n" or "\r".
func (c *cursor) next() (line, bool) {
	if c.pos >= len(c.text) {
		return line{}, false
	}
	rest := c.text[c.pos:]
	end := LineEnd(rest)
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

// LineEnd returns the index of the first '\r' or '\n' in s, or -1. It
// searches for each byte with IndexByte, which is much faster on CJK text
// than strings.IndexAny's rune loop.
func LineEnd(s string) int {
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

// RemoveControls removes the characters that no record may hold: C0 and C1
// controls other than tab and line breaks, and the XML 1.0 non-characters
// U+FFFE and U+FFFF, so that every record encodes as JSON and XML. It
// returns how many it removed.
func RemoveControls(s string) (string, int) {
	if !HasControl(s) {
		return s, 0
	}
	n := 0
	return strings.Map(func(r rune) rune {
		if IsControl(r) {
			n++
			return -1
		}
		return r
	}, s), n
}

// HasControl reports whether s holds a character IsControl reports. It
// looks at bytes: in UTF-8 every such character starts with a byte below
// 0x20, 0x7f, 0xc2 (U+0080–U+009F) or 0xef (U+FFFE, U+FFFF).
func HasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		if !controlLead[s[i]] {
			continue // most bytes, looked up rather than compared four times
		}
		switch b := s[i]; {
		case b < 0x20:
			if b != '\t' && b != '\n' && b != '\r' {
				return true
			}
		case b == 0x7f:
			return true
		case b == 0xc2:
			if i+1 < len(s) && s[i+1] <= 0x9f {
				return true
			}
		case b == 0xef:
			if i+2 < len(s) && s[i+1] == 0xbf && s[i+2] >= 0xbe {
				return true
			}
		}
	}
	return false
}

// controlLead marks the bytes HasControl looks at further.
var controlLead = [256]bool{
	0x00: true, 0x01: true, 0x02: true, 0x03: true, 0x04: true, 0x05: true, 0x06: true, 0x07: true,
	0x08: true, 0x0b: true, 0x0c: true, 0x0e: true, 0x0f: true,
	0x10: true, 0x11: true, 0x12: true, 0x13: true, 0x14: true, 0x15: true, 0x16: true, 0x17: true,
	0x18: true, 0x19: true, 0x1a: true, 0x1b: true, 0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true,
	0x7f: true, 0xc2: true, 0xef: true,
}

// IsControl reports the characters RemoveControls removes.
func IsControl(r rune) bool {
	switch r {
	case '\t', '\n', '\r':
		return false
	case '\ufffe', '\uffff':
		return true
	}
	return unicode.IsControl(r)
}

// controlsProblem is the problem of n control characters removed from
// field at p.
func controlsProblem(field string, n int, p Pos) Problem {
	return Problem{Field: field, Rule: notice.RuleEncoding, At: p, Message: fmt.Sprintf("removed %d control characters", n)}
}
