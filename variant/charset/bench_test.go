package charset

import (
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// BenchmarkDetect detects the longest page, whole (19 KB as UTF-8),
// in GBK, in Big5 (in Traditional script) and in UTF-8.
func BenchmarkDetect(b *testing.B) {
	for _, bm := range []struct{ name, file, want string }{
		{"gbk", "encodings/jiangxi-wanzai-statistics-2023.gb18030.txt", "gb18030"},
		{"big5", "encodings/jiangxi-wanzai-statistics-2023.trad-big5safe.big5.txt", "big5"},
		{"utf-8", "pages/jiangxi-wanzai-statistics-2023.txt", "utf-8"},
	} {
		b.Run(bm.name, func(b *testing.B) {
			data := readFile(b, "../../testdata/"+bm.file)
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if cs := Detect(data); cs.Name != bm.want {
					b.Fatalf("got %s", cs.Name)
				}
			}
		})
	}
}

// BenchmarkDecodeGB18030 compares Decode with x/text's bare decoder, which
// it wraps.
func BenchmarkDecodeGB18030(b *testing.B) {
	data := readFile(b, "../../testdata/encodings/jiangxi-wanzai-statistics-2023.gb18030.txt")
	cs := Detect(data)
	b.Run("Decode", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			Decode(data, cs)
		}
	})
	b.Run("x-text", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			simplifiedchinese.GB18030.NewDecoder().Bytes(data)
		}
	})
}
