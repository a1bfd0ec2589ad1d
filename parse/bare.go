package parse

import (
	"strings"
	"unicode/utf8"
)

// Labels without colons: a line that starts with a label followed by white
// space, as some templates render them (索   引   号 20191202-189769).

// bareLabels reads labels without colon on a line that starts with one:
// "发文日期", "文      号", "成文日期 2011-09-01 有效性". The first label may
// be any label of the vocabulary; later ones must be vocabulary labels as
// they stand, so that value words are not taken for qualified labels.
func (sc scanner) bareLabels(s string) []span {
	toks := tokens{s: s}
	first, ok := sc.labelTokens(&toks, true)
	if !ok {
		return nil
	}
	spans := []span{first}
	for !toks.done() {
		if sp, ok := sc.labelTokens(&toks, false); ok {
			spans = append(spans, sp)
			continue
		}
		toks.next()
	}
	return spans
}

// tokens walks the runs of non-space runes of s.
type tokens struct {
	s   string
	pos int
}

func (t *tokens) done() bool {
	return strings.TrimLeftFunc(t.s[t.pos:], isSpace) == ""
}

// peek returns the next token without consuming it.
func (t *tokens) peek() (start, end int) {
	i := t.pos
	for i < len(t.s) {
		r, size := utf8.DecodeRuneInString(t.s[i:])
		if !isSpace(r) {
			break
		}
		i += size
	}
	start = i
	for i < len(t.s) {
		r, size := utf8.DecodeRuneInString(t.s[i:])
		if isSpace(r) {
			break
		}
		i += size
	}
	return start, i
}

func (t *tokens) next() (start, end int) {
	start, end = t.peek()
	t.pos = end
	return start, end
}

// maxSpacedRunes bounds a letter-spaced label (索 引 号, 上 载 日 期).
const maxSpacedRunes = 8

// labelTokens matches a label at the next token: the token itself, or a run
// of one-rune tokens of a letter-spaced label (发 布 机 构). It consumes the
// tokens only when they are a label. Letter spacing is a label's mark, so
// after the first label a spaced word the vocabulary does not know is an
// unknown label when a value follows it (上 载 日 期 2019-12-02).
func (sc scanner) labelTokens(t *tokens, first bool) (span, bool) {
	save := t.pos
	start, end := t.next()
	tok := t.s[start:end]
	if f, ok := sc.exact(tok); ok {
		return span{start: start, end: end, label: tok, field: f}, true
	}
	if first && utf8.RuneCountInString(tok) <= maxLabelRunes+4 {
		if f := sc.classify(tok); f != fieldNone {
			return span{start: start, end: end, label: tok, field: f}, true
		}
	}
	if r, size := utf8.DecodeRuneInString(tok); size == len(tok) && isHan(r) {
		joined := tok
		best, bestPos := span{}, -1
		for n := 1; n < maxSpacedRunes && !t.done(); n++ {
			s, e := t.next()
			r, size := utf8.DecodeRuneInString(t.s[s:e])
			if size != e-s || !isHan(r) {
				t.pos = s // not part of the run
				break
			}
			joined += t.s[s:e]
			if f, ok := sc.exact(joined); ok {
				best, bestPos = span{start: start, end: e, label: joined, field: f}, t.pos
			}
		}
		if bestPos >= 0 {
			t.pos = bestPos
			return best, true
		}
		if !first && joined != tok && !t.done() {
			return span{start: start, end: t.pos, label: joined, field: fieldUnknown}, true
		}
	}
	t.pos = save
	return span{}, false
}
