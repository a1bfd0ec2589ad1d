package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/govnotice/govnotice/notice"
)

const validateSynopsis = "validate [flags] [PATH...]"

const validateAbout = `Validate parses pages and checks each record against the rules of a notice
(index number, title, publisher, a date; real dates in order; years that
agree). It also reports what parsing noticed about each page (a value of no
known shape, a field labelled twice, bytes that are not text), as warnings.
PATHs are read as convert reads them.

The contract can be tuned, as for convert --strict:

  --require FIELDS   the fields a record must have, by JSON key, comma-
                     separated; a|b asks for either, --require= for none.
                     Default: index_number,title,publisher,created|published.
                     Pages without a metadata header: --require title or
                     --require 'title,created|published'.
  --rules FILE       the level of rules, one "rule level" a line, # for
                     comments. Rules: required, shape, range, order,
                     year-mismatch, and what parsing notices: duplicate,
                     conflict, encoding, structure, option. Levels: error,
                     warning, off, default.
  --today DATE       check dates as of DATE (2006-01-02), not the clock's
                     day: a year may be at most the next one.

It checks saved records as well: a file, or standard input, that holds what
convert writes (JSON Lines, JSON, or XML, told apart by its first bytes
whatever its name) is read one record at a time, and each record is
reported as its page would be, under its input.path; so "convert pages/ >
r.jsonl; validate r.jsonl" reports what "validate pages/" does. A record
that does not decode is an error at its place in the file (path:line, or
path:line:column for JSON); a record without input.path is reported as
path:line or "path (record N)".

With --format text (the default) it writes one line per problem, in the order
of the inputs:

  path: field: rule: message                  a broken rule
  path: field: rule: message (warning)        something odd that real pages do
  path:line:column: field: rule: message (warning)
                                              what parsing noticed, and where
  path:line:column: message                   a page that gave no record

and then a summary line, "N pages, E errors, W warnings". A page that gave no
record counts as one error. With --format json it writes JSON Lines instead,
one object per page, and no summary:

  {"path":"a.txt","errors":1,"warnings":0,"problems":[{"field":"title",
   "rule":"required","severity":"error","line":0,"column":0,"message":"missing"}]}

where rule is "parse" for a page that gave no record (with its line and
column when known, else 0). Nothing is coloured (NO_COLOR is honoured).

Exit status: 0 when no page has an error (warnings alone do not fail, unless
--warnings-as-errors), 1 otherwise, 2 on bad usage.
`

const validateExamples = `  govnotice validate pages/                       # every problem, then a summary
  govnotice validate --require title,body nohead/ # pages without a metadata header
  govnotice validate --rules site.rules --today 2025-11-27 pages/
  govnotice validate --warnings-as-errors page.txt
  govnotice validate --format json pages/ | jq 'select(.errors > 0) | .path'
`

func runValidate(args []string, e *env) int {
	fs := newFlagSet("validate", validateSynopsis, validateAbout, validateExamples, e.stderr)
	var bf batchFlags
	bf.register(fs)
	format := fs.String("format", "text", "write problems as `FORMAT`: text, or json for JSON Lines")
	strictWarnings := fs.Bool("warnings-as-errors", false, "exit 1 when a page has warnings only")
	var rf ruleFlags
	rf.register(fs)
	if st := parseFlags(fs, args, e.stderr); st >= 0 {
		return st
	}
	l, ps, err := bf.check(fs, args, e)
	if err == nil && *format != "text" && *format != "json" {
		err = fmt.Errorf("unknown --format %q: want text or json", *format)
	}
	var rules *notice.Validator
	if err == nil {
		rules, err = rf.validator()
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "govnotice validate: %v\n", err)
		return exitUsage
	}

	prog := newProgress(e.stderr)
	v := &validator{batchFlags: &bf, lister: l, rules: rules, prog: prog, json: *format == "json", out: bufio.NewWriterSize(e.stdout, 64<<10)}
	err = runBatch(e, prog, &bf, l, ps, bf.inputs(l, ps), v.validate, v.emit, validated.ticks)
	if err == nil && !v.json {
		fmt.Fprintf(v.out, "%s, %s, %s\n", plural(v.pages, "page"), plural(v.errors, "error"), plural(v.warnings, "warning"))
	}
	if ferr := v.out.Flush(); err == nil {
		err = ferr
	}
	switch {
	case errors.Is(err, context.Canceled):
		prog.printf("govnotice validate: interrupted\n")
		return exitFail
	case err != nil:
		prog.printf("govnotice validate: writing output: %v\n", err)
		return exitFail
	case v.errors > 0, *strictWarnings && v.warnings > 0:
		return exitFail
	}
	return exitOK
}

// A validator checks inputs and reports their problems.
type validator struct {
	*batchFlags
	lister *lister
	rules  *notice.Validator
	prog   *progress
	json   bool
	out    *bufio.Writer

	pages, errors, warnings int
}

// pageReport is what validate finds in one page, a line of --format json.
type pageReport struct {
	Path     string           `json:"path"`
	Errors   int              `json:"errors"`
	Warnings int              `json:"warnings"`
	Problems []notice.Problem `json:"problems"`
}

// validated is the outcome of one input: the report of a page, or a file
// of records that emit reads and checks one record at a time, so that a
// file of any size is checked in little memory.
type validated struct {
	page    *pageReport
	stored  *opened // a file of records: its stream and format
	path    string  // the file of records, for messages
	summary string  // the line that ends a WARC file's inputs
	tick    bool    // the input is a file, for the progress line
}

