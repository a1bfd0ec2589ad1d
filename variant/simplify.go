package variant

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

//go:generate go run gen_simplify.go

// Simplify converts Traditional Chinese to Simplified Chinese (spec §2.4). Its String and Bytes
// methods convert a whole text, and Span tells how much of the start of a text stays as it is;
// all three keep no state and are safe for concurrent use. In a [transform.Chain] or any other
// stream, use a [Simplifier] of the stream's own ([NewSimplifier]).
//
// At each position it takes the longest phrase key (2 to 10 characters) that the text starts
// with, else converts one character, else copies it. The tables are OpenCC 1.4.2's TSPhrases and
// TSCharacters (first candidates), which is exactly what OpenCC's t2s does, plus our own phrase
// layer for mainland text that was machine-converted to Traditional: 著 becomes 着 except in the
// zhù words (著名, 著作, 显著 …), 於 is not captured by names before common words (关于单位),
// and a few more (internal/data/phrases.txt says which and why).
//
// The 著→着 of our layer applies only where the text is Traditional: to a 著 whose nearest
// preceding character that only one script has (traditional-only or simplified-only, as
// [DetectScript] counts them) is traditional-only. The package doc, "著 and the script of the
// text", gives the rule in full.
//
// Simplified text comes out byte for byte as it went in, 著 included (鲁迅 著 stays), and so does
// everything that is not Chinese, including invalid UTF-8. Converting the output again changes
// nothing, barring contrived joins of two phrase keys.
//
// As a [transform.Transformer] it looks ahead at most one phrase key (10 characters, 30 bytes
// with the current tables): it returns [transform.ErrShortSrc] before the end of the input only
// while a phrase key could still match, so streaming in chunks of any size gives the same output
// as converting the whole input.
var Simplify Simplifier

// Simplifier converts Traditional Chinese to Simplified Chinese as [Simplify] describes. A
// *Simplifier is a [transform.SpanningTransformer] for one stream at a time: it remembers whether
// the text so far is Traditional for 著 (one bit, cleared by Reset), so it must not be shared by
// streams or goroutines. Its zero value is ready to use and starts a text.
//
// String and Bytes convert their argument as a text of its own and leave the receiver alone;
// Span reads the receiver's state without changing it. So the package-level [Simplify] serves
// String, Bytes and Span concurrently, but is not itself a Transformer.
type Simplifier struct {
	// traditional reports that the nearest script-specific character before the next input
	// byte was traditional-only: a 著 there becomes 着.
	traditional bool
}

// NewSimplifier returns a Simplifier for one stream, at the start of a text.
func NewSimplifier() *Simplifier {
	return new(Simplifier)
}

// Reset implements [transform.Resetter]: the next input starts a text.
func (t *Simplifier) Reset() {
	t.traditional = false
}

// simplifiers holds the Simplifiers of String and Bytes: one made for each call would escape to
// the heap through the Transformer interface, an allocation the stateless Simplify never had.
var simplifiers = sync.Pool{New: func() any { return new(Simplifier) }}

// String returns s converted to Simplified Chinese, as a text of its own.
func (Simplifier) String(s string) string {
	t := simplifiers.Get().(*Simplifier)
	s, _, _ = transform.String(t, s) // which resets t first
	simplifiers.Put(t)
	return s
}

// Bytes returns a new slice with b converted to Simplified Chinese, as a text of its own.
func (Simplifier) Bytes(b []byte) []byte {
	t := simplifiers.Get().(*Simplifier)
	b, _, _ = transform.Bytes(t, b) // which resets t first
	simplifiers.Put(t)
	return b
}

// Span implements [transform.SpanningTransformer]: it returns the length of the prefix of src that
// the conversion leaves as it is, where src continues the text the receiver has seen. It never
// changes the receiver: where a Traditional context would end (at a simplified-only character) it
// stops, which the contract allows, rather than record the change.
func (t Simplifier) Span(src []byte, atEOF bool) (n int, err error) {
	end := len(src)
	if t.traditional {
		end = simplifyFirstSimplified(src)
	}
	ctx := simplifyContext{src: src, traditional: t.traditional}
	for n < end {
		if src[n] < utf8.RuneSelf {
			n++
			continue
		}
		size, r, phrase, short := simplifyUnit(&ctx, n, atEOF)
		switch {
		case short:
			return n, transform.ErrShortSrc
		case r != 0 || phrase != "" || n+size > end:
			return n, transform.ErrEndOfSpan
		}
		n += size
	}
	if n < len(src) {
		return n, transform.ErrEndOfSpan
	}
	return n, nil
}

