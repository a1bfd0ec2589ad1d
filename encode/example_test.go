package encode_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
)

func exampleRecord() *notice.Notice {
	return &notice.Notice{
		IndexNumber: &notice.IndexNumber{Text: "000014349/2018-00204", Org: "000014349", Year: 2018, Seq: "00204"},
		Title:       "国务院办公厅关于印发《政府网站集约化试点工作方案》的通知",
		DocNumber:   &notice.DocNumber{Text: "国办函〔2018〕71号", Issuer: "国办函", Year: 2018, Seq: "71"},
		Publisher:   "国务院办公厅",
		Created:     &notice.Date{Year: 2018, Month: 10, Day: 27},
		Body:        []string{"《政府网站集约化试点工作方案》已经国务院领导同志同意，现印发给你们，请认真贯彻执行。"},
		Notes:       []string{"此件公开发布"},
	}
}

func ExampleAppendJSON() {
	b, err := encode.AppendJSON(nil, exampleRecord())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(string(b[:strings.Index(string(b), `,"publisher"`)]))
	// Output:
	// {"index_number":{"text":"000014349/2018-00204","org":"000014349","year":2018,"seq":"00204"},"title":"国务院办公厅关于印发《政府网站集约化试点工作方案》的通知","doc_number":{"text":"国办函〔2018〕71号","issuer":"国办函","year":2018,"seq":"71"}
}

func ExampleDecodeJSON() {
	var buf bytes.Buffer
	if err := encode.JSON(&buf, exampleRecord()); err != nil {
		fmt.Println(err)
		return
	}
	n, err := encode.DecodeJSON(&buf)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.DocNumber.Issuer, n.Created, n.Keywords == nil)

	_, err = encode.DecodeJSON(strings.NewReader(`{"titel": "…"}`))
	fmt.Println(err)
	// Output:
	// 国办函 2018-10-27 true
	// byte 1: unknown field "titel"
}

func ExampleXML() {
	n := &notice.Notice{
		IndexNumber: &notice.IndexNumber{Text: "013033899/2025-78463", Org: "013033899", Year: 2025, Seq: "78463"},
		Keywords:    []string{"全体会议"},
		Extra:       []notice.Field{{Label: "公开方式", Value: "主动公开"}},
	}
	if err := encode.XML(os.Stdout, n); err != nil {
		fmt.Println(err)
	}
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <notice>
	//   <index_number org="013033899" year="2025" seq="78463">013033899/2025-78463</index_number>
	//   <keywords>
	//     <keyword>全体会议</keyword>
	//   </keywords>
	//   <extra>
	//     <field label="公开方式">主动公开</field>
	//   </extra>
	// </notice>
}

func ExampleXMLWriter() {
	var doc bytes.Buffer
	w := encode.NewXMLWriter(&doc)
	for _, title := range []string{"甲", "乙\x00", "丙"} {
		if err := w.Write(&notice.Notice{Title: title}); err != nil {
			fmt.Println("skipped:", err) // the document is still well-formed
		}
	}
	if err := w.Close(); err != nil {
		fmt.Println(err)
	}
	fmt.Print(doc.String())
	// Output:
	// skipped: title: character not allowed in XML 1.0
	// <?xml version="1.0" encoding="UTF-8"?>
	// <notices>
	//   <notice>
	//     <title>甲</title>
	//   </notice>
	//   <notice>
	//     <title>丙</title>
	//   </notice>
	// </notices>
}

func ExampleJSONLinesReader() {
	in := `{"title": "not a record"}
` + mustAppendJSON(&notice.Notice{Title: "第二行"}) + "\n"
	r := encode.NewJSONLinesReader(strings.NewReader(in))
	for n, err := range r.All() {
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("record:", n.Title)
	}
	// Output:
	// error: line 1: byte 24: missing field "index_number"
	// record: 第二行
}

func ExampleText() {
	if err := encode.Text(os.Stdout, exampleRecord()); err != nil {
		fmt.Println(err)
	}
	// Output:
	// | 索引号： | 000014349/2018-00204 |
	// | 信息名称： | 国务院办公厅关于印发《政府网站集约化试点工作方案》的通知 |
	// | 文号： | 国办函〔2018〕71号 |
	// | 发布机构： | 国务院办公厅 |
	// | 生成日期： | 2018-10-27 |
	//
	// 《政府网站集约化试点工作方案》已经国务院领导同志同意，现印发给你们，请认真贯彻执行。
	// （此件公开发布）
}

func ExampleValueError() {
	n := &notice.Notice{Body: []string{"第一段", "第二段\x1b"}}
	_, err := encode.AppendXML(nil, n)
	var ve *notice.EncodeError
	if errors.As(err, &ve) {
		fmt.Println(ve.Field, errors.Is(err, notice.ErrXMLChar))
	}
	// JSON carries the same record.
	_, err = encode.AppendJSON(nil, n)
	fmt.Println(err)
	// Output:
	// body[1] true
	// <nil>
}

func mustAppendJSON(n *notice.Notice) string {
	b, err := encode.AppendJSON(nil, n)
	if err != nil {
		panic(err)
	}
	return string(b)
}
