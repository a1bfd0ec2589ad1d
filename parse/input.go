package parse

import (
	"bytes"
	"fmt"
	"net/url"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/page"
	"github.com/govnotice/govnotice/parse/internal/vocab"
	"github.com/govnotice/govnotice/variant"
	"github.com/govnotice/govnotice/variant/charset"
	"github.com/govnotice/govnotice/variant/pinyin"
	"github.com/govnotice/govnotice/variant/script"
	"github.com/govnotice/govnotice/variant/simplify"
)

// Decoding and canonical text. The page's bytes are decoded once, and the
// text its reader reads is made canonical once: a text page's whole text,
// or everything an HTML reader collected from the DOM. Both the decoded and
// the canonical text are kept: URLs are taken from the decoded one, which
// the canonical steps would damage.

// source is a page once decoded.
type source struct {
	charset charset.Charset
	decoded []byte // UTF-8, without a byte order mark
	invalid int    // sequences that were not valid in the charset
	html    bool
	markup  bool // a text page that holds markup, read as HTML
	// problems found on the way, for the record.
	problems []notice.Problem
	// unchecked: decoded is data, UTF-8 not yet checked for bytes that
	// are not (finishDecoding).
	unchecked bool
	data      []byte
	// noControls: decoded is known to hold no control character.
	noControls bool
	// what the canonical step found, for the record.
	script script.Script
	pinyin int
}

// decode decodes the page: with the Parser's charset, or the one detected.
// It fails for a page that is empty or binary.
func (p *Parser) decode(data []byte) (*source, error) {
	src := &source{}
	if p.Charset != "" {
		cs, err := charset.Lookup(p.Charset)
		if err != nil {
			return nil, &Error{Err: err}
		}
		if err := checkCharset(data, p.Charset, cs); err != nil {
			return nil, &Error{Err: err}
		}
		src.charset = cs
	} else {
		src.charset = charset.Detect(data)
	}
	if src.charset.Name == "utf-8" {
		// Most pages: the bytes are the text, and the readers copy what
		// they keep, so the page is not copied to be decoded. Whether it
		// is valid UTF-8 is found by the step that reads every character
		// anyway, not by a pass of its own (finishDecoding).
		src.decoded, src.data, src.unchecked = bytes.TrimPrefix(data, []byte("\ufeff")), data, true
	} else {
		src.decoded, src.invalid = charset.Decode(data, src.charset)
		src.noteInvalid()
	}
	// Bytes that are not UTF-8 read as U+FFFD of one byte here, and
	// count as undecodable as they would once replaced.
	off, ok, controls := binary(src.decoded, src.invalid > 0)
	src.noControls = controls == 0 && len(src.decoded) <= binarySample
	if ok {
		line, col := position(src.decoded, max(off, 0))
		return nil, &Error{Line: line, Column: col, Err: ErrNotText}
	}
	if blank(src.decoded) {
		return nil, &Error{Err: ErrEmpty}
	}
	src.html = page.Sniff(src.decoded)
	if !src.html && page.HoldsMarkup(src.decoded) {
		src.html, src.markup = true, true
	}
	if src.html {
		// The HTML reader takes the text as UTF-8.
		src.finishDecoding(!utf8.Valid(src.decoded))
	}
	if src.html && p.Charset == "" {
		if w := checkDeclared(data, src.charset); w != "" {
			src.warn("input", notice.RuleEncoding, w)
		}
	}
	return src, nil
}

// finishDecoding settles a UTF-8 page whose bytes were not checked: when
// invalid (some are not UTF-8), the decoded text is made again with them
// replaced by U+FFFD, as the canonical text has them.
func (src *source) finishDecoding(invalid bool) {
	if !src.unchecked {
		return
	}
	src.unchecked = false
	if invalid {
		src.decoded, src.invalid = charset.Decode(src.data, src.charset)
		src.noteInvalid()
	}
}

// noteInvalid adds the problem of the bytes decoding replaced.
func (src *source) noteInvalid() {
	if src.invalid > 0 {
		src.warn("input", notice.RuleEncoding, fmt.Sprintf("%d invalid bytes replaced by U+FFFD", src.invalid))
	}
}

// warn adds a problem of the whole page.
func (src *source) warn(field string, rule notice.Rule, msg string) {
	src.problems = append(src.problems, notice.Problem{Field: field, Rule: rule, Severity: notice.SeverityWarning, Message: msg})
}

