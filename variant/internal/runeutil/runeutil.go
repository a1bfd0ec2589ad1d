// Package runeutil holds the helpers on UTF-8 that the steps of the
// canonical chain share: where a stretch of input ends that a step can finish
// now, and what counts as a Han character.
package runeutil

import (
	"unicode"
	"unicode/utf8"
)

// CutStart returns where an incomplete character at the end of p starts,
// or len(p): a step that has not seen the end of the input leaves such a
// character for its next call.
func CutStart(p []byte) int {
	for j := len(p) - 1; j >= 0 && j > len(p)-utf8.UTFMax; j-- {
		if utf8.RuneStart(p[j]) {
			if !utf8.FullRune(p[j:]) {
				return j
			}
			break
		}
	}
	return len(p)
}

// HoldBack returns where a step that has not seen the end of the input
// stops in src[lo:]: before an incomplete last character, and before a last
// character that joins may join with what follows (a Han character before a
// parenthesis, a Chinese one before a mark), so that the next call sees it.
func HoldBack(src []byte, lo int, joins func(rune) bool) int {
	end := lo + CutStart(src[lo:])
	if r, size := utf8.DecodeLastRune(src[lo:end]); size > 0 && joins(r) {
		end -= size
	}
	return end
}

// IsHan reports whether r is a Han character, checking the common CJK
// Unified Ideographs block first.
func IsHan(r rune) bool {
	switch {
	case r < 0x2E80:
		return false
	case 0x4E00 <= r && r <= 0x9FFF:
		return true
	}
	return unicode.Is(unicode.Han, r)
}
