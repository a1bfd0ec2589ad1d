package notice

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// breaking returns, for each rule, a change to validNotice that breaks it,
// and the problems it gives at the rule's default level. The rules of
// parsing are broken in Input.Problems, which Validate reports with
// ParseProblems.
func breaking() map[Rule]struct {
	change func(n *Notice)
	want   []Problem
} {
	type row = struct {
		change func(n *Notice)
		want   []Problem
	}
	parsed := func(r Rule) row {
		p := Problem{Field: "input", Rule: r, Severity: SeverityWarning, Line: 3, Column: 7, Message: "odd " + string(r)}
		return row{func(n *Notice) { n.Input.Problems = []Problem{p} }, []Problem{p}}
	}
	return map[Rule]row{
		RuleRequired: {func(n *Notice) { n.Title = "" }, []Problem{
			{Field: "title", Rule: RuleRequired, Message: "missing"},
		}},
		RuleShape: {func(n *Notice) { n.IndexNumber = &IndexNumber{Text: "GSDE0107"} }, []Problem{
			{Field: "index_number", Rule: RuleShape, Message: `"GSDE0107" has no known shape`},
		}},
		RuleRange: {func(n *Notice) { n.Signed = &Date{Year: 1948, Month: 12, Day: 31} }, []Problem{
			{Field: "signed", Rule: RuleRange, Message: "year 1948 is not in 1949–2026"},
		}},
		RuleOrder: {func(n *Notice) { n.Created = &Date{Year: 2018, Month: 11, Day: 10} }, []Problem{
			{Field: "created", Rule: RuleOrder, Message: "created 2018-11-10 is after published 2018-11-09"},
		}},
		RuleYearMismatch: {func(n *Notice) { n.Created.Year = 2017 }, []Problem{
			{Field: "index_number", Rule: RuleYearMismatch, Severity: SeverityWarning, Message: "year 2018 differs from created date 2017-10-27"},
			{Field: "doc_number", Rule: RuleYearMismatch, Severity: SeverityWarning, Message: "year 2018 differs from created date 2017-10-27"},
		}},
		RuleDuplicate: parsed(RuleDuplicate),
		RuleConflict:  parsed(RuleConflict),
		RuleEncoding:  parsed(RuleEncoding),
		RuleStructure: parsed(RuleStructure),
		RuleOption:    parsed(RuleOption),
	}
}

// TestValidatorLevels breaks each rule and validates at each level: the
// default keeps the check's severity, error and warning replace it, off
// leaves the problems out; err and errors.Is follow.
func TestValidatorLevels(t *testing.T) {
	rows := breaking()
	if len(rows) != len(rules) {
		t.Fatalf("%d rules broken, want every one of %d", len(rows), len(rules))
	}
	for _, r := range rules {
		row := rows[r]
		for _, level := range []Level{LevelDefault, LevelError, LevelWarning, LevelOff} {
			t.Run(string(r)+"/"+level.String(), func(t *testing.T) {
				n := validNotice()
				row.change(n)
				var want []Problem
				for _, p := range row.want {
					switch level {
					case LevelError:
						p.Severity = SeverityError
					case LevelWarning:
						p.Severity = SeverityWarning
					case LevelOff:
						continue
					}
					want = append(want, p)
				}
				v := &Validator{Today: testToday, ParseProblems: true, Levels: map[Rule]Level{r: level}}
				got, err := v.Validate(n)
				checkResult(t, want, got, err)
			})
		}
	}
}

