// Package page holds the one model of a page that parse reads, and the
// readers that make it: one per layout family.
//
// A reader turns its input into a [Page]: the label/value pairs of the
// metadata block, the lines above that block, the paragraphs of the
// article, the files the page links to and the evidence outside the text
// (an HTML page's <meta> tags and <title>), each with its position in the
// input. [ReadText] reads text pages (pipe rows, label lines, label and
// value on alternating lines, bullet lists); [ReadHTML] reads HTML pages
// from their DOM. What follows (the field mapping, the official-document
// stage, the choice of the title) reads a Page and never the input, so
// adding a layout means adding a reader.
//
// Readers share the syntax of labels (syntax.go: a label before a colon, in
// brackets, letter-spaced, without colon) and of blocks (block.go: a row of
// cells whose empty cells shifted, a label whose value is on the next line),
// and they ask one vocabulary (package vocab) which words are labels.
package page

import (
	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/vocab"
)

// Pos is where something stands in the input.
type Pos struct {
	// Line is 1-based; 0 when unknown.
	Line int
	// Col is the 1-based column in characters, as the input's user sees
	// it; 0 when the reader leaves it to be worked out from Off (text
	// pages, where it depends on the canonical steps).
	Col int
	// Off is the byte offset in Page.Text of the string this Pos belongs
	// to, or -1 when it has none there.
	Off int
}

// NoPos is the position of what has no place.
var NoPos = Pos{Off: -1}

// Page is the model of one page.
type Page struct {
	// Layout is the layout family of the metadata block: one of the
	// notice.Layout constants.
	Layout notice.Layout
	// Text is the canonical text every string of the model is cut from (a
	// text page's whole text; the text an HTML reader collected). Pos.Off
	// points into it.
	Text string
	// Raw is Text before the canonical steps that follow decoding, line for
	// line: URLs are taken from it, as canonical text would damage them.
	Raw string
	// Pairs are the label/value pairs of the metadata block, in order.
	Pairs []Pair
	// Above are the lines that stand above the metadata block: page chrome,
	// and on some pages the title.
	Above []Para
	// Paras are the paragraphs of the article, in order, blank ones left
	// out.
	Paras []Para
	// Info are the pairs of lines the page shows beside the article that
	// name its source and date (发布日期：… 来源：… under an HTML article).
	Info []Pair
	// Links are the files the page links to (HTML pages).
	Links []Link
	// Hints are what the page says of itself outside its text: an HTML
	// page's <meta> tags and <title>.
	Hints []Hint
	// Problems are what the reader found odd.
	Problems []Problem
}

// Pair is one label and its value.
type Pair struct {
	// Label is the label in compact canonical form (索引号).
	Label string
	// Kind is what the vocabulary says of the label.
	Kind vocab.Label
	// Value is the value's text, canonical but not yet cleaned; "" when
	// the label has no value.
	Value string
	// Cells are the value cells of a table row when there are several;
	// Value is then their texts joined with spaces.
	Cells []Cell
	// At is the label's position, ValueAt the value's (Off -1 when empty).
	At, ValueAt Pos
}

// Cell is one value cell of a table row.
type Cell struct {
	Text string
	At   Pos
}

// Para is a paragraph or line of text.
type Para struct {
	Text string
	At   Pos
	// Heading reports a line of an HTML heading element (h1–h3, or an
	// element whose class or id names a title).
	Heading bool
}

// Link is a link of an HTML page to a file: its text as the name, the URL
// resolved against the page's base URLs.
type Link struct {
	Name, URL string
	At        Pos
}

// HintKind says what a Hint is.
type HintKind uint8

const (
	// HintArticleTitle is <meta name="ArticleTitle">.
	HintArticleTitle HintKind = iota + 1
	// HintTitleTag is the page's <title>.
	HintTitleTag
	// HintPubDate is <meta name="PubDate">.
	HintPubDate
	// HintContentSource is <meta name="ContentSource">.
	HintContentSource
)

// Hint is evidence a page gives of a field outside its text, canonical.
type Hint struct {
	Kind HintKind
	Text string
	At   Pos
}

// Problem is something a reader found odd.
type Problem struct {
	Field   string
	Rule    notice.Rule
	At      Pos
	Message string
}
