package variant

import (
	"errors"
	"io"
	"runtime"
	"sync"

	"github.com/govnotice/govnotice/variant/charset"
	"golang.org/x/text/transform"
)

// readerBufSize is the size of a Reader's input and output buffers. It is
// larger than transform.Reader's 4 KiB so that a Reader writing to a file
// (see [Reader.WriteTo]) makes few system calls.
const readerBufSize = 64 << 10

// errChainStalled reports a bug in a step of the chain: it claimed success
// without consuming its input.
var errChainStalled = errors.New("variant: canonical chain left input unconsumed")

// errWriteToStopped ends the first half of a split WriteTo whose second half
// has stopped; it is never returned to the caller.
var errWriteToStopped = errors.New("variant: WriteTo stopped")

// Reader streams the canonical text of a page read from another reader. Its
// memory does not grow with the input.
type Reader struct {
	chain   *Chain
	s       stream
	started bool // Read or WriteTo has run the chain

	// sequential keeps WriteTo on one goroutine; tests set it to compare,
	// and read split to see which way it went.
	sequential bool
	split      bool
}

// NewReader returns a Reader of the canonical text of r. Unless opt names a
// charset, it reads ahead up to 64 KiB to detect it. The error is non-nil
// when opt names an unknown charset or r fails while reading ahead.
func NewReader(r io.Reader, opt Options) (*Reader, error) {
	rd := &Reader{s: newStream(nil, r, max(charset.SniffLen, readerBufSize))}
	if opt.Charset == "" {
		rd.s.fillAll()
		if err := rd.s.readErr; err != nil && err != io.EOF {
			return nil, err
		}
	}
	cs, err := chooseCharset(rd.s.src[:rd.s.src1], opt.Charset)
	if err != nil {
		return nil, err
	}
	rd.chain = NewChain(cs, opt)
	rd.s.t = rd.chain
	return rd, nil
}

// Read implements [io.Reader].
func (r *Reader) Read(p []byte) (int, error) {
	r.started = true
	return r.s.Read(p)
}

// WriteTo implements [io.WriterTo], which io.Copy uses: it writes the rest
// of the canonical text to w in pieces of up to 64 KiB, so that copying to a
// file makes few system calls. It returns nil at the end of the text. After
// it returns, the Reader is at its end: Read returns io.EOF, or the error
// WriteTo returned.
//
// On a text longer than 64 KiB that nothing has been read from yet, and with
// more than one CPU to run on (GOMAXPROCS), WriteTo runs the chain in two
// halves on two goroutines, which takes about a third off its time. The text
// is the same either way. Both goroutines have ended when WriteTo returns, so
// when w fails while the source is blocked in Read, WriteTo returns once that
// Read does.
func (r *Reader) WriteTo(w io.Writer) (int64, error) {
	if !r.started {
		r.started = true
		r.s.fillAll()
		if r.s.readErr == nil && r.chain.split > 0 && !r.sequential && runtime.GOMAXPROCS(0) > 1 {
			return r.writeToSplit(w)
		}
	}
	return r.s.WriteTo(w)
}

// writeToSplit runs the two halves of the chain on two goroutines: while
// the second half transforms one piece and writes it, the first reads and
// transforms the next.
func (r *Reader) writeToSplit(w io.Writer) (int64, error) {
	r.split = true
	head, tail := r.chain.halves()
	pipe := newBlockPipe()
	first := r.s // the input read ahead is in its src
	first.t = head
	first.dst = make([]byte, readerBufSize)
	second := stream{t: tail, r: pipe, src: make([]byte, readerBufSize), dst: r.s.dst}

	// A panic in the first half (a bug in a step) goes to the caller, as
	// it would on one goroutine, once the first half has ended.
	var panicked any
	defer func() {
		if panicked != nil {
			panic(panicked)
		}
	}()
	var wg sync.WaitGroup
	wg.Go(func() {
		defer func() {
			if v := recover(); v != nil {
				panicked = v
				pipe.closeWrite(errWriteToStopped)
			}
		}()
		_, err := first.WriteTo(pipe)
		pipe.closeWrite(err)
	})
	// Deferred, so that first ends even if w panics: closing stop ends it
	// if second stopped early.
	defer wg.Wait()
	defer close(pipe.stop)
	n, err := second.WriteTo(w)

	r.s.src0, r.s.src1, r.s.dst0, r.s.dst1 = 0, 0, 0, 0
	r.s.done, r.s.err = true, second.err
	return n, err
}

// pipeBlocks is how many pieces of text a blockPipe holds: enough that the
// writer rarely waits for the reader.
const pipeBlocks = 4

// blockPipe passes text from one goroutine to another in pieces of up to
// 64 KiB. Unlike io.Pipe, a Write returns as soon as its bytes are copied
// into free pieces, so the writer goes on working while the reader works
// on what it was given. There is one writer and one reader.
type blockPipe struct {
	full, free chan []byte
	stop       chan struct{} // closed when the reader stops early
	err        error         // why the writer stopped; set before full is closed

	block, rest []byte // the reader's piece, and what it has not read of it
}

