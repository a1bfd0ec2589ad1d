package notice

import (
	"strings"
	"unicode"
)

// fold maps a full-width ASCII form (U+FF01–U+FF5E: ２, ／, （, Ａ …) to its
// ASCII letter. Canonical text has them folded already; values typed by hand
// or read with punctuation folding off still carry them.
func fold(r rune) rune {
	if 0xFF01 <= r && r <= 0xFF5E {
		return r - 0xFEE0
	}
	return r
}

// isSpace reports whether r is white space, U+3000 included.
func isSpace(r rune) bool { return unicode.IsSpace(r) }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// compact returns s without white space and with full-width ASCII folded.
// It returns s itself, without allocating, when there is nothing to change.
func compact(s string) string {
	for i, r := range s {
		if isSpace(r) || fold(r) != r {
			return compactFrom(s, i)
		}
	}
	return s
}

func compactFrom(s string, i int) string {
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if !isSpace(r) {
			b.WriteRune(fold(r))
		}
	}
	return b.String()
}

// atoi returns the value of s, a short run of ASCII digits.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// allDigits reports whether s is made of ASCII digits only; it is true for "".
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// Years an index number or a document number may carry: the People's
// Republic's first year to a bound far enough ahead for any real page.
const (
	minYear = 1949
	maxYear = 2100
)
