package convert

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&finalizeFn{})
}

// finalize renames the bundle files whose names are in names, written under
// temp, to prefix-00000-of-0000N.jsonl …, and removes what failed attempts
// left under temp. It runs once, on one worker, when every bundle has
// finished: a GroupByKey of the names on one key, with an empty name so
// that it runs, and writes one empty file, when there are none.
func finalize(s beam.Scope, prefix, temp string, names beam.PCollection) {
	s = s.Scope("Finalize")
	all := beam.Flatten(s, names, beam.Create(s, ""))
	grouped := beam.GroupByKey(s, beam.AddFixedKey(s, all))
	beam.ParDo0(s, &finalizeFn{Prefix: prefix, Temp: temp}, grouped)
}

// finalizeFn names the files of one output.
type finalizeFn struct {
	Prefix string `json:"prefix"`
	Temp   string `json:"temp"`
}

// ProcessElement renames the files, in the order of their names, so that
// a retry renames them the same way: a file already renamed by a failed
// attempt (its source gone, its destination there) is passed over.
func (fn *finalizeFn) ProcessElement(ctx context.Context, _ int, names func(*string) bool) error {
	var files []string
	var name string
	for names(&name) {
		if name != "" {
			files = append(files, name)
		}
	}
	slices.Sort(files)
	files = slices.Compact(files)
	fsys, err := filesystem.New(ctx, fn.Prefix)
	if err != nil {
		return err
	}
	defer fsys.Close()
	if len(files) == 0 {
		w, err := fsys.OpenWrite(ctx, ShardName(fn.Prefix, 0, 1))
		if err != nil {
			return err
		}
		return w.Close()
	}
	for i, src := range files {
		dst := ShardName(fn.Prefix, i, len(files))
		if err := move(ctx, fsys, src, dst); err != nil {
			if _, serr := fsys.Size(ctx, src); serr != nil {
				if _, derr := fsys.Size(ctx, dst); derr == nil {
					continue // renamed by an earlier attempt
				}
			}
			return fmt.Errorf("%s to %s: %w", src, dst, err)
		}
	}
	fn.cleanUp(ctx, fsys)
	return nil
}

// cleanUp removes the files that failed bundle attempts left under Temp,
// and Temp itself when it is a local folder. What cannot be removed is
// logged, not an error: the output is whole.
func (fn *finalizeFn) cleanUp(ctx context.Context, fsys filesystem.Interface) {
	rm, ok := fsys.(filesystem.Remover)
	if !ok {
		log.Warnf(ctx, "cannot remove %s: the file system has no Remove", fn.Temp)
		return
	}
	left, err := fsys.List(ctx, joinPath(fn.Temp, "*"))
	if err != nil {
		log.Warnf(ctx, "listing %s: %v", fn.Temp, err)
	}
	for _, f := range left {
		if err := rm.Remove(ctx, f); err != nil {
			log.Warnf(ctx, "removing %s: %v", f, err)
		}
	}
	if scheme(fn.Temp) == "default" {
		rm.Remove(ctx, fn.Temp) // the folder, now empty
	}
}

// move renames src to dst within one file system: with Rename where it has
// one, else Copy and Remove, else by reading and writing.
func move(ctx context.Context, fsys filesystem.Interface, src, dst string) error {
	if r, ok := fsys.(filesystem.Renamer); ok {
		return r.Rename(ctx, src, dst)
	}
	rm, canRemove := fsys.(filesystem.Remover)
	if c, ok := fsys.(filesystem.Copier); ok && canRemove {
		if err := c.Copy(ctx, src, dst); err != nil {
			return err
		}
		return rm.Remove(ctx, src)
	}
	r, err := fsys.OpenRead(ctx, src)
	if err != nil {
		return err
	}
	defer r.Close()
	w, err := fsys.OpenWrite(ctx, dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(w, r); err != nil {
		w.Close()
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	if canRemove {
		return rm.Remove(ctx, src)
	}
	return nil // the temporary file stays: the file system cannot remove it
}

// joinPath joins a folder or object prefix and a name with a slash, which
// every Beam file system takes.
func joinPath(dir, name string) string {
	return strings.TrimSuffix(dir, "/") + "/" + name
}
