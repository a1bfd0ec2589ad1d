package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"sync/atomic"
)

// An outDir writes the output files of --out: one file per input, each
// written whole or not at all, never outside the folder, and never over an
// existing file unless force is set.
//
// Every file operation goes through an [os.Root], which refuses any name
// that leads out of the folder, by ".." or by a symbolic link, at the time
// of the operation (no check-then-use race).
type outDir struct {
	root  *os.Root
	dir   string // the folder as given, for messages
	ext   string // the extension of every output file, such as ".json"
	force bool

	// claimed maps each output name given out in this run to the input it
	// belongs to, so two inputs with the same output name (a.txt and
	// a.html, or two file arguments with the same base name) are an error
	// rather than one silently replacing the other. It grows by one name
	// per input.
	claimed map[string]string
	temps   atomic.Uint64 // numbers temporary files
}

// openOutDir creates dir if need be and opens it.
func openOutDir(dir, ext string, force bool) (*outDir, error) {
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return nil, err
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return &outDir{root: root, dir: dir, ext: ext, force: force, claimed: make(map[string]string)}, nil
}

func (o *outDir) Close() error { return o.root.Close() }

// claim returns the output name of in, relative to the folder: its rel path
// with the extension replaced. Calls must come in input order, so that the
// first of two inputs with the same output name is the one that wins.
func (o *outDir) claim(in input) (string, error) {
	name := in.rel
	if ext := filepath.Ext(name); ext != "" && len(ext) < len(filepath.Base(name)) {
		name = name[:len(name)-len(ext)]
	}
	name += o.ext
	if !filepath.IsLocal(name) {
		// rel comes from a walk or a base name, so this is defence in
		// depth: os.Root would refuse the name too.
		return "", fmt.Errorf("output name %s is outside %s", name, o.dir)
	}
	if first, ok := o.claimed[name]; ok {
		return "", fmt.Errorf("%s: same output file as %s", o.path(name), first)
	}
	o.claimed[name] = in.name
	return name, nil
}

// path returns name as a path from the current folder, for messages.
func (o *outDir) path(name string) string { return filepath.Join(o.dir, name) }

// errExists is returned by write for a file that exists without --force.
var errExists = errors.New("exists (use --force to replace it)")

// errOwnInput is returned by write for an output file that is the input
// it was made from ("convert --format text --out pages --force pages").
var errOwnInput = errors.New("is the input itself; it is never replaced")

// write writes data to the file name under the folder, creating its folder
// if need be. The data goes to a temporary file beside it, which is then
// renamed (--force) or hard-linked (no-clobber: linking fails on an existing
// name, atomically) into place, so no reader and no interruption ever sees
// half a file. from is the input's file, which is never replaced; nil for
// none.
func (o *outDir) write(name string, data []byte, from os.FileInfo) (err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("writing %s: %w", o.path(name), err)
		}
	}()
	dir := filepath.Dir(name)
	if err := o.root.MkdirAll(dir, 0o777); err != nil {
		return unwrapPath(err)
	}
	if info, err := o.root.Lstat(name); err == nil {
		switch {
		case from != nil && os.SameFile(info, from):
			return errOwnInput
		case !o.force:
			// A cheap early refusal; the link below is what guarantees it.
			return errExists
		}
	}
	tmp, err := o.writeTemp(dir, filepath.Base(name), data)
	if err != nil {
		return err
	}
	defer o.root.Remove(tmp) // after a link, or after a failure

	if o.force {
		return unwrapPath(o.root.Rename(tmp, name))
	}
	err = o.root.Link(tmp, name)
	switch {
	case err == nil:
		return nil
	case errors.Is(err, fs.ErrExist):
		return errExists
	}
	// The file system may not have hard links: check and rename instead,
	// which leaves a short race with another program creating the file.
	if _, err := o.root.Lstat(name); err == nil {
		return errExists
	}
	return unwrapPath(o.root.Rename(tmp, name))
}

// writeTemp writes data to a new hidden file in dir and returns its name.
func (o *outDir) writeTemp(dir, base string, data []byte) (string, error) {
	for {
		tmp := filepath.Join(dir, "."+base+".tmp"+strconv.Itoa(os.Getpid())+"-"+strconv.FormatUint(o.temps.Add(1), 10))
		f, err := o.root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue // left by an earlier run killed hard; pick another
		}
		if err != nil {
			return "", unwrapPath(err)
		}
		_, err = f.Write(data)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			o.root.Remove(tmp)
			return "", unwrapPath(err)
		}
		return tmp, nil
	}
}

// unwrapPath drops the operations and paths of an *fs.PathError or
// *os.LinkError (os.Root nests them), which name a file the caller names
// already. It looks at err itself, not at what a message of the caller's
// own wraps.
func unwrapPath(err error) error {
	for {
		switch e := err.(type) {
		case *fs.PathError:
			err = e.Err
		case *os.LinkError:
			err = e.Err
		default:
			return err
		}
	}
}