func newBlockPipe() *blockPipe {
	p := &blockPipe{
		full: make(chan []byte, pipeBlocks),
		free: make(chan []byte, pipeBlocks),
		stop: make(chan struct{}),
	}
	for range pipeBlocks {
		p.free <- make([]byte, readerBufSize)
	}
	return p
}

// Write implements [io.Writer]. It fails only when the reader has stopped.
func (p *blockPipe) Write(b []byte) (n int, err error) {
	for n < len(b) {
		var block []byte
		select {
		case block = <-p.free:
		case <-p.stop:
			return n, errWriteToStopped
		}
		m := copy(block[:cap(block)], b[n:])
		select {
		case p.full <- block[:m]:
		case <-p.stop:
			return n, errWriteToStopped
		}
		n += m
	}
	return n, nil
}

// closeWrite ends the text with err, or with io.EOF if err is nil.
func (p *blockPipe) closeWrite(err error) {
	if err == nil {
		err = io.EOF
	}
	p.err = err
	close(p.full)
}

// Read implements [io.Reader].
func (p *blockPipe) Read(b []byte) (int, error) {
	if len(p.rest) == 0 {
		if p.block != nil {
			p.free <- p.block // never blocks: free has room for every piece
			p.block = nil
		}
		block, ok := <-p.full
		if !ok {
			return 0, p.err
		}
		p.block, p.rest = block, block
	}
	n := copy(b, p.rest)
	p.rest = p.rest[n:]
	return n, nil
}

// stream runs one transformer over a reader: the loop of transform.Reader,
// with its error precedence, over larger buffers and with a WriteTo.
type stream struct {
	t transform.Transformer
	r io.Reader

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

func newStream(t transform.Transformer, r io.Reader, srcSize int) stream {
	return stream{t: t, r: r, src: make([]byte, srcSize), dst: make([]byte, readerBufSize)}
}

// fillSrc reads more input after what src holds.
func (s *stream) fillSrc() {
	if s.src0 != 0 {
		s.src0, s.src1 = 0, copy(s.src, s.src[s.src0:s.src1])
	}
	n, err := s.r.Read(s.src[s.src1:])
	s.src1 += n
	s.readErr = err
}

// fillAll reads until src is full or reading fails or ends.
func (s *stream) fillAll() {
	for s.src1 < len(s.src) && s.readErr == nil {
		s.fillSrc()
	}
}

// advance transforms input into dst until there is output to return or the
// text has ended. It is called only when dst holds nothing unreturned.
// Input returned with an error is transformed before the error is
// considered, and a read error other than io.EOF wins over the chain's.
func (s *stream) advance() {
	for !s.done {
		if s.src0 != s.src1 || s.readErr != nil {
			nDst, nSrc, err := s.t.Transform(s.dst, s.src[s.src0:s.src1], s.readErr == io.EOF)
			s.dst0, s.dst1 = 0, nDst
			s.src0 += nSrc
			switch {
			case err == nil && s.src0 != s.src1:
				// A step broke the Transformer contract; never loop on it.
				s.done, s.err = true, errChainStalled
			case err == nil:
				// All input is transformed: the text has ended if no more
				// can be read.
				if s.readErr != nil {
					s.done, s.err = true, s.readErr
				}
			case err == transform.ErrShortDst && (nDst != 0 || nSrc != 0):
				// Return what fits and come back for more.
			case err == transform.ErrShortSrc && s.src1-s.src0 != len(s.src) && s.readErr == nil:
				// Read more below and try again.
			default:
				s.done, s.err = true, s.readErr
				if s.readErr == nil || s.readErr == io.EOF {
					s.err = err
				}
			}
			if s.dst1 != 0 || s.done {
				return
			}
			if s.readErr != nil || err != transform.ErrShortSrc && s.src0 != s.src1 {
				continue
			}
		}
		s.fillSrc()
	}
}

// Read implements [io.Reader].
func (s *stream) Read(p []byte) (int, error) {
	if s.dst0 == s.dst1 {
		if s.done {
			return 0, s.err
		}
		s.advance()
	}
	n := copy(p, s.dst[s.dst0:s.dst1])
	s.dst0 += n
	if s.dst0 == s.dst1 && s.done {
		return n, s.err
	}
	return n, nil
}

// WriteTo implements [io.WriterTo]; see [Reader.WriteTo]. A write error
// ends the stream.
func (s *stream) WriteTo(w io.Writer) (n int64, err error) {
	for {
		if s.dst0 != s.dst1 {
			m, err := w.Write(s.dst[s.dst0:s.dst1])
			n += int64(m)
			if err == nil && m != s.dst1-s.dst0 {
				err = io.ErrShortWrite
			}
			if err != nil {
				s.dst0, s.dst1 = 0, 0
				s.done, s.err = true, err
				return n, err
			}
			s.dst0 = s.dst1
		}
		if s.done {
			if s.err == io.EOF {
				return n, nil
			}
			return n, s.err
		}
		s.advance()
	}
}

// Stats returns what was found in the text read so far; read to EOF first
// for the whole page's figures.
func (r *Reader) Stats() Result { return r.chain.Stats() }
