package variant

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// SpaceFolder is the white-space step of the canonical chain (spec §2 step 6)
// applied line by line: runs of white space inside a line become one ASCII
// space, lines lose white space at both ends, and CR LF, lone CR, U+2028 and
// U+2029 become LF. Line structure is kept, so the text stays readable and
// parsable as lines.
//
// White space is every Unicode space (ASCII space and tab, U+00A0, U+2000 to
// U+200B, U+3000, …) and the zero-width characters U+200B and U+FEFF that
// scraped pages use as spacing.
//
// A SpaceFolder carries state between calls (a pending run, the start of a
// line), so it is created by [NewSpaceFolder] and is not safe for concurrent
// use; the state is bounded, so a run of any length streams in constant
// memory.
type SpaceFolder struct {
	pending   bool // white space seen since the last text on this line
	lineStart bool // nothing but white space written on this line yet
	afterCR   bool // the previous character was CR, so a LF is its pair
}

// NewSpaceFolder returns a SpaceFolder at the start of a line.
func NewSpaceFolder() *SpaceFolder {
	f := &SpaceFolder{}
	f.Reset()
	return f
}

// Reset implements [transform.Transformer].
func (f *SpaceFolder) Reset() { *f = SpaceFolder{lineStart: true} }

// Transform implements [transform.Transformer].
func (f *SpaceFolder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if run := spacePlainPrefix(src[nSrc:]); run > 0 {
			// A run of characters that are neither white space nor line
			// breaks: copy it whole, after the space a pending run left.
			space := 0
			if f.pending && !f.lineStart {
				space = 1
			}
			if nDst+space >= len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], " "[:space])
			n := copy(dst[nDst:], src[nSrc:nSrc+run])
			for n < run && n > 0 && !utf8.RuneStart(src[nSrc+n]) {
				n-- // whole characters only
			}
			nDst += n
			nSrc += n
			if n > 0 {
				f.pending, f.lineStart, f.afterCR = false, false, false
			}
			if n < run {
				if space == 1 && n == 0 {
					nDst-- // take the space back with the character it precedes
				}
				return nDst, nSrc, transform.ErrShortDst
			}
			continue
		}
		c := src[nSrc]
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			if !utf8.FullRune(src[nSrc:]) && !atEOF {
				return nDst, nSrc, transform.ErrShortSrc
			}
			r, size = utf8.DecodeRune(src[nSrc:])
		}
		switch {
		case r == '\n' && f.afterCR:
			f.afterCR = false
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029':
			if nDst >= len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = '\n'
			nDst++
			f.pending, f.lineStart, f.afterCR = false, true, r == '\r'
		case isSpace(r):
			f.pending, f.afterCR = true, false
		default:
			space := 0
			if f.pending && !f.lineStart {
				space = 1
			}
			if nDst+space+size > len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			if space == 1 {
				dst[nDst] = ' '
				nDst++
			}
			nDst += copy(dst[nDst:], src[nSrc:nSrc+size])
			f.pending, f.lineStart, f.afterCR = false, false, false
		}
		nSrc += size
	}
	return nDst, nSrc, nil
}

// spacePlainPrefix returns the length of the longest prefix of src that holds
// no white space and no line break. Every character that can be either
// starts with an ASCII byte or one of the lead bytes C2, E1, E2, E3 and EF;
// other characters, most Han among them, are skipped by their first byte, and
// the rest are checked whole. The prefix may end inside a character cut at
// the end of src; the caller copies whole characters only.
func spacePlainPrefix[T string | []byte](src T) int {
	i := 0
	for i < len(src) {
		c := src[i]
		if !spaceLead[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			return i
		}
		n := spaceNonSpaceSize(src[i:])
		if n == 0 {
			return i
		}
		i += n
	}
	return i
}

// spaceNonSpaceSize returns the size of the character at the start of b when
// it is neither white space nor a line break, and 0 when it is one, or is
// cut short or not valid UTF-8 (the slow path decides those).
func spaceNonSpaceSize[T string | []byte](b T) int {
	switch {
	case b[0] == 0xC2:
		if len(b) < 2 || b[1]&0xC0 != 0x80 || b[1] == 0xA0 || b[1] == 0x85 { // U+00A0, U+0085
			return 0
		}
		return 2
	case len(b) < 3 || b[1]&0xC0 != 0x80 || b[2]&0xC0 != 0x80:
		return 0
	}
	switch b[0] {
	case 0xE1:
		if b[1] == 0x9A && b[2] == 0x80 { // U+1680
			return 0
		}
	case 0xE2:
		if b[1] == 0x80 && (b[2] <= 0x8B || b[2] == 0xA8 || b[2] == 0xA9 || b[2] == 0xAF) || b[1] == 0x81 && b[2] == 0x9F { // U+2000–200B, 2028, 2029, 202F, 205F
			return 0
		}
	case 0xE3:
		if b[1] == 0x80 && b[2] == 0x80 { // U+3000
			return 0
		}
	case 0xEF:
		if b[1] == 0xBB && b[2] == 0xBF { // U+FEFF
			return 0
		}
	}
	return 3
}

// spaceLead marks the bytes that may start white space or a line break.
var spaceLead = [256]bool{
	' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true,
	0xC2: true, 0xE1: true, 0xE2: true, 0xE3: true, 0xEF: true,
}

// isSpace reports whether r is white space for the canonical text rules.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff'
}

// CleanSpace applies the white-space rule of spec §2 step 6 to one value:
// it trims the value and turns every run of white space inside it, line
// breaks included, into one ASCII space. A value that is already clean is
// returned as it is, without allocating.
func CleanSpace(s string) string {
	if spaceIsClean(s) {
		return s
	}
	return cleanSpaceSlow(s)
}

// cleanSpaceSlow is CleanSpace without the shortcut for clean values.
func cleanSpaceSlow(s string) string {
	b := make([]byte, 0, len(s))
	pending := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) || r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' {
			pending = true
		} else {
			if pending && len(b) > 0 {
				b = append(b, ' ')
			}
			pending = false
			b = append(b, s[i:i+size]...) // invalid bytes stay as they are
		}
		i += size
	}
	return string(b)
}

// spaceIsClean reports whether CleanSpace would return s unchanged: its only
// white space is single ASCII spaces between other characters. It skips the
// characters that cannot be white space by their bytes, as the chain does;
// anything it is unsure of (invalid UTF-8 included) makes it answer false,
// and the slow path decides.
func spaceIsClean(s string) bool {
	afterSpace := true // white space at the start is not clean
	for i := 0; i < len(s); {
		if n := spacePlainPrefix(s[i:]); n > 0 {
			i += n
			afterSpace = false
			continue
		}
		if s[i] != ' ' || afterSpace {
			return false
		}
		afterSpace = true
		i++
	}
	return !afterSpace || s == ""
}
