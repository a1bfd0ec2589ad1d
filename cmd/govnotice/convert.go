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
(every file under it whose name matches --include, recursively, in lexical
order) or - for standard input; no PATH reads standard input. "govnotice FILE"
is short for "govnotice convert FILE".

Records are written in the order of the inputs, whatever -j is, to standard
output, or with --out one file per input. Each record's input.path is where
it came from: a file argument as given, a folder argument joined with the
file's path under it, or - for standard input.

Formats: json (indented; several records are written one after another),
jsonl (one compact record a line), xml (a <notice> document; several records
make one <notices> document), text (the record as a page; several records are
separated by a line holding a form feed). The default is json for one file or
- and with --out, jsonl otherwise.

--out DIR writes each record to DIR/REL.EXT, where REL is the file's path under
its folder argument, or the base name of a file argument, with its extension
replaced by .json, .jsonl, .xml or .txt. No file is written outside DIR (an
output path through a symbolic link that leads out, or an absolute one, is an
error), none is replaced without --force, an input never, and each is written
to a temporary file first and renamed, so an interrupted run leaves no
half-written file. Two inputs with one output name (a.txt and a.html) are an
error for the second. DIR is created if need be; standard input cannot be
used with --out.

An input that cannot be read or parsed (or, with --strict, breaks a rule of
validation that is an error) is reported on standard error as "path:line:column: message" and
left out; the others are still written. --require, --rules and --today tune
the rules of --strict as they tune validate (see govnotice help validate):
--strict --require title keeps the pages without a metadata header that
have a title. The output has no colour, so
NO_COLOR is honoured.

Exit status: 0 when every input was converted, 1 when any failed, 2 on bad
usage.
`

const convertExamples = `  govnotice convert page.txt                 # one record as indented JSON
  govnotice page.txt                         # the same
  govnotice convert pages/ > notices.jsonl   # a folder as JSON Lines
  govnotice convert --format xml a.txt b.htm # one <notices> document
  govnotice convert --out records/ pages/    # records/<path under pages>.json
  govnotice convert --strict -j 4 pages/     # fail invalid records, 4 at once
  govnotice convert --strict --require title nohead/
  iconv -f UTF-8 -t GBK page.txt | govnotice convert -
`

// outputFormat says how a format writes records.
type outputFormat struct {
	ext string
	// encode encodes one record: a whole file, or the next record on
	// standard output. Several xml records on standard output go through
	// an encode.XMLWriter instead, which puts them in one <notices>.
	encode func(*notice.Notice) ([]byte, error)
}

var formats = map[string]outputFormat{
	"json":  {".json", writeTo(encode.JSON)},
	"jsonl": {".jsonl", jsonLine},
	"xml":   {".xml", writeTo(encode.XML)},
	"text":  {".txt", writeTo(encode.Text)},
}

// jsonLine encodes n as encode.JSONLinesWriter writes it: one compact line.
func jsonLine(n *notice.Notice) ([]byte, error) {
	b, err := encode.AppendJSON(nil, n)
	return append(b, '\n'), err
}

func writeTo(write func(io.Writer, *notice.Notice) error) func(*notice.Notice) ([]byte, error) {
	return func(n *notice.Notice) ([]byte, error) {
		var b bytes.Buffer
		err := write(&b, n)
		return b.Bytes(), err
	}
}

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
	if st := parseFlags(fs, args); st >= 0 {
		return st
	}
	l, ps, err := bf.check(fs, args)
	if err == nil {
		err = checkConvertFlags(ps, format, *outDir, *force)
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

	c := &converter{batchFlags: &bf, env: e, strict: *strict, rules: rules, prog: newProgress(e.stderr)}
	f := formats[*format]
	inputs := l.inputs(ps)
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
		inputs = claimOutputs(out, inputs)
	} else {
		c.stdout = bufio.NewWriterSize(e.stdout, 64<<10)
		if *format == "xml" && !single(ps) {
			c.xml = encode.NewXMLWriter(c.stdout)
		} else {
			c.encode = f.encode
		}
		if *format == "text" {
			c.separator = textSeparator
		}
	}
	return c.finish(runBatch(e, c.prog, &bf, l, ps, inputs, c.convert, c.emit))
}

// checkConvertFlags checks the flags of convert against each other and sets
// the default format.
func checkConvertFlags(paths []string, format *string, outDir string, force bool) error {
	if *format == "" {
		*format = "jsonl"
		if single(paths) || outDir != "" {
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
			if in.err == nil {
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
	env    *env
	strict bool
	rules  *notice.Validator // with strict
	prog   *progress
	encode func(*notice.Notice) ([]byte, error) // nil: records go to xml

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
}

// convert reads, checks, encodes and (with --out) writes one input. It runs
// in many goroutines at once.
func (c *converter) convert(in input) converted {
	n, info, err := c.read(in, c.env.stdin)
	if err != nil {
		return converted{problems: []report{failure(in.name, err)}}
	}
	if c.strict {
		if ps := validationErrors(c.rules, in.name, n); len(ps) > 0 {
			return converted{problems: ps}
		}
	}
	if c.encode == nil {
		return converted{record: n}
	}
	data, err := c.encode(n)
	if err != nil {
		return converted{problems: []report{failure(in.name, err)}}
	}
	if c.out != nil {
		if err := c.out.write(in.out, data, info); err != nil {
			return converted{problems: []report{failure(in.name, err)}}
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
