// Batch turns a folder of pages into JSON Lines on standard output, one
// record a line, parsing several pages at once with package batch and
// writing them, in the order of the folder, with the library's streaming
// writer. Pages that cannot be parsed are reported on standard error and
// skipped; Ctrl-C stops it cleanly.
//
//	go run ./examples/batch testdata/pages > notices.jsonl
//
// Its memory does not grow with the folder: batch.Ordered holds a few
// pages per CPU at a time. The govnotice command does the same with more
// options: other formats, one file per page (--out), WARC crawls, lists of
// paths.
package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/govnotice/govnotice/batch"
	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: batch FOLDER")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	failed, err := run(ctx, os.Args[1], os.Stdout, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "batch:", err)
		os.Exit(1)
	}
	if failed > 0 {
		os.Exit(1)
	}
}

// parsed is what one worker made of one page.
type parsed struct {
	path string
	n    *notice.Notice
	err  error
}

// run writes the record of every page under dir to w as JSON Lines, and
// reports pages that cannot be parsed to errw. It returns how many failed,
// and an error that stops the run (an unreadable folder, a failed write,
// an interrupt).
func run(ctx context.Context, dir string, w, errw io.Writer) (failed int, err error) {
	// The pages, found one at a time as the workers need them. batch.Ordered
	// returns after the walk ends, so walkErr is set by then.
	var walkErr error
	pages := func(yield func(string) bool) {
		walkErr = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !isPage(path) {
				return err
			}
			if !yield(path) {
				return filepath.SkipAll
			}
			return nil
		})
	}

	// One Parser serves every worker: parsing does not change it.
	var parser parse.Parser
	out := bufio.NewWriter(w)
	records := encode.NewJSONLinesWriter(out)
	err = batch.Ordered(ctx, runtime.NumCPU(), pages,
		func(ctx context.Context, path string) parsed {
			// ParseFile sets the record's input.path, and refuses a page
			// over the size limit (64 MiB by default) before reading it.
			n, err := parser.ParseFile(path)
			return parsed{path, n, err}
		},
		func(p parsed) error {
			if p.err != nil {
				// A *parse.Error: say where, and go on with the next page.
				fmt.Fprintf(errw, "%s: %v\n", p.path, p.err)
				failed++
				return nil
			}
			return records.Write(p.n) // an error here stops the run
		})
	if err == nil {
		err = walkErr
	}
	if ferr := out.Flush(); err == nil {
		err = ferr
	}
	return failed, err
}

func isPage(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".htm", ".html", ".shtml":
		return true
	}
	return false
}
