package space_test

import (
	"bytes"
	"testing"

	"github.com/govnotice/govnotice/variant"
	"github.com/govnotice/govnotice/variant/internal/fixture"
	"github.com/govnotice/govnotice/variant/space"
)

// BenchmarkSpaceFolder folds the white space of Traditional text that is canonical in every
// other way, as the last step of the chain sees it.
func BenchmarkSpaceFolder(b *testing.B) {
	page := fixture.Read(b, "../../testdata/pages/qixia-2025-78463.txt")
	text, err := variant.Canonical(page, variant.Options{KeepSpace: true})
	if err != nil {
		b.Fatal(err)
	}
	src := bytes.Repeat(text.Text, 1<<20/len(text.Text))
	dst := make([]byte, len(src))
	f := new(space.Transformer)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		f.Reset()
		if _, _, err := f.Transform(dst, src, true); err != nil {
			b.Fatal(err)
		}
	}
}
