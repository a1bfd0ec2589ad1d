package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govnotice/govnotice/notice"
)

// qixia is the page the project started from.
const qixia = "../../testdata/pages/qixia-2025-78463.txt"

// runCLI runs the command in-process and returns its exit status and output.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func readPage(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("../../testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// writeTree creates the files of tree under dir, with their folders.
func writeTree(t *testing.T, dir string, tree map[string][]byte) {
	t.Helper()
	for name, data := range tree {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestText(t *testing.T) {
	code, out, errOut := runCLI(t, "", "text", qixia)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	for _, want := range []string{"| 组配分类： | 区政府全体会议 |", "11月18日上午，栖霞区"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}

	// The same page as GB18030 on standard input gives the same text.
	_, fromStdin, _ := runCLI(t, string(readPage(t, "encodings/qixia-2025-78463.gb18030.txt")), "text", "-")
	if fromStdin != out {
		t.Error("GB18030 on stdin gives other text than the UTF-8 file")
	}
	_, noArg, _ := runCLI(t, string(readPage(t, "pages/qixia-2025-78463.txt")), "text")
	if noArg != out {
		t.Error("no FILE does not read stdin")
	}

	_, kept, _ := runCLI(t, "", "text", "--keep-script", "--keep-punctuation", qixia)
	if !strings.Contains(kept, "11月18日上午,棲霞區") {
		t.Errorf("--keep-script --keep-punctuation changed the text: %.200q", kept)
	}
	_, big5, _ := runCLI(t, string(readPage(t, "encodings/govcn-guobanhan-2018-71.trad.big5.txt")), "text", "--charset", "big5")
	if !strings.Contains(big5, "国务院办公厅") {
		t.Errorf("--charset big5: %.200q", big5)
	}
}

// TestExitStatus runs every command with good and bad usage and checks the
// exit status and where the messages go.
func TestExitStatus(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		code     int
		inStdout string
		inStderr string
	}{
		{"no command reads standard input", nil, 1, "", "-: empty page"},
		{"unknown command", []string{"frobnicate"}, 2, "", `govnotice: "frobnicate" is neither a command nor a file (commands: convert, validate, text, explain, schema, version, help)` + "\n"},
		{"mistyped command", []string{"valdiate", "x"}, 2, "", `govnotice: "valdiate" is neither a command nor a file; did you mean "validate"?` + "\n"},
		{"help", []string{"help"}, 0, "NO_COLOR", ""},
		{"--help", []string{"--help"}, 0, "Commands:", ""},
		{"help text", []string{"help", "text"}, 0, "", "--keep-script"},
		{"help convert", []string{"help", "convert"}, 0, "", "input.path"},
		{"help unknown", []string{"help", "frobnicate"}, 2, "", "unknown command"},
		{"help mistyped", []string{"help", "covnert"}, 2, "", `govnotice help: unknown command "covnert"; did you mean "convert"?`},

		{"text --help", []string{"text", "--help"}, 0, "", "Examples:"},
		{"text bad flag", []string{"text", "--frob"}, 2, "", `govnotice text: unknown flag --frob ("govnotice help text" lists the flags)` + "\n"},
		{"text mistyped flag", []string{"text", "--keep-scrpit"}, 2, "", `govnotice text: unknown flag --keep-scrpit; did you mean --keep-script? ("govnotice help text" lists the flags)` + "\n"},
		{"text two files", []string{"text", "a", "b"}, 2, "", "govnotice text: at most one FILE (\"govnotice help text\" shows usage)\n"},
		{"text unknown charset", []string{"text", "--charset", "klingon", "-"}, 2, "", "klingon"},
		{"text missing file", []string{"text", "no/such/page.txt"}, 1, "", "no/such/page.txt"},

		{"convert --help", []string{"convert", "--help"}, 0, "", "NO_COLOR"},
		{"convert -h", []string{"convert", "-h"}, 0, "", "--out DIR"},
		{"convert", []string{"convert", qixia}, 0, `"index_number"`, ""},
		{"implicit convert", []string{qixia}, 0, `"index_number"`, ""},
		{"convert single dash flag", []string{"convert", "-format", "xml", qixia}, 0, "<notice>", ""},
		{"convert double dash flag", []string{"convert", "--format=xml", qixia}, 0, "<notice>", ""},
		{"convert missing file", []string{"convert", "no/such/page.txt"}, 1, "", "no/such/page.txt: no such file or directory"},
		{"convert bad flag", []string{"convert", "--frob", qixia}, 2, "", `govnotice convert: unknown flag --frob ("govnotice help convert" lists the flags)` + "\n"},
		{"convert mistyped flag", []string{"convert", "--fromat", "xml", qixia}, 2, "", `govnotice convert: unknown flag --fromat; did you mean --format? ("govnotice help convert" lists the flags)` + "\n"},
		{"convert prefix of a flag", []string{"convert", "--max", "1M", qixia}, 2, "", "did you mean --max-size?"},
		{"convert one-letter flag mistyped", []string{"convert", "-k", "2", qixia}, 2, "", "did you mean -j?"},
		{"convert flag without its value", []string{"convert", "--format"}, 2, "", `govnotice convert: flag needs an argument: -format ("govnotice help convert" lists the flags)` + "\n"},
		{"shorthand with flags", []string{"--format", "jsonl", qixia}, 0, `{"index_number":{"text":"013033899/2025-78463"`, ""},
		{"shorthand with a mistyped flag", []string{"--fromat", "jsonl", qixia}, 2, "", "govnotice convert: unknown flag --fromat; did you mean --format?"},
		{"shorthand, a single dash flag", []string{"-j", "1", qixia}, 0, `"index_number"`, ""},
		{"convert unknown format", []string{"convert", "--format", "yaml", qixia}, 2, "", `unknown --format "yaml"`},
		{"convert unknown charset", []string{"convert", "--charset", "klingon", qixia}, 2, "", "klingon"},
		{"convert -j 0", []string{"convert", "-j", "0", qixia}, 2, "", "-j 0"},
		{"convert -j x", []string{"convert", "-j", "x", qixia}, 2, "", "invalid value"},
		{"convert bad max-size", []string{"convert", "--max-size", "lots", qixia}, 2, "", "positive number of bytes"},
		{"convert bad include", []string{"convert", "--include", "[", qixia}, 2, "", "bad pattern"},
		{"convert bad exclude", []string{"convert", "--exclude", "a,[", qixia}, 2, "", `--exclude: bad pattern "["`},
		{"convert list and stdin", []string{"convert", "--from-list", "-", "-"}, 2, "", `"-" cannot be a page too`},
		{"convert missing list", []string{"convert", "--from-list", "no/such/list"}, 1, "", "no/such/list: no such file or directory"},
		{"convert a record", []string{"convert", "testdata/valid.json"}, 1, "", "testdata/valid.json: holds records (JSON), not a page: convert reads pages; validate checks records"},
		{"convert folder without pages", []string{"convert", "--include", "*.xyz", "testdata"}, 1, "", `testdata: no file to read: no name under it matches --include "*.xyz" (names starting with "." are skipped)`},
		{"convert empty include", []string{"convert", "--include", ",", qixia}, 2, "", "no pattern"},
		{"convert flag after path", []string{"convert", qixia, "--strict"}, 2, "", "flag --strict after a path"},
		{"convert stdin twice", []string{"convert", "-", "-"}, 2, "", "given twice"},
		{"convert force without out", []string{"convert", "--force", qixia}, 2, "", "--force needs --out"},
		{"convert out with stdin", []string{"convert", "--out", "x", "-"}, 2, "", "--out needs named inputs"},
		{"convert bad progress", []string{"convert", "--progress=maybe", qixia}, 2, "", "invalid boolean"},

		{"validate --help", []string{"validate", "--help"}, 0, "", "--warnings-as-errors"},
		{"validate good page", []string{"validate", "../../testdata/pages/anhui-taihu-2019-00336.txt"}, 0, "1 page, 0 errors, 1 warning", ""},
		{"validate reports what parsing noticed", []string{"validate", "../../testdata/pages/anhui-taihu-2019-00336.txt"}, 0, "anhui-taihu-2019-00336.txt:3:1: collection: duplicate:", ""},
		{"validate missing file", []string{"validate", "no/such/page.txt"}, 1, "no/such/page.txt: no such file or directory", ""},
		{"validate unknown format", []string{"validate", "--format", "xml", qixia}, 2, "", `unknown --format "xml"`},
		{"validate flag after path", []string{"validate", qixia, "-j", "2"}, 2, "", "flag -j after a path"},

		{"schema json", []string{"schema", "json"}, 0, "$schema", ""},
		{"schema xsd", []string{"schema", "xsd"}, 0, "<xs:schema", ""},
		{"schema none", []string{"schema"}, 2, "", "want one argument"},
		{"schema unknown", []string{"schema", "yaml"}, 2, "", `unknown schema "yaml"`},
		{"schema --help", []string{"schema", "--help"}, 0, "", "JSON Schema"},

		{"version", []string{"version"}, 0, "govnotice ", ""},
		{"version flag", []string{"--version"}, 2, "", "unknown flag --version"},
		{"version argument", []string{"version", "x"}, 2, "", "no arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errOut)
			}
			if !strings.Contains(out, tt.inStdout) {
				t.Errorf("stdout %.300q lacks %q", out, tt.inStdout)
			}
			if !strings.Contains(errOut, tt.inStderr) {
				t.Errorf("stderr %.300q lacks %q", errOut, tt.inStderr)
			}
			if tt.inStderr == "" && errOut != "" {
				t.Errorf("unexpected stderr %q", errOut)
			}
			// Usage errors are one line, not the help.
			if code == exitUsage && strings.Count(errOut, "\n") > 1 {
				t.Errorf("usage error of %d lines: %q", strings.Count(errOut, "\n"), errOut)
			}
		})
	}
}

