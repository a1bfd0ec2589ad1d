package variant_test

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/govnotice/govnotice/variant"
)

func ExampleCanonical() {
	// A Traditional page fragment with pinyin annotations and narrowed punctuation.
	r, err := variant.Canonical([]byte("棲霞區(qū)政府,  隨著發展(ＧＤＰ２０２５)"), variant.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(r.Text))
	fmt.Println(r.Charset.Name, r.Script, r.PinyinAnnotations)
	// Output:
	// 栖霞区政府， 随着发展（GDP2025）
	// utf-8 traditional 1
}

func ExampleNewReader() {
	r, err := variant.NewReader(strings.NewReader("發(fā)布機(jī)構(gòu):棲霞區人民政府\r\n"), variant.Options{KeepScript: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	// A Reader gives at most 4 KiB a Read: a buffered writer makes few writes of them.
	w := bufio.NewWriter(os.Stdout)
	if _, err := io.Copy(w, r); err != nil {
		fmt.Println(err)
		return
	}
	w.Flush()
	fmt.Println(r.Stats().PinyinAnnotations, "annotations")
	// Output:
	// 發布機構：棲霞區人民政府
	// 3 annotations
}
