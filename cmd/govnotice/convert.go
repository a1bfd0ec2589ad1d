package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"slices"

	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
)

const convertSynopsis = "convert [flags] [PATH...]"

const convertAbout = `Convert reads pages and writes their records. A PATH is a file, a folder
(every file under it whose name matches --include and not --exclude,
recursively, in lexical order; names starting with "." are skipped), a WARC
crawl, or - for standard input; no PATH reads standard input. --from-list
FILE reads more paths from FILE (- for standard input), one a line, after
the PATH arguments, for a job's share of a larger run. "govnotice FILE" is
short for "govnotice convert FILE", flags included ("govnotice --format
jsonl a.txt"), and "... | govnotice" converts standard input. A folder
under which no file is an input is an error, so a mistyped pattern is not a
silent success.

Records are written in the order of the inputs, whatever -j is, to standard
output, or with --out one file per input. Each record's input.path is where
it came from: a file argument as given, a folder argument joined with the
file's path under it, - for standard input, or a WARC page's URI. A name
that is not valid UTF-8 (a GBK name from an archive made on Windows) is
written with each such byte as \xNN, with a warning in the record.

WARC crawls (a file named .warc or .warc.gz, gzipped or not, or standard
input starting like one; add *.warc.gz to --include to find them under a
folder): every HTTP 200 response of an HTML or text page is converted, with
its target URI as input.path and as the base of its links, and the charset
its server declared as a hint that detection checks, never an override.
Requests, metadata, redirects, errors, images and PDFs are skipped and
counted in a line on standard error after the crawl's records; a page over
--max-size is an error naming its record.

Formats: json (indented; several records are written one after another),
jsonl (one compact record a line), xml (a <notice> document; several records
make one <notices> document), text (the record as a page; several records are
separated by a line holding a form feed). The default is json for one file or
- and with --out, jsonl otherwise (a WARC crawl is many pages).

--out DIR writes each record to DIR/REL.EXT, where REL is the file's path under
its folder argument, the base name of a file argument, or a WARC page's
host and path, with its extension replaced by .json, .jsonl, .xml or .txt.
No file is written outside DIR (an output path through a symbolic link that
leads out, or an absolute one, is an error), none is replaced without
--force, an input never, and each is written to a temporary file first and
renamed, so an interrupted run leaves no half-written file. Two inputs with
one output name (a.txt and a.html) are an error for the second. DIR is
created if need be; standard input cannot be used with --out.

An input that cannot be read or parsed (or, with --strict, breaks a rule of
validation that is an error) is reported on standard error as
"path:line:column: message" and left out; the others are still written.
--require, --rules and --today tune the rules of --strict as they tune
validate (see govnotice help validate): --strict --require title keeps the
pages without a metadata header that have a title. A --charset the bytes
contradict is such an error, naming the charset and the byte offset where
reading the page in it fails. A file of records (what convert writes) is
refused: use validate to check it. If standard output cannot be written (a
full disk), the run stops with an error. The output has no colour, so
NO_COLOR is honoured.

Exit status: 0 when every input was converted, 1 when any failed or none
was found, 2 on bad usage.
`

const convertExamples = `  govnotice convert page.txt                 # one record as indented JSON
  govnotice page.txt                         # the same
  govnotice convert pages/ > notices.jsonl   # a folder as JSON Lines
  govnotice convert --format xml a.txt b.htm # one <notices> document
  govnotice convert --out records/ pages/    # records/<path under pages>.json
  govnotice convert --strict -j 4 pages/     # fail invalid records, 4 at once
  govnotice convert --strict --require title nohead/
  iconv -f UTF-8 -t GBK page.txt | govnotice convert -
  govnotice --format xml page.txt            # the short form takes flags
  govnotice convert crawl.warc.gz > notices.jsonl
  govnotice convert --exclude 'drafts,*.bak.html' pages/
  find pages -name '*.htm' | govnotice convert --from-list - > notices.jsonl
`

// outputFormat says how a format writes records.
type outputFormat struct {
	ext string
	// encode encodes one record: a whole file, or the next record on
	// standard output. Several xml records on standard output go through
	// an encode.XMLWriter instead, which puts them in one <notices>. size
	// is the page's, which the record's encoding is about as long as: the
	// buffer starts there instead of doubling up to it.
	encode func(n *notice.Notice, size int64) ([]byte, error)
}

