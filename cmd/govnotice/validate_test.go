package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestValidate(t *testing.T) {
	t.Chdir("testdata")
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stdout string
	}{
		{"valid", []string{"valid.txt"}, "", 0, "1 page, 0 errors, 0 warnings\n"},
		{"warning", []string{"warning.txt"}, "", 0,
			"warning.txt: index_number: year-mismatch: year 2024 differs from created date 2025-11-19 (warning)\n" +
				"1 page, 0 errors, 1 warning\n"},
		{"warnings as errors", []string{"--warnings-as-errors", "warning.txt"}, "", 1,
			"warning.txt: index_number: year-mismatch: year 2024 differs from created date 2025-11-19 (warning)\n" +
				"1 page, 0 errors, 1 warning\n"},
		{"warnings as errors, none", []string{"--warnings-as-errors", "valid.txt"}, "", 0, "1 page, 0 errors, 0 warnings\n"},
		{"invalid", []string{"invalid.txt"}, "", 1,
			"invalid.txt: title: required: missing\n" +
				"invalid.txt: publisher: required: missing\n" +
				"1 page, 2 errors, 0 warnings\n"},
		{"in input order", []string{"-j", "3", "invalid.txt", "valid.txt", "warning.txt", "missing.txt", "-"}, "", 1,
			"invalid.txt: title: required: missing\n" +
				"invalid.txt: publisher: required: missing\n" +
				"warning.txt: index_number: year-mismatch: year 2024 differs from created date 2025-11-19 (warning)\n" +
				"missing.txt: no such file or directory\n" +
				"-: empty page\n" +
				"5 pages, 4 errors, 1 warning\n"},
		{"stdin", nil, "| 索引号： | 013033899/2025-00001 |\n| 信息名称： | 通知 | |\n正文。\n", 1,
			"-: publisher: required: missing\n" +
				"-: created: required: missing, and published too\n" +
				"1 page, 2 errors, 0 warnings\n"},
		{"folder", []string{"--include", "*id.txt", "."}, "", 1,
			"invalid.txt: title: required: missing\n" +
				"invalid.txt: publisher: required: missing\n" +
				"2 pages, 2 errors, 0 warnings\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.stdin, append([]string{"validate"}, tt.args...)...)
			if code != tt.code || errOut != "" {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.code, errOut)
			}
			if diff := cmp.Diff(tt.stdout, out); diff != "" {
				t.Errorf("stdout (-want +got):\n%s", diff)
			}
		})
	}
}

// TestValidateJSON checks the JSON Lines form: one object per page, clean
// pages included, and parse failures with their rule.
func TestValidateJSON(t *testing.T) {
	t.Chdir("testdata")
	code, out, errOut := runCLI(t, "", "validate", "--format", "json", "valid.txt", "warning.txt", "invalid.txt", "missing.txt")
	if code != 1 || errOut != "" {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	type jsonProblem struct {
		Line, Column                   int
		Field, Rule, Severity, Message string
	}
	type jsonPage struct {
		Path             string
		Errors, Warnings int
		Problems         []jsonProblem
	}
	var got []jsonPage
	for line := range strings.Lines(out) {
		var p jsonPage
		d := json.NewDecoder(strings.NewReader(line))
		d.DisallowUnknownFields()
		if err := d.Decode(&p); err != nil {
			t.Fatalf("line %q: %v", line, err)
		}
		got = append(got, p)
	}
	want := []jsonPage{
		{Path: "valid.txt", Problems: []jsonProblem{}},
		{Path: "warning.txt", Warnings: 1, Problems: []jsonProblem{
			{Field: "index_number", Rule: "year-mismatch", Severity: "warning", Message: "year 2024 differs from created date 2025-11-19"},
		}},
		{Path: "invalid.txt", Errors: 2, Problems: []jsonProblem{
			{Field: "title", Rule: "required", Severity: "error", Message: "missing"},
			{Field: "publisher", Rule: "required", Severity: "error", Message: "missing"},
		}},
		{Path: "missing.txt", Errors: 1, Problems: []jsonProblem{
			{Rule: "parse", Severity: "error", Message: "no such file or directory"},
		}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("JSON Lines (-want +got):\n%s", diff)
	}
	// Every key is present, even when empty, for tools that want columns.
	if !strings.Contains(out, `{"path":"valid.txt","errors":0,"warnings":0,"problems":[]}`) {
		t.Errorf("clean page not written with every key: %q", out)
	}
}
