package parse

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// URLs are the one thing in a record that canonical text may damage: the
// punctuation step turns a ")" or "," next to a Han character into its
// full-width form, and the script step would convert Han characters in a
// path. So a URL is looked up in the text as decoded, before those steps.
// Both texts hold the same URLs in the same order (the steps never create
// or remove "://" or "www."), so the k-th URL of one is the k-th of the other.

// urlIndex maps URLs of the canonical text to the decoded text. It is built
// on first use: most pages have no URL in their header.
type urlIndex struct {
	canon   string
	decoded func() string
	built   bool
	starts  []int    // offsets of the URLs in canon
	raws    []string // the URLs of the decoded text
}

// raw returns the decoded form of the URL that starts at offset off of the
// canonical text.
func (x *urlIndex) raw(off int) (string, bool) {
	if !x.built {
		x.built = true
		for _, u := range allURLs(x.canon) {
			x.starts = append(x.starts, u[0])
		}
		text := x.decoded()
		for _, u := range allURLs(text) {
			x.raws = append(x.raws, text[u[0]:u[1]])
		}
	}
	if len(x.starts) != len(x.raws) {
		return "", false
	}
	k := sort.SearchInts(x.starts, off)
	if k == len(x.starts) || x.starts[k] != off {
		return "", false
	}
	return x.raws[k], true
}

// allURLs returns the [start, end) offsets of every URL in s.
func allURLs(s string) [][2]int {
	var out [][2]int
	for off := 0; off < len(s); {
		start, end, ok := findURL(s[off:])
		if !ok {
			break
		}
		out = append(out, [2]int{off + start, off + end})
		off += end
	}
	return out
}

// findURL finds the first URL in s: a scheme and "://", or "www.". It ends
// at white space, a bar, a quote, an angle bracket or CJK punctuation, so
// that a path with Han characters (…/资料/a.pdf) is kept whole while a
// sentence's 。 or ， is not taken in.
func findURL(s string) (start, end int, ok bool) {
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], "://")
		w := strings.Index(s[from:], "www.")
		switch {
		case i < 0 && w < 0:
			return 0, 0, false
		case i >= 0 && (w < 0 || i < w):
			i += from
			start = i
			for start > 0 && start > i-10 && isASCIILetter(s[start-1]) {
				start--
			}
			if start == i {
				from = i + 3
				continue
			}
		default:
			w += from
			// "www." inside a URL (…/www.x) is not a URL of its own. The
			// marks that canonical punctuation widens (, ; : ? ! ( )) do
			// not count as inside: they differ between the decoded and the
			// canonical text, which must hold the same URLs.
			if w > 0 && isURLByte(s[w-1]) && !strings.ContainsRune(",;:?!()", rune(s[w-1])) {
				from = w + 4
				continue
			}
			start = w
		}
		end = start
		for end < len(s) {
			r, size := utf8.DecodeRuneInString(s[end:])
			if !isURLRune(r) {
				break
			}
			end += size
		}
		return start, end, true
	}
	return 0, 0, false
}

func isASCIILetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// isURLByte reports whether b, an ASCII byte, may stand in a URL as pages
// show it.
func isURLByte(b byte) bool {
	if b <= ' ' || b >= 0x7f {
		return false
	}
	switch b {
	case '|', '"', '<', '>', '`':
		return false
	}
	return true
}

// isURLRune reports whether r may stand in a URL as pages show it: ASCII as
// isURLByte says, and any other rune that is neither white space nor
// punctuation of the CJK and general punctuation blocks.
func isURLRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return isURLByte(byte(r))
	case isSpace(r), unicode.IsControl(r),
		0x2010 <= r && r <= 0x206f, // general punctuation: quotes, dashes, …
		0x3000 <= r && r <= 0x303f, // CJK symbols and punctuation: 、。「」
		0xfe30 <= r && r <= 0xfe4f, // CJK compatibility forms
		0xff00 <= r && r <= 0xffef, // full-width forms: ，：；（）
		r == utf8.RuneError:
		return false
	}
	return true
}
