package main

import (
	"errors"
	"strconv"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse"
)

// A report is one problem of one input: why it could not be read or parsed
// (rule "parse"), a rule of notice.Notice.Validate it breaks, or what
// parsing noticed about its page. It is what validate reports, in text or
// JSON, and what convert reports on standard error.
type report struct {
	path string
	notice.Problem
}

// ruleParse is the rule of an input that gave no record.
const ruleParse notice.Rule = "parse"

// failure returns the problem of an input that could not be read, parsed or
// written, with the position of a *parse.Error.
func failure(path string, err error) report {
	r := report{path: path, Problem: notice.Problem{Rule: ruleParse, Severity: notice.SeverityError}}
	var pe *parse.Error
	if errors.As(err, &pe) {
		r.Line, r.Column, r.Field = pe.Line, pe.Column, pe.Field
		err = pe.Err
	}
	r.Message = unwrapPath(err).Error()
	return r
}

// reports returns the problems of path.
func reports(path string, ps []notice.Problem) []report {
	rs := make([]report, len(ps))
	for i, p := range ps {
		rs[i] = report{path: path, Problem: p}
	}
	return rs
}

// String returns the problem as a line for people and grep, in the form
// compilers use: "path:line:column: field: rule: message", the place, the
// field and the rule each left out when the problem has none (a page that
// gave no record names no rule), with " (warning)" after a warning.
func (r report) String() string {
	s := r.path
	if r.Line > 0 {
		s += ":" + strconv.Itoa(r.Line)
		if r.Column > 0 {
			s += ":" + strconv.Itoa(r.Column)
		}
	}
	s += ": "
	if r.Field != "" {
		s += r.Field + ": "
	}
	if r.Rule != "" && r.Rule != ruleParse {
		s += string(r.Rule) + ": "
	}
	s += r.Message
	if r.Severity == notice.SeverityWarning {
		s += " (warning)"
	}
	return s
}
