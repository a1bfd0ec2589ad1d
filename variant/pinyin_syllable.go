package variant

import (
	"unicode/utf8"
)

// Limits of one annotation. They bound how far the stripper looks ahead: an
// annotation is at most 3 (open) + about 16 (syllable with combining marks) +
// 9 (spaces) + 3 (close) bytes.
const (
	// pinyinMaxSpaces is how many spaces may stand between the syllable and
	// the closing parenthesis (`會(huì )`).
	pinyinMaxSpaces = 3
	// pinyinMaxRun is how many annotations in a row one Han character may
	// carry and still lose them all. A longer run is not an annotated page;
	// it is left alone, which keeps the lookahead bounded.
	pinyinMaxRun = 4
)

// pinyinScan is what pinyinAnnotation found at the start of its input.
type pinyinScan uint8

const (
	// pinyinNone: the input does not start with an annotation.
	pinyinNone pinyinScan = iota
	// pinyinFound: the input starts with a complete annotation.
	pinyinFound
	// pinyinMore: the input ends inside what may still become an
	// annotation; more input decides.
	pinyinMore
	// pinyinCutOff: at the end of the input, the input is the start of an
	// annotation that was cut off (`(`, `(chu`, `(huì `).
	pinyinCutOff
)

// pinyinAnnotation reports whether src starts with a parenthesised pinyin
// syllable: `(` or `（`, lower-case letters carrying exactly one tone mark
// (precomposed or combining), up to pinyinMaxSpaces spaces, then `)` or `）`.
// The letters without their mark must spell a syllable of pinyinSyllables.
// n is the length of the annotation for pinyinFound and pinyinCutOff.
func pinyinAnnotation(src []byte, atEOF bool) (n int, res pinyinScan) {
	var open int
	switch {
	case len(src) == 0 || src[0] != '(' && src[0] != 0xEF:
		return 0, pinyinNone
	case src[0] == '(':
		open = 1
	case len(src) >= 3 && string(src[:3]) == "（":
		open = 3
	case len(src) < 3 && string(src) == "（"[:len(src)]:
		if atEOF {
			return 0, pinyinNone
		}
		return 0, pinyinMore
	default:
		return 0, pinyinNone
	}

	var s pinyinSpelling
	spaces := 0
	for i := open; i < len(src); {
		// Most letters are ASCII: take them without decoding.
		if c := src[i]; 'a' <= c && c <= 'z' {
			if spaces > 0 || !s.push(uint32(c-'a')+1, false) {
				return 0, pinyinNone
			}
			i++
			continue
		}
		r, size := pinyinDecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			if !atEOF && !utf8.FullRune(src[i:]) {
				return 0, pinyinMore
			}
			return 0, pinyinNone
		}
		switch {
		case r == ')' || r == '）':
			if s.complete() {
				return i + size, pinyinFound
			}
			return 0, pinyinNone
		case pinyinIsSpace(r):
			spaces++
			if spaces > pinyinMaxSpaces || spaces == 1 && !s.complete() {
				return 0, pinyinNone
			}
		case spaces > 0 || !s.add(r):
			return 0, pinyinNone
		}
		i += size
	}
	// The input ended inside what may be an annotation.
	if !s.viable() || spaces > 0 && !s.complete() {
		return 0, pinyinNone
	}
	if atEOF {
		return len(src), pinyinCutOff
	}
	return 0, pinyinMore
}

// pinyinIsSpace reports whether r may stand between a syllable and its
// closing parenthesis: an ASCII space, a no-break space (from &nbsp;) or an
// ideographic space.
func pinyinIsSpace(r rune) bool {
	return r == ' ' || r == '\u00A0' || r == '\u3000'
}

// Letter codes, five bits each, as gen_pinyin.go packs them.
const (
	pinyinCodeA = 1  // a; b is 2 and so on to z, 26
	pinyinCodeÜ = 27 // ü
	pinyinCodeÊ = 28 // ê
)

// pinyinTonable has bit c set for each letter code c that may carry a tone
// mark: a, e, i, o, u, ü, ê, m, n.
const pinyinTonable = 1<<('a'-'a'+pinyinCodeA) | 1<<('e'-'a'+pinyinCodeA) | 1<<('i'-'a'+pinyinCodeA) |
	1<<('o'-'a'+pinyinCodeA) | 1<<('u'-'a'+pinyinCodeA) | 1<<('m'-'a'+pinyinCodeA) | 1<<('n'-'a'+pinyinCodeA) |
	1<<pinyinCodeÜ | 1<<pinyinCodeÊ

// pinyinSpelling accumulates a syllable letter by letter: its toneless
// letters packed as in pinyinSyllables, and its tone marks.
type pinyinSpelling struct {
	code  uint32
	n     int    // letters in code
	tones int    // tone marks seen
	last  uint32 // code of the last letter, 0 before the first
	toned bool   // whether the last letter carries a tone mark
}

