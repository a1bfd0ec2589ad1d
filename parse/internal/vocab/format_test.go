package vocab

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// formatPath is the format document at the root of the repository, which
// users read to learn which labels fill which field.
var formatPath = filepath.Join("..", "..", "..", "FORMAT.md")

// formatTable returns the rows of the table that FORMAT.md marks with
// <!-- vocab:name … --> and <!-- /vocab:name -->, each row as its cells,
// trimmed, without the table's header row and rule.
func formatTable(t *testing.T, doc, name string) [][]string {
	t.Helper()
	start := strings.Index(doc, "<!-- vocab:"+name+" ")
	end := strings.Index(doc, "<!-- /vocab:"+name+" -->")
	if start < 0 || end < start {
		t.Fatalf("FORMAT.md: no table marked vocab:%s", name)
	}
	var rows [][]string
	for line := range strings.Lines(doc[start:end]) {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "|") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		rows = append(rows, cells)
	}
	if len(rows) < 3 {
		t.Fatalf("FORMAT.md: table vocab:%s has no rows", name)
	}
	return rows[2:] // the header row and the rule
}

// listCell splits a cell that lists labels or words, separated by commas.
func listCell(t *testing.T, table, cell string) []string {
	t.Helper()
	var out []string
	for item := range strings.SplitSeq(cell, ",") {
		item = strings.TrimSpace(item)
		if item == "" {
			t.Errorf("FORMAT.md vocab:%s: empty item in %q", table, cell)
			continue
		}
		out = append(out, item)
	}
	return out
}

// formatList returns the items the last cell of every row of a marked
// table lists, in order.
func formatList(t *testing.T, doc, name string) []string {
	t.Helper()
	var out []string
	for _, row := range formatTable(t, doc, name) {
		out = append(out, listCell(t, name, row[len(row)-1])...)
	}
	return out
}

func readFormat(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(formatPath)
	if err != nil {
		t.Fatalf("the format document ships with the module: %v", err)
	}
	return string(b)
}

// sameSet reports the items of want missing from got and the items of got
// that want does not have, and the items got lists twice.
func sameSet(t *testing.T, table string, got, want []string) {
	t.Helper()
	seen := make(map[string]bool)
	for _, g := range got {
		if seen[g] {
			t.Errorf("FORMAT.md vocab:%s lists %s twice", table, g)
		}
		seen[g] = true
		if !slices.Contains(want, g) {
			t.Errorf("FORMAT.md vocab:%s lists %s, which the code does not have", table, g)
		}
	}
	for _, w := range want {
		if !seen[w] {
			t.Errorf("FORMAT.md vocab:%s does not list %s", table, w)
		}
	}
}

var keyInCell = regexp.MustCompile("`([a-z_]+)`")

// TestFormatFieldLabels checks that the field-label table of FORMAT.md maps
// exactly the built-in field labels, each to its field.
func TestFormatFieldLabels(t *testing.T) {
	doc := readFormat(t)
	documented := make(map[string]string) // label → JSON key
	for _, row := range formatTable(t, doc, "fields") {
		m := keyInCell.FindStringSubmatch(row[0])
		if m == nil {
			t.Errorf("FORMAT.md vocab:fields: row %q names no field in backquotes", row[0])
			continue
		}
		if _, ok := FieldByKey(m[1]); !ok {
			t.Errorf("FORMAT.md vocab:fields: %q is no field a label fills", m[1])
		}
		for _, label := range listCell(t, "fields", row[len(row)-1]) {
			if prev, dup := documented[label]; dup {
				t.Errorf("FORMAT.md vocab:fields lists %s twice (%s, %s)", label, prev, m[1])
			}
			documented[label] = m[1]
		}
	}
	for label, l := range builtin {
		if l.Role != RoleField {
			continue
		}
		switch key, ok := documented[label]; {
		case !ok:
			t.Errorf("FORMAT.md vocab:fields does not list %s (%s)", label, l.Field.Key())
		case key != l.Field.Key():
			t.Errorf("FORMAT.md vocab:fields lists %s under %s; the code maps it to %s", label, key, l.Field.Key())
		}
	}
	for label, key := range documented {
		if l, ok := builtin[label]; !ok || l.Role != RoleField {
			t.Errorf("FORMAT.md vocab:fields lists %s (%s), which is no field label of the code", label, key)
		}
	}
	// 责任部门 is the publisher only beside no other publisher label: the
	// document says so in the row's first cell.
	for _, row := range formatTable(t, doc, "fields") {
		if slices.Contains(listCell(t, "fields", row[len(row)-1]), "责任部门") && !strings.Contains(row[0], "only when") {
			t.Errorf("FORMAT.md vocab:fields: the row of 责任部门 does not say when it is the publisher: %q", row[0])
		}
	}
}

// TestFormatOtherLists checks the lists of FORMAT.md that are not field
// labels: extra labels, page UI, widget words and genre words.
func TestFormatOtherLists(t *testing.T) {
	doc := readFormat(t)
	byRole := func(r Role) []string {
		var out []string
		for label, l := range builtin {
			if l.Role == r {
				out = append(out, label)
			}
		}
		return out
	}
	sameSet(t, "extra", formatList(t, doc, "extra"), byRole(RoleExtra))
	sameSet(t, "ui", formatList(t, doc, "ui"), byRole(RoleUI))
	sameSet(t, "widgets", formatList(t, doc, "widgets"), uiWords)
	sameSet(t, "genres", formatList(t, doc, "genres"), Genres)
}
