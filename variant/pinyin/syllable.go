package pinyin

import (
	"unicode/utf8"
)

// Limits of one annotation. They bound how far the stripper looks ahead: an
// annotation is at most 3 (open) + about 16 (syllable with combining marks) +
// 9 (spaces) + 3 (close) bytes.
const (
	// maxSpaces is how many spaces may stand between the syllable and
	// the closing parenthesis (`會(huì )`).
	maxSpaces = 3
	// maxRun is how many annotations in a row one Han character may
	// carry and still lose them all. A longer run is not an annotated page;
	// it is left alone, which keeps the lookahead bounded.
	maxRun = 4
)

// scanResult is what annotation found at the start of its input.
type scanResult uint8

const (
	// scanNone: the input does not start with an annotation.
	scanNone scanResult = iota
	// scanFound: the input starts with a complete annotation.
	scanFound
	// scanMore: the input ends inside what may still become an
	// annotation; more input decides.
	scanMore
	// scanCutOff: at the end of the input, the input is the start of an
	// annotation that was cut off (`(`, `(chu`, `(huì `).
	scanCutOff
)

// annotation reports whether src starts with a parenthesised pinyin
// syllable: `(` or `（`, lower-case letters carrying exactly one tone mark
// (precomposed or combining), up to maxSpaces spaces, then `)` or `）`.
// The letters without their mark must spell a syllable of syllables.
// n is the length of the annotation for scanFound and scanCutOff.
func annotation(src []byte, atEOF bool) (n int, res scanResult) {
	var open int
	switch {
	case len(src) == 0 || src[0] != '(' && src[0] != 0xEF:
		return 0, scanNone
	case src[0] == '(':
		open = 1
	case len(src) >= 3 && string(src[:3]) == "（":
		open = 3
	case len(src) < 3 && string(src) == "（"[:len(src)]:
		if atEOF {
			return 0, scanNone
		}
		return 0, scanMore
	default:
		return 0, scanNone
	}

	var s spelling
	spaces := 0
	for i := open; i < len(src); {
		// Most letters are ASCII: take them without decoding.
		if c := src[i]; 'a' <= c && c <= 'z' {
			if spaces > 0 || !s.push(uint32(c-'a')+1, false) {
				return 0, scanNone
			}
			i++
			continue
		}
		r, size := decodeRune(src[i:])
		if r == utf8.RuneError && size == 1 {
			if !atEOF && !utf8.FullRune(src[i:]) {
				return 0, scanMore
			}
			return 0, scanNone
		}
		switch {
		case r == ')' || r == '）':
			if s.complete() {
				return i + size, scanFound
			}
			return 0, scanNone
		case isSpace(r):
			spaces++
			if spaces > maxSpaces || spaces == 1 && !s.complete() {
				return 0, scanNone
			}
		case spaces > 0 || !s.add(r):
			return 0, scanNone
		}
		i += size
	}
	// The input ended inside what may be an annotation.
	if !s.viable() || spaces > 0 && !s.complete() {
		return 0, scanNone
	}
	if atEOF {
		return len(src), scanCutOff
	}
	return 0, scanMore
}

// isSpace reports whether r may stand between a syllable and its
// closing parenthesis: an ASCII space, a no-break space (from &nbsp;) or an
// ideographic space.
func isSpace(r rune) bool {
	return r == ' ' || r == '\u00A0' || r == '\u3000'
}

// Letter codes, five bits each, as gen_tables.go packs them.
const (
	codeA = 1  // a; b is 2 and so on to z, 26
	codeÜ = 27 // ü
	codeÊ = 28 // ê
)

// tonable has bit c set for each letter code c that may carry a tone
// mark: a, e, i, o, u, ü, ê, m, n.
const tonable = 1<<codeA | 1<<('e'-'a'+codeA) | 1<<('i'-'a'+codeA) |
	1<<('o'-'a'+codeA) | 1<<('u'-'a'+codeA) | 1<<('m'-'a'+codeA) | 1<<('n'-'a'+codeA) |
	1<<codeÜ | 1<<codeÊ

