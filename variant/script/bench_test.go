package script

import (
	"testing"

	"github.com/govnotice/govnotice/variant/internal/fixture"
)

// BenchmarkDetectScript detects the script of about 1 MiB of the Traditional sample pages.
func BenchmarkDetectScript(b *testing.B) {
	var src []byte
	pages := fixture.Pages(b, "../..")
	for len(src) < 1<<20 {
		for name, page := range pages {
			if fixture.IsTraditionalPage(name) {
				src = append(src, page...)
			}
		}
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		Detect(src)
	}
}
