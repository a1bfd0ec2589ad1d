package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/noticetest"
	"github.com/govnotice/govnotice/parse"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// samplePages returns the project's sample pages by base name.
func samplePages(t *testing.T) map[string][]byte {
	t.Helper()
	names, err := filepath.Glob("../../testdata/pages/*.txt")
	if err != nil || len(names) < 5 {
		t.Fatalf("sample pages: %v (%d found)", err, len(names))
	}
	pages := make(map[string][]byte)
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		pages[filepath.Base(name)] = b
	}
	return pages
}

// pageTree is a folder of pages of every kind the CLI must walk: nested
// folders, spaces and non-ASCII in names, names the include patterns leave
// out, and hidden files.
func pageTree(t *testing.T) map[string][]byte {
	pages := samplePages(t)
	return map[string][]byte{
		"pages/栖霞.txt":                   pages["qixia-2025-78463.txt"],
		"pages/a b/anhui taihu.html":     pages["anhui-taihu-2019-00336.txt"],
		"pages/a b/deep/guobanhan.SHTML": pages["govcn-guobanhan-2018-71.txt"],
		"pages/z/jiangxi.htm":            pages["jiangxi-wanzai-statistics-2023.txt"],
		"pages/z/notes.md":               []byte("not a page"),
		"pages/.hidden.txt":              pages["qixia-2025-78463.txt"],
		"pages/.git/x.txt":               pages["qixia-2025-78463.txt"],
	}
}

// walkedPaths are the inputs of pageTree's folder, in the order convert
// reads them (lexical, folder by folder).
var walkedPaths = []string{
	"pages/a b/anhui taihu.html",
	"pages/a b/deep/guobanhan.SHTML",
	"pages/z/jiangxi.htm",
	"pages/栖霞.txt",
}

