package warc

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
)

// DefaultMaxSize is the largest block a [Reader] with a zero MaxSize
// returns, the size limit of the parser's pages.
const DefaultMaxSize = 64 << 20

const (
	// bufSize is the size of the reader's buffers, and so the longest
	// header line it keeps: real ones (long URIs) stay far below it.
	bufSize = 64 << 10
	// maxHeaderBytes bounds the fields kept from one header, WARC or HTTP,
	// so that a header of endless lines cannot fill memory.
	maxHeaderBytes = 1 << 20
)

// Reader reads the records of a WARC file one at a time.
//
// Set MaxSize before the first call to [Reader.Next]. A Reader is not safe
// for concurrent use.
type Reader struct {
	// MaxSize is the largest block, in bytes, of a record Next returns; a
	// larger record is skipped unread with [ErrTooLarge]. It also bounds
	// an HTTP payload that is decoded (gzip). 0 means [DefaultMaxSize];
	// a negative value means no limit.
	MaxSize int64

	src     countingReader
	sb      *bufio.Reader // the file as stored
	gz      gzipStream    // the gzip members, for a gzipped file
	br      *bufio.Reader // the uncompressed stream: sb for a plain file
	pos     int64         // offset of br's next byte in the uncompressed stream
	started bool
	err     error // the fatal error Next returns again

	cur    *Record // the record whose block is being read, or skipped
	remain int64   // bytes of cur's block not yet read from br

	hdr   []byte // the current header's kept bytes, reused
	spans []span // where its fields are in hdr, reused

	hb  *bufio.Reader // reads an HTTP head, reused
	pb  *bufio.Reader // sniffs an HTTP payload for gzip, reused
	pgz *gzip.Reader  // decodes a gzip payload, reused
}

// NewReader returns a Reader of the WARC file r, plain or gzipped. It reads
// nothing yet: the first call to [Reader.Next] tells the compression by the
// file's first bytes.
func NewReader(r io.Reader) *Reader {
	rd := &Reader{}
	rd.src.r = r
	rd.sb = bufio.NewReaderSize(&rd.src, bufSize)
	return rd
}

func (r *Reader) maxSize() int64 {
	switch {
	case r.MaxSize == 0:
		return DefaultMaxSize
	case r.MaxSize < 0:
		return 1<<63 - 1
	}
	return r.MaxSize
}

// Next returns the next record, or io.EOF after the last one. It first
// skips what the caller left unread of the previous record.
//
// A record that cannot be returned gives an [*Error] instead. When the
// error is not Fatal the record was skipped, and the next call goes on with
// the record after it; a Fatal error ends reading, and every later call
// returns it again. See [IsFatal].
func (r *Reader) Next() (*Record, error) {
	if r.err != nil {
		return nil, r.err
	}
	if !r.started {
		if err := r.start(); err != nil {
			r.err = err
			return nil, err
		}
	}
	if r.cur != nil {
		if err := r.skipBlock(); err != nil {
			r.err = err
			return nil, err
		}
	}
	rec, err := r.readHeader()
	if err != nil && (err == io.EOF || IsFatal(err)) {
		r.err = err
	}
	return rec, err
}

// All returns the records of the file, each with a nil error, and the
// errors Next returns, each with a nil record. It ends after the last
// record (io.EOF is not yielded) and after a fatal error, so a range loop
// over it handles every error by logging it and going on.
func (r *Reader) All() iter.Seq2[*Record, error] {
	return func(yield func(*Record, error) bool) {
		for {
			rec, err := r.Next()
			if err == io.EOF || !yield(rec, err) || IsFatal(err) {
				return
			}
		}
	}
}

// start tells a gzipped file by its magic bytes and sets up the stream.
func (r *Reader) start() error {
	r.started = true
	magic, err := r.sb.Peek(4)
	switch {
	case len(magic) >= 2 && magic[0] == 0x1f && magic[1] == 0x8b:
		if err := r.gz.start(r); err != nil {
			return &Error{MemberOffset: 0, Fatal: true, Err: err}
		}
		r.br = bufio.NewReaderSize(&r.gz, bufSize)
		return nil
	case bytes.Equal(magic, []byte{0x28, 0xb5, 0x2f, 0xfd}):
		return &Error{MemberOffset: -1, Fatal: true, Err: fmt.Errorf("%w: zstd (.warc.zst) is not supported", ErrCompression)}
	case err != nil && err != io.EOF:
		return &Error{MemberOffset: -1, Fatal: true, Err: err}
	}
	r.br = r.sb
	return nil
}