var formats = map[string]outputFormat{
	"json":  {".json", writeTo(encode.JSON)},
	"jsonl": {".jsonl", jsonLine},
	"xml":   {".xml", writeTo(encode.XML)},
	"text":  {".txt", writeTo(encode.Text)},
}

// jsonLine encodes n as encode.JSONLinesWriter writes it: one compact line.
func jsonLine(n *notice.Notice, size int64) ([]byte, error) {
	b, err := encode.AppendJSON(make([]byte, 0, encodedSize(size)), n)
	return append(b, '\n'), err
}

func writeTo(write func(io.Writer, *notice.Notice) error) func(*notice.Notice, int64) ([]byte, error) {
	return func(n *notice.Notice, size int64) ([]byte, error) {
		var b bytes.Buffer
		b.Grow(encodedSize(size))
		err := write(&b, n)
		return b.Bytes(), err
	}
}

// encodedSize is the room to start a record's encoding with: its page's
// size and some for the keys, as most of a record is its page's text.
func encodedSize(page int64) int { return int(page + page/8 + 4<<10) }

// textSeparator separates records of the text format on standard output:
// a line holding a form feed, the page break of plain text.
const textSeparator = "\f\n"

func runConvert(args []string, e *env) int {
	fs := newFlagSet("convert", convertSynopsis, convertAbout, convertExamples, e.stderr)
	var bf batchFlags
	bf.register(fs)
	format := fs.String("format", "", "write records as `FORMAT`: json, jsonl, xml or text (default json for one file or - and with --out, jsonl otherwise)")
	outDir := fs.String("out", "", "write one file per input under `DIR` instead of to standard output")
	force := fs.Bool("force", false, "with --out, replace files that exist")
	strict := fs.Bool("strict", false, "fail an input whose record breaks a rule of validation (warnings do not count)")
	var rf ruleFlags
	rf.register(fs)
	if st := parseFlags(fs, args, e.stderr); st >= 0 {
		return st
	}
	l, ps, err := bf.check(fs, args, e)
	if err == nil {
		err = checkConvertFlags(ps, l, format, *outDir, *force)
	}
	var rules *notice.Validator
	switch {
	case err != nil:
	case *strict:
		rules, err = rf.validator()
	case rf.given():
		err = errors.New("--require, --rules and --today need --strict")
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "govnotice convert: %v\n", err)
		return exitUsage
	}

	c := &converter{batchFlags: &bf, lister: l, strict: *strict, rules: rules, prog: newProgress(e.stderr)}
	f := formats[*format]
	if *outDir != "" {
		out, err := openOutDir(*outDir, f.ext, *force)
		if err != nil {
			fmt.Fprintf(e.stderr, "govnotice convert: %v\n", err)
			return exitFail
		}
		defer out.Close()
		if info, err := os.Stat(*outDir); err == nil {
			l.skip = info
		}
		c.out, c.encode = out, f.encode
	} else {
		c.stdout = bufio.NewWriterSize(e.stdout, 64<<10)
		if *format == "xml" && !single(ps, l) {
			c.xml = encode.NewXMLWriter(c.stdout)
		} else {
			c.encode = f.encode
		}
		if *format == "text" {
			c.separator = textSeparator
		}
	}
	inputs := bf.inputs(l, ps)
	if c.out != nil {
		inputs = claimOutputs(c.out, inputs)
	}
	return c.finish(runBatch(e, c.prog, &bf, l, ps, inputs, c.convert, c.emit, converted.ticks))
}

// checkConvertFlags checks the flags of convert against each other and sets
// the default format.
func checkConvertFlags(paths []string, l *lister, format *string, outDir string, force bool) error {
	if *format == "" {
		*format = "jsonl"
		if outDir != "" || single(paths, l) {
			*format = "json"
		}
	}
	if _, ok := formats[*format]; !ok {
		return fmt.Errorf("unknown --format %q: want json, jsonl, xml or text", *format)
	}
	if force && outDir == "" {
		return errors.New("--force needs --out")
	}
	if outDir != "" && slices.Contains(paths, "-") {
		return errors.New("--out needs named inputs, not - (standard input)")
	}
	return nil
}

