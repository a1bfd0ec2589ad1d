package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestOutDirClaim(t *testing.T) {
	o, err := openOutDir(filepath.Join(t.TempDir(), "new", "out"), ".json", false)
	if err != nil {
		t.Fatal(err)
	}
	defer o.Close()
	tests := []struct {
		rel, want, err string
	}{
		{rel: "a.txt", want: "a.json"},
		{rel: filepath.Join("x", "b.c.html"), want: filepath.Join("x", "b.c.json")},
		{rel: "README", want: "README.json"},
		{rel: ".txt", want: ".txt.json"},
		{rel: "栖霞 1.shtml", want: "栖霞 1.json"},
		{rel: "a.htm", err: o.path("a.json") + ": same output file as in/a.txt"},
		{rel: filepath.Join("..", "up.txt"), err: "output name " + filepath.Join("..", "up.json") + " is outside " + o.dir},
	}
	for _, tt := range tests {
		got, err := o.claim(input{name: filepath.Join("in", tt.rel), rel: tt.rel})
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("claim(%q): %v, want error %q", tt.rel, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("claim(%q) = %q, %v; want %q", tt.rel, got, err, tt.want)
		}
	}
}

// TestOutDirWrite checks that write creates folders, refuses to replace a
// file without force, and leaves no temporary file.
func TestOutDirWrite(t *testing.T) {
	dir := t.TempDir()
	for _, force := range []bool{false, true} {
		o, err := openOutDir(dir, ".json", force)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Join("a", "b", "c.json")
		err = o.write(name, []byte("one"), nil)
		if err != nil {
			t.Fatalf("force %v: first write: %v", force, err)
		}
		err = o.write(name, []byte("two"), nil)
		if force != (err == nil) {
			t.Errorf("force %v: second write: %v", force, err)
		}
		got, _ := os.ReadFile(filepath.Join(dir, name))
		if want := map[bool]string{false: "one", true: "two"}[force]; string(got) != want {
			t.Errorf("force %v: file holds %q, want %q", force, got, want)
		}
		entries, _ := os.ReadDir(filepath.Join(dir, "a", "b"))
		if len(entries) != 1 {
			t.Errorf("force %v: %d files in the folder, want 1", force, len(entries))
		}
		o.Close()
		os.RemoveAll(filepath.Join(dir, "a"))
	}
}
