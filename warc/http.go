package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httputil"
	"net/textproto"
	"strconv"
	"strings"
)

// Response is the HTTP response a response record holds: its head, read,
// and its payload as a reader.
type Response struct {
	// Proto is the protocol of the status line: "HTTP/1.1".
	Proto string
	// StatusCode is the status code: 200, 301, 404 …
	StatusCode int
	// Status is the status line after the protocol: "200 OK".
	Status string
	// Header holds the response's header fields, keys in canonical form.
	Header http.Header
	// ContentType is the HTTP Content-Type: the payload's media type and
	// the charset the server declared.
	ContentType string
	// Encoding lists the content and transfer codings left on Payload
	// ("br", "deflate", "gzip, br"), empty when Payload is the entity
	// itself.
	Encoding string
	// Payload reads the entity body: de-chunked, and gunzipped when gzip
	// is its only coding. See the package doc.
	Payload io.Reader
}

// HTTP reads the head of the HTTP response the record's block holds and
// returns it with a reader of the payload. It reads from Body, so it must
// come before any read of Body, and Body is not to be read after it; a
// second call returns the first one's result.
//
// A record holds an HTTP response when it is a response record whose
// Content-Type is application/http (with msgtype=response or no msgtype),
// or has no Content-Type and an http or https target URI. Other records
// give an error wrapping [ErrNotHTTP]; a head that cannot be read gives
// one wrapping [ErrHTTP]. Neither is fatal: the reader goes on.
//
// The head is read leniently, as crawls hold what servers sent: a header
// line without a colon or over 64 KiB is dropped, a status line needs only
// "HTTP/", a space and three digits. A head over 1 MiB is an error.
func (rec *Record) HTTP() (*Response, error) {
	if !rec.httpDone {
		rec.httpDone = true
		rec.resp, rec.respErr = rec.readHTTP()
	}
	return rec.resp, rec.respErr
}

// holdsHTTP reports whether the record holds an HTTP response.
func (rec *Record) holdsHTTP() bool {
	if rec.Type != "response" {
		return false
	}
	if strings.TrimSpace(rec.ContentType) == "" {
		u := strings.ToLower(rec.TargetURI)
		return strings.HasPrefix(u, "http://") || strings.HasPrefix(u, "https://")
	}
	if mediaType(rec.ContentType) != "application/http" {
		return false
	}
	switch strings.ToLower(mediaParam(rec.ContentType, "msgtype")) {
	case "", "response":
		return true
	}
	return false
}

func (rec *Record) readHTTP() (*Response, error) {
	r := rec.r
	if !rec.holdsHTTP() {
		return nil, rec.err(false, fmt.Errorf("%w: a %q record of type %q", ErrNotHTTP, rec.Type, rec.ContentType))
	}
	if r.cur != rec {
		return nil, errStale
	}
	if rec.bodyRead {
		return nil, errors.New("warc: Record.HTTP after a read of Body")
	}
	if r.hb == nil {
		r.hb = bufio.NewReaderSize(blockSource{r}, bufSize)
	} else {
		r.hb.Reset(blockSource{r})
	}
	hb := r.hb
	bad := func(format string, args ...any) (*Response, error) {
		return nil, rec.err(false, fmt.Errorf("%w: "+format, append([]any{ErrHTTP}, args...)...))
	}

	line, total, long, err := readLine(hb)
	if e := (*Error)(nil); errors.As(err, &e) {
		return nil, e
	}
	switch {
	case long:
		return bad("status line over %d bytes", bufSize)
	case len(line) == 0 && err == io.EOF:
		return bad("empty block")
	}
	resp := &Response{Header: http.Header{}}
	var ok bool
	if resp.Proto, resp.StatusCode, resp.Status, ok = parseStatusLine(line); !ok {
		return bad("status line %q", head(line, 40))
	}
	last := "" // the key of the last field, for folded lines
	for err == nil {
		var n int64
		line, n, long, err = readLine(hb)
		total += n
		if e := (*Error)(nil); errors.As(err, &e) {
			return nil, e
		}
		if total > maxHeaderBytes {
			return bad("head over %d bytes", maxHeaderBytes)
		}
		if long {
			last = ""
			continue
		}
		if len(line) == 0 || blank(line) {
			break
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" {
			vs := resp.Header[last]
			vs[len(vs)-1] += " " + string(bytes.Trim(line, " \t"))
			continue
		}
		name, value, ok := bytes.Cut(line, []byte{':'})
		name = bytes.Trim(name, " \t")
		if !ok || len(name) == 0 {
			last = ""
			continue
		}
		last = textproto.CanonicalMIMEHeaderKey(string(name))
		resp.Header[last] = append(resp.Header[last], string(bytes.Trim(value, " \t")))
	}
	resp.ContentType = resp.Header.Get("Content-Type")
	resp.Payload = &payload{rec: rec, r: rec.payloadReader(resp)}
	return resp, nil
}