// finish ends the output after the batch and returns the exit status.
func (c *converter) finish(err error) int {
	if c.xml != nil {
		if cerr := c.xml.Close(); err == nil {
			err = cerr
		}
	}
	if c.stdout != nil {
		if ferr := c.stdout.Flush(); err == nil {
			err = ferr
		}
	}
	switch {
	case errors.Is(err, context.Canceled):
		c.prog.printf("govnotice convert: interrupted\n")
		return exitFail
	case err != nil:
		c.prog.printf("govnotice convert: writing output: %v\n", err)
		return exitFail
	case c.failed:
		return exitFail
	}
	return exitOK
}

// claimOutputs gives each input its output name under out, in input order;
// an input whose name is taken fails.
func claimOutputs(out *outDir, inputs iter.Seq[input]) iter.Seq[input] {
	return func(yield func(input) bool) {
		for in := range inputs {
			switch {
			case in.err != nil || in.summary != nil:
			case in.fetched != nil && in.rel == "":
				in.err = fmt.Errorf("--out: the URI names no host to name its file after")
			default:
				in.out, in.err = out.claim(in)
			}
			if !yield(in) {
				return
			}
		}
	}
}

// A converter turns inputs into records and writes them.
type converter struct {
	*batchFlags
	lister *lister
	strict bool
	rules  *notice.Validator // with strict
	prog   *progress
	encode func(*notice.Notice, int64) ([]byte, error) // nil: records go to xml

	out *outDir // with --out

	stdout    *bufio.Writer     // without --out
	xml       *encode.XMLWriter // for several records in XML
	separator string            // between records on stdout
	written   int               // records written to stdout
	failed    bool              // some input failed
}

// converted is the outcome of one input.
type converted struct {
	record   *notice.Notice // for c.xml
	data     []byte         // the encoded record, for stdout
	problems []report       // why the input failed
	summary  string         // the line that ends a WARC file's inputs
	tick     bool           // the input is a file, for the progress line
}

func (r converted) ticks() bool { return r.tick }

// convert reads, checks, encodes and (with --out) writes one input. It runs
// in many goroutines at once.
func (c *converter) convert(_ context.Context, in input) converted {
	r := c.convertPage(in)
	r.tick = in.fetched == nil
	return r
}

func (c *converter) convertPage(in input) converted {
	if in.summary != nil {
		return converted{summary: fmt.Sprintf("%s: %s\n", in.display(), in.summary)}
	}
	o, err := c.open(in, c.lister, false)
	if err != nil {
		return converted{problems: []report{failure(in.display(), err)}}
	}
	defer c.done(o)
	n := o.n
	if c.strict {
		if ps := validationErrors(c.rules, n.Input.Path, n); len(ps) > 0 {
			return converted{problems: ps}
		}
	}
	if c.encode == nil {
		return converted{record: n}
	}
	data, err := c.encode(n, o.held)
	if err != nil {
		return converted{problems: []report{failure(n.Input.Path, err)}}
	}
	if c.out != nil {
		if err := c.out.write(in.out, data, o.info); err != nil {
			return converted{problems: []report{failure(n.Input.Path, err)}}
		}
		return converted{}
	}
	return converted{data: data}
}

// validationErrors returns the problems of n that are errors under v.
func validationErrors(v *notice.Validator, path string, n *notice.Notice) []report {
	var verr *notice.ValidationError
	if _, err := v.Validate(n); !errors.As(err, &verr) {
		return nil
	}
	return reports(path, verr.Problems)
}

// emit reports or writes one outcome, in input order. Only an error
// writing standard output stops the batch.
func (c *converter) emit(r converted) error {
	for _, p := range r.problems {
		c.prog.printf("%s\n", p)
		c.failed = true
	}
	if r.summary != "" {
		c.prog.printf("%s", r.summary)
	}
	switch {
	case r.data != nil:
		if c.written > 0 {
			c.stdout.WriteString(c.separator)
		}
		c.written++
		_, err := c.stdout.Write(r.data)
		return err
	case r.record != nil:
		err := c.xml.Write(r.record)
		var verr *notice.EncodeError
		if errors.As(err, &verr) {
			c.prog.printf("%s\n", failure(r.record.Input.Path, err))
			c.failed = true
			return nil
		}
		return err
	}
	return nil
}
