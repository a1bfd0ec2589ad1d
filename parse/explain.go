package parse

import (
	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/page"
)

// An Explanation says how a page was read: the record, and what became of
// every label and value pair the page showed. It is what to look at when a
// field of a record is wrong: the record's Input.Origins say where each
// field came from and its Input.Problems what was odd; Pairs says what
// became of the labels that filled nothing.
type Explanation struct {
	// Record is the record Parse returns for the page.
	Record *notice.Notice
	// Pairs are the label and value pairs of the page, in the order they
	// were read: the metadata header first, then the page's lines beside
	// the article.
	Pairs []PairReading
}

// A PairReading is one label and value pair of a page and what became of
// it.
type PairReading struct {
	// Label and Value are as the page shows them, canonical.
	Label, Value string
	// Line and Column place the label in the decoded page, 1-based; both
	// are 0 when the pair has no place of its own.
	Line, Column int
	// From is where the pair stood: notice.FromHeader for the metadata
	// header, notice.FromPage for the page's lines beside the article.
	From string
	// Field is the key of the record field the label names ("published",
	// "doc_number"), or "" for a label that names none.
	Field string
	// Outcome is what became of the pair.
	Outcome Outcome
}

// An Outcome says what became of a label and value pair.
type Outcome string

// The outcomes of a pair.
const (
	// OutcomeFilled: the value filled Field.
	OutcomeFilled Outcome = "filled"
	// OutcomeExtra: the label names no field (a label the vocabulary
	// lists as extra, or one it does not know); the pair is in Extra.
	OutcomeExtra Outcome = "extra"
	// OutcomeDuplicate: an earlier label filled Field; the pair is in
	// Extra, with a problem when the values differ.
	OutcomeDuplicate Outcome = "duplicate"
	// OutcomeEmpty: the pair has no value (or only a placeholder such as
	// 无 or --), so it fills nothing.
	OutcomeEmpty Outcome = "empty"
	// OutcomeUnread: the value is not of its field's kind (a date label
	// whose value is no date); a problem says why, and a later label may
	// fill the field.
	OutcomeUnread Outcome = "unread"
	// OutcomeUI: the label is page furniture (浏览次数, 字号), which never
	// reaches the record.
	OutcomeUI Outcome = "ui"
	// OutcomeSkipped: a pair beside the article whose field the header or
	// the document had already filled.
	OutcomeSkipped Outcome = "skipped"
)

// Explain parses a page as [Parser.Parse] does and says how it was read.
// It fails where Parse fails.
func (p *Parser) Explain(data []byte) (*Explanation, error) {
	var x Explanation
	n, err := p.parse(data, &x.Pairs)
	if err != nil {
		return nil, err
	}
	x.Record = n
	if x.Pairs == nil {
		x.Pairs = []PairReading{}
	}
	return &x, nil
}

// explain records what became of pair p, read at from, when the builder
// explains.
func (b *builder) explain(p page.Pair, from, field string, value string, o Outcome) {
	if b.trace == nil {
		return
	}
	line, col := b.cols.place(p.At)
	*b.trace = append(*b.trace, PairReading{
		Label: p.Label, Value: value, Line: line, Column: col, From: from, Field: field, Outcome: o,
	})
}
