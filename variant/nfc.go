package variant

import (
	"bytes"
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
//
// When decoder is set (a UTF-8 [Decoder]), nfc reads raw UTF-8 and does the
// decoder's work as well, which spares the chain a step that would copy and
// validate every byte: the inert runs it copies are valid UTF-8 by
// construction, a leading byte order mark is dropped, and bytes that are not
// valid UTF-8 are handed to the decoder, which replaces and counts them. Its
// output is that of the decoder followed by nfc: U+FFFD is a starter that
// composes with nothing, so the text on either side of an invalid sequence
// normalises on its own.
type nfc struct {
	script  *ScriptCounter
	decoder *Decoder
}

// Reset implements [transform.Transformer].
func (f nfc) Reset() {
	if f.decoder != nil {
		f.decoder.Reset()
	}
}

// Transform implements [transform.Transformer].
func (f nfc) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	if f.decoder != nil && !f.decoder.started {
		if len(src) < len(charsetBOM) && !atEOF && bytes.HasPrefix(charsetBOM, src) {
			return 0, 0, transform.ErrShortSrc // may be a byte order mark
		}
		f.decoder.started = true
		if bytes.HasPrefix(src, charsetBOM) {
			nSrc = len(charsetBOM)
		}
	}
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
		if f.decoder != nil {
			if valid := first + utf8ValidPrefix(src[first:stop]); valid < stop {
				// Bytes that are not valid UTF-8, or a character cut at
				// the end of src.
				cut := !atEOF && !utf8.FullRune(src[valid:])
				if valid == nSrc {
					if cut {
						return nDst, nSrc, transform.ErrShortSrc
					}
					nd, ns, err := f.decodeInvalid(dst[nDst:], src, nSrc, atEOF)
					nDst += nd
					nSrc += ns
					if err != nil {
						return nDst, nSrc, err
					}
					continue
				}
				// Normalise what comes before them: an invalid sequence
				// is a boundary (it becomes U+FFFD), a cut character is
				// not yet known.
				stop, final = valid, !cut
			}
		}
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
			if f.decoder != nil {
				// Only valid UTF-8 may reach norm; what stopped it is
				// a character cut at the end of src.
				return nDst, nSrc, err
			}
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

// decodeInvalid hands the decoder the bytes of src from i that are not valid
// UTF-8, up to the next valid character or the end of src.
func (f nfc) decodeInvalid(dst, src []byte, i int, atEOF bool) (nDst, nSrc int, err error) {
	end := i + 1
	for end < len(src) {
		if r, size := utf8.DecodeRune(src[end:]); r != utf8.RuneError || size > 1 || !atEOF && !utf8.FullRune(src[end:]) {
			break
		}
		end++
	}
	// Up to a valid character the decoder may finish the sequence; a cut
	// one at the end of src it leaves for the next call.
	nDst, nSrc, err = f.decoder.Transform(dst, src[i:end], atEOF || end < len(src))
	if err == transform.ErrShortSrc && nSrc > 0 {
		err = nil // the rest is a cut character: the caller comes back to it
	}
	return nDst, nSrc, err
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
// whole inert characters, which is valid UTF-8, and how many of them are traditional-only and
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
		if src[i+1]&0xC0 != 0x80 || src[i+2]&0xC0 != 0x80 || r < 0x800 || !nfcInert(r) {
			break // r < 0x800 is an overlong form, not valid UTF-8
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
