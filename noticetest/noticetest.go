// Package noticetest helps tests check records: a scraper's own tests, or
// tests of code that builds or changes a [notice.Notice].
//
// [Valid] checks a record against the contract ([notice.Notice.Validate]),
// or against one a [notice.Validator] chooses.
// [Diff] and [Equal] compare two records field by field with go-cmp.
// [Golden] compares a record with a JSON file written by package encode, and
// rewrites the file when [Update] is set:
//
//	func init() {
//		flag.BoolVar(&noticetest.Update, "update", false, "rewrite golden records")
//	}
//
//	func TestScraper(t *testing.T) {
//		got := scrape(t, "testdata/pages/a.html")
//		noticetest.Valid(t, got)
//		noticetest.Golden(t, "testdata/records/a.json", got, noticetest.IgnoreInput)
//	}
//
// Then `go test -update` rewrites the golden files, and the change is
// reviewed with git diff before it is committed.
package noticetest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
)

// Update makes [Golden] rewrite golden files instead of comparing with
// them. The package defines no flag of its own, since a flag defined in a
// library collides with a test's own -update; tie Update to yours with
// flag.BoolVar(&noticetest.Update, "update", false, "…").
var Update bool

// IgnoreInput is an option for [Diff], [Equal] and [Golden] that leaves
// Notice.Input out of the comparison: the provenance of a record (path,
// charset, warnings) often differs between runs while the record does not.
var IgnoreInput cmp.Option = cmpopts.IgnoreFields(notice.Notice{}, "Input")

// Diff returns the differences between two records in go-cmp's form, with
// a (-want +got) key, or "" when they are equal. Nil and empty lists are
// equal, as they are in every written form; opts add to that ([IgnoreInput]
// or any cmp.Option). The text is for people: its layout is not stable.
func Diff(want, got *notice.Notice, opts ...cmp.Option) string {
	d := cmp.Diff(want, got, append([]cmp.Option{cmpopts.EquateEmpty()}, opts...)...)
	if d == "" {
		return ""
	}
	return "(-want +got):\n" + d
}

// Equal reports whether two records are equal as [Diff] compares them, and
// reports the differences as a test error when they are not.
func Equal(t testing.TB, want, got *notice.Notice, opts ...cmp.Option) bool {
	t.Helper()
	if d := Diff(want, got, opts...); d != "" {
		t.Errorf("records differ %s", d)
		return false
	}
	return true
}

// Golden compares got with the record in the JSON file at path, as [Diff]
// compares them, and reports the differences as a test error. When [Update]
// is set it writes got to path instead (creating its directory), in the
// indented form of encode.JSON. A missing or unreadable file stops the
// test.
func Golden(t testing.TB, path string, got *notice.Notice, opts ...cmp.Option) {
	t.Helper()
	if Update {
		var buf bytes.Buffer
		if err := encode.JSON(&buf, got); err != nil {
			t.Fatalf("writing golden record %s: %v", path, err)
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden record: %v (set noticetest.Update to write it)", err)
	}
	want, err := encode.DecodeJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("reading golden record %s: %v", path, err)
	}
	if d := Diff(want, got, opts...); d != "" {
		t.Errorf("record differs from %s %s", path, d)
	}
}

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
