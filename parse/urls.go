package parse

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// URLs are the one thing in a record that canonical text may damage: the
// punctuation step turns a ")" or "," next to a Han character into its
// full-width form, and the script step would convert Han characters in a
// path. So a URL is looked up in the text as decoded, before those steps.
// Both texts hold the same URLs in the same order (the steps never create
// or remove "://" or "www."), so the k-th URL of one is the k-th of the
// other.

// urlIndex maps URLs of the canonical text to the decoded text. It is built
// on first use: most pages have no URL in their values.
type urlIndex struct {
	canon, decoded string
	built          bool
	starts         []int    // offsets of the URLs in canon
	raws           []string // the URLs of the decoded text
}

func newURLIndex(canon, decoded string) *urlIndex {
	return &urlIndex{canon: canon, decoded: decoded}
}

// raw returns the decoded form of the URL that starts at offset off of the
// canonical text, as a string of its own: the decoded text may be the
// caller's page, which the record must not hold.
func (x *urlIndex) raw(off int) (string, bool) {
	if !x.built {
		x.built = true
		for _, u := range allURLs(x.canon) {
			x.starts = append(x.starts, u[0])
		}
		for _, u := range allURLs(x.decoded) {
			x.raws = append(x.raws, x.decoded[u[0]:u[1]])
		}
	}
	if len(x.starts) != len(x.raws) {
		return "", false
	}
	k := sort.SearchInts(x.starts, off)
	if k == len(x.starts) || x.starts[k] != off {
		return "", false
	}
	return strings.Clone(x.raws[k]), true
}

// allURLs returns the [start, end) offsets of every URL in s. It is linear
// in the length of s: the next "://" and the next "www." are each looked
// for again only once the scan has passed them.
func allURLs(s string) [][2]int {
	var out [][2]int
	var f urlFinder
	for off := 0; off < len(s); {
		start, end, ok := f.find(s, off)
		if !ok {
			break
		}
		out = append(out, [2]int{start, end})
		off = end
	}
	return out
}

// findURL finds the first URL in s: a scheme and "://", or "www.". It ends
// at white space, a bar, a quote, an angle bracket or CJK punctuation, so
// that a path with Han characters (…/资料/a.pdf) is kept whole while a
// sentence's 。 or ， is not taken in.
func findURL(s string) (start, end int, ok bool) {
	var f urlFinder
	return f.find(s, 0)
}

// urlFinder finds URLs in one text from left to right, remembering where
// the next "://" and "www." are so that it never searches the same bytes
// twice for them.
type urlFinder struct {
	scheme, www int // offsets of the next "://" and "www.", -1 for none, 0 before the first search
	searched    bool
}

// next returns the offset of the first occurrence of sub at or after from,
// given the one found last (cached), searching again only when the cached
// one lies before from.
func next(s, sub string, from, cached int, searched bool) int {
	if searched && (cached < 0 || cached >= from) {
		return cached
	}
	i := strings.Index(s[from:], sub)
	if i < 0 {
		return -1
	}
	return from + i
}

// find returns the first URL of s that starts at or after from.
func (f *urlFinder) find(s string, from int) (start, end int, ok bool) {
	for from < len(s) {
		f.scheme = next(s, "://", from, f.scheme, f.searched)
		f.www = next(s, "www.", from, f.www, f.searched)
		f.searched = true
		i, w := f.scheme, f.www
		switch {
		case i < 0 && w < 0:
			return 0, 0, false
		case i >= 0 && (w < 0 || i < w):
			start = i
			for start > 0 && start > i-10 && start > from && isASCIILetter(s[start-1]) {
				start--
			}
			if start == i {
				from = i + 3
				continue
			}
		default:
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
	case unicode.IsSpace(r), r == '\u200b', r == '\ufeff', unicode.IsControl(r),
		0x2010 <= r && r <= 0x206f, // general punctuation: quotes, dashes, …
		0x3000 <= r && r <= 0x303f, // CJK symbols and punctuation: 、。「」
		0xfe30 <= r && r <= 0xfe4f, // CJK compatibility forms
		0xff00 <= r && r <= 0xffef, // full-width forms: ，：；（）
		r == utf8.RuneError:
		return false
	}
	return true
}

// cleanURL escapes the characters a URL may not hold as the record keeps
// it: control characters (and white space inside it), which some pages
// have in their links, become %XX escapes, so that the URL still leads
// where the page's did and every form of the record can carry it.
func cleanURL(u string) string {
	if !strings.ContainsFunc(u, urlNeedsEscape) {
		return u
	}
	var b strings.Builder
	for _, r := range u {
		if !urlNeedsEscape(r) {
			b.WriteRune(r)
			continue
		}
		var buf [utf8.UTFMax]byte
		for _, c := range buf[:utf8.EncodeRune(buf[:], r)] {
			b.WriteByte('%')
			b.WriteString(strings.ToUpper(strconv.FormatUint(uint64(c)|0x100, 16)[1:]))
		}
	}
	return b.String()
}

func urlNeedsEscape(r rune) bool {
	return unicode.IsControl(r) || r == '\ufffe' || r == '\uffff' || unicode.IsSpace(r)
}
