package parse

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file is the one seam between parse and canonical text (spec §2).
// Until package variant lands it decodes UTF-8 only and applies NFC; the
// rest of the package sees only canonicalize, rawText and cleanSpace.

// inputInfo is what canonicalisation found about the page, for notice.Input.
type inputInfo struct {
	charset      string
	script       string
	pinyin       int
	invalidBytes int
}

// canonicalize turns the page's bytes into canonical text (spec §2 steps
// 1–5). Lines and indentation are kept: the scanner needs them.
func canonicalize(data []byte, p *Parser) ([]byte, inputInfo, error) {
	text, invalid := decodeUTF8(data)
	text = norm.NFC.Bytes(text)
	return text, inputInfo{charset: "utf-8", invalidBytes: invalid}, nil
}

// rawText decodes the page without changing its script, pinyin or
// punctuation: the text URLs are taken from (spec §2: URLs are exempt from
// steps 3–6).
func rawText(data []byte, p *Parser) []byte {
	text, _ := decodeUTF8(data)
	return norm.NFC.Bytes(text)
}

// decodeUTF8 strips a UTF-8 byte order mark and replaces invalid bytes with
// U+FFFD, counting them.
func decodeUTF8(data []byte) ([]byte, int) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		return data, 0
	}
	out := make([]byte, 0, len(data)+16)
	invalid := 0
	for len(data) > 0 {
		r, size := utf8.DecodeRune(data)
		if r == utf8.RuneError && size == 1 {
			invalid++
			out = utf8.AppendRune(out, utf8.RuneError)
		} else {
			out = append(out, data[:size]...)
		}
		data = data[size:]
	}
	return out, invalid
}

// cleanSpace is spec §2 step 6 for one value: trim, and make every run of
// white space one ASCII space.
func cleanSpace(s string) string {
	// Fast path: nothing to do for most values.
	clean := true
	prevSpace := true
	for _, r := range s {
		sp := isSpace(r)
		if sp && (prevSpace || r != ' ') {
			clean = false
			break
		}
		prevSpace = sp
	}
	if clean && !prevSpace {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		if isSpace(r) {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
