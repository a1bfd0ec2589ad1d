package punct

import (
	"unicode/utf8"

	"github.com/govnotice/govnotice/variant/internal/runeutil"
)

// class is what a rune is to the punctuation rule.
type class uint8

const (
	// classOther is not Chinese context: Latin letters, digits (full-width
	// ones too, as they fold to ASCII), spaces, other scripts, symbols.
	classOther class = iota
	// classChinese is Chinese context: a Han character or Chinese
	// punctuation other than the marks below.
	classChinese
	// classMark is one of the ASCII marks the rule decides: , ; : ? ! ( ).
	classMark
	// classWideMark is the full-width form of one of them: ，；：？！（）.
	// It is Chinese context, and its parentheses pair with ASCII ones.
	classWideMark
)

// classOf classifies r.
func classOf(r rune) class {
	if r < utf8.RuneSelf {
		switch r {
		case ',', ';', ':', '?', '!', '(', ')':
			return classMark
		}
		return classOther
	}
	switch r {
	case '，', '；', '：', '？', '！', '（', '）':
		return classWideMark
	}
	if isChinese(r) {
		return classChinese
	}
	return classOther
}

// isChinese reports whether r is a Han character or Chinese
// punctuation: the CJK Symbols and Punctuation block except the ideographic
// space (、。《》「」【】〔〕…), full-width and half-width punctuation,
// vertical and CJK compatibility forms, and the marks of general
// punctuation that Chinese text uses: “ ” ‘ ’ — ….
func isChinese(r rune) bool {
	switch {
	case r < 0x2014:
		return false
	case r <= 0x2026:
		return r == 0x2014 || r == 0x2018 || r == 0x2019 || r == 0x201C || r == 0x201D || r == 0x2026
	case 0x3001 <= r && r <= 0x303F:
		return true
	case 0xFE10 <= r && r <= 0xFE1F, 0xFE30 <= r && r <= 0xFE4F:
		return true
	case 0xFF01 <= r && r <= 0xFF65:
		return !isWideAlnum(r)
	}
	return runeutil.IsHan(r)
}

// isWideAlnum reports whether r is a full-width digit or Latin letter
// (U+FF10–FF19, U+FF21–FF3A, U+FF41–FF5A); each folds to r-0xFEE0.
func isWideAlnum(r rune) bool {
	return 0xFF10 <= r && r <= 0xFF19 || 0xFF21 <= r && r <= 0xFF3A || 0xFF41 <= r && r <= 0xFF5A
}

// special marks the bytes that stop the scan over plain text: the ASCII
// marks, and 0xEF, which starts every full-width form.
var special = [256]bool{
	',': true, ';': true, ':': true, '?': true, '!': true, '(': true, ')': true,
	0xEF: true,
}

// scan returns the position of the first special byte in b, or len(b).
func scan(b []byte) int {
	for i, c := range b {
		if special[c] {
			return i
		}
	}
	return len(b)
}

// wideOf returns the full-width form of an ASCII mark.
func wideOf(c byte) string {
	switch c {
	case ',':
		return "，"
	case ';':
		return "；"
	case ':':
		return "："
	case '?':
		return "？"
	case '!':
		return "！"
	case '(':
		return "（"
	}
	return "）"
}

// isOpen and isClose report whether r is an opening or closing
// parenthesis of either width.
func isOpen(r rune) bool  { return r == '(' || r == '（' }
func isClose(r rune) bool { return r == ')' || r == '）' }
