package noticetest_test

import (
	"testing"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/noticetest"
)

// siteRules is the contract of one scraped site: its pages have no
// metadata header, so only a title and a date are promised; its index
// numbers have a shape of their own; and dates are checked as of a fixed
// day, so the test gives the same answer next year.
var siteRules = &notice.Validator{
	Required: []string{"title", "created|published"},
	Levels:   map[notice.Rule]notice.Level{notice.RuleShape: notice.LevelWarning},
	Today:    notice.Date{Year: 2025, Month: 11, Day: 27},
}

// A scraper's test checks its records against the site's contract:
// problems that are errors fail the test, warnings are logged.
func ExampleValid() {
	testScraper := func(t *testing.T) {
		got := scrape(t, "testdata/pages/a.html")
		noticetest.Valid(t, got, siteRules)
		// Without a Validator, the default contract.
		noticetest.Valid(t, got)
	}
	_ = testScraper
}
