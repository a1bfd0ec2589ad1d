// Command govnotice-beam converts pages to records as an Apache Beam
// pipeline: `govnotice convert --format jsonl` for crawls too large for one
// machine, on Dataflow, Flink or Spark, or on Prism, Beam's embedded runner,
// on this machine.
//
// Usage:
//
//	govnotice-beam [beam flags] [flags] --output PREFIX [GLOB...]
//
// Inputs are globs (--input, repeatable, or arguments) and manifests
// (--manifest FILE, repeatable: one path a line), local or gs:// or s3://.
// Files named *.warc or *.warc.gz are read as WARC crawls: each HTML or text
// response with status 200 is a page, named by its target URI. Records are
// written to PREFIX-00000-of-0000N.jsonl …, a file per bundle that made
// records, the pages that gave none to PREFIX.failed-00000-of-0000N.jsonl …
// as {"path","file","line","column","error"}.
//
// Beam's own flags choose the runner and its settings: --runner (prism by
// default; dataflow, flink, spark, universal), --endpoint, --environment_type,
// --worker_binary, --project, --region, --staging_location and the rest; see
// the README. Beam flags and these take the same form (--name=value or
// --name value) and may come in any order, before the globs.
//
// Exit status: 0 when every page gave a record, 1 when the run failed or
// some pages are in the dead letters (as the CLI exits 1 when a page fails),
// 2 on bad usage.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/govnotice/govnotice/beam/convert"
)

func main() {
	f := register(flag.CommandLine)
	flag.Parse()
	// On a worker, Init runs the SDK harness and never returns; the flags
	// above are then the pipeline's, which the workers do not need.
	beam.Init()
	os.Exit(run(context.Background(), f, flag.Args(), os.Stderr))
}

// flags are the command's own flags, apart from Beam's.
type flags struct {
	o       convert.Options
	maxSize byteSize
}

// register defines the command's flags on fs, where Beam's already are.
// Names use underscores, as Beam's do, so one command line reads alike.
func register(fs *flag.FlagSet) *flags {
	f := &flags{}
	fs.Func("input", "convert the files that `GLOB` matches (repeatable; gs:// globs may use **)", func(v string) error {
		f.o.Inputs = append(f.o.Inputs, v)
		return nil
	})
	fs.Func("manifest", "convert the files listed in `FILE`, one path a line (repeatable; # starts a comment)", func(v string) error {
		f.o.Manifests = append(f.o.Manifests, v)
		return nil
	})
	fs.StringVar(&f.o.Output, "output", "", "write records to `PREFIX`-00000-of-0000N.jsonl …, a file per bundle that made records (required)")
	fs.StringVar(&f.o.DeadLetter, "dead_letter", "", "write the pages that gave no record to `PREFIX`-00000-of-0000N.jsonl … (default: the output prefix + \".failed\")")
	fs.IntVar(&f.o.Parallelism, "parse_parallelism", 0, "parse `N` pages at once in each bundle (default: the worker's number of CPUs)")
	fs.StringVar(&f.o.Charset, "charset", "", "decode every page as `NAME` (gbk, gb18030, big5, utf-16le, …) instead of detecting its charset")
	fs.BoolVar(&f.o.KeepScript, "keep_script", false, "keep Traditional characters instead of converting them to Simplified")
	fs.BoolVar(&f.o.KeepPunctuation, "keep_punctuation", false, "keep punctuation and full-width letters as found")
	fs.StringVar(&f.o.BaseURL, "base_url", "", "resolve relative attachment links of loose HTML pages against `URL` (a WARC record's page uses its URI)")
	fs.Var(&f.maxSize, "max_size", "fail a page or WARC record larger than `SIZE` bytes (suffix K, M or G; default 64M)")
	return f
}

// run builds the pipeline of the flags and args (more globs) and runs it
// with the runner Beam's flags chose, then reports its counters on stderr.
func run(ctx context.Context, f *flags, args []string, stderr io.Writer) int {
	o := f.o
	o.Inputs = append(append([]string(nil), o.Inputs...), args...)
	o.MaxSize = int64(f.maxSize)
	p, s := beam.NewPipelineWithRoot()
	if err := convert.Build(s, o); err != nil {
		fmt.Fprintf(stderr, "govnotice-beam: %v\n", strings.ReplaceAll(err.Error(), "\n", "; "))
		return 2
	}
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintf(stderr, "govnotice-beam: %v\n", err)
		return 1
	}
	if res == nil {
		// Dataflow with --async returns before the job runs.
		return 0
	}
	counts := map[string]int64{}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Key.Namespace == "govnotice" {
			counts[c.Key.Name] += c.Result()
		}
	}
	fmt.Fprintln(stderr, summary(counts))
	if counts["failures"] > 0 {
		dl := o.DeadLetter
		if dl == "" {
			dl = o.Output + ".failed"
		}
		fmt.Fprintf(stderr, "govnotice-beam: %d pages gave no record: see %s-*.jsonl\n", counts["failures"], dl)
		return 1
	}
	return 0
}

// summary returns the counters as a line: records, failures, and what the
// WARC files held.
func summary(counts map[string]int64) string {
	s := fmt.Sprintf("%d records, %d failures", counts["records"], counts["failures"])
	if counts["warc_files"] == 0 {
		return s
	}
	s += fmt.Sprintf("; %d WARC files, %d pages, %d record errors", counts["warc_files"], counts["warc_pages"], counts["warc_errors"])
	var skipped []string
	for name, n := range counts {
		if r, ok := strings.CutPrefix(name, "warc_skipped_"); ok && n > 0 {
			skipped = append(skipped, fmt.Sprintf("%s %d", r, n))
		}
	}
	sort.Strings(skipped)
	if len(skipped) > 0 {
		s += "; records skipped: " + strings.Join(skipped, ", ")
	}
	return s
}

// byteSize is a size flag in bytes, with the CLI's K, M and G suffixes.
type byteSize int64

func (s *byteSize) String() string {
	if s == nil || *s == 0 {
		return ""
	}
	return strconv.FormatInt(int64(*s), 10)
}

func (s *byteSize) Set(v string) error {
	mult := int64(1)
	if i := len(v) - 1; i > 0 {
		switch v[i] {
		case 'k', 'K':
			mult, v = 1<<10, v[:i]
		case 'm', 'M':
			mult, v = 1<<20, v[:i]
		case 'g', 'G':
			mult, v = 1<<30, v[:i]
		}
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 1 || n > (1<<62)/mult {
		return errors.New("want a positive number of bytes, such as 65536, 64K or 10M")
	}
	*s = byteSize(n * mult)
	return nil
}
