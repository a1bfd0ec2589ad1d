package parse

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/govnotice/govnotice/variant"
)

// This file is the one seam between parse and canonical text (spec §2); the
// rest of the package sees only canonicalize, rawText and cleanSpace. Until
// variant.Canonical lands, canonicalize chains variant's parts itself.

// inputInfo is what canonicalisation found about the page, for notice.Input.
type inputInfo struct {
	charset      string
	script       string
	pinyin       int
	invalidBytes int
}

// canonicalize turns the page's bytes into canonical text (spec §2 steps
// 1–5): decoded (the charset detected unless the Parser names one), NFC,
// pinyin annotations stripped, Traditional converted to Simplified,
// punctuation made Chinese. Lines and indentation are kept: the scanner
// needs them, and white space is cleaned value by value (cleanSpace).
func canonicalize(data []byte, p *Parser) ([]byte, inputInfo, error) {
	text, cs, invalid, err := decode(data, p)
	if err != nil {
		return nil, inputInfo{}, err
	}
	pinyin := variant.NewPinyinStripper()
	var script variant.ScriptCounter
	steps := []transform.Transformer{norm.NFC, pinyin, &script}
	if !p.KeepScript {
		steps = append(steps, variant.Simplify)
	}
	if !p.KeepPunctuation {
		steps = append(steps, variant.Punctuation)
	}
	text, _, err = transform.Bytes(transform.Chain(steps...), text)
	if err != nil {
		return nil, inputInfo{}, err
	}
	return text, inputInfo{
		charset:      cs.Name,
		script:       script.Script().String(),
		pinyin:       pinyin.Stripped(),
		invalidBytes: invalid,
	}, nil
}

// rawText decodes the page without changing its script, pinyin or
// punctuation: the text URLs are taken from (spec §2: URLs are exempt from
// steps 3–6).
func rawText(data []byte, p *Parser) []byte {
	text, _, _, _ := decode(data, p)
	return norm.NFC.Bytes(text)
}

// decode is spec §2 step 1: the page's bytes as UTF-8, without a byte order
// mark, invalid sequences replaced by U+FFFD and counted.
func decode(data []byte, p *Parser) (text []byte, cs variant.Charset, invalid int, err error) {
	if p.Charset != "" {
		if cs, err = variant.LookupCharset(p.Charset); err != nil {
			return nil, cs, 0, err
		}
	} else {
		cs = variant.DetectCharset(data)
	}
	text, invalid = variant.Decode(data, cs)
	return bytes.TrimPrefix(text, []byte("\ufeff")), cs, invalid, nil
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
