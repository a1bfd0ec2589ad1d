package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/noticetest"
)

// contract is what the scraper promises of every record. Some of its
// pages have no metadata header (ningyang-ningzhengbanfa-2017-8), so an
// index number is not promised; a title, a publisher and a date are.
// Dates are checked as of a fixed day, so the test gives the same answer
// next year; what parsing noticed about a page is logged with the rest.
// A site with a quirk of its own would be forgiven here too, for example
// with Levels: map[notice.Rule]notice.Level{notice.RuleShape: notice.LevelWarning}.
var contract = &notice.Validator{
	Required:      []string{"title", "publisher", "created|published"},
	Today:         notice.Date{Year: 2025, Month: 11, Day: 27},
	ParseProblems: true,
}

// TestScrape checks the record of every saved page: valid, and equal to its
// golden record. A page added to testdata/pages gets its golden record from
// go test -update.
func TestScrape(t *testing.T) {
	pages, err := filepath.Glob(filepath.Join("testdata", "pages", "*.txt"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no pages: %v", err)
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".txt")
		t.Run(name, func(t *testing.T) {
			got, err := scrape(page)
			if err != nil {
				t.Fatal(err)
			}
			// The scraper's contract: errors fail the test, warnings
			// are logged.
			noticetest.Valid(t, got, contract)
			// The whole record, but for where it was read from and how
			// (Input), which is not what the scraper promises.
			noticetest.Golden(t, filepath.Join("testdata", "records", name+".json"), got, noticetest.IgnoreInput)
		})
	}
}

// TestContract checks that the contract is the one meant: the page without
// a metadata header breaks the default contract, and keeps this one.
func TestContract(t *testing.T) {
	n, err := scrape(filepath.Join("testdata", "pages", "ningyang-ningzhengbanfa-2017-8.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if n.IndexNumber != nil {
		t.Fatalf("the page has an index number %v; pick a page without one", n.IndexNumber)
	}
	if err := n.Validate(); err == nil {
		t.Error("the default contract accepts a record without an index number")
	}
	if _, err := contract.Validate(n); err != nil {
		t.Errorf("the scraper's contract: %v", err)
	}
}
