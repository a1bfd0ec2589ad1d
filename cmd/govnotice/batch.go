package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/govnotice/govnotice/batch"
	"github.com/govnotice/govnotice/parse"
)

// batchFlags are the flags of the commands that read many pages, convert
// and validate: how pages are found, read and parsed, and how many at once.
type batchFlags struct {
	parser   parse.Parser
	include  string
	exclude  string
	fromList string
	jobs     int
	maxSize  byteSize
	progress optionalBool
	memory   *memoryBudget
}

// jobsPerCPU bounds -j: pages are parsed on the CPUs, so more workers than
// a few per CPU only hold more pages in memory.
const jobsPerCPU = 4

func (b *batchFlags) register(fs *flag.FlagSet) {
	registerTextFlags(fs, &b.parser.Charset, &b.parser.KeepScript, &b.parser.KeepPunctuation)
	fs.StringVar(&b.parser.BaseURL, "base-url", "", "resolve relative attachment links of HTML pages against `URL` (a page's <base href> wins; a WARC page's own URI is used instead)")
	fs.StringVar(&b.include, "include", defaultInclude, "read the files under a folder whose names match one of these comma-separated `GLOBS` (case-insensitive; add *.warc.gz for crawls)")
	fs.StringVar(&b.exclude, "exclude", "", "skip the files and folders under a folder whose names match one of these comma-separated `GLOBS` (case-insensitive; a glob with a / matches the path under the folder)")
	fs.StringVar(&b.fromList, "from-list", "", "read the paths in `FILE` too, one a line, after the PATH arguments (- for standard input)")
	fs.IntVar(&b.jobs, "j", runtime.NumCPU(), fmt.Sprintf("read `N` pages at once, at most %d per CPU (%d here); output order does not depend on it", jobsPerCPU, maxJobs()))
	b.maxSize = parse.DefaultMaxSize
	fs.Var(&b.maxSize, "max-size", "fail an input, or a page of a WARC file, larger than `SIZE` bytes (suffix K, M or G for KiB, MiB, GiB)")
	fs.Var(&b.progress, "progress", "show a progress line on standard error (default: when it is a terminal and there are more than 50 inputs)")
}

// maxJobs is the largest -j that is used.
func maxJobs() int { return jobsPerCPU * runtime.NumCPU() }

// check validates the flags after parsing and returns the lister and the
// PATH arguments, or a usage error. A -j over the bound is lowered to it,
// with a note on stderr.
func (b *batchFlags) check(fs *flag.FlagSet, args []string, e *env) (*lister, []string, error) {
	if err := checkCharset(b.parser.Charset); err != nil {
		return nil, nil, err
	}
	if b.jobs < 1 {
		return nil, nil, fmt.Errorf("-j %d: need at least 1", b.jobs)
	}
	if b.jobs > maxJobs() {
		fmt.Fprintf(e.stderr, "govnotice %s: -j %d is more than this machine can use; reading %d pages at once (%d per CPU)\n", fs.Name(), b.jobs, maxJobs(), jobsPerCPU)
		b.jobs = maxJobs()
	}
	b.parser.MaxSize = int64(b.maxSize)
	b.memory = newMemoryBudget()
	include, err := parsePatterns("include", b.include, false)
	if err != nil {
		return nil, nil, err
	}
	exclude, err := parsePatterns("exclude", b.exclude, true)
	if err != nil {
		return nil, nil, err
	}
	ps, err := paths(fs, args, b.fromList != "")
	if err != nil {
		return nil, nil, err
	}
	if b.fromList == "-" && slices.Contains(ps, "-") {
		return nil, nil, errors.New(`--from-list - reads the list from standard input, so "-" cannot be a page too`)
	}
	stdin := e.stdin
	if stdin == nil {
		stdin = strings.NewReader("") // a test's run without one
	}
	return &lister{include: include, exclude: exclude, stdin: bufio.NewReaderSize(stdin, 64<<10), maxSize: int64(b.maxSize)}, ps, nil
}

// inputs yields the inputs of the PATH arguments ps and of --from-list.
func (b *batchFlags) inputs(l *lister, ps []string) iter.Seq[input] {
	return l.inputs(arguments(ps, b.fromList, l.stdin))
}

// countInputs yields the inputs again, for the progress line to count,
// without reading WARC files; nil when they cannot be listed twice (a list
// on standard input).
func (b *batchFlags) countInputs(l *lister, ps []string) iter.Seq[input] {
	if b.fromList == "-" {
		return nil
	}
	counter := *l
	counter.countOnly = true
	return counter.inputs(arguments(ps, b.fromList, nil))
}

// paths returns the PATH arguments, "-" when there are none and no list
// names more, or a usage error: a flag after a path (Go's flag package
// stops at the first path, so "convert dir --out x" would take "--out" for
// a path), or "-" twice.
func paths(fs *flag.FlagSet, args []string, listed bool) ([]string, error) {
	ps := fs.Args()
	if len(ps) == 0 {
		if listed {
			return nil, nil
		}
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
// however few files it holds, is a batch, and so is a WARC file, on
// standard input too.
func single(paths []string, l *lister) bool {
	if len(paths) != 1 {
		return false
	}
	if paths[0] == "-" {
		return !isWARC(l.stdin)
	}
	info, err := os.Stat(paths[0])
	return err != nil || !info.IsDir() && !isWARCName(paths[0])
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
// results in input order (see batch.Ordered), with the progress line if it
// is shown. Progress needs the number of inputs ahead of the run, so a
// second walk counts them; it counts files, so a WARC file is one input,
// and tick tells the results that advance it.
func runBatch[R any](e *env, prog *progress, b *batchFlags, l *lister, ps []string, inputs iter.Seq[input], work func(context.Context, input) R, emit func(R) error, tick func(R) bool) error {
	show, least := b.showProgress(e.stderr)
	if !show {
		return batch.Ordered(e.ctx, b.jobs, inputs, work, emit)
	}
	prog.least = least
	stopCount, counted := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(counted)
		count := b.countInputs(l, ps)
		if count == nil {
			return
		}
		for range count {
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

	err := batch.Ordered(e.ctx, b.jobs, inputs, work, func(r R) error {
		if tick(r) {
			prog.advance()
		}
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
