package parse

import (
	"github.com/govnotice/govnotice/variant"
)

// This file holds the steps of canonical text (spec §2) that parse runs on a
// whole page or a string found outside it; charset handling of HTML pages is
// in html.go, and the label tests make single strings canonical themselves.

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

// canonicalString is the canonical form of a short text found outside the
// page's text, such as an attribute of an HTML page, as the scanner's values
// are: the canonical steps the Parser keeps, control characters removed,
// white space cleaned.
func canonicalString(s string, p *Parser) string {
	r, err := variant.Canonical([]byte(s), variant.Options{
		Charset:         "utf-8",
		KeepScript:      p.KeepScript,
		KeepPunctuation: p.KeepPunctuation,
	})
	if err != nil {
		return "" // utf-8 is always known
	}
	v, _ := removeControls(string(r.Text))
	return variant.CleanSpace(v)
}
