// Package punct gives Chinese text Chinese punctuation and ASCII letters and digits:
// `上午,棲霞區` becomes `上午，棲霞區` and `２０２５` becomes `2025`, so that a page whose site
// narrowed its punctuation, or widened its digits, gives the record of the plain one.
//
// # Marks
//
// The ASCII marks `, ; : ? ! ( )` become `， ； ： ？ ！ （ ）` when they stand in Chinese
// context; all other characters, the ASCII quote `"` included, are kept. A mark is in Chinese
// context when the character right before it or right after it (no skipping of spaces) is
// Chinese: a Han character or Chinese punctuation (、。《》「」“”‘’—… and the other marks of the
// CJK Symbols and Punctuation block, full-width punctuation such as `，` and `（`). So
// `时间:10:30` → `时间：10:30` (Han on one side is enough) and `IPv6(试行)` → `IPv6（试行）` (the
// Han character inside counts), while `1,000`, `10:30`, `PM2.5` and `GDP(ppp)` keep their marks.
//
// Marks spread their width: a mark that becomes full-width is Chinese punctuation to its
// neighbours, so a run of marks changes as a whole (`好吗?!` → `好吗？！`, `,,中` → `，，中`).
//
// # Parentheses
//
// A `(` and the `)` that closes it change together: if either is in Chinese context, or either
// is already full-width, both become full-width (`加入(WTO)组织` → `加入（WTO）组织`,
// `see (Table)。` → `see （Table）。`, `（试行)` → `（试行）`). The closing parenthesis is found by
// counting nesting, over both widths, within the same line and at most 128 characters on; a
// parenthesis without a partner is decided by its own context. Nested pairs spread like runs:
// `(一(二))` → `（一（二））`.
//
// # Letters and digits
//
// Full-width digits and Latin letters (U+FF10–FF19, U+FF21–FF3A, U+FF41–FF5A) fold to ASCII, and
// count as Latin context; other full-width forms, punctuation included, are kept.
//
// # Limits
//
// The output is the same however the input is cut into pieces, and applying the transformer
// again changes nothing. To keep its lookahead bounded (about a kilobyte), marks are decided in
// pieces of at most 256 characters, each as if the text started there: a piece ends at the first
// character that is neither a mark nor inside a parenthesis whose partner may still come, and is
// cut at 256 characters when there is none. Only runs of hundreds of marks or chains of pending
// parentheses reach that length; real text does not.
package punct

import (
	"unicode/utf8"

	"github.com/govnotice/govnotice/variant/internal/runeutil"
	"golang.org/x/text/transform"
)

// Normalize is a Transformer for one-off use: Normalize.String(s) and Normalize.Bytes(b).
var Normalize Transformer

// Transformer normalizes punctuation as the package describes. A *Transformer is a
// [transform.SpanningTransformer]; it keeps no state, so, unlike the Transformers of variant's
// other packages, one may serve any number of streams and goroutines at once, in any
// [transform.Chain]. Its zero value is ready to use.
type Transformer struct{}

const (
	// maxPair is how many characters after a `(` its `)` may stand.
	maxPair = 128
	// maxUnit is how many characters one decision (unit) covers.
	maxUnit = 256
)

// Reset implements [transform.Transformer]; there is no state to reset.
func (*Transformer) Reset() {}

// String returns s with its punctuation normalized.
func (t *Transformer) String(s string) string {
	out, _, _ := transform.String(t, s) // Transform returns no errors of its own
	return out
}

// Bytes returns a new slice holding b with its punctuation normalized.
func (t *Transformer) Bytes(b []byte) []byte {
	out, _, _ := transform.Bytes(t, b) // Transform returns no errors of its own
	return out
}

