package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/encode"
)

// TestRun converts the project's sample pages, and an empty page that
// fails, and reads the JSON Lines back.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	pages, err := filepath.Glob("../../testdata/pages/*.txt")
	if err != nil || len(pages) == 0 {
		t.Fatalf("sample pages: %v", err)
	}
	var want []string
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(dir, filepath.Base(p))
		os.WriteFile(name, data, 0o644)
		want = append(want, name)
	}
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "notes.md"), []byte("not a page"), 0o644)

	var out, errOut bytes.Buffer
	failed, err := run(context.Background(), dir, &out, &errOut)
	if err != nil || failed != 1 {
		t.Fatalf("run: %d failed, %v", failed, err)
	}
	if want := filepath.Join(dir, "empty.txt") + ": parse: empty page\n"; errOut.String() != want {
		t.Errorf("stderr %q, want %q", errOut.String(), want)
	}
	var got []string
	for n, err := range encode.NewJSONLinesReader(&out).All() {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, n.Input.Path)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
}

// TestRunStops checks that a cancelled context stops the run with its
// error, and that an unreadable folder is an error.
func TestRunStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := run(ctx, "../../testdata/pages", io.Discard, io.Discard); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: error %v, want %v", err, context.Canceled)
	}
	if _, err := run(context.Background(), filepath.Join(t.TempDir(), "missing"), io.Discard, io.Discard); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing folder: error %v", err)
	}
}
