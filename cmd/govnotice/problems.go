package main

import (
	"errors"
	"strconv"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse"
)

// A problem is one thing wrong with one input: why it could not be read or
// parsed (Rule "parse"), or a rule of notice.Notice.Validate it breaks.
// It is what validate reports, in text or JSON, and what convert reports on
// standard error.
type problem struct {
	Path     string `json:"-"`      // written once per page in validate's JSON
	Line     int    `json:"line"`   // 1-based, 0 when not about a place
	Column   int    `json:"column"` // 1-based byte in the line, 0 when unknown
	Field    string `json:"field"`  // the record's JSON key, "" when none
	Rule     string `json:"rule"`   // "parse" or a notice.Rule… constant
	Severity string `json:"severity"`
	Message  string `json:"message"`
}

// ruleParse is the Rule of an input that gave no record.
const ruleParse = "parse"

// failure returns the problem of an input that could not be read, parsed or
// written, with the position of a *parse.Error.
func failure(path string, err error) problem {
	p := problem{Path: path, Rule: ruleParse, Severity: notice.SeverityError.String()}
	var pe *parse.Error
	if errors.As(err, &pe) {
		p.Line, p.Column, p.Field = pe.Line, pe.Column, pe.Field
		err = pe.Err
	}
	p.Message = unwrapPath(err).Error()
	return p
}

// fieldProblems returns the problems of path that notice.Notice.Validate
// found.
func fieldProblems(path string, fes []*notice.FieldError) []problem {
	ps := make([]problem, len(fes))
	for i, fe := range fes {
		ps[i] = problem{Path: path, Field: fe.Field, Rule: fe.Rule, Severity: fe.Severity.String(), Message: fe.Message}
	}
	return ps
}

// String returns the problem as a line for people and grep, in the form
// compilers use: "path:line:column: message" for a failure with a place
// ("path:line: message", "path: message" without one), and
// "path: field: rule: message" for a broken rule, with " (warning)" after
// a warning.
func (p problem) String() string {
	s := p.Path
	if p.Line > 0 {
		s += ":" + strconv.Itoa(p.Line)
		if p.Column > 0 {
			s += ":" + strconv.Itoa(p.Column)
		}
	}
	s += ": "
	if p.Field != "" {
		s += p.Field + ": "
	}
	if p.Rule != "" && p.Rule != ruleParse {
		s += p.Rule + ": "
	}
	s += p.Message
	if p.Severity == notice.SeverityWarning.String() {
		s += " (warning)"
	}
	return s
}