// libraryRecord is what the library makes of the file at path, with the
// path the CLI records.
func libraryRecord(t *testing.T, path string) *notice.Notice {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	n, err := parse.Parse(data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	n.Input.Path = path
	return n
}

func libraryRecords(t *testing.T, paths []string) []*notice.Notice {
	var ns []*notice.Notice
	for _, p := range paths {
		ns = append(ns, libraryRecord(t, p))
	}
	return ns
}

func decodeJSONLines(t *testing.T, s string) []*notice.Notice {
	t.Helper()
	var ns []*notice.Notice
	for n, err := range encode.NewJSONLinesReader(strings.NewReader(s)).All() {
		if err != nil {
			t.Fatalf("JSON Lines: %v", err)
		}
		ns = append(ns, n)
	}
	return ns
}

// decodeJSONStream decodes indented JSON records written one after another.
func decodeJSONStream(t *testing.T, s string) []*notice.Notice {
	t.Helper()
	var ns []*notice.Notice
	d := json.NewDecoder(strings.NewReader(s))
	for {
		var raw json.RawMessage
		if err := d.Decode(&raw); err == io.EOF {
			return ns
		} else if err != nil {
			t.Fatalf("JSON stream: %v", err)
		}
		n, err := encode.DecodeJSON(bytes.NewReader(raw))
		if err != nil {
			t.Fatalf("JSON record: %v", err)
		}
		ns = append(ns, n)
	}
}

func decodeXMLStream(t *testing.T, s string) []*notice.Notice {
	t.Helper()
	if !strings.Contains(s, "<notices>") {
		t.Errorf("several records are not one <notices> document: %.100q", s)
	}
	var ns []*notice.Notice
	for n, err := range encode.NewXMLReader(strings.NewReader(s)).All() {
		if err != nil {
			t.Fatalf("XML: %v", err)
		}
		ns = append(ns, n)
	}
	return ns
}

func decodeJSON(t *testing.T, s string) []*notice.Notice {
	t.Helper()
	n, err := encode.DecodeJSON(strings.NewReader(s))
	if err != nil {
		t.Fatalf("JSON: %v", err)
	}
	return []*notice.Notice{n}
}

func decodeXML(t *testing.T, s string) []*notice.Notice {
	t.Helper()
	n, err := encode.DecodeXML(strings.NewReader(s))
	if err != nil {
		t.Fatalf("XML: %v", err)
	}
	return []*notice.Notice{n}
}

// decodeText parses records written in the text form, separated by form
// feed lines. The text form leaves Input out, so only paths are compared.
func decodeText(t *testing.T, s string) []*notice.Notice {
	t.Helper()
	var ns []*notice.Notice
	for page := range strings.SplitSeq(s, textSeparator) {
		n, err := parse.Parse([]byte(page))
		if err != nil {
			t.Fatalf("text record: %v", err)
		}
		ns = append(ns, n)
	}
	return ns
}

// TestConvertFormats converts one page and a folder to every format and
// reads the output back with the library's decoders: the records must be
// the library's records, in input order, with input.path set.
func TestConvertFormats(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, pageTree(t))
	t.Chdir(dir)
	one := []string{"pages/栖霞.txt"}

	tests := []struct {
		name   string
		args   []string
		paths  []string
		decode func(*testing.T, string) []*notice.Notice
		text   bool // the form keeps no Input
	}{
		{"one file default json", []string{"convert", one[0]}, one, decodeJSON, false},
		{"one file json", []string{"convert", "--format", "json", one[0]}, one, decodeJSON, false},
		{"one file jsonl", []string{"convert", "--format", "jsonl", one[0]}, one, decodeJSONLines, false},
		{"one file xml", []string{"convert", "--format", "xml", one[0]}, one, decodeXML, false},
		{"one file text", []string{"convert", "--format", "text", one[0]}, one, decodeText, true},
		{"implicit convert", []string{one[0]}, one, decodeJSON, false},
		{"implicit convert with flags", []string{one[0], "pages/z/jiangxi.htm"}, []string{one[0], "pages/z/jiangxi.htm"}, decodeJSONLines, false},
		{"folder default jsonl", []string{"convert", "pages"}, walkedPaths, decodeJSONLines, false},
		{"folder json", []string{"convert", "--format", "json", "pages"}, walkedPaths, decodeJSONStream, false},
		{"folder xml", []string{"convert", "--format", "xml", "pages"}, walkedPaths, decodeXMLStream, false},
		{"folder text", []string{"convert", "--format", "text", "pages"}, walkedPaths, decodeText, true},
		{"folder with trailing slash", []string{"convert", "pages/"}, walkedPaths, decodeJSONLines, false},
		{"folder given as ./", []string{"convert", "./pages"}, walkedPaths, decodeJSONLines, false},
		{"files and folders in argument order", []string{"convert", "pages/z", one[0], "pages/a b/deep"},
			[]string{"pages/z/jiangxi.htm", one[0], "pages/a b/deep/guobanhan.SHTML"}, decodeJSONLines, false},
		{"a file named twice is read twice", []string{"convert", one[0], one[0]}, []string{one[0], one[0]}, decodeJSONLines, false},
		{"include", []string{"convert", "--include", "*.htm, *.shtml", "pages"},
			[]string{"pages/a b/deep/guobanhan.SHTML", "pages/z/jiangxi.htm"}, decodeJSONLines, false},
		{"include does not filter file arguments", []string{"convert", "--include", "*.htm", "pages/z/notes.md"}, nil, nil, false},
		{"-j 1", []string{"convert", "-j", "1", "pages"}, walkedPaths, decodeJSONLines, false},
		{"--j=7", []string{"convert", "--j=7", "pages"}, walkedPaths, decodeJSONLines, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", tt.args...)
			if tt.decode == nil {
				// notes.md is read as a page, and is one.
				if code != 0 || !strings.Contains(out, `"path": "pages/z/notes.md"`) {
					t.Errorf("exit %d, stdout %.200q, stderr %q", code, out, errOut)
				}
				return
			}
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			got := tt.decode(t, out)
			want := libraryRecords(t, tt.paths)
			if tt.text {
				if len(got) != len(want) {
					t.Fatalf("%d records, want %d", len(got), len(want))
				}
				for i := range got {
					noticetest.Equal(t, want[i], got[i], noticetest.IgnoreInput)
				}
				return
			}
			if diff := cmp.Diff(inputPaths(want), inputPaths(got)); diff != "" {
				t.Errorf("input paths (-want +got):\n%s", diff)
			}
			for i := range min(len(got), len(want)) {
				noticetest.Equal(t, want[i], got[i])
			}
		})
	}
}

func inputPaths(ns []*notice.Notice) []string {
	var ps []string
	for _, n := range ns {
		ps = append(ps, n.Input.Path)
	}
	return ps
}

