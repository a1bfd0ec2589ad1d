package main

import (
	"errors"
	"fmt"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
)

// defaultInclude is the --include default: the names scraped pages have.
const defaultInclude = "*.txt,*.htm,*.html,*.shtml"

// An input is one page to read: a file named on the command line, a file
// found under a folder named on the command line, or standard input.
type input struct {
	// name is the path reported for the input and recorded in the record's
	// input.path: a file argument as given, a folder argument joined with
	// the file's path under it, or "-" for standard input.
	name string
	// rel is where the input's output goes under --out: the file's path
	// under its folder argument, or a file argument's base name.
	rel string
	// out is the input's output file under --out, set by outDir.claim.
	out string
	// stdin marks standard input.
	stdin bool
	// err says why the input could not be listed (a missing argument, an
	// unreadable folder); such an input fails without being read.
	err error
}

// A lister turns the PATH arguments into inputs.
type lister struct {
	// include holds lower-case glob patterns; a file under a folder is an
	// input when its lower-cased base name matches one of them.
	include []string
	// skip is a folder never walked into: the --out folder, whose files
	// must not become inputs of the run that writes them. Nil skips none.
	skip os.FileInfo
}

// parseInclude splits a comma-separated list of glob patterns and checks
// each with [filepath.Match].
func parseInclude(list string) ([]string, error) {
	var pats []string
	for p := range strings.SplitSeq(list, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if _, err := filepath.Match(p, ""); err != nil {
			return nil, fmt.Errorf("--include: bad pattern %q", p)
		}
		pats = append(pats, strings.ToLower(p))
	}
	if len(pats) == 0 {
		return nil, errors.New("--include: no pattern")
	}
	return pats, nil
}

func (l *lister) included(name string) bool {
	name = strings.ToLower(name)
	for _, p := range l.include {
		if ok, _ := filepath.Match(p, name); ok {
			return true
		}
	}
	return false
}

// inputs yields the inputs args name, in order: "-" is standard input, a
// file is itself whatever its name, and a folder gives the files under it
// whose names match the include patterns, in lexical order, walked
// recursively. Names starting with "." are skipped under a folder, and
// symbolic links are followed to files but not to folders (which could make
// cycles). An argument, a folder or a link that cannot be followed yields
// an input with err set.
func (l *lister) inputs(args []string) iter.Seq[input] {
	return func(yield func(input) bool) {
		for _, arg := range args {
			if arg == "-" {
				if !yield(input{name: "-", stdin: true}) {
					return
				}
				continue
			}
			info, err := os.Stat(arg)
			if err != nil {
				if !yield(input{name: arg, err: err}) {
					return
				}
				continue
			}
			if !info.IsDir() {
				if !yield(input{name: arg, rel: filepath.Base(arg)}) {
					return
				}
				continue
			}
			if !l.walk(arg, yield) {
				return
			}
		}
	}
}

// walk yields the files under the folder root and reports whether to go on.
func (l *lister) walk(root string, yield func(input) bool) bool {
	more := true
	// A trailing separator makes WalkDir follow root when it is itself a
	// symbolic link to a folder.
	start := root
	if !os.IsPathSeparator(start[len(start)-1]) {
		start += string(filepath.Separator)
	}
	filepath.WalkDir(start, func(path string, d fs.DirEntry, err error) error {
		if path == start {
			if err != nil {
				more = yield(input{name: root, err: err})
				return filepath.SkipAll
			}
			return nil
		}
		if err != nil {
			// A folder that cannot be read, or a file that vanished.
			more = yield(input{name: path, err: err})
			if !more {
				return filepath.SkipAll
			}
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if l.skip != nil {
				if info, err := d.Info(); err == nil && os.SameFile(info, l.skip) {
					return filepath.SkipDir
				}
			}
			return nil
		}
		if !l.included(d.Name()) {
			return nil
		}
		in := input{name: path}
		if ok, err := isFile(path, d); err != nil {
			in.err = err // a dangling link
		} else if !ok {
			return nil
		}
		if in.rel, err = filepath.Rel(start, path); err != nil {
			in.rel = filepath.Base(path) // cannot happen: path is under start
		}
		if more = yield(in); !more {
			return filepath.SkipAll
		}
		return nil
	})
	return more
}

// isFile reports whether the entry at path is a regular file or a symbolic
// link to one, or the error of following a link.
func isFile(path string, d fs.DirEntry) (bool, error) {
	switch t := d.Type(); {
	case t.IsRegular():
		return true, nil
	case t&fs.ModeSymlink != 0:
		info, err := os.Stat(path)
		if err != nil {
			return false, err
		}
		return info.Mode().IsRegular(), nil
	}
	return false, nil
}
