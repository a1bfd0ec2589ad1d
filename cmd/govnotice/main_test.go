package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

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

func TestText(t *testing.T) {
	const qixia = "../../testdata/pages/qixia-2025-78463.txt"
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

func TestExitStatus(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		code     int
		inStderr string
	}{
		{"no command", nil, 2, "Usage:"},
		{"unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"help", []string{"help"}, 0, ""},
		{"help text", []string{"help", "text"}, 0, "--keep-script"},
		{"text --help", []string{"text", "--help"}, 0, "Examples:"},
		{"bad flag", []string{"text", "--frob"}, 2, "flag provided but not defined"},
		{"two files", []string{"text", "a", "b"}, 2, "at most one FILE"},
		{"unknown charset", []string{"text", "--charset", "klingon", "-"}, 2, "klingon"},
		{"missing file", []string{"text", "no/such/page.txt"}, 1, "no/such/page.txt"},
		{"version", []string{"version"}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errOut)
			}
			if !strings.Contains(errOut, tt.inStderr) {
				t.Errorf("stderr %q lacks %q", errOut, tt.inStderr)
			}
		})
	}
}
