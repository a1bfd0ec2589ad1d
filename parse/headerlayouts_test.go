package parse

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
)

// TestHeaderLayouts measures layout families on real pages, beside the
// generated ones of TestLayoutSpace: each record of the evaluation set
// whose text form reads back whole is written again with its header in
// another family's form, or its paragraphs laid out otherwise, and parsed.
// Some records cannot read the same in every form (a label no list knows
// and without its colon is text on a line of its own), so each family has
// a ceiling of records that may differ; the test fails above it, and below
// it too, so that the ceiling only comes down.
func TestHeaderLayouts(t *testing.T) {
	type family struct {
		name   string
		render func(v labelKnower, rows [][2]string, body string) string
		most   int // records that may read otherwise
	}
	families := []family{
		{"label lines", func(_ labelKnower, rows [][2]string, body string) string {
			var b strings.Builder
			for _, r := range rows {
				b.WriteString(r[0] + r[1] + "\n") // 文号：某政发〔2020〕1号
			}
			return b.String() + "\n" + body
		}, 48},
		{"rows without outer bars", func(_ labelKnower, rows [][2]string, body string) string {
			var b strings.Builder
			for _, r := range rows {
				b.WriteString(r[0] + " | " + r[1] + "\n") // 文号： | 某政发〔2020〕1号
			}
			return b.String() + "\n" + body
		}, 25},
		{"alternating lines", func(v labelKnower, rows [][2]string, body string) string {
			var b strings.Builder
			for _, r := range rows {
				label := strings.TrimSuffix(r[0], "：")
				if !v(label) {
					label = r[0] // a label no list knows keeps the colon that marks it
				}
				b.WriteString(label + "\n" + r[1] + "\n") // 文号 / 某政发〔2020〕1号
			}
			return b.String() + "\n" + body
		}, 147},
		{"blank lines between paragraphs", func(_ labelKnower, rows [][2]string, body string) string {
			return pipeHeader(rows) + "\n" + strings.ReplaceAll(body, "\n", "\n\n")
		}, 0},
		{"indented paragraphs", func(_ labelKnower, rows [][2]string, body string) string {
			return pipeHeader(rows) + "\n" + "　　" + strings.ReplaceAll(strings.TrimSuffix(body, "\n"), "\n", "\n　　") + "\n"
		}, 0},
	}
	paths, err := filepath.Glob("../testdata/eval/pages/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no evaluation pages: %v", err)
	}
	v, err := (&Parser{}).vocabulary()
	if err != nil {
		t.Fatal(err)
	}
	known := func(label string) bool { return v.Classify(label).Known() }
	differ := make([][]string, len(families))
	records := 0
	for _, path := range paths {
		page, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		n, err := Parse(page)
		if err != nil {
			continue
		}
		var text bytes.Buffer
		if err := encode.Text(&text, n); err != nil {
			continue // a record the text form cannot write
		}
		head, body, ok := strings.Cut(text.String(), "\n\n")
		rows := headerRows(head)
		if !ok || len(rows) == 0 || textRoundTrip(n) != "" {
			continue // no header, or a record the text form does not bring back
		}
		records++
		for i, f := range families {
			other, err := Parse([]byte(f.render(known, rows, body)))
			if err != nil || cmp.Diff(n, other, cmpopts.IgnoreFields(notice.Notice{}, "Input")) != "" {
				differ[i] = append(differ[i], filepath.Base(path))
			}
		}
	}
	if records < minHeaderLayoutRecords {
		t.Fatalf("%d records tried, want at least %d", records, minHeaderLayoutRecords)
	}
	for i, f := range families {
		switch got := len(differ[i]); {
		case got > f.most:
			t.Errorf("%s: %d of %d records read otherwise, at most %d may; the first: %s", f.name, got, records, f.most,
				strings.Join(differ[i][:min(len(differ[i]), 20)], " "))
		case got < f.most:
			t.Errorf("%s: %d of %d records read otherwise, fewer than the %d allowed: lower the ceiling", f.name, got, records, f.most)
		default:
			t.Logf("%s: %d of %d records read otherwise", f.name, got, records)
		}
	}
}

// minHeaderLayoutRecords is about how many of the set's records have a
// header and come back whole from their text form; fewer means the test
// lost its pages.
const minHeaderLayoutRecords = 1100

// labelKnower reports whether the vocabulary knows a label.
type labelKnower func(label string) bool

// headerRow is a row of the text form's header: | 文号： | 某政发〔2020〕1号 |.
var headerRow = regexp.MustCompile(`^\| (.*?) \| (.*) \|$`)

// headerRows returns the label and value of each row of a text form's
// header.
func headerRows(head string) [][2]string {
	var rows [][2]string
	for l := range strings.SplitSeq(head, "\n") {
		if m := headerRow.FindStringSubmatch(l); m != nil {
			rows = append(rows, [2]string{m[1], m[2]})
		}
	}
	return slices.Clip(rows)
}

// pipeHeader writes rows as the text form does.
func pipeHeader(rows [][2]string) string {
	var b strings.Builder
	for _, r := range rows {
		b.WriteString("| " + r[0] + " | " + r[1] + " |\n")
	}
	return b.String()
}
