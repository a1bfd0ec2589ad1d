// Package golden is the one golden-file harness of the module's tests:
// package parse's page goldens, package encode's record goldens, and the
// record goldens that noticetest.Golden gives users. A golden file holds
// the expected output of a test; the test compares what it made with it,
// and `go test -update` rewrites it instead, so that the change is reviewed
// in git diff before it is committed.
//
// The -update flag is registered here, once, when the package is
// initialised, as gotest.tools' golden package does: every test binary that
// uses a golden file, the module's or a user's through noticetest, has the
// same flag, and no test defines its own.
package golden

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files instead of comparing with them")

// Update reports whether the test binary runs with -update, and so whether
// golden files are to be written rather than compared with.
func Update() bool { return *update }

// Check compares got with the golden file at path and reports the
// difference, line by line, as a test error. With -update it writes got to
// path instead, creating the file's directory. A golden file that cannot be
// read stops the test, saying how to create it.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if Update() {
		Write(t, path, got)
		return
	}
	want := Read(t, path)
	if d := LineDiff(want, got); d != "" {
		t.Errorf("%s differs from the golden file (-want +got):\n%s", path, d)
	}
}

// Read returns the golden file at path, or stops the test, saying how to
// create the file.
func Read(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file: %v (run go test -update to create it)", err)
	}
	return data
}

// Write writes data to the golden file at path, creating its directory, or
// stops the test.
func Write(t testing.TB, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// maxDiffLines bounds the lines of a diff: a golden file rewritten whole
// says so in its first lines.
const maxDiffLines = 60

// LineDiff returns the lines that differ between want and got, each marked -
// (only in want) or + (only in got) and numbered with its line in that
// file (context lines by their line in want), with a line of context on
// either side of a change and … for the lines left out; "" when they
// are equal. Whole lines are shown, so that a character is never split; a
// line holding a control character (a CR before its LF) is shown quoted,
// and a last line without a line ending says so.
func LineDiff(want, got []byte) string {
	if bytes.Equal(want, got) {
		return ""
	}
	ops := lineDiff(lines(want), lines(got))
	keep := make([]bool, len(ops))
	for i, op := range ops {
		if op.kind != ' ' {
			for j := max(0, i-1); j <= min(len(ops)-1, i+1); j++ {
				keep[j] = true
			}
		}
	}
	var out strings.Builder
	shown, skipped := 0, false
	for i, op := range ops {
		if !keep[i] {
			skipped = true
			continue
		}
		if skipped {
			out.WriteString("  …\n")
		}
		skipped = false
		if shown++; shown > maxDiffLines {
			out.WriteString("  … (more lines differ)\n")
			break
		}
		fmt.Fprintf(&out, "%c %4d| %s\n", op.kind, op.line, showLine(op.text))
	}
	if skipped {
		out.WriteString("  …\n")
	}
	return out.String()
}

// showLine returns a line as Diff shows it.
func showLine(line string) string {
	text, ended := strings.CutSuffix(line, "\n")
	if strings.ContainsFunc(text, func(r rune) bool { return r < 0x20 && r != '\t' }) {
		text = strconv.Quote(text)
	}
	if !ended {
		text += " (no line ending: the file ends here)"
	}
	return text
}

// lines splits data into lines, each with its line ending.
func lines(data []byte) []string {
	var list []string
	for len(data) > 0 {
		i := bytes.IndexByte(data, '\n') + 1
		if i == 0 {
			i = len(data)
		}
		list = append(list, string(data[:i]))
		data = data[i:]
	}
	return list
}

type lineOp struct {
	kind byte // ' ', '-' or '+'
	line int  // 1-based, in want for ' ' and '-', in got for '+'
	text string
}

// lineDiff returns an edit script from a to b by longest common
// subsequence, trimming the common ends first. Golden files are at most a
// few thousand lines, and differ in few.
func lineDiff(a, b []string) []lineOp {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	ma, mb := a[pre:len(a)-suf], b[pre:len(b)-suf]
	if len(ma)*len(mb) > 1<<22 {
		// Too big a table for a file rewritten whole: say so line by line.
		var ops []lineOp
		for i := pre; i < len(a)-suf; i++ {
			ops = append(ops, lineOp{'-', i + 1, a[i]})
		}
		for j := pre; j < len(b)-suf; j++ {
			ops = append(ops, lineOp{'+', j + 1, b[j]})
		}
		return ops
	}
	// lcs[i][j] is the length of the LCS of ma[i:] and mb[j:].
	lcs := make([][]int32, len(ma)+1)
	for i := range lcs {
		lcs[i] = make([]int32, len(mb)+1)
	}
	for i := len(ma) - 1; i >= 0; i-- {
		for j := len(mb) - 1; j >= 0; j-- {
			if ma[i] == mb[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []lineOp
	for i := range pre {
		ops = append(ops, lineOp{' ', i + 1, a[i]})
	}
	i, j := 0, 0
	for i < len(ma) || j < len(mb) {
		switch {
		case i < len(ma) && j < len(mb) && ma[i] == mb[j]:
			ops = append(ops, lineOp{' ', pre + i + 1, ma[i]})
			i, j = i+1, j+1
		case i < len(ma) && (j == len(mb) || lcs[i+1][j] >= lcs[i][j+1]):
			ops = append(ops, lineOp{'-', pre + i + 1, ma[i]})
			i++
		default:
			ops = append(ops, lineOp{'+', pre + j + 1, mb[j]})
			j++
		}
	}
	for k := len(a) - suf; k < len(a); k++ {
		ops = append(ops, lineOp{' ', k + 1, a[k]})
	}
	return ops
}
