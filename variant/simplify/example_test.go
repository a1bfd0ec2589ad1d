package simplify_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/transform"

	"github.com/govnotice/govnotice/variant/simplify"
)

func Example() {
	fmt.Println(simplify.Chinese.String("隨著內外部環境的變化，著力深化改革，取得顯著成效。"))
	fmt.Println(simplify.Chinese.String("乾隆年間，乾淨整潔；關於單位的通知"))
	// Output:
	// 随着内外部环境的变化，着力深化改革，取得显著成效。
	// 乾隆年间，干净整洁；关于单位的通知
}

func ExampleTransformer() {
	// In a stream, with a Transformer of the stream's own.
	r := transform.NewReader(strings.NewReader("棲霞區人民政府"), new(simplify.Transformer))
	io.Copy(os.Stdout, r)
	fmt.Println()
	// Output:
	// 栖霞区人民政府
}
