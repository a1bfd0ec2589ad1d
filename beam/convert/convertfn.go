package convert

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse"
	"github.com/govnotice/govnotice/warc"
)

func init() {
	register.DoFn4x1[context.Context, string, func(string), func(string), error](&convertFn{})
	register.Emitter1[string]()
}

var (
	recordCount  = beam.NewCounter("govnotice", "records")
	failureCount = beam.NewCounter("govnotice", "failures")
	warcFiles    = beam.NewCounter("govnotice", "warc_files")
	warcPages    = beam.NewCounter("govnotice", "warc_pages")
	warcErrors   = beam.NewCounter("govnotice", "warc_errors")
	warcSkipped  = map[warc.Reason]beam.Counter{}
)

func init() {
	for r := warc.ReasonNotResponse; r <= warc.ReasonEncoding; r++ {
		warcSkipped[r] = beam.NewCounter("govnotice", "warc_skipped_"+r.String())
	}
}

// page is one page on its way to the parser: a loose file, read when it is
// parsed, or a WARC record's page, read with its body.
type page struct {
	// path is the record's input.path: the file's path, or the target
	// URI of a WARC record.
	path string
	// file is the file the page is read from: path itself, or the WARC
	// file that holds the record.
	file string
	// warc tells a WARC record's page, whose body and HTTP Content-Type
	// are below, from a loose file.
	warc        bool
	contentType string
	body        []byte
}

// convertFn reads the files at the paths it is given and parses their
// pages, Parallelism at once, into records and failures.
//
// A WARC file's pages are parsed on the worker that reads the file, not
// reshuffled: a crawl is thousands of WARC files, which spread the work
// well, and shuffling every page's body would move the crawl uncompressed a
// second time (and hold it in memory on Prism).
//
// Beam calls ProcessElement for one element at a time, and Prism gives a
// stage one bundle, so a plain DoFn would parse on one core there.
// convertFn hands each page to a pool of goroutines that lives for the
// bundle and takes what they give back on the goroutine Beam called, since
// emitters are not safe for concurrent use. An output may so be emitted
// while a later element is processed: harmless in this batch pipeline,
// where every element is in the global window and nothing reads timestamps.
//
// With RecordsTemp and FailuresTemp set, the bundle writes its records and
// failures to files of its own there and emits the files' names, which
// finalizeFn renames; the records never pass through the runner, so memory
// stays flat on Prism and nothing is shuffled on a cluster. Without, it
// emits the lines.
type convertFn struct {
	// Options are the parser's options (the fields Options.parser reads),
	// Parallelism and MaxSize.
	Options Options `json:"options"`
	// RecordsTemp and FailuresTemp are the folders (or object prefixes)
	// of the bundles' files; empty to emit lines.
	RecordsTemp  string `json:"records_temp,omitempty"`
	FailuresTemp string `json:"failures_temp,omitempty"`

	parser   *parse.Parser
	fss      filesystems
	pool     *pool
	records  *bundleFile
	failures *bundleFile
	err      error // the first error writing a bundle file
}

// newConvertFn returns the DoFn of o, without the inputs and outputs that
// need not travel to every worker.
func newConvertFn(o Options, recordsTemp, failuresTemp string) *convertFn {
	o.Inputs, o.Manifests, o.Output, o.DeadLetter = nil, nil, "", ""
	return &convertFn{Options: o, RecordsTemp: recordsTemp, FailuresTemp: failuresTemp}
}

// Setup makes the parser.
func (fn *convertFn) Setup() {
	fn.parser = fn.Options.parser()
}

// StartBundle starts the bundle's pool, after cleaning up what a failed
// bundle left.
func (fn *convertFn) StartBundle(ctx context.Context, _, _ func(string)) {
	fn.abandon()
	if fn.RecordsTemp != "" {
		fn.records = &bundleFile{dir: fn.RecordsTemp}
		fn.failures = &bundleFile{dir: fn.FailuresTemp}
	}
	n := fn.Options.Parallelism
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	if n > 1 {
		fn.pool = newPool(n, func(p page) outcome { return fn.convert(ctx, p) })
	}
}

