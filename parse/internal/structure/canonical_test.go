package structure

import (
	"testing"

	"github.com/govnotice/govnotice/variant"
)

// canonical makes a page canonical text as package parse does before it
// finds the header (FORMAT.md §6.1–6.5): variant.Canonical with the white
// space kept, so that the page keeps its lines; pageParas then cleans each
// line with space.Clean, as parse cleans each paragraph.
func canonical(t *testing.T, page []byte) string {
	t.Helper()
	r, err := variant.Canonical(page, variant.Options{KeepSpace: true})
	if err != nil {
		t.Fatal(err)
	}
	return string(r.Text)
}
