package variant

import (
	"bufio"
	"io"

	"github.com/govnotice/govnotice/variant/charset"
	"golang.org/x/text/transform"
)

// Reader streams the canonical text of a page read from another reader, through a
// [transform.Reader] over the [Chain]. Its memory does not grow with the input.
type Reader struct {
	r     *transform.Reader
	chain *Chain
}

// NewReader returns a Reader of the canonical text of r. Unless opt names a charset, it reads
// ahead up to [charset.SniffLen] bytes to detect it, as [Canonical] does on a whole page. The
// error is non-nil when opt names an unknown charset or r fails while reading ahead.
//
// r is read through a [bufio.Reader] of charset.SniffLen bytes (r itself when it is one that
// large already), so that reading a file takes few system calls. The Reader returns at most
// 4 KiB per Read, as a transform.Reader does; a caller that copies it to a file should give the
// copy a buffer of its own, such as a [bufio.Writer], to make few writes.
func NewReader(r io.Reader, opt Options) (*Reader, error) {
	src := bufio.NewReaderSize(r, charset.SniffLen)
	var cs charset.Charset
	var err error
	if opt.Charset != "" {
		cs, err = charset.Lookup(opt.Charset)
	} else {
		cs, err = charset.DetectReader(src)
	}
	if err != nil {
		return nil, err
	}
	chain := NewChain(cs, opt)
	return &Reader{r: transform.NewReader(src, chain), chain: chain}, nil
}

// Read implements [io.Reader].
func (r *Reader) Read(p []byte) (int, error) { return r.r.Read(p) }

// Stats returns what was found in the text read so far; read to EOF first for the whole page's
// figures.
func (r *Reader) Stats() Result { return r.chain.Stats() }