// ProcessElement converts the pages of one file. Nothing it meets in a file
// is an error of the bundle: a file that cannot be opened, a record that
// cannot be read and a WARC file whose framing is lost are failures, and
// the pages read before them are converted. Only an error writing the
// bundle's own files fails the bundle, so that the runner retries it.
func (fn *convertFn) ProcessElement(ctx context.Context, path string, records, failures func(string)) error {
	emit := func(o outcome) { fn.emit(ctx, o, records, failures) }
	if !isWARC(path) {
		fn.submit(ctx, page{path: path, file: path}, emit)
		return fn.err
	}
	warcFiles.Inc(ctx, 1)
	f, err := fn.fss.openRead(ctx, path)
	if err != nil {
		emit(outcome{failure(path, path, err), true})
		return fn.err
	}
	defer f.Close()
	r := warc.NewReader(f)
	r.MaxSize = fn.Options.maxSize()
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			warcErrors.Inc(ctx, 1)
			where := path
			var werr *warc.Error
			if errors.As(err, &werr) && werr.TargetURI != "" {
				where = werr.TargetURI
			}
			emit(outcome{failure(where, path, err), true})
			if warc.IsFatal(err) {
				break
			}
			continue
		}
		pg, reason := rec.Page()
		if reason != warc.ReasonNone {
			if c, ok := warcSkipped[reason]; ok {
				c.Inc(ctx, 1)
			}
			continue
		}
		body, err := io.ReadAll(pg.Body)
		if err != nil {
			warcErrors.Inc(ctx, 1)
			emit(outcome{failure(pg.URI, path, err), true})
			continue
		}
		warcPages.Inc(ctx, 1)
		contentType := pg.MediaType
		if pg.Charset != "" {
			contentType += "; charset=" + pg.Charset
		}
		fn.submit(ctx, page{path: pg.URI, file: path, warc: true, contentType: contentType, body: body}, emit)
		if fn.err != nil {
			break
		}
	}
	return fn.err
}

// submit converts p on the pool, or here without one.
func (fn *convertFn) submit(ctx context.Context, p page, emit func(outcome)) {
	if fn.pool == nil {
		emit(safely(func(p page) outcome { return fn.convert(ctx, p) }, p))
		return
	}
	fn.pool.submit(p, emit)
}

// FinishBundle waits for the pool, emits the rest, and closes the bundle's
// files and emits their names.
func (fn *convertFn) FinishBundle(ctx context.Context, records, failures func(string)) error {
	if fn.pool != nil {
		fn.pool.finish(func(o outcome) { fn.emit(ctx, o, records, failures) })
		fn.pool = nil
	}
	if fn.err != nil {
		return fn.err
	}
	if fn.records == nil {
		return nil
	}
	for _, bf := range []struct {
		file *bundleFile
		emit func(string)
	}{{fn.records, records}, {fn.failures, failures}} {
		name, err := bf.file.close()
		if err != nil {
			return err
		}
		if name != "" {
			bf.emit(name)
		}
	}
	fn.records, fn.failures = nil, nil
	return nil
}

// Teardown stops what a failed bundle left and closes the file system
// clients.
func (fn *convertFn) Teardown() error {
	fn.abandon()
	return fn.fss.close()
}

// abandon stops the pool and drops the files of a bundle that did not
// finish: the runner retries it, and the files of a failed attempt are
// never named to finalizeFn, which removes them.
func (fn *convertFn) abandon() {
	if fn.pool != nil {
		fn.pool.stop()
		fn.pool = nil
	}
	for _, f := range []*bundleFile{fn.records, fn.failures} {
		if f != nil && f.w != nil {
			f.w.Close()
		}
	}
	fn.records, fn.failures, fn.err = nil, nil, nil
}

// outcome is a converted page: the record's line, or the failure's.
type outcome struct {
	line   string
	failed bool
}

// emit counts an outcome and emits or writes it. It runs on the goroutine
// Beam called.
func (fn *convertFn) emit(ctx context.Context, o outcome, records, failures func(string)) {
	to, file := records, fn.records
	if o.failed {
		failureCount.Inc(ctx, 1)
		to, file = failures, fn.failures
	} else {
		recordCount.Inc(ctx, 1)
	}
	if file == nil {
		to(o.line)
		return
	}
	if fn.err == nil {
		fn.err = file.write(ctx, &fn.fss, o.line)
	}
}

