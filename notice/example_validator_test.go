package notice_test

import (
	"errors"
	"fmt"

	"github.com/govnotice/govnotice/notice"
)

// A scraper's pages have no metadata header, so only the article's title
// and a date are certain; its site numbers documents in a shape of its
// own. The Validator says so, and checks dates as of a fixed day, so the
// answer does not change with the clock.
func ExampleValidator() {
	v := &notice.Validator{
		Required: []string{"title", "created|published"},
		Levels:   map[notice.Rule]notice.Level{notice.RuleShape: notice.LevelWarning},
		Today:    notice.Date{Year: 2025, Month: 11, Day: 27},
	}
	n := &notice.Notice{
		IndexNumber: &notice.IndexNumber{Text: "GSDE0107"},
		Title:       "关于做好2025年度防汛工作的通知",
		Created:     &notice.Date{Year: 2025, Month: 4, Day: 2},
	}
	problems, err := v.Validate(n)
	fmt.Println("error:", err)
	for _, p := range problems {
		fmt.Printf("%s: %s %s: %s\n", p.Severity, p.Field, p.Rule, p.Message)
	}

	// A date after next year breaks a rule that is an error.
	n.Effective = &notice.Date{Year: 2027, Month: 1, Day: 1}
	_, err = v.Validate(n)
	fmt.Println("error:", err)
	fmt.Println("range:", errors.Is(err, notice.RuleRange))
	// Output:
	// error: <nil>
	// warning: index_number shape: "GSDE0107" has no known shape
	// error: notice: invalid record: effective: year 2027 is not in 1949–2026
	// range: true
}

// A rules file, as the command line's --rules reads it.
func ExampleParseLevels() {
	levels, err := notice.ParseLevels(`
# This site's index numbers have a shape of its own.
shape          warning
# Its documents are numbered in the year they are published.
year-mismatch  off
# A field labelled twice is a scraping bug here.
duplicate      error
`)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(levels[notice.RuleShape], levels[notice.RuleYearMismatch], levels[notice.RuleDuplicate], levels[notice.RuleRange])

	_, err = notice.ParseLevels("shape warn\n")
	fmt.Println(err)
	// Output:
	// warning off error default
	// line 1: unknown level "warn" for shape: want error, warning, off or default
}

// The form of the command line's --require: a comma-separated list, where
// a|b asks for either field.
func ExampleParseRequired() {
	required, err := notice.ParseRequired("title, created|published")
	fmt.Printf("%q %v\n", required, err)

	required, err = notice.ParseRequired("")
	fmt.Printf("%q %v\n", required, err)
	// Output:
	// ["title" "created|published"] <nil>
	// [] <nil>
}