// memberAt returns the offset of the gzip member holding the byte at off
// of the uncompressed stream, or -1 for a plain file. It must be asked as
// soon as that byte is read, before the reader moves on.
func (r *Reader) memberAt(off int64) int64 {
	if r.br == r.sb {
		return -1
	}
	return r.gz.memberAt(off)
}

// readLine reads a line of the uncompressed stream and returns it without
// its line end (LF or CRLF). A line longer than the buffer is consumed and
// dropped: long is set and line is nil. At the end of the stream err is
// io.EOF, and line holds what came after the last line end.
func (r *Reader) readLine() (line []byte, long bool, err error) {
	line, n, long, err := readLine(r.br)
	r.pos += n
	return line, long, err
}

// readLine is Reader.readLine for any buffer; n is the bytes consumed.
func readLine(b *bufio.Reader) (line []byte, n int64, long bool, err error) {
	line, err = b.ReadSlice('\n')
	n = int64(len(line))
	for err == bufio.ErrBufferFull {
		long = true
		line, err = b.ReadSlice('\n')
		n += int64(len(line))
	}
	if long {
		return nil, n, true, err
	}
	line = bytes.TrimSuffix(line, []byte{'\n'})
	line = bytes.TrimSuffix(line, []byte{'\r'})
	return line, n, false, err
}

// blank reports whether a line holds nothing but white space.
func blank(line []byte) bool {
	return len(bytes.Trim(line, " \t\r")) == 0
}

// span locates a field's name and value in Reader.hdr.
type span struct{ n0, n1, v0, v1 int }

