package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govnotice/govnotice/parse/internal/page"
)

// Columns. A text reader knows where a thing stands in the canonical text;
// the user has the page as decoded, where pinyin annotations and combining
// marks still stand. The line is the same in both (the canonical steps keep
// lines); the column is found by walking the decoded line beside the
// canonical one. This runs only for the few places a record reports.

// columns turns positions of the page model into lines and columns.
type columns struct {
	canon, decoded string
	decodedLines   []int // line starts of decoded, built on first use
}

func newColumns(canon, decoded string) *columns {
	return &columns{canon: canon, decoded: decoded}
}

// place returns the line and column of a position: as the reader gave them,
// or worked out from its offset in the canonical text.
func (c *columns) place(at page.Pos) (line, col int) {
	if at.Line <= 0 {
		return 0, 0
	}
	if at.Col > 0 || at.Off < 0 || at.Off > len(c.canon) {
		return at.Line, at.Col
	}
	start := strings.LastIndexAny(c.canon[:at.Off], "\r\n") + 1
	prefix := c.canon[start:at.Off]
	raw, ok := c.decodedLine(at.Line)
	if !ok {
		return at.Line, utf8.RuneCountInString(prefix) + 1
	}
	return at.Line, align(prefix, raw) + 1
}

// decodedLine returns line n (1-based) of the decoded text.
func (c *columns) decodedLine(n int) (string, bool) {
	if c.decodedLines == nil && !strings.Contains(c.decoded, "\r") {
		// Most pages end lines with \n alone: found by IndexByte.
		c.decodedLines = make([]int, 1, strings.Count(c.decoded, "\n")+2)
		for i := 0; ; {
			j := strings.IndexByte(c.decoded[i:], '\n')
			if j < 0 {
				break
			}
			i += j + 1
			c.decodedLines = append(c.decodedLines, i)
		}
	}
	if c.decodedLines == nil {
		c.decodedLines = make([]int, 1, strings.Count(c.decoded, "\n")+2)
		for i := 0; i < len(c.decoded); i++ {
			switch c.decoded[i] {
			case '\n':
				c.decodedLines = append(c.decodedLines, i+1)
			case '\r':
				if i+1 < len(c.decoded) && c.decoded[i+1] == '\n' {
					continue
				}
				c.decodedLines = append(c.decodedLines, i+1)
			}
		}
	}
	if n > len(c.decodedLines) {
		return "", false
	}
	start := c.decodedLines[n-1]
	end := len(c.decoded)
	if n < len(c.decodedLines) {
		end = c.decodedLines[n]
	}
	return strings.TrimRight(c.decoded[start:end], "\r\n"), true
}

// maxAnnotation bounds the bytes of a pinyin annotation align skips.
const maxAnnotation = 16

// align returns how many characters of the decoded line raw stand before the
// place that ends the canonical prefix canon. Characters match one for one
// (the script, punctuation and width steps change a character, not the
// count), except where the decoded line has a parenthesis that the
// canonical one lacks (a pinyin annotation it stripped) or a combining mark
// (which NFC composed).
func align(canon, raw string) int {
	ci, ri, n := 0, 0, 0
	for ci < len(canon) && ri < len(raw) {
		c, cs := utf8.DecodeRuneInString(canon[ci:])
		r, rs := utf8.DecodeRuneInString(raw[ri:])
		if (r == '(' || r == '（') && c != '(' && c != '（' {
			if j := strings.IndexAny(raw[ri+rs:min(len(raw), ri+rs+maxAnnotation)], ")）"); j >= 0 {
				skipped := raw[ri : ri+rs+j]
				_, close := utf8.DecodeRuneInString(raw[ri+rs+j:])
				ri += rs + j + close
				n += utf8.RuneCountInString(skipped) + 1
				continue
			}
		}
		if page.IsControl(r) && !page.IsControl(c) {
			ri += rs // a control character, gone before the canonical steps
			n++
			continue
		}
		if unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Mn, c) {
			ri += rs
			n++
			continue
		}
		ci += cs
		ri += rs
		n++
	}
	return n
}
