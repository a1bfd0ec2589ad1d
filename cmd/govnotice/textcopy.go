package main

import (
	"bufio"
	"errors"
	"io"
	"sync"

	"github.com/govnotice/govnotice/variant"
	"github.com/govnotice/govnotice/variant/charset"
	"golang.org/x/text/transform"
)

// textBlock is the size of the pieces copyText reads, hands between its
// goroutines and writes: large, so that copying a file takes few system
// calls.
const textBlock = 64 << 10

// copyText writes the canonical text of the page that in reads to w, as
// variant.NewReader would give it, and reports the first error of reading,
// of the chain or of writing.
//
// With procs (GOMAXPROCS) above 1 and a page longer than the 64 KiB it reads
// ahead, it runs the chain in two halves (variant.Chain.Split) on two
// goroutines, which takes about a third off the time of govnotice text: one
// reads and runs the first half while the other runs the second and writes.
// The text is the same either way. Both goroutines have ended when copyText
// returns, so when w fails while in is blocked in Read, copyText returns once
// that Read does.
func copyText(w io.Writer, in io.Reader, opt variant.Options, procs int) error {
	src := bufio.NewReaderSize(in, charset.SniffLen)
	prefix, err := src.Peek(charset.SniffLen)
	if err != nil && err != io.EOF {
		return err
	}
	long := err == nil // the page goes on past what was read ahead
	var cs charset.Charset
	if opt.Charset != "" {
		cs, err = charset.Lookup(opt.Charset)
	} else {
		cs, err = charset.Detect(prefix), nil
	}
	if err != nil {
		return err
	}
	chain := variant.NewChain(cs, opt)
	out := bufio.NewWriterSize(writerOnly{w}, textBlock)
	if head, tail, ok := chain.Split(); ok && long && procs > 1 {
		err = copySplit(out, src, head, tail)
	} else {
		_, err = io.Copy(out, transform.NewReader(src, chain))
	}
	if err != nil {
		return err
	}
	return out.Flush()
}

// writerOnly hides the ReadFrom of the writer it holds. bufio.Writer's
// ReadFrom hands the whole copy to the ReadFrom of its writer when that has
// one, as an *os.File does, and the file's ReadFrom wrote each piece of at
// most 4 KiB that a transform.Reader gives as it came: 5,000 write system
// calls for 10 MiB where 160 will do.
type writerOnly struct{ io.Writer }

// copySplit runs head over src on a goroutine of its own and tail over
// head's output on this one, writing to w.
func copySplit(w io.Writer, src io.Reader, head, tail transform.Transformer) error {
	p := newBlockPipe()
	var wg sync.WaitGroup
	wg.Go(func() {
		_, err := p.ReadFrom(transform.NewReader(src, head))
		p.closeWrite(err)
	})
	_, err := io.Copy(w, transform.NewReader(p, tail))
	close(p.stop) // ends the first goroutine if the second stopped early
	wg.Wait()
	return err
}

// pipeBlocks is how many pieces of text a blockPipe holds: enough that the
// writing goroutine rarely waits for the reading one.
const pipeBlocks = 4

// errPipeStopped ends the first goroutine of copySplit when the second has
// stopped; it is never returned to the caller.
var errPipeStopped = errors.New("govnotice: text pipe stopped")

// blockPipe passes text from one goroutine to another in pieces of up to
// textBlock bytes. Unlike io.Pipe, whose Write waits until the reader has
// taken every byte, ReadFrom hands over a piece as soon as it is full and
// goes on filling the next, so the two goroutines work at once. There is
// one writer and one reader.
type blockPipe struct {
	full, free chan []byte
	stop       chan struct{} // closed when the reader stops
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
		p.free <- make([]byte, textBlock)
	}
	return p
}

// ReadFrom implements [io.ReaderFrom]: it reads r to its end in pieces and
// hands each over full. It fails when r does or the reader has stopped.
func (p *blockPipe) ReadFrom(r io.Reader) (n int64, err error) {
	for {
		var block []byte
		select {
		case block = <-p.free:
		case <-p.stop:
			return n, errPipeStopped
		}
		m := 0
		for m < len(block) && err == nil {
			var k int
			k, err = r.Read(block[m:])
			m += k
		}
		n += int64(m)
		if m > 0 {
			select {
			case p.full <- block[:m]:
			case <-p.stop:
				return n, errPipeStopped
			}
		}
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
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
			p.free <- p.block[:cap(p.block)] // never blocks: free has room for every piece
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
