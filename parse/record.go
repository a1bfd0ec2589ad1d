package parse

import (
	"fmt"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/page"
	"github.com/govnotice/govnotice/parse/internal/vocab"
)

// The record is built from the page model in steps, each in its own file:
// the metadata pairs fill their fields (fields.go), the official-document
// stage reads the article (document.go), the page's information beside the
// article and its <meta> evidence fill what is left (fields.go), a title is
// chosen when no label gave one (title.go), and the files the page links to
// join the attachments (attachments.go). Each step records where it read a
// field (an Origin) and what it found odd (a Problem) with its place.

// builder builds one record.
type builder struct {
	p        *Parser
	n        *notice.Notice
	pg       *page.Page
	v        *vocab.Vocabulary
	urls     *urlIndex
	cols     *columns
	origins  []notice.Origin // in the order found; a field's first only
	problems []notice.Problem
	// filled holds the first value of each field a label filled.
	filled map[vocab.Field]string
	// kinds counts the problems of each field and rule; those past
	// maxProblemsOfAKind are in overflow, in order, and only counted.
	kinds    map[problemKind]int
	overflow []problemKind
	// infoUnderFirst: the page's source and date line stands right under
	// the first line of a body without document structure, as it stands
	// under a news item's heading.
	infoUnderFirst bool
	// trace collects what became of each pair when the page is explained;
	// nil otherwise.
	trace *[]PairReading
	// inValues holds what the header's values carried beside their own:
	// it fills its fields after every label has had its say.
	inValues struct {
		docNumber   *notice.DocNumber // in a title's final parentheses
		docNumberAt page.Pos
		published   *notice.Date // after a source or publisher
		publishedAt page.Pos
		publisher   string // run into a date (2023-04-26 16:00某县交通运输局)
		publisherAt page.Pos
	}
}

// record builds the record of a page.
func (p *Parser) record(src *source, pg *page.Page, v *vocab.Vocabulary, trace *[]PairReading) *notice.Notice {
	b := &builder{
		p:       p,
		trace:   trace,
		n:       &notice.Notice{},
		pg:      pg,
		v:       v,
		urls:    newURLIndex(pg.Text, pg.Raw),
		cols:    newColumns(pg.Text, pg.Raw),
		origins: make([]notice.Origin, 0, typicalOrigins),
		filled:  make(map[vocab.Field]string),
	}
	n := b.n
	n.Input.Charset = src.charset.Name
	n.Input.Script = notice.Script(src.script.String())
	n.Input.PinyinAnnotations = src.pinyin
	n.Input.Layout = pg.Layout
	b.problems = append(b.problems, src.problems...)
	for _, pr := range pg.Problems {
		b.warn(pr.Field, pr.Rule, pr.At, pr.Message)
	}
	b.pairs(pg.Pairs, notice.FromHeader)
	b.fillDocNumber(b.inValues.docNumber, notice.FromHeader, "title", b.inValues.docNumberAt)
	b.fillDate("published", &n.Published, b.inValues.published, notice.FromHeader, "source", b.inValues.publishedAt)
	if n.Publisher == "" && b.inValues.publisher != "" {
		n.Publisher = b.inValues.publisher
		b.origin("publisher", notice.FromHeader, "", n.Publisher, b.inValues.publisherAt)
	}
	b.document(pg.Paras)
	b.aboveDocNumber()
	b.aboveStamp()
	b.pairs(pg.Info, notice.FromPage)
	b.hints()
	b.title()
	b.links()
	n.Input.Origins = b.orderedOrigins()
	for _, k := range b.overflow {
		b.problems = append(b.problems, notice.Problem{Field: k.field, Rule: k.rule, Severity: notice.SeverityWarning,
			Message: fmt.Sprintf("%d more problems of this rule for this field are not listed", b.kinds[k]-maxProblemsOfAKind)})
	}
	n.Input.Problems = b.problems
	return n
}

// maxProblemsOfAKind bounds the problems of one rule for one field that a
// record lists: a page of 200,000 rows that each repeat a label would
// otherwise carry 200,000 warnings that say the same, larger than the page.
// The values stay in Extra; one more problem says how many were not listed.
const maxProblemsOfAKind = 20

// problemKind is a field and a rule that problems share.
type problemKind struct {
	field string
	rule  notice.Rule
}

// warn adds a warning about field at position at.
func (b *builder) warn(field string, rule notice.Rule, at page.Pos, msg string) {
	k := problemKind{field, rule}
	if b.kinds == nil {
		b.kinds = make(map[problemKind]int)
	}
	b.kinds[k]++
	switch n := b.kinds[k]; {
	case n == maxProblemsOfAKind+1:
		b.overflow = append(b.overflow, k)
		return
	case n > maxProblemsOfAKind:
		return
	}
	line, col := b.cols.place(at)
	b.problems = append(b.problems, notice.Problem{
		Field: field, Rule: rule, Severity: notice.SeverityWarning, Line: line, Column: col, Message: msg,
	})
}

// origin records where field was read, unless it already was: the first
// value of a field is the one a record keeps.
func (b *builder) origin(field, from, label, text string, at page.Pos) {
	for _, o := range b.origins {
		if o.Field == field {
			return
		}
	}
	line, col := b.cols.place(at)
	b.origins = append(b.origins, notice.Origin{Field: field, From: from, Label: label, Text: text, Line: line, Column: col})
}

// originOrder is the order of the record's fields, in which Origins are
// listed.
var originOrder = [...]string{
	"index_number", "title", "doc_number", "publisher", "source", "topic", "collection", "genre",
	"created", "published", "effective", "abolished", "validity", "keywords", "summary", "link",
	"attachments", "addressee", "body", "signers", "signed", "notes", "cc", "appendices",
}

// typicalOrigins is room for the origins of most pages' records: a page
// fills fewer fields than there are, and each Origin is large.
const typicalOrigins = 12

func (b *builder) orderedOrigins() []notice.Origin {
	if len(b.origins) == 0 {
		return nil
	}
	var slots [64]int // 1 + the index in b.origins of the field of each rank
	for i, o := range b.origins {
		if r, ok := originRank[o.Field]; ok && r < len(slots) {
			slots[r] = i + 1
		}
	}
	out := make([]notice.Origin, 0, len(b.origins))
	for _, i := range slots[:min(len(slots), len(originOrder))] {
		if i > 0 {
			out = append(out, b.origins[i-1])
		}
	}
	return out
}

// originRank is the place of each field in originOrder.
var originRank = func() map[string]int {
	m := make(map[string]int, len(originOrder))
	for i, f := range originOrder {
		m[f] = i
	}
	return m
}()
