package charset

import (
	"bytes"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/govnotice/govnotice/variant/internal/runeutil"
	"golang.org/x/text/transform"
)

// guess is what the bytes alone say about their encoding.
type guess struct {
	Charset
	ascii bool // the bytes are pure ASCII, read alike by every candidate but UTF-16
}

// sniff detects the encoding of a sample from its content alone
// (steps 3–5 of Detect).
func sniff(sample []byte) guess {
	if cs, ok := sniffUTF16(sample); ok {
		return guess{Charset: cs}
	}
	if multi, n, ok := utf8Multi(sample); ok {
		cs := utf8Charset
		// Pure ASCII reads the same in every candidate but UTF-16, which
		// zero bytes would betray; otherwise it takes several multi-byte
		// characters, because a short run of GB18030 or Big5 can happen to
		// be valid UTF-8.
		cs.Certain = multi >= utf8Evidence || multi == 0 && n > 0 && bytes.IndexByte(sample, 0) < 0
		return guess{Charset: cs, ascii: multi == 0}
	}
	return guess{Charset: sniffCJK(sample)}
}

// utf8Evidence is the number of multi-byte characters that makes
// valid UTF-8 certain. In the GBK and Big5 fixtures, of the runs of non-ASCII
// bytes that follow an ASCII byte, 6.7% start with one character that is also
// valid UTF-8, 0.5% with two and 0.01% with three; a whole prefix is valid
// only if every run is.
const utf8Evidence = 8

// utf8Multi reports whether b is valid UTF-8, ignoring a character cut
// off at its end, how many multi-byte characters it holds, counted up to
// utf8Evidence, and how many bytes were checked.
func utf8Multi(b []byte) (multi, n int, ok bool) {
	b = b[:runeutil.CutStart(b)] // b may be a prefix, cut inside a character
	if !utf8.Valid(b) {
		return 0, 0, false
	}
	for _, c := range b {
		if c >= 0xC0 { // a lead byte, in valid UTF-8
			if multi++; multi == utf8Evidence {
				break // certain: more would change nothing
			}
		}
	}
	return multi, len(b), true
}

// sniffUTF16 recognises UTF-16 without a byte order mark by its zero
// bytes: the high byte of every ASCII character is zero, and no other
// candidate encoding writes zero bytes in text at all. Text with no ASCII at
// all has none, so it is not recognised; it then reads as garbage in the
// other candidates and is reported uncertain.
func sniffUTF16(b []byte) (Charset, bool) {
	if bytes.IndexByte(b, 0) < 0 {
		return Charset{}, false
	}
	var zeros [2]int // at even and odd offsets
	for i, c := range b {
		if c == 0 {
			zeros[i%2]++
		}
	}
	// Zeros at odd offsets are high bytes in little-endian order. The other
	// side sees a few zeros too: low bytes of characters like U+4E00.
	cs, major, minor := utf16LECharset, zeros[1], zeros[0]
	if zeros[0] > zeros[1] {
		cs, major, minor = utf16BECharset, zeros[0], zeros[1]
	}
	if major < 2 || major < 4*minor {
		return Charset{}, false
	}
	cs.Certain = major >= 16 && 16*minor <= major && decodesCleanly(cs, b)
	return cs, true
}

// decodesCleanly reports whether cs decodes b without an invalid
// sequence, ignoring a character cut off at the end of b. It runs cs's
// Decoder, which checks UTF-8 with utf8.Valid and does not count a U+FFFD
// the page itself holds, and scores nothing.
func decodesCleanly(cs Charset, b []byte) bool {
	d := cs.NewDecoder()
	var buf [4096]byte
	for len(b) > 0 && d.Invalid() == 0 {
		_, nSrc, err := d.Transform(buf[:], b, false)
		b = b[nSrc:]
		if err != transform.ErrShortDst || nSrc == 0 {
			break // done, or a cut-off character (ErrShortSrc)
		}
	}
	return d.Invalid() == 0
}

// evidence counts what a decoding of a sample looks like. ASCII, and
// non-ASCII punctuation, symbols and Latin letters are read alike or are
// common to all candidates, so they count for nothing.
type evidence struct {
	invalid  int // U+FFFD: invalid or unmapped sequences
	common   int // Han characters in commonHan
	unlikely int // other Han, private use, unassigned, scripts foreign to Chinese pages
}

