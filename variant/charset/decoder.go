package charset

import (
	"bytes"
	"unicode/utf8"

	"github.com/govnotice/govnotice/variant/internal/runeutil"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// Decoder is a [transform.SpanningTransformer] that decodes one page from
// its [Charset] to UTF-8. It drops a byte order mark at the start, replaces
// bytes it cannot decode with U+FFFD and counts them, so that a caller can
// tell a page that decoded cleanly from one that did not.
//
// A Decoder has the shape of every Transformer of variant's packages: it is
// used through a pointer, Transform, Span and Reset serve one stream at a
// time, and Bytes and String decode a whole page of their own without
// touching the receiver. Make one with [Charset.NewDecoder]; the zero
// Decoder decodes UTF-8.
type Decoder struct {
	cs      Charset
	t       transform.Transformer
	ownFFFD func(src []byte) int // see ownFFFD; nil when the charset has no U+FFFD
	started bool                 // the first character has been written
	invalid int
	utf8    bool // the input is UTF-8: valid stretches are copied as they are
	ascii   bool // ASCII bytes decode as themselves, and nothing is pending between characters
}

// ownFFFD counts, for each charset that has U+FFFD in its repertoire,
// the U+FFFD that src encodes as text, src being whole characters as the
// decoder consumed them. This keeps a U+FFFD that was in the page from being
// taken for a decoding error. The other encodings of the WHATWG standard
// cannot encode U+FFFD (TestCharsetOwnFFFD checks this table against x/text).
// It is a switch, not a map, so that nothing is built at start-up.
func ownFFFD(name string) func(src []byte) int {
	switch name {
	case "utf-8":
		// UTF-8 is self-synchronising: EF BF BD is U+FFFD wherever it stands.
		return func(src []byte) int { return bytes.Count(src, fffd) }
	case "gb18030":
		return gb18030OwnFFFD
	case "utf-16le":
		// UTF-16 reads two-byte units from the start.
		return func(src []byte) int { return countUnits(src, "\xFD\xFF") }
	case "utf-16be":
		return func(src []byte) int { return countUnits(src, "\xFF\xFD") }
	}
	return nil
}

// NewDecoder returns a Decoder for c. A Charset without an Encoding decodes
// as UTF-8.
func (c Charset) NewDecoder() *Decoder {
	if c.Encoding == nil {
		c = utf8Charset
	}
	var t transform.Transformer = c.Encoding.NewDecoder()
	if c.Encoding == encoding.Replacement {
		t = &replacementDecoder{}
	}
	return &Decoder{cs: c, t: t, ownFFFD: ownFFFD(c.Name), utf8: c.Name == "utf-8", ascii: spansASCII(c.Name)}
}

// spansASCII reports whether the decoder of the WHATWG encoding name
// decodes ASCII bytes as themselves and, between two characters, holds
// nothing over: every encoding of the standard but ISO-2022-JP (whose escape
// sequences change what ASCII bytes mean), UTF-16 and replacement.
func spansASCII(name string) bool {
	switch name {
	case "iso-2022-jp", "utf-16le", "utf-16be", "replacement":
		return false
	}
	return true
}

// replacementDecoder is the decoder of the WHATWG replacement encoding (the
// labels hz-gb-2312, iso-2022-kr, iso-2022-cn and others, which browsers
// refuse to decode): one U+FFFD for input that is not empty, then nothing.
// x/text's writes a U+FFFD on every call made at the end of input, empty or
// not, so its output depended on how often a caller repeated its last call:
// transform.Chain repeats it, a Reader does not.
type replacementDecoder struct {
	done bool // the U+FFFD has been written
}

// Reset implements [transform.Transformer].
func (d *replacementDecoder) Reset() { d.done = false }

// Transform implements [transform.Transformer]. It writes the U+FFFD on
// the first byte, as the standard does, rather than waiting for the end.
func (d *replacementDecoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	if d.done || len(src) == 0 {
		return 0, len(src), nil
	}
	if len(dst) < len(fffd) {
		return 0, 0, transform.ErrShortDst
	}
	d.done = true
	return copy(dst, fffd), len(src), nil
}

// Invalid returns the number of U+FFFD that d wrote in place of bytes it could
// not decode since it was created or Reset. It counts one per ill-formed
// sequence as the WHATWG decoders of x/text delimit them:
//
//   - UTF-8: each maximal ill-formed subpart, so a character cut off at the
//     end of the page counts once, and each stray continuation byte once.
//   - GB18030 and Big5: a byte that cannot start a character (0xFF; 0x80 in
//     Big5, while GB18030 reads it as €), a lead byte whose next byte cannot
//     follow it (an ASCII byte after it is then read on its own and survives;
//     Big5 swallows a non-ASCII one), a two-byte code with no character
//     assigned, and a lead byte cut off at the end.
//   - UTF-16: an unpaired surrogate and an odd final byte.
//   - replacement (hz-gb-2312, iso-2022-kr, iso-2022-cn): the whole input,
//     which decodes to one U+FFFD, unless it is empty.
//
// A U+FFFD that the page itself encodes (EF BF BD in UTF-8, 84 31 A4 37 in
// GB18030, FD FF in UTF-16LE) is text and is not counted.
func (d *Decoder) Invalid() int { return d.invalid }

// Reset implements [transform.Transformer]: it readies d for a new page and
// zeroes its count.
func (d *Decoder) Reset() {
	d.init()
	d.t.Reset()
	d.started = false
	d.invalid = 0
}

// init makes the zero Decoder a UTF-8 one.
func (d *Decoder) init() {
	if d.t == nil {
		*d = *utf8Charset.NewDecoder()
	}
}

// Bytes returns a new slice holding b decoded as a page of its own. It does
// not change d, so it is safe for concurrent use; [Decode] also counts the
// invalid sequences.
func (d *Decoder) Bytes(b []byte) []byte {
	out, _ := Decode(b, d.cs)
	return out
}

// String returns s, bytes in d's charset, decoded as a page of its own. It
// does not change d, so it is safe for concurrent use.
func (d *Decoder) String(s string) string {
	out, _, _ := transform.String(d.cs.NewDecoder(), s) // a Decoder has no errors of its own
	return out
}

// Span implements [transform.SpanningTransformer]: it returns how much of the
// start of src decodes to itself, so that a caller can pass it on without
// copying. That is the valid UTF-8 of a UTF-8 page, the ASCII of most other
// charsets, and nothing of UTF-16 and ISO-2022-JP; a byte order mark at the
// start of the page ends the span, since it is dropped.
func (d *Decoder) Span(src []byte, atEOF bool) (n int, err error) {
	d.init()
	switch {
	case d.utf8:
		if !d.started && bytes.HasPrefix(bom, src[:min(len(src), len(bom))]) && len(src) > 0 {
			if len(src) < len(bom) && !atEOF {
				return 0, transform.ErrShortSrc // may be a byte order mark
			}
			return 0, transform.ErrEndOfSpan
		}
		n = len(src)
		if !utf8.Valid(src) {
			n = validPrefix(src)
		}
	case d.ascii:
		for n < len(src) && src[n] < utf8.RuneSelf {
			n++
		}
	}
	if n > 0 {
		d.started = true
	}
	switch {
	case n == len(src):
		return n, nil
	case d.utf8 && !atEOF && n == runeutil.CutStart(src):
		return n, transform.ErrShortSrc // a character cut at the end, maybe valid
	}
	return n, transform.ErrEndOfSpan
}

// validPrefix returns the length of the longest prefix of b that is valid
// UTF-8.
func validPrefix(b []byte) int {
	i := 0
	for i < len(b) {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		i += size
	}
	return i
}

// bom is U+FEFF as UTF-8: what any charset's byte order mark decodes to.
var bom = []byte("\uFEFF")

var fffd = []byte("\uFFFD")

// Transform implements [transform.Transformer].
func (d *Decoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	d.init()
	if d.utf8 {
		nDst, nSrc, err = d.transformUTF8(dst, src, atEOF)
	} else {
		nDst, nSrc, err = d.t.Transform(dst, src, atEOF)
	}
	if !d.started && nDst > 0 {
		// Dropping the decoded U+FEFF, rather than a BOM's bytes, serves
		// every charset alike; the x/text decoders keep it.
		d.started = true
		if bytes.HasPrefix(dst[:nDst], bom) {
			nDst = copy(dst, dst[len(bom):nDst])
		}
	}
	if n := bytes.Count(dst[:nDst], fffd); n > 0 {
		// The underlying decoders consume whole characters, so every U+FFFD
		// of the page lies whole within src[:nSrc].
		if d.ownFFFD != nil {
			n -= d.ownFFFD(src[:nSrc])
		}
		d.invalid += n
	}
	return nDst, nSrc, err
}

// countUnits counts the two-byte units of src equal to unit.
func countUnits(src []byte, unit string) int {
	n := 0
	for i := 0; i+2 <= len(src); i += 2 {
		if string(src[i:i+2]) == unit {
			n++
		}
	}
	return n
}

// gb18030OwnFFFD counts the U+FFFD (84 31 A4 37) among the characters
// of src, stepping through them as x/text's GB18030 decoder does, so that the
// same bytes straddling two characters do not count.
func gb18030OwnFFFD(src []byte) int {
	n := 0
	for len(src) > 0 {
		size := gb18030Size(src)
		if size == 4 && string(src[:4]) == "\x84\x31\xA4\x37" {
			n++
		}
		src = src[size:]
	}
	return n
}

// gb18030Size returns how many bytes x/text's GB18030 decoder consumes
// at the start of b: 2 or 4 for a character or unmapped code, 1 for ASCII, €
// (0x80) and any byte it cannot use (it reads the next byte afresh).
func gb18030Size(b []byte) int {
	c0 := b[0]
	if c0 <= 0x80 || c0 == 0xFF || len(b) < 2 {
		return 1
	}
	c1 := b[1]
	if 0x40 <= c1 && c1 <= 0x7E || 0x80 <= c1 && c1 <= 0xFE {
		return 2
	}
	if c1 < 0x30 || c1 > 0x3F || len(b) < 4 {
		return 1 // x/text reads 30–3F as the second byte of four
	}
	c2, c3 := b[2], b[3]
	if c2 < 0x81 || c2 == 0xFF || c3 < 0x30 || c3 > 0x39 {
		return 1
	}
	// Four-byte codes past the BMP table must fall within U+10000–U+10FFFF.
	linear := ((int(c0-0x81)*10+int(c1-0x30))*126+int(c2-0x81))*10 + int(c3-0x30)
	if linear >= 39420 && (linear < 189000 || linear >= 189000+0x100000) {
		return 1
	}
	return 4
}

// Decode decodes a whole page from cs to UTF-8 with [Charset.NewDecoder] and
// returns the text and the number of invalid sequences replaced by U+FFFD.
func Decode(data []byte, cs Charset) (text []byte, invalid int) {
	d := cs.NewDecoder()
	// A Decoder has no errors of its own to report (bad bytes become
	// U+FFFD), and transform.Bytes handles the short-buffer ones.
	text, _, _ = transform.Bytes(d, data)
	return text, d.Invalid()
}

// transformUTF8 copies the valid UTF-8 at the start of src as it is, which
// is most pages' whole text, and leaves what is not valid (and a character
// cut at the end of src) to x/text's decoder, which replaces it. Checking
// with utf8.Valid is several times faster than x/text's rune-by-rune copy.
func (d *Decoder) transformUTF8(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	n := min(len(src), len(dst))
	for n > 0 && n < len(src) && !utf8.RuneStart(src[n]) {
		n-- // whole characters only
	}
	if n == len(src) && !atEOF {
		n = runeutil.CutStart(src[:n]) // keep a character cut at the end for the next call
	}
	if n > 0 && utf8.Valid(src[:n]) {
		copy(dst, src[:n])
		if n == len(src) {
			return n, n, nil
		}
		nDst, nSrc, err = d.t.Transform(dst[n:], src[n:], atEOF)
		return n + nDst, n + nSrc, err
	}
	return d.t.Transform(dst, src, atEOF)
}
