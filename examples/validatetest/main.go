// Validatetest shows how to check scraped records in go test, with package
// noticetest and golden files. Its program stands for your scraper: it
// turns saved pages into records and prints them as JSON.
//
//	go run ./examples/validatetest examples/validatetest/testdata/pages/*.txt
//
// The test, scrape_test.go, is the part to copy: for every saved page it
// checks that the record keeps the scraper's contract (noticetest.Valid with
// a notice.Validator: the fields promised, the rules forgiven, a fixed day
// for dates) and that it equals its golden record in testdata/records
// (noticetest.Golden).
// After a change to the scraper, run
//
//	go test ./examples/validatetest -update
//
// to rewrite the golden records, and review the change with git diff
// before committing it.
package main

import (
	"fmt"
	"os"

	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse"
)

func main() {
	for _, path := range os.Args[1:] {
		n, err := scrape(path)
		if err == nil {
			err = encode.JSON(os.Stdout, n)
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
			os.Exit(1)
		}
	}
}

// scrape turns a saved page into the record the scraper keeps.
func scrape(path string) (*notice.Notice, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	p := parse.Parser{MaxSize: 4 << 20}
	n, err := p.Parse(data)
	if err != nil {
		return nil, err
	}
	n.Input.Path = path
	return n, nil
}
