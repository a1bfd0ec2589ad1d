package noticetest_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/noticetest"
)

// recorder is a testing.TB that keeps what a helper reports. Methods the
// helpers do not call are left to the nil embedded TB, and would panic.
type recorder struct {
	testing.TB
	errors []string
	logs   []string
	fatal  bool
}

func (r *recorder) Helper() {}

func (r *recorder) Logf(format string, args ...any) {
	r.logs = append(r.logs, fmt.Sprintf(format, args...))
}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatalf(format string, args ...any) {
	r.Errorf(format, args...)
	r.fatal = true
	runtime.Goexit()
}

func (r *recorder) Fatal(args ...any) { r.Fatalf("%s", fmt.Sprint(args...)) }

// run calls f with a recorder on a goroutine of its own, so that Fatal can
// end it.
func run(f func(t testing.TB)) *recorder {
	r := new(recorder)
	done := make(chan struct{})
	go func() {
		defer close(done)
		f(r)
	}()
	<-done
	return r
}

func record() *notice.Notice {
	return &notice.Notice{
		IndexNumber: &notice.IndexNumber{Text: "013033899/2025-78463", Org: "013033899", Year: 2025, Seq: "78463"},
		Title:       "栖霞区与南京经济技术开发区一体发展动员部署会召开",
		Publisher:   "栖霞区人民政府",
		Created:     &notice.Date{Year: 2025, Month: 11, Day: 19},
		Body:        []string{"11月18日上午，……"},
		Input:       notice.Input{Path: "a.txt", Charset: "utf-8"},
	}
}

func TestDiff(t *testing.T) {
	want := record()
	for _, tc := range []struct {
		name  string
		edit  func(n *notice.Notice)
		equal bool
	}{
		{"same", func(n *notice.Notice) {}, true},
		{"empty list for nil", func(n *notice.Notice) { n.Keywords = []string{} }, true},
		{"title", func(n *notice.Notice) { n.Title += "。" }, false},
		{"date", func(n *notice.Notice) { n.Created.Day = 18 }, false},
		{"nil pointer", func(n *notice.Notice) { n.IndexNumber = nil }, false},
		{"input", func(n *notice.Notice) { n.Input.Path = "b.txt" }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := record()
			tc.edit(got)
			d := noticetest.Diff(want, got)
			if (d == "") != tc.equal {
				t.Errorf("Diff = %q, want equal = %v", d, tc.equal)
			}
			if d != "" && !strings.HasPrefix(d, "(-want +got):\n") {
				t.Errorf("Diff has no (-want +got) key: %q", d)
			}
			r := run(func(t testing.TB) { noticetest.Equal(t, want, got) })
			if (len(r.errors) == 0) != tc.equal {
				t.Errorf("Equal reported %q, want equal = %v", r.errors, tc.equal)
			}
		})
	}
	got := record()
	got.Input = notice.Input{}
	if d := noticetest.Diff(want, got, noticetest.IgnoreInput); d != "" {
		t.Errorf("Diff with IgnoreInput:\n%s", d)
	}
}

