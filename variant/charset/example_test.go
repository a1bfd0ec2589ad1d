package charset_test

import (
	"fmt"
	"io"
	"strings"

	"github.com/govnotice/govnotice/variant/charset"
	"golang.org/x/text/transform"
)

func ExampleDetect() {
	// A page fragment in GBK that says so; 国务院 is B9FA CEF1 D4BA.
	page := []byte("<meta charset=\"gb2312\"><title>\xb9\xfa\xce\xf1\xd4\xba</title>")
	cs := charset.Detect(page)
	text, invalid := charset.Decode(page, cs)
	fmt.Println(cs.Name, cs.Certain, invalid)
	fmt.Println(string(text))

	// Without the meta tag, six bytes are too few to be sure.
	cs = charset.Detect([]byte("\xb9\xfa\xce\xf1\xd4\xba"))
	fmt.Println(cs.Name, cs.Certain)
	// Output:
	// gb18030 true 0
	// <meta charset="gb2312"><title>国务院</title>
	// gb18030 false
}

func ExampleLookup() {
	cs, err := charset.Lookup("Big5")
	if err != nil {
		fmt.Println(err)
		return
	}
	// 中文 in Big5, then a lead byte cut off at the end.
	d := cs.NewDecoder()
	text, _ := io.ReadAll(transform.NewReader(strings.NewReader("\xa4\xa4\xa4\xe5\xa4"), d))
	fmt.Println(cs.Name, string(text), d.Invalid())

	_, err = charset.Lookup("cp936")
	fmt.Println(err)
	// Output:
	// big5 中文� 1
	// charset: unknown charset "cp936"
}
