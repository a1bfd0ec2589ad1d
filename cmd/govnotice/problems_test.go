package main

import (
	"errors"
	"fmt"
	"io/fs"
	"testing"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse"
)

func TestProblemString(t *testing.T) {
	tests := []struct {
		name string
		p    problem
		want string
	}{
		{"failure with a place", failure("a.txt", &parse.Error{Line: 3, Column: 7, Err: parse.ErrNotText}), "a.txt:3:7: not text"},
		{"failure with a line", failure("a.txt", &parse.Error{Line: 3, Err: parse.ErrNotText}), "a.txt:3: not text"},
		{"failure with a field", failure("a.txt", &parse.Error{Line: 2, Column: 1, Field: "title", Err: errors.New("odd")}), "a.txt:2:1: title: odd"},
		{"failure without a place", failure("a b/栖霞.txt", &parse.Error{Err: parse.ErrEmpty}), "a b/栖霞.txt: empty page"},
		{"read error", failure("-", &parse.Error{Err: &fs.PathError{Op: "read", Path: "/dev/stdin", Err: errors.New("i/o error")}}), "-: i/o error"},
		{"open error", failure("x", &fs.PathError{Op: "open", Path: "x", Err: fs.ErrPermission}), "x: permission denied"},
		{"own message kept", failure("x", fmt.Errorf("writing out/x.json: %w", &fs.PathError{Op: "open", Path: "x.json", Err: fs.ErrExist})), "x: writing out/x.json: open x.json: file already exists"},
		{"error", problem{Path: "a.txt", Field: "title", Rule: notice.RuleRequired, Severity: "error", Message: "missing"}, "a.txt: title: required: missing"},
		{"warning", problem{Path: "a.txt", Field: "doc_number", Rule: notice.RuleYearMismatch, Severity: "warning", Message: "year 2017 differs"}, "a.txt: doc_number: year-mismatch: year 2017 differs (warning)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.p.String(); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFieldProblems(t *testing.T) {
	n := &notice.Notice{}
	var verr *notice.ValidationError
	if !errors.As(n.Validate(), &verr) {
		t.Fatal("an empty record is valid")
	}
	ps := fieldProblems("p", verr.Problems)
	if len(ps) == 0 {
		t.Fatal("an empty record has no problems")
	}
	for _, p := range ps {
		if p.Path != "p" || p.Field == "" || p.Rule == "" || p.Severity != "error" {
			t.Errorf("problem %+v", p)
		}
	}
	if got := validationErrors("p", n); len(got) != len(ps) {
		t.Errorf("%d errors, want %d", len(got), len(ps))
	}
}
