package variant

import (
	"unicode/utf8"

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
// starter before it), and it never needs more than its own look-ahead.
//
// When script is set, nfc also counts the script of what it writes, in the
// same scan that finds the inert runs, which spares the chain a pass of its
// own (NFC output is what the script is judged on: annotation stripping,
// which comes later, removes no Han character).
type nfc struct {
	transform.NopResetter
	script *ScriptCounter
}

// Transform implements [transform.Transformer].
func (f nfc) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
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
			t, s := scriptClass(r)
			traditional -= b2i(t)
			simplified -= b2i(s)
		}
		if f.script != nil {
			f.script.traditional += traditional
			f.script.simplified += simplified
		}
		nDst += copy(dst[nDst:], src[nSrc:end])
		nSrc = end
		if nSrc == len(src) {
			break
		}
		// Hand norm the stretch up to and including the next inert
		// character after the non-inert ones: that character is a
		// boundary, so norm stops before it unless the input ends there.
		first := nSrc
		if r, size := utf8.DecodeRune(src[nSrc:]); nfcInert(r) && r != utf8.RuneError {
			first += size // the starter left to norm
		}
		stop := nfcNextInert(src, first)
		final := atEOF && stop == len(src)
		nd, ns, err := norm.NFC.Transform(dst[nDst:], src[nSrc:stop], final)
		f.countScript(dst[nDst : nDst+nd])
		nDst += nd
		nSrc += ns
		if err == transform.ErrShortSrc && !final && stop < len(src) && ns > 0 {
			// norm stopped before the boundary character, as it
			// should: carry on from there.
			continue
		}
		if err == transform.ErrShortSrc && !final && stop < len(src) {
			// Not expected (the boundary ends a segment), but never
			// loop: let norm see the rest of src.
			nd, ns, err = norm.NFC.Transform(dst[nDst:], src[nSrc:], atEOF)
			f.countScript(dst[nDst : nDst+nd])
			return nDst + nd, nSrc + ns, err
		}
		if err != nil {
			return nDst, nSrc, err
		}
	}
	return nDst, nSrc, nil
}

// countScript counts the script of p, which norm wrote: whole characters,
// since norm writes nothing else.
func (f nfc) countScript(p []byte) {
	if f.script != nil {
		f.script.count(p)
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// nfcNextInert returns the end of the first inert character after the
// non-inert ones starting at i, or len(src).
func nfcNextInert(src []byte, i int) int {
	for i < len(src) {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 || !nfcInert(r) {
			i += max(size, 1)
			continue
		}
		return i + size
	}
	return len(src)
}

// nfcInertPrefix returns the length of the longest prefix of src made of
// whole inert characters, and how many of them are traditional-only and
// simplified-only characters (see [ScriptCounter]): counting here spares the
// chain a pass of its own over the text.
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
		if src[i+1]&0xC0 != 0x80 || src[i+2]&0xC0 != 0x80 || !nfcInert(r) {
			break
		}
		if k := uint32(r - scriptLo); k < scriptHi-scriptLo {
			traditional += int(scriptTraditionalOnly[k/64] >> (k % 64) & 1)
			simplified += int(scriptSimplifiedOnly[k/64] >> (k % 64) & 1)
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