func TestGolden(t *testing.T) {
	// The test sets -update itself; it runs the same under go test -update.
	was := flag.Lookup("update").Value.String()
	flag.Set("update", "false")
	t.Cleanup(func() { flag.Set("update", was) })
	path := filepath.Join(t.TempDir(), "records", "a.json")
	n := record()

	r := run(func(t testing.TB) { noticetest.Golden(t, path, n) })
	if !r.fatal || !strings.Contains(r.errors[0], "go test -update") {
		t.Fatalf("missing golden file: reported %q, want a fatal error saying go test -update", r.errors)
	}

	// The one -update flag, as `go test -update` sets it.
	if noticetest.Updating() {
		t.Fatal("Updating without -update")
	}
	if err := flag.Set("update", "true"); err != nil {
		t.Fatal(err)
	}
	updating := noticetest.Updating()
	r = run(func(t testing.TB) { noticetest.Golden(t, path, n) })
	flag.Set("update", "false")
	if !updating || len(r.errors) != 0 {
		t.Fatalf("-update: Updating() = %v, reported %q", updating, r.errors)
	}
	data, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(data), `"title": "栖霞区`) {
		t.Fatalf("golden file not written as indented JSON: %v\n%s", err, data)
	}

	if r := run(func(t testing.TB) { noticetest.Golden(t, path, n) }); len(r.errors) != 0 {
		t.Errorf("same record: reported %q", r.errors)
	}
	changed := record()
	changed.Title = "另一个标题"
	changed.Input.Path = "elsewhere"
	r = run(func(t testing.TB) { noticetest.Golden(t, path, changed) })
	if len(r.errors) != 1 || r.fatal || !strings.Contains(r.errors[0], path) || !strings.Contains(r.errors[0], "另一个标题") {
		t.Errorf("changed record: reported %q, want one error naming the file and the new title", r.errors)
	}
	changed.Title = n.Title
	if r := run(func(t testing.TB) { noticetest.Golden(t, path, changed, noticetest.IgnoreInput) }); len(r.errors) != 0 {
		t.Errorf("IgnoreInput: reported %q", r.errors)
	}

	if err := os.WriteFile(path, []byte(`{"title":1}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := run(func(t testing.TB) { noticetest.Golden(t, path, n) }); !r.fatal {
		t.Errorf("bad golden file: reported %q, want a fatal error", r.errors)
	}
}

func TestValid(t *testing.T) {
	today := notice.Date{Year: 2025, Month: 11, Day: 27}
	for _, tc := range []struct {
		name         string
		edit         func(n *notice.Notice)
		v            []*notice.Validator
		valid        bool
		errors, logs int
	}{
		{"valid", func(n *notice.Notice) {}, nil, true, 0, 0},
		{"warning only", func(n *notice.Notice) {
			n.DocNumber = &notice.DocNumber{Text: "宁政发〔2024〕1号", Issuer: "宁政发", Year: 2024, Seq: "1"}
		}, nil, true, 0, 1},
		{"two errors", func(n *notice.Notice) { n.Title, n.Publisher = "", "" }, nil, false, 2, 0},
		{"an error and a warning", func(n *notice.Notice) { n.Title, n.Created.Year = "", 2024 }, nil, false, 1, 1},
		{"the zero Validator is the default", func(n *notice.Notice) { n.Title = "" }, []*notice.Validator{{}}, false, 1, 0},
		{"a nil Validator is the default", func(n *notice.Notice) { n.Title = "" }, []*notice.Validator{nil}, false, 1, 0},

		{"fewer required fields", func(n *notice.Notice) { n.IndexNumber, n.Publisher = nil, "" },
			[]*notice.Validator{{Required: []string{"title"}}}, true, 0, 0},
		{"more required fields", func(n *notice.Notice) {},
			[]*notice.Validator{{Required: []string{"title", "keywords", "body"}}}, false, 1, 0},
		{"a site's quirk forgiven", func(n *notice.Notice) { n.IndexNumber = &notice.IndexNumber{Text: "GSDE0107"} },
			[]*notice.Validator{{Levels: map[notice.Rule]notice.Level{notice.RuleShape: notice.LevelWarning}}}, true, 0, 1},
		{"the quirk by default", func(n *notice.Notice) { n.IndexNumber = &notice.IndexNumber{Text: "GSDE0107"} },
			nil, false, 1, 0},
		{"a warning made an error", func(n *notice.Notice) { n.Created.Year = 2024 },
			[]*notice.Validator{{Levels: map[notice.Rule]notice.Level{notice.RuleYearMismatch: notice.LevelError}}}, false, 1, 0},
		{"a warning turned off", func(n *notice.Notice) { n.Created.Year = 2024 },
			[]*notice.Validator{{Levels: map[notice.Rule]notice.Level{notice.RuleYearMismatch: notice.LevelOff}}}, true, 0, 0},
		{"next year on the day", func(n *notice.Notice) { n.Effective = &notice.Date{Year: 2026, Month: 12, Day: 31} },
			[]*notice.Validator{{Today: today}}, true, 0, 0},
		{"after next year on the day", func(n *notice.Notice) { n.Effective = &notice.Date{Year: 2027, Month: 1, Day: 1} },
			[]*notice.Validator{{Today: today}}, false, 1, 0},
		{"what parsing noticed", func(n *notice.Notice) {
			n.Input.Problems = []notice.Problem{{Field: "title", Rule: notice.RuleDuplicate, Severity: notice.SeverityWarning, Message: "labelled twice"}}
		}, []*notice.Validator{{ParseProblems: true}}, true, 0, 1},
		{"an unknown field", func(n *notice.Notice) {}, []*notice.Validator{{Required: []string{"titel"}}}, false, 1, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := record()
			tc.edit(n)
			var valid bool
			r := run(func(t testing.TB) { valid = noticetest.Valid(t, n, tc.v...) })
			if valid != tc.valid || len(r.errors) != tc.errors || len(r.logs) != tc.logs || r.fatal {
				t.Errorf("Valid = %v, errors %q, logs %q; want %v, %d errors, %d logs", valid, r.errors, r.logs, tc.valid, tc.errors, tc.logs)
			}
		})
	}

	r := run(func(t testing.TB) { noticetest.Valid(t, record(), &notice.Validator{}, &notice.Validator{}) })
	if !r.fatal || !strings.Contains(r.errors[0], "at most one") {
		t.Errorf("two Validators: reported %q, want a fatal error", r.errors)
	}
}

// TestDiffText checks what Diff says: JSON keys for paths, dates and typed
// values in their text form, and long strings cut between characters
// around their first difference.
func TestDiffText(t *testing.T) {
	want := record()
	want.Body = []string{strings.Repeat("栖霞区人民政府", 20) + "甲" + strings.Repeat("南京", 30), "第二段"}
	want.Attachments = []notice.Attachment{{Name: "附件1", URL: "http://a.cn/1.pdf"}}
	got := record()
	got.Body = []string{strings.Repeat("栖霞区人民政府", 20) + "乙" + strings.Repeat("南京", 30)}
	got.Created = &notice.Date{Year: 2025, Month: 11, Day: 18, HasTime: true, Hour: 9}
	got.IndexNumber = &notice.IndexNumber{Text: "013033899/2025-78463"} // the same text, no parts
	got.DocNumber = &notice.DocNumber{Text: "宁政发〔2024〕1号"}
	got.Input.Problems = []notice.Problem{{Field: "title", Severity: notice.SeverityWarning}}

	d := noticetest.Diff(want, got)
	for _, line := range []string{
		"(-want +got):",
		"  index_number:",
		`    - "013033899/2025-78463" {text: "013033899/2025-78463", org: "013033899", year: 2025, seq: "78463"}`,
		`    + "013033899/2025-78463" {text: "013033899/2025-78463"}`,
		"  doc_number:",
		"    - nil",
		`    + "宁政发〔2024〕1号"`,
		"  created:",
		"    - 2025-11-19",
		"    + 2025-11-18T09:00:00+08:00",
		"  attachments:",
		`    - [{name: "附件1", url: "http://a.cn/1.pdf"}]`,
		"  body[0]:",
		`    - ..."霞区人民政府栖霞区人民政府栖霞区人民政府甲南京南京南京`,
		`    + ..."霞区人民政府栖霞区人民政府栖霞区人民政府乙南京南京南京`,
		"  body[1]:",
		`    - "第二段"`,
		"    + (absent)",
		"  input.problems:",
		`    + [{field: "title", severity: warning}]`,
	} {
		if !strings.Contains(d, line) {
			t.Errorf("Diff lacks the line %q:\n%s", line, d)
		}
	}
	if !utf8.ValidString(d) {
		t.Errorf("Diff splits a character:\n%q", d)
	}
}

// FuzzDiff checks that Diff never splits a character of valid text, and
// says "" exactly when the records are equal.
func FuzzDiff(f *testing.F) {
	f.Add("栖霞区", "栖霞区。")
	f.Add(strings.Repeat("甲", 100), strings.Repeat("甲", 99)+"乙")
	f.Add("\xe6\xa0", "\xe6")
	f.Fuzz(func(t *testing.T, a, b string) {
		want, got := &notice.Notice{Title: a, Body: []string{a, b}}, &notice.Notice{Title: b, Body: []string{b}}
		d := noticetest.Diff(want, got)
		if (d == "") != (a == b && len(want.Body) == len(got.Body)) && a != b {
			t.Fatalf("Diff(%q, %q) = %q", a, b, d)
		}
		if utf8.ValidString(a) && utf8.ValidString(b) && !utf8.ValidString(d) {
			t.Fatalf("Diff(%q, %q) splits a character: %q", a, b, d)
		}
	})
}
