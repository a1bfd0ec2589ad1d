package structure

import (
	"fmt"
	"testing"
)

// longBody is an official document whose appendix runs to n paragraphs.
func longBody(n int) []string {
	paras := lines(title, addr, text1, text2, signer, signedL, "（此件公开发布）", "附件", "某县防汛应急预案")
	for i := range n {
		paras = append(paras, fmt.Sprintf("（%d）各单位要落实防汛责任制，明确责任人，确保汛期安全度汛。第%d条。", i, i))
	}
	return paras
}

// crowded is a body in which every line could start a signature, the worst
// case for the search: signers, dates and titles alternate.
func crowded(n int) []string {
	paras := lines(addr)
	for range n / 3 {
		paras = append(paras, signer, signedL, "某县防汛应急预案")
	}
	return paras
}

func BenchmarkAnalyze(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		for name, paras := range map[string][]string{"long": longBody(n), "crowded": crowded(n)} {
			b.Run(fmt.Sprintf("%s/%d", name, n), func(b *testing.B) {
				size := 0
				for _, p := range paras {
					size += len(p)
				}
				b.SetBytes(int64(size))
				b.ReportAllocs()
				for b.Loop() {
					Analyze(paras)
				}
			})
		}
	}
}
