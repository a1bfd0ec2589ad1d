package variant

import (
	"unicode/utf8"

	"golang.org/x/text/transform"
)

//go:generate go run gen_simplify.go

// Simplify converts Traditional Chinese to Simplified Chinese (spec §2.4). It is stateless and
// safe for concurrent use; use it directly or in a [transform.Chain].
//
// At each position it takes the longest phrase key (2 to 10 characters) that the text starts
// with, else converts one character, else copies it. The tables are OpenCC 1.4.2's TSPhrases and
// TSCharacters (first candidates), which is exactly what OpenCC's t2s does, plus our own phrase
// layer for mainland text that was machine-converted to Traditional: 著 becomes 着 except in the
// zhù words (著名, 著作, 显著 …), 於 is not captured by names before common words (关于单位),
// and a few more (internal/data/phrases.txt says which and why).
//
// Simplified text comes out byte for byte as it went in, and so does everything that is not
// Chinese, including invalid UTF-8; the one exception is a 著 outside the listed zhù words,
// which becomes 着 as it would in Traditional text (an author credit 鲁迅 著 comes out 鲁迅 着).
// Converting the output again changes nothing, barring contrived joins of two phrase keys.
//
// As a [transform.Transformer] it looks ahead at most one phrase key (10 characters, 30 bytes
// with the current tables): it returns [transform.ErrShortSrc] before the end of the input only
// while a phrase could still match, so streaming in chunks of any size gives the same output as
// converting the whole input.
var Simplify Simplifier

// Simplifier is the type of [Simplify]. Its zero value is ready to use.
type Simplifier struct{}

// Reset implements [transform.Resetter]; a Simplifier has no state.
func (Simplifier) Reset() {}

// String returns s converted to Simplified Chinese.
func (t Simplifier) String(s string) string {
	s, _, _ = transform.String(t, s)
	return s
}

// Bytes returns a new slice with b converted to Simplified Chinese.
func (t Simplifier) Bytes(b []byte) []byte {
	b, _, _ = transform.Bytes(t, b)
	return b
}

// Span implements [transform.SpanningTransformer]: it returns the length of the prefix of src that
// Simplify leaves as it is.
func (Simplifier) Span(src []byte, atEOF bool) (n int, err error) {
	for n < len(src) {
		if src[n] < utf8.RuneSelf {
			n++
			continue
		}
		size, r, phrase, short := simplifyUnit(src[n:], atEOF)
		switch {
		case short:
			return n, transform.ErrShortSrc
		case r != 0 || phrase != "":
			return n, transform.ErrEndOfSpan
		}
		n += size
	}
	return n, nil
}

// Transform implements [transform.Transformer].
func (Simplifier) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	// src[nSrc:i] is a run that stays as it is; it is copied when a change or the end is reached.
	// The run always ends on a unit boundary (never inside a phrase that matched unchanged, as in
	// 乾隆), and end is how far it can grow and still fit in dst.
	i, end := 0, len(dst)
	for i < len(src) {
		if src[i] < utf8.RuneSelf {
			j := i + 1
			for j < len(src) && src[j] < utf8.RuneSelf {
				j++
			}
			if j > end {
				i, err = end, transform.ErrShortDst
				break
			}
			i = j
			continue
		}
		var size int
		var r rune
		var phrase string
		// Fast path: a three-byte character of U+3000..U+9FFF, where nearly all Han characters
		// are, that starts no phrase: it stays or maps to one character, whatever follows.
		if c := src[i]; 0xE3 <= c && c <= 0xE9 && i+2 < len(src) && src[i+1]&0xC0 == 0x80 && src[i+2]&0xC0 == 0x80 {
			if e := simplifyEntry3(c, src[i+1], src[i+2]); e>>simplifyRuneBits == 0 {
				size, r = 3, rune(e)
			}
		}
		if size == 0 {
			var short bool
			size, r, phrase, short = simplifyUnit(src[i:], atEOF)
			if short {
				err = transform.ErrShortSrc
				break
			}
		}
		if r == 0 && phrase == "" {
			if i+size > end {
				err = transform.ErrShortDst
				break
			}
			i += size
			continue
		}
		nDst += copy(dst[nDst:], src[nSrc:i])
		nSrc = i
		switch {
		case 0x800 <= r && r < 0x10000 && len(dst)-nDst >= 3:
			// All but a few outputs: write the three bytes directly.
			d := dst[nDst : nDst+3]
			d[0], d[1], d[2] = 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F
			nDst += 3
		case r != 0:
			if len(dst)-nDst < utf8.RuneLen(r) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += utf8.EncodeRune(dst[nDst:], r)
		default:
			if len(dst)-nDst < len(phrase) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], phrase)
		}
		nSrc += size
		i, end = nSrc, nSrc+len(dst)-nDst
	}
	nDst += copy(dst[nDst:], src[nSrc:i])
	return nDst, i, err
}