// TestConvertStdin reads pages from standard input, in any charset, with
// "-" as their path.
func TestConvertStdin(t *testing.T) {
	gb := string(readPage(t, "encodings/qixia-2025-78463.gb18030.txt"))
	want := libraryRecord(t, qixia)
	want.Input.Path = "-"
	want.Input.Charset = "gb18030"
	for _, args := range [][]string{{"convert", "-"}, {"convert"}, {"-"}} {
		code, out, errOut := runCLI(t, gb, args...)
		if code != 0 || errOut != "" {
			t.Fatalf("%q: exit %d, stderr %q", args, code, errOut)
		}
		noticetest.Equal(t, want, decodeJSON(t, out)[0])
	}

	// Standard input among files: several records, in argument order.
	code, out, _ := runCLI(t, gb, "convert", qixia, "-")
	if got := inputPaths(decodeJSONLines(t, out)); code != 0 || !cmp.Equal(got, []string{qixia, "-"}) {
		t.Errorf("exit %d, paths %q", code, got)
	}
}

// TestConvertCharsetOptions checks that the parser flags reach the parser.
func TestConvertCharsetOptions(t *testing.T) {
	big5 := string(readPage(t, "encodings/govcn-guobanhan-2018-71.trad.big5.txt"))
	code, out, errOut := runCLI(t, big5, "convert", "--charset", "big5", "-")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if n := decodeJSON(t, out)[0]; n.Input.Charset != "big5" || !strings.Contains(n.Publisher+n.Title, "国务院") {
		t.Errorf("--charset big5: charset %q, publisher %q, title %q", n.Input.Charset, n.Publisher, n.Title)
	}

	_, out, _ = runCLI(t, "", "convert", "--keep-script", "--keep-punctuation", qixia)
	body := strings.Join(decodeJSON(t, out)[0].Body, "\n")
	if !strings.Contains(body, "11月18日上午,棲霞區") {
		t.Errorf("--keep-script --keep-punctuation: body %.100q", body)
	}
}

// TestConvertBadInputs checks that one bad input never stops a batch: each
// is reported on standard error in input order, the good records are
// written, and the exit status is 1.
func TestConvertBadInputs(t *testing.T) {
	dir := t.TempDir()
	pages := samplePages(t)
	writeTree(t, dir, map[string][]byte{
		"in/1 good.txt":   pages["qixia-2025-78463.txt"],
		"in/2 empty.txt":  nil,
		"in/3 blank.txt":  []byte(" \n\u3000\n"),
		"in/4 binary.txt": []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00"),
		"in/5 large.txt":  bytes.Repeat([]byte("索引号：1\n"), 1000),
		"in/6 good.htm":   pages["anhui-taihu-2019-00336.txt"],
	})
	t.Chdir(dir)
	for _, j := range []string{"1", "4"} {
		code, out, errOut := runCLI(t, "", "convert", "-j", j, "--max-size", "10K", "in", "missing.txt")
		if code != 1 {
			t.Errorf("-j %s: exit %d, want 1", j, code)
		}
		wantErr := `in/2 empty.txt: empty page
in/3 blank.txt: empty page
in/4 binary.txt:LINE:COLUMN: not text
in/5 large.txt: page too large
missing.txt: no such file or directory
`
		// Where the parser finds binary data is its business; that the
		// message carries a position is ours.
		errOut = regexp.MustCompile(`binary.txt:\d+:\d+:`).ReplaceAllString(errOut, "binary.txt:LINE:COLUMN:")
		if diff := cmp.Diff(wantErr, errOut); diff != "" {
			t.Errorf("-j %s: stderr (-want +got):\n%s", j, diff)
		}
		if got := inputPaths(decodeJSONLines(t, out)); !cmp.Equal(got, []string{"in/1 good.txt", "in/6 good.htm"}) {
			t.Errorf("-j %s: records of %q", j, got)
		}
	}

	// A size limit in the other units.
	if code, _, errOut := runCLI(t, "", "convert", "--max-size", "1M", "in/5 large.txt"); code != 0 {
		t.Errorf("--max-size 1M: exit %d, stderr %q", code, errOut)
	}
	// Standard input over the limit.
	if code, _, errOut := runCLI(t, strings.Repeat("x", 2000), "convert", "--max-size", "1k", "-"); code != 1 || errOut != "-: page too large\n" {
		t.Errorf("stdin over the limit: exit %d, stderr %q", code, errOut)
	}
}