// payloadReader frames the payload, which follows the head in r.hb.
//
// The framing follows HTTP: no body for 1xx, 204 and 304; chunked when
// the last transfer coding is chunked; Content-Length bytes when it is
// given and valid; otherwise the rest of the block. Two leniencies follow
// what crawlers store: a "chunked" body that does not start with a chunk
// size was stored de-chunked and is read as is, and so is a "gzip" body
// that does not start with the gzip magic bytes.
func (rec *Record) payloadReader(resp *Response) io.Reader {
	r := rec.r
	code := resp.StatusCode
	if code/100 == 1 || code == 204 || code == 304 {
		return http.NoBody
	}
	var body io.Reader = r.hb
	te := codings(resp.Header["Transfer-Encoding"])
	chunked := len(te) > 0 && te[len(te)-1] == "chunked"
	if chunked {
		te = te[:len(te)-1]
	}
	switch {
	case chunked && looksChunked(r.hb):
		body = httputil.NewChunkedReader(r.hb)
	case chunked || len(te) > 0:
	default:
		if n, ok := httpLength(resp.Header["Content-Length"]); ok {
			body = &lengthReader{r: r.hb, left: n, want: n}
		}
	}
	all := append(codings(resp.Header["Content-Encoding"]), te...)
	if len(all) == 1 && (all[0] == "gzip" || all[0] == "x-gzip") {
		return &gunzipReader{r: r, src: body}
	}
	resp.Encoding = strings.Join(all, ", ")
	return body
}

// blockSource reads the current record's block for r.hb.
type blockSource struct{ r *Reader }

func (b blockSource) Read(p []byte) (int, error) { return b.r.readBlock(p) }

// parseStatusLine reads "HTTP/1.1 200 OK". The reason phrase may be
// missing, and any HTTP version is taken (HTTP/2 appears in browser
// captures).
func parseStatusLine(line []byte) (proto string, code int, status string, ok bool) {
	p, rest, ok := bytes.Cut(line, []byte{' '})
	if !ok || !bytes.HasPrefix(p, []byte("HTTP/")) {
		return "", 0, "", false
	}
	rest = bytes.Trim(rest, " \t")
	c := rest
	if i := bytes.IndexAny(c, " \t"); i >= 0 {
		c = c[:i]
	}
	if len(c) != 3 || !digits(c) {
		return "", 0, "", false
	}
	code, _ = strconv.Atoi(string(c))
	return string(p), code, string(rest), true
}

// codings splits header values that list codings ("gzip, chunked") into
// lower-case names, leaving out identity, which is no coding.
func codings(values []string) []string {
	var cs []string
	for _, v := range values {
		for c := range strings.SplitSeq(v, ",") {
			c = strings.ToLower(strings.TrimSpace(c))
			if c != "" && c != "identity" {
				cs = append(cs, c)
			}
		}
	}
	return cs
}

// httpLength reads an HTTP Content-Length. Repeats must agree.
func httpLength(values []string) (int64, bool) {
	if len(values) == 0 {
		return 0, false
	}
	n, ok := parseLength([]byte(strings.TrimSpace(values[0])))
	for _, v := range values[1:] {
		m, ok2 := parseLength([]byte(strings.TrimSpace(v)))
		ok = ok && ok2 && m == n
	}
	return n, ok
}

