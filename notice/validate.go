package notice

import (
	"strconv"
	"strings"
	"time"
)

// A ValidationError holds every problem [Notice.Validate] found, in the order
// of the record's fields. errors.As finds each [*Problem] in it, and
// errors.Is each [Rule].
type ValidationError struct {
	Problems []Problem
}

// Error returns every problem on one line, separated by semicolons.
func (e *ValidationError) Error() string {
	var b strings.Builder
	b.WriteString("notice: invalid record: ")
	for i := range e.Problems {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(e.Problems[i].Error())
	}
	return b.String()
}

// Unwrap returns the problems, so that errors.Is and errors.As look at each.
func (e *ValidationError) Unwrap() []error {
	errs := make([]error, len(e.Problems))
	for i := range e.Problems {
		errs[i] = &e.Problems[i]
	}
	return errs
}

// Errors returns the problems of [SeverityError].
func (e *ValidationError) Errors() []Problem { return e.filter(SeverityError) }

// Warnings returns the problems of [SeverityWarning].
func (e *ValidationError) Warnings() []Problem { return e.filter(SeverityWarning) }

func (e *ValidationError) filter(s Severity) []Problem {
	var out []Problem
	for _, p := range e.Problems {
		if p.Severity == s {
			out = append(out, p)
		}
	}
	return out
}

// chinaTime is China Standard Time, the zone of every page.
var chinaTime = time.FixedZone("CST", 8*60*60)

// Validate checks n against the rules of the record's contract and returns
// every problem at once as a [*ValidationError], or nil when there is none:
//
//   - index_number is set and has a known shape whose parts match its text;
//   - title and publisher are not blank;
//   - created or published is set;
//   - every date is a real calendar date with a year from 1949 to next year
//     (in China Standard Time);
//   - effective is not after abolished, created not after published;
//   - the years of index_number and doc_number are the year of created.
//
// Dates are ordered by day, without their time of day: a document may be
// signed at 16:40 and put online at 16:34 the same day, and pages do that.
// A year that differs from the created year is a warning
// ([SeverityWarning]): index numbers often take the year of publication,
// and documents are published years after they are written. Validate returns
// a non-nil error for warnings alone too; use [ValidationError.Errors] to
// tell whether the record breaks the contract.
func (n *Notice) Validate() error {
	return n.validateAt(time.Now())
}

// validateAt is Validate with the present moment given, for tests.
func (n *Notice) validateAt(now time.Time) error {
	if n == nil {
		n = &Notice{}
	}
	v := validator{lastYear: now.In(chinaTime).Year() + 1}

	if in := n.IndexNumber; in == nil || strings.TrimSpace(in.Text) == "" {
		v.add("index_number", RuleRequired, SeverityError, "missing")
	} else if p, err := ParseIndexNumber(in.Text); err != nil {
		v.add("index_number", RuleShape, SeverityError, strconv.Quote(in.Text)+" has no known shape")
	} else if p != *in {
		v.add("index_number", RuleShape, SeverityError, "parts do not match the text "+strconv.Quote(in.Text))
	} else {
		v.sameYear("index_number", in.Year, n.Created)
	}
	if strings.TrimSpace(n.Title) == "" {
		v.add("title", RuleRequired, SeverityError, "missing")
	}
	if dn := n.DocNumber; dn != nil && dn.Year != 0 {
		v.sameYear("doc_number", dn.Year, n.Created)
	}
	if strings.TrimSpace(n.Publisher) == "" {
		v.add("publisher", RuleRequired, SeverityError, "missing")
	}
	if n.Created == nil && n.Published == nil {
		v.add("created", RuleRequired, SeverityError, "missing, and published too")
	}
	created := v.date("created", n.Created)
	published := v.date("published", n.Published)
	v.order("created", "published", created, published)
	effective := v.date("effective", n.Effective)
	abolished := v.date("abolished", n.Abolished)
	v.order("effective", "abolished", effective, abolished)
	v.date("signed", n.Signed)

	if len(v.problems) == 0 {
		return nil
	}
	return &ValidationError{Problems: v.problems}
}

// validator collects the problems of one record.
type validator struct {
	lastYear int // the latest year a date may have
	problems []Problem
}

func (v *validator) add(field string, rule Rule, s Severity, msg string) {
	v.problems = append(v.problems, Problem{Field: field, Rule: rule, Severity: s, Message: msg})
}

// date checks a date field and returns it when it is set and good, else nil.
func (v *validator) date(field string, d *Date) *Date {
	if d == nil {
		return nil
	}
	if reason := d.check(); reason != "" {
		v.add(field, RuleRange, SeverityError, d.String()+" is no real date: "+reason)
		return nil
	}
	if d.Year < minYear || d.Year > v.lastYear {
		v.add(field, RuleRange, SeverityError, "year "+strconv.Itoa(d.Year)+" is not in "+
			strconv.Itoa(minYear)+"–"+strconv.Itoa(v.lastYear))
		return nil
	}
	return d
}

// order reports first coming after second, by day; either may be nil.
func (v *validator) order(first, second string, a, b *Date) {
	if a != nil && b != nil && a.day() > b.day() {
		v.add(first, RuleOrder, SeverityError, first+" "+a.String()+" is after "+second+" "+b.String())
	}
}

// sameYear warns when a number's year is not the year of created.
func (v *validator) sameYear(field string, year int, created *Date) {
	if created != nil && created.Year != year {
		v.add(field, RuleYearMismatch, SeverityWarning, "year "+strconv.Itoa(year)+
			" differs from created date "+created.String())
	}
}

// day returns a number that orders dates by day: 20251119 for 2025-11-19.
func (d Date) day() int { return d.Year*10000 + d.Month*100 + d.Day }
