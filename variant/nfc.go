package variant

import (
	"bytes"
	"errors"
	"unicode/utf8"

	"github.com/govnotice/govnotice/variant/charset"
	"github.com/govnotice/govnotice/variant/internal/scripttab"
	"github.com/govnotice/govnotice/variant/script"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// nfc is norm.NFC with a fast path for the characters that make up almost
// all of a Chinese page: ASCII, CJK ideographs, CJK and full-width
// punctuation. Those are starters that NFC never changes, so runs of them
// are copied as they are and only the rest goes through norm.NFC. This keeps
// the NFC step from dominating the canonical chain (norm's own quick check
// looks every character up in its trie).
//
// The result is the same as norm.NFC's: norm.NFC is stateless, so handing it
// the stretches between inert runs is safe as long as the starter before a
// non-inert character goes with it (a combining mark composes with the last
// starter before it), and it never needs more than its own look-ahead. A
// byte that is not valid UTF-8 is a boundary too: norm passes it on as a
// starter that composes with nothing, and so does nfc.
//
// nfc also counts the traditional-only and simplified-only characters of what
// it writes (see package script), in the same scan that finds the inert runs,
// which spares the chain a pass of its own (NFC output is what the script is
// judged on: annotation stripping, which comes later, removes no Han
// character).
//
// When decoder is set (a UTF-8 [charset.Decoder]), nfc reads raw UTF-8 and does the
// decoder's work as well, which spares the chain a step that would copy and
// validate every byte: the inert runs it copies are valid UTF-8 by
// construction, a leading byte order mark is dropped, and bytes that are not
// valid UTF-8 are handed to the decoder, which replaces and counts them. Its
// output is that of the decoder followed by nfc: U+FFFD is a starter that
// composes with nothing, so the text on either side of an invalid sequence
// normalises on its own.
type nfc struct {
	decoder *charset.Decoder
	started bool // with a decoder: the byte order mark has been looked for

	// traditional and simplified count the characters written that only
	// one script uses.
	traditional, simplified int
}

// Reset implements [transform.Transformer]; it also clears the counts.
func (f *nfc) Reset() {
	if f.decoder != nil {
		f.decoder.Reset()
	}
	f.started = false
	f.traditional, f.simplified = 0, 0
}

// script returns the script of what f has written since it was made or Reset.
func (f *nfc) script() script.Script { return script.Of(f.traditional, f.simplified) }

// bom is a UTF-8 byte order mark, which a UTF-8 decoder drops at the start
// of a page.
var bom = []byte("\uFEFF")

// Transform implements [transform.Transformer].
func (f *nfc) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	if f.decoder != nil && !f.started {
		if len(src) < len(bom) && !atEOF && bytes.HasPrefix(bom, src) {
			return 0, 0, transform.ErrShortSrc // may be a byte order mark
		}
		f.started = true
		if bytes.HasPrefix(src, bom) {
			nSrc = len(bom)
		}
	}
	grow := 0 // doublings of the look-ahead, see below
	for nSrc < len(src) {
		// Scan no further than dst can take, so that every character
		// counted is also written.
		scan := src[nSrc:min(len(src), nSrc+len(dst)-nDst)]
		run, traditional, simplified := nfcInertPrefix(scan)
		end := nSrc + run
		if run > 0 && (end < len(src) || !atEOF) {
			// Leave the last inert starter to norm: what follows, here or
			// in the next call, may compose with it.
			r, size := utf8.DecodeLastRune(src[nSrc:end])
			end -= size
			t, s := scripttab.Class(r)
			traditional -= b2i(t)
			simplified -= b2i(s)
		}
		f.traditional += traditional
		f.simplified += simplified
		nDst += copy(dst[nDst:], src[nSrc:end])
		nSrc = end
		if nSrc == len(src) {
			break
		}
		kind, size := nfcClassify(src[nSrc:], atEOF)
		switch kind {
		case nfcCut:
			return nDst, nSrc, transform.ErrShortSrc
		case nfcBad:
			nd, ns, err := f.passInvalid(dst[nDst:], src, nSrc, atEOF)
			nDst += nd
			nSrc += ns
			if err != nil {
				return nDst, nSrc, err
			}
			continue
		}
		// Hand norm the stretch from here (the inert starter left to it,
		// or a character it may change) up to a boundary. Look for one
		// no further than dst can take, or nfcLookahead bytes if that is
		// more: scanning to the end of a long src on every call, as if
		// each stretch could be the last, made nfc quadratic.
		first := nSrc
		if kind == nfcInertChar {
			first += size
		}
		limit := first + max(len(dst)-nDst, nfcLookahead)<<grow
		stop, final, why := nfcStretch(src, first, limit, atEOF)
		nd, ns, err := norm.NFC.Transform(dst[nDst:], src[nSrc:stop], final)
		f.countScript(dst[nDst : nDst+nd])
		nDst += nd
		nSrc += ns
		switch {
		case err == nil:
		case err == transform.ErrShortSrc && ns > 0:
			// norm stopped at the last boundary it saw, as it should
			// short of the end of input: carry on from there.
		case err == transform.ErrShortSrc && why == nfcAtLimit:
			// No boundary within the look-ahead, which should hold
			// several of norm's segments: look further.
			grow++
		case err == transform.ErrShortSrc && (atEOF || why == nfcAtBoundary):
			// norm does stop before a boundary, and at the end of input
			// it finishes: never break the contract on its account.
			return nDst, nSrc, errNFCStalled
		default:
			// Out of room in dst, or in src short of the end of input.
			return nDst, nSrc, err
		}
	}
	return nDst, nSrc, nil
}

