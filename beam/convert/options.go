package convert

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"

	"github.com/govnotice/govnotice/parse"
	"github.com/govnotice/govnotice/variant/charset"
)

// Options says what the pipeline reads, how it parses and where it writes.
// Paths and prefixes may be local or name any scheme registered with Beam's
// filesystem package (gs://, s3://): the program that builds the pipeline
// imports the filesystems it needs, as cmd/govnotice-beam does.
type Options struct {
	// Inputs are globs of files to read (Beam's filesystem glob syntax,
	// filepath.Match for local files: no **). A glob that matches nothing
	// fails the pipeline, since it is almost always a typo.
	Inputs []string
	// Manifests are files (globs too) that list the files to read, one path
	// a line; blank lines and lines starting with # are skipped. Use them
	// for millions of objects, which no glob should list, or to rerun the
	// files of a dead-letter output.
	Manifests []string

	// Output is the prefix of the record files:
	// Output-00000-of-00003.jsonl and so on, one a bundle (see Build).
	Output string
	// DeadLetter is the prefix of the dead-letter files, which hold the
	// pages that gave no record; empty means Output + ".failed".
	DeadLetter string

	// Charset, KeepScript, KeepPunctuation, MaxSize, BaseURL and Labels
	// are the parser's options (see parse.Parser), as the CLI's --charset,
	// --keep-script, --keep-punctuation, --max-size and --base-url set
	// them (Labels has no flag). Charset overrides detection and every
	// Content-Type hint of a WARC record; MaxSize also bounds the records
	// of WARC files; BaseURL applies to loose pages only, since a WARC
	// record's page is based at its target URI.
	Charset         string            `json:",omitempty"`
	KeepScript      bool              `json:",omitempty"`
	KeepPunctuation bool              `json:",omitempty"`
	MaxSize         int64             `json:",omitempty"`
	BaseURL         string            `json:",omitempty"`
	Labels          map[string]string `json:",omitempty"`

	// Parallelism is how many pages one bundle parses at once; 0 means
	// the worker's GOMAXPROCS. Runners that run many bundles per worker
	// (Dataflow, Flink) are not harmed by it; it is what makes a runner
	// that gives each stage one bundle (Prism) use more than one core, and
	// it hides the latency of reading loose pages from an object store.
	Parallelism int `json:",omitempty"`
}

// deadLetter returns the prefix of the dead-letter files.
func (o *Options) deadLetter() string {
	if o.DeadLetter != "" {
		return o.DeadLetter
	}
	return o.Output + ".failed"
}

// maxSize returns the largest page or WARC record, in bytes.
func (o *Options) maxSize() int64 {
	if o.MaxSize > 0 {
		return o.MaxSize
	}
	return parse.DefaultMaxSize
}

// Validate reports what makes the options unusable, before a pipeline is
// built: a run on a cluster should not start only to fail every page the
// same way on every worker.
func (o *Options) Validate() error {
	var errs []error
	if len(o.Inputs) == 0 && len(o.Manifests) == 0 {
		errs = append(errs, errors.New("no input: give a glob or a manifest"))
	}
	for _, in := range append(append([]string(nil), o.Inputs...), o.Manifests...) {
		if strings.TrimSpace(in) == "" {
			errs = append(errs, errors.New("an input or manifest is empty"))
		}
	}
	if o.Output == "" {
		errs = append(errs, errors.New("no output prefix"))
	}
	for _, p := range append(append([]string{o.Output, o.DeadLetter}, o.Inputs...), o.Manifests...) {
		if err := checkScheme(p); p != "" && err != nil {
			errs = append(errs, err)
		}
	}
	for _, prefix := range []string{o.Output, o.deadLetter()} {
		if o.Output == "" || scheme(prefix) != "default" {
			continue // an object store is not listed here, before the run
		}
		if old, _ := filepath.Glob(prefix + "-[0-9][0-9][0-9][0-9][0-9]-of-[0-9][0-9][0-9][0-9][0-9].jsonl"); len(old) > 0 {
			errs = append(errs, fmt.Errorf("%s and %d more files exist: remove the files of the earlier run, or choose another prefix", old[0], len(old)-1))
		}
	}
	if o.DeadLetter != "" && o.DeadLetter == o.Output {
		errs = append(errs, errors.New("the dead-letter prefix is the output prefix"))
	}
	if o.Parallelism < 0 {
		errs = append(errs, fmt.Errorf("parallelism %d: need at least 1 (or 0 for the number of CPUs)", o.Parallelism))
	}
	if o.MaxSize < 0 {
		errs = append(errs, fmt.Errorf("max size %d: need at least 1 (or 0 for %d)", o.MaxSize, int64(parse.DefaultMaxSize)))
	}
	if o.Charset != "" {
		if _, err := charset.Lookup(o.Charset); err != nil {
			errs = append(errs, fmt.Errorf("charset %q: %w", o.Charset, err))
		}
	}
	if len(o.Labels) > 0 {
		// The parser checks its labels when it parses; a page of one
		// label finds a bad vocabulary here rather than on every page.
		if _, err := o.parser().Parse([]byte("标题：x")); errors.Is(err, parse.ErrLabels) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// checkScheme returns the error of a path whose scheme no filesystem is
// registered for. Beam's filesystem package only says so by a panic, which
// its transforms raise while the pipeline is built.
func checkScheme(path string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	filesystem.ValidateScheme(path)
	return nil
}

// parser returns the parser the options describe, for loose pages.
func (o *Options) parser() *parse.Parser {
	return &parse.Parser{
		Charset:         o.Charset,
		KeepScript:      o.KeepScript,
		KeepPunctuation: o.KeepPunctuation,
		MaxSize:         o.MaxSize,
		BaseURL:         o.BaseURL,
		Labels:          o.Labels,
	}
}
