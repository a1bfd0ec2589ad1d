package punct_test

import (
	"fmt"

	"github.com/govnotice/govnotice/variant/pinyin"
	"github.com/govnotice/govnotice/variant/punct"
	"golang.org/x/text/transform"
)

func Example() {
	for _, s := range []string{
		"11月18日上午,棲霞區召开会议:时间10:30",
		"加入(WTO)组织,GDP(ppp)增长",
		"IPv6(试行), ABC(GDP), 1,000",
		"２０２５年ＧＤＰ增长５％，",
	} {
		fmt.Println(punct.Normalize.String(s))
	}
	// Output:
	// 11月18日上午，棲霞區召开会议：时间10:30
	// 加入（WTO）组织，GDP（ppp）增长
	// IPv6（试行）， ABC(GDP), 1,000
	// 2025年GDP增长5％，
}

// The transformers are made to be chained: first the annotations go, so that
// their parentheses do not become full-width.
func Example_chain() {
	t := transform.Chain(new(pinyin.Transformer), new(punct.Transformer))
	s, _, err := transform.String(t, "區(qū)政府(试行),會(huì )議")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(s)
	// Output:
	// 區政府（试行），會議
}