// readHeader reads the next record's header: blank lines (the end of the
// previous record, CRLF CRLF, and whatever a writer added), the version
// line, then fields up to an empty line.
func (r *Reader) readHeader() (*Record, error) {
	rec := &Record{r: r}
	for {
		rec.Offset = r.pos
		line, long, err := r.readLine()
		if !long && len(line) == 0 && err == io.EOF {
			return nil, io.EOF
		}
		rec.MemberOffset = r.memberAt(rec.Offset)
		if err != nil && err != io.EOF {
			return nil, rec.err(true, err)
		}
		if long || !blank(line) {
			if long {
				return nil, rec.err(true, fmt.Errorf("%w: found a line over %d bytes", ErrNotWARC, bufSize))
			}
			if err == io.EOF && (bytes.HasPrefix(line, []byte("WARC/")) || bytes.HasPrefix([]byte("WARC/"), line)) {
				return nil, rec.err(true, fmt.Errorf("%w: the input ends in the version line", ErrTruncated))
			}
			if !isVersion(line) || err == io.EOF {
				return nil, rec.err(true, fmt.Errorf("%w: found %q", ErrNotWARC, head(line, 20)))
			}
			rec.Version = string(bytes.TrimRight(line, " \t"))
			break
		}
		if err == io.EOF {
			return nil, io.EOF
		}
	}

	// The header's fields are kept in one buffer and become one string, so
	// that a record costs two allocations for its header, not two a field.
	r.hdr, r.spans = r.hdr[:0], r.spans[:0]
	var problem error // the first thing wrong with the header
	var lengthErr error
	length, lengths := int64(-1), 0
	kept := false // the last line was kept, so a folded line continues it
	for lineNo := 2; ; lineNo++ {
		line, long, err := r.readLine()
		if err != nil {
			if err == io.EOF {
				err = fmt.Errorf("%w: the input ends in the header", ErrTruncated)
			}
			return nil, rec.err(true, err)
		}
		wasKept := kept
		kept = false
		if long {
			problem = cmp.Or(problem, fmt.Errorf("%w: line %d is over %d bytes", ErrHeaderTooLarge, lineNo, bufSize))
			continue
		}
		if blank(line) {
			break
		}
		if line[0] == ' ' || line[0] == '\t' {
			// A folded line (WARC/1.0 allows them) continues the last value.
			if lineNo == 2 {
				problem = cmp.Or(problem, fmt.Errorf("%w: line %d continues no field", ErrHeader, lineNo))
				continue
			}
			if !wasKept {
				continue // the field was dropped, and its continuation goes with it
			}
			v := bytes.Trim(line, " \t")
			if len(r.hdr)+1+len(v) > maxHeaderBytes {
				problem = cmp.Or(problem, fmt.Errorf("%w: over %d bytes", ErrHeaderTooLarge, maxHeaderBytes))
				continue
			}
			r.hdr = append(append(r.hdr, ' '), v...)
			r.spans[len(r.spans)-1].v1 = len(r.hdr)
			kept = true
			continue
		}
		name, value, ok := bytes.Cut(line, []byte{':'})
		name, value = bytes.Trim(name, " \t"), bytes.Trim(value, " \t")
		if !ok || len(name) == 0 {
			problem = cmp.Or(problem, fmt.Errorf("%w: line %d is not a field: %q", ErrHeader, lineNo, head(line, 40)))
			continue
		}
		if bytes.EqualFold(name, []byte("Content-Length")) {
			// Read even from a header too large to keep: it is what lets
			// the reader skip the record and go on.
			n, ok := parseLength(value)
			switch {
			case !ok:
				lengthErr = cmp.Or(lengthErr, fmt.Errorf("%w: %q", ErrLength, head(value, 40)))
				lengths = -1
			case lengths == 0:
				length, lengths = n, 1
			case lengths > 0 && n != length:
				lengthErr = fmt.Errorf("%w: %d and %d", ErrLength, length, n)
				lengths = -1
			}
		}
		if len(r.hdr)+len(name)+len(value) > maxHeaderBytes {
			problem = cmp.Or(problem, fmt.Errorf("%w: over %d bytes", ErrHeaderTooLarge, maxHeaderBytes))
			continue
		}
		s := span{n0: len(r.hdr)}
		r.hdr = append(r.hdr, name...)
		s.n1, s.v0 = len(r.hdr), len(r.hdr)
		r.hdr = append(r.hdr, value...)
		s.v1 = len(r.hdr)
		r.spans = append(r.spans, s)
		kept = true
	}

	text := string(r.hdr)
	rec.Header = make(Header, len(r.spans))
	for i, s := range r.spans {
		f := Field{Name: text[s.n0:s.n1], Value: text[s.v0:s.v1]}
		rec.Header[i] = f
		switch {
		case rec.Type == "" && equalFold(f.Name, "WARC-Type"):
			rec.Type = f.Value
		case rec.TargetURI == "" && equalFold(f.Name, "WARC-Target-URI"):
			rec.TargetURI = targetURI(f.Value)
		case rec.ID == "" && equalFold(f.Name, "WARC-Record-ID"):
			rec.ID = f.Value
		case rec.Date.IsZero() && equalFold(f.Name, "WARC-Date"):
			rec.Date = parseDate(f.Value)
		case rec.ContentType == "" && equalFold(f.Name, "Content-Type"):
			rec.ContentType = f.Value
		}
	}

	if lengths != 1 {
		// Whatever else is wrong, this is what loses the framing.
		return nil, rec.err(true, cmp.Or(lengthErr, fmt.Errorf("%w: missing", ErrLength)))
	}
	rec.ContentLength = length
	rec.Body = blockReader{rec}
	r.cur, r.remain = rec, length
	if problem == nil && length > r.maxSize() {
		problem = fmt.Errorf("%w: %d bytes, over the limit of %d", ErrTooLarge, length, r.maxSize())
	}
	if problem != nil {
		// The Content-Length says where the record ends: the next call to
		// Next skips it, and the caller is told why.
		rec.Body = nil
		return nil, rec.err(false, problem)
	}
	return rec, nil
}

// isVersion reports whether a line is a record's version line: "WARC/",
// a number, a dot and a number. Versions before 1.0 (0.17, 0.18) share the
// framing, so they are read too.
func isVersion(line []byte) bool {
	v, ok := bytes.CutPrefix(bytes.TrimRight(line, " \t"), []byte("WARC/"))
	if !ok {
		return false
	}
	major, minor, ok := bytes.Cut(v, []byte{'.'})
	return ok && digits(major) && digits(minor)
}