// TestValidatorLevelsApart checks that a level changes its rule alone, and
// that a rule of validation also grades what parsing reported under it.
func TestValidatorLevelsApart(t *testing.T) {
	n := validNotice()
	n.Title = ""
	n.IndexNumber = &IndexNumber{Text: "GSDE0107"}
	parsedShape := Problem{Field: "doc_number", Rule: RuleShape, Severity: SeverityWarning, Line: 2, Column: 1, Message: `"国信发20194号" has no known shape`}
	parsedDup := Problem{Field: "title", Rule: RuleDuplicate, Severity: SeverityWarning, Line: 4, Column: 1, Message: "labelled twice"}
	n.Input.Problems = []Problem{parsedShape, parsedDup}

	shape := Problem{Field: "index_number", Rule: RuleShape, Message: `"GSDE0107" has no known shape`}
	title := Problem{Field: "title", Rule: RuleRequired, Message: "missing"}
	warn := func(p Problem) Problem { p.Severity = SeverityWarning; return p }
	fail := func(p Problem) Problem { p.Severity = SeverityError; return p }
	tests := []struct {
		name   string
		levels map[Rule]Level
		parse  bool
		want   []Problem
	}{
		{"defaults", nil, false, []Problem{shape, title}},
		{"defaults with parsing", nil, true, []Problem{shape, title, parsedShape, parsedDup}},
		{"a site's index numbers forgiven", map[Rule]Level{RuleShape: LevelWarning}, false, []Problem{warn(shape), title}},
		{"shape off, parsing too", map[Rule]Level{RuleShape: LevelOff}, true, []Problem{title, parsedDup}},
		{"shape error, parsing too", map[Rule]Level{RuleShape: LevelError}, true, []Problem{shape, title, fail(parsedShape), parsedDup}},
		{"required warning", map[Rule]Level{RuleRequired: LevelWarning}, false, []Problem{shape, warn(title)}},
		{"every record rule a warning", map[Rule]Level{RuleRequired: LevelWarning, RuleShape: LevelWarning}, true,
			[]Problem{warn(shape), warn(title), parsedShape, parsedDup}},
		{"duplicates fail", map[Rule]Level{RuleDuplicate: LevelError}, true, []Problem{shape, title, parsedShape, fail(parsedDup)}},
		{"everything off", map[Rule]Level{RuleRequired: LevelOff, RuleShape: LevelOff, RuleDuplicate: LevelOff}, true, nil},
		{"default named", map[Rule]Level{RuleShape: LevelDefault}, false, []Problem{shape, title}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := &Validator{Today: testToday, Levels: tt.levels, ParseProblems: tt.parse}
			got, err := v.Validate(n)
			checkResult(t, tt.want, got, err)
		})
	}
}

func TestValidatorRequired(t *testing.T) {
	missing := func(field, msg string) Problem {
		return Problem{Field: field, Rule: RuleRequired, Message: msg}
	}
	headerless := func(n *Notice) { // what a page without a metadata header gives
		n.IndexNumber, n.Publisher = nil, ""
	}
	tests := []struct {
		name     string
		required []string
		change   func(n *Notice)
		want     []Problem
	}{
		{"nil is the default", nil, headerless, []Problem{missing("index_number", "missing"), missing("publisher", "missing")}},
		{"the default spelled out", DefaultRequired(), headerless, []Problem{missing("index_number", "missing"), missing("publisher", "missing")}},
		{"empty requires nothing", []string{}, func(n *Notice) { *n = Notice{} }, nil},
		{"empty still checks what is set", []string{}, func(n *Notice) { *n = Notice{IndexNumber: &IndexNumber{Text: "GSDE0107"}} },
			[]Problem{{Field: "index_number", Rule: RuleShape, Message: `"GSDE0107" has no known shape`}}},
		{"title alone, headerless page", []string{"title"}, headerless, nil},
		{"title alone, missing", []string{"title"}, func(n *Notice) { *n = Notice{} }, []Problem{missing("title", "missing")}},
		{"either date, one set", []string{"created|published"}, func(n *Notice) { n.Created = nil }, nil},
		{"either date, none", []string{"created|published"}, func(n *Notice) { n.Created, n.Published = nil, nil },
			[]Problem{missing("created", "missing, and published too")}},
		{"the first named takes the problem", []string{"published|created"}, func(n *Notice) { n.Created, n.Published = nil, nil },
			[]Problem{missing("published", "missing, and created too")}},
		{"three ways", []string{"summary|body|title"}, func(n *Notice) { n.Title = "" },
			[]Problem{missing("summary", "missing, and body and title too")}},
		{"in the order of the fields", []string{"signers", "body", "title"}, func(n *Notice) { n.Title = "" },
			[]Problem{missing("title", "missing"), missing("body", "missing"), missing("signers", "missing")}},
		{"named twice, reported once", []string{"body", "body", "body|signers"}, func(n *Notice) {},
			[]Problem{missing("body", "missing")}},
		{"a blank index number is missing", []string{"index_number"}, func(n *Notice) { n.IndexNumber = &IndexNumber{Text: " "} },
			[]Problem{missing("index_number", "missing")}},
		{"a blank doc number is missing", []string{"doc_number"}, func(n *Notice) { n.DocNumber = &DocNumber{Text: "\t"} },
			[]Problem{missing("doc_number", "missing")}},
		{"not required, not checked when absent", []string{"title"}, func(n *Notice) { n.IndexNumber = nil }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := validNotice()
			tt.change(n)
			v := &Validator{Today: testToday, Required: tt.required}
			got, err := v.Validate(n)
			checkResult(t, tt.want, got, err)
		})
	}
}

