package notice

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// A ValidationError holds the problems of severity error that
// [Validator.Validate] or [Notice.Validate] found, in the order of the
// record's fields. errors.As finds each [*Problem] in it, and errors.Is
// each [Rule], so errors.Is(err, notice.RuleRequired) asks whether a
// required field is missing. Warnings are not in it: they are not why a
// record is rejected.
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

// Errors returns the problems of [SeverityError]: all of them for an error
// that Validate returned.
func (e *ValidationError) Errors() []Problem { return e.filter(SeverityError) }

// Warnings returns the problems of [SeverityWarning]. An error that Validate
// returns holds none; they are what [Validator.Validate] returns beside it.
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

// A Validator checks records against a contract its fields choose: which
// fields a record must have, which rules are errors, which are warnings and
// which are off, and the day to check dates against. A project sets it once
// for its sites, and the command line's --require, --rules and --today
// flags set the same fields.
//
// The zero Validator checks the default contract of [Notice.Validate]. A
// Validator is not changed by Validate, so one may check records in many
// goroutines at once.
type Validator struct {
	// Required lists the fields a record must have, by JSON key
	// ("index_number", "title", "body" …; any field but input). An entry
	// "created|published" asks for either. A missing field breaks
	// [RuleRequired]: a blank string, a nil value, an index or document
	// number of blank text, an empty list.
	//
	// Nil means [DefaultRequired]; an empty, non-nil list requires
	// nothing, for pages without a metadata header, where only the article
	// is certain.
	Required []string

	// Levels overrides the severity of rules: [LevelError],
	// [LevelWarning] or [LevelOff] for each rule named, so that a record
	// of a site with a known quirk passes, or a stricter project fails
	// what is by default a warning. Rules not in the map keep their
	// default ([LevelDefault]). [ParseLevels] reads it from a rules file.
	Levels map[Rule]Level

	// Today is the day the record is checked on: a date may have a year
	// up to the one after Today's. The zero Date means the present day in
	// China Standard Time, read from the clock at each call; set Today
	// when a result must not depend on when it is computed, as in tests
	// and reproducible batch runs.
	Today Date

	// ParseProblems makes Validate report the problems parsing noticed
	// about the page (n.Input.Problems) after those of the record, at the
	// level Levels gives their rule. They are warnings by default, so
	// they do not make a record invalid unless Levels says so; the
	// command line sets ParseProblems.
	ParseProblems bool
}

// Validate checks n and returns every problem it found, errors and
// warnings, in the order of the record's fields (then those of parsing,
// with ParseProblems), for a report. err is non-nil only when a rule whose
// level is error is broken: a [*ValidationError] holding those problems
// alone, so that `if err != nil` rejects exactly the records that break
// the contract, and a record with warnings only passes.
//
// These are the checks, each with its rule:
//
//   - every field in Required is set ([RuleRequired]);
//   - an index number has a known shape whose parts match its text
//     ([RuleShape]);
//   - every date is a real calendar date with a year from 1949 to the
//     year after Today ([RuleRange]);
//   - effective is not after abolished, created not after published
//     ([RuleOrder]); dates are ordered by day, without their time of day,
//     since a document may be signed at 16:40 and put online at 16:34 the
//     same day, and pages do that;
//   - the years of index_number and doc_number are the year of created
//     ([RuleYearMismatch]), a warning by default: index numbers often take
//     the year of publication, and documents are published years after
//     they are written.
//
// A Validator that names an unknown field or rule, a level out of range or
// a Today that is no real date makes Validate return an error that is not
// a *ValidationError, for every record, so that a typing mistake in a
// configuration is not taken for a lenient contract.
func (v *Validator) Validate(n *Notice) (problems []Problem, err error) {
	if v == nil {
		v = &Validator{}
	}
	if err := v.check(); err != nil {
		return nil, err
	}
	if n == nil {
		n = &Notice{}
	}
	c := checker{v: v, lastYear: v.today().Year + 1}
	c.record(n)
	if v.ParseProblems {
		for _, p := range n.Input.Problems {
			c.add(p.Field, p.Rule, p.Severity, p.Message, p.Line, p.Column)
		}
	}
	if c.errors == 0 {
		return c.problems, nil
	}
	errs := make([]Problem, 0, c.errors)
	for _, p := range c.problems {
		if p.Severity == SeverityError {
			errs = append(errs, p)
		}
	}
	return c.problems, &ValidationError{Problems: errs}
}

// Validate checks n against the default contract, as the zero [Validator]
// does: an index number, a title, a publisher and a created or published
// date; real dates in order. It returns a [*ValidationError] when n breaks
// a rule that is an error, and nil otherwise: warnings (a year of an index
// or document number that is not the created year) do not make an error.
// The range of years depends on the clock; use a Validator with Today set,
// and to see the warnings, when that matters.
func (n *Notice) Validate() error {
	_, err := (&Validator{}).Validate(n)
	return err
}

// check reports a configuration that names what does not exist.
func (v *Validator) check() error {
	for _, entry := range v.Required {
		if err := checkRequired(entry); err != nil {
			return fmt.Errorf("notice: Validator.Required: %w", err)
		}
	}
	for r, l := range v.Levels {
		if !knownRule(r) {
			return fmt.Errorf("notice: Validator.Levels: unknown rule %q (rules: %s)", string(r), ruleList())
		}
		if l < LevelDefault || l > LevelOff {
			return fmt.Errorf("notice: Validator.Levels: %s: unknown level %v", r, l)
		}
	}
	if v.Today != (Date{}) {
		if reason := v.Today.check(); reason != "" {
			return fmt.Errorf("notice: Validator.Today: %s is no real date: %s", v.Today, reason)
		}
	}
	return nil
}

