package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The tests of --require, --rules and --today, which tune the contract of
// validate and of convert --strict.

// anhui is a page with a field labelled twice: a duplicate that parsing
// reports as a warning.
const anhui = "../../testdata/pages/anhui-taihu-2019-00336.txt"

// nohead is a folder of 16 pages without a metadata header: by default
// every record misses its index number, and none passes --strict.
const nohead = "../../testdata/nohead"

// laterPage is a page whose effective date is in 2027: out of range until
// 2026 begins.
const laterPage = "| 索引号： | 013033899/2025-00001 | 信息名称： | 关于测试的通知 |\n" +
	"| 发布机构： | 栖霞区人民政府 | 生成日期： | 2025-11-19 |\n" +
	"| 生效日期： | 2027-01-01 | 废止日期： | |\n\n正文第一段。\n"

// rulesFile writes a rules file and returns its absolute path.
func rulesFile(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "site.rules")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestValidateRuleFlags(t *testing.T) {
	t.Chdir("testdata")
	anhui := "../" + anhui // from testdata
	const (
		yearWarning = "warning.txt: index_number: year-mismatch: year 2024 differs from created date 2025-11-19"
		anhuiDup    = "../../../testdata/pages/anhui-taihu-2019-00336.txt:3:1: collection: duplicate: " +
			`信息分类 "通知" differs from the first value "规范性文件发布"; kept in extra`
	)
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stdout string
	}{
		// --require
		{"fewer fields", []string{"--require", "index_number,created", "invalid.txt"}, "", 0,
			"1 page, 0 errors, 0 warnings\n"},
		{"none", []string{"--require=", "invalid.txt"}, "", 0,
			"1 page, 0 errors, 0 warnings\n"},
		{"either", []string{"--require", "title|publisher", "invalid.txt"}, "", 1,
			"invalid.txt: title: required: missing, and publisher too\n" +
				"1 page, 1 error, 0 warnings\n"},
		{"more fields", []string{"--require", "title, keywords", "valid.txt"}, "", 1,
			"valid.txt: keywords: required: missing\n" +
				"1 page, 1 error, 0 warnings\n"},
		{"the default spelled out", []string{"--require", "index_number,title,publisher,created|published", "invalid.txt"}, "", 1,
			"invalid.txt: title: required: missing\n" +
				"invalid.txt: publisher: required: missing\n" +
				"1 page, 2 errors, 0 warnings\n"},

		// --rules
		{"a warning made an error", []string{"--rules", rulesFile(t, "year-mismatch error\n"), "warning.txt"}, "", 1,
			yearWarning + "\n1 page, 1 error, 0 warnings\n"},
		{"a warning turned off", []string{"--rules", rulesFile(t, "# known\nyear-mismatch off\n"), "warning.txt"}, "", 0,
			"1 page, 0 errors, 0 warnings\n"},
		{"missing fields forgiven", []string{"--rules", rulesFile(t, "required warning\n"), "invalid.txt"}, "", 0,
			"invalid.txt: title: required: missing (warning)\n" +
				"invalid.txt: publisher: required: missing (warning)\n" +
				"1 page, 0 errors, 2 warnings\n"},
		{"what parsing noticed made an error", []string{"--rules", rulesFile(t, "duplicate error\n"), anhui}, "", 1,
			anhuiDup + "\n1 page, 1 error, 0 warnings\n"},
		{"what parsing noticed turned off", []string{"--rules", rulesFile(t, "duplicate off\n"), anhui}, "", 0,
			"1 page, 0 errors, 0 warnings\n"},
		{"defaults", []string{"--rules", rulesFile(t, "duplicate default\nyear-mismatch default\n"), anhui, "warning.txt"}, "", 0,
			anhuiDup + " (warning)\n" + yearWarning + " (warning)\n2 pages, 0 errors, 2 warnings\n"},
		{"rules and require", []string{"--require", "title", "--rules", rulesFile(t, "required warning\n"), "invalid.txt"}, "", 0,
			"invalid.txt: title: required: missing (warning)\n" +
				"1 page, 0 errors, 1 warning\n"},

		// --today: the outcome follows the day given, not the clock.
		{"today before the year", []string{"--today", "2025-12-31"}, laterPage, 1,
			"-: effective: range: year 2027 is not in 1949–2026\n" +
				"1 page, 1 error, 0 warnings\n"},
		{"today in the year", []string{"--today", "2026-01-01"}, laterPage, 0,
			"1 page, 0 errors, 0 warnings\n"},
		{"today as pages write it", []string{"--today", "2026年1月1日"}, laterPage, 0,
			"1 page, 0 errors, 0 warnings\n"},
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

// TestValidateRuleFlagsJSON checks that --format json counts problems at
// the levels the rules give.
func TestValidateRuleFlagsJSON(t *testing.T) {
	t.Chdir("testdata")
	code, out, errOut := runCLI(t, "", "validate", "--format", "json", "--rules", rulesFile(t, "year-mismatch error\n"), "--require", "title", "warning.txt", "invalid.txt")
	if code != 1 || errOut != "" {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	want := `{"path":"warning.txt","errors":1,"warnings":0,"problems":[{"field":"index_number","rule":"year-mismatch","severity":"error","line":0,"column":0,"message":"year 2024 differs from created date 2025-11-19"}]}
{"path":"invalid.txt","errors":1,"warnings":0,"problems":[{"field":"title","rule":"required","severity":"error","line":0,"column":0,"message":"missing"}]}
`
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("JSON Lines (-want +got):\n%s", diff)
	}
}

// TestConvertStrictRuleFlags checks that convert --strict keeps what the
// tuned contract accepts: pages without a metadata header pass with
// --require title.
func TestConvertStrictRuleFlags(t *testing.T) {
	// By default no page of the folder keeps the contract.
	code, out, errOut := runCLI(t, "", "convert", "--strict", nohead)
	if code != 1 || out != "" || strings.Count(errOut, "index_number: required: missing\n") != 16 {
		t.Errorf("default: exit %d, stdout %q, stderr %q", code, out, errOut)
	}

	// With a title required, the two pages without one fail.
	code, out, errOut = runCLI(t, "", "convert", "--strict", "--require", "title", nohead)
	wantErr := nohead + "/dazhu-2022-kaifangri.txt: title: required: missing\n" +
		nohead + "/hunan-nongpu-2006.txt: title: required: missing\n"
	if diff := cmp.Diff(wantErr, errOut); code != 1 || diff != "" {
		t.Errorf("exit %d; stderr (-want +got):\n%s", code, diff)
	}
	if got := len(decodeJSONLines(t, out)); got != 14 {
		t.Errorf("--require title kept %d records, want 14", got)
	}

	// Nothing required: every record is written.
	code, out, errOut = runCLI(t, "", "convert", "--strict", "--require=", nohead)
	if got := len(decodeJSONLines(t, out)); code != 0 || errOut != "" || got != 16 {
		t.Errorf("--require=: exit %d, %d records, stderr %q", code, got, errOut)
	}

	t.Chdir("testdata")
	tests := []struct {
		name    string
		args    []string
		stdin   string
		code    int
		records []string
		stderr  string
	}{
		{"a warning made an error", []string{"--rules", rulesFile(t, "year-mismatch error\n"), "valid.txt", "warning.txt"}, "", 1,
			[]string{"valid.txt"}, "warning.txt: index_number: year-mismatch: year 2024 differs from created date 2025-11-19\n"},
		{"errors forgiven", []string{"--rules", rulesFile(t, "required off\n"), "valid.txt", "invalid.txt"}, "", 0,
			[]string{"valid.txt", "invalid.txt"}, ""},
		{"what parsing noticed made an error", []string{"--rules", rulesFile(t, "duplicate error\n"), "valid.txt", "../" + anhui}, "", 1,
			[]string{"valid.txt"}, "../../../testdata/pages/anhui-taihu-2019-00336.txt:3:1: collection: duplicate: " +
				`信息分类 "通知" differs from the first value "规范性文件发布"; kept in extra` + "\n"},
		{"today before the year", []string{"--today", "2025-12-31", "-"}, laterPage, 1,
			nil, "-: effective: range: year 2027 is not in 1949–2026\n"},
		{"today in the year", []string{"--today", "2026-01-01", "-"}, laterPage, 0,
			[]string{"-"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"convert", "--format", "jsonl", "--strict"}, tt.args...)
			code, out, errOut := runCLI(t, tt.stdin, args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			if diff := cmp.Diff(tt.stderr, errOut); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
			if got := inputPaths(decodeJSONLines(t, out)); !cmp.Equal(got, tt.records) {
				t.Errorf("records of %q, want %q", got, tt.records)
			}
		})
	}
}

