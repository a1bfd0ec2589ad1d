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
// 4 KiB per Read, as a transform.Reader does; its WriteTo, which io.Copy uses, writes 64 KiB at
// a time.
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

// writeToBlock is the size of the pieces WriteTo writes.
const writeToBlock = 64 << 10

// WriteTo implements [io.WriterTo], which io.Copy uses: it writes the rest of the text to w in
// pieces of 64 KiB, so that copying to a file takes few system calls where a Read gives at most
// 4 KiB. (A bufio.Writer does not help there: its ReadFrom hands the copy to the ReadFrom of an
// *os.File, which writes each piece as it comes.) It returns nil at the end of the text, and the
// first error of reading, of the chain or of w otherwise.
func (r *Reader) WriteTo(w io.Writer) (n int64, err error) {
	buf := make([]byte, writeToBlock)
	for {
		m, rerr := io.ReadFull(r.r, buf)
		if m > 0 {
			k, werr := w.Write(buf[:m])
			n += int64(k)
			if werr == nil && k < m {
				werr = io.ErrShortWrite
			}
			if werr != nil {
				return n, werr
			}
		}
		switch rerr {
		case nil:
		case io.EOF, io.ErrUnexpectedEOF:
			return n, nil
		default:
			return n, rerr
		}
	}
}

// Stats returns what was found in the text read so far; read to EOF first for the whole page's
// figures.
func (r *Reader) Stats() Result { return r.chain.Stats() }