// today returns Today, or the present day in China Standard Time.
func (v *Validator) today() Date {
	if v.Today != (Date{}) {
		return v.Today
	}
	return dateOf(time.Now())
}

// dateOf returns the day of t in China Standard Time.
func dateOf(t time.Time) Date {
	y, m, d := t.In(chinaTime).Date()
	return Date{Year: y, Month: int(m), Day: d}
}

// checker collects the problems of one record.
type checker struct {
	v        *Validator
	lastYear int // the latest year a date may have
	problems []Problem
	errors   int
}

// record checks the fields of n in their order.
func (c *checker) record(n *Notice) {
	var missing [numFields]string // the message of a required field that is missing
	required := c.v.Required
	if required == nil {
		required = defaultRequired
	}
	for _, entry := range required {
		if msg, i := missingField(n, entry); i >= 0 && missing[i] == "" {
			missing[i] = msg
		}
	}

	var created, published, effective, abolished *Date
	for i := range fields {
		if missing[i] != "" {
			c.add(fields[i].key, RuleRequired, SeverityError, missing[i], 0, 0)
		}
		switch i {
		case fIndexNumber:
			c.indexNumber(n.IndexNumber, n.Created)
		case fDocNumber:
			if dn := n.DocNumber; dn != nil && dn.Year != 0 {
				c.sameYear("doc_number", dn.Year, n.Created)
			}
		case fCreated:
			created = c.date("created", n.Created)
		case fPublished:
			published = c.date("published", n.Published)
			c.order("created", "published", created, published)
		case fEffective:
			effective = c.date("effective", n.Effective)
		case fAbolished:
			abolished = c.date("abolished", n.Abolished)
			c.order("effective", "abolished", effective, abolished)
		case fSigned:
			c.date("signed", n.Signed)
		}
	}
}

// missingField returns the message and the field index of a required entry
// ("title", "created|published") that n does not have, or "", -1. The
// problem goes to the entry's first field.
func missingField(n *Notice, entry string) (string, int) {
	first := -1
	var others []string
	for alt := range strings.SplitSeq(entry, "|") {
		i := fieldIndex(alt)
		if fields[i].set(n) {
			return "", -1
		}
		if first < 0 {
			first = i
		} else {
			others = append(others, alt)
		}
	}
	if len(others) == 0 {
		return "missing", first
	}
	return "missing, and " + strings.Join(others, " and ") + " too", first
}

func (c *checker) indexNumber(in *IndexNumber, created *Date) {
	if in == nil || blank(in.Text) {
		return // the field is missing, which Required is about
	}
	if p, err := ParseIndexNumber(in.Text); err != nil {
		c.add("index_number", RuleShape, SeverityError, strconv.Quote(in.Text)+" has no known shape", 0, 0)
	} else if p != *in {
		c.add("index_number", RuleShape, SeverityError, "parts do not match the text "+strconv.Quote(in.Text), 0, 0)
	} else {
		c.sameYear("index_number", in.Year, created)
	}
}

// add records a problem at the level the Validator gives its rule, s being
// the severity of the check.
func (c *checker) add(field string, rule Rule, s Severity, msg string, line, col int) {
	switch c.v.Levels[rule] {
	case LevelError:
		s = SeverityError
	case LevelWarning:
		s = SeverityWarning
	case LevelOff:
		return
	}
	if s == SeverityError {
		c.errors++
	}
	c.problems = append(c.problems, Problem{Field: field, Rule: rule, Severity: s, Line: line, Column: col, Message: msg})
}

// date checks a date field and returns it when it is set and good, else nil.
func (c *checker) date(field string, d *Date) *Date {
	if d == nil {
		return nil
	}
	if reason := d.check(); reason != "" {
		c.add(field, RuleRange, SeverityError, d.String()+" is no real date: "+reason, 0, 0)
		return nil
	}
	if d.Year < minYear || d.Year > c.lastYear {
		c.add(field, RuleRange, SeverityError, "year "+strconv.Itoa(d.Year)+" is not in "+
			strconv.Itoa(minYear)+"–"+strconv.Itoa(c.lastYear), 0, 0)
		return nil
	}
	return d
}

// order reports first coming after second, by day; either may be nil.
func (c *checker) order(first, second string, a, b *Date) {
	if a != nil && b != nil && a.day() > b.day() {
		c.add(first, RuleOrder, SeverityError, first+" "+a.String()+" is after "+second+" "+b.String(), 0, 0)
	}
}

// sameYear warns when a number's year is not the year of created.
func (c *checker) sameYear(field string, year int, created *Date) {
	if created != nil && created.Year != year {
		c.add(field, RuleYearMismatch, SeverityWarning, "year "+strconv.Itoa(year)+
			" differs from created date "+created.String(), 0, 0)
	}
}

// day returns a number that orders dates by day: 20251119 for 2025-11-19.
func (d Date) day() int { return d.Year*10000 + d.Month*100 + d.Day }
