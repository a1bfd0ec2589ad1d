package convert

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/warc"
)

// wgetCrawls are the WARC files wget wrote of the repository's pages (see
// warc/testdata/README.md): the same crawl gzipped, one member a record,
// and plain.
var wgetCrawls = []string{
	filepath.Join(repo, "warc", "testdata", "wget.warc.gz"),
	filepath.Join(repo, "warc", "testdata", "wget.warc"),
}

// warcPage is a page of a WARC file as the test reads it.
type warcPage struct {
	uri, charset string
	body         []byte
}

// readPages returns the pages of a WARC file, read with the core reader.
func readPages(t *testing.T, name string) []warcPage {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var pages []warcPage
	for rec, err := range warc.NewReader(f).All() {
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		pg, reason := rec.Page()
		if reason != warc.ReasonNone {
			continue
		}
		body, err := io.ReadAll(pg.Body)
		if err != nil {
			t.Fatal(err)
		}
		pages = append(pages, warcPage{pg.URI, pg.Charset, body})
	}
	return pages
}

// cliWARCRecords returns the records the CLI gives for the pages of a WARC
// file: each page's payload saved to a file and converted with its target
// URI as --base-url, the record's input.path then set to the URI, which is
// what the pipeline gives a WARC record's page.
func cliWARCRecords(t *testing.T, pages []warcPage) []string {
	t.Helper()
	dir := t.TempDir()
	var records []string
	for i, pg := range pages {
		name := filepath.Join(dir, fmt.Sprintf("page%d.html", i))
		if err := os.WriteFile(name, pg.body, 0o644); err != nil {
			t.Fatal(err)
		}
		got, problems := runCLI(t, "--base-url", pg.uri, name)
		if len(got) != 1 || len(problems) > 0 {
			t.Fatalf("%s: the CLI gave %d records, problems %q", pg.uri, len(got), problems)
		}
		n, err := encode.DecodeJSON(strings.NewReader(got[0]))
		if err != nil {
			t.Fatal(err)
		}
		n.Input.Path = pg.uri
		line, err := encode.AppendJSON(nil, n)
		if err != nil {
			t.Fatal(err)
		}
		records = append(records, string(line))
	}
	slices.Sort(records)
	return records
}

// Every page of a crawl wget wrote becomes the record the CLI gives for the
// same bytes at the same URI; the requests, the 404, the redirect, the
// Markdown file and wget's own records are skipped, not failures.
func TestWARCLikeCLI(t *testing.T) {
	for _, name := range wgetCrawls {
		t.Run(filepath.Base(name), func(t *testing.T) {
			pages := readPages(t, name)
			if len(pages) != 6 {
				t.Fatalf("%d pages in %s, want the 6 of its README", len(pages), name)
			}
			want := cliWARCRecords(t, pages)
			o := options(t)
			o.Inputs = []string{name}
			got, failures := runPipeline(t, o)
			diffLines(t, "records", want, got)
			if len(failures) > 0 {
				t.Errorf("failures: %v", failures)
			}

			// And the records of the CLI reading the WARC file itself.
			direct, problems := runCLI(t, name)
			diffLines(t, "records of the CLI reading the WARC file", direct, got)
			if len(problems) > 0 {
				t.Errorf("the CLI's problems: %q", problems)
			}
		})
	}
}

// A WARC file and loose pages in one run, from a glob and a manifest.
func TestWARCAndPages(t *testing.T) {
	warcFile := wgetCrawls[0]
	want := cliWARCRecords(t, readPages(t, warcFile))
	loose := filepath.Join(repo, "testdata", "pages", "*.txt")
	files, _ := filepath.Glob(loose)
	pageRecords, _ := runCLI(t, files...)
	want = append(want, pageRecords...)
	slices.Sort(want)

	o := options(t)
	o.Inputs = []string{loose}
	o.Manifests = []string{writeManifest(t, []string{warcFile})}
	got, failures := runPipeline(t, o)
	diffLines(t, "records", want, got)
	if len(failures) > 0 {
		t.Errorf("failures: %v", failures)
	}
}

