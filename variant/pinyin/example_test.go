package pinyin_test

import (
	"fmt"
	"io"
	"strings"

	"github.com/govnotice/govnotice/variant/pinyin"
	"golang.org/x/text/transform"
)

func Example() {
	fmt.Println(pinyin.Strip.String("棲霞區(qū)政府全體會(huì )議"))
	fmt.Println(pinyin.Strip.String("鄉(xiāng)(鎮(zhèn))辦法(试行)，長度(m)"))
	// Output:
	// 棲霞區政府全體會議
	// 鄉(鎮)辦法(试行)，長度(m)
}

func ExampleTransformer() {
	s := new(pinyin.Transformer)
	r := transform.NewReader(strings.NewReader("發(fā)布機(jī)構(gòu)：棲霞區(qū)人民政府"), s)
	text, err := io.ReadAll(r)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s (%d annotations removed)\n", text, s.Stripped())
	// Output:
	// 發布機構：棲霞區人民政府 (4 annotations removed)
}
