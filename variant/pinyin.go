package variant

import (
	"bytes"
	"unicode/utf8"

	"github.com/govnotice/govnotice/variant/internal/runeutil"
	"golang.org/x/text/transform"
)

//go:generate go run gen_pinyin.go

// StripPinyin removes pinyin annotations after Han characters (spec §2.3):
// `區(qū)` becomes `區`. It counts nothing and keeps no state, so it is safe
// for concurrent use and may stand in any [transform.Chain]. Use
// [NewPinyinStripper] to learn how many annotations went.
var StripPinyin PinyinStripper

// PinyinStripper is a [transform.Transformer] that removes the pinyin
// annotations some sites print after each Han character.
//
// # What is removed
//
// An annotation is, right after a Han character: `(` or `（`, one pinyin
// syllable in lower case carrying exactly one tone mark (tones 1–4, as a
// precomposed letter such as `ū`, `ǜ`, `ń`, `ế` or as a combining mark after
// the letter, as in `m̀`), up to three spaces (ASCII, no-break or
// ideographic), and `)` or `）`. The syllable without its mark must be one
// of the 425 syllables of the Unihan-derived list (internal/data/pinyin);
// where the mark stands within the syllable is not checked. The annotation
// goes and the Han character stays: `會(huì )` → `會`, `綠(lǜ)` → `綠`.
//
// A Han character keeps its place after an annotation is removed, so a
// second annotation directly after the first goes too (`區(qū)(qū)` → `區`)
// and what follows is judged as following the Han character: nested
// `鄉(xiāng)(鎮(zhèn))` → `鄉(鎮)`, `區(qū)(试行)` → `區(试行)`. This makes the
// stripper idempotent. A character followed by more than four annotations in
// a row keeps them all: that is not an annotated page.
//
// An annotation cut off by the end of the input is removed: after a Han
// character, an opening parenthesis followed up to the end of the input by
// nothing but what could begin an annotation (`創(`, `創(chu`, `創(chuà`,
// `會(huì `). This applies only at the very end of the input.
//
// # What is kept
//
// Anything else: parentheses after anything that is not a Han character
// (`A(ā)`, a `(qū)` at the start), capitals (`區(Qū)`), words that are not one
// syllable (`區(qūū)`, `(GDP)`, `(IPv6)`), numbers and Chinese text (`(2011-2015)`,
// `(试行)`, `(一)`). Toneless syllables are never removed: `長度(m)` and
// `條件(a)` are units and list markers as often as they are annotations, and
// the spec (§2.3) allows stripping toneless syllables "or not at all"; this
// stripper takes "not at all".
//
// # Use
//
// The zero value, [StripPinyin], strips without counting. A stripper made by
// [NewPinyinStripper] also counts, for one stream at a time: [PinyinStripper.Reset]
// (which [transform.String], [transform.Bytes] and [transform.NewReader] call)
// sets the count to zero, and copies of it share the count.
//
// Transform looks ahead at most a few hundred bytes (a Han character and five
// annotations); it asks for more input with [transform.ErrShortSrc] only while
// an annotation may be incomplete and the input has not ended.
type PinyinStripper struct {
	count *int // annotations removed since the last Reset; nil counts nothing
}

// NewPinyinStripper returns a stripper that counts the annotations it removes.
// It must not be used by several goroutines at once.
func NewPinyinStripper() *PinyinStripper {
	return &PinyinStripper{count: new(int)}
}

// Stripped returns how many annotations were removed since the last Reset.
// It is always 0 for [StripPinyin].
func (s PinyinStripper) Stripped() int {
	if s.count == nil {
		return 0
	}
	return *s.count
}

// Reset sets the count of removed annotations to zero.
func (s PinyinStripper) Reset() {
	if s.count != nil {
		*s.count = 0
	}
}

// String returns str with its pinyin annotations removed.
func (s PinyinStripper) String(str string) string {
	out, _, _ := transform.String(s, str) // Transform returns no errors of its own
	return out
}

// Bytes returns a new slice holding b with its pinyin annotations removed.
func (s PinyinStripper) Bytes(b []byte) []byte {
	out, _, _ := transform.Bytes(s, b) // Transform returns no errors of its own
	return out
}

// Transform implements [transform.Transformer].
func (s PinyinStripper) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	stripped := 0
	defer func() {
		if s.count != nil {
			*s.count += stripped
		}
	}()

	// emit copies src[nSrc:end] to dst. When dst is too small it copies
	// what fits, cut at a rune boundary so that the next call still sees
	// whole Han characters before any parenthesis.
	emit := func(end int) bool {
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

	open := newPinyinOpenFinder(src)
	for p := 0; ; {
		o := open.next(p)
		if o == len(src) {
			break
		}
		r, size := pinyinDecodeLastRune(src[nSrc:o])
		if size == 0 || !runeutil.IsHan(r) {
			p = o + 1
			continue
		}
		n, k, more := pinyinRun(src[o:], atEOF)
		switch {
		case more:
			// Keep the Han character for the next call: it decides
			// whether the parenthesis after it is an annotation.
			if !emit(o - size) {
				return nDst, nSrc, transform.ErrShortDst
			}
			return nDst, nSrc, transform.ErrShortSrc
		case k == 0:
			p = o + 1
		default:
			if !emit(o) {
				return nDst, nSrc, transform.ErrShortDst
			}
			nSrc = o + n
			stripped += k
			p = nSrc
		}
	}

	end := len(src)
	if !atEOF {
		end = runeutil.HoldBack(src, nSrc, runeutil.IsHan) // 區 may come before (qū)
	}
	if !emit(end) {
		return nDst, nSrc, transform.ErrShortDst
	}
	if nSrc < len(src) {
		return nDst, nSrc, transform.ErrShortSrc
	}
	return nDst, nSrc, nil
}

// pinyinRun measures the annotations at the start of src, which follows a
// Han character: n bytes holding k annotations to remove (k is 0 when there
// is nothing to remove), or more when the input ends before that is decided.
func pinyinRun(src []byte, atEOF bool) (n, k int, more bool) {
	for k <= pinyinMaxRun {
		m, res := pinyinAnnotation(src[n:], atEOF)
		switch res {
		case pinyinMore:
			return 0, 0, true
		case pinyinNone:
			return n, k, false
		}
		n += m
		k++
		if n == len(src) && !atEOF {
			return 0, 0, true // another annotation may follow
		}
	}
	return 0, 0, false // too many in a row: keep them all
}

// pinyinOpenFinder finds the opening parentheses, `(` and `（`, of one
// src, remembering the next position of each so that no byte is searched
// twice.
type pinyinOpenFinder struct {
	src         []byte
	ascii, wide int // next `(` and `（` at or after the last search; len(src) if none
}

func newPinyinOpenFinder(src []byte) pinyinOpenFinder {
	return pinyinOpenFinder{src: src, ascii: -1, wide: -1}
}

// next returns the position of the first opening parenthesis at or after p,
// or len(src) if there is none.
func (f *pinyinOpenFinder) next(p int) int {
	if f.ascii < p {
		f.ascii = len(f.src)
		if i := bytes.IndexByte(f.src[p:], '('); i >= 0 {
			f.ascii = p + i
		}
	}
	if f.wide < p {
		f.wide = len(f.src)
		if i := bytes.Index(f.src[p:], []byte("（")); i >= 0 {
			f.wide = p + i
		}
	}
	return min(f.ascii, f.wide)
}
