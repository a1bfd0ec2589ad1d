package parse

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/govnotice/govnotice/variant"
)

// This file is the one seam between parse and canonical text (spec §2); the
// rest of the package sees only canonicalize, rawText and cleanSpace. Until
// variant.Canonical lands it decodes UTF-8 only, applies NFC and converts
// Traditional to Simplified with variant.Simplify; pinyin annotations and
// punctuation are left as found.

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
	info := inputInfo{charset: "utf-8", invalidBytes: invalid, script: variant.DetectScript(text).String()}
	if !p.KeepScript {
		text = variant.Simplify.Bytes(text)
	}
	return text, info, nil
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
	if !needsSpaceCleaning(s) {
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

// needsSpaceCleaning reports whether cleanSpace would change s: white space
// at either end, other than a single ASCII space, or doubled. It looks at
// bytes, decoding only the lead bytes that can start a Unicode space.
func needsSpaceCleaning(s string) bool {
	prevSpace := true // so that leading white space counts
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			sp := b == ' ' || '\t' <= b && b <= '\r'
			if sp && (prevSpace || b != ' ') {
				return true
			}
			prevSpace = sp
			i++
			continue
		}
		switch b {
		case 0xc2, 0xe1, 0xe2, 0xe3, 0xef:
			r, size := utf8.DecodeRuneInString(s[i:])
			if isSpace(r) {
				return true
			}
			i += size
		default:
			i++
		}
		prevSpace = false
	}
	return prevSpace && s != ""
}