// looksChunked reports whether the buffered body starts with a chunk-size
// line: hex digits, then an extension or the line end.
func looksChunked(b *bufio.Reader) bool {
	peek, _ := b.Peek(256)
	line, _, found := bytes.Cut(peek, []byte{'\n'})
	if !found {
		return false
	}
	line = bytes.TrimSuffix(line, []byte{'\r'})
	size, _, _ := bytes.Cut(line, []byte{';'})
	size = bytes.TrimRight(size, " \t")
	if len(size) == 0 || len(size) > 16 {
		return false
	}
	for _, c := range size {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// lengthReader reads a payload of a given Content-Length. Less data is
// a truncated capture, which a reader must not mistake for the page.
type lengthReader struct {
	r          io.Reader
	left, want int64
}

func (l *lengthReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, io.EOF
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	if err == io.EOF && l.left > 0 {
		err = fmt.Errorf("%w: the payload has %d of the %d bytes of its Content-Length", ErrTruncated, l.want-l.left, l.want)
	}
	return n, err
}

// gunzipReader decodes a gzip payload, within the reader's MaxSize.
type gunzipReader struct {
	r   *Reader
	src io.Reader
	z   io.Reader // nil before the first read
	n   int64
	err error
}

func (g *gunzipReader) Read(p []byte) (int, error) {
	if g.err != nil {
		return 0, g.err
	}
	r := g.r
	if g.z == nil {
		if r.pb == nil {
			r.pb = bufio.NewReaderSize(g.src, 4<<10)
		} else {
			r.pb.Reset(g.src)
		}
		g.z = r.pb
		if magic, _ := r.pb.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
			var err error
			if r.pgz == nil {
				r.pgz, err = gzip.NewReader(r.pb)
			} else {
				err = r.pgz.Reset(r.pb)
			}
			if err != nil {
				g.err = fmt.Errorf("%w: gzip payload: %w", ErrCompression, err)
				return 0, g.err
			}
			g.z = r.pgz
		}
	}
	n, err := g.z.Read(p)
	g.n += int64(n)
	if over := g.n - r.maxSize(); over > 0 {
		g.err = fmt.Errorf("%w: the decoded payload is over the limit of %d bytes", ErrTooLarge, r.maxSize())
		return n - int(over), g.err
	}
	if err != nil && err != io.EOF {
		if errors.Is(err, io.ErrUnexpectedEOF) {
			err = fmt.Errorf("%w: the gzip payload ends early", ErrTruncated)
		} else if e := (*Error)(nil); !errors.As(err, &e) {
			err = fmt.Errorf("%w: gzip payload: %w", ErrCompression, err)
		}
		g.err = err
	}
	return n, err
}

// payload is Response.Payload: it fails once the reader has moved past its
// record, and it says which record an error is in.
type payload struct {
	rec *Record
	r   io.Reader
}

func (p *payload) Read(b []byte) (int, error) {
	if p.rec.r.cur != p.rec {
		return 0, errStale
	}
	n, err := p.r.Read(b)
	if err != nil && err != io.EOF {
		if e := (*Error)(nil); !errors.As(err, &e) {
			if errors.Is(err, io.ErrUnexpectedEOF) {
				err = fmt.Errorf("%w: the chunked payload ends early", ErrTruncated)
			}
			err = p.rec.err(false, fmt.Errorf("payload: %w", err))
		}
	}
	return n, err
}

// mediaType returns the media type of a Content-Type, lower case.
// mime.ParseMediaType is not used: for one malformed parameter it drops
// them all, the charset too, and for a repeated one the media type as
// well; servers send both.
func mediaType(ct string) string {
	t, _, _ := strings.Cut(ct, ";")
	return strings.ToLower(strings.TrimSpace(t))
}

// mediaParam returns the value of a Content-Type's parameter, unquoted, or
// "" when it is not there.
func mediaParam(ct, name string) string {
	_, params, _ := strings.Cut(ct, ";")
	for p := range strings.SplitSeq(params, ";") {
		k, v, ok := strings.Cut(p, "=")
		if ok && strings.EqualFold(strings.TrimSpace(k), name) {
			return strings.Trim(strings.TrimSpace(v), `"'`)
		}
	}
	return ""
}
