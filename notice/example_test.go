package notice_test

import (
	"errors"
	"fmt"

	"github.com/govnotice/govnotice/notice"
)

func ExampleParseIndexNumber() {
	n, err := notice.ParseIndexNumber("003129766/201901-00336")
	fmt.Println(n.Org, n.Year, n.Month, n.Seq, err)

	// A number of no known shape keeps its text; the error says why it has
	// no parts.
	n, err = notice.ParseIndexNumber("GSDE0107")
	fmt.Printf("%q %v\n", n.Text, errors.Is(err, notice.ErrSyntax))
	// Output:
	// 003129766 2019 1 00336 <nil>
	// "GSDE0107" true
}

func ExampleParseDocNumber() {
	for _, s := range []string{"科工法字[2000] 851号", "国令第 672 号", "国信发20194号"} {
		n, err := notice.ParseDocNumber(s)
		fmt.Printf("%s issuer=%q year=%d seq=%q err=%v\n", n, n.Issuer, n.Year, n.Seq, err)
	}
	// Output:
	// 科工法字〔2000〕851号 issuer="科工法字" year=2000 seq="851" err=<nil>
	// 国令第672号 issuer="国令" year=0 seq="672" err=<nil>
	// 国信发20194号 issuer="" year=0 seq="" err=notice: doc number "国信发20194号": unknown shape (no year in brackets and no 第 before the serial number)
}

func ExampleParseDate() {
	for _, s := range []string{"二〇〇六年五月二十三日", "2024年04月06日 16:40", "1546272000", "2025年2月30日"} {
		d, err := notice.ParseDate(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(d)
	}
	// Output:
	// 2006-05-23
	// 2024-04-06T16:40:00+08:00
	// notice: date "1546272000": unknown shape (a Unix time, not a date)
	// notice: date "2025年2月30日": out of range (no such day in the month)
}

func ExampleNotice_Validate() {
	n := &notice.Notice{
		IndexNumber: &notice.IndexNumber{Text: "000014349/2018-00204", Org: "000014349", Year: 2018, Seq: "00204"},
		DocNumber:   &notice.DocNumber{Text: "国函〔2006〕38号", Issuer: "国函", Year: 2006, Seq: "38"},
		Publisher:   "国务院",
		Created:     &notice.Date{Year: 2006, Month: 5, Day: 23},
		Published:   &notice.Date{Year: 2018, Month: 12, Day: 3},
	}
	// The error holds what breaks the contract; the index number's year,
	// 2018 for a document of 2006, is only a warning and is not in it.
	err := n.Validate()
	fmt.Println(err)
	fmt.Println(errors.Is(err, notice.RuleRequired), errors.Is(err, notice.RuleYearMismatch))

	n.Title = "国务院关于同意在部分地区开展试点的批复"
	fmt.Println(n.Validate())
	// Output:
	// notice: invalid record: title: missing
	// true false
	// <nil>
}
