package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fakeProgress returns a progress line on buf whose clock reads start plus
// *elapsed.
func fakeProgress(buf *bytes.Buffer, elapsed *time.Duration) *progress {
	p := newProgress(buf)
	start := time.Date(2025, 11, 19, 9, 0, 0, 0, time.UTC)
	p.start = start
	p.now = func() time.Time { return start.Add(*elapsed) }
	return p
}

func TestProgressLine(t *testing.T) {
	tests := []struct {
		name        string
		total, done int
		counted     bool
		elapsed     time.Duration
		want        string
	}{
		{"nothing done", 100, 0, true, 0, "0/100 files"},
		{"still counting", 5000, 30, false, 2 * time.Second, "30/5000+ files, 15 pages/s"},
		{"counted", 100, 40, true, 2 * time.Second, "40/100 files, 20 pages/s, 0:03 left"},
		{"hours left", 100000, 10, true, 10 * time.Second, "10/100000 files, 1 pages/s, 27:46:30 left"},
		{"done", 100, 100, true, 4 * time.Second, "100/100 files, 25 pages/s, 0:00 left"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			elapsed := tt.elapsed
			p := fakeProgress(&buf, &elapsed)
			p.count(tt.total, tt.counted)
			for range tt.done {
				p.advance()
			}
			p.draw()
			if got := buf.String(); got != "\r"+tt.want {
				t.Errorf("got %q, want %q", got, "\r"+tt.want)
			}
		})
	}
}

// TestProgressMessages checks that a message takes the line away and that
// a shorter line blanks the rest of a longer one.
func TestProgressMessages(t *testing.T) {
	var buf bytes.Buffer
	elapsed := 2 * time.Second
	p := fakeProgress(&buf, &elapsed)
	p.count(1000, true)
	for range 200 {
		p.advance()
	}
	p.draw() // "200/1000 files, 100 pages/s, 0:08 left" (38 characters)
	p.printf("%s\n", "a.txt: empty page")
	p.draw()
	elapsed = 200 * time.Second
	p.draw() // "200/1000 files, 1 pages/s, 13:20 left" is 1 shorter
	want := "\r200/1000 files, 100 pages/s, 0:08 left" +
		"\r" + strings.Repeat(" ", 38) + "\r" + "a.txt: empty page\n" +
		"\r200/1000 files, 100 pages/s, 0:08 left" +
		"\r200/1000 files, 1 pages/s, 13:20 left "
	if got := buf.String(); got != want {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

func TestProgressMinimum(t *testing.T) {
	var buf bytes.Buffer
	var elapsed time.Duration
	p := fakeProgress(&buf, &elapsed)
	p.least = 51
	p.count(50, true)
	p.draw()
	stop := make(chan struct{})
	close(stop)
	p.run(stop)
	if buf.Len() != 0 {
		t.Errorf("drew %q for a batch of 50", buf.String())
	}
	p.count(1, true)
	p.run(stop)
	if got, want := buf.String(), "\r0/51 files\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestIsTerminal(t *testing.T) {
	if isTerminal(new(bytes.Buffer)) {
		t.Error("a buffer is a terminal")
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "f"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Error("a file is a terminal")
	}
}

// TestConvertProgress checks that --progress draws on standard error and
// ends its line, and that without it nothing is drawn on what is not a
// terminal.
func TestConvertProgress(t *testing.T) {
	code, out, errOut := runCLI(t, "", "convert", "--progress", qixia, qixia)
	if code != 0 || out == "" {
		t.Fatalf("exit %d", code)
	}
	if !strings.HasPrefix(errOut, "\r") || !strings.Contains(errOut, "2/2 files") || !strings.HasSuffix(errOut, "\n") {
		t.Errorf("stderr %q", errOut)
	}
	if _, _, errOut := runCLI(t, "", "convert", "--progress=false", qixia, qixia); errOut != "" {
		t.Errorf("--progress=false: stderr %q", errOut)
	}
	if _, _, errOut := runCLI(t, "", "validate", "--progress", qixia); !strings.Contains(errOut, "1/1 files") {
		t.Errorf("validate --progress: stderr %q", errOut)
	}
}
