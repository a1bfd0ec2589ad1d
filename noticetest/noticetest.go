// Package noticetest helps tests check records: a scraper's own tests, or
// tests of code that builds or changes a [notice.Notice].
//
// [Valid] checks a record against the contract ([notice.Notice.Validate]),
// or against one a [notice.Validator] chooses.
// [Diff] and [Equal] compare two records field by field with go-cmp, and
// say what differs by the record's JSON keys, with dates and typed values in
// their text form. [Golden] compares a record with a JSON file written by
// package encode, and rewrites the file when the test runs with -update, a
// flag this package defines, so that a test needs nothing more than:
//
//	func TestScraper(t *testing.T) {
//		got := scrape(t, "testdata/pages/a.html")
//		noticetest.Valid(t, got)
//		noticetest.Golden(t, "testdata/records/a.json", got, noticetest.IgnoreInput)
//	}
//
// Then `go test -update` rewrites the golden files, and the change is
// reviewed with git diff before it is committed. The module's own golden
// tests use the same harness and the same flag; a test of yours that keeps
// golden files of its own asks [Updating] whether to rewrite them rather
// than defining a second -update, which would collide with this one.
package noticetest

import (
	"errors"
	"testing"

	"github.com/govnotice/govnotice/notice"
)

// Valid reports whether n keeps the record's contract: each problem that
// is an error is a test error, and each warning is logged, since a record
// with warnings only is a good record. The contract is the default one of
// [notice.Notice.Validate], or that of v when given: the fields a scraper
// promises, the rules a site is forgiven, and a fixed day to check dates
// against, so that the test does not change with the clock:
//
//	var siteRules = &notice.Validator{
//		Required: []string{"title", "created|published"},
//		Levels:   map[notice.Rule]notice.Level{notice.RuleShape: notice.LevelWarning},
//		Today:    notice.Date{Year: 2025, Month: 11, Day: 27},
//	}
//
//	noticetest.Valid(t, got, siteRules)
//
// A Validator that names an unknown field or rule is a test error. v takes
// at most one Validator; it is optional so that existing calls keep their
// meaning.
func Valid(t testing.TB, n *notice.Notice, v ...*notice.Validator) bool {
	t.Helper()
	if len(v) > 1 {
		t.Fatalf("noticetest.Valid: %d Validators, want at most one", len(v))
	}
	var rules *notice.Validator // nil: the default contract
	if len(v) == 1 {
		rules = v[0]
	}
	problems, err := rules.Validate(n)
	var verr *notice.ValidationError
	if err != nil && !errors.As(err, &verr) {
		t.Errorf("validating record: %v", err)
		return false
	}
	for _, p := range problems {
		if p.Severity == notice.SeverityError {
			t.Errorf("invalid record: %v", &p)
		} else {
			t.Logf("record: %v", &p)
		}
	}
	return err == nil
}
