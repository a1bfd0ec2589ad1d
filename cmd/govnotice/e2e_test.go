package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/noticetest"
)

// buildBinary builds govnotice into a temporary folder and returns its path.
func buildBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary: not in -short mode")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("go command not found: %v", err)
	}
	bin := filepath.Join(t.TempDir(), "govnotice")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// result is what a run of the binary did.
type result struct {
	code           int
	stdout, stderr string
}

// runBinary runs bin with args in dir, feeding it stdin.
func runBinary(t *testing.T, bin, dir string, stdin []byte, args ...string) result {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	cmd.Stdin = bytes.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	var exit *exec.ExitError
	code := 0
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatalf("running %s: %v", bin, err)
	}
	return result{code, out.String(), errOut.String()}
}

// TestEndToEnd runs the built binary over a folder tree of good and broken
// pages with awkward names.
func TestEndToEnd(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	pages := samplePages(t)
	writeTree(t, dir, map[string][]byte{
		"pages/栖霞.txt":                     pages["qixia-2025-78463.txt"],
		"pages/with space/a b.html":        pages["anhui-taihu-2019-00336.txt"],
		"pages/with space/deep/er/x.shtml": pages["govcn-guobanhan-2018-71.txt"],
		"pages/dots/a..b.txt":              pages["shaanxi-zhenba-2024-001005.txt"],
		"pages/dots/..c.txt":               pages["jiangxi-wanzai-statistics-2023.txt"], // hidden: starts with "."
		"pages/broken/empty.txt":           nil,
		"pages/broken/binary.txt":          []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00"),
		"pages/broken/huge.txt":            bytes.Repeat(pages["qixia-2025-78463.txt"], 40),
		"work/.keep":                       nil,
	})
	good := []string{
		"pages/dots/a..b.txt",
		"pages/with space/a b.html",
		"pages/with space/deep/er/x.shtml",
		"pages/栖霞.txt",
	}

	t.Run("every format", func(t *testing.T) {
		t.Chdir(dir)
		for format, decode := range map[string]func(*testing.T, string) []*notice.Notice{
			"jsonl": decodeJSONLines, "json": decodeJSONStream, "xml": decodeXMLStream,
		} {
			r := runBinary(t, bin, dir, nil, "convert", "--format", format, "--max-size", "100K", "pages")
			if r.code != 1 {
				t.Errorf("%s: exit %d, want 1", format, r.code)
			}
			for _, bad := range []string{"pages/broken/binary.txt:", "pages/broken/empty.txt: empty page", "pages/broken/huge.txt: page too large"} {
				if !strings.Contains(r.stderr, bad) {
					t.Errorf("%s: stderr %q lacks %q", format, r.stderr, bad)
				}
			}
			got := decode(t, r.stdout)
			if diff := cmp.Diff(good, inputPaths(got)); diff != "" {
				t.Errorf("%s: records (-want +got):\n%s", format, diff)
			}
			for i, n := range got {
				noticetest.Equal(t, libraryRecord(t, good[i]), n)
			}
		}
		r := runBinary(t, bin, dir, nil, "convert", "--format", "text", "pages/with space")
		if r.code != 0 || len(decodeText(t, r.stdout)) != 2 {
			t.Errorf("text: exit %d, stderr %q", r.code, r.stderr)
		}
	})

	t.Run("stdin", func(t *testing.T) {
		gb := readPage(t, "encodings/qixia-2025-78463.gb18030.txt")
		r := runBinary(t, bin, dir, gb, "-")
		if r.code != 0 || r.stderr != "" {
			t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
		}
		n := decodeJSON(t, r.stdout)[0]
		if n.Input.Path != "-" || n.Input.Charset != "gb18030" || n.IndexNumber == nil {
			t.Errorf("record from stdin: %+v", n.Input)
		}
	})

	t.Run("parent folder", func(t *testing.T) {
		r := runBinary(t, bin, filepath.Join(dir, "work"), nil, "convert", "../pages/with space", "../pages/栖霞.txt")
		want := []string{"../pages/with space/a b.html", "../pages/with space/deep/er/x.shtml", "../pages/栖霞.txt"}
		if got := inputPaths(decodeJSONLines(t, r.stdout)); r.code != 0 || !cmp.Equal(want, got) {
			t.Errorf("exit %d, paths %q, stderr %q", r.code, got, r.stderr)
		}
		// The outputs of ".." inputs stay under --out.
		r = runBinary(t, bin, filepath.Join(dir, "work"), nil, "convert", "--out", "out", "../pages/with space", "../pages/栖霞.txt")
		if r.code != 0 || r.stderr != "" {
			t.Errorf("--out: exit %d, stderr %q", r.code, r.stderr)
		}
		wantFiles := []string{"out/a b.json", "out/deep/er/x.json", "out/栖霞.json"}
		t.Chdir(filepath.Join(dir, "work"))
		if diff := cmp.Diff(wantFiles, listFiles(t, "out")); diff != "" {
			t.Errorf("files (-want +got):\n%s", diff)
		}
	})

	t.Run("out", func(t *testing.T) {
		args := []string{"convert", "--out", "out", "--max-size", "100K", "pages"}
		r := runBinary(t, bin, dir, nil, args...)
		if r.code != 1 || strings.Count(r.stderr, "\n") != 3 {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
		t.Chdir(dir)
		want := []string{"out/dots/a..b.json", "out/with space/a b.json", "out/with space/deep/er/x.json", "out/栖霞.json"}
		if diff := cmp.Diff(want, listFiles(t, "out")); diff != "" {
			t.Errorf("files (-want +got):\n%s", diff)
		}
		// Existing files: refused, untouched; replaced with --force.
		os.WriteFile("out/栖霞.json", []byte("old"), 0o644)
		r = runBinary(t, bin, dir, nil, args...)
		if r.code != 1 || !strings.Contains(r.stderr, "pages/栖霞.txt: writing out/栖霞.json: exists (use --force to replace it)") {
			t.Errorf("exit %d, stderr %q", r.code, r.stderr)
		}
		if b, _ := os.ReadFile("out/栖霞.json"); string(b) != "old" {
			t.Errorf("replaced without --force: %.50q", b)
		}
		r = runBinary(t, bin, dir, nil, append(args[:1:1], append([]string{"--force"}, args[1:]...)...)...)
		if r.code != 1 || strings.Contains(r.stderr, "exists") {
			t.Errorf("--force: exit %d, stderr %q", r.code, r.stderr)
		}
		b, _ := os.ReadFile("out/栖霞.json")
		noticetest.Equal(t, libraryRecord(t, "pages/栖霞.txt"), decodeJSON(t, string(b))[0])
	})

	t.Run("out never escapes", func(t *testing.T) {
		t.Chdir(dir)
		os.MkdirAll("escape/out", 0o755)
		os.MkdirAll("escape/outside", 0o755)
		if err := os.Symlink(filepath.Join(dir, "escape/outside"), "escape/out/with space"); err != nil {
			t.Skipf("no symbolic links: %v", err)
		}
		r := runBinary(t, bin, dir, nil, "convert", "--out", "escape/out", "--force", "--max-size", "100K", "pages")
		for _, want := range []string{
			"pages/with space/a b.html: writing escape/out/with space/a b.json: path escapes from parent\n",
			"pages/with space/deep/er/x.shtml: writing escape/out/with space/deep/er/x.json: path escapes from parent\n",
		} {
			if !strings.Contains(r.stderr, want) {
				t.Errorf("stderr %q lacks %q", r.stderr, want)
			}
		}
		if r.code != 1 {
			t.Errorf("exit %d, want 1", r.code)
		}
		if files := listFiles(t, "escape/outside"); len(files) != 0 {
			t.Errorf("written outside: %q", files)
		}
		if files := listFiles(t, "escape/out"); !cmp.Equal(files, []string{"escape/out/dots/a..b.json", "escape/out/栖霞.json"}) {
			t.Errorf("written: %q", files)
		}
	})

	t.Run("-j 1 and -j 8 give the same bytes", func(t *testing.T) {
		for _, format := range []string{"jsonl", "xml"} {
			one := runBinary(t, bin, dir, nil, "convert", "-j", "1", "--format", format, "pages")
			eight := runBinary(t, bin, dir, nil, "convert", "-j", "8", "--format", format, "pages")
			if one != eight {
				t.Errorf("%s: -j 1 and -j 8 differ", format)
			}
		}
	})

	t.Run("validate", func(t *testing.T) {
		r := runBinary(t, bin, dir, nil, "validate", "--max-size", "100K", "pages/broken")
		if r.code != 1 || !strings.HasSuffix(r.stdout, "3 pages, 3 errors, 0 warnings\n") {
			t.Errorf("exit %d, stdout %q", r.code, r.stdout)
		}
	})

	t.Run("exit statuses", func(t *testing.T) {
		for _, tt := range []struct {
			args []string
			code int
		}{
			{[]string{"pages/栖霞.txt"}, 0},
			{[]string{"pages/broken/empty.txt"}, 1},
			{[]string{"convert", "--frob"}, 2},
			{[]string{"schema", "json"}, 0},
			{[]string{"version"}, 0},
		} {
			if r := runBinary(t, bin, dir, nil, tt.args...); r.code != tt.code {
				t.Errorf("%q: exit %d, want %d (stderr %q)", tt.args, r.code, tt.code, r.stderr)
			}
		}
	})
}

// TestInterrupt interrupts a run writing to --out and wants no file
// half-written: every output file decodes, no temporary file is left, and
// the exit status says the run failed.
func TestInterrupt(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no SIGINT on Windows")
	}
	bin := buildBinary(t)
	dir := t.TempDir()
	page := samplePages(t)["govcn-guobanhan-2018-71.txt"]
	tree := make(map[string][]byte)
	for i := range 2000 {
		tree[filepath.Join("in", string(rune('a'+i%20)), strings.Repeat("x", 1+i%7)+string(rune('A'+i/20%26))+string(rune('a'+i/520))+".txt")] = page
	}
	writeTree(t, dir, tree)
	cmd := exec.Command(bin, "convert", "-j", "2", "--out", "out", "in")
	cmd.Dir = dir
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait for the first output files, then interrupt.
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if entries, _ := os.ReadDir(filepath.Join(dir, "out", "a")); len(entries) > 3 {
			break
		}
	}
	cmd.Process.Signal(syscall.SIGINT)
	err := cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != 1 || !strings.Contains(errOut.String(), "interrupted") {
		t.Logf("stderr %q", errOut.String())
		if err == nil {
			t.Skip("the run finished before the interrupt")
		}
		t.Fatalf("wait: %v", err)
	}
	t.Chdir(dir)
	files := listAll(t, "out")
	if len(files) == 0 || len(files) >= len(tree) {
		t.Errorf("%d files written of %d", len(files), len(tree))
	}
	for _, f := range files {
		if strings.Contains(f, ".tmp") {
			t.Errorf("temporary file left: %s", f)
			continue
		}
		b, _ := os.ReadFile(f)
		decodeJSON(t, string(b))
	}
}