// TestConvertBaseURL checks that --base-url resolves an HTML page's relative
// attachment link.
func TestConvertBaseURL(t *testing.T) {
	const page = "../../testdata/html/sites/fujian-pingtan-2024-88866.html"
	const rel = "./P020240409327393325055.XLS"
	code, out, errOut := runCLI(t, "", "convert", page)
	if code != 0 || !strings.Contains(out, rel) {
		t.Fatalf("without --base-url: exit %d, stderr %q, relative link kept: %v", code, errOut, strings.Contains(out, rel))
	}
	code, out, errOut = runCLI(t, "", "convert", "--base-url", "http://www.pingtan.gov.cn/zwgk/2024/04/t1.htm", page)
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if want := "http://www.pingtan.gov.cn/zwgk/2024/04/P020240409327393325055.XLS"; !strings.Contains(out, want) {
		t.Errorf("--base-url: output lacks %q", want)
	}
}

func TestCatchesInterrupt(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{nil, true}, // standard input, converted
		{[]string{"text", "page.txt"}, false},
		{[]string{"schema", "json"}, false},
		{[]string{"version"}, false},
		{[]string{"help", "convert"}, false},
		{[]string{"convert", "pages/"}, true},
		{[]string{"validate", "pages/"}, true},
		{[]string{"page.txt"}, true}, // short for convert
		{[]string{"-"}, true},        // standard input, converted
		{[]string{"--help"}, false},
		{[]string{"-h"}, false},
		{[]string{"--format", "jsonl", "page.txt"}, true},
	} {
		if got := catchesInterrupt(tc.args); got != tc.want {
			t.Errorf("catchesInterrupt(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}

// TestUsageAtTerminal runs govnotice without arguments with standard input
// a character device, as at a terminal: it prints the usage, and waits for
// no page.
func TestUsageAtTerminal(t *testing.T) {
	tty, err := os.Open(os.DevNull) // a character device, as a terminal is
	if err != nil {
		t.Skip(err)
	}
	defer tty.Close()
	if !isTerminal(tty) {
		t.Skipf("%s is not a character device here", os.DevNull)
	}
	var out, errOut bytes.Buffer
	if code := run(nil, tty, &out, &errOut); code != exitUsage || !strings.Contains(errOut.String(), "Usage:") {
		t.Errorf("exit %d, stderr %q", code, errOut.String())
	}
}

// TestShorthandStdin pipes a page to govnotice without arguments, and with
// flags only.
func TestShorthandStdin(t *testing.T) {
	page := string(readPage(t, "pages/qixia-2025-78463.txt"))
	for _, args := range [][]string{nil, {"--format", "jsonl"}, {"-j", "1", "-"}} {
		code, out, errOut := runCLI(t, page, args...)
		if code != 0 || errOut != "" {
			t.Errorf("%q: exit %d, stderr %q", args, code, errOut)
			continue
		}
		var ns []*notice.Notice
		if len(args) > 0 && args[0] == "--format" {
			ns = decodeJSONLines(t, out)
		} else {
			ns = decodeJSON(t, out)
		}
		if len(ns) != 1 || ns[0].Input.Path != "-" || ns[0].IndexNumber == nil {
			t.Errorf("%q: records %v", args, ns)
		}
	}
}

func TestNearest(t *testing.T) {
	names := []string{"format", "out", "force", "strict", "include", "exclude", "j", "max-size", "from-list", "charset"}
	for _, tt := range []struct{ in, want string }{
		{"fromat", "format"},
		{"formt", "format"},
		{"form", "format"},
		{"exlude", "exclude"},
		{"EXCLUDE", "exclude"},
		{"chraset", "charset"},
		{"from", "from-list"},
		{"fromlist", "from-list"},
		{"k", "j"},
		{"frob", ""},
		{"jobs", ""},
		{"x", "j"},
		{"", "j"},
		{"verbose", ""},
	} {
		if got := nearest(tt.in, names); got != tt.want {
			t.Errorf("nearest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := editDistance("ab", "ba"); got != 1 {
		t.Errorf("a swap costs %d, want 1", got)
	}
}
