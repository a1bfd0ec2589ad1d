package main

import (
	"errors"
	"fmt"
	"io/fs"
	"testing"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse"
)

func TestReportString(t *testing.T) {
	problem := func(path string, p notice.Problem) report { return report{path: path, Problem: p} }
	tests := []struct {
		name string
		r    report
		want string
	}{
		{"failure with a place", failure("a.txt", &parse.Error{Line: 3, Column: 7, Err: parse.ErrNotText}), "a.txt:3:7: not text"},
		{"failure with a line", failure("a.txt", &parse.Error{Line: 3, Err: parse.ErrNotText}), "a.txt:3: not text"},
		{"failure with a field", failure("a.txt", &parse.Error{Line: 2, Column: 1, Field: "title", Err: errors.New("odd")}), "a.txt:2:1: title: odd"},
		{"failure without a place", failure("a b/栖霞.txt", &parse.Error{Err: parse.ErrEmpty}), "a b/栖霞.txt: empty page"},
		{"read error", failure("-", &parse.Error{Err: &fs.PathError{Op: "read", Path: "/dev/stdin", Err: errors.New("i/o error")}}), "-: i/o error"},
		{"open error", failure("x", &fs.PathError{Op: "open", Path: "x", Err: fs.ErrPermission}), "x: permission denied"},
		{"own message kept", failure("x", fmt.Errorf("writing out/x.json: %w", &fs.PathError{Op: "open", Path: "x.json", Err: fs.ErrExist})), "x: writing out/x.json: open x.json: file already exists"},
		{"error", problem("a.txt", notice.Problem{Field: "title", Rule: notice.RuleRequired, Message: "missing"}), "a.txt: title: required: missing"},
		{"warning", problem("a.txt", notice.Problem{Field: "doc_number", Rule: notice.RuleYearMismatch, Severity: notice.SeverityWarning, Message: "year 2017 differs"}),
			"a.txt: doc_number: year-mismatch: year 2017 differs (warning)"},
		{"parse warning with a place", problem("a.txt", notice.Problem{Field: "created", Rule: notice.RuleShape, Severity: notice.SeverityWarning, Line: 4, Column: 6, Message: `"1552233600" is not a date`}),
			`a.txt:4:6: created: shape: "1552233600" is not a date (warning)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.r.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReports(t *testing.T) {
	n := &notice.Notice{}
	var verr *notice.ValidationError
	if !errors.As(n.Validate(), &verr) {
		t.Fatal("an empty record is valid")
	}
	rs := reports("p", verr.Problems)
	if len(rs) == 0 {
		t.Fatal("an empty record has no problems")
	}
	for _, r := range rs {
		if r.path != "p" || r.Field == "" || r.Rule == "" || r.Severity != notice.SeverityError {
			t.Errorf("problem %+v", r)
		}
	}
	if got := validationErrors(nil, "p", n); len(got) != len(rs) {
		t.Errorf("%d errors, want %d", len(got), len(rs))
	}
}