func (r validated) ticks() bool { return r.tick }

// validate reads and checks one input. It runs in many goroutines at once.
func (v *validator) validate(_ context.Context, in input) validated {
	r := validated{tick: in.fetched == nil}
	if in.summary != nil {
		r.summary = fmt.Sprintf("%s: %s\n", in.display(), in.summary)
		return r
	}
	o, err := v.open(in, v.lister, true)
	switch {
	case err != nil:
		r.page = failed(failure(in.display(), err))
	case o.records != nil:
		r.stored, r.path = o, in.display()
	default:
		r.page = v.check(o.n.Input.Path, o.n)
		v.done(o)
	}
	return r
}

// failed returns the report of an input that gave no record.
func failed(r report) *pageReport {
	return &pageReport{Path: r.path, Errors: 1, Problems: []notice.Problem{r.Problem}}
}

// check returns the report of a record: the rules it breaks and what
// parsing noticed about its page, at the levels the rules give them.
func (v *validator) check(path string, n *notice.Notice) *pageReport {
	r := &pageReport{Path: path, Problems: []notice.Problem{}}
	// The configuration was checked with the flags, so err only says
	// whether there are errors, which the count below finds too.
	ps, _ := v.rules.Validate(n)
	r.Problems = append(r.Problems, ps...)
	for _, p := range r.Problems {
		if p.Severity == notice.SeverityError {
			r.Errors++
		} else {
			r.Warnings++
		}
	}
	return r
}

// emit writes one input's reports, in input order: a page's, or those of
// every record of a file of records, each under the path of the page the
// record was read from (so that validating pages and validating their
// records report alike), or under the file's path and the record's line
// or number when the record names no page.
func (v *validator) emit(r validated) error {
	if r.summary != "" {
		v.prog.printf("%s", r.summary)
	}
	if r.page != nil {
		return v.report(r.page)
	}
	if r.stored == nil {
		return nil
	}
	defer r.stored.records.Close()
	for rec := range readRecords(r.path, r.stored.format, r.stored.records, int64(v.maxSize)) {
		var pr *pageReport
		switch {
		case rec.failure != nil:
			pr = failed(*rec.failure)
		case rec.n.Input.Path != "":
			pr = v.check(rec.n.Input.Path, rec.n)
		case rec.line > 0:
			pr = v.check(fmt.Sprintf("%s:%d", r.path, rec.line), rec.n)
		default:
			pr = v.check(fmt.Sprintf("%s (record %d)", r.path, rec.number), rec.n)
		}
		if err := v.report(pr); err != nil {
			return err
		}
	}
	return nil
}

// report writes one page's report.
func (v *validator) report(r *pageReport) error {
	v.pages++
	v.errors += r.Errors
	v.warnings += r.Warnings
	if v.json {
		enc := json.NewEncoder(v.out)
		enc.SetEscapeHTML(false)
		return enc.Encode(r)
	}
	for _, p := range reports(r.Path, r.Problems) {
		v.out.WriteString(p.String())
		if err := v.out.WriteByte('\n'); err != nil {
			return err
		}
	}
	return nil
}

// plural returns "1 page" or "2 pages".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// ruleFlags are the flags that choose the contract records are checked
// against, for validate and for convert --strict: they set the fields of a
// notice.Validator.
type ruleFlags struct {
	require, rules, today string
	requireSet            bool // --require was given, maybe empty
}

const requireUsage = "require the fields `FIELDS`: JSON keys, comma-separated; a|b asks for either, --require= for none (default index_number,title,publisher,created|published)"

func (r *ruleFlags) register(fs *flag.FlagSet) {
	fs.Func("require", requireUsage, func(s string) error {
		r.require, r.requireSet = s, true
		return nil
	})
	fs.StringVar(&r.rules, "rules", "", "read the level of rules from `FILE`: one \"rule level\" a line (error, warning, off or default), # for comments")
	fs.StringVar(&r.today, "today", "", "check dates as of `DATE` (2006-01-02) instead of today in China Standard Time")
}

// given reports whether any of the flags was given.
func (r *ruleFlags) given() bool { return r.requireSet || r.rules != "" || r.today != "" }

// validator returns the Validator the flags describe, reading the rules
// file, or a usage error that names the flag. Parse problems are graded and
// reported with the record's own.
func (r *ruleFlags) validator() (*notice.Validator, error) {
	v := &notice.Validator{ParseProblems: true}
	if r.requireSet {
		req, err := notice.ParseRequired(r.require)
		if err != nil {
			return nil, fmt.Errorf("--require: %v", err)
		}
		v.Required = req
	}
	if r.rules != "" {
		data, err := os.ReadFile(r.rules)
		if err != nil {
			return nil, fmt.Errorf("--rules: %v", err)
		}
		if v.Levels, err = notice.ParseLevels(string(data)); err != nil {
			return nil, fmt.Errorf("--rules %s: %v", r.rules, err)
		}
	}
	if r.today != "" {
		d, err := notice.ParseDate(r.today)
		if err != nil || d.HasTime {
			return nil, fmt.Errorf("--today %q: want a date such as 2025-11-27", r.today)
		}
		v.Today = d
	}
	return v, nil
}
