package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime"
	"strconv"
	"strings"

	"github.com/govnotice/govnotice/batch"
	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse"
)

// batchFlags are the flags of the commands that read many pages, convert
// and validate: how pages are found, read and parsed, and how many at once.
type batchFlags struct {
	parser   parse.Parser
	include  string
	jobs     int
	maxSize  byteSize
	progress optionalBool
}

func (b *batchFlags) register(fs *flag.FlagSet) {
	registerTextFlags(fs, &b.parser.Charset, &b.parser.KeepScript, &b.parser.KeepPunctuation)
	fs.StringVar(&b.parser.BaseURL, "base-url", "", "resolve relative attachment links of HTML pages against `URL` (a page's <base href> wins)")
	fs.StringVar(&b.include, "include", defaultInclude, "read the files under a folder whose names match one of these comma-separated `GLOBS` (case-insensitive)")
	fs.IntVar(&b.jobs, "j", runtime.NumCPU(), "read `N` pages at once; output order does not depend on it")
	b.maxSize = parse.DefaultMaxSize
	fs.Var(&b.maxSize, "max-size", "fail an input larger than `SIZE` bytes (suffix K, M or G for KiB, MiB, GiB)")
	fs.Var(&b.progress, "progress", "show a progress line on standard error (default: when it is a terminal and there are more than 50 inputs)")
}

// check validates the flags after parsing and returns the lister and the
// PATH arguments, or a usage error.
func (b *batchFlags) check(fs *flag.FlagSet, args []string) (*lister, []string, error) {
	if err := checkCharset(b.parser.Charset); err != nil {
		return nil, nil, err
	}
	if b.jobs < 1 {
		return nil, nil, fmt.Errorf("-j %d: need at least 1", b.jobs)
	}
	b.parser.MaxSize = int64(b.maxSize)
	include, err := parseInclude(b.include)
	if err != nil {
		return nil, nil, err
	}
	ps, err := paths(fs, args)
	if err != nil {
		return nil, nil, err
	}
	return &lister{include: include}, ps, nil
}

// paths returns the PATH arguments, "-" when there are none, or a usage
// error: a flag after a path (Go's flag package stops at the first path,
// so "convert dir --out x" would take "--out" for a path), or "-" twice.
func paths(fs *flag.FlagSet, args []string) ([]string, error) {
	ps := fs.Args()
	if len(ps) == 0 {
		return []string{"-"}, nil
	}
	// After "--", arguments that look like flags are paths.
	terminated := len(args) > len(ps) && args[len(args)-len(ps)-1] == "--"
	stdin := 0
	for i, p := range ps {
		if p == "-" {
			if stdin++; stdin > 1 {
				return nil, errors.New(`"-" (standard input) given twice`)
			}
			continue
		}
		if i > 0 && !terminated && strings.HasPrefix(p, "-") {
			return nil, fmt.Errorf("flag %s after a path: flags come first (or use -- before a path that starts with -)", p)
		}
	}
	return ps, nil
}

// single reports whether paths name one page: one file or "-". A folder,
// however few files it holds, is a batch.
func single(paths []string) bool {
	if len(paths) != 1 {
		return false
	}
	info, err := os.Stat(paths[0])
	return paths[0] == "-" || err != nil || !info.IsDir()
}

// read reads and parses one input. The record's Input.Path is in.name. For
// a file it also returns the file's information, nil for standard input.
func (b *batchFlags) read(in input, stdin io.Reader) (*notice.Notice, os.FileInfo, error) {
	if in.err != nil {
		return nil, nil, in.err
	}
	var (
		n    *notice.Notice
		info os.FileInfo
		err  error
	)
	if in.stdin {
		n, err = b.parser.ParseReader(stdin)
	} else {
		n, info, err = b.readFile(in.name)
	}
	if err != nil {
		return nil, nil, err
	}
	n.Input.Path = in.name
	return n, info, nil
}

// readFile reads a page from a file; ParseReader refuses one over the size
// limit before reading it.
func (b *batchFlags) readFile(name string) (*notice.Notice, os.FileInfo, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if info.IsDir() {
		return nil, nil, errors.New("is a folder")
	}
	n, err := b.parser.ParseReader(f)
	return n, info, err
}

// showProgress decides whether to draw a progress line: as --progress says,
// or, without it, when standard error is a terminal and the batch turns out
// larger than autoProgressMin. It returns the least total to draw from.
func (b *batchFlags) showProgress(stderr io.Writer) (show bool, least int) {
	if b.progress.set {
		return b.progress.value, 0
	}
	return isTerminal(stderr), autoProgressMin + 1
}

// runBatch runs work on every input in b.jobs goroutines and emit on the
// results in input order (see ordered), with the progress line if it is
// shown. Progress needs the number of inputs ahead of the run, so a second
// walk over args counts them.
func runBatch[R any](e *env, prog *progress, b *batchFlags, l *lister, args []string, inputs iter.Seq[input], work func(input) R, emit func(R) error) error {
	show, least := b.showProgress(e.stderr)
	if !show {
		return batch.Ordered(e.ctx, b.jobs, inputs, func(_ context.Context, in input) R { return work(in) }, emit)
	}
	prog.least = least
	stopCount, counted := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(counted)
		for range l.inputs(args) {
			select {
			case <-stopCount:
				return
			default:
			}
			prog.count(1, false)
		}
		prog.count(0, true)
	}()
	stopDraw, drawn := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(drawn)
		prog.run(stopDraw)
	}()

	err := batch.Ordered(e.ctx, b.jobs, inputs, func(_ context.Context, in input) R { return work(in) }, func(r R) error {
		prog.advance()
		return emit(r)
	})
	close(stopCount)
	<-counted
	if err == nil {
		prog.finish()
	}
	close(stopDraw)
	<-drawn
	return err
}

// byteSize is a flag value of a size in bytes, with an optional K, M or G
// suffix for KiB, MiB or GiB.
type byteSize int64

// String returns the size with the largest suffix that divides it: "64M".
func (s *byteSize) String() string {
	n := int64(*s)
	for _, u := range []struct {
		suffix string
		size   int64
	}{{"G", 1 << 30}, {"M", 1 << 20}, {"K", 1 << 10}} {
		if n >= u.size && n%u.size == 0 {
			return strconv.FormatInt(n/u.size, 10) + u.suffix
		}
	}
	return strconv.FormatInt(n, 10)
}

func (s *byteSize) Set(v string) error {
	mult := int64(1)
	if i := len(v) - 1; i > 0 {
		switch v[i] {
		case 'k', 'K':
			mult, v = 1<<10, v[:i]
		case 'm', 'M':
			mult, v = 1<<20, v[:i]
		case 'g', 'G':
			mult, v = 1<<30, v[:i]
		}
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 1 || n > (1<<62)/mult {
		return errors.New("want a positive number of bytes, such as 65536, 64K or 10M")
	}
	*s = byteSize(n * mult)
	return nil
}

// optionalBool is a boolean flag that knows whether it was given, for a
// default that depends on the situation.
type optionalBool struct{ set, value bool }

func (b *optionalBool) String() string   { return strconv.FormatBool(b.value) }
func (b *optionalBool) IsBoolFlag() bool { return true }

func (b *optionalBool) Set(v string) error {
	x, err := strconv.ParseBool(v)
	if err != nil {
		return err
	}
	b.set, b.value = true, x
	return nil
}
