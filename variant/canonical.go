package variant

import (
	"sync"

	"github.com/govnotice/govnotice/variant/charset"
	"github.com/govnotice/govnotice/variant/pinyin"
	"github.com/govnotice/govnotice/variant/punct"
	"github.com/govnotice/govnotice/variant/script"
	"github.com/govnotice/govnotice/variant/simplify"
	"github.com/govnotice/govnotice/variant/space"
	"golang.org/x/text/transform"
)

// Options select the steps of the canonical chain (FORMAT.md §6). The zero value
// detects the charset and runs every step.
type Options struct {
	// Charset names the input's encoding (gbk, big5, utf-16le, …, as
	// [charset.Lookup] accepts), overriding detection. Empty means detect.
	Charset string
	// KeepPinyin keeps pinyin annotations such as 區(qū).
	KeepPinyin bool
	// KeepScript keeps Traditional characters instead of simplifying them.
	KeepScript bool
	// KeepPunctuation keeps ASCII punctuation and full-width letters and
	// digits as found.
	KeepPunctuation bool
	// KeepSpace keeps white space as found. Without it lines are trimmed
	// and runs of white space inside a line become one space.
	KeepSpace bool
}

// Result is a page's canonical text and what was found on the way.
type Result struct {
	// Text is the canonical UTF-8 text.
	Text []byte
	// Charset is the encoding the page was decoded from.
	Charset charset.Charset
	// Script is the script of the page before simplification.
	Script script.Script
	// PinyinAnnotations counts the pinyin annotations stripped.
	PinyinAnnotations int
	// InvalidBytes counts the input sequences that were not valid in the
	// charset and became U+FFFD.
	InvalidBytes int
}

// Chain is the canonical chain as one [transform.Transformer]: decoding,
// NFC, pinyin stripping, script counting, Traditional→Simplified,
// punctuation and white space, each step as [Options] selects. It counts
// what it finds; read the counts with [Chain.Stats] after the last call.
//
// A Chain carries state between calls, so it is not safe for concurrent
// use; make one per stream.
type Chain struct {
	charset charset.Charset
	decoder *charset.Decoder
	nfc     *nfc // counts the script
	pinyin  *pinyin.Transformer
	t       transform.Transformer

	// steps[:split] and steps[split:] are the halves of [Chain.Split]; split
	// is 0 when there is no second half.
	steps []transform.Transformer
	split int

	pool *sync.Pool // where a chain of Canonical goes back; nil for NewChain's
}

// NewChain returns the chain for input in charset cs.
func NewChain(cs charset.Charset, opt Options) *Chain {
	c := &Chain{charset: cs, decoder: cs.NewDecoder(), nfc: &nfc{}}
	steps := []transform.Transformer{c.decoder, c.nfc}
	if cs.Encoding == nil || cs.Name == "utf-8" {
		// Most pages are UTF-8: NFC decodes them itself, in its own scan.
		c.nfc.decoder = c.decoder
		steps = steps[1:]
	}
	if !opt.KeepPinyin {
		c.pinyin = new(pinyin.Transformer)
		steps = append(steps, c.pinyin)
	}
	if !opt.KeepScript {
		steps = append(steps, new(simplify.Transformer))
	}
	// Of the places to split (see Split), this one gives the halves of the
	// closest cost per byte: decoding, NFC, pinyin and Traditional→Simplified
	// (about 45% of the time on one goroutine) against punctuation, white space
	// and writing (35%).
	split := len(steps)
	if !opt.KeepPunctuation {
		steps = append(steps, new(punct.Transformer))
	}
	if !opt.KeepSpace {
		steps = append(steps, new(space.Transformer))
	}
	c.t = transform.Chain(steps...)
	c.steps = steps
	if split < len(steps) {
		c.split = split
	}
	return c
}

