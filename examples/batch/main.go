// Batch turns a folder of pages into JSON Lines on standard output, one
// record a line, with the library's streaming writer. Pages that cannot be
// parsed are reported on standard error and skipped.
//
//	go run ./examples/batch testdata/pages > notices.jsonl
//
// It reads one page at a time, so its memory does not grow with the folder.
// The govnotice command does the same with more options: several pages at
// once (-j), other formats, one file per page (--out).
package main

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/parse"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: batch FOLDER")
		os.Exit(2)
	}
	failed, err := run(os.Args[1], os.Stdout, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "batch:", err)
		os.Exit(1)
	}
	if failed > 0 {
		os.Exit(1)
	}
}

// run writes the record of every page under dir to w as JSON Lines, and
// reports pages that cannot be parsed to errw. It returns how many failed,
// and an error that stops the run (an unreadable folder, a failed write).
func run(dir string, w, errw io.Writer) (failed int, err error) {
	out := bufio.NewWriter(w)
	records := encode.NewJSONLinesWriter(out)
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !isPage(path) {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		// ParseReader refuses a page over the size limit (64 MiB by
		// default) before reading it.
		var p parse.Parser
		n, err := p.ParseReader(f)
		f.Close()
		if err != nil {
			// A *parse.Error: say where, and go on with the next page.
			fmt.Fprintf(errw, "%s: %v\n", path, err)
			failed++
			return nil
		}
		n.Input.Path = path // written as input.path
		return records.Write(n)
	})
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
