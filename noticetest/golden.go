package noticetest

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/internal/golden"
	"github.com/govnotice/govnotice/notice"
)

// Updating reports whether the test binary runs with -update: golden files
// are to be rewritten, not compared with. [Golden] asks it; so can a test
// that keeps golden files of its own, since the flag is this package's and
// a second -update would collide with it.
func Updating() bool { return golden.Update() }

// Golden compares got with the record in the JSON file at path, as [Diff]
// compares them, and reports the differences as a test error. When the test
// runs with -update ([Updating]) it writes got to path instead (creating its
// directory), in the indented form of encode.JSON. A missing or unreadable
// file stops the test, saying how to create it.
func Golden(t testing.TB, path string, got *notice.Notice, opts ...cmp.Option) {
	t.Helper()
	if Updating() {
		var buf bytes.Buffer
		if err := encode.JSON(&buf, got); err != nil {
			t.Fatalf("writing golden record %s: %v", path, err)
		}
		golden.Write(t, path, buf.Bytes())
		return
	}
	want, err := encode.DecodeJSON(bytes.NewReader(golden.Read(t, path)))
	if err != nil {
		t.Fatalf("reading golden record %s: %v", path, err)
	}
	if d := Diff(want, got, opts...); d != "" {
		t.Errorf("record differs from %s %s", path, d)
	}
}
