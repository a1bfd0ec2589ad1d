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
	fmt.Println("title:", n.Title)
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
	// title: 太湖县人民政府关于印发《太湖县人民政府工作规则》的通知
	// publisher: 太湖县人民政府办公室
	// collection: 规范性文件发布
	// created: 2019-01-23
	// doc number: <nil>
	// layout: label-lines
	// body: 《太湖县人民政府工作规则》已经县政府全体会议通过，现予印发。
}

// A page without a metadata header: the record comes from the parts of
// the official document in its body and the line under its title.
func ExampleParse_document() {
	page := []byte(`国务院办公厅关于印发《政府网站集约化
试点工作方案》的通知
来源：中国政府网 日期：2018-11-09
国办函〔2018〕71号
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
《政府网站集约化试点工作方案》已经国务院领导同志同意，现印发给你们，请认真贯彻执行。
国务院办公厅
2018年10月27日
（此件公开发布）
`)
	n, err := parse.Parse(page)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("title:", n.Title)
	fmt.Println("doc number:", n.DocNumber)
	fmt.Println("publisher:", n.Publisher)
	fmt.Println("source:", n.Source)
	fmt.Println("created:", n.Created, "published:", n.Published)
	fmt.Println("addressee:", n.Addressee)
	fmt.Println("body:", n.Body)
	fmt.Println("signers:", n.Signers, "signed:", n.Signed, "notes:", n.Notes)
	fmt.Println("layout:", n.Input.Layout)
	// Output:
	// title: 国务院办公厅关于印发《政府网站集约化试点工作方案》的通知
	// doc number: 国办函〔2018〕71号
	// publisher: 国务院办公厅
	// source: 中国政府网
	// created: 2018-10-27 published: 2018-11-09
	// addressee: 各省、自治区、直辖市人民政府，国务院各部委、各直属机构
	// body: [《政府网站集约化试点工作方案》已经国务院领导同志同意，现印发给你们，请认真贯彻执行。]
	// signers: [国务院办公厅] signed: 2018-10-27 notes: [此件公开发布]
	// layout: none
}

func ExampleParser_Parse() {
	p := parse.Parser{MaxSize: 1 << 10}
	_, err := p.Parse(make([]byte, 2<<10))
	fmt.Println(err)
	// Output:
	// parse: page too large
}

// Explain shows what became of every label of a page: here the second
// 发布日期 is a duplicate the record keeps in Extra, and 浏览次数 is page
// furniture.
func ExampleParser_Explain() {
	page := []byte("索引号：003129766/2019-00336\n发布日期：2019-01-23\n服务对象：公众\n浏览次数：590\n发布日期：2019-01-24\n\n关于开展安全检查的通知\n请各单位做好检查。\n")
	var p parse.Parser
	x, err := p.Explain(page)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range x.Pairs {
		fmt.Printf("line %d %s=%q: %s", r.Line, r.Label, r.Value, r.Outcome)
		if r.Field != "" {
			fmt.Print(" ", r.Field)
		}
		fmt.Println()
	}
	// Output:
	// line 1 索引号="003129766/2019-00336": filled index_number
	// line 2 发布日期="2019-01-23": filled published
	// line 3 服务对象="公众": extra
	// line 4 浏览次数="590": ui
	// line 5 发布日期="2019-01-24": duplicate published
}
