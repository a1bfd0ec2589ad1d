package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkConvert converts a folder of 1000 pages (the sample pages, each
// copy made unique by an appended line) to JSON Lines in-process, with one
// and two workers, and reports pages per second. testdata/scale.sh measures
// the built binary on larger batches, with its memory.
//
//	go test ./cmd/govnotice -run XXX -bench Convert -count 5
func BenchmarkConvert(b *testing.B) {
	names, err := filepath.Glob("../../testdata/pages/*.txt")
	if err != nil || len(names) == 0 {
		b.Fatalf("sample pages: %v", err)
	}
	var pages [][]byte
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, data)
	}
	dir := b.TempDir()
	const n = 1000
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("%02d", i/100))
		os.MkdirAll(sub, 0o755)
		page := fmt.Appendf(append([]byte(nil), pages[i%len(pages)]...), "\n附注：批量测试第%d页。\n", i)
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("page-%04d.txt", i)), page, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	for _, j := range []int{1, 2} {
		b.Run(fmt.Sprintf("j%d", j), func(b *testing.B) {
			var errOut strings.Builder
			for b.Loop() {
				if code := run([]string{"convert", "-j", fmt.Sprint(j), dir}, nil, io.Discard, &errOut); code != 0 {
					b.Fatalf("exit %d: %s", code, errOut.String())
				}
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
