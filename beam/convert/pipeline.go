package convert

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn3x1[context.Context, string, func(string), error](&listFn{})
	register.Function2x0[string, func(string)](manifestLine)
}

// Build adds the whole conversion to the pipeline: read the inputs, parse
// them, and write the records under o.Output and the failures under the
// dead-letter prefix. It returns the error of Validate, and then adds
// nothing.
//
// Each bundle writes the records it makes to a file of its own in a
// temporary folder beside the output (PREFIX.tmp-RUN/), so that records
// never pass through the runner: nothing is shuffled, and on Prism, which
// holds a stage's output in memory, memory stays flat whatever the number
// of pages. When every bundle is done, one worker renames the files to
// PREFIX-00000-of-0000N.jsonl …, N being the number of bundles that made
// records (at least one file, empty when there were none), and removes
// what failed attempts left. The failures are written the same way.
func Build(s beam.Scope, o Options) error {
	if err := o.Validate(); err != nil {
		return err
	}
	var id [6]byte
	rand.Read(id[:])
	run := hex.EncodeToString(id[:])
	recordsTemp := o.Output + ".tmp-" + run
	failuresTemp := o.deadLetter() + ".tmp-" + run
	records, failures := convert(s, o, newConvertFn(o, recordsTemp, failuresTemp))
	finalize(s.Scope("records"), o.Output, recordsTemp, records)
	finalize(s.Scope("failures"), o.deadLetter(), failuresTemp, failures)
	return nil
}

// Convert adds the reading and parsing to the pipeline and returns the
// records, as lines of JSON (encode.AppendJSON, the CLI's --format jsonl),
// and the failures, as lines of JSON objects with the keys path, file,
// line, column and error, for pipelines that do more with them; write them
// with WriteShards. Output and DeadLetter are not used. Build, which writes
// without passing the records through the runner, is the better way to
// write them as they are.
func Convert(s beam.Scope, o Options) (records, failures beam.PCollection) {
	return convert(s, o, newConvertFn(o, "", ""))
}

func convert(s beam.Scope, o Options, fn *convertFn) (records, failures beam.PCollection) {
	s = s.Scope("govnotice")
	return beam.ParDo2(s, fn, Paths(s, o.Inputs, o.Manifests))
}

// Paths returns the paths the globs match and the manifests list, as a
// PCollection<string> spread over the workers by a Reshuffle. A glob is
// listed by names alone, without the per-object stat of fileio.MatchFiles.
func Paths(s beam.Scope, globs, manifests []string) beam.PCollection {
	s = s.Scope("Paths")
	var cols []beam.PCollection
	if len(globs) > 0 {
		cols = append(cols, beam.ParDo(s, &listFn{}, beam.CreateList(s, globs)))
	}
	if len(manifests) > 0 {
		lines := textio.ReadAll(s, beam.CreateList(s, manifests))
		cols = append(cols, beam.ParDo(s, manifestLine, lines))
	}
	var all beam.PCollection
	switch len(cols) {
	case 0:
		all = beam.CreateList(s, []string{})
	case 1:
		all = cols[0]
	default:
		all = beam.Flatten(s, cols...)
	}
	return beam.Reshuffle(s, all)
}

// listFn lists the files a glob matches.
type listFn struct {
	fss filesystems
}

// ProcessElement emits the files glob matches. A glob that matches nothing
// is an error, which fails the pipeline: it is a mistake in the command,
// not a bad page, and a run that reads nothing should not look like one
// that found nothing to convert.
func (fn *listFn) ProcessElement(ctx context.Context, glob string, emit func(string)) error {
	fs, err := fn.fss.get(ctx, glob)
	if err != nil {
		return err
	}
	files, err := fs.List(ctx, glob)
	if err != nil {
		return fmt.Errorf("listing %q: %w", glob, err)
	}
	if len(files) == 0 {
		return fmt.Errorf("no file matches %q", glob)
	}
	for _, f := range files {
		emit(f)
	}
	return nil
}

// Teardown closes the file system clients.
func (fn *listFn) Teardown() error { return fn.fss.close() }

// manifestLine emits the path on a line of a manifest: the line without
// the white space around it, unless it is blank or a comment.
func manifestLine(line string, emit func(string)) {
	line = strings.TrimSpace(line)
	if line == "" || strings.HasPrefix(line, "#") {
		return
	}
	emit(line)
}
