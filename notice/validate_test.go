package notice

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// validNotice returns a record that breaks no rule: the gov.cn sample page.
func validNotice() *Notice {
	return &Notice{
		IndexNumber: &IndexNumber{Text: "000014349/2018-00204", Org: "000014349", Year: 2018, Seq: "00204"},
		Title:       "国务院办公厅关于印发《政府网站集约化试点工作方案》的通知",
		DocNumber:   &DocNumber{Text: "国办函〔2018〕71号", Issuer: "国办函", Year: 2018, Seq: "71"},
		Publisher:   "国务院办公厅",
		Created:     &Date{Year: 2018, Month: 10, Day: 27},
		Published:   &Date{Year: 2018, Month: 11, Day: 9},
	}
}

// testToday is the day of the tests: dates may be up to 2026.
var testToday = Date{Year: 2025, Month: 11, Day: 27}

// validateAt validates n with the default contract on the day today.
func validateAt(n *Notice, today Date) ([]Problem, error) {
	v := &Validator{Today: today}
	return v.Validate(n)
}

// errorsOf returns the problems of severity error.
func errorsOf(ps []Problem) []Problem {
	var out []Problem
	for _, p := range ps {
		if p.Severity == SeverityError {
			out = append(out, p)
		}
	}
	return out
}

// checkResult checks what Validate returned against the problems wanted:
// every problem in the list, and an error holding the errors alone.
func checkResult(t *testing.T, want, got []Problem, err error) {
	t.Helper()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems mismatch (-want +got):\n%s", diff)
	}
	wantErrs := errorsOf(want)
	if len(wantErrs) == 0 {
		if err != nil {
			t.Errorf("err = %v, want nil: warnings alone are no error", err)
		}
		return
	}
	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("err = %#v, want a *ValidationError", err)
	}
	if diff := cmp.Diff(wantErrs, ve.Problems); diff != "" {
		t.Errorf("ValidationError.Problems mismatch (-want +got):\n%s", diff)
	}
	// errors.Is finds the rules of the errors, and no other: not those of
	// warnings.
	for _, r := range rules {
		if got := errors.Is(err, r); got != hasRule(wantErrs, r) {
			t.Errorf("errors.Is(err, %s) = %v, want %v", r, got, !got)
		}
	}
}

func hasRule(ps []Problem, r Rule) bool {
	for _, p := range ps {
		if p.Rule == r {
			return true
		}
	}
	return false
}

