package notice

import "testing"

// The parsers run once per field per page, so allocations matter more than
// nanoseconds. Run with: go test -run '^$' -bench . -benchmem ./notice

func BenchmarkParseDate(b *testing.B) {
	for _, bb := range []struct{ name, in string }{
		{"ISO", "2025-11-19"},
		{"Chinese", "2025年11月19日"},
		{"Han", "二〇〇六年五月二十三日"},
		{"Time", "2024-04-06T16:40:00+08:00"},
		{"Bad", "1546272000"},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ParseDate(bb.in)
			}
		})
	}
}

func BenchmarkParseIndexNumber(b *testing.B) {
	for _, bb := range []struct{ name, in string }{
		{"Canonical", "013033899/2025-78463"},
		{"Spaced", "013033899 / 2025-78463"},
		{"Unknown", "GSDE0107"},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ParseIndexNumber(bb.in)
			}
		})
	}
}

func BenchmarkParseDocNumber(b *testing.B) {
	for _, bb := range []struct{ name, in string }{
		{"Canonical", "苏政办发〔2017〕138号"},
		{"Brackets", "科工法字[2000] 851号"},
	} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ParseDocNumber(bb.in)
			}
		})
	}
}