// convert reads and parses one page. It runs on the pool's goroutines, so
// it changes nothing in fn but the file systems, which lock.
//
// A WARC record's page goes through parse.Parser.ParseFetched, as in the
// CLI: its target URI is input.path and the base URL, and its Content-Type
// charset is a hint the core checks against the bytes (servers declare
// wrong charsets often; taken as an override, one page in six of a test
// crawl failed).
func (fn *convertFn) convert(ctx context.Context, p page) outcome {
	var (
		n   *notice.Notice
		err error
	)
	if p.warc {
		n, err = fn.parser.ParseFetched(p.body, p.path, p.contentType)
	} else {
		var b []byte
		b, err = fn.read(ctx, p.file)
		if err == nil && bytes.HasPrefix(b, []byte("WARC/")) {
			err = errWARCName
		}
		if err == nil {
			n, err = fn.parser.Parse(b)
		}
		if err == nil {
			n.Input.Path = p.path
		}
	}
	if err != nil {
		return outcome{failure(p.path, p.file, err), true}
	}
	line, err := encode.AppendJSON(nil, n)
	if err != nil {
		return outcome{failure(p.path, p.file, err), true}
	}
	return outcome{line: string(line)}
}

var (
	errWARCName = errors.New("a WARC file: name it .warc or .warc.gz to read its records")
	errFolder   = errors.New("is a folder")
)

// read reads a loose file, at most the parser's MaxSize bytes and one more
// to tell a larger one, which Parse then refuses.
func (fn *convertFn) read(ctx context.Context, path string) ([]byte, error) {
	f, err := fn.fss.openRead(ctx, path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	max := fn.Options.maxSize()
	var buf bytes.Buffer
	if st, ok := f.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if info, err := st.Stat(); err == nil {
			if info.IsDir() {
				return nil, errFolder
			}
			if info.Mode().IsRegular() {
				if info.Size() > max {
					return nil, &parse.Error{Err: parse.ErrTooLarge}
				}
				buf.Grow(int(info.Size()) + 512)
			}
		}
	}
	_, err = buf.ReadFrom(io.LimitReader(f, max+1))
	return buf.Bytes(), err
}

// bundleFile is the file a bundle writes one output to, opened on its first
// line under a random name, so that no two bundles, nor two attempts at
// one, share a file.
type bundleFile struct {
	dir  string
	name string
	w    io.WriteCloser
	buf  *bufio.Writer
}

func (b *bundleFile) write(ctx context.Context, fss *filesystems, line string) error {
	if b.w == nil {
		var id [12]byte
		rand.Read(id[:])
		b.name = joinPath(b.dir, hex.EncodeToString(id[:])+".jsonl")
		fsys, err := fss.get(ctx, b.name)
		if err != nil {
			return err
		}
		if b.w, err = fsys.OpenWrite(ctx, b.name); err != nil {
			return fmt.Errorf("%s: %w", b.name, err)
		}
		b.buf = bufio.NewWriterSize(b.w, 256<<10)
	}
	b.buf.WriteString(line)
	if err := b.buf.WriteByte('\n'); err != nil {
		return fmt.Errorf("%s: %w", b.name, err)
	}
	return nil
}

// close commits the file and returns its name, or "" when the bundle wrote
// no line.
func (b *bundleFile) close() (string, error) {
	if b.w == nil {
		return "", nil
	}
	err := b.buf.Flush()
	if cerr := b.w.Close(); err == nil {
		err = cerr
	}
	b.w = nil
	if err != nil {
		return "", fmt.Errorf("%s: %w", b.name, err)
	}
	return b.name, nil
}

// failed is a line of the dead-letter output. Every key is always present,
// so that the lines load as a table.
type failed struct {
	Path   string `json:"path"`
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Error  string `json:"error"`
}

// failure returns the dead-letter line of a page at path, read from file,
// that gave no record, with the message the CLI prints for it (the place
// of a *parse.Error in Line and Column, a file error without its path).
func failure(path, file string, err error) string {
	f := failed{Path: path, File: file}
	var pe *parse.Error
	if errors.As(err, &pe) {
		f.Line, f.Column = pe.Line, pe.Column
		err = pe.Err
		if pe.Field != "" {
			f.Error = pe.Field + ": "
		}
	}
unwrap:
	for {
		switch e := err.(type) {
		case *fs.PathError:
			err = e.Err
		case *os.LinkError:
			err = e.Err
		default:
			break unwrap
		}
	}
	f.Error += err.Error()
	b, jerr := json.Marshal(f)
	if jerr != nil { // cannot happen: strings and ints only
		return `{"path":"","file":"","line":0,"column":0,"error":"unencodable failure"}`
	}
	return string(b)
}
