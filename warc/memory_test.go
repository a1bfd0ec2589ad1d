package warc

import (
	"bytes"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
)

// repeatReader gives n bytes of one letter without holding them.
type repeatReader struct {
	n int64
	b byte
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	p = p[:min(int64(len(p)), r.n)]
	for i := range p {
		p[i] = r.b
	}
	r.n -= int64(len(p))
	return len(p), nil
}

// hugeRecord returns the parts of a resource record with a block of size
// bytes: its header, and its end.
func hugeRecord(uri string, size int64) (string, string) {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: %s\r\nContent-Length: %d\r\n\r\n", uri, size), "\r\n\r\n"
}

// TestStreaming reads files far larger than anything the reader may hold,
// plain and gzipped: two blocks of 32 MiB (one read, one skipped unread)
// and many small records. What it allocates does not grow with the file.
func TestStreaming(t *testing.T) {
	const big = 32 << 20
	small := strings.Repeat(threeRecords[2], 500)
	plain := func() io.Reader {
		h1, e1 := hugeRecord("http://a/read", big)
		h2, e2 := hugeRecord("http://a/skipped", big)
		return io.MultiReader(strings.NewReader(h1), &repeatReader{big, 'a'}, strings.NewReader(e1+h2),
			&repeatReader{big, 'b'}, strings.NewReader(e2+small))
	}
	gzipped := func() io.Reader {
		// The blocks are 32 members of 1 MiB each, compressed once.
		mib := gzipMembers(strings.Repeat("a", 1<<20))
		h1, e1 := hugeRecord("http://a/read", big)
		h2, e2 := hugeRecord("http://a/skipped", big)
		parts := []io.Reader{bytes.NewReader(gzipMembers(h1))}
		for range big >> 20 {
			parts = append(parts, bytes.NewReader(mib))
		}
		parts = append(parts, bytes.NewReader(gzipMembers(e1+h2)))
		for range big >> 20 {
			parts = append(parts, bytes.NewReader(mib))
		}
		parts = append(parts, bytes.NewReader(gzipMembers(e2+small)))
		return io.MultiReader(parts...)
	}
	for name, file := range map[string]func() io.Reader{"plain": plain, "gzip": gzipped} {
		t.Run(name, func(t *testing.T) {
			src := file()
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			r := NewReader(src)
			r.MaxSize = -1
			records, read := 0, int64(0)
			for {
				rec, err := r.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				records++
				if rec.TargetURI == "http://a/read" {
					n, err := io.Copy(io.Discard, rec.Body)
					if err != nil {
						t.Fatal(err)
					}
					read += n
				}
			}
			runtime.ReadMemStats(&after)
			if records != 502 || read != big {
				t.Fatalf("%d records, %d bytes read", records, read)
			}
			// Buffers (two of 64 KiB, the gzip state) and a few hundred
			// bytes a small record; the blocks alone are 64 MiB.
			t.Logf("allocated %d bytes", after.TotalAlloc-before.TotalAlloc)
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 4<<20 {
				t.Errorf("allocated %d bytes for a file of %d", alloc, 2*big+len(small))
			}
		})
	}
}
