package main

import (
	"bufio"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse"
)

const explainAbout = `Explain shows how a page was read: its charset, script and layout; every
label and value pair with its line and column and what became of it (the
field it filled, or why it went to extra or nowhere); where each field of
the record came from; and the problems found. Run it when a field of a
record is wrong. No FILE, or -, reads standard input.
`

const explainExamples = `  govnotice explain page.txt
  govnotice explain --base-url https://www.example.gov.cn/a/ page.html
  iconv -f UTF-8 -t GBK page.txt | govnotice explain -
`

// outcomeText says what became of a pair, for a reader.
var outcomeText = map[parse.Outcome]string{
	parse.OutcomeFilled:    "filled",
	parse.OutcomeExtra:     "kept in extra: the label names no field",
	parse.OutcomeDuplicate: "kept in extra: an earlier label filled the field",
	parse.OutcomeEmpty:     "no value",
	parse.OutcomeUnread:    "not read: the value is not of the field's kind (see the problems)",
	parse.OutcomeUI:        "page furniture, not kept",
	parse.OutcomeSkipped:   "not used: the header or the document gave the field",
}

func runExplain(args []string, e *env) int {
	fs := newFlagSet("explain", "explain [--charset NAME] [--keep-script] [--keep-punctuation] [--base-url URL] [FILE|-]",
		explainAbout, explainExamples, e.stderr)
	var p parse.Parser
	registerTextFlags(fs, &p.Charset, &p.KeepScript, &p.KeepPunctuation)
	fs.StringVar(&p.BaseURL, "base-url", "", "resolve relative attachment links of an HTML page against `URL`")
	if st := parseFlags(fs, args, e.stderr); st >= 0 {
		return st
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(e.stderr, `govnotice explain: at most one FILE ("govnotice help explain" shows usage)`)
		return exitUsage
	}
	if err := checkCharset(p.Charset); err != nil {
		fmt.Fprintf(e.stderr, "govnotice explain: %v\n", err)
		return exitUsage
	}
	name := "-"
	if fs.NArg() == 1 {
		name = fs.Arg(0)
	}
	in, closeIn, err := openInput(name, e.stdin)
	if err != nil {
		fmt.Fprintf(e.stderr, "govnotice explain: %v\n", err)
		return exitFail
	}
	defer closeIn()
	data, err := io.ReadAll(io.LimitReader(in, parse.DefaultMaxSize+1))
	if err != nil {
		fmt.Fprintf(e.stderr, "govnotice explain: %s: %v\n", name, err)
		return exitFail
	}
	x, err := p.Explain(data)
	if err != nil {
		fmt.Fprintf(e.stderr, "govnotice explain: %s: %v\n", name, err)
		return exitFail
	}
	if name != "-" {
		x.Record.Input.Path = name
	}
	w := bufio.NewWriter(e.stdout)
	writeExplanation(w, x)
	if err := w.Flush(); err != nil {
		fmt.Fprintf(e.stderr, "govnotice explain: writing output: %v\n", err)
		return exitFail
	}
	return exitOK
}

// writeExplanation writes x for a reader: the page, its pairs, the origin
// of each field and the problems.
func writeExplanation(w io.Writer, x *parse.Explanation) {
	in := x.Record.Input
	if in.Path != "" {
		fmt.Fprintf(w, "page: %s\n", in.Path)
	}
	fmt.Fprintf(w, "charset %s, script %s, %d pinyin annotations stripped, layout %s\n",
		in.Charset, in.Script, in.PinyinAnnotations, in.Layout)

	fmt.Fprintf(w, "\nlabels (%d):\n", len(x.Pairs))
	if len(x.Pairs) == 0 {
		fmt.Fprintln(w, "  none: the page has no metadata header")
	}
	for _, r := range x.Pairs {
		what := outcomeText[r.Outcome]
		if r.Field != "" && (r.Outcome == parse.OutcomeFilled || r.Outcome == parse.OutcomeDuplicate ||
			r.Outcome == parse.OutcomeSkipped || r.Outcome == parse.OutcomeUnread) {
			what = r.Field + ": " + what
		}
		label := r.Label
		if label == "" {
			label = "(no label)" // a date before 来源： on a page's info line
		}
		fmt.Fprintf(w, "  %s %s %s %s\n", place(r.Line, r.Column), r.From, label+"="+quoteShort(r.Value), "→ "+what)
	}

	fmt.Fprintf(w, "\nfields (%d set):\n", len(in.Origins))
	for _, o := range in.Origins {
		from := o.From
		if o.Label != "" {
			from += " " + o.Label
		}
		fmt.Fprintf(w, "  %-12s %s from %s: %s\n", o.Field, place(o.Line, o.Column), from, quoteShort(o.Text))
	}

	fmt.Fprintf(w, "\nproblems (%d):\n", len(in.Problems))
	if len(in.Problems) == 0 {
		fmt.Fprintln(w, "  none")
	}
	for _, p := range in.Problems {
		fmt.Fprintf(w, "  %s %s %s %s: %s\n", place(p.Line, p.Column), severity(p.Severity), p.Field, p.Rule, p.Message)
	}
}

// place writes a line and column, or "-" for none.
func place(line, col int) string {
	if line == 0 {
		return "-"
	}
	return fmt.Sprintf("%d:%d", line, col)
}

func severity(s notice.Severity) string {
	b, err := s.MarshalText()
	if err != nil {
		return "?"
	}
	return string(b)
}

// maxShown bounds a value shown in full, in characters.
const maxShown = 60

// quoteShort quotes s, cut between characters when it is long.
func quoteShort(s string) string {
	if utf8.RuneCountInString(s) <= maxShown {
		return fmt.Sprintf("%q", s)
	}
	rs := []rune(s)
	return fmt.Sprintf("%q…(%d characters)", string(rs[:maxShown]), len(rs))
}
