package convert

import (
	"context"
	"errors"
	"io"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// filesystems keeps one client per scheme for the life of a DoFn instance.
// filesystem.New makes a new client on every call, and a gs:// or s3://
// client is costly to make (credentials, connection pools), so calling it
// per file would dominate reading small pages.
// It is safe for concurrent use: the goroutines of a parseFn's pool share
// one.
type filesystems struct {
	mu   sync.Mutex
	open map[string]filesystem.Interface
}

// scheme returns the scheme of path as Beam's filesystem package reads it:
// what comes before "://", or "default" for a local path.
func scheme(path string) string {
	if i := strings.Index(path, "://"); i > 0 {
		return path[:i]
	}
	return "default"
}

// get returns the filesystem of path, making it on first use.
func (f *filesystems) get(ctx context.Context, path string) (filesystem.Interface, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	s := scheme(path)
	if fs, ok := f.open[s]; ok {
		return fs, nil
	}
	fs, err := filesystem.New(ctx, path)
	if err != nil {
		return nil, err
	}
	if f.open == nil {
		f.open = make(map[string]filesystem.Interface)
	}
	f.open[s] = fs
	return fs, nil
}

// openRead opens path for reading.
func (f *filesystems) openRead(ctx context.Context, path string) (io.ReadCloser, error) {
	fs, err := f.get(ctx, path)
	if err != nil {
		return nil, err
	}
	return fs.OpenRead(ctx, path)
}

// close closes every client.
func (f *filesystems) close() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	var errs []error
	for s, fs := range f.open {
		errs = append(errs, fs.Close())
		delete(f.open, s)
	}
	return errors.Join(errs...)
}

// isWARC reports whether a file is to be read as a WARC file, by its name:
// .warc, .warc.gz (what wget, Heritrix and Browsertrix write) and
// .warc.gzip, in any case. Routing by name lets a loose page be opened once,
// where it is parsed; a WARC file under another name is caught there by its
// first bytes and sent to the dead letters with a hint.
func isWARC(path string) bool {
	p := strings.ToLower(path)
	return strings.HasSuffix(p, ".warc") || strings.HasSuffix(p, ".warc.gz") || strings.HasSuffix(p, ".warc.gzip")
}