// add appends r, a letter or a combining mark. It reports false when r
// cannot continue a syllable with at most one tone mark.
func (s *pinyinSpelling) add(r rune) bool {
	switch r {
	case '\u0304', '\u0301', '\u030C', '\u0300': // tones 1–4, combining
		if pinyinTonable&(1<<s.last) == 0 || s.toned {
			return false
		}
		s.toned = true
		s.tones++
		return s.tones == 1
	case '\u0308': // u + diaeresis = ü, before any tone mark (NFD order)
		if s.last != 'u'-'a'+pinyinCodeA || s.toned {
			return false
		}
		s.n--
		return s.push(pinyinCodeÜ, false)
	case '\u0302': // e + circumflex = ê
		if s.last != 'e'-'a'+pinyinCodeA || s.toned {
			return false
		}
		s.n--
		return s.push(pinyinCodeÊ, false)
	}
	base, tone := pinyinBase(r)
	if base == 0 {
		return false
	}
	if tone != 0 {
		s.tones++
		if s.tones > 1 {
			return false
		}
	}
	var c uint32
	switch base {
	case 'ü':
		c = pinyinCodeÜ
	case 'ê':
		c = pinyinCodeÊ
	default:
		c = uint32(base-'a') + pinyinCodeA
	}
	return s.push(c, tone != 0)
}

// push puts the letter with code c in the next place of the code.
func (s *pinyinSpelling) push(c uint32, toned bool) bool {
	if s.n == pinyinMaxLetters {
		return false
	}
	shift := 5 * (pinyinMaxLetters - 1 - s.n)
	s.code = s.code&^(0x1f<<shift) | c<<shift
	s.n++
	s.last, s.toned = c, toned
	return true
}

// complete reports whether the spelling is a listed syllable carrying
// exactly one tone mark.
func (s *pinyinSpelling) complete() bool {
	if s.tones != 1 {
		return false
	}
	i := pinyinSearch(s.code)
	return i < len(pinyinSyllables) && pinyinSyllables[i] == s.code
}

// viable reports whether the spelling can still grow into a listed
// syllable: whether some syllable starts with its letters.
func (s *pinyinSpelling) viable() bool {
	if s.n == 0 {
		return true
	}
	i := pinyinSearch(s.code)
	limit := s.code | (1<<(5*(pinyinMaxLetters-s.n)) - 1)
	return i < len(pinyinSyllables) && pinyinSyllables[i] <= limit
}

// pinyinBase returns the toneless letter for r and its tone (1–4, or 0 for an
// unmarked letter), or 0, 0 if r is not a lower-case pinyin letter. Only
// precomposed forms that exist in Unicode are listed; ê̄, ê̌, m̄, m̌, m̀ and n̄
// exist only with a combining mark.
func pinyinBase(r rune) (base rune, tone int) {
	if 'a' <= r && r <= 'z' {
		return r, 0
	}
	switch r {
	case 'ü', 'ê':
		return r, 0
	case 'ā':
		return 'a', 1
	case 'á':
		return 'a', 2
	case 'ǎ':
		return 'a', 3
	case 'à':
		return 'a', 4
	case 'ē':
		return 'e', 1
	case 'é':
		return 'e', 2
	case 'ě':
		return 'e', 3
	case 'è':
		return 'e', 4
	case 'ế':
		return 'ê', 2
	case 'ề':
		return 'ê', 4
	case 'ī':
		return 'i', 1
	case 'í':
		return 'i', 2
	case 'ǐ':
		return 'i', 3
	case 'ì':
		return 'i', 4
	case 'ō':
		return 'o', 1
	case 'ó':
		return 'o', 2
	case 'ǒ':
		return 'o', 3
	case 'ò':
		return 'o', 4
	case 'ū':
		return 'u', 1
	case 'ú':
		return 'u', 2
	case 'ǔ':
		return 'u', 3
	case 'ù':
		return 'u', 4
	case 'ǖ':
		return 'ü', 1
	case 'ǘ':
		return 'ü', 2
	case 'ǚ':
		return 'ü', 3
	case 'ǜ':
		return 'ü', 4
	case 'ḿ':
		return 'm', 2
	case 'ń':
		return 'n', 2
	case 'ň':
		return 'n', 3
	case 'ǹ':
		return 'n', 4
	}
	return 0, 0
}

// pinyinDecodeRune is utf8.DecodeRune, quicker for the one- and two-byte
// letters of pinyin.
func pinyinDecodeRune(b []byte) (rune, int) {
	if len(b) > 0 && b[0] < utf8.RuneSelf {
		return rune(b[0]), 1
	}
	if len(b) > 1 && 0xC2 <= b[0] && b[0] <= 0xDF && b[1]&0xC0 == 0x80 {
		return rune(b[0]&0x1F)<<6 | rune(b[1]&0x3F), 2
	}
	return utf8.DecodeRune(b)
}

// pinyinDecodeLastRune is utf8.DecodeLastRune, quicker for the three-byte
// characters of the Basic Multilingual Plane, where most Han characters are.
func pinyinDecodeLastRune(b []byte) (rune, int) {
	if n := len(b); n >= 3 && b[n-3]&0xF0 == 0xE0 && b[n-2]&0xC0 == 0x80 && b[n-1]&0xC0 == 0x80 {
		r := rune(b[n-3]&0x0F)<<12 | rune(b[n-2]&0x3F)<<6 | rune(b[n-1]&0x3F)
		if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r, 3
		}
	}
	return utf8.DecodeLastRune(b)
}

// pinyinSearch returns the index of the first syllable whose code is not
// less than code. It halves the range without branching on the comparison,
// which the processor cannot predict.
func pinyinSearch(code uint32) int {
	base, n := 0, len(pinyinSyllables)
	for n > 1 {
		half := n / 2
		if pinyinSyllables[base+half-1] < code {
			base += half
		}
		n -= half
	}
	if pinyinSyllables[base] < code {
		base++
	}
	return base
}
