package convert

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// Pages that give no record go to the dead letters with the CLI's message,
// and the other pages of the run are converted as the CLI converts them.
func TestFailuresLikeCLI(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// Control characters: binary data, not text.
	binary := []byte(strings.Repeat("\x00\x01\x02\x03\x04\x05\x06\x07", 400))
	big, err := os.ReadFile(filepath.Join(repo, "testdata", "pages", "qixia-2025-78463.txt"))
	if err != nil {
		t.Fatal(err)
	}
	files := []string{
		write("empty.txt", nil),
		write("blank.txt", []byte(" \n\t\n")),
		write("binary.html", binary),
		write("big.txt", append(big, big...)),
		filepath.Join(dir, "missing.txt"),
		write("hello.txt", []byte("hello world\n")),
		filepath.Join(repo, "testdata", "pages", "anhui-taihu-2019-00336.txt"),
	}
	maxSize := len(big) + 1
	want, problems := runCLI(t, append([]string{"--max-size", strconv.Itoa(maxSize)}, files...)...)
	if len(want) != 2 || len(problems) != 5 {
		t.Fatalf("the CLI gave %d records and %d problems, the test expects 2 and 5: %q", len(want), len(problems), problems)
	}

	folder := filepath.Join(repo, "testdata", "pages")
	o := options(t)
	o.Manifests = []string{writeManifest(t, append(files, folder))}
	o.MaxSize = int64(maxSize)
	got, failures := runPipeline(t, o)
	diffLines(t, "records", want, got)

	var gotProblems []string
	for _, f := range failures {
		if f.Path == folder {
			if f.File != folder || f.Error != "is a folder" {
				t.Errorf("failure of the folder: %+v", f)
			}
			continue
		}
		if f.File != f.Path {
			t.Errorf("failure of a loose file with file %q, path %q", f.File, f.Path)
		}
		gotProblems = append(gotProblems, f.cliLine())
	}
	slices.Sort(gotProblems)
	diffLines(t, "failures", problems, gotProblems)
	if len(failures) != len(problems)+1 {
		t.Errorf("%d failures, want %d", len(failures), len(problems)+1)
	}
}

// A glob that matches nothing fails the run: it is a mistake in the
// command, not a page.
func TestGlobMatchesNothing(t *testing.T) {
	o := options(t)
	o.Inputs = []string{filepath.Join(t.TempDir(), "*.html")}
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, o); err != nil {
		t.Fatal(err)
	}
	err := ptest.Run(p)
	if err == nil || !strings.Contains(err.Error(), "no file matches") {
		t.Errorf("run: %v, want an error saying no file matches", err)
	}
}