// Bad WARC files and records fail alone: a file cut short gives the pages
// before the cut and one failure, a record over the size limit is a
// failure named by its URI, and the other pages are converted.
func TestWARCFailures(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(wgetCrawls[1])
	if err != nil {
		t.Fatal(err)
	}
	// Cut the plain crawl inside the response of the third page.
	cutAt := bytes.Index(data, []byte("WARC-Target-URI: <http://127.0.0.1:8765/html/sites/anhui-jyt"))
	cutAt = bytes.Index(data[cutAt+1:], []byte("WARC-Target-URI: <http://127.0.0.1:8765/html/sites/anhui-jyt")) + cutAt + 1 + 500
	cut := filepath.Join(dir, "cut.warc")
	if err := os.WriteFile(cut, data[:cutAt], 0o644); err != nil {
		t.Fatal(err)
	}
	notWARC := filepath.Join(dir, "garbage.warc.gz")
	if err := os.WriteFile(notWARC, []byte("\x1f\x8b\x08\x00garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A WARC file under a page's name is not read as a page.
	misnamed := filepath.Join(dir, "crawl.txt")
	if err := os.WriteFile(misnamed, data[:3000], 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.warc.gz")

	o := options(t)
	o.Manifests = []string{writeManifest(t, []string{cut, notWARC, misnamed, missing, wgetCrawls[0]})}
	// Smaller than the Fujian page's record (19,184 bytes), larger than
	// the others.
	o.MaxSize = 16000
	got, failures := runPipeline(t, o)

	var gotPaths []string
	for _, r := range got {
		i := strings.Index(r, `"path":"`)
		gotPaths = append(gotPaths, strings.SplitN(r[i+len(`"path":"`):], `"`, 2)[0])
	}
	slices.Sort(gotPaths)
	host := "http://127.0.0.1:8765"
	wantPaths := []string{
		// The cut file gives the two text pages; the Fujian page is too
		// large in both.
		host + "/html/sites/anhui-jyt-2023-40678766.gb2312.html",
		host + "/html/sites/miit-2009-14730801.html",
		host + "/pages/",
		host + "/pages/anhui-taihu-2019-00336.txt", host + "/pages/anhui-taihu-2019-00336.txt",
		host + "/pages/qixia-2025-78463.txt", host + "/pages/qixia-2025-78463.txt",
	}
	slices.Sort(wantPaths)
	if !slices.Equal(gotPaths, wantPaths) {
		t.Errorf("records of\n%q, want\n%q", gotPaths, wantPaths)
	}

	type key struct{ path, file, error string }
	var gotFailures []key
	for _, f := range failures {
		gotFailures = append(gotFailures, key{f.Path, f.File, f.Error})
	}
	fujian := host + "/html/sites/fujian-pingtan-2021-lancaijin-15.gbk.html"
	anhui := host + "/html/sites/anhui-jyt-2023-40678766.gb2312.html"
	wantFailures := []struct {
		path, file, error string
	}{
		{fujian, cut, "record too large"},
		{anhui, cut, "truncated: the input ends"},
		{fujian, wgetCrawls[0], "record too large"},
		{notWARC, notWARC, "truncated: gzip member at 0 ends early"},
		{misnamed, misnamed, errWARCName.Error()},
		{missing, missing, "no such file or directory"},
	}
	if len(gotFailures) != len(wantFailures) {
		t.Errorf("%d failures, want %d: %q", len(gotFailures), len(wantFailures), gotFailures)
	}
	for _, w := range wantFailures {
		if !slices.ContainsFunc(gotFailures, func(g key) bool {
			return g.path == w.path && g.file == w.file && strings.Contains(g.error, w.error)
		}) {
			t.Errorf("no failure of %s in %s with %q among %q", w.path, w.file, w.error, gotFailures)
		}
	}
}