// fullNotice returns a valid record with every field set.
func fullNotice() *Notice {
	n := validNotice()
	n.Source, n.Topic, n.Collection, n.Genre = "中国政府网", "综合政务", "通知", "通知"
	n.Effective = &Date{Year: 2018, Month: 11, Day: 9}
	n.Abolished = &Date{Year: 2023, Month: 11, Day: 9}
	n.Validity, n.Keywords, n.Summary, n.Link = "有效", []string{"政府网站"}, "概览", "http://www.gov.cn/a.htm"
	n.Attachments = []Attachment{{Name: "方案.pdf"}}
	n.Addressee = "各省、自治区、直辖市人民政府"
	n.Body, n.Signers = []string{"正文。"}, []string{"国务院办公厅"}
	n.Signed = &Date{Year: 2018, Month: 10, Day: 27}
	n.Notes, n.CC = []string{"此件公开发布"}, []string{"国务院"}
	n.Appendices = []Appendix{{Title: "方案"}}
	n.Extra = []Field{{Label: "访问量", Value: "1"}}
	return n
}

// TestValidatorRequiredEachField requires every field, and takes each away
// in turn: exactly that field is reported.
func TestValidatorRequiredEachField(t *testing.T) {
	all := make([]string, len(fields))
	for i := range fields {
		all[i] = fields[i].key
	}
	v := &Validator{Today: testToday, Required: all}
	if ps, err := v.Validate(fullNotice()); ps != nil || err != nil {
		t.Fatalf("a full record: %v, %v", ps, err)
	}
	for _, key := range all {
		t.Run(key, func(t *testing.T) {
			n := fullNotice()
			// Unset the field through its reflected name.
			f := reflect.ValueOf(n).Elem().FieldByName(goName(key))
			if !f.IsValid() {
				t.Fatalf("no field of Notice for %q", key)
			}
			f.SetZero()
			got, err := v.Validate(n)
			checkResult(t, []Problem{{Field: key, Rule: RuleRequired, Message: "missing"}}, got, err)
		})
	}
}

// TestFieldsTable checks that the table of fields Required knows follows
// Notice: every field but Input, in order.
func TestFieldsTable(t *testing.T) {
	typ := reflect.TypeFor[Notice]()
	var want []string
	for i := range typ.NumField() {
		if name := typ.Field(i).Name; name != "Input" {
			want = append(want, name)
		}
	}
	var got []string
	for i := range fields {
		got = append(got, goName(fields[i].key))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("fields (-Notice +table):\n%s", diff)
	}
}