// nfcLookahead is how many bytes beyond what dst can take nfc looks ahead
// at least for the end of a stretch to hand norm: enough for many of norm's
// segments, which it bounds at 30 non-starters.
const nfcLookahead = 1 << 10

// errNFCStalled reports a bug: norm made no progress on a stretch that
// ends at a boundary.
var errNFCStalled = errors.New("variant: NFC made no progress")

// nfcKind is what nfc makes of the character at the start of a stretch of
// input.
type nfcKind uint8

const (
	nfcOther     nfcKind = iota // a character that norm is to see
	nfcInertChar                // an inert character (see nfcInert)
	nfcBad                      // a byte that is not valid UTF-8
	nfcCut                      // a character cut off by the end of src, short of the end of input
)

// nfcClassify tells what b starts with, and its size. A U+FFFD written in
// the input is an inert character; only an invalid byte decodes to
// RuneError with size 1.
func nfcClassify(b []byte, atEOF bool) (nfcKind, int) {
	r, size := utf8.DecodeRune(b)
	switch {
	case r == utf8.RuneError && size == 1:
		if !atEOF && !utf8.FullRune(b) {
			return nfcCut, len(b)
		}
		return nfcBad, 1
	case nfcInert(r):
		return nfcInertChar, size
	}
	return nfcOther, size
}

// nfcStop is why a stretch for norm ends where it does.
type nfcStop uint8

const (
	nfcAtEnd      nfcStop = iota // the end of src, or a character cut off there
	nfcAtBoundary                // an inert character or an invalid byte
	nfcAtLimit                   // the limit of the look-ahead
)

// nfcStretch returns where the stretch of src that norm is to normalise
// next, starting before first, ends, whether norm may finish it (final),
// and why it ends there: after the first inert character from first on,
// which norm stops before unless the input ends there; before an invalid
// byte, which is a boundary (it becomes U+FFFD, or norm passes it on as a
// starter); before a character cut off at the end of src; or at the end of
// src. The search stops at the first character that starts at or past
// limit.
func nfcStretch(src []byte, first, limit int, atEOF bool) (stop int, final bool, why nfcStop) {
	for i := first; i < len(src); {
		if i >= limit {
			return i, false, nfcAtLimit
		}
		kind, size := nfcClassify(src[i:], atEOF)
		switch kind {
		case nfcInertChar:
			return i + size, atEOF && i+size == len(src), nfcAtBoundary
		case nfcBad:
			return i, true, nfcAtBoundary
		case nfcCut:
			return i, false, nfcAtEnd
		}
		i += size
	}
	return len(src), atEOF, nfcAtEnd
}

