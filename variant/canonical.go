package variant

import (
	"errors"
	"io"

	"golang.org/x/text/transform"
)

// sniffLen is how much of a stream is looked at to detect its charset. It is
// enough for the BOM, the HTML <meta> (first 1024 bytes) and a sure choice
// between GB18030 and Big5 on any real page.
const sniffLen = 64 << 10

// Options select the steps of the canonical chain (spec §2). The zero value
// detects the charset and runs every step.
type Options struct {
	// Charset names the input's encoding (gbk, big5, utf-16le, …, as
	// [LookupCharset] accepts), overriding detection. Empty means detect.
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
	Charset Charset
	// Script is the script of the page before simplification.
	Script Script
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
	charset Charset
	decoder *Decoder
	pinyin  *PinyinStripper
	script  *ScriptCounter
	t       transform.Transformer
}

// NewChain returns the chain for input in charset cs.
func NewChain(cs Charset, opt Options) *Chain {
	c := &Chain{charset: cs, decoder: cs.NewDecoder(), script: &ScriptCounter{}}
	steps := []transform.Transformer{c.decoder, nfc{script: c.script}}
	if !opt.KeepPinyin {
		c.pinyin = NewPinyinStripper()
		steps = append(steps, c.pinyin)
	}
	if !opt.KeepScript {
		steps = append(steps, Simplify)
	}
	if !opt.KeepPunctuation {
		steps = append(steps, Punctuation)
	}
	if !opt.KeepSpace {
		steps = append(steps, NewSpaceFolder())
	}
	c.t = transform.Chain(steps...)
	return c
}

// Transform implements [transform.Transformer].
func (c *Chain) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	return c.t.Transform(dst, src, atEOF)
}

// Reset implements [transform.Transformer]; it also clears the counts.
func (c *Chain) Reset() {
	c.t.Reset()
	c.script.Reset()
}

// Stats returns what the chain found in the text it has transformed so far.
// Text is nil.
func (c *Chain) Stats() Result {
	r := Result{
		Charset:      c.charset,
		Script:       c.script.Script(),
		InvalidBytes: c.decoder.Invalid(),
	}
	if c.pinyin != nil {
		r.PinyinAnnotations = c.pinyin.Stripped()
	}
	return r
}

// Canonical returns the canonical text of a page (spec §2): data is decoded
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
	c := NewChain(cs, opt)
	text, _, err := transform.Bytes(c, data)
	if err != nil {
		// The steps never fail on any input; an error here is a bug in
		// one of them, reported rather than hidden.
		return nil, err
	}
	r := c.Stats()
	r.Text = text
	return &r, nil
}

// chooseCharset resolves an explicit charset name or detects one from the
// start of data.
func chooseCharset(data []byte, name string) (Charset, error) {
	if name != "" {
		return LookupCharset(name)
	}
	return DetectCharset(data), nil // it reads at most its first 64 KiB
}

// readerBufSize is the size of a Reader's input and output buffers. It is
// larger than transform.Reader's 4 KiB so that a Reader writing to a file
// (see [Reader.WriteTo]) makes few system calls.
const readerBufSize = 64 << 10

// errChainStalled reports a bug in a step of the chain: it claimed success
// without consuming its input.
var errChainStalled = errors.New("variant: canonical chain left input unconsumed")

// Reader streams the canonical text of a page read from another reader. Its
// memory does not grow with the input.
type Reader struct {
	chain *Chain
	r     io.Reader

	// src[src0:src1] is input not yet transformed; dst[dst0:dst1] is output
	// not yet returned.
	src, dst   []byte
	src0, src1 int
	dst0, dst1 int

	// readErr is the error r returned; err, once done, the error to end with.
	readErr error
	err     error
	done    bool
}