// TestConvertStrict checks that --strict fails records with validation
// errors, not those with warnings only.
func TestConvertStrict(t *testing.T) {
	t.Chdir("testdata")
	code, out, errOut := runCLI(t, "", "convert", "--strict", "valid.txt", "warning.txt", "invalid.txt")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	wantErr := "invalid.txt: title: required: missing\ninvalid.txt: publisher: required: missing\n"
	if diff := cmp.Diff(wantErr, errOut); diff != "" {
		t.Errorf("stderr (-want +got):\n%s", diff)
	}
	if got := inputPaths(decodeJSONLines(t, out)); !cmp.Equal(got, []string{"valid.txt", "warning.txt"}) {
		t.Errorf("records of %q", got)
	}

	// Without --strict every record is written.
	code, out, errOut = runCLI(t, "", "convert", "valid.txt", "warning.txt", "invalid.txt")
	if code != 0 || errOut != "" || len(decodeJSONLines(t, out)) != 3 {
		t.Errorf("without --strict: exit %d, stderr %q", code, errOut)
	}
}

// TestConvertJobsDeterministic converts the same batch with different
// numbers of workers and wants the same bytes, for every format.
func TestConvertJobsDeterministic(t *testing.T) {
	dir := t.TempDir()
	pages := samplePages(t)
	tree := make(map[string][]byte)
	i := 0
	for range 4 {
		for name, page := range pages {
			i++
			// Unique bytes per copy, and a broken page now and then.
			tree[filepath.Join("in", string(rune('a'+i%7)), name+"."+string(rune('A'+i%26))+".txt")] = append(page, "\n第"+strings.Repeat("一", i)+"页\n"...)
			if i%9 == 0 {
				tree[filepath.Join("in", "broken", name)] = nil
			}
		}
	}
	writeTree(t, dir, tree)
	t.Chdir(dir)
	for _, format := range []string{"jsonl", "json", "xml", "text"} {
		var first string
		for _, j := range []string{"1", "2", "8"} {
			code, out, errOut := runCLI(t, "", "convert", "--format", format, "-j", j, "in")
			if code != 1 || !strings.Contains(errOut, "empty page") {
				t.Errorf("%s -j %s: exit %d, stderr %.200q", format, j, code, errOut)
			}
			if first == "" {
				first = out
			} else if out != first {
				t.Errorf("%s: -j %s output differs from -j 1", format, j)
			}
		}
	}
}

// TestConvertOut checks --out: mirrored paths, extensions, no clobbering
// without --force, replacing with it, and no temporary file left.
func TestConvertOut(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, pageTree(t))
	writeTree(t, dir, map[string][]byte{
		"other/栖霞.txt": samplePages(t)["anhui-taihu-2019-00336.txt"],
		"dup/x.txt":    samplePages(t)["anhui-taihu-2019-00336.txt"],
		"dup/x.html":   samplePages(t)["qixia-2025-78463.txt"],
	})
	t.Chdir(dir)

	code, out, errOut := runCLI(t, "", "convert", "--out", "out", "pages")
	if code != 0 || out != "" || errOut != "" {
		t.Fatalf("exit %d, stdout %.100q, stderr %q", code, out, errOut)
	}
	want := []string{
		"out/a b/anhui taihu.json",
		"out/a b/deep/guobanhan.json",
		"out/z/jiangxi.json",
		"out/栖霞.json",
	}
	if diff := cmp.Diff(want, listFiles(t, "out")); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	for i, name := range want {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		noticetest.Equal(t, libraryRecord(t, walkedPaths[i]), decodeJSON(t, string(data))[0])
	}

	// Again: every file exists, none is touched.
	before := readFiles(t, "out")
	code, _, errOut = runCLI(t, "", "convert", "--out", "out", "pages")
	wantErr := `pages/a b/anhui taihu.html: writing out/a b/anhui taihu.json: exists (use --force to replace it)
pages/a b/deep/guobanhan.SHTML: writing out/a b/deep/guobanhan.json: exists (use --force to replace it)
pages/z/jiangxi.htm: writing out/z/jiangxi.json: exists (use --force to replace it)
pages/栖霞.txt: writing out/栖霞.json: exists (use --force to replace it)
`
	if diff := cmp.Diff(wantErr, errOut); code != 1 || diff != "" {
		t.Errorf("exit %d, stderr (-want +got):\n%s", code, diff)
	}
	if diff := cmp.Diff(before, readFiles(t, "out")); diff != "" {
		t.Errorf("files changed without --force:\n%s", diff)
	}

	// A file argument goes to its base name; --force replaces it.
	code, _, errOut = runCLI(t, "", "convert", "--out", "out", "--force", "other/栖霞.txt")
	if code != 0 || errOut != "" {
		t.Fatalf("--force: exit %d, stderr %q", code, errOut)
	}
	data, _ := os.ReadFile("out/栖霞.json")
	noticetest.Equal(t, libraryRecord(t, "other/栖霞.txt"), decodeJSON(t, string(data))[0])

	// Two inputs with one output name: the first wins, the second fails,
	// even with --force.
	code, _, errOut = runCLI(t, "", "convert", "--out", "dupout", "--force", "dup", "pages/栖霞.txt", "other/栖霞.txt")
	wantErr = "dup/x.txt: dupout/x.json: same output file as dup/x.html\n" +
		"other/栖霞.txt: dupout/栖霞.json: same output file as pages/栖霞.txt\n"
	if diff := cmp.Diff(wantErr, errOut); code != 1 || diff != "" {
		t.Errorf("exit %d, stderr (-want +got):\n%s", code, diff)
	}

	// Extensions by format; jsonl holds one line.
	for format, ext := range map[string]string{"jsonl": ".jsonl", "xml": ".xml", "text": ".txt"} {
		code, _, errOut := runCLI(t, "", "convert", "--format", format, "--out", "by-"+format, "pages/栖霞.txt")
		if code != 0 {
			t.Errorf("%s: exit %d, stderr %q", format, code, errOut)
		}
		data, err := os.ReadFile("by-" + format + "/栖霞" + ext)
		if err != nil {
			t.Error(err)
			continue
		}
		var got []*notice.Notice
		switch format {
		case "jsonl":
			got = decodeJSONLines(t, string(data))
		case "xml":
			got = decodeXML(t, string(data))
		case "text":
			got = decodeText(t, string(data))
		}
		if len(got) != 1 {
			t.Errorf("%s: %d records", format, len(got))
		}
	}

	// No temporary file is left anywhere.
	for _, d := range []string{"out", "dupout", "by-xml"} {
		for _, f := range listAll(t, d) {
			if strings.Contains(filepath.Base(f), ".tmp") {
				t.Errorf("temporary file left: %s", f)
			}
		}
	}
}