// TestRuleFlagsUsage checks that a mistake in the flags is bad usage, with
// one line that names the flag, before any page is read.
func TestRuleFlagsUsage(t *testing.T) {
	bad := rulesFile(t, "shape off\nyear_mismatch off\n")
	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"unknown field", []string{"validate", "--require", "title,titel", qixia},
			`govnotice validate: --require: unknown field "titel" (fields: index_number, title,`},
		{"unknown alternative", []string{"validate", "--require", "created|publshed", qixia}, `--require: unknown field "publshed"`},
		{"unknown rule", []string{"validate", "--rules", bad, qixia},
			"govnotice validate: --rules " + bad + `: line 2: unknown rule "year_mismatch" (rules: required, shape,`},
		{"no rules file", []string{"validate", "--rules", "no/such.rules", qixia}, "govnotice validate: --rules: open no/such.rules: no such file or directory"},
		{"bad day", []string{"validate", "--today", "2025-02-30", qixia}, `govnotice validate: --today "2025-02-30": want a date such as 2025-11-27`},
		{"a time of day", []string{"validate", "--today", "2025-02-03 10:00", qixia}, `--today "2025-02-03 10:00"`},
		{"convert, unknown field", []string{"convert", "--strict", "--require", "titel", qixia}, `govnotice convert: --require: unknown field "titel"`},
		{"convert, unknown rule", []string{"convert", "--strict", "--rules", bad, qixia}, "govnotice convert: --rules " + bad + ": line 2"},
		{"convert, require without strict", []string{"convert", "--require", "title", qixia}, "govnotice convert: --require, --rules and --today need --strict"},
		{"convert, rules without strict", []string{"convert", "--rules", bad, qixia}, "need --strict"},
		{"convert, today without strict", []string{"convert", "--today", "2025-11-27", qixia}, "need --strict"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", tt.args...)
			if code != exitUsage || out != "" {
				t.Errorf("exit %d, stdout %q; want %d and nothing", code, out, exitUsage)
			}
			if !strings.HasPrefix(errOut, "govnotice ") || !strings.Contains(errOut, tt.stderr) || strings.Count(errOut, "\n") != 1 {
				t.Errorf("stderr %q, want one line containing %q", errOut, tt.stderr)
			}
		})
	}

	// The flags are documented in the help of both commands.
	for _, cmd := range []string{"validate", "convert"} {
		_, _, help := runCLI(t, "", cmd, "--help")
		for _, flag := range []string{"-require FIELDS", "-rules FILE", "-today DATE"} {
			if !strings.Contains(help, flag) {
				t.Errorf("%s --help lacks %s", cmd, flag)
			}
		}
	}
}