// NewReader returns a Reader of the canonical text of r. Unless opt names a
// charset, it reads ahead up to 64 KiB to detect it. The error is non-nil
// when opt names an unknown charset or r fails while reading ahead.
func NewReader(r io.Reader, opt Options) (*Reader, error) {
	var cs Charset
	if opt.Charset != "" {
		var err error
		if cs, err = LookupCharset(opt.Charset); err != nil {
			return nil, err
		}
	}
	rd := &Reader{r: r, src: make([]byte, max(sniffLen, readerBufSize)), dst: make([]byte, readerBufSize)}
	if opt.Charset == "" {
		for rd.src1 < sniffLen && rd.readErr == nil {
			rd.fillSrc()
		}
		if rd.readErr != nil && rd.readErr != io.EOF {
			return nil, rd.readErr
		}
		cs = DetectCharset(rd.src[:rd.src1])
	}
	rd.chain = NewChain(cs, opt)
	return rd, nil
}

// fillSrc reads more input after what src holds.
func (r *Reader) fillSrc() {
	if r.src0 != 0 {
		r.src0, r.src1 = 0, copy(r.src, r.src[r.src0:r.src1])
	}
	n, err := r.r.Read(r.src[r.src1:])
	r.src1 += n
	r.readErr = err
}

// advance transforms input into dst until there is output to return or the
// text has ended. It is called only when dst holds nothing unreturned, and
// follows transform.Reader: input returned with an error is transformed
// before the error is considered, and a read error other than io.EOF wins
// over the chain's.
func (r *Reader) advance() {
	for !r.done {
		if r.src0 != r.src1 || r.readErr != nil {
			nDst, nSrc, err := r.chain.Transform(r.dst, r.src[r.src0:r.src1], r.readErr == io.EOF)
			r.dst0, r.dst1 = 0, nDst
			r.src0 += nSrc
			switch {
			case err == nil && r.src0 != r.src1:
				// A step broke the Transformer contract; never loop on it.
				r.done, r.err = true, errChainStalled
			case err == nil:
				// All input is transformed: the text has ended if no more
				// can be read.
				if r.readErr != nil {
					r.done, r.err = true, r.readErr
				}
			case err == transform.ErrShortDst && (nDst != 0 || nSrc != 0):
				// Return what fits and come back for more.
			case err == transform.ErrShortSrc && r.src1-r.src0 != len(r.src) && r.readErr == nil:
				// Read more below and try again.
			default:
				r.done, r.err = true, r.readErr
				if r.readErr == nil || r.readErr == io.EOF {
					r.err = err
				}
			}
			if r.dst1 != 0 || r.done {
				return
			}
			if r.readErr != nil || err != transform.ErrShortSrc && r.src0 != r.src1 {
				continue
			}
		}
		r.fillSrc()
	}
}

// Read implements [io.Reader].
func (r *Reader) Read(p []byte) (int, error) {
	if r.dst0 == r.dst1 {
		if r.done {
			return 0, r.err
		}
		r.advance()
	}
	n := copy(p, r.dst[r.dst0:r.dst1])
	r.dst0 += n
	if r.dst0 == r.dst1 && r.done {
		return n, r.err
	}
	return n, nil
}

// WriteTo implements [io.WriterTo]: it writes the rest of the canonical text
// to w in pieces of up to 64 KiB, so io.Copy to a file makes few system
// calls. It returns nil at the end of the text, as io.Copy expects.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	for {
		if r.dst0 != r.dst1 {
			m, err := w.Write(r.dst[r.dst0:r.dst1])
			n += int64(m)
			r.dst0 += m
			if err != nil {
				return n, err
			}
			if r.dst0 != r.dst1 {
				return n, io.ErrShortWrite
			}
		}
		if r.done {
			if r.err == io.EOF {
				return n, nil
			}
			return n, r.err
		}
		r.advance()
	}
}

// Stats returns what was found in the text read so far; read to EOF first
// for the whole page's figures.
func (r *Reader) Stats() Result { return r.chain.Stats() }