// TestConvertOutInsideInput writes the output under the folder it reads:
// the outputs of the run must not become its inputs.
func TestConvertOutInsideInput(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string][]byte{"pages/a.txt": samplePages(t)["qixia-2025-78463.txt"]})
	t.Chdir(dir)
	for range 2 {
		code, _, errOut := runCLI(t, "", "convert", "--format", "text", "--out", "pages/out", "--force", "pages")
		if code != 0 || errOut != "" {
			t.Fatalf("exit %d, stderr %q", code, errOut)
		}
	}
	if diff := cmp.Diff([]string{"pages/a.txt", "pages/out/a.txt"}, listFiles(t, "pages")); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
}

// TestConvertOutSymlinkEscape checks that --out never writes outside its
// folder, through a symbolic link to a folder or to a file outside.
func TestConvertOutSymlinkEscape(t *testing.T) {
	dir := t.TempDir()
	page := samplePages(t)["qixia-2025-78463.txt"]
	writeTree(t, dir, map[string][]byte{
		"in/sub/a.txt":   page,
		"in/b.txt":       page,
		"in/c.txt":       page,
		"outside/keep":   []byte("outside"),
		"out/.keep":      nil,
		"outside/c.json": []byte("outside"),
	})
	t.Chdir(dir)
	if err := os.Symlink(filepath.Join(dir, "outside"), "out/sub"); err != nil {
		t.Skipf("no symbolic links: %v", err)
	}
	if err := os.Symlink("../outside/c.json", "out/c.json"); err != nil {
		t.Fatal(err)
	}
	before := readFiles(t, "outside")

	code, _, errOut := runCLI(t, "", "convert", "--out", "out", "--force", "in")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if want := "in/sub/a.txt: writing out/sub/a.json: path escapes from parent\n"; errOut != want {
		t.Errorf("stderr %q, want %q", errOut, want)
	}
	if diff := cmp.Diff(before, readFiles(t, "outside")); diff != "" {
		t.Errorf("files outside changed (-want +got):\n%s", diff)
	}
	// --force replaced the link out/c.json itself, not its target.
	if info, err := os.Lstat("out/c.json"); err != nil || !info.Mode().IsRegular() {
		t.Errorf("out/c.json: %v, %v", info, err)
	}
	if _, err := os.Stat("out/b.json"); err != nil {
		t.Error(err)
	}

	// Without --force a link in the way is refused like any file.
	os.Remove("out/c.json")
	os.Symlink("../outside/c.json", "out/c.json")
	code, _, errOut = runCLI(t, "", "convert", "--out", "out", "in/c.txt")
	if code != 1 || !strings.Contains(errOut, "exists") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// listFiles returns the regular files under dir, slash-separated, sorted.
func listFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	for _, f := range listAll(t, dir) {
		if info, err := os.Lstat(f); err == nil && info.Mode().IsRegular() {
			files = append(files, f)
		}
	}
	return files
}

