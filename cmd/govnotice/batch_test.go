package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestByteSize(t *testing.T) {
	for _, tt := range []struct {
		in, out string
		n       int64
	}{
		{"65536", "64K", 64 << 10},
		{"64k", "64K", 64 << 10},
		{"10M", "10M", 10 << 20},
		{"2G", "2G", 2 << 30},
		{"1000", "1000", 1000},
		{"1536K", "1536K", 1536 << 10},
	} {
		var s byteSize
		if err := s.Set(tt.in); err != nil || int64(s) != tt.n || s.String() != tt.out {
			t.Errorf("Set(%q): %d %q %v, want %d %q", tt.in, int64(s), s.String(), err, tt.n, tt.out)
		}
	}
	for _, bad := range []string{"", "K", "-1", "0", "1T", "1.5M", "99999999999G"} {
		var s byteSize
		if err := s.Set(bad); err == nil {
			t.Errorf("Set(%q) = %d, want an error", bad, int64(s))
		}
	}
}

// TestLister lists a folder tree with links, hidden names and names the
// include patterns leave out.
func TestLister(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string][]byte{
		"tree/b.TXT":          nil,
		"tree/a/1.html":       nil,
		"tree/a/2.md":         nil,
		"tree/.hidden/3.txt":  nil,
		"tree/.4.txt":         nil,
		"tree/c d/栖霞.shtml":   nil,
		"elsewhere/5.txt":     nil,
		"elsewhere/sub/6.txt": nil,
	})
	t.Chdir(dir)
	links := [][2]string{
		{"../elsewhere/5.txt", "tree/link-to-file.txt"},
		{"../elsewhere/sub", "tree/link-to-folder"},
		{"missing.txt", "tree/dangling.txt"},
		{"tree", "tree-link"},
	}
	for _, l := range links {
		if err := os.Symlink(l[0], l[1]); err != nil {
			t.Skipf("no symbolic links: %v", err)
		}
	}
	include, err := parsePatterns("include", defaultInclude, false)
	if err != nil {
		t.Fatal(err)
	}
	l := &lister{include: include}
	type row struct{ Name, Rel, Err string }
	list := func(args ...string) []row {
		var rows []row
		for in := range l.inputs(arguments(args, "", nil)) {
			r := row{Name: filepath.ToSlash(in.name), Rel: filepath.ToSlash(in.rel)}
			if in.err != nil {
				r.Err = unwrapPath(in.err).Error()
			}
			rows = append(rows, r)
		}
		return rows
	}
	want := []row{
		{"tree/a/1.html", "a/1.html", ""},
		{"tree/b.TXT", "b.TXT", ""},
		{"tree/c d/栖霞.shtml", "c d/栖霞.shtml", ""},
		{"tree/dangling.txt", "dangling.txt", "no such file or directory"},
		{"tree/link-to-file.txt", "link-to-file.txt", ""},
		{"-", "", ""},
		{"tree/a/2.md", "2.md", ""},
		{"nothing", "", "no such file or directory"},
		{"tree-link/a/1.html", "1.html", ""},
	}
	got := list("tree", "-", "tree/a/2.md", "nothing", "tree-link/a")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("inputs (-want +got):\n%s", diff)
	}

	// A folder argument that is a link is walked; stopping early stops.
	n := 0
	for range l.inputs(arguments([]string{"tree-link", "tree"}, "", nil)) {
		if n++; n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("%d inputs before break", n)
	}
	if got := list("tree-link"); len(got) != 5 || got[0].Name != "tree-link/a/1.html" {
		t.Errorf("through a link: %v", got)
	}

	if os.Geteuid() != 0 {
		if err := os.Chmod("tree/a", 0); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod("tree/a", 0o755)
		got := list("tree")
		if len(got) == 0 || got[0].Name != "tree/a" || got[0].Err == "" {
			t.Errorf("unreadable folder: %v", got)
		}
	}
}

func TestPaths(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want []string
		err  string
	}{
		{nil, []string{"-"}, ""},
		{[]string{"-j", "2"}, []string{"-"}, ""},
		{[]string{"a", "-", "b"}, []string{"a", "-", "b"}, ""},
		{[]string{"-j", "2", "a", "-x"}, nil, "flag -x after a path: flags come first (or use -- before a path that starts with -)"},
		{[]string{"-j", "2", "--", "-x", "-y"}, []string{"-x", "-y"}, ""},
		{[]string{"-", "-"}, nil, `"-" (standard input) given twice`},
	} {
		fs := newFlagSet("t", "", "", "", io.Discard)
		fs.Int("j", 1, "")
		if err := fs.Parse(tt.args); err != nil {
			t.Fatal(err)
		}
		got, err := paths(fs, tt.args, false)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("%q: error %v, want %q", tt.args, err, tt.err)
			}
			continue
		}
		if err != nil || !cmp.Equal(got, tt.want) {
			t.Errorf("%q: %q, %v; want %q", tt.args, got, err, tt.want)
		}
	}
}
