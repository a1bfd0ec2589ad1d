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
	if st := parseFlags(fs, args); st >= 0 {
		return st
	}
	l, ps, err := bf.check(fs, args)
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

	v := &validator{batchFlags: &bf, env: e, rules: rules, json: *format == "json", out: bufio.NewWriterSize(e.stdout, 64<<10)}
	prog := newProgress(e.stderr)
	err = runBatch(e, prog, &bf, l, ps, l.inputs(ps), v.validate, v.emit)
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
	env   *env
	rules *notice.Validator
	json  bool
	out   *bufio.Writer

	pages, errors, warnings int
}

// pageReport is what validate finds in one page, a line of --format json.
type pageReport struct {
	Path     string           `json:"path"`
	Errors   int              `json:"errors"`
	Warnings int              `json:"warnings"`
	Problems []notice.Problem `json:"problems"`
}

// validate reads and checks one input. It runs in many goroutines at once.
func (v *validator) validate(in input) pageReport {
	r := pageReport{Path: in.name, Problems: []notice.Problem{}}
	n, _, err := v.read(in, v.env.stdin)
	if err != nil {
		r.Problems, r.Errors = append(r.Problems, failure(in.name, err).Problem), 1
		return r
	}
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

// emit writes one page's report, in input order.
func (v *validator) emit(r pageReport) error {
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