func listAll(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			files = append(files, filepath.ToSlash(path))
		}
		return nil
	})
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	return files
}

func readFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := make(map[string]string)
	for _, f := range listFiles(t, dir) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m[f] = string(b)
	}
	return m
}

// TestConvertOutIsInput writes text records into the folder they are read
// from: with --force too, an input is never replaced by its own record.
func TestConvertOutIsInput(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string][]byte{"pages/a.txt": samplePages(t)["qixia-2025-78463.txt"]})
	t.Chdir(dir)
	before := readFiles(t, "pages")
	code, _, errOut := runCLI(t, "", "convert", "--format", "text", "--out", "pages", "--force", "pages")
	if want := "pages/a.txt: writing pages/a.txt: is the input itself; it is never replaced\n"; code != 1 || errOut != want {
		t.Errorf("exit %d, stderr %q, want %q", code, errOut, want)
	}
	if diff := cmp.Diff(before, readFiles(t, "pages")); diff != "" {
		t.Errorf("input changed (-want +got):\n%s", diff)
	}
}

// TestConvertFindsInputs checks how inputs are found: --exclude, folders
// with no input, --from-list from a file and from standard input.
func TestConvertFindsInputs(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, pageTree(t))
	writeTree(t, dir, map[string][]byte{
		"empty/notes.md":  []byte("not a page"),
		"lists/all.txt":   []byte("pages/z/jiangxi.htm\r\n\npages/a b\n"),
		"lists/none.txt":  []byte("\n\n"),
		"lists/wrong.txt": []byte("pages/z/jiangxi.htm\nno/such/page.txt\n"),
	})
	t.Chdir(dir)
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		paths  []string
		stderr string
	}{
		{"exclude a name", []string{"convert", "--exclude", "*.HTML", "pages"}, "", 0,
			[]string{"pages/a b/deep/guobanhan.SHTML", "pages/z/jiangxi.htm", "pages/栖霞.txt"}, ""},
		{"exclude a folder", []string{"convert", "--exclude", "deep,z", "pages"}, "", 0,
			[]string{"pages/a b/anhui taihu.html", "pages/栖霞.txt"}, ""},
		{"exclude a path", []string{"convert", "--exclude", "a b/*", "pages"}, "", 0,
			[]string{"pages/z/jiangxi.htm", "pages/栖霞.txt"}, ""},
		{"exclude does not filter file arguments", []string{"convert", "--exclude", "*.txt", "pages/栖霞.txt", "pages/z"}, "", 0,
			[]string{"pages/栖霞.txt", "pages/z/jiangxi.htm"}, ""},
		{"a folder with no page", []string{"convert", "empty", "pages/z"}, "", 1,
			[]string{"pages/z/jiangxi.htm"}, `empty: no file to read: no name under it matches --include "*.txt,*.htm,*.html,*.shtml" (names starting with "." are skipped)` + "\n"},
		{"everything excluded", []string{"convert", "--exclude", "*", "pages"}, "", 1,
			nil, `pages: no file to read: no name under it matches --include "*.txt,*.htm,*.html,*.shtml" and not --exclude "*" (names starting with "." are skipped)` + "\n"},
		{"a list", []string{"convert", "--from-list", "lists/all.txt"}, "", 0,
			[]string{"pages/z/jiangxi.htm", "pages/a b/anhui taihu.html", "pages/a b/deep/guobanhan.SHTML"}, ""},
		{"a list after paths", []string{"convert", "--from-list", "lists/all.txt", "pages/栖霞.txt"}, "", 0,
			[]string{"pages/栖霞.txt", "pages/z/jiangxi.htm", "pages/a b/anhui taihu.html", "pages/a b/deep/guobanhan.SHTML"}, ""},
		{"a list on standard input", []string{"convert", "--from-list", "-"}, "pages/栖霞.txt\npages/z\n", 0,
			[]string{"pages/栖霞.txt", "pages/z/jiangxi.htm"}, ""},
		{"a list naming a missing file", []string{"convert", "--from-list", "lists/wrong.txt"}, "", 1,
			[]string{"pages/z/jiangxi.htm"}, "no/such/page.txt: no such file or directory\n"},
		{"an empty list", []string{"convert", "--from-list", "lists/none.txt"}, "", 1,
			nil, "lists/none.txt: the list names no path\n"},
		{"an empty list on standard input", []string{"convert", "--from-list", "-"}, "", 1,
			nil, "-: the list names no path\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.stdin, append(tt.args[:1:1], append([]string{"--format", "jsonl"}, tt.args[1:]...)...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			if diff := cmp.Diff(tt.stderr, errOut); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.paths, inputPaths(decodeJSONLines(t, out))); diff != "" {
				t.Errorf("records (-want +got):\n%s", diff)
			}
		})
	}
}

