// Package space makes white space canonical, so that pages that differ only in their spacing
// (ideographic indents, no-break spaces from &nbsp;, runs of blanks, CR LF line ends) give the
// same text and the same record. It works line by line: runs of white space inside a line become
// one ASCII space, lines lose white space at both ends, and CR LF, lone CR, U+2028 and U+2029
// become LF. Line structure is kept, so the text stays readable and parsable as lines. [Clean]
// applies the rule to one value, where line breaks are white space too.
//
// White space is every Unicode space (ASCII space and tab, U+00A0, U+2000 to U+200B, U+3000, …)
// and the zero-width characters U+200B and U+FEFF that scraped pages use as spacing.
package space

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// Fold is a Transformer for one-off use: Fold.String(s) and Fold.Bytes(b) fold the white space
// of a whole text and are safe for concurrent use. A stream needs a Transformer of its own.
var Fold Transformer

// Transformer folds white space as the package describes. A *Transformer is a
// [transform.SpanningTransformer] for one stream at a time: it carries state between calls (a
// pending run, whether the line has begun), so a stream, a [transform.Chain] or a
// [transform.Reader], needs one of its own. The state is bounded, so a run of any length streams
// in constant memory. Its zero value is ready to use, at the start of a line.
//
// String and Bytes fold their argument as a text of its own and leave the receiver alone, so
// they are safe for concurrent use, on [Fold] as on any Transformer.
type Transformer struct {
	pending bool // white space seen since the last text on this line
	midLine bool // text has been written on this line
	afterCR bool // the previous character was CR, so a LF is its pair
}

// Reset implements [transform.Transformer]: the next input starts a text, at the start of a
// line.
func (f *Transformer) Reset() { *f = Transformer{} }

// String returns s with its white space folded, as a text of its own.
func (*Transformer) String(s string) string {
	out, _, _ := transform.String(new(Transformer), s) // Transform returns no errors of its own
	return out
}

// Bytes returns a new slice holding b with its white space folded, as a text of its own.
func (*Transformer) Bytes(b []byte) []byte {
	out, _, _ := transform.Bytes(new(Transformer), b) // Transform returns no errors of its own
	return out
}

// Span implements [transform.SpanningTransformer]: it returns how much of the start of src
// Transform would write as it is, and moves f past it as Transform would. It stops at white
// space that goes or changes (at the start or end of a line, in a run, anything but a single
// ASCII space), at a line break other than a lone LF, and, before the end of the input, at a
// space whose next character has not come yet.
func (f *Transformer) Span(src []byte, atEOF bool) (n int, err error) {
	if f.pending && len(src) > 0 {
		return 0, transform.ErrEndOfSpan // the run before src comes out as one space, or none
	}
	for n < len(src) {
		if run := plainPrefix(src[n:]); run > 0 {
			// As in Transform, a character cut at the end of src goes with the run: none
			// that the run takes in can turn out to be white space.
			n += run
			f.midLine, f.afterCR = true, false
			continue
		}
		r, size := rune(src[n]), 1
		if r >= utf8.RuneSelf {
			if !utf8.FullRune(src[n:]) && !atEOF {
				return n, transform.ErrShortSrc
			}
			r, size = utf8.DecodeRune(src[n:])
		}
		switch {
		case r == '\n' && !f.afterCR:
			f.midLine = false
		case r == ' ' && f.midLine:
			// One space stays only before more text on the line.
			next, ok, short := nextIsText(src[n+1:], atEOF)
			switch {
			case short:
				return n, transform.ErrShortSrc
			case !ok || !next:
				return n, transform.ErrEndOfSpan
			}
		case r == '\n', r == '\r', r == '\u2028', r == '\u2029', isSpace(r):
			return n, transform.ErrEndOfSpan
		default:
			f.midLine, f.afterCR = true, false
		}
		n += size
	}
	return n, nil
}

// nextIsText reports whether b starts with a character that is neither white space nor a line
// break; ok is false at the end of the input, and short reports that b ends before the
// character does and more input may follow.
func nextIsText(b []byte, atEOF bool) (next, ok, short bool) {
	if len(b) == 0 {
		return false, false, !atEOF
	}
	if plainPrefix(b) > 0 && (b[0] < utf8.RuneSelf || utf8.FullRune(b)) {
		return true, true, false
	}
	if !utf8.FullRune(b) && !atEOF {
		return false, false, true
	}
	r, _ := utf8.DecodeRune(b)
	return !(r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || isSpace(r)), true, false
}

// Transform implements [transform.Transformer].
func (f *Transformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		if run := plainPrefix(src[nSrc:]); run > 0 {
			// A run of characters that are neither white space nor line
			// breaks: copy it whole, after the space a pending run left.
			space := 0
			if f.pending && f.midLine {
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
				f.pending, f.midLine, f.afterCR = false, true, false
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
			f.pending, f.midLine, f.afterCR = false, false, r == '\r'
		case isSpace(r):
			f.pending, f.afterCR = true, false
		default:
			space := 0
			if f.pending && f.midLine {
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
			f.pending, f.midLine, f.afterCR = false, true, false
		}
		nSrc += size
	}
	return nDst, nSrc, nil
}

// plainPrefix returns the length of the longest prefix of src that holds
// no white space and no line break. Every character that can be either
// starts with an ASCII byte or one of the lead bytes C2, E1, E2, E3 and EF;
// other characters, most Han among them, are skipped by their first byte, and
// the rest are checked whole. The prefix may end inside a character cut at
// the end of src; the caller copies whole characters only.
func plainPrefix[T string | []byte](src T) int {
	i := 0
	for i < len(src) {
		c := src[i]
		if !lead[c] {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			return i
		}
		n := nonSpaceSize(src[i:])
		if n == 0 {
			return i
		}
		i += n
	}
	return i
}

// nonSpaceSize returns the size of the character at the start of b when
// it is neither white space nor a line break, and 0 when it is one, or is
// cut short or not valid UTF-8 (the slow path decides those).
func nonSpaceSize[T string | []byte](b T) int {
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

// lead marks the bytes that may start white space or a line break.
var lead = [256]bool{
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

// Clean applies the white-space rule to one value, a field of a record: it trims the value and
// turns every run of white space inside it, line breaks included, into one ASCII space. A value
// that is already clean is returned as it is, without allocating.
func Clean(s string) string {
	if isClean(s) {
		return s
	}
	return cleanSlow(s)
}

// cleanSlow is Clean without the shortcut for clean values.
func cleanSlow(s string) string {
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

// isClean reports whether Clean would return s unchanged: its only
// white space is single ASCII spaces between other characters. It skips the
// characters that cannot be white space by their bytes, as the chain does;
// anything it is unsure of (invalid UTF-8 included) makes it answer false,
// and the slow path decides.
func isClean(s string) bool {
	afterSpace := true // white space at the start is not clean
	for i := 0; i < len(s); {
		if n := plainPrefix(s[i:]); n > 0 {
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