// passInvalid passes on the bytes of src from i that are not valid UTF-8,
// up to the next valid character, the end of src, or as many as dst can
// take the U+FFFD of. The decoder replaces and counts them; without one,
// they are copied as norm.NFC would copy them: an invalid byte is a
// starter that composes with nothing.
func (f *nfc) passInvalid(dst, src []byte, i int, atEOF bool) (nDst, nSrc int, err error) {
	end, limit := i+1, i+len(dst)+utf8.UTFMax
	for end < len(src) && end < limit {
		if kind, _ := nfcClassify(src[end:], atEOF); kind != nfcBad {
			break
		}
		end++
	}
	if f.decoder == nil {
		n := copy(dst, src[i:end])
		if n < end-i {
			err = transform.ErrShortDst
		}
		return n, n, err
	}
	// Before a valid character the decoder may finish the sequence; at
	// the limit, and before a character cut at the end of src, it may not.
	ends := atEOF && end == len(src) || end < len(src) && end < limit
	nDst, nSrc, err = f.decoder.Transform(dst, src[i:end], ends)
	if err == transform.ErrShortSrc && nSrc > 0 {
		err = nil // the rest may be the start of a sequence: the caller comes back to it
	}
	return nDst, nSrc, err
}

// countScript counts the script of p, which norm wrote: whole characters,
// since norm writes nothing else.
func (f *nfc) countScript(p []byte) {
	for _, r := range string(p) {
		t, s := scripttab.Class(r)
		f.traditional += b2i(t)
		f.simplified += b2i(s)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// nfcInertPrefix returns the length of the longest prefix of src made of
// whole inert characters, which is valid UTF-8, and how many of them are
// traditional-only and simplified-only characters (see package script):
// counting here spares the chain a pass of its own over the text.
func nfcInertPrefix(src []byte) (n, traditional, simplified int) {
	i := 0
	for i < len(src) {
		c := src[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= 0xC2 && c <= 0xCB { // U+0080–U+02FF: Latin, pinyin letters
			if i+1 >= len(src) || src[i+1]&0xC0 != 0x80 {
				break
			}
			i += 2
			continue
		}
		if c&0xF0 != 0xE0 || i+2 >= len(src) {
			break
		}
		r := rune(c&0x0F)<<12 | rune(src[i+1]&0x3F)<<6 | rune(src[i+2]&0x3F)
		if src[i+1]&0xC0 != 0x80 || src[i+2]&0xC0 != 0x80 || r < 0x800 || !nfcInert(r) {
			break // r < 0x800 is an overlong form, not valid UTF-8
		}
		if k := uint32(r - scripttab.Lo); k < scripttab.Hi-scripttab.Lo {
			t, s := scripttab.Bits(k)
			traditional += t
			simplified += s
		}
		i += 3
	}
	return i, traditional, simplified
}

// nfcInert reports whether r is a starter that NFC leaves alone whatever
// surrounds it, as far as what follows it is inert too. The ranges hold no
// character with a canonical decomposition or a non-zero combining class.
func nfcInert(r rune) bool {
	switch {
	case r < 0x300: // ASCII, Latin-1, Latin Extended, spacing modifiers
		return true
	case r >= 0x4E00 && r <= 0x9FFF: // CJK Unified Ideographs
		return true
	case r >= 0x3400 && r <= 0x4DBF: // CJK Extension A
		return true
	case r >= 0x3000 && r <= 0x3029, r >= 0x3030 && r <= 0x303F: // CJK punctuation, not the tone marks 302A–302F
		return true
	case r >= 0xFF01 && r <= 0xFF64: // full-width forms and half-width CJK punctuation
		return true
	case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205E: // dashes, quotes, ellipsis, ‰
		return true
	case r == 0xFFFD:
		return true
	}
	return false
}