// unlikelyTables holds the characters that a misread page turns into and a
// real page rarely has: Japanese kana, Bopomofo, Hangul, Greek and Cyrillic
// letters (GB2312 rows 4–8 are where Big5's common characters land), the
// vertical and small forms (Big5 row 0xA1, where GB punctuation lands),
// private use (GBK's user-defined areas) and Han outside the common block.
var unlikelyTables = []*unicode.RangeTable{
	unicode.Hiragana, unicode.Katakana, unicode.Bopomofo, unicode.Hangul,
	unicode.Greek, unicode.Cyrillic, unicode.Co, unicode.Han,
	{R16: []unicode.Range16{{Lo: 0xFE10, Hi: 0xFE1F, Stride: 1}, {Lo: 0xFE30, Hi: 0xFE6F, Stride: 1}}},
}

func (ev *evidence) add(r rune) {
	switch {
	case r < utf8.RuneSelf:
	case 0x3000 <= r && r <= 0x3003, 0x3008 <= r && r <= 0x3011, 0xFF01 <= r && r <= 0xFF5E:
		// The most frequent punctuation (、。《》「」【】，：) is quickly done.
	case r == utf8.RuneError:
		ev.invalid++
	case 0x4E00 <= r && r <= 0x9FFF:
		if i := r - 0x4E00; commonHan[i/64]&(1<<(i%64)) != 0 {
			ev.common++
		} else {
			ev.unlikely++
		}
	case 0x3400 <= r && r <= 0x4DBF, 0xAC00 <= r && r <= 0xD7A3, 0xE000 <= r && r <= 0xF8FF:
		// Han extension A, Hangul syllables, private use: where most of
		// a misread page lands, quickly done (as the tables below say).
		ev.unlikely++
	case !unicode.IsGraphic(r) || unicode.In(r, unlikelyTables...):
		ev.unlikely++
	}
}

// weigher counts the evidence of a decoding bit by bit, so that
// detection can stop as soon as it is sure.
type weigher struct {
	dec transform.Transformer
	src []byte
	off int // bytes of src decoded so far
	ev  evidence
	buf []byte // decoded text, scored and dropped
}

// weighBuffers hold the buffers of sniffCJK's weighers, which would
// otherwise be allocated for every page: a buffer passed to a decoder's
// Transform escapes.
var weighBuffers = sync.Pool{New: func() any { return new([4096]byte) }}

// weighTo decodes src up to offset end, but for a character cut off there.
func (w *weigher) weighTo(end int) {
	for end = min(end, len(w.src)); w.off < end; {
		nDst, nSrc, err := w.dec.Transform(w.buf[:], w.src[w.off:end], false)
		// Decoded in place: ranging over string(w.buf[:nDst]) would copy
		// the buffer, which escapes, for every page.
		for b := w.buf[:nDst]; len(b) > 0; {
			r, size := utf8.DecodeRune(b)
			w.ev.add(r)
			b = b[size:]
		}
		w.off += nSrc
		if err != transform.ErrShortDst {
			break // done, or a cut-off character (ErrShortSrc)
		}
	}
}

// sniffCJK chooses between GB18030 and Big5 (step 5 of Detect).
// It weighs the first 1 KiB, and twice as much each time that is not enough
// to be sure, up to the whole sample.
func sniffCJK(sample []byte) Charset {
	buf := weighBuffers.Get().(*[4096]byte)
	defer weighBuffers.Put(buf)
	// The two weighers take turns, so they share the buffer.
	gb := weigher{dec: gb18030Charset.Encoding.NewDecoder(), src: sample, buf: buf[:]}
	big5 := weigher{dec: big5Charset.Encoding.NewDecoder(), src: sample, buf: buf[:]}
	for end := 1 << 10; ; end *= 2 {
		gb.weighTo(end)
		big5.weighTo(end)
		best, bestEv, otherEv := gb18030Charset, gb.ev, big5.ev
		if big5.ev.score() > gb.ev.score() {
			best, bestEv, otherEv = big5Charset, big5.ev, gb.ev
		}
		best.Certain = bestEv.common >= cjkEvidence &&
			bestEv.score() >= cjkScore &&
			bestEv.score()-otherEv.score() >= cjkMargin
		if best.Certain || end >= len(sample) {
			return best
		}
	}
}

// score is the share of plausible characters among the telling ones,
// counting an invalid sequence as several bad characters, since real text
// has none.
func (ev evidence) score() float64 {
	bad := ev.unlikely + 4*ev.invalid
	if ev.common+bad == 0 {
		return 0
	}
	return float64(ev.common) / float64(ev.common+bad)
}

// Thresholds for a certain GB18030/Big5 answer. On the prefixes of the GBK
// and Big5 fixtures in testdata/encodings that hold at least 16 common
// characters, the right reading scored at least 0.95 and the wrong one at
// most 0.57; TestDetectPrefixes still passes with an evidence
// threshold of 2, so 16 leaves room for pages unlike the fixtures.
const (
	cjkEvidence = 16
	cjkScore    = 0.8
	cjkMargin   = 0.3
)
