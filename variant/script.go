package variant

import (
	"slices"
	"strconv"
	"unicode/utf8"

	"github.com/govnotice/govnotice/variant/internal/runeutil"
	"golang.org/x/text/transform"
)

// Script is the Chinese script a text is written in, as [DetectScript] decides it.
type Script int

// The scripts; the zero value is ScriptSimplified, which is also what a text without evidence
// either way (no Chinese, or only characters both scripts share) is reported as.
const (
	ScriptSimplified Script = iota
	ScriptTraditional
	ScriptMixed
)

// String returns "simplified", "traditional" or "mixed", the values of the record's input.script.
func (s Script) String() string {
	switch s {
	case ScriptSimplified:
		return "simplified"
	case ScriptTraditional:
		return "traditional"
	case ScriptMixed:
		return "mixed"
	}
	return "Script(" + strconv.Itoa(int(s)) + ")"
}

// DetectScript reports which script text is written in, from the characters that exist in only
// one of them. Traditional-only characters are those Simplify converts and never produces (區,
// 體, 發); simplified-only ones are those it produces that Traditional text, Taiwan and Hong Kong
// usage included, does not use (区, 体, 发). Characters common to both (干, 后, 里, 台, 中) count
// for neither. The text is
//   - traditional when traditional-only characters are at least 90% of the two kinds, and there
//     is at least one;
//   - simplified when simplified-only characters are at least 90%, or there are none of either
//     (no Chinese, or only shared characters: Simplify would not change it);
//   - mixed otherwise, when both scripts are substantial.
//
// A Traditional page machine-converted from mainland text has about a third of its Han
// characters traditional-only and next to no simplified-only ones, and a Simplified page the
// reverse, so the 90% threshold has wide margins both ways.
func DetectScript(text []byte) Script {
	var c ScriptCounter
	c.count(text)
	return c.Script()
}

// scriptDominance is how many times more evidence one script needs than the other to be
// reported alone: 9 means at least 90% of the script-specific characters.
const scriptDominance = 9

func scriptOf(traditional, simplified int) Script {
	switch {
	case simplified >= scriptDominance*traditional:
		return ScriptSimplified
	case traditional >= scriptDominance*simplified:
		return ScriptTraditional
	}
	return ScriptMixed
}

// ScriptCounter counts traditional-only and simplified-only characters in a stream, so that the
// script can be decided (by the rule of [DetectScript]) while the text streams through. Use it as
// an [io.Writer] (Write never fails) or as a [transform.Transformer] that passes its input through
// unchanged, e.g. in a [transform.Chain] before [Simplify]; not both at once. Its zero value is
// ready to use. A ScriptCounter is not safe for concurrent use.
type ScriptCounter struct {
	traditional, simplified int

	// pending[:npending] is the start of a character cut by the end of the last Write.
	pending  [utf8.UTFMax]byte
	npending int
}

// Count returns the numbers of traditional-only and simplified-only characters seen so far.
func (c *ScriptCounter) Count() (traditional, simplified int) {
	return c.traditional, c.simplified
}

// Script returns the script of the text seen so far.
func (c *ScriptCounter) Script() Script {
	return scriptOf(c.traditional, c.simplified)
}

// Reset clears the counts, to start a new text.
func (c *ScriptCounter) Reset() {
	*c = ScriptCounter{}
}

// Write counts the characters in p. A character cut between two writes is counted once, whole.
func (c *ScriptCounter) Write(p []byte) (int, error) {
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
func (c *ScriptCounter) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
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

// count adds the script-specific characters of p.
func (c *ScriptCounter) count(p []byte) {
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
		trad, simp := scriptClass(r)
		if trad {
			c.traditional++
		} else if simp {
			c.simplified++
		}
	}
}

// scriptClass reports whether r is a traditional-only or a simplified-only character.
func scriptClass(r rune) (traditional, simplified bool) {
	if i := uint32(r - scriptLo); i < scriptHi-scriptLo {
		bit := uint64(1) << (i % 64)
		return scriptTraditionalOnly[i/64]&bit != 0, scriptSimplifiedOnly[i/64]&bit != 0
	}
	if r < 0x10000 {
		return false, false
	}
	_, traditional = slices.BinarySearch(scriptTraditionalOnlyAstral[:], r)
	_, simplified = slices.BinarySearch(scriptSimplifiedOnlyAstral[:], r)
	return traditional, simplified
}
