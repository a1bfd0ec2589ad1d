package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// defaultInclude is the --include default: the names scraped pages have.
const defaultInclude = "*.txt,*.htm,*.html,*.shtml"

// An input is one page to read: a file named on the command line or in a
// --from-list, a file found under a folder, standard input, or a page of a
// WARC file. Two kinds of input are not pages: one whose err is set fails
// without being read, and the summary of a WARC file comes after its pages.
type input struct {
	// name is where the input is: a file argument as given, a folder
	// argument joined with the file's path under it, "-" for standard
	// input, the target URI of a WARC page. It is kept as the system
	// gave it; display gives the form for messages and records.
	name string
	// rel is where the input's output goes under --out: the file's path
	// under its folder argument, a file argument's base name, the host and
	// path of a WARC page's URI.
	rel string
	// out is the input's output file under --out, set by outDir.claim.
	out string
	// stdin marks standard input.
	stdin bool
	// err says why the input could not be listed (a missing argument, an
	// unreadable folder, a folder with no input, a WARC record that could
	// not be read); such an input fails without being read.
	err error
	// fetched is a page of a WARC file, read already.
	fetched *fetchedPage
	// summary ends the inputs of a WARC file: what it held.
	summary *warcSummary
}

// display is the input's name as messages and records show it: valid
// UTF-8, with each byte that is not written as \xNN, as parse.ParseFile
// writes a record's input.path.
func (in input) display() string { return escapePath(in.name) }

// escapePath returns name with each byte that is not part of valid UTF-8
// written as \x and two lower-case hex digits: file names from archives
// made on Windows are often GBK, and neither JSON nor XML can carry them.
func escapePath(name string) string {
	if utf8.ValidString(name) {
		return name
	}
	var b strings.Builder
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRuneInString(name[i:])
		if r == utf8.RuneError && size == 1 {
			fmt.Fprintf(&b, `\x%02x`, name[i])
		} else {
			b.WriteString(name[i : i+size])
		}
		i += size
	}
	return b.String()
}

// A lister turns the PATH arguments into inputs.
type lister struct {
	// include and exclude hold lower-case glob patterns (see parsePatterns).
	// A file under a folder is an input when its name matches an include
	// pattern and neither it nor a folder on its way matches an exclude
	// pattern.
	include, exclude []string
	// skip is a folder never walked into: the --out folder, whose files
	// must not become inputs of the run that writes them. Nil skips none.
	skip os.FileInfo
	// stdin is standard input, buffered so that its first bytes can tell
	// a WARC file from a page. Nil when no input reads it.
	stdin *bufio.Reader
	// maxSize bounds a WARC record, as it bounds a page.
	maxSize int64
	// countOnly makes a WARC file one input, unread, for counting inputs
	// ahead of a run.
	countOnly bool
}

// parsePatterns splits a comma-separated list of glob patterns for the
// flag named flagName and checks each with [filepath.Match]. A pattern
// holding a "/" matches a path under the folder argument ("drafts/*"), one
// without matches a base name.
func parsePatterns(flagName, list string, empty bool) ([]string, error) {
	var pats []string
	for p := range strings.SplitSeq(list, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if _, err := filepath.Match(p, ""); err != nil {
			return nil, fmt.Errorf("--%s: bad pattern %q", flagName, p)
		}
		pats = append(pats, strings.ToLower(filepath.ToSlash(p)))
	}
	if len(pats) == 0 && !empty {
		return nil, fmt.Errorf("--%s: no pattern", flagName)
	}
	return pats, nil
}

// matches reports whether the file or folder at rel (slash-separated,
// under the folder argument) matches one of pats.
func matches(pats []string, rel string) bool {
	rel = strings.ToLower(rel)
	base := rel[strings.LastIndexByte(rel, '/')+1:]
	for _, p := range pats {
		name := base
		if strings.Contains(p, "/") {
			name = rel
		}
		if ok, _ := filepath.Match(p, name); ok {
			return true
		}
	}
	return false
}

// errNoInput is the error of a folder argument under which no file is an
// input, so that a mistyped pattern or an empty folder is not a silent
// success.
type errNoInput struct{ include, exclude []string }

func (e *errNoInput) Error() string {
	msg := fmt.Sprintf("no file to read: no name under it matches --include %q", strings.Join(e.include, ","))
	if len(e.exclude) > 0 {
		msg += fmt.Sprintf(" and not --exclude %q", strings.Join(e.exclude, ","))
	}
	return msg + ` (names starting with "." are skipped)`
}