// TestConvertJobsCap asks for absurd numbers of workers: the run uses at
// most jobsPerCPU per CPU, says so, and gives the same output.
func TestConvertJobsCap(t *testing.T) {
	_, want, _ := runCLI(t, "", "convert", "-j", "1", qixia, qixia)
	for _, j := range []string{"1000000", "10000000000"} {
		code, out, errOut := runCLI(t, "", "convert", "-j", j, qixia, qixia)
		wantErr := fmt.Sprintf("govnotice convert: -j %s is more than this machine can use; reading %d pages at once (%d per CPU)\n", j, maxJobs(), jobsPerCPU)
		if code != 0 || errOut != wantErr {
			t.Errorf("-j %s: exit %d, stderr %q, want %q", j, code, errOut, wantErr)
		}
		if out != want {
			t.Errorf("-j %s: output differs from -j 1", j)
		}
	}
	if code, _, errOut := runCLI(t, "", "convert", "-j", strconv.Itoa(maxJobs()), qixia); code != 0 || errOut != "" {
		t.Errorf("-j at the bound: exit %d, stderr %q", code, errOut)
	}
}

// failingWriter fails every write after the first n bytes, as a full disk
// does.
type failingWriter struct {
	n       int
	written bytes.Buffer
}

var errDiskFull = errors.New("no space left on device")

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.written.Len()+len(p) > w.n {
		k := max(w.n-w.written.Len(), 0)
		w.written.Write(p[:k])
		return k, errDiskFull
	}
	return w.written.Write(p)
}

// TestConvertStdoutFails writes a batch to standard output that fails
// part of the way: the run stops with an error naming the failure and exit
// 1, for every format; what was written before is whole records.
func TestConvertStdoutFails(t *testing.T) {
	dir := t.TempDir()
	pages := samplePages(t)
	tree := make(map[string][]byte)
	for i := range 300 {
		tree[fmt.Sprintf("in/%03d.txt", i)] = append(bytes.Clone(pages["qixia-2025-78463.txt"]), fmt.Sprintf("\n第%d页\n", i)...)
	}
	writeTree(t, dir, tree)
	t.Chdir(dir)
	for _, format := range []string{"jsonl", "json", "xml", "text"} {
		for _, limit := range []int{0, 1, 200 << 10} {
			w := &failingWriter{n: limit}
			var errOut bytes.Buffer
			code := run([]string{"convert", "--format", format, "-j", "2", "in"}, strings.NewReader(""), w, &errOut)
			want := "govnotice convert: writing output: no space left on device\n"
			if code != 1 || errOut.String() != want {
				t.Errorf("%s, fails after %d bytes: exit %d, stderr %q, want %q", format, limit, code, errOut.String(), want)
			}
			if format == "jsonl" {
				// Only whole lines reach the writer before the failure, but
				// a line may be cut where the writer failed.
				lines := strings.Split(w.written.String(), "\n")
				decodeJSONLines(t, strings.Join(lines[:len(lines)-1], "\n"))
			}
		}
	}
	// --out writes files, not standard output: a failing standard output
	// does not matter.
	w := &failingWriter{}
	var errOut bytes.Buffer
	if code := run([]string{"convert", "--out", "out", "in"}, strings.NewReader(""), w, &errOut); code != 0 || errOut.Len() > 0 {
		t.Errorf("--out: exit %d, stderr %q", code, errOut.String())
	}
	if files := listFiles(t, "out"); len(files) != 300 {
		t.Errorf("--out wrote %d files, want 300", len(files))
	}
}

