// Quickstart parses one page and prints a few fields of its record.
//
// The page is qixia-2025-78463.txt, a copy of the page the project started
// from (testdata/pages at the repository's root): Traditional script with
// pinyin annotations in a pipe-table header. The record comes out in
// Simplified script, with typed values.
//
//	go run ./examples/quickstart
package main

import (
	_ "embed"
	"fmt"
	"os"

	"github.com/govnotice/govnotice/parse"
)

//go:embed qixia-2025-78463.txt
var page []byte

func main() {
	n, err := parse.Parse(page)
	if err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
	fmt.Println("index number:", n.IndexNumber, "year", n.IndexNumber.Year, "seq", n.IndexNumber.Seq)
	fmt.Println("title:", n.Title)
	fmt.Println("publisher:", n.Publisher)
	fmt.Println("created:", n.Created)
	fmt.Println("keywords:", n.Keywords)
	fmt.Println("paragraphs:", len(n.Body))
	fmt.Printf("read as: %s, %s script, %d pinyin annotations stripped\n",
		n.Input.Charset, n.Input.Script, n.Input.PinyinAnnotations)
}