// inputs yields the inputs args name, in order: "-" is standard input, a
// file is itself whatever its name, and a folder gives the files under it
// whose names match the include patterns and not the exclude patterns, in
// lexical order, walked recursively. Names starting with "." are skipped
// under a folder, and symbolic links are followed to files but not to
// folders (which could make cycles). A WARC file (named .warc or .warc.gz,
// or standard input starting like one) gives its pages and then its
// summary. An argument, a folder or a link that cannot be followed, and a
// folder that holds no input, yield an input with err set; so does an
// error args yields, with the name it yields beside it.
func (l *lister) inputs(args iter.Seq2[string, error]) iter.Seq[input] {
	return func(yield func(input) bool) {
		for arg, err := range args {
			if err != nil {
				if !yield(input{name: arg, err: err}) {
					return
				}
				continue
			}
			if arg == "-" {
				if !l.readStdin(yield) {
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
				if !l.file(input{name: arg, rel: filepath.Base(arg)}, yield) {
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

// readStdin yields standard input: the pages of a WARC file, or a page.
func (l *lister) readStdin(yield func(input) bool) bool {
	if !l.countOnly && l.stdin != nil && isWARC(l.stdin) {
		return l.warcPages("-", l.stdin, yield)
	}
	return yield(input{name: "-", stdin: true})
}

// file yields the input of a file: itself, or the pages of a WARC file.
func (l *lister) file(in input, yield func(input) bool) bool {
	if l.countOnly || !isWARCName(in.name) {
		return yield(in)
	}
	f, err := os.Open(in.name)
	if err != nil {
		return yield(input{name: in.name, err: err})
	}
	defer f.Close()
	return l.warcPages(in.name, f, yield)
}

// walk yields the files under the folder root and reports whether to go on.
func (l *lister) walk(root string, yield func(input) bool) bool {
	more, found := true, false
	// A trailing separator makes WalkDir follow root when it is itself a
	// symbolic link to a folder.
	start := root
	if !os.IsPathSeparator(start[len(start)-1]) {
		start += string(filepath.Separator)
	}
	filepath.WalkDir(start, func(path string, d fs.DirEntry, err error) error {
		if path == start {
			if err != nil {
				found = true // the error says what is wrong
				more = yield(input{name: root, err: err})
				return filepath.SkipAll
			}
			return nil
		}
		if err != nil {
			// A folder that cannot be read, or a file that vanished.
			found = true
			more = yield(input{name: path, err: err})
			if !more {
				return filepath.SkipAll
			}
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		rel, err := filepath.Rel(start, path)
		if err != nil {
			rel = filepath.Base(path) // cannot happen: path is under start
		}
		if strings.HasPrefix(d.Name(), ".") || matches(l.exclude, filepath.ToSlash(rel)) {
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
		if !matches(l.include, d.Name()) {
			return nil
		}
		in := input{name: path, rel: rel}
		if ok, err := isFile(path, d); err != nil {
			in.err = err // a dangling link
		} else if !ok {
			return nil
		}
		found = true
		if in.err != nil {
			more = yield(in)
		} else {
			more = l.file(in, yield)
		}
		if !more {
			return filepath.SkipAll
		}
		return nil
	})
	if more && !found {
		more = yield(input{name: root, err: &errNoInput{l.include, l.exclude}})
	}
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

// arguments yields the PATH arguments, then the paths of the --from-list
// file list ("-" for standard input), one a line. Empty lines are skipped
// and a line's end (LF or CRLF) is not part of its path; anything else is,
// spaces included. A list that cannot be read, or names no path, yields
// its name with an error.
func arguments(paths []string, list string, stdin io.Reader) iter.Seq2[string, error] {
	return func(yield func(string, error) bool) {
		for _, p := range paths {
			if !yield(p, nil) {
				return
			}
		}
		if list == "" {
			return
		}
		var r io.Reader = stdin
		if list != "-" {
			f, err := os.Open(list)
			if err != nil {
				yield(list, err)
				return
			}
			defer f.Close()
			r = f
		}
		br := bufio.NewReader(r)
		n := 0
		for {
			line, err := br.ReadString('\n')
			line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
			if line != "" {
				n++
				if !yield(line, nil) {
					return
				}
			}
			if err == io.EOF {
				break
			}
			if err != nil {
				yield(list, fmt.Errorf("reading the list: %w", err))
				return
			}
		}
		if n == 0 && len(paths) == 0 {
			yield(list, errors.New("the list names no path"))
		}
	}
}
