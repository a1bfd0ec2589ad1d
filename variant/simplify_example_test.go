package variant_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/transform"

	"github.com/govnotice/govnotice/variant"
)

func ExampleSimplify() {
	fmt.Println(variant.Simplify.String("隨著內外部環境的變化，著力深化改革，取得顯著成效。"))
	fmt.Println(variant.Simplify.String("乾隆年間，乾淨整潔；關於單位的通知"))

	// In a stream, with a Simplifier of the stream's own.
	r := transform.NewReader(strings.NewReader("棲霞區人民政府"), variant.NewSimplifier())
	io.Copy(os.Stdout, r)
	fmt.Println()
	// Output:
	// 随着内外部环境的变化，着力深化改革，取得显著成效。
	// 乾隆年间，干净整洁；关于单位的通知
	// 栖霞区人民政府
}

func ExampleDetectScript() {
	fmt.Println(variant.DetectScript([]byte("棲霞區人民政府辦公室")))
	fmt.Println(variant.DetectScript([]byte("栖霞区人民政府办公室")))
	fmt.Println(variant.DetectScript([]byte("棲霞區人民政府办公室关于")))
	fmt.Println(variant.DetectScript([]byte("2025 中山")))
	// Output:
	// traditional
	// simplified
	// mixed
	// simplified
}

func ExampleScriptCounter() {
	// Count while the text streams through, before Simplify converts it.
	var counter variant.ScriptCounter
	chain := transform.Chain(&counter, variant.NewSimplifier())
	out, _, _ := transform.String(chain, "南京市棲霞區人民政府")
	trad, simp := counter.Count()
	fmt.Println(out, counter.Script(), trad, simp)
	// Output:
	// 南京市栖霞区人民政府 traditional 2 0
}
