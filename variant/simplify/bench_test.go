package simplify

import (
	"bytes"
	"io"
	"testing"

	"github.com/govnotice/govnotice/variant/internal/fixture"
	"golang.org/x/text/transform"
)

// simplifyBenchText repeats the named sample pages (annotations removed) to about 1 MiB.
func simplifyBenchText(b *testing.B, traditional bool) []byte {
	b.Helper()
	var text []byte
	pages := fixture.Pages(b, "../..")
	for len(text) < 1<<20 {
		for name, page := range pages {
			if fixture.IsTraditionalPage(name) == traditional {
				text = append(text, page...)
			}
		}
	}
	return text
}

func BenchmarkSimplify(b *testing.B) {
	for _, bc := range []struct {
		name        string
		traditional bool
	}{{"traditional", true}, {"simplified", false}} {
		b.Run(bc.name, func(b *testing.B) {
			src := simplifyBenchText(b, bc.traditional)
			dst := make([]byte, 2*len(src))
			var t Transformer
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				t.Reset()
				if _, _, err := t.Transform(dst, src, true); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkSimplifyReader streams the traditional text through a transform.Reader, with its
// 4 KiB buffers and the look-ahead at every buffer boundary.
func BenchmarkSimplifyReader(b *testing.B) {
	src := simplifyBenchText(b, true)
	t := new(Transformer) // transform.NewReader resets it
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := io.Copy(io.Discard, transform.NewReader(bytes.NewReader(src), t)); err != nil {
			b.Fatal(err)
		}
	}
}