func TestValidate(t *testing.T) {
	date := func(y, m, d int) *Date { return &Date{Year: y, Month: m, Day: d} }
	tests := []struct {
		name   string
		change func(n *Notice)
		today  Date // testToday when zero
		want   []Problem
	}{
		{name: "valid", change: func(n *Notice) {}},
		{
			name:   "index number missing",
			change: func(n *Notice) { n.IndexNumber = nil },
			want:   []Problem{{Field: "index_number", Rule: RuleRequired, Message: "missing"}},
		},
		{
			name:   "index number blank",
			change: func(n *Notice) { n.IndexNumber = &IndexNumber{Text: " "} },
			want:   []Problem{{Field: "index_number", Rule: RuleRequired, Message: "missing"}},
		},
		{
			name:   "index number of no known shape",
			change: func(n *Notice) { n.IndexNumber = &IndexNumber{Text: "GSDE0107"} },
			want:   []Problem{{Field: "index_number", Rule: RuleShape, Message: `"GSDE0107" has no known shape`}},
		},
		{
			name:   "index number parts disagree with the text",
			change: func(n *Notice) { n.IndexNumber.Seq = "204" },
			want:   []Problem{{Field: "index_number", Rule: RuleShape, Message: `parts do not match the text "000014349/2018-00204"`}},
		},
		{
			name:   "index number without its parts",
			change: func(n *Notice) { n.IndexNumber = &IndexNumber{Text: "000014349/2018-00204"} },
			want:   []Problem{{Field: "index_number", Rule: RuleShape, Message: `parts do not match the text "000014349/2018-00204"`}},
		},
		{
			name:   "title missing",
			change: func(n *Notice) { n.Title = " " },
			want:   []Problem{{Field: "title", Rule: RuleRequired, Message: "missing"}},
		},
		{
			name:   "publisher missing",
			change: func(n *Notice) { n.Publisher = "" },
			want:   []Problem{{Field: "publisher", Rule: RuleRequired, Message: "missing"}},
		},
		{
			name:   "created and published missing",
			change: func(n *Notice) { n.Created, n.Published = nil, nil },
			want:   []Problem{{Field: "created", Rule: RuleRequired, Message: "missing, and published too"}},
		},
		{name: "published alone", change: func(n *Notice) { n.Created = nil }},
		{name: "created alone", change: func(n *Notice) { n.Published = nil }},
		{
			name:   "no such day",
			change: func(n *Notice) { n.Published = date(2018, 2, 30) },
			want:   []Problem{{Field: "published", Rule: RuleRange, Message: "2018-02-30 is no real date: no such day in the month"}},
		},
		{
			name:   "time of day without HasTime",
			change: func(n *Notice) { n.Published.Hour = 9 },
			want:   []Problem{{Field: "published", Rule: RuleRange, Message: "2018-11-09 is no real date: time of day set without HasTime"}},
		},
		{
			name:   "no such time of day",
			change: func(n *Notice) { n.Published = &Date{Year: 2018, Month: 11, Day: 9, HasTime: true, Hour: 24} },
			want:   []Problem{{Field: "published", Rule: RuleRange, Message: "2018-11-09T24:00:00+08:00 is no real date: no such time of day"}},
		},
		{
			name:   "year before 1949",
			change: func(n *Notice) { n.Signed = date(1948, 12, 31) },
			want:   []Problem{{Field: "signed", Rule: RuleRange, Message: "year 1948 is not in 1949–2026"}},
		},
		{name: "year 1949", change: func(n *Notice) { n.Signed = date(1949, 1, 1) }},
		{name: "next year", change: func(n *Notice) { n.Abolished = date(2026, 12, 31) }},
		{
			name:   "after next year",
			change: func(n *Notice) { n.Effective = date(2027, 1, 1) },
			want:   []Problem{{Field: "effective", Rule: RuleRange, Message: "year 2027 is not in 1949–2026"}},
		},
		{
			name:   "a later day moves the range",
			change: func(n *Notice) { n.Effective = date(2027, 1, 1) },
			today:  Date{Year: 2026, Month: 1, Day: 1},
		},
		{
			name:   "effective after abolished",
			change: func(n *Notice) { n.Effective, n.Abolished = date(2019, 1, 2), date(2019, 1, 1) },
			want:   []Problem{{Field: "effective", Rule: RuleOrder, Message: "effective 2019-01-02 is after abolished 2019-01-01"}},
		},
		{name: "effective on the day abolished", change: func(n *Notice) { n.Effective, n.Abolished = date(2019, 1, 1), date(2019, 1, 1) }},
		{
			name:   "created after published",
			change: func(n *Notice) { n.Created = date(2018, 11, 10) },
			want:   []Problem{{Field: "created", Rule: RuleOrder, Message: "created 2018-11-10 is after published 2018-11-09"}},
		},
		{
			name: "created minutes after published, the same day",
			change: func(n *Notice) {
				n.Created = &Date{Year: 2018, Month: 11, Day: 9, HasTime: true, Hour: 16, Minute: 40}
				n.Published = &Date{Year: 2018, Month: 11, Day: 9, HasTime: true, Hour: 16, Minute: 34}
			},
		},
		{
			name:   "index number year differs from created",
			change: func(n *Notice) { n.Created = date(2017, 12, 30) },
			want: []Problem{
				{Field: "index_number", Rule: RuleYearMismatch, Severity: SeverityWarning, Message: "year 2018 differs from created date 2017-12-30"},
				{Field: "doc_number", Rule: RuleYearMismatch, Severity: SeverityWarning, Message: "year 2018 differs from created date 2017-12-30"},
			},
		},
		{
			name: "doc number year differs from created",
			change: func(n *Notice) {
				n.DocNumber = &DocNumber{Text: "国办函〔2017〕71号", Issuer: "国办函", Year: 2017, Seq: "71"}
			},
			want: []Problem{{Field: "doc_number", Rule: RuleYearMismatch, Severity: SeverityWarning, Message: "year 2017 differs from created date 2018-10-27"}},
		},
		{name: "decree has no year", change: func(n *Notice) { n.DocNumber = &DocNumber{Text: "国令第672号", Issuer: "国令", Seq: "672"} }},
		{name: "doc number of no known shape", change: func(n *Notice) { n.DocNumber = &DocNumber{Text: "国信发20194号"} }},
		{name: "no year to compare without created", change: func(n *Notice) { n.Created = nil; n.Published = date(2019, 1, 1) }},
		{
			name:   "every problem at once",
			change: func(n *Notice) { *n = Notice{Effective: date(2030, 1, 1), Abolished: date(2019, 1, 1)} },
			want: []Problem{
				{Field: "index_number", Rule: RuleRequired, Message: "missing"},
				{Field: "title", Rule: RuleRequired, Message: "missing"},
				{Field: "publisher", Rule: RuleRequired, Message: "missing"},
				{Field: "created", Rule: RuleRequired, Message: "missing, and published too"},
				{Field: "effective", Rule: RuleRange, Message: "year 2030 is not in 1949–2026"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n := validNotice()
			tt.change(n)
			today := tt.today
			if today == (Date{}) {
				today = testToday
			}
			got, err := validateAt(n, today)
			checkResult(t, tt.want, got, err)
		})
	}
}

func TestValidateNil(t *testing.T) {
	var v *Validator // a nil Validator is the zero one
	ps, err := v.Validate(nil)
	var ve *ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) != 4 || len(ps) != 4 {
		t.Errorf("Validate(nil) = %v, %v; want the four required fields", ps, err)
	}
}

