package parse

import (
	"github.com/govnotice/govnotice/variant"
)

// This file is the one seam between parse and canonical text (spec §2); the
// rest of the package sees only canonicalize, canonicalString, rawText and
// variant.CleanSpace.

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
// variant.CleanSpace cleans each value and paragraph once it is cut out.
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

// canonicalString is the canonical form of a short text that is already
// decoded, such as an attribute of an HTML page, as it would read in the
// canonical text of the page: the steps the Parser keeps, white space
// cleaned as in a value.
func canonicalString(s string, p *Parser) string {
	r, err := variant.Canonical([]byte(s), variant.Options{
		Charset:         "utf-8",
		KeepScript:      p.KeepScript,
		KeepPunctuation: p.KeepPunctuation,
	})
	if err != nil {
		return "" // utf-8 is always known
	}
	return variant.CleanSpace(string(r.Text))
}
