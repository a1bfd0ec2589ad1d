package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse"
)

// Example runs the program on its page; go test checks what it prints.
func Example() {
	if err := run(nil, os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// index number: 013033899/2025-78463 year 2025 seq 78463
	// title: 融合聚力绘新卷 一体奋进启新程——栖霞区与南京经济技术开发区、仙林大学城深度融合、一体发展动员部署会召开
	// doc number: none
	// publisher: 栖霞区人民政府
	// created: 2025-11-19
	// keywords: [全体会议]
	// paragraphs: 9
	// read as: utf-8, traditional script, 333 pinyin annotations stripped
}

// A page without a metadata header has no index number: the record's
// IndexNumber is nil, and the program says so instead of failing.
func Example_noIndexNumber() {
	n, err := parse.Parse([]byte("关于做好2025年防汛工作的通知\n" +
		"宁政办发〔2025〕12号\n" +
		"各区人民政府，市府各委办局：\n" +
		"为做好今年防汛工作，现将有关事项通知如下。\n" +
		"南京市人民政府办公厅\n" +
		"2025年4月2日\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	printRecord(os.Stdout, n)
	// Output:
	// index number: none
	// title: 关于做好2025年防汛工作的通知
	// doc number: 宁政办发〔2025〕12号 issuer 宁政办发
	// publisher: 南京市人民政府办公厅
	// created: 2025-04-02
	// keywords: []
	// paragraphs: 1
	// read as: utf-8, simplified script, 0 pinyin annotations stripped
}

// TestAbsentValues prints records that lack what printRecord reads, down
// to the empty record, and a page given on the command line.
func TestAbsentValues(t *testing.T) {
	tests := []struct {
		n    *notice.Notice
		want string
	}{
		{&notice.Notice{}, "index number: none\ntitle: none\ndoc number: none\npublisher: none\ncreated: none\n" +
			"keywords: []\nparagraphs: 0\nread as: ,  script, 0 pinyin annotations stripped\n"},
		{&notice.Notice{IndexNumber: &notice.IndexNumber{Text: "GSDE0107"}, DocNumber: &notice.DocNumber{Text: "国信发20194号"}},
			"index number: GSDE0107 (no known shape)\ntitle: none\ndoc number: 国信发20194号 issuer none\n"},
		{&notice.Notice{Published: &notice.Date{Year: 2025, Month: 4, Day: 3}}, "publisher: none\npublished: 2025-04-03\n"},
	}
	for _, tt := range tests {
		var b strings.Builder
		printRecord(&b, tt.n)
		if !strings.Contains(b.String(), tt.want) {
			t.Errorf("printRecord(%+v) =\n%s\nwant it to contain\n%s", tt.n, b.String(), tt.want)
		}
	}

	// A page without an index number, named on the command line.
	page := filepath.Join(t.TempDir(), "page.txt")
	if err := os.WriteFile(page, []byte("关于测试的通知\n正文。\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := run([]string{page}, &b); err != nil || !strings.HasPrefix(b.String(), "index number: none\ntitle: 关于测试的通知\n") {
		t.Errorf("run(%s) = %v\n%s", page, err, b.String())
	}
	if err := run([]string{filepath.Join(t.TempDir(), "missing.txt")}, &b); err == nil {
		t.Error("run on a missing file: no error")
	}
}
