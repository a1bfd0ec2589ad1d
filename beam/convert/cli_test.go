package convert

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// pageNames are the names the CLI reads under a folder by default
// (--include).
var pageNames = []string{"*.txt", "*.htm", "*.html", "*.shtml"}

// testdataPages returns the files under the repository's testdata that
// `govnotice convert testdata` reads, as the CLI names them: the folder
// argument joined with the path under it.
func testdataPages(t *testing.T) []string {
	t.Helper()
	root := filepath.Join(repo, "testdata")
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		for _, p := range pageNames {
			if ok, _ := filepath.Match(p, strings.ToLower(d.Name())); ok {
				files = append(files, path)
				break
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 100 {
		t.Fatalf("only %d pages under %s", len(files), root)
	}
	return files
}

// writeManifest writes a manifest of paths, with a comment and blank lines
// that the pipeline skips.
func writeManifest(t *testing.T, paths []string) string {
	t.Helper()
	name := filepath.Join(t.TempDir(), "manifest.txt")
	text := "# pages to convert\n\n" + strings.Join(paths, "\n") + "\n\n"
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

// The pipeline gives the CLI's records for every page of the repository's
// testdata, listed in a manifest, byte for byte once sorted.
func TestTestdataLikeCLI(t *testing.T) {
	pages := testdataPages(t)
	want, problems := runCLI(t, filepath.Join(repo, "testdata"))
	if len(want) != len(pages) || len(problems) > 0 {
		t.Fatalf("the CLI gave %d records and %d problems for %d pages; the test expects a record each", len(want), len(problems), len(pages))
	}
	for _, parallelism := range []int{0, 1} {
		t.Run("parallelism="+strconv.Itoa(parallelism), func(t *testing.T) {
			o := options(t)
			o.Manifests = []string{writeManifest(t, pages)}
			o.Parallelism = parallelism
			got, failures := runPipeline(t, o)
			diffLines(t, "records", want, got)
			if len(failures) > 0 {
				t.Errorf("failures: %v", failures)
			}
		})
	}
}

// Globs give the records of the files they match, and the CLI's for those
// files.
func TestGlobsLikeCLI(t *testing.T) {
	globs := []string{
		filepath.Join(repo, "testdata", "pages", "*.txt"),
		filepath.Join(repo, "testdata", "html", "sites", "*.html"),
	}
	var files []string
	for _, g := range globs {
		m, err := filepath.Glob(g)
		if err != nil || len(m) == 0 {
			t.Fatalf("%s: %v, %d files", g, err, len(m))
		}
		files = append(files, m...)
	}
	want, problems := runCLI(t, files...)
	o := options(t)
	o.Inputs = globs
	got, failures := runPipeline(t, o)
	diffLines(t, "records", want, got)
	var gotProblems []string
	for _, f := range failures {
		gotProblems = append(gotProblems, f.cliLine())
	}
	slices.Sort(gotProblems)
	diffLines(t, "failures", problems, gotProblems)
}

// cliLine returns the failure as the CLI reports it on standard error.
func (f failed) cliLine() string {
	s := f.Path
	if f.Line > 0 {
		s += ":" + strconv.Itoa(f.Line)
		if f.Column > 0 {
			s += ":" + strconv.Itoa(f.Column)
		}
	}
	return s + ": " + f.Error
}
