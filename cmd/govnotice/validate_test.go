package main

import (
	"encoding/json"
	"os"
	"strconv"
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

// TestValidateRecords validates saved records, in every form convert
// writes, and wants the report validating their pages gives: each
// record's problems under the path of its page.
func TestValidateRecords(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, pageTree(t))
	writeTree(t, dir, map[string][]byte{
		"pages/z/invalid.txt": mustRead(t, "testdata/invalid.txt"),
		"pages/z/warning.txt": mustRead(t, "testdata/warning.txt"),
	})
	t.Chdir(dir)
	_, want, _ := runCLI(t, "", "validate", "pages")
	_, wantJSON, _ := runCLI(t, "", "validate", "--format", "json", "pages")
	_, wantTitle, _ := runCLI(t, "", "validate", "--require", "title", "pages")
	if !strings.Contains(want, "pages/z/invalid.txt: title: required: missing") || wantTitle == want {
		t.Fatalf("validating the pages: %q; with --require title: %q", want, wantTitle)
	}
	for _, format := range []string{"jsonl", "json", "xml"} {
		_, records, _ := runCLI(t, "", "convert", "--format", format, "pages")
		name := "records." + format
		if err := os.WriteFile(name, []byte(records), 0o644); err != nil {
			t.Fatal(err)
		}
		code, got, errOut := runCLI(t, "", "validate", name)
		if code != 1 || errOut != "" {
			t.Errorf("%s: exit %d, stderr %q", format, code, errOut)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: validating records differs from validating pages (-pages +records):\n%s", format, diff)
		}
		// The rules of the flags apply to records as to pages.
		_, got, _ = runCLI(t, "", "validate", "--require", "title", name)
		if diff := cmp.Diff(wantTitle, got); diff != "" {
			t.Errorf("%s --require title: (-pages +records):\n%s", format, diff)
		}
		_, gotJSON, _ := runCLI(t, "", "validate", "--format", "json", name)
		if diff := cmp.Diff(wantJSON, gotJSON); diff != "" {
			t.Errorf("%s --format json: (-pages +records):\n%s", format, diff)
		}
		// On standard input too, whatever the file's name.
		_, got, _ = runCLI(t, records, "validate")
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s on standard input (-pages +records):\n%s", format, diff)
		}
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestValidateBrokenRecords validates files of records that do not all
// decode: each broken record is an error where it is, and the others are
// checked.
func TestValidateBrokenRecords(t *testing.T) {
	valid := string(mustRead(t, "testdata/valid.json"))
	_, line, _ := runCLI(t, "", "convert", "--format", "jsonl", "testdata/valid.txt")
	_, xml, _ := runCLI(t, "", "convert", "--format", "xml", "testdata/valid.txt", "testdata/valid.txt")
	_, invalid, _ := runCLI(t, "", "convert", "--format", "jsonl", "testdata/invalid.txt")
	noPath := strings.Replace(invalid, `"path":"testdata/invalid.txt"`, `"path":""`, 1)
	_, invalidJSON, _ := runCLI(t, "", "convert", "testdata/invalid.txt")
	invalidJSON = strings.Replace(invalidJSON, `"path": "testdata/invalid.txt"`, `"path": ""`, 1)
	titleLine := strconv.Itoa(strings.Count(valid, "\n") + strings.Count(valid[:strings.Index(valid, `"title"`)], "\n") + 1)
	tests := []struct {
		name, stdin, stdout string
		code                int
	}{
		{"a JSON Lines line of the wrong type", line + strings.Replace(line, `"genre":"`, `"genre":7,"x":"`, 1) + "\n" + line, "" +
			"-:2: genre: wrong type: want a string, got a number (byte 237 of the line)\n" +
			"3 pages, 1 error, 0 warnings\n", 1},
		{"a JSON Lines record naming no page", line + noPath, "" +
			"- (record 2): title: required: missing\n" +
			"- (record 2): publisher: required: missing\n" +
			"2 pages, 2 errors, 0 warnings\n", 1},
		{"indented JSON records, one broken", valid + strings.Replace(valid, `"title": "`, `"title": 5, "x": "`, 1) + valid, "" +
			"-:" + titleLine + ":12: title: wrong type: want a string, got a number\n" +
			"3 pages, 1 error, 0 warnings\n", 1},
		{"indented JSON records naming no page", valid + invalidJSON, "" +
			"-:" + strconv.Itoa(strings.Count(valid, "\n")+1) + ": title: required: missing\n" +
			"-:" + strconv.Itoa(strings.Count(valid, "\n")+1) + ": publisher: required: missing\n" +
			"2 pages, 2 errors, 0 warnings\n", 1},
		{"indented JSON cut short", valid + valid[:100], "" +
			"-:" + strconv.Itoa(strings.Count(valid, "\n")+strings.Count(valid[:100], "\n")+1) + ":1: index_number: malformed input: want a key\n" +
			"2 pages, 1 error, 0 warnings\n", 1},
		{"XML with an unknown element", strings.Replace(xml, "<title>", "<genus/><title>", 1), "" +
			"-: unknown field <genus> (byte 158 of the document)\n" +
			"2 pages, 1 error, 0 warnings\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.stdin, "validate")
			if code != tt.code || errOut != "" {
				t.Errorf("exit %d, want %d; stderr %q", code, tt.code, errOut)
			}
			if diff := cmp.Diff(tt.stdout, out); diff != "" {
				t.Errorf("stdout (-want +got):\n%s", diff)
			}
		})
	}
}
