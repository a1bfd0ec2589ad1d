package script_test

import (
	"fmt"

	"golang.org/x/text/transform"

	"github.com/govnotice/govnotice/variant/script"
	"github.com/govnotice/govnotice/variant/simplify"
)

func ExampleDetect() {
	fmt.Println(script.Detect([]byte("棲霞區人民政府辦公室")))
	fmt.Println(script.Detect([]byte("栖霞区人民政府办公室")))
	fmt.Println(script.Detect([]byte("棲霞區人民政府办公室关于")))
	fmt.Println(script.Detect([]byte("2025 中山")))
	// Output:
	// traditional
	// simplified
	// mixed
	// simplified
}

func ExampleCounter() {
	// Count while the text streams through, before it is simplified.
	var counter script.Counter
	chain := transform.Chain(&counter, new(simplify.Transformer))
	out, _, _ := transform.String(chain, "南京市棲霞區人民政府")
	trad, simp := counter.Count()
	fmt.Println(out, counter.Script(), trad, simp)
	// Output:
	// 南京市栖霞区人民政府 traditional 2 0
}