// TestConvertPanicIsOnePageLost makes the parser panic on one page of a
// batch: that page fails with an internal error, and every other record is
// written, in order.
func TestConvertPanicIsOnePageLost(t *testing.T) {
	dir := t.TempDir()
	pages := samplePages(t)
	tree := make(map[string][]byte)
	var want []string
	for i := range 40 {
		name := fmt.Sprintf("in/%02d.txt", i)
		page := append(bytes.Clone(pages["anhui-taihu-2019-00336.txt"]), fmt.Sprintf("\n第%d页\n", i)...)
		if i == 20 {
			page = []byte("panic here")
		} else {
			want = append(want, name)
		}
		tree[name] = page
	}
	writeTree(t, dir, tree)
	t.Chdir(dir)
	real := parsePage
	t.Cleanup(func() { parsePage = real })
	parsePage = func(p *parse.Parser, data []byte) (*notice.Notice, error) {
		if string(data) == "panic here" {
			panic("a bug in the parser")
		}
		return real(p, data)
	}
	for _, j := range []string{"1", "2", "8"} {
		code, out, errOut := runCLI(t, "", "convert", "-j", j, "in")
		if code != 1 || !strings.HasPrefix(errOut, "in/20.txt: internal error, please report it with the page: a bug in the parser") {
			t.Errorf("-j %s: exit %d, stderr %q", j, code, errOut)
		}
		if diff := cmp.Diff(want, inputPaths(decodeJSONLines(t, out))); diff != "" {
			t.Errorf("-j %s: records (-want +got):\n%s", j, diff)
		}
	}
}

// TestConvertNamesNotUTF8 converts files whose names are GBK, as archives
// made on Windows have them: every page gives its record, with the name
// escaped as parse.ParseFile escapes it and a warning, in records and in
// messages alike.
func TestConvertNamesNotUTF8(t *testing.T) {
	dir := t.TempDir()
	good := samplePages(t)["qixia-2025-78463.txt"]
	gbk := func(s string) string {
		b, err := simplifiedchinese.GBK.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	folder, page, empty := gbk("公告"), gbk("公告.txt"), gbk("公文.txt")
	if err := os.MkdirAll(filepath.Join(dir, folder), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, folder, page), good, 0o644); err != nil {
		t.Skipf("the file system refuses names that are not UTF-8: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, folder, empty), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	want, err := parse.ParseFile(filepath.Join(folder, page))
	if err != nil {
		t.Fatal(err)
	}
	const escaped = `\xb9\xab\xb8\xe6/\xb9\xab\xb8\xe6.txt`
	if want.Input.Path != escaped {
		t.Fatalf("parse.ParseFile: path %q, want %q", want.Input.Path, escaped)
	}
	code, out, errOut := runCLI(t, "", "convert", "--format", "jsonl", folder)
	if code != 1 || errOut != `\xb9\xab\xb8\xe6/\xb9\xab\xce\xc4.txt: empty page`+"\n" {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	got := decodeJSONLines(t, out)
	if len(got) != 1 {
		t.Fatalf("%d records, want 1", len(got))
	}
	noticetest.Equal(t, want, got[0])

	// validate and --out name the pages alike.
	_, vout, _ := runCLI(t, "", "validate", folder)
	if !strings.Contains(vout, escaped+": input: encoding: file name is not valid UTF-8") {
		t.Errorf("validate: %q", vout)
	}
	if code, _, errOut := runCLI(t, "", "convert", "--out", "out", filepath.Join(folder, page)); code != 0 {
		t.Errorf("--out: exit %d, stderr %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join("out", gbk("公告.json"))); err != nil {
		t.Errorf("--out: %v", err)
	}
}

// TestConvertCharsetFlag names wrong charsets: the page fails with an
// error naming the charset and the offset, and the batch goes on.
func TestConvertCharsetFlag(t *testing.T) {
	gb := readPage(t, "encodings/qixia-2025-78463.gb18030.txt")
	tests := []struct {
		charset, stdin, stderr string
		code                   int
	}{
		{"utf-16le", string(readPage(t, "pages/qixia-2025-78463.txt")), "-: charset utf-16le does not fit the page: from byte offset 0 it reads other characters than utf-8, which the page is\n", 1},
		{"big5", string(gb), "-: charset big5 does not fit the page: the bytes at offset 8 are not valid big5; the page is gb18030\n", 1},
		{"gbk", string(gb), "", 0},
	}
	for _, tt := range tests {
		code, _, errOut := runCLI(t, tt.stdin, "convert", "--charset", tt.charset, "-")
		if code != tt.code || errOut != tt.stderr {
			t.Errorf("--charset %s: exit %d, stderr %q; want %d, %q", tt.charset, code, errOut, tt.code, tt.stderr)
		}
	}
	// validate reports it as a page that gave no record.
	code, out, _ := runCLI(t, string(gb), "validate", "--charset", "utf-8", "-")
	if code != 1 || !strings.HasPrefix(out, "-: charset utf-8 does not fit the page: the bytes at offset 2 are not valid utf-8; the page is gb18030\n") {
		t.Errorf("validate: exit %d, stdout %q", code, out)
	}
}
