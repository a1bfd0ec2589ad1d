package structure_test

import (
	"fmt"

	"github.com/govnotice/govnotice/parse/internal/structure"
)

func ExampleAnalyze() {
	d := structure.Analyze([]string{
		"国务院办公厅关于印发《政府网站集约化",
		"试点工作方案》的通知",
		"国办函〔2018〕71号",
		"各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
		"《政府网站集约化试点工作方案》已经国务院领导同志同意，现印发给你们，请认真贯彻执行。",
		"国务院办公厅",
		"2018年10月27日",
		"（此件公开发布）",
		"政府网站集约化试点工作方案",
		"一、总体要求",
	})
	fmt.Println(d.Recognized)
	fmt.Println(d.Title)
	fmt.Println(d.DocNumber, d.DocNumber.Year, d.DocNumber.Seq)
	fmt.Println(d.Addressee)
	fmt.Println(len(d.Body), d.Signers, d.Signed, d.Notes)
	fmt.Println(d.Appendices[0].Title, d.Appendices[0].Body)

	news := structure.Analyze([]string{"11月18日上午，某区召开动员部署会。", "2025年11月19日"})
	fmt.Println(news.Recognized, len(news.Body))
	// Output:
	// true
	// 国务院办公厅关于印发《政府网站集约化试点工作方案》的通知
	// 国办函〔2018〕71号 2018 71
	// 各省、自治区、直辖市人民政府，国务院各部委、各直属机构
	// 1 [国务院办公厅] 2018-10-27 [此件公开发布]
	// 政府网站集约化试点工作方案 [一、总体要求]
	// false 2
}

// A page whose header gives the title: the body does not repeat it, and
// without the header's title its signature would be no evidence.
func ExampleAnalyzeWith() {
	body := []string{
		"为做好今年防汛工作，各单位要加强值班值守。",
		"某县人民政府",
		"2019年6月1日",
	}
	fmt.Println(structure.Analyze(body).Recognized)
	d := structure.AnalyzeWith(body, structure.Header{Title: "某县人民政府关于做好防汛工作的公告"})
	fmt.Println(d.Recognized, d.Title == "", d.Body, d.Signers, d.Signed)
	// Output:
	// false
	// true true [为做好今年防汛工作，各单位要加强值班值守。] [某县人民政府] 2019-06-01
}