func digits(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// parseLength reads a Content-Length: decimal digits only, as the standard
// has it (strconv alone would take a sign).
func parseLength(b []byte) (int64, bool) {
	if !digits(b) {
		return 0, false
	}
	n, err := strconv.ParseInt(string(b), 10, 64)
	return n, err == nil
}

func equalFold(a, b string) bool { return len(a) == len(b) && bytes.EqualFold([]byte(a), []byte(b)) }

// head returns at most n bytes of b, for an error message.
func head(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

// readBlock reads the current record's block.
func (r *Reader) readBlock(p []byte) (int, error) {
	if r.err != nil {
		return 0, r.err
	}
	if r.remain <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > r.remain {
		p = p[:r.remain]
	}
	n, err := r.br.Read(p)
	r.pos += int64(n)
	r.remain -= int64(n)
	if err != nil {
		r.err = r.blockErr(err)
		return n, r.err
	}
	return n, nil
}

// skipBlock skips what is left of the current record's block.
func (r *Reader) skipBlock() error {
	for r.remain > 0 {
		n, err := r.br.Discard(int(min(r.remain, 1<<30)))
		r.pos += int64(n)
		r.remain -= int64(n)
		if err != nil {
			return r.blockErr(err)
		}
	}
	r.cur = nil
	return nil
}

// blockErr is the fatal error of a read inside the current block.
func (r *Reader) blockErr(err error) error {
	if err == io.EOF {
		err = fmt.Errorf("%w: the input ends %d bytes before the end of the block", ErrTruncated, r.remain)
	}
	return r.cur.err(true, err)
}

// countingReader counts the bytes read from the file, so that the offset of
// a gzip member is known without counting byte by byte.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// gzipStream is the uncompressed stream of a gzipped file. It reads one
// member at a time, so that it knows where each starts, and joins them
// into one stream, since nothing stops a writer from splitting a record
// across members.
type gzipStream struct {
	r        *Reader
	z        *gzip.Reader
	produced int64    // bytes of uncompressed stream given so far
	members  []member // members whose data may still be unread
	eom      bool     // the current member has ended
	err      error
}

// member is where a gzip member starts: u in the uncompressed stream, c in
// the file.
type member struct{ u, c int64 }

func (g *gzipStream) start(r *Reader) error {
	g.r = r
	z, err := gzip.NewReader(r.sb)
	if err != nil {
		return gzipErr(err, 0)
	}
	z.Multistream(false)
	g.z = z
	g.members = append(g.members, member{0, 0})
	return nil
}

// consumed is the offset in the file of the next byte gzip will read.
func (g *gzipStream) consumed() int64 {
	return g.r.src.n - int64(g.r.sb.Buffered())
}

func (g *gzipStream) Read(p []byte) (int, error) {
	for {
		if g.err != nil {
			return 0, g.err
		}
		if g.eom {
			g.eom = false
			if _, err := g.r.sb.Peek(1); err != nil {
				g.err = err
				if err == io.EOF {
					return 0, io.EOF
				}
				continue
			}
			c := g.consumed()
			if err := g.z.Reset(g.r.sb); err != nil {
				g.err = gzipErr(err, c)
				continue
			}
			g.z.Multistream(false)
			g.addMember(member{g.produced, c})
		}
		n, err := g.z.Read(p)
		g.produced += int64(n)
		switch {
		case err == io.EOF:
			g.eom = true
			if n == 0 {
				continue
			}
		case err != nil:
			g.err = gzipErr(err, g.members[len(g.members)-1].c)
			if n == 0 {
				continue
			}
		}
		return n, nil
	}
}

// gzipErr says which member a gzip error is in. A member cut short is a
// truncated file.
func gzipErr(err error, c int64) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w: gzip member at %d ends early", ErrTruncated, c)
	}
	return fmt.Errorf("%w: gzip member at %d: %w", ErrCompression, c, err)
}

// addMember notes where a member starts. Members the reader has read past
// are dropped, so the list holds only those in the buffers: its length is
// bounded by the buffer size, whatever the number of members in the file.
func (g *gzipStream) addMember(m member) {
	ms := g.members
	if last := len(ms) - 1; ms[last].u == m.u {
		// The last member was empty: no byte of the stream is in it.
		ms[last] = m
		return
	}
	drop := 0
	for drop+1 < len(ms) && ms[drop+1].u <= g.r.pos {
		drop++
	}
	if drop > 0 {
		ms = append(ms[:0], ms[drop:]...)
	}
	g.members = append(ms, m)
}

// memberAt returns the file offset of the member holding byte off.
func (g *gzipStream) memberAt(off int64) int64 {
	c := g.members[0].c
	for _, m := range g.members[1:] {
		if m.u > off {
			break
		}
		c = m.c
	}
	return c
}