// Span implements [transform.SpanningTransformer]: it returns how much of the start of src
// Transform would leave as it is. It stops before the first change, at the Chinese character
// before a mark that changes (Transform decides a mark with its left neighbour), and short of
// what Transform keeps back for the next input: a Chinese character a mark may follow, and a
// unit of marks that is not finished.
func (*Transformer) Span(src []byte, atEOF bool) (n int, err error) {
	var w unit
	from := 0 // as in Transform
	for i := 0; ; {
		j := i + scan(src[i:])
		if j == len(src) {
			break
		}
		r, size := rune(src[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(src[j:])
			if r == utf8.RuneError && !atEOF && !utf8.FullRune(src[j:]) {
				break // the tail below keeps the partial rune back
			}
		}
		c := classOf(r)
		switch {
		case isWideAlnum(r):
			return j, transform.ErrEndOfSpan
		case c != classMark && c != classWideMark:
			i = j + size
			continue
		}
		if !isOpen(r) && !isClose(r) {
			if rc, ok := nextClass(src[j+size:]); ok && rc != classMark && rc != classWideMark {
				if c == classMark {
					if left, u := leftOf(src, from, j); left == classChinese || rc == classChinese {
						return u, transform.ErrEndOfSpan
					}
				}
				i = j + size
				continue
			}
		}
		left, u := leftOf(src, from, j)
		end, cut, more := w.resolve(src, j, left, atEOF)
		if more {
			return u, transform.ErrShortSrc
		}
		if w.changes(src, j, end) {
			return u, transform.ErrEndOfSpan
		}
		i = end
		if cut {
			from = end
		}
	}
	if end := runeutil.HoldBack(src, 0, joins); !atEOF && end < len(src) {
		return end, transform.ErrShortSrc // 区 may come before ,
	}
	return len(src), nil
}

// Transform implements [transform.Transformer].
//
// It works in units: a unit starts at a mark (of either width) and ends at
// the first character that is not a mark and is not inside a parenthesis
// whose partner may still come; the marks of a unit are decided together.
// Between calls nothing is remembered, so a call never ends where the next
// one would lack context: it keeps back a Chinese character that a mark may
// follow, and a whole unit it cannot finish yet.
func (*Transformer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	var w unit

	// flush copies the plain text src[nSrc:end] to dst. When dst is too
	// small it copies what fits, cut at a rune boundary.
	flush := func(end int) bool {
		if n := len(dst) - nDst; n < end-nSrc {
			end = nSrc + n
			for end > nSrc && !utf8.RuneStart(src[end]) {
				end--
			}
			nDst += copy(dst[nDst:], src[nSrc:end])
			nSrc = end
			return false
		}
		nDst += copy(dst[nDst:], src[nSrc:end])
		nSrc = end
		return true
	}

	from := 0 // a mark at from has no left neighbour: start of call or of a cut
	for i := 0; ; {
		j := i + scan(src[i:])
		if j == len(src) {
			break
		}
		r, size := rune(src[j]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(src[j:])
			if r == utf8.RuneError && !atEOF && !utf8.FullRune(src[j:]) {
				break // the tail below keeps the partial rune back
			}
		}
		kind := classOf(r)
		switch {
		case isWideAlnum(r):
			if !flush(j) || nDst == len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = byte(r - 0xFEE0)
			nDst++
			nSrc = j + size
			i = nSrc
			continue
		case kind != classMark && kind != classWideMark:
			i = j + size
			continue
		}

		// A mark at j. Its left neighbour is plain text; keep it with the
		// unit when it is Chinese (see leftOf).
		// The common case, a mark that is not a parenthesis between two
		// characters that are not marks, needs no unit. A full-width one
		// (，。) stays as it is whatever its left neighbour.
		if !isOpen(r) && !isClose(r) {
			if rk, ok := nextClass(src[j+size:]); ok && rk != classMark && rk != classWideMark {
				if kind == classMark {
					if left, u := leftOf(src, from, j); left == classChinese || rk == classChinese {
						if !flush(u) || len(dst)-nDst < j-u+3 {
							return nDst, nSrc, transform.ErrShortDst
						}
						nDst += copy(dst[nDst:], src[u:j])
						nDst += copy(dst[nDst:], wideOf(src[j]))
						nSrc = j + size
					}
				}
				i = j + size
				continue
			}
		}

		left, u := leftOf(src, from, j)
		end, cut, more := w.resolve(src, j, left, atEOF)
		if !flush(u) {
			return nDst, nSrc, transform.ErrShortDst
		}
		if more {
			return nDst, nSrc, transform.ErrShortSrc
		}
		n, ok := w.write(dst[nDst:], src, u, j, end)
		if !ok {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += n
		nSrc, i = end, end
		if cut {
			from = end
		}
	}

	end := len(src)
	if !atEOF {
		end = runeutil.HoldBack(src, nSrc, joins) // 区 may come before ,
	}
	if !flush(end) {
		return nDst, nSrc, transform.ErrShortDst
	}
	if nSrc < len(src) {
		return nDst, nSrc, transform.ErrShortSrc
	}
	return nDst, nSrc, nil
}

// nextClass returns the kind of the rune b starts with; ok is false when
// b is empty or holds only the start of a rune.
func nextClass(b []byte) (c class, ok bool) {
	if len(b) == 0 || !utf8.FullRune(b) {
		return classOther, false
	}
	r, _ := utf8.DecodeRune(b)
	return classOf(r), true
}

// unit is the scratch space for deciding one unit. Offsets are relative
// to the unit's start and fit in 16 bits because a unit has at most
// maxUnit runes.
type unit struct {
	marks   [maxUnit]unitMark
	n       int
	pending [maxUnit]struct{ mark, at int16 } // open parentheses; at is a rune index
	todo    [maxUnit]int16
}

type unitMark struct {
	off     uint16 // byte offset from the start of the unit
	partner int16  // index of the matching parenthesis, or -1
	joined  bool   // right after the previous mark, with nothing between
	ascii   bool   // an ASCII mark (else full-width)
	wide    bool   // full-width in the output
}

// resolve measures the unit starting with the mark at src[j] and decides its
// marks. left is the kind of the character before the mark. It reports the
// unit's end; cut when the unit was cut at maxUnit runes (the text after
// it is then decided as if it started there); more when src ends before the
// unit does and more input follows.
func (w *unit) resolve(src []byte, j int, left class, atEOF bool) (end int, cut, more bool) {
	w.n = 0
	lo, hi := 0, 0 // w.pending[lo:hi] are the open parentheses that may still match
	prevMark, prevChinese := false, left == classChinese
	right := classOther // the kind of the character after the unit
	pos := j
	for runes := 0; ; runes++ {
		if pos == len(src) {
			if !atEOF {
				return 0, false, true
			}
			break
		}
		r, size := utf8.DecodeRune(src[pos:])
		if r == utf8.RuneError && !atEOF && !utf8.FullRune(src[pos:]) {
			return 0, false, true
		}
		for lo < hi && runes-int(w.pending[lo].at) > maxPair {
			lo++
		}
		if r == '\n' || r == '\r' {
			lo = hi // a pair never spans lines
		}
		kind := classOf(r)
		isMark := kind == classMark || kind == classWideMark
		if !isMark && lo == hi {
			right = kind
			break
		}
		if runes == maxUnit {
			cut = true
			if !isMark {
				right = kind
			}
			break
		}
		if !isMark {
			if kind == classChinese && prevMark {
				w.marks[w.n-1].wide = true
			}
			prevMark, prevChinese = false, kind == classChinese
			pos += size
			continue
		}

		k := int16(w.n)
		w.marks[k] = unitMark{
			off:     uint16(pos - j),
			partner: -1,
			joined:  prevMark,
			ascii:   kind == classMark,
			wide:    kind == classWideMark || prevChinese,
		}
		w.n++
		switch {
		case isOpen(r):
			w.pending[hi] = struct{ mark, at int16 }{k, int16(runes)}
			hi++
		case isClose(r) && lo < hi:
			hi--
			open := w.pending[hi].mark
			w.marks[open].partner, w.marks[k].partner = k, open
		}
		prevMark, prevChinese = true, false
		pos += size
	}
	if prevMark && right == classChinese {
		w.marks[w.n-1].wide = true
	}
	w.spread()
	return pos, cut, false
}

// spread makes full-width every mark connected to a full-width one, through
// adjacency and parenthesis pairs.
func (w *unit) spread() {
	t := 0
	for k := range w.n {
		if w.marks[k].wide {
			w.todo[t] = int16(k)
			t++
		}
	}
	widen := func(k int) {
		if k >= 0 && k < w.n && !w.marks[k].wide {
			w.marks[k].wide = true
			w.todo[t] = int16(k)
			t++
		}
	}
	for t > 0 {
		t--
		k := int(w.todo[t])
		if w.marks[k].joined {
			widen(k - 1)
		}
		if k+1 < w.n && w.marks[k+1].joined {
			widen(k + 1)
		}
		widen(int(w.marks[k].partner))
	}
}

// changes reports whether writing the unit src[j:end] that resolve decided changes it: an ASCII
// mark that becomes full-width, or a full-width letter or digit that folds.
func (w *unit) changes(src []byte, j, end int) bool {
	for k := range w.n {
		if m := &w.marks[k]; m.ascii && m.wide {
			return true
		}
	}
	for _, r := range string(src[j:end]) {
		if isWideAlnum(r) {
			return true
		}
	}
	return false
}

// write writes the unit src[j:end], preceded by the plain text src[u:j], to
// dst, and reports false if dst is too small.
func (w *unit) write(dst, src []byte, u, j, end int) (int, bool) {
	n := 0
	put := func(s []byte) bool {
		if len(dst)-n < len(s) {
			return false
		}
		n += copy(dst[n:], s)
		return true
	}
	if !put(src[u:j]) {
		return 0, false
	}
	at := j
	for k := range w.n {
		m := &w.marks[k]
		off := j + int(m.off)
		if !fold(dst, &n, src[at:off]) {
			return 0, false
		}
		at = off + 1
		if !m.ascii {
			at = off + 3
			if !put(src[off:at]) {
				return 0, false
			}
		} else if m.wide {
			if !put([]byte(wideOf(src[off]))) {
				return 0, false
			}
		} else if !put(src[off:at]) {
			return 0, false
		}
	}
	if !fold(dst, &n, src[at:end]) {
		return 0, false
	}
	return n, true
}

// fold copies s to dst[*n:], folding full-width digits and letters to
// ASCII, and reports false if dst is too small.
func fold(dst []byte, n *int, s []byte) bool {
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != 0xEF {
			i++
		}
		if len(dst)-*n < i {
			return false
		}
		*n += copy(dst[*n:], s[:i])
		s = s[i:]
		if len(s) == 0 {
			break
		}
		r, size := utf8.DecodeRune(s)
		if len(dst)-*n < size {
			return false
		}
		if isWideAlnum(r) {
			dst[*n] = byte(r - 0xFEE0)
			*n++
		} else {
			*n += copy(dst[*n:], s[:size])
		}
		s = s[size:]
	}
	return true
}

// leftOf returns the kind of the character before the mark at src[j],
// looking no further back than from, and where the unit of the mark starts:
// at that character when it is Chinese, so that a call never starts just
// after it, else at j.
func leftOf(src []byte, from, j int) (left class, u int) {
	if j > from {
		lr, lsize := utf8.DecodeLastRune(src[from:j])
		if classOf(lr) == classChinese {
			return classChinese, j - lsize
		}
	}
	return classOther, j
}

// joins reports whether r, last in a call's input, may be the Chinese
// left neighbour of a mark at the start of the next call.
func joins(r rune) bool { return classOf(r) == classChinese }
