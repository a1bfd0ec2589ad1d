// Package script tells which Chinese script a text is written in, Simplified or Traditional, from
// the characters that only one of them uses, so that a record can say what its page was scraped
// in and callers can tell the cases apart before converting. The sets of characters are generated
// from the same data as the tables of package simplify; nothing is built at start-up.
package script

import (
	"strconv"
	"unicode/utf8"

	"github.com/govnotice/govnotice/variant/internal/runeutil"
	"github.com/govnotice/govnotice/variant/internal/scripttab"
	"golang.org/x/text/transform"
)

// Script is the Chinese script a text is written in, as [Detect] decides it.
type Script int

// The scripts; the zero value is Simplified, which is also what a text without evidence either
// way (no Chinese, or only characters both scripts share) is reported as.
const (
	Simplified Script = iota
	Traditional
	Mixed
)

// String returns "simplified", "traditional" or "mixed", the values of the record's input.script.
func (s Script) String() string {
	switch s {
	case Simplified:
		return "simplified"
	case Traditional:
		return "traditional"
	case Mixed:
		return "mixed"
	}
	return "Script(" + strconv.Itoa(int(s)) + ")"
}

// Detect reports which script text is written in, from the characters that exist in only
// one of them. Traditional-only characters are those package simplify converts and never produces (區,
// 體, 發); simplified-only ones are those it produces that Traditional text, Taiwan and Hong Kong
// usage included, does not use (区, 体, 发). Characters common to both (干, 后, 里, 台, 中) count
// for neither. The text is
//   - traditional when traditional-only characters are at least 90% of the two kinds, and there
//     is at least one;
//   - simplified when simplified-only characters are at least 90%, or there are none of either
//     (no Chinese, or only shared characters: package simplify would not change it);
//   - mixed otherwise, when both scripts are substantial.
//
// A Traditional page machine-converted from mainland text has about a third of its Han
// characters traditional-only and next to no simplified-only ones, and a Simplified page the
// reverse, so the 90% threshold has wide margins both ways.
func Detect(text []byte) Script {
	var c Counter
	c.count(text)
	return c.Script()
}

// dominance is how many times more evidence one script needs than the other to be reported
// alone: 9 means at least 90% of the script-specific characters.
const dominance = 9

// Of returns the script of a text that holds the given numbers of traditional-only and
// simplified-only characters, by the rule of [Detect], for a caller that has counted them
// itself (a [Counter] does; the canonical chain counts in a scan of its own).
func Of(traditional, simplified int) Script {
	switch {
	case simplified >= dominance*traditional:
		return Simplified
	case traditional >= dominance*simplified:
		return Traditional
	}
	return Mixed
}

// Counter counts traditional-only and simplified-only characters in a stream, so that the
// script can be decided (by the rule of [Detect]) while the text streams through. Use it as an
// [io.Writer] (Write never fails) or as a [transform.SpanningTransformer] that passes its input
// through unchanged, e.g. in a [transform.Chain] before a simplify.Transformer; not both at
// once. Its zero value is ready to use. A Counter is not safe for concurrent use.
type Counter struct {
	traditional, simplified int

	// pending[:npending] is the start of a character cut by the end of the last Write.
	pending  [utf8.UTFMax]byte
	npending int
}

// Count returns the numbers of traditional-only and simplified-only characters seen so far.
func (c *Counter) Count() (traditional, simplified int) {
	return c.traditional, c.simplified
}

// Script returns the script of the text seen so far.
func (c *Counter) Script() Script {
	return Of(c.traditional, c.simplified)
}

// Reset clears the counts, to start a new text.
func (c *Counter) Reset() {
	*c = Counter{}
}

// Write counts the characters in p. A character cut between two writes is counted once, whole.
func (c *Counter) Write(p []byte) (int, error) {
	n := len(p)
	if old := c.npending; old > 0 {
		// Complete the cut character with the front of p.
		var joined [utf8.UTFMax]byte
		copy(joined[:], c.pending[:old])
		m := old + copy(joined[old:], p)
		if !utf8.FullRune(joined[:m]) {
			c.pending, c.npending = joined, m
			return n, nil
		}
		_, size := utf8.DecodeRune(joined[:m])
		c.count(joined[:size])
		// size < old when p did not continue the character: the rest of pending is
		// continuation bytes, which count for nothing.
		p = p[max(0, size-old):]
		c.npending = 0
	}
	cut := runeutil.CutStart(p)
	c.count(p[:cut])
	c.npending = copy(c.pending[:], p[cut:])
	return n, nil
}

// Transform implements [transform.Transformer]: it copies src to dst and counts it.
func (c *Counter) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	n := len(src)
	if n > len(dst) {
		n, err = len(dst), transform.ErrShortDst
	}
	// A character cut at n is left for the next call, unless the input ends there.
	if cut := runeutil.CutStart(src[:n]); cut < n && (n < len(src) || !atEOF) {
		n = cut
		if err == nil {
			err = transform.ErrShortSrc
		}
	}
	c.count(src[:n])
	return copy(dst, src[:n]), n, err
}

// Span implements [transform.SpanningTransformer]: the whole of src passes unchanged, but for a
// character cut at its end before the end of the input, which is left for the next call; what
// passes is counted, as Transform counts it.
func (c *Counter) Span(src []byte, atEOF bool) (n int, err error) {
	n = len(src)
	if cut := runeutil.CutStart(src); cut < n && !atEOF {
		n, err = cut, transform.ErrShortSrc
	}
	c.count(src[:n])
	return n, err
}

// count adds the script-specific characters of p.
func (c *Counter) count(p []byte) {
	for i := 0; i < len(p); {
		if p[i] < utf8.RuneSelf {
			i++
			continue
		}
		var r rune
		var size int
		if c := p[i]; c&0xF0 == 0xE0 && i+2 < len(p) && p[i+1]&0xC0 == 0x80 && p[i+2]&0xC0 == 0x80 {
			// Han characters are three bytes: decode them inline, the
			// general decoder costs more than the table look-up.
			r, size = rune(c&0x0F)<<12|rune(p[i+1]&0x3F)<<6|rune(p[i+2]&0x3F), 3
		} else {
			r, size = utf8.DecodeRune(p[i:])
		}
		i += size
		trad, simp := scripttab.Class(r)
		if trad {
			c.traditional++
		} else if simp {
			c.simplified++
		}
	}
}