// canonical makes decoded text canonical, lines and indentation kept: the
// readers need line starts and indentation, and clean each value and
// paragraph once they cut it out. It records the script and the pinyin
// annotations it found.
func (p *Parser) canonical(src *source, text []byte) string {
	s, _ := p.canonicalCounted(src, text)
	return s
}

// canonicalCounted is canonical, which also says how many sequences of
// text were not UTF-8.
func (p *Parser) canonicalCounted(src *source, text []byte) (string, int) {
	r, err := variant.Canonical(text, variant.Options{
		Charset:         "utf-8",
		KeepScript:      p.KeepScript,
		KeepPunctuation: p.KeepPunctuation,
		KeepSpace:       true,
	})
	if err != nil {
		return string(text), 0 // utf-8 is always known
	}
	src.script, src.pinyin = r.Script, r.PinyinAnnotations
	return viewString(r.Text), r.InvalidBytes
}

// viewString returns b as a string without copying it, for the two texts
// of a page, its largest allocations: copying them doubled the memory a
// parse takes. b must not change while the string is in use. The canonical
// text is a buffer of the parse's own that nothing changes; the decoded
// text may be the caller's page, which the caller does not change during
// Parse, and what the record keeps of it is cloned (urlIndex.raw), so the
// record never holds the caller's bytes.
func viewString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// readText reads a text page.
func (p *Parser) readText(src *source, v *vocab.Vocabulary) *page.Page {
	// Control characters go before the canonical steps, which read the
	// characters around a mark or an annotation: 〰\x93! left as it was
	// would read 〰！ once the control is gone, and the record would not
	// read back to itself.
	clean, removed := src.decoded, []removedControls(nil)
	if !src.noControls { // the sample binary read was the whole page, and held none
		clean, removed = removeControls(src.decoded)
	}
	var problems []page.Problem
	for _, r := range removed {
		line, col := position(src.decoded, r.first)
		problems = append(problems, page.Problem{Field: "input", Rule: notice.RuleEncoding,
			At: page.Pos{Line: line, Col: col, Off: -1}, Message: fmt.Sprintf("removed %d control characters", r.n)})
	}
	text, invalid := p.canonicalCounted(src, clean)
	src.finishDecoding(invalid > 0)
	pg := page.ReadText(text, viewString(src.decoded), v)
	if len(problems) > 0 {
		pg.Problems = append(problems, pg.Problems...)
	}
	return pg
}

// removedControls are the control characters removed from one line: how
// many, and the offset of the first.
type removedControls struct{ n, first, line int }

// removeControls returns text without the control characters no record
// holds (page.IsControl), and what it removed, line by line; text itself
// when it has none.
func removeControls(text []byte) ([]byte, []removedControls) {
	if !page.HasControl(viewString(text)) {
		return text, nil
	}
	out := make([]byte, 0, len(text))
	var removed []removedControls
	line := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRune(text[i:])
		switch {
		case page.IsControl(r):
			if k := len(removed) - 1; k >= 0 && removed[k].line == line {
				removed[k].n++
			} else {
				removed = append(removed, removedControls{n: 1, first: i, line: line})
			}
		default:
			if r == '\n' {
				line++
			}
			out = append(out, text[i:i+size]...)
		}
		i += size
	}
	return out, removed
}

// readHTML reads an HTML page.
func (p *Parser) readHTML(src *source, v *vocab.Vocabulary) *page.Page {
	opt := page.HTMLOptions{
		Vocabulary: v,
		Canonical:  func(s string) string { return p.canonical(src, []byte(s)) },
		LabelForm:  labelForm,
		Newlines:   src.markup,
	}
	if p.BaseURL != "" {
		u, err := url.Parse(p.BaseURL)
		if err != nil || !u.IsAbs() {
			src.warn("input", notice.RuleOption, fmt.Sprintf("base URL %q is not an absolute URL; relative links kept as found", p.BaseURL))
		} else {
			opt.BaseURL = u
		}
	}
	return page.ReadHTML(src.decoded, opt)
}

// labelForm makes a short piece of decoded text canonical as far as labels
// need: NFC, pinyin annotations stripped, Simplified.
func labelForm(s string) string {
	return simplify.Chinese.String(pinyin.Strip.String(norm.NFC.String(s)))
}

// isHTML reports whether a decoded page is HTML: it starts, after white
// space, comments and an XML declaration, with a doctype or an HTML tag, or
// it is text that holds the tags of a page's markup.
func isHTML(text []byte) bool {
	return page.Sniff(text) || page.HoldsMarkup(text)
}