// goName returns the Go name of a field's JSON key: index_number is
// IndexNumber, cc is CC.
func goName(key string) string {
	if key == "cc" {
		return "CC"
	}
	var b strings.Builder
	for part := range strings.SplitSeq(key, "_") {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

// TestValidatorToday checks that the day of validation is Today, not the
// clock: the same record gets the same answer on every run, and a later
// Today accepts a later year.
func TestValidatorToday(t *testing.T) {
	n := validNotice()
	n.Effective = &Date{Year: 2027, Month: 1, Day: 1}
	rangeErr := []Problem{{Field: "effective", Rule: RuleRange, Message: "year 2027 is not in 1949–2026"}}
	tests := []struct {
		today Date
		want  []Problem
	}{
		{Date{Year: 2025, Month: 12, Day: 31}, rangeErr},
		{Date{Year: 2026, Month: 1, Day: 1}, nil},
		{Date{Year: 2026, Month: 1, Day: 1, HasTime: true, Hour: 0, Minute: 0, Second: 1}, nil},
		{Date{Year: 2025, Month: 1, Day: 1}, rangeErr},
	}
	for _, tt := range tests {
		t.Run(tt.today.String(), func(t *testing.T) {
			for range 3 {
				got, err := validateAt(n, tt.today)
				checkResult(t, tt.want, got, err)
			}
		})
	}

	// The zero Today is the clock's day in China Standard Time.
	before := dateOf(time.Now())
	n.Effective = &Date{Year: before.Year + 1, Month: 12, Day: 31}
	ps, err := (&Validator{}).Validate(n)
	if after := dateOf(time.Now()); after.Year != before.Year {
		t.Skip("the year changed during the test")
	}
	if ps != nil || err != nil {
		t.Errorf("next year with the clock: %v, %v", ps, err)
	}
	n.Effective.Year++
	if _, err := (&Validator{}).Validate(n); !errors.Is(err, RuleRange) {
		t.Errorf("the year after next with the clock: %v, want a range error", err)
	}
}

func TestDateOf(t *testing.T) {
	tests := []struct {
		t    time.Time
		want Date
	}{
		{time.Date(2025, 12, 31, 15, 59, 59, 0, time.UTC), Date{Year: 2025, Month: 12, Day: 31}},
		// 2026-01-01 00:00 in Beijing: next year starts there.
		{time.Date(2025, 12, 31, 16, 0, 0, 0, time.UTC), Date{Year: 2026, Month: 1, Day: 1}},
		{time.Date(2026, 1, 1, 7, 0, 0, 0, time.FixedZone("", -8*3600)), Date{Year: 2026, Month: 1, Day: 1}},
	}
	for _, tt := range tests {
		if got := dateOf(tt.t); got != tt.want {
			t.Errorf("dateOf(%v) = %v, want %v", tt.t, got, tt.want)
		}
	}
}

// TestValidatorConfigErrors checks that a configuration naming what does
// not exist fails every record, with an error that is no ValidationError.
func TestValidatorConfigErrors(t *testing.T) {
	tests := []struct {
		name string
		v    Validator
		want string
	}{
		{"unknown field", Validator{Required: []string{"title", "titel"}}, `notice: Validator.Required: unknown field "titel"`},
		{"unknown alternative", Validator{Required: []string{"created|publshed"}}, `unknown field "publshed"`},
		{"empty alternative", Validator{Required: []string{"created|"}}, `unknown field ""`},
		{"input", Validator{Required: []string{"input"}}, `unknown field "input"`},
		{"Go name", Validator{Required: []string{"Title"}}, `unknown field "Title"`},
		{"unknown rule", Validator{Levels: map[Rule]Level{"year_mismatch": LevelOff}}, `notice: Validator.Levels: unknown rule "year_mismatch"`},
		{"parse failure is no rule", Validator{Levels: map[Rule]Level{"parse": LevelOff}}, `unknown rule "parse"`},
		{"level out of range", Validator{Levels: map[Rule]Level{RuleShape: 9}}, `notice: Validator.Levels: shape: unknown level Level(9)`},
		{"negative level", Validator{Levels: map[Rule]Level{RuleShape: -1}}, `unknown level Level(-1)`},
		{"no such day", Validator{Today: Date{Year: 2025, Month: 2, Day: 30}}, `notice: Validator.Today: 2025-02-30 is no real date`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps, err := tt.v.Validate(validNotice())
			var ve *ValidationError
			if err == nil || errors.As(err, &ve) || ps != nil {
				t.Fatalf("Validate = %v, %v; want a configuration error", ps, err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
}

func TestParseLevels(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[Rule]Level
		err        string
	}{
		{"empty", "", map[Rule]Level{}, ""},
		{"comments and blank lines", "# nothing\n\n   \n", map[Rule]Level{}, ""},
		{"every level", "shape warning\nyear-mismatch\toff\nduplicate   error # as a site wants\nrange default\n",
			map[Rule]Level{RuleShape: LevelWarning, RuleYearMismatch: LevelOff, RuleDuplicate: LevelError, RuleRange: LevelDefault}, ""},
		{"CRLF, no final newline", "order off\r\nrequired warning",
			map[Rule]Level{RuleOrder: LevelOff, RuleRequired: LevelWarning}, ""},
		{"unknown rule", "shape off\nyear_mismatch off\n", nil, `line 2: unknown rule "year_mismatch" (rules: required, shape,`},
		{"unknown level", "shape warn\n", nil, `line 1: unknown level "warn" for shape: want error, warning, off or default`},
		{"a rule alone", "\nshape\n", nil, `line 2: "shape": want a rule and a level`},
		{"an equals sign", "shape = off\n", nil, `line 1: "shape = off": want a rule and a level`},
		{"twice", "shape off\nshape error\n", nil, `line 2: rule shape given twice`},
		{"case matters", "Shape off\n", nil, `unknown rule "Shape"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseLevels(tt.text)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Errorf("ParseLevels error = %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("levels (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseRequired(t *testing.T) {
	tests := []struct {
		in   string
		want []string
		err  string
	}{
		{"", []string{}, ""},
		{" , ", []string{}, ""},
		{"title", []string{"title"}, ""},
		{"title, body ,created | published", []string{"title", "body", "created|published"}, ""},
		{"index_number,title,publisher,created|published", DefaultRequired(), ""},
		{"title,|", []string{"title"}, ""},
		{"titel", nil, `unknown field "titel" (fields: index_number, title,`},
		{"title,created|publshed", nil, `unknown field "publshed"`},
	}
	for _, tt := range tests {
		got, err := ParseRequired(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseRequired(%q) error = %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || got == nil || !cmp.Equal(tt.want, got) {
			t.Errorf("ParseRequired(%q) = %#v, %v; want %#v", tt.in, got, err, tt.want)
		}
	}
}

func TestDefaultRequired(t *testing.T) {
	d := DefaultRequired()
	d[0] = "changed"
	if DefaultRequired()[0] != "index_number" {
		t.Error("DefaultRequired shares its slice")
	}
}

func TestLevelText(t *testing.T) {
	for _, l := range []Level{LevelDefault, LevelError, LevelWarning, LevelOff} {
		text, err := l.MarshalText()
		if err != nil || string(text) != l.String() {
			t.Fatalf("MarshalText(%v) = %q, %v", l, text, err)
		}
		var back Level
		if err := back.UnmarshalText(text); err != nil || back != l {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, l)
		}
	}
	if _, err := Level(4).MarshalText(); !errors.Is(err, ErrRange) {
		t.Errorf("MarshalText(Level(4)) error = %v, want ErrRange", err)
	}
	var l Level
	if err := l.UnmarshalText([]byte("fatal")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(fatal) error = %v, want ErrSyntax", err)
	}
	// A configuration holding levels reads from JSON.
	var cfg struct{ Levels map[Rule]Level }
	if err := json.Unmarshal([]byte(`{"Levels":{"shape":"off","year-mismatch":"error"}}`), &cfg); err != nil {
		t.Fatal(err)
	}
	if want := map[Rule]Level{RuleShape: LevelOff, RuleYearMismatch: LevelError}; !cmp.Equal(want, cfg.Levels) {
		t.Errorf("JSON levels = %v, want %v", cfg.Levels, want)
	}
}

// TestRequirableFieldsAreTheTable checks the fields a Validator can require
// against the record's field table, so that a new field of the record is
// requirable the day it is added.
func TestRequirableFieldsAreTheTable(t *testing.T) {
	var want []string
	for _, m := range Members() {
		if m.Key != "input" {
			want = append(want, m.Key)
		}
	}
	var got []string
	for _, f := range fields {
		got = append(got, f.key)
	}
	if !slices.Equal(want, got) {
		t.Errorf("requirable fields %v, want the table's %v", got, want)
	}
}
