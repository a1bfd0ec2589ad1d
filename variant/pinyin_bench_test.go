package variant

import (
	"bytes"
	"io"
	"testing"

	"golang.org/x/text/transform"
)

// pinyinBenchInput repeats a page to about 1 MiB.
func pinyinBenchInput(b *testing.B, page []byte) []byte {
	b.Helper()
	return bytes.Repeat(page, 1<<20/len(page)+1)
}

// pinyinBenchTransform measures one Transform call over all of in.
func pinyinBenchTransform(b *testing.B, tr transform.Transformer, in []byte) {
	dst := make([]byte, 3*len(in))
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		tr.Reset()
		if _, _, err := tr.Transform(dst, in, true); err != nil {
			b.Fatal(err)
		}
	}
}

// pinyinBenchReader measures a transform.Reader, which feeds the
// Transformer in 4 KiB pieces.
func pinyinBenchReader(b *testing.B, tr transform.Transformer, in []byte) {
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	r := bytes.NewReader(in)
	for b.Loop() {
		r.Reset(in)
		if _, err := io.Copy(io.Discard, transform.NewReader(r, tr)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStripPinyin(b *testing.B) {
	annotated := []byte(pinyinReadPage(b, "qixia-2025-78463.txt"))
	clean := StripPinyin.Bytes(annotated)
	b.Run("annotated", func(b *testing.B) { pinyinBenchTransform(b, StripPinyin, pinyinBenchInput(b, annotated)) })
	b.Run("annotated-counting", func(b *testing.B) { pinyinBenchTransform(b, NewPinyinStripper(), pinyinBenchInput(b, annotated)) })
	b.Run("annotated-reader", func(b *testing.B) { pinyinBenchReader(b, StripPinyin, pinyinBenchInput(b, annotated)) })
	b.Run("clean", func(b *testing.B) { pinyinBenchTransform(b, StripPinyin, pinyinBenchInput(b, clean)) })
}
