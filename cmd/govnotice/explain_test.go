package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/govnotice/govnotice/internal/golden"
)

// TestExplain checks explain's report on pages of each layout against
// golden files (go test -update rewrites them).
func TestExplain(t *testing.T) {
	for _, page := range []string{
		"pages/qixia-2025-78463.txt",
		"nohead/alashan-ashubanfa-2007-22.txt",
		"html/sites/moe-2024-1135415.html",
	} {
		t.Run(filepath.Base(page), func(t *testing.T) {
			path := "../../testdata/" + page
			code, out, errOut := runCLI(t, "", "explain", path)
			if code != exitOK || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			golden.Check(t, filepath.Join("testdata", "explain", filepath.Base(page)+".txt"), []byte(out))
		})
	}
}

func TestExplainErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		in   string
		code int
		msg  string
	}{
		{"two files", []string{"explain", "a", "b"}, "", exitUsage, "at most one FILE"},
		{"unknown charset", []string{"explain", "--charset", "nope", "-"}, "x", exitUsage, "nope"},
		{"missing file", []string{"explain", "no-such-page.txt"}, "", exitFail, "no-such-page.txt"},
		{"empty page", []string{"explain", "-"}, "  \n", exitFail, "empty page"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, errOut := runCLI(t, tt.in, tt.args...)
			if code != tt.code || !strings.Contains(errOut, tt.msg) || strings.Count(errOut, "\n") != 1 {
				t.Errorf("exit %d, stderr %q; want exit %d and one line with %q", code, errOut, tt.code, tt.msg)
			}
		})
	}
}
