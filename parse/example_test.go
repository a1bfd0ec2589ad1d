package parse_test

import (
	"fmt"

	"github.com/govnotice/govnotice/parse"
)

func ExampleParse() {
	page := []byte(`首页 > 信息公开 > 信息浏览
索引号: 003129766/201901-00336 组配分类: 规范性文件发布
发布机构: 太湖县人民政府办公室 生成日期: 2019-01-23
文号: 浏览次数: 590

太湖县人民政府关于印发《太湖县人民政府工作规则》的通知
《太湖县人民政府工作规则》已经县政府全体会议通过，现予印发。
`)
	n, err := parse.Parse(page)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("index number:", n.IndexNumber.Text, n.IndexNumber.Year, n.IndexNumber.Month)
	fmt.Println("publisher:", n.Publisher)
	fmt.Println("collection:", n.Collection)
	fmt.Println("created:", n.Created)
	fmt.Println("doc number:", n.DocNumber)
	fmt.Println("layout:", n.Input.Layout)
	for _, p := range n.Body {
		fmt.Println("body:", p)
	}
	// Output:
	// index number: 003129766/201901-00336 2019 1
	// publisher: 太湖县人民政府办公室
	// collection: 规范性文件发布
	// created: 2019-01-23
	// doc number: <nil>
	// layout: label-lines
	// body: 太湖县人民政府关于印发《太湖县人民政府工作规则》的通知
	// body: 《太湖县人民政府工作规则》已经县政府全体会议通过，现予印发。
}

func ExampleParser_Parse() {
	p := parse.Parser{MaxSize: 1 << 10}
	_, err := p.Parse(make([]byte, 2<<10))
	fmt.Println(err)
	// Output:
	// parse: page too large
}
