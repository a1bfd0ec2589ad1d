package parse

import (
	"unicode/utf8"

	"github.com/govnotice/govnotice/variant"
)

// This file is the one seam between parse and canonical text (spec §2); the
// rest of the package sees only canonicalize, rawText and cleanSpace.

// inputInfo is what canonicalisation found about the page, for notice.Input.
type inputInfo struct {
	charset      string
	script       string
	pinyin       int
	invalidBytes int
}

// canonicalize turns the page's bytes into canonical text (spec §2 steps
// 1–5) with variant.Canonical: decoded (the charset detected unless the
// Parser names one), NFC, pinyin annotations stripped, Traditional converted
// to Simplified, punctuation made Chinese. White space is kept (KeepSpace):
// the scanner needs line starts and indentation to read a header, and
// cleanSpace cleans each value and paragraph once it is cut out.
func canonicalize(data []byte, p *Parser) ([]byte, inputInfo, error) {
	r, err := variant.Canonical(data, variant.Options{
		Charset:         p.Charset,
		KeepScript:      p.KeepScript,
		KeepPunctuation: p.KeepPunctuation,
		KeepSpace:       true,
	})
	if err != nil {
		return nil, inputInfo{}, err
	}
	return r.Text, inputInfo{
		charset:      r.Charset.Name,
		script:       r.Script.String(),
		pinyin:       r.PinyinAnnotations,
		invalidBytes: r.InvalidBytes,
	}, nil
}

// rawText decodes the page without changing its script, pinyin or
// punctuation: the text URLs are taken from (spec §2: URLs are exempt from
// steps 3–6).
func rawText(data []byte, p *Parser) []byte {
	r, err := variant.Canonical(data, variant.Options{
		Charset:         p.Charset,
		KeepPinyin:      true,
		KeepScript:      true,
		KeepPunctuation: true,
		KeepSpace:       true,
	})
	if err != nil {
		return nil // canonicalize has already accepted the charset
	}
	return r.Text
}

// cleanSpace is spec §2 step 6 for one value (variant.CleanSpace): trim, and
// make every run of white space one ASCII space. Most values and paragraphs
// are clean already, which a byte scan tells faster than a rune loop.
func cleanSpace(s string) string {
	if !needsSpaceCleaning(s) {
		return s
	}
	return variant.CleanSpace(s)
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