// checkDeclared returns a warning when the charset a page declares in a
// <meta> tag is not the one its bytes were read in (cs, from detection,
// which keeps a declaration unless the bytes contradict it), and "" when
// they agree or nothing is declared.
func checkDeclared(data []byte, cs charset.Charset) string {
	label := charset.Declared(data)
	if label == "" {
		return ""
	}
	declared, err := charset.Lookup(label)
	if err != nil {
		return fmt.Sprintf("page declares the unknown charset %q; read as %s", label, cs.Name)
	}
	if declared.Name != cs.Name {
		return fmt.Sprintf("page declares charset %s but its bytes are %s; read as %s", label, cs.Name, cs.Name)
	}
	return ""
}

// binarySample is how much of the text binary looks at.
const binarySample = 64 << 10

// binary reports whether text is binary data rather than a page: more than
// an eighth of its first runes are control characters (other than white
// space) or bytes that did not decode. A U+FFFD counts as one only when
// decoding replaced some (replaced): one the page spells in valid UTF-8 is
// text, as a record written back from a damaged page has it. It returns
// the offset of the first such rune, and how many control characters the
// sample holds.
func binary(text []byte, replaced bool) (first int, ok bool, controls int) {
	sample := text
	if len(sample) > binarySample {
		sample = sample[:binarySample]
	}
	runes, bad := 0, 0
	first = -1
	for i := 0; i < len(sample); {
		if asciiText[sample[i]] {
			// ASCII text, most of an HTML page: no need to decode, and a
			// run of it is passed over in a loop of its own.
			j := i + 1
			for j < len(sample) && asciiText[sample[j]] {
				j++
			}
			runes += j - i
			i = j
			continue
		}
		if b := sample[i]; 0xE4 <= b && b <= 0xE9 && i+2 < len(sample) && sample[i+1]&0xC0 == 0x80 && sample[i+2]&0xC0 == 0x80 {
			runes++ // a Han character of U+4000..U+9FFF, most of a page
			i += 3
			continue
		}
		if size := textRune(sample[i:]); size > 0 {
			runes++ // most Chinese text: valid, and no control character
			i += size
			continue
		}
		r, size := utf8.DecodeRune(sample[i:])
		runes++
		control := page.IsControl(r)
		if control {
			controls++
		}
		if r == utf8.RuneError && (replaced || size == 1) || control && r != '\f' && r != '\v' {
			bad++
			if first < 0 {
				first = i
			}
		}
		i += size
	}
	return first, bad*8 > runes, controls
}

// asciiText holds the ASCII bytes of text: printable, and the white space
// of lines.
var asciiText = func() (t [256]bool) {
	for b := 0x20; b < 0x7f; b++ {
		t[b] = true
	}
	t['\n'], t['\r'], t['\t'] = true, true, true
	return t
}()

func blank(text []byte) bool {
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRune(text[i:])
		if !vocab.IsSpace(r) {
			return false
		}
		i += size
	}
	return true
}

// position returns the 1-based line and character column of byte offset
// off in text.
func position(text []byte, off int) (line, col int) {
	line, start := 1, 0
	for i := 0; i < off && i < len(text); i++ {
		switch text[i] {
		case '\n':
			line++
			start = i + 1
		case '\r':
			if i+1 < len(text) && text[i+1] == '\n' {
				continue
			}
			line++
			start = i + 1
		}
	}
	return line, utf8.RuneCount(text[start:min(off, len(text))]) + 1
}

// textRune returns the size of the two- or three-byte UTF-8 character b
// starts with when it is valid, neither a control character nor U+FFFD,
// and cheaply seen to be so; otherwise 0. It covers U+00A0..U+07FF (pinyin
// tone letters) and U+1000..U+FFBF outside U+D000..U+DFFF (lead byte ED,
// which holds the surrogates), where the Han characters and the full-width
// punctuation of a page are: binary skips them without decoding.
func textRune(b []byte) int {
	if len(b) < 2 || b[1]&0xC0 != 0x80 {
		return 0
	}
	switch c := b[0]; {
	case c == 0xC2:
		if b[1] >= 0xA0 { // U+0080..U+009F are the C1 controls
			return 2
		}
	case 0xC3 <= c && c <= 0xDF:
		return 2
	case 0xE1 <= c && c <= 0xEF && c != 0xED && len(b) >= 3 && b[2]&0xC0 == 0x80:
		if c != 0xEF || b[1] != 0xBF { // U+FFC0..U+FFFF holds U+FFFD, U+FFFE, U+FFFF
			return 3
		}
	}
	return 0
}