// Transform implements [transform.Transformer].
func (t *Simplifier) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	ctx := simplifyContext{src: src, traditional: t.traditional}
	// src[nSrc:i] is a run that stays as it is; it is copied when a change or the end is reached.
	// The run always ends on a unit boundary (never inside a phrase that matched unchanged, as in
	// 乾隆), and end is how far it can grow and still fit in dst.
	i, end := 0, len(dst)
	for i < len(src) {
		if src[i] < utf8.RuneSelf {
			j := i + 1
			for j < len(src) && src[j] < utf8.RuneSelf {
				j++
			}
			if j > end {
				i, err = end, transform.ErrShortDst
				break
			}
			i = j
			continue
		}
		var size int
		var r rune
		var phrase string
		// Fast path: a three-byte character of U+3000..U+9FFF, where nearly all Han characters
		// are, that starts no phrase: it stays or maps to one character, whatever follows.
		if c := src[i]; 0xE3 <= c && c <= 0xE9 && i+2 < len(src) && src[i+1]&0xC0 == 0x80 && src[i+2]&0xC0 == 0x80 {
			if e := simplifyEntry3(c, src[i+1], src[i+2]); e>>simplifyRuneBits == 0 {
				size, r = 3, rune(e)
			}
		}
		if size == 0 {
			var short bool
			size, r, phrase, short = simplifyUnit(&ctx, i, atEOF)
			if short {
				err = transform.ErrShortSrc
				break
			}
		}
		if r == 0 && phrase == "" {
			if i+size > end {
				err = transform.ErrShortDst
				break
			}
			i += size
			continue
		}
		nDst += copy(dst[nDst:], src[nSrc:i])
		nSrc = i
		switch {
		case 0x800 <= r && r < 0x10000 && len(dst)-nDst >= 3:
			// All but a few outputs: write the three bytes directly.
			d := dst[nDst : nDst+3]
			d[0], d[1], d[2] = 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F
			nDst += 3
		case r != 0:
			if len(dst)-nDst < utf8.RuneLen(r) {
				t.traditional = ctx.at(nSrc)
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += utf8.EncodeRune(dst[nDst:], r)
		default:
			if len(dst)-nDst < len(phrase) {
				t.traditional = ctx.at(nSrc)
				return nDst, nSrc, transform.ErrShortDst
			}
			nDst += copy(dst[nDst:], phrase)
		}
		nSrc += size
		i, end = nSrc, nSrc+len(dst)-nDst
	}
	nDst += copy(dst[nDst:], src[nSrc:i])
	t.traditional = ctx.at(i)
	return nDst, i, err
}

// simplifyContext finds, lazily, whether a position of src is in a Traditional context: whether
// the nearest script-specific character before it is traditional-only. It remembers the last
// answer, so that a scan never goes back over text it has already passed; positions must be
// asked in increasing order.
type simplifyContext struct {
	src         []byte
	known       int  // the context at src[known] is known ...
	traditional bool // ... and is this; at 0, the state the stream had
}

// at reports whether src[i] is in a Traditional context; i is a character boundary, not below
// any i asked before.
func (c *simplifyContext) at(i int) bool {
	for j := i; j > c.known; {
		if c.src[j-1] < utf8.RuneSelf {
			j--
			continue
		}
		r, size := utf8.DecodeLastRune(c.src[c.known:j])
		j -= size
		if trad, simp := scriptClass(r); trad || simp {
			c.traditional = trad
			break
		}
	}
	c.known = i
	return c.traditional
}