// simplifyUnit looks at the conversion unit that src starts with; src starts with a non-ASCII
// byte. It returns the unit's length in bytes and what replaces it: r for a character, phrase for
// a phrase, neither when the unit stays (an unmapped character, invalid UTF-8, or a phrase that
// maps to itself). short reports that src ends before the unit can be decided and more input
// may follow.
func simplifyUnit(src []byte, atEOF bool) (size int, r rune, phrase string, short bool) {
	var e uint32
	if c := src[0]; 0xE3 <= c && c <= 0xE9 && len(src) >= 3 && src[1]&0xC0 == 0x80 && src[2]&0xC0 == 0x80 {
		// The three-byte forms of U+3000..U+9FFF, where nearly all Han characters are.
		e, size = simplifyEntry3(c, src[1], src[2]), 3
	} else {
		if !atEOF && !utf8.FullRune(src) {
			return 0, 0, "", true
		}
		var in rune
		in, size = utf8.DecodeRune(src)
		e = simplifyLookup(in)
	}
	if e == 0 {
		return size, 0, "", false
	}
	if g := e >> simplifyRuneBits; g != 0 {
		p, short := simplifyMatch(src, g, atEOF)
		if short {
			return 0, 0, "", true
		}
		if p != nil {
			return len(p.from), 0, p.to, false
		}
	}
	return size, rune(e & (1<<simplifyRuneBits - 1)), "", false
}

// simplifyEntry3 returns the entry of the character encoded as the three bytes c0 c1 c2, which
// must be a valid UTF-8 encoding. It is the fast path for the common case, small enough to inline.
func simplifyEntry3(c0, c1, c2 byte) uint32 {
	i := (uint32(c0&0x0F)<<12 | uint32(c1&0x3F)<<6 | uint32(c2&0x3F)) - simplifyLo
	if i >= simplifyHi-simplifyLo {
		return 0
	}
	return simplifyBlocks[simplifyIndex[i>>simplifyBlockBits]][i&(1<<simplifyBlockBits-1)]
}

// simplifyLookup returns r's entry in the character table: the rune it converts to (0 when it
// stays) in the low simplifyRuneBits bits, and above them the phrase group of the keys that start
// with r (0 when none does).
func simplifyLookup(r rune) uint32 {
	if i := uint32(r - simplifyLo); i < simplifyHi-simplifyLo {
		return simplifyBlocks[simplifyIndex[i>>simplifyBlockBits]][i&(1<<simplifyBlockBits-1)]
	}
	if r < simplifyAstralLo {
		return 0
	}
	return simplifyLookupAstral(r)
}

//go:noinline
func simplifyLookupAstral(r rune) uint32 {
	lo, hi := 0, len(simplifyAstral)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch e := simplifyAstral[m]; {
		case e.r == r:
			return e.e
		case e.r < r:
			lo = m + 1
		default:
			hi = m
		}
	}
	return 0
}

// simplifyMatch returns the longest phrase of group g that src starts with, or nil. short reports
// that it cannot tell yet: src ends inside a longer key and more input may follow.
func simplifyMatch(src []byte, g uint32, atEOF bool) (p *simplifyPhrase, short bool) {
	grp := simplifyGroups[g]
	for k := grp.lo; k < grp.hi; k++ {
		p := &simplifyPhrases[k]
		if n := len(p.from); len(src) >= n {
			// Most candidates differ in their last byte: test it before
			// comparing the whole phrase.
			if src[n-1] == p.from[n-1] && string(src[:n]) == p.from {
				return p, false
			}
		} else if !atEOF && p.from[:len(src)] == string(src) {
			return nil, true
		}
	}
	return nil, false
}

// simplifyAstralEntry is the character-table entry of a rune above the BMP.
type simplifyAstralEntry struct {
	r rune
	e uint32
}

// simplifyGroup is the range of simplifyPhrases whose keys start with the same rune.
type simplifyGroup struct{ lo, hi uint16 }

// simplifyPhrase is one phrase: from is the key, to its conversion ("" when it stays as it is).
type simplifyPhrase struct{ from, to string }
