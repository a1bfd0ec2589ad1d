package main

import (
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govnotice/govnotice/noticetest"
)

func init() {
	// The test's own -update flag drives noticetest.Golden.
	flag.BoolVar(&noticetest.Update, "update", false, "rewrite the golden records in testdata/records")
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
			// Every rule of a notice: index number, title, publisher,
			// dates. Warnings are logged, not failures.
			noticetest.Valid(t, got)
			// The whole record, but for where it was read from and how
			// (Input), which is not what the scraper promises.
			noticetest.Golden(t, filepath.Join("testdata", "records", name+".json"), got, noticetest.IgnoreInput)
		})
	}
}