// TestValidationError checks a record with errors and warnings: the
// problems come in field order, and the error holds the errors alone.
func TestValidationError(t *testing.T) {
	n := validNotice()
	n.Title = ""
	n.Created.Year = 2017
	ps, err := validateAt(n, testToday)

	want := []Problem{
		{Field: "index_number", Rule: RuleYearMismatch, Severity: SeverityWarning, Message: "year 2018 differs from created date 2017-10-27"},
		{Field: "title", Rule: RuleRequired, Message: "missing"},
		{Field: "doc_number", Rule: RuleYearMismatch, Severity: SeverityWarning, Message: "year 2018 differs from created date 2017-10-27"},
	}
	checkResult(t, want, ps, err)
	if want := "notice: invalid record: title: missing"; err == nil || err.Error() != want {
		t.Fatalf("Error() = %v\nwant %s", err, want)
	}

	var ve *ValidationError
	if !errors.As(err, &ve) {
		t.Fatalf("errors.As(%v, *ValidationError) = false", err)
	}
	if got := ve.Errors(); len(got) != 1 || got[0].Field != "title" {
		t.Errorf("Errors() = %v, want the title alone", got)
	}
	if got := ve.Warnings(); len(got) != 0 {
		t.Errorf("Warnings() = %v, want none: warnings are beside the error", got)
	}
	// errors.As reaches the first Problem through the ValidationError.
	var p *Problem
	if !errors.As(err, &p) || p != &ve.Problems[0] {
		t.Errorf("errors.As(err, *Problem) = %v, want the first problem", p)
	}

	// A Problem's own error finds its rule.
	if !errors.Is(&want[0], RuleYearMismatch) || errors.Is(&want[0], RuleRequired) {
		t.Errorf("errors.Is on a Problem does not follow its rule")
	}
}

// TestNoticeValidate checks the path of existing callers: the default
// contract, and no error for warnings alone.
func TestNoticeValidate(t *testing.T) {
	n := validNotice()
	n.Created.Year = 2017 // two warnings
	if err := n.Validate(); err != nil {
		t.Errorf("Validate() = %v for warnings alone, want nil", err)
	}
	n.Publisher = ""
	var ve *ValidationError
	if err := n.Validate(); !errors.As(err, &ve) || len(ve.Problems) != 1 || !errors.Is(err, RuleRequired) {
		t.Errorf("Validate() = %v, want the publisher alone", err)
	}
	var zero Validator
	_, err := zero.Validate(n)
	if diff := cmp.Diff(n.Validate(), err, cmp.Comparer(func(a, b error) bool { return a.Error() == b.Error() })); diff != "" {
		t.Errorf("Notice.Validate and the zero Validator differ (-Notice +Validator):\n%s", diff)
	}
}

func TestProblemError(t *testing.T) {
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{Field: "title", Rule: RuleRequired, Message: "missing"}, "title: missing"},
		{Problem{Field: "doc_number", Rule: RuleShape, Severity: SeverityWarning, Line: 3, Column: 5, Message: "no known shape"},
			"doc_number (line 3, column 5): no known shape (warning)"},
		{Problem{Field: "input", Rule: RuleEncoding, Severity: SeverityWarning, Line: 7, Message: "invalid bytes"},
			"input (line 7): invalid bytes (warning)"},
	}
	for _, tt := range tests {
		if got := tt.p.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestSeverityText(t *testing.T) {
	for _, s := range []Severity{SeverityError, SeverityWarning} {
		text, err := s.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%v): %v", s, err)
		}
		var back Severity
		if err := back.UnmarshalText(text); err != nil || back != s {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, s)
		}
	}
	if _, err := Severity(7).MarshalText(); !errors.Is(err, ErrRange) {
		t.Errorf("MarshalText(Severity(7)) error = %v, want ErrRange", err)
	}
	var s Severity
	if err := s.UnmarshalText([]byte("fatal")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(fatal) error = %v, want ErrSyntax", err)
	}
}

func TestSeverityString(t *testing.T) {
	for s, want := range map[Severity]string{SeverityError: "error", SeverityWarning: "warning", 7: "Severity(7)"} {
		if got := s.String(); got != want {
			t.Errorf("Severity(%d).String() = %q, want %q", int(s), got, want)
		}
	}
}