// simplifyFirstSimplified returns the position of the first simplified-only character of src, or
// len(src).
func simplifyFirstSimplified(src []byte) int {
	for i := 0; i < len(src); {
		if src[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(src[i:])
		if _, simp := scriptClass(r); simp {
			return i
		}
		i += size
	}
	return len(src)
}

// simplifyUnit looks at the conversion unit that ctx.src[i:] starts with, a non-ASCII byte. It
// returns the unit's length in bytes and what replaces it: r for a character, phrase for a
// phrase, neither when the unit stays (an unmapped character, invalid UTF-8, a phrase that maps
// to itself, or a contextual conversion outside a Traditional context). short reports that src
// ends before the unit can be decided and more input may follow.
func simplifyUnit(ctx *simplifyContext, i int, atEOF bool) (size int, r rune, phrase string, short bool) {
	src := ctx.src[i:]
	var e uint32
	if c := src[0]; 0xE3 <= c && c <= 0xE9 && len(src) >= 3 && src[1]&0xC0 == 0x80 && src[2]&0xC0 == 0x80 {
		// The three-byte forms of U+3000..U+9FFF, where nearly all Han characters are.
		e, size = simplifyEntry3(c, src[1], src[2]), 3
	} else {
		if !atEOF && !utf8.FullRune(src) {
			return 0, 0, "", true
		}
		var in rune
		in, size = utf8.DecodeRune(src)
		e = simplifyLookup(in)
	}
	if e == 0 {
		return size, 0, "", false
	}
	if g := e >> simplifyRuneBits & (1<<simplifyGroupBits - 1); g != 0 {
		p, short := simplifyMatch(ctx, i, g, atEOF)
		if short {
			return 0, 0, "", true
		}
		if p != nil {
			return len(p.from), 0, p.to, false
		}
	}
	if e&simplifyContextBit != 0 && !ctx.at(i) {
		return size, 0, "", false
	}
	return size, rune(e & (1<<simplifyRuneBits - 1)), "", false
}

// simplifyEntry3 returns the entry of the character encoded as the three bytes c0 c1 c2, which
// must be a valid UTF-8 encoding. It is the fast path for the common case, small enough to inline.
func simplifyEntry3(c0, c1, c2 byte) uint32 {
	i := (uint32(c0&0x0F)<<12 | uint32(c1&0x3F)<<6 | uint32(c2&0x3F)) - simplifyLo
	if i >= simplifyHi-simplifyLo {
		return 0
	}
	return simplifyBlocks[simplifyIndex[i>>simplifyBlockBits]][i&(1<<simplifyBlockBits-1)]
}

// simplifyLookup returns r's entry in the character table: the rune it converts to (0 when it
// stays) in the low simplifyRuneBits bits, above them the phrase group of the keys that start
// with r (0 when none does), and simplifyContextBit when the conversion applies only in a
// Traditional context.
func simplifyLookup(r rune) uint32 {
	if i := uint32(r - simplifyLo); i < simplifyHi-simplifyLo {
		return simplifyBlocks[simplifyIndex[i>>simplifyBlockBits]][i&(1<<simplifyBlockBits-1)]
	}
	if r < simplifyAstralLo {
		return 0
	}
	return simplifyLookupAstral(r)
}

//go:noinline
func simplifyLookupAstral(r rune) uint32 {
	lo, hi := 0, len(simplifyAstral)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch e := simplifyAstral[m]; {
		case e.r == r:
			return e.e
		case e.r < r:
			lo = m + 1
		default:
			hi = m
		}
	}
	return 0
}

// simplifyMatch returns the longest phrase of group g that ctx.src[i:] starts with and that
// applies in its context, or nil. short reports that it cannot tell yet: src ends inside a longer
// key and more input may follow.
func simplifyMatch(ctx *simplifyContext, i int, g uint32, atEOF bool) (p *simplifyPhrase, short bool) {
	src := ctx.src[i:]
	grp := simplifyGroups[g]
	for k := grp.lo; k < grp.hi; k++ {
		p := &simplifyPhrases[k]
		if n := len(p.from); len(src) >= n {
			// Most candidates differ in their last byte: test it before
			// comparing the whole phrase.
			if src[n-1] == p.from[n-1] && string(src[:n]) == p.from && (!p.traditional || ctx.at(i)) {
				return p, false
			}
		} else if !atEOF && p.from[:len(src)] == string(src) {
			return nil, true
		}
	}
	return nil, false
}

// simplifyAstralEntry is the character-table entry of a rune above the BMP.
type simplifyAstralEntry struct {
	r rune
	e uint32
}

// simplifyGroup is the range of simplifyPhrases whose keys start with the same rune.
type simplifyGroup struct{ lo, hi uint16 }

// simplifyPhrase is one phrase: from is the key, to its conversion ("" when it stays as it is).
// A phrase marked traditional applies only in a Traditional context (意味著→意味着); elsewhere
// it is as if it were not in the table.
type simplifyPhrase struct {
	from, to    string
	traditional bool
}
