package convert

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"runtime"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/parse"
	"github.com/govnotice/govnotice/variant"
)

func init() {
	register.DoFn4x0[context.Context, page, func(string), func(string)](&parseFn{})
}

var (
	recordCount  = beam.NewCounter("govnotice", "records")
	failureCount = beam.NewCounter("govnotice", "failures")
)

// parseFn parses pages into records, Parallelism pages at once.
//
// Beam calls ProcessElement for one element at a time, and Prism gives a
// stage one bundle, so a plain DoFn parses on one core there. parseFn hands
// each page to a pool of goroutines that lives for the bundle and emits
// what they give back from ProcessElement and FinishBundle, always on the
// goroutine Beam called, since emitters are not safe for concurrent use. An
// output may so be emitted while a later element is processed: harmless in
// this batch pipeline, where every element is in the global window and no
// transform downstream reads timestamps.
type parseFn struct {
	// Options are the parser's options (the fields Options.parser reads)
	// and Parallelism.
	Options Options `json:"options"`

	parser *parse.Parser
	fss    filesystems
	pool   *pool
}

// newParseFn returns the parser of o, without the inputs and outputs it
// needs not carry to every worker.
func newParseFn(o Options) *parseFn {
	o.Inputs, o.Manifests, o.Output, o.DeadLetter = nil, nil, "", ""
	return &parseFn{Options: o}
}

// Setup makes the parser.
func (fn *parseFn) Setup() {
	fn.parser = fn.Options.parser()
}

// StartBundle starts the bundle's pool, after stopping one that a failed
// bundle left behind.
func (fn *parseFn) StartBundle(ctx context.Context, _, _ func(string)) {
	fn.stopPool()
	n := fn.Options.Parallelism
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	if n == 1 {
		return
	}
	fn.pool = newPool(n, func(p page) outcome { return fn.convert(ctx, p) })
}

// ProcessElement parses a page, or hands it to the pool and emits what the
// pool has finished meanwhile.
func (fn *parseFn) ProcessElement(ctx context.Context, p page, records, failures func(string)) {
	if fn.pool == nil {
		work := func(p page) outcome { return fn.convert(ctx, p) }
		emitOutcome(ctx, safely(work, p), records, failures)
		return
	}
	fn.pool.submit(p, func(o outcome) { emitOutcome(ctx, o, records, failures) })
}

// FinishBundle waits for the pool and emits the rest.
func (fn *parseFn) FinishBundle(ctx context.Context, records, failures func(string)) {
	if fn.pool == nil {
		return
	}
	fn.pool.finish(func(o outcome) { emitOutcome(ctx, o, records, failures) })
	fn.pool = nil
}

// Teardown stops a pool left by a failed bundle and closes the file system
// clients.
func (fn *parseFn) Teardown() error {
	fn.stopPool()
	return fn.fss.close()
}

func (fn *parseFn) stopPool() {
	if fn.pool != nil {
		fn.pool.stop()
		fn.pool = nil
	}
}

// outcome is a parsed page: the record's line, or the failure's.
type outcome struct {
	line   string
	failed bool
}

func emitOutcome(ctx context.Context, o outcome, records, failures func(string)) {
	if o.failed {
		failureCount.Inc(ctx, 1)
		failures(o.line)
		return
	}
	recordCount.Inc(ctx, 1)
	records(o.line)
}

// convert reads and parses one page. It runs on the pool's goroutines, so
// it changes nothing in fn but the file systems, which lock.
func (fn *parseFn) convert(ctx context.Context, p page) outcome {
	parser := fn.parser
	var body []byte
	if p.loose() {
		b, err := fn.read(ctx, p.File)
		if err != nil {
			return outcome{failure(p.Path, p.File, err), true}
		}
		if bytes.HasPrefix(b, []byte("WARC/")) {
			return outcome{failure(p.Path, p.File, errWARCName), true}
		}
		body = b
	} else {
		copied := *parser
		copied.BaseURL = p.BaseURL
		if copied.Charset == "" {
			copied.Charset = charsetFor(p.Body, p.Charset)
		}
		parser, body = &copied, p.Body
	}
	n, err := parser.Parse(body)
	if err != nil {
		return outcome{failure(p.Path, p.File, err), true}
	}
	n.Input.Path = p.Path
	line, err := encode.AppendJSON(nil, n)
	if err != nil {
		return outcome{failure(p.Path, p.File, err), true}
	}
	return outcome{line: string(line)}
}

var errWARCName = errors.New("a WARC file: name it .warc or .warc.gz to read its records")

// read reads a loose file, at most the parser's MaxSize bytes and one more
// to tell a larger one, which Parse then refuses.
func (fn *parseFn) read(ctx context.Context, path string) ([]byte, error) {
	fsys, err := fn.fss.get(ctx, path)
	if err != nil {
		return nil, err
	}
	f, err := fsys.OpenRead(ctx, path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	max := fn.Options.MaxSize
	if max <= 0 {
		max = parse.DefaultMaxSize
	}
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

var errFolder = errors.New("is a folder")

// charsetFor returns the charset to parse a WARC record's page with, given
// the charset its HTTP Content-Type declared, or "" to let the parser detect
// it as for a loose file (a <meta charset> included). The hint is taken only
// to mend a decoding that fails: when the core's detection is unsure, its
// best guess leaves invalid sequences in the page, and the hinted charset
// decodes it without one. Servers declare wrong charsets often enough (one
// page in six of a test crawl) that a hint must never overrule a guess that
// reads cleanly; what it adds is the charsets detection does not consider
// (a windows-1252 or Shift_JIS page among Chinese ones).
func charsetFor(body []byte, hint string) string {
	if hint == "" {
		return ""
	}
	guess := variant.DetectCharset(body)
	if guess.Certain {
		return ""
	}
	cs, err := variant.LookupCharset(hint)
	if err != nil || cs.Name == guess.Name {
		return ""
	}
	if _, invalid := variant.Decode(body, guess); invalid == 0 {
		return ""
	}
	if _, invalid := variant.Decode(body, cs); invalid > 0 {
		return ""
	}
	return cs.Name
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
