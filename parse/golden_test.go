package parse

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// pages returns the paths of the sample pages.
func pages(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob("../testdata/pages/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no pages in ../testdata/pages: %v", err)
	}
	return paths
}

// TestGolden parses every sample page and compares its record, as JSON and
// as XML, with testdata/golden/<page>.json and .xml. Run with -update to
// rewrite them, then read the diff.
func TestGolden(t *testing.T) {
	for _, path := range pages(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			page, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			n, err := Parse(page)
			if err != nil {
				t.Fatal(err)
			}
			for _, form := range []struct {
				ext    string
				encode func(*bytes.Buffer, *notice.Notice) error
			}{
				{".json", func(b *bytes.Buffer, n *notice.Notice) error { return encode.JSON(b, n) }},
				{".xml", func(b *bytes.Buffer, n *notice.Notice) error { return encode.XML(b, n) }},
			} {
				var got bytes.Buffer
				if err := form.encode(&got, n); err != nil {
					t.Fatalf("%s: %v", form.ext, err)
				}
				golden := filepath.Join("..", "testdata", "golden", name+form.ext)
				if *update {
					if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test -update to create it)", err)
				}
				if diff := cmp.Diff(string(want), got.String()); diff != "" {
					t.Errorf("%s differs from %s (-want +got):\n%s", name, golden, diff)
				}
			}
		})
	}
}

// TestTextRoundTrip writes every sample page's record back as a page with
// encode.Text and parses that: the record must come back the same, but for
// Input, which describes the page read.
func TestTextRoundTrip(t *testing.T) {
	for _, path := range pages(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".txt")
		t.Run(name, func(t *testing.T) {
			page, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			n, err := Parse(page)
			if err != nil {
				t.Fatal(err)
			}
			var text bytes.Buffer
			if err := encode.Text(&text, n); err != nil {
				t.Fatal(err)
			}
			back, err := Parse(text.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(n, back, cmpopts.IgnoreFields(notice.Notice{}, "Input")); diff != "" {
				t.Errorf("record read back from its text form (-first +second):\n%s\ntext form:\n%s", diff, text.String())
			}
		})
	}
}

// TestQixiaGoldenIsSpec pins the Qixia golden to the spec §6 record that
// package encode keeps by hand, so that -update cannot drift from the spec.
func TestQixiaGoldenIsSpec(t *testing.T) {
	golden, err := os.ReadFile("../testdata/golden/qixia-2025-78463.json")
	if err != nil {
		t.Fatal(err)
	}
	spec, err := os.ReadFile("../testdata/records/qixia-2025-78463.json")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(spec), string(golden)); diff != "" {
		t.Errorf("Qixia golden differs from the spec record (-spec +golden):\n%s", diff)
	}
}