// spelling accumulates a syllable letter by letter: its toneless
// letters packed as in syllables, and its tone marks.
type spelling struct {
	code  uint32
	n     int    // letters in code
	tones int    // tone marks seen
	last  uint32 // code of the last letter, 0 before the first
	toned bool   // whether the last letter carries a tone mark
}

// add appends r, a letter or a combining mark. It reports false when r
// cannot continue a syllable with at most one tone mark.
func (s *spelling) add(r rune) bool {
	switch r {
	case '\u0304', '\u0301', '\u030C', '\u0300': // tones 1–4, combining
		if tonable&(1<<s.last) == 0 || s.toned {
			return false
		}
		s.toned = true
		s.tones++
		return s.tones == 1
	case '\u0308': // u + diaeresis = ü, before any tone mark (NFD order)
		if s.last != 'u'-'a'+codeA || s.toned {
			return false
		}
		s.n--
		return s.push(codeÜ, false)
	case '\u0302': // e + circumflex = ê
		if s.last != 'e'-'a'+codeA || s.toned {
			return false
		}
		s.n--
		return s.push(codeÊ, false)
	}
	base, tone := baseLetter(r)
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
		c = codeÜ
	case 'ê':
		c = codeÊ
	default:
		c = uint32(base-'a') + codeA
	}
	return s.push(c, tone != 0)
}

// push puts the letter with code c in the next place of the code.
func (s *spelling) push(c uint32, toned bool) bool {
	if s.n == maxLetters {
		return false
	}
	shift := 5 * (maxLetters - 1 - s.n)
	s.code = s.code&^(0x1f<<shift) | c<<shift
	s.n++
	s.last, s.toned = c, toned
	return true
}

// complete reports whether the spelling is a listed syllable carrying
// exactly one tone mark.
func (s *spelling) complete() bool {
	if s.tones != 1 {
		return false
	}
	i := search(s.code)
	return i < len(syllables) && syllables[i] == s.code
}

// viable reports whether the spelling can still grow into a listed
// syllable: whether some syllable starts with its letters.
func (s *spelling) viable() bool {
	if s.n == 0 {
		return true
	}
	i := search(s.code)
	limit := s.code | (1<<(5*(maxLetters-s.n)) - 1)
	return i < len(syllables) && syllables[i] <= limit
}

// baseLetter returns the toneless letter for r and its tone (1–4, or 0 for an
// unmarked letter), or 0, 0 if r is not a lower-case pinyin letter. Only
// precomposed forms that exist in Unicode are listed; ê̄, ê̌, m̄, m̌, m̀ and n̄
// exist only with a combining mark.
func baseLetter(r rune) (base rune, tone int) {
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

// decodeRune is utf8.DecodeRune, quicker for the one- and two-byte
// letters of pinyin.
func decodeRune(b []byte) (rune, int) {
	if len(b) > 0 && b[0] < utf8.RuneSelf {
		return rune(b[0]), 1
	}
	if len(b) > 1 && 0xC2 <= b[0] && b[0] <= 0xDF && b[1]&0xC0 == 0x80 {
		return rune(b[0]&0x1F)<<6 | rune(b[1]&0x3F), 2
	}
	return utf8.DecodeRune(b)
}

// decodeLastRune is utf8.DecodeLastRune, quicker for the three-byte
// characters of the Basic Multilingual Plane, where most Han characters are.
func decodeLastRune(b []byte) (rune, int) {
	if n := len(b); n >= 3 && b[n-3]&0xF0 == 0xE0 && b[n-2]&0xC0 == 0x80 && b[n-1]&0xC0 == 0x80 {
		r := rune(b[n-3]&0x0F)<<12 | rune(b[n-2]&0x3F)<<6 | rune(b[n-1]&0x3F)
		if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
			return r, 3
		}
	}
	return utf8.DecodeLastRune(b)
}

// search returns the index of the first syllable whose code is not
// less than code. It halves the range without branching on the comparison,
// which the processor cannot predict.
func search(code uint32) int {
	base, n := 0, len(syllables)
	for n > 1 {
		half := n / 2
		if syllables[base+half-1] < code {
			base += half
		}
		n -= half
	}
	if syllables[base] < code {
		base++
	}
	return base
}
