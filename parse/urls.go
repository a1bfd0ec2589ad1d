package parse

import (
	"sort"
	"strings"
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
// at white space, a non-ASCII character, a bar, a quote or an angle bracket.
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
			if w > 0 && isURLByte(s[w-1]) {
				from = w + 4
				continue
			}
			start = w
		}
		end = start
		for end < len(s) && isURLByte(s[end]) {
			end++
		}
		return start, end, true
	}
	return 0, 0, false
}

func isASCIILetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// isURLByte reports whether b may stand in a URL as pages show it.
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
