package variant

import "unicode/utf8"

// Helpers on UTF-8 that several steps share: where a stretch of input ends
// that a step can finish now, and how much of it is valid.

// utf8CutStart returns where an incomplete character at the end of p starts,
// or len(p): a step that has not seen the end of the input leaves such a
// character for its next call.
func utf8CutStart(p []byte) int {
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

// utf8HoldBack returns where a step that has not seen the end of the input
// stops in src[lo:]: before an incomplete last character, and before a last
// character that joins may join with what follows (a Han character before a
// parenthesis, a Chinese one before a mark), so that the next call sees it.
func utf8HoldBack(src []byte, lo int, joins func(rune) bool) int {
	end := lo + utf8CutStart(src[lo:])
	if r, size := utf8.DecodeLastRune(src[lo:end]); size > 0 && joins(r) {
		end -= size
	}
	return end
}

// utf8ValidPrefix returns the length of the longest prefix of b that is valid
// UTF-8.
func utf8ValidPrefix(b []byte) int {
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
