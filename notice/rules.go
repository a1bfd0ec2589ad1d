package notice

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// A Level says what a [Validator] makes of a broken rule, so that a caller
// can hold a site to a stricter contract, or forgive a quirk it knows.
type Level int8

const (
	// LevelDefault keeps the severity the check gives: errors for required,
	// shape, range and order, warnings for year-mismatch and for what
	// parsing noticed. It is the zero Level, so an absent entry of
	// [Validator.Levels] means it.
	LevelDefault Level = iota
	// LevelError makes every problem of the rule an error.
	LevelError
	// LevelWarning makes every problem of the rule a warning.
	LevelWarning
	// LevelOff leaves the problems of the rule out.
	LevelOff
)

var levelNames = [...]string{LevelDefault: "default", LevelError: "error", LevelWarning: "warning", LevelOff: "off"}

// String returns "default", "error", "warning" or "off", the words of the
// rules files that [ParseLevels] reads.
func (l Level) String() string {
	if l >= 0 && int(l) < len(levelNames) {
		return levelNames[l]
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the form of String, so
// that a configuration holding levels can be written as JSON.
func (l Level) MarshalText() ([]byte, error) {
	if l < 0 || int(l) >= len(levelNames) {
		return nil, &ValueError{Type: "level", Value: l.String(), Err: ErrRange}
	}
	return []byte(l.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler: it reads "default",
// "error", "warning" or "off".
func (l *Level) UnmarshalText(text []byte) error {
	for i, name := range levelNames {
		if string(text) == name {
			*l = Level(i)
			return nil
		}
	}
	return &ValueError{Type: "level", Value: string(text), Err: ErrSyntax,
		Reason: "want error, warning, off or default"}
}

// rules are the rules a Validator knows, for its Levels: the rules of
// validation and those of what parsing notices.
var rules = []Rule{
	RuleRequired, RuleShape, RuleRange, RuleOrder, RuleYearMismatch,
	RuleDuplicate, RuleConflict, RuleEncoding, RuleStructure, RuleOption,
}

func knownRule(r Rule) bool {
	for _, k := range rules {
		if r == k {
			return true
		}
	}
	return false
}

// ParseLevels reads a rules file: the levels of rules, for
// [Validator.Levels]. Each line holds a rule and its level separated by
// white space; # starts a comment, and blank lines are skipped:
//
//	# Site X writes index numbers of its own shape.
//	shape          warning
//	year-mismatch  off
//	duplicate      error
//
// A rule is one of required, shape, range, order, year-mismatch (the rules
// of validation) or duplicate, conflict, encoding, structure, option (what
// parsing notices); a level is error, warning, off or default. A line of
// another form, an unknown rule or level, or a rule given twice is an error
// that names the line (1-based).
func ParseLevels(text string) (map[Rule]Level, error) {
	levels := make(map[Rule]Level)
	line := 0
	for l := range strings.Lines(text) {
		line++
		s, _, _ := strings.Cut(l, "#")
		f := strings.Fields(s)
		if len(f) == 0 {
			continue
		}
		if len(f) != 2 {
			return nil, fmt.Errorf("line %d: %q: want a rule and a level", line, strings.TrimSpace(s))
		}
		r := Rule(f[0])
		if !knownRule(r) {
			return nil, fmt.Errorf("line %d: unknown rule %q (rules: %s)", line, f[0], ruleList())
		}
		if _, dup := levels[r]; dup {
			return nil, fmt.Errorf("line %d: rule %s given twice", line, r)
		}
		var lv Level
		if err := lv.UnmarshalText([]byte(f[1])); err != nil {
			return nil, fmt.Errorf("line %d: unknown level %q for %s: want error, warning, off or default", line, f[1], r)
		}
		levels[r] = lv
	}
	return levels, nil
}

func ruleList() string {
	names := make([]string, len(rules))
	for i, r := range rules {
		names[i] = string(r)
	}
	return strings.Join(names, ", ")
}

// A field of the record that a Validator can require, with the test of
// whether a record has it.
type requirable struct {
	key string
	set func(n *Notice) bool
}

// The fields of the record in their order, by JSON key; Input cannot be
// required. The indexes below name the fields Validate checks further.
var fields = [...]requirable{
	fIndexNumber: {"index_number", func(n *Notice) bool { return n.IndexNumber != nil && !blank(n.IndexNumber.Text) }},
	fTitle:       {"title", func(n *Notice) bool { return !blank(n.Title) }},
	fDocNumber:   {"doc_number", func(n *Notice) bool { return n.DocNumber != nil && !blank(n.DocNumber.Text) }},
	fPublisher:   {"publisher", func(n *Notice) bool { return !blank(n.Publisher) }},
	fSource:      {"source", func(n *Notice) bool { return !blank(n.Source) }},
	fTopic:       {"topic", func(n *Notice) bool { return !blank(n.Topic) }},
	fCollection:  {"collection", func(n *Notice) bool { return !blank(n.Collection) }},
	fGenre:       {"genre", func(n *Notice) bool { return !blank(n.Genre) }},
	fCreated:     {"created", func(n *Notice) bool { return n.Created != nil }},
	fPublished:   {"published", func(n *Notice) bool { return n.Published != nil }},
	fEffective:   {"effective", func(n *Notice) bool { return n.Effective != nil }},
	fAbolished:   {"abolished", func(n *Notice) bool { return n.Abolished != nil }},
	fValidity:    {"validity", func(n *Notice) bool { return !blank(n.Validity) }},
	fKeywords:    {"keywords", func(n *Notice) bool { return len(n.Keywords) > 0 }},
	fSummary:     {"summary", func(n *Notice) bool { return !blank(n.Summary) }},
	fLink:        {"link", func(n *Notice) bool { return !blank(n.Link) }},
	fAttachments: {"attachments", func(n *Notice) bool { return len(n.Attachments) > 0 }},
	fAddressee:   {"addressee", func(n *Notice) bool { return !blank(n.Addressee) }},
	fBody:        {"body", func(n *Notice) bool { return len(n.Body) > 0 }},
	fSigners:     {"signers", func(n *Notice) bool { return len(n.Signers) > 0 }},
	fSigned:      {"signed", func(n *Notice) bool { return n.Signed != nil }},
	fNotes:       {"notes", func(n *Notice) bool { return len(n.Notes) > 0 }},
	fCC:          {"cc", func(n *Notice) bool { return len(n.CC) > 0 }},
	fAppendices:  {"appendices", func(n *Notice) bool { return len(n.Appendices) > 0 }},
	fExtra:       {"extra", func(n *Notice) bool { return len(n.Extra) > 0 }},
}

const (
	fIndexNumber = iota
	fTitle
	fDocNumber
	fPublisher
	fSource
	fTopic
	fCollection
	fGenre
	fCreated
	fPublished
	fEffective
	fAbolished
	fValidity
	fKeywords
	fSummary
	fLink
	fAttachments
	fAddressee
	fBody
	fSigners
	fSigned
	fNotes
	fCC
	fAppendices
	fExtra
	numFields
)

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// fieldIndex returns the index of the field with JSON key key, or -1.
func fieldIndex(key string) int {
	for i := range fields {
		if fields[i].key == key {
			return i
		}
	}
	return -1
}

func fieldList() string {
	names := make([]string, len(fields))
	for i := range fields {
		names[i] = fields[i].key
	}
	return strings.Join(names, ", ")
}

// DefaultRequired returns the fields a record must have when
// [Validator.Required] is nil: an index number, a title, a publisher, and a
// created or a published date. It returns a new slice each time, so a caller
// may append to it.
func DefaultRequired() []string { return slices.Clone(defaultRequired) }

var defaultRequired = []string{"index_number", "title", "publisher", "created|published"}

// ParseRequired reads a comma-separated list of required fields, the form
// of the command line's --require: "title,created|published". Space around
// names is dropped. It returns an empty, non-nil list for "" (no field is
// required), and an error naming the first unknown field.
func ParseRequired(s string) ([]string, error) {
	out := []string{}
	for item := range strings.SplitSeq(s, ",") {
		var alts []string
		for alt := range strings.SplitSeq(item, "|") {
			if alt = strings.TrimSpace(alt); alt != "" {
				alts = append(alts, alt)
			}
		}
		if len(alts) == 0 {
			continue
		}
		entry := strings.Join(alts, "|")
		if err := checkRequired(entry); err != nil {
			return nil, err
		}
		out = append(out, entry)
	}
	return out, nil
}

// checkRequired checks one entry of Required: JSON keys separated by |.
func checkRequired(entry string) error {
	for alt := range strings.SplitSeq(entry, "|") {
		if fieldIndex(alt) < 0 {
			return fmt.Errorf("unknown field %q (fields: %s; a|b requires either)", alt, fieldList())
		}
	}
	return nil
}