// Split returns c as two Transformers that together do what c does, tail
// taking head's output, so that a caller with two CPUs can run them at once:
// head on one goroutine, tail on another, joined by a pipe. Of the places to
// split, the one chosen gives the halves the closest cost per byte: decoding,
// NFC, pinyin and Traditional→Simplified against punctuation and white space.
// ok is false, and head is c itself, when the options leave no second half.
//
// The halves share c's steps and counts: c itself must not be used on the
// same text, and [Chain.Stats] may be read only once both are done. Each half
// is to be driven on its own stream (a [transform.Reader] or
// [transform.Writer] each), not joined again with [transform.Chain]: tail is
// itself a chain, which may flush what it holds without taking a byte of a
// short source, and an enclosing chain reads that as no progress and fails
// with "short internal buffer".
func (c *Chain) Split() (head, tail transform.Transformer, ok bool) {
	if c.split == 0 {
		return c, nil, false
	}
	return chainOf(c.steps[:c.split]), chainOf(c.steps[c.split:]), true
}

// chainOf is transform.Chain without the extra buffer for a single step.
func chainOf(steps []transform.Transformer) transform.Transformer {
	if len(steps) == 1 {
		return steps[0]
	}
	return transform.Chain(steps...)
}

// Transform implements [transform.Transformer].
func (c *Chain) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	return c.t.Transform(dst, src, atEOF)
}

// Reset implements [transform.Transformer]; it also clears the counts.
func (c *Chain) Reset() {
	c.t.Reset() // which resets every step, the counting ones too
}

// Stats returns what the chain found in the text it has transformed so far.
// Text is nil.
func (c *Chain) Stats() Result {
	r := Result{
		Charset:      c.charset,
		Script:       c.nfc.script(),
		InvalidBytes: c.decoder.Invalid(),
	}
	if c.pinyin != nil {
		r.PinyinAnnotations = c.pinyin.Stripped()
	}
	return r
}

// Canonical returns the canonical text of a page (FORMAT.md §6): data is decoded
// from its charset (detected unless opt names one), normalised to NFC, its
// pinyin annotations stripped, its Traditional characters simplified, its
// punctuation and white space made canonical. Every step but decoding can be
// turned off in opt.
//
// The error is non-nil only when opt names an unknown charset.
func Canonical(data []byte, opt Options) (*Result, error) {
	cs, err := chooseCharset(data, opt.Charset)
	if err != nil {
		return nil, err
	}
	c := pooledChain(cs, opt)
	defer c.release()
	// Canonical text is about as long as its input (full-width commas
	// for narrowed ones make it a little longer): room for a quarter
	// more saves transform.Bytes' doubling, which for a large page left
	// garbage of twice its size.
	text, _, err := transform.Append(c, make([]byte, 0, len(data)+len(data)/4+64), data)
	if err != nil {
		// The steps never fail on any input; an error here is a bug in
		// one of them, reported rather than hidden.
		return nil, err
	}
	r := c.Stats()
	r.Text = text
	return &r, nil
}

// chainKey tells apart the chains that Canonical keeps for reuse.
type chainKey struct {
	charset                                 string
	pinyin, script, punctuation, whiteSpace bool
}

// chainPools holds a sync.Pool of chains per chainKey. A chain's links
// each own a buffer, so a chain is worth keeping: building one for every
// page cost about 5% of parsing a small page.
var chainPools sync.Map

// pooledChain returns a chain for cs and opt from the pool, or a new one.
// Canonical gives it back with release once it has read the counts.
func pooledChain(cs charset.Charset, opt Options) *Chain {
	key := chainKey{cs.Name, opt.KeepPinyin, opt.KeepScript, opt.KeepPunctuation, opt.KeepSpace}
	p, ok := chainPools.Load(key)
	if !ok {
		p, _ = chainPools.LoadOrStore(key, new(sync.Pool))
	}
	pool := p.(*sync.Pool)
	c, _ := pool.Get().(*Chain)
	if c == nil {
		c = NewChain(cs, opt)
		c.pool = pool
	}
	c.charset = cs // the same decoder; Certain may differ
	return c
}

// release gives a chain from pooledChain back.
func (c *Chain) release() {
	if c.pool != nil {
		c.pool.Put(c)
	}
}

// chooseCharset resolves an explicit charset name or detects one from the
// start of data.
func chooseCharset(data []byte, name string) (charset.Charset, error) {
	if name != "" {
		return charset.Lookup(name)
	}
	return charset.Detect(data), nil // it reads at most its first 64 KiB
}
