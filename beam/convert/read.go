package convert

import (
	"context"
	"errors"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/govnotice/govnotice/parse"
	"github.com/govnotice/govnotice/warc"
)

func init() {
	register.DoFn5x0[context.Context, string, func(page), func(page), func(string)](&routeFn{})
	register.Emitter1[page]()
}

// page is one page on its way to the parser: a loose file, named only and
// read where it is parsed, or a WARC record's page, read with its body.
// The fields are exported for Beam's coder.
type page struct {
	// Path is the record's input.path: the file's path, or the target URI
	// of a WARC record.
	Path string
	// File is the file the page is read from: Path itself, or the WARC
	// file that holds the record.
	File string
	// Offset is the WARC record's offset in the uncompressed file, or -1
	// for a loose file, whose body is read when it is parsed.
	Offset int64
	// BaseURL resolves the page's relative links: a WARC record's target
	// URI, or "" for the parser's own option.
	BaseURL string
	// Charset is the charset a WARC record's HTTP Content-Type declared:
	// a hint (see charsetFor).
	Charset string
	// Body is a WARC record's page; nil for a loose file.
	Body []byte
}

// loose reports whether the page is a file still to be read.
func (p *page) loose() bool { return p.Offset < 0 }

var (
	warcFiles   = beam.NewCounter("govnotice", "warc_files")
	warcPages   = beam.NewCounter("govnotice", "warc_pages")
	warcErrors  = beam.NewCounter("govnotice", "warc_errors")
	warcSkipped = map[warc.Reason]beam.Counter{}
)

func init() {
	for r := warc.ReasonNotResponse; r <= warc.ReasonEncoding; r++ {
		warcSkipped[r] = beam.NewCounter("govnotice", "warc_skipped_"+r.String())
	}
}

// routeFn sends loose files on to be parsed where they are, and reads WARC
// files into their pages, which go through a Reshuffle before they are
// parsed: one WARC file holds thousands of pages, and the worker that read
// it should not parse them all.
type routeFn struct {
	// MaxSize bounds a WARC record's block, as Options.MaxSize.
	MaxSize int64 `json:"max_size,omitempty"`

	fss filesystems
}

// ProcessElement routes one path. Nothing it meets in a file is an error of
// the bundle: a file that cannot be opened, a record that cannot be read
// and a WARC file whose framing is lost go to the failures, with the pages
// read before them.
func (fn *routeFn) ProcessElement(ctx context.Context, path string, loose, pages func(page), failures func(string)) {
	if !isWARC(path) {
		loose(page{Path: path, File: path, Offset: -1})
		return
	}
	warcFiles.Inc(ctx, 1)
	f, err := fn.fss.openRead(ctx, path)
	if err != nil {
		failures(failure(path, path, err))
		return
	}
	defer f.Close()
	r := warc.NewReader(f)
	r.MaxSize = fn.MaxSize
	if r.MaxSize == 0 {
		r.MaxSize = parse.DefaultMaxSize
	}
	for {
		rec, err := r.Next()
		if err == io.EOF {
			return
		}
		if err != nil {
			warcErrors.Inc(ctx, 1)
			where := path
			var werr *warc.Error
			if errors.As(err, &werr) && werr.TargetURI != "" {
				where = werr.TargetURI
			}
			failures(failure(where, path, err))
			if warc.IsFatal(err) {
				return
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
			failures(failure(pg.URI, path, err))
			continue
		}
		warcPages.Inc(ctx, 1)
		pages(page{Path: pg.URI, File: path, Offset: rec.Offset, BaseURL: pg.URI, Charset: pg.Charset, Body: body})
	}
}

// Teardown closes the file system clients.
func (fn *routeFn) Teardown() error { return fn.fss.close() }
