package notice

import (
	"strconv"
	"strings"
)

// A Rule names the kind of a [Problem]. Rules are errors, so that
// errors.Is(err, notice.RuleRequired) finds a problem of that rule in the
// error [Notice.Validate] returns.
type Rule string

// Error returns the rule's name.
func (r Rule) Error() string { return string(r) }

// The rules of validation ([Notice.Validate]).
const (
	RuleRequired     Rule = "required"      // the field must be set
	RuleShape        Rule = "shape"         // the value has no known shape
	RuleRange        Rule = "range"         // no real date, or a year out of range
	RuleOrder        Rule = "order"         // two dates in the wrong order
	RuleYearMismatch Rule = "year-mismatch" // a number's year is not the created year
)

// The rules of what parsing notices. A record with such problems is still
// the page's record: they say what was odd about the page and what the
// parser did about it. Parsing also reports [RuleShape] and [RuleRange] for
// values it could not read.
const (
	// RuleDuplicate: the page labels a field twice with different values;
	// the first is kept and the second goes to Extra.
	RuleDuplicate Rule = "duplicate"
	// RuleConflict: the header and the article give different values for a
	// field; the header's is kept.
	RuleConflict Rule = "conflict"
	// RuleEncoding: bytes that are not text in the page's charset, control
	// characters, or a charset the page declares that its bytes are not in.
	RuleEncoding Rule = "encoding"
	// RuleStructure: part of the page could not be read as it is laid out
	// (an HTML page nested too deep, no article found, text after a
	// signature kept as an appendix without a title).
	RuleStructure Rule = "structure"
	// RuleOption: an option of the parser could not be used, such as a base
	// URL that is not absolute.
	RuleOption Rule = "option"
)

// Severity says how much a [Problem] matters.
type Severity int

const (
	// SeverityError marks a record that breaks the contract.
	SeverityError Severity = iota
	// SeverityWarning marks something odd that real pages do: a record with
	// warnings only is still a good record.
	SeverityWarning
)

// String returns "error" or "warning".
func (s Severity) String() string {
	switch s {
	case SeverityError:
		return "error"
	case SeverityWarning:
		return "warning"
	}
	return "Severity(" + strconv.Itoa(int(s)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the form of String.
func (s Severity) MarshalText() ([]byte, error) {
	switch s {
	case SeverityError, SeverityWarning:
		return []byte(s.String()), nil
	}
	return nil, &ValueError{Type: "severity", Value: s.String(), Err: ErrRange}
}

// UnmarshalText implements encoding.TextUnmarshaler: it reads "error" or
// "warning".
func (s *Severity) UnmarshalText(text []byte) error {
	switch string(text) {
	case "error":
		*s = SeverityError
	case "warning":
		*s = SeverityWarning
	default:
		return &ValueError{Type: "severity", Value: string(text), Err: ErrSyntax}
	}
	return nil
}

// A Problem is one thing wrong or odd about a record: a rule of validation
// it breaks, or something parsing noticed about its page. Parsing and
// validation report problems in this one form, so that a tool can list them
// side by side.
type Problem struct {
	// Field is the JSON key of the part of the record concerned, such as
	// "index_number", "body" or "input" (the page as a whole).
	Field string `json:"field" xml:"field,attr,omitempty"`
	// Rule is the kind of problem.
	Rule Rule `json:"rule" xml:"rule,attr,omitempty"`
	// Severity says whether the problem is an error or a warning.
	Severity Severity `json:"severity" xml:"severity,attr"`
	// Line and Column locate the problem in the page as its reader has it:
	// Line is 1-based; Column is the 1-based count of characters (Unicode
	// code points) from the start of the line, in the decoded text of a text
	// page and in the HTML source of an HTML page, where it is the place the
	// element concerned starts. Both are 0 when the problem has no place,
	// as for a problem validation finds in a record.
	Line int `json:"line" xml:"line,attr,omitempty"`
	// Column is the place in the line, as Line says.
	Column int `json:"column" xml:"column,attr,omitempty"`
	// Message says what is wrong, in words.
	Message string `json:"message" xml:",chardata"`
}

// Error returns the field, the place when there is one, and the message,
// and marks warnings: `created: year 2007 is not in 1949–2026` or
// `doc_number (line 3, column 5): "国发2019" has no known shape (warning)`.
func (p *Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.Field)
	if p.Line > 0 {
		b.WriteString(" (line ")
		b.WriteString(strconv.Itoa(p.Line))
		if p.Column > 0 {
			b.WriteString(", column ")
			b.WriteString(strconv.Itoa(p.Column))
		}
		b.WriteByte(')')
	}
	b.WriteString(": ")
	b.WriteString(p.Message)
	if p.Severity == SeverityWarning {
		b.WriteString(" (warning)")
	}
	return b.String()
}

// Unwrap returns the problem's rule, so that errors.Is(p, RuleShape) works.
func (p *Problem) Unwrap() error { return p.Rule }

// Where a field of a record was read, as found in [Origin.From].
const (
	// FromHeader: a label and its value in the page's metadata header (a
	// table, label lines or an HTML metadata block).
	FromHeader = "header"
	// FromBody: the article, read as an official document (its title,
	// 文号 line, addressee, signature …) or as a whole.
	FromBody = "body"
	// FromPage: a line the page shows beside the article, such as a title
	// above the metadata header or a 来源：… 日期：… line under the title.
	FromPage = "page"
	// FromHTMLMeta: a <meta> tag of an HTML page (ArticleTitle, PubDate,
	// ContentSource).
	FromHTMLMeta = "html-meta"
	// FromHTMLTitle: the <title> of an HTML page.
	FromHTMLTitle = "html-title"
	// FromHTMLLink: a link of an HTML page to a file.
	FromHTMLLink = "html-link"
)

// An Origin says where the value of one field of a record was read, so that
// a user can see why a field is what it is.
type Origin struct {
	// Field is the field's JSON key.
	Field string `json:"field" xml:"field,attr,omitempty"`
	// From is the kind of place: one of the From constants.
	From string `json:"from" xml:"from,attr,omitempty"`
	// Label is the label the value stood under, canonical and without its
	// colon (生成日期), or "" when there was none.
	Label string `json:"label" xml:"label,attr,omitempty"`
	// Text is the text the value was read from, canonical: "2025年11月19日"
	// for a created date of 2025-11-19. For a list it is the first item's.
	Text string `json:"text" xml:",chardata"`
	// Line and Column locate the place as in [Problem]: the label's, or the
	// value's when it has no label; 0 when it has no place.
	Line int `json:"line" xml:"line,attr,omitempty"`
	// Column is the place in the line, as Line says.
	Column int `json:"column" xml:"column,attr,omitempty"`
}
