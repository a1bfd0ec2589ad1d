package convert

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
)

// The pipelines of the tests run on Prism, Beam's embedded runner, in this
// process: no Docker, no network.
func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

// repo is the root of the govnotice repository, whose testdata the tests
// convert.
const repo = "../.."

var cliFlag = flag.String("cli", "", "the govnotice `binary` to compare with; empty builds it from ../..")

var (
	cliOnce sync.Once
	cliPath string
	cliErr  error
)

// cli returns the path of the govnotice command, built once per test run
// from the working tree the beam module replaces the core with.
func cli(t *testing.T) string {
	t.Helper()
	cliOnce.Do(func() {
		if *cliFlag != "" {
			cliPath = *cliFlag
			return
		}
		dir, err := os.MkdirTemp("", "govnotice-cli-")
		if err != nil {
			cliErr = err
			return
		}
		cliPath = filepath.Join(dir, "govnotice")
		out, err := exec.Command("go", "build", "-o", cliPath, "github.com/govnotice/govnotice/cmd/govnotice").CombinedOutput()
		if err != nil {
			cliErr = fmt.Errorf("building the CLI: %v\n%s", err, out)
		}
	})
	if cliErr != nil {
		t.Fatal(cliErr)
	}
	return cliPath
}

// warcSummary matches the line the CLI writes for each WARC file it read,
// which is not a problem.
var warcSummary = regexp.MustCompile(`: \d+ pages?, \d+ records? skipped( \(.*\))?(, \d+ records? failed)?$`)

// runCLI runs `govnotice convert --format jsonl -j 2 args...` and returns
// its records and its problem lines, each sorted, without the summaries of
// WARC files.
func runCLI(t *testing.T, args ...string) (records, problems []string) {
	t.Helper()
	cmd := exec.Command(cli(t), append([]string{"convert", "--format", "jsonl", "--progress=false", "-j", "2"}, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if err != nil && cmd.ProcessState.ExitCode() != 1 {
		t.Fatalf("govnotice %s: %v\n%s", strings.Join(args, " "), err, stderr.Bytes())
	}
	for _, line := range sortedLines(stderr.String()) {
		if !warcSummary.MatchString(line) {
			problems = append(problems, line)
		}
	}
	return sortedLines(stdout.String()), problems
}

// runPipeline builds the pipeline of o, runs it, and returns the lines of
// its record and failure files, each sorted. It checks that each output's
// files are whole and that no temporary file is left.
func runPipeline(t *testing.T, o Options) (records []string, failures []failed) {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, o); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	records = readOutput(t, o.Output)
	for _, line := range readOutput(t, o.deadLetter()) {
		var f failed
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&f); err != nil {
			t.Fatalf("failure line %s: %v", line, err)
		}
		failures = append(failures, f)
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(o.Output), "*.tmp-*")); len(left) > 0 {
		t.Errorf("temporary files left: %q", left)
	}
	return records, failures
}

// readOutput returns the lines of the files of prefix, sorted, and fails
// unless they are PREFIX-00000-of-0000N.jsonl … PREFIX-0000N-1-of-0000N.jsonl.
func readOutput(t *testing.T, prefix string) []string {
	t.Helper()
	names, err := filepath.Glob(prefix + "-*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) == 0 {
		t.Fatalf("no file %s-*.jsonl", prefix)
	}
	return readShards(t, prefix, len(names))
}

// readShards returns the lines of the n shard files of prefix, sorted,
// and fails if any is missing or there are others.
func readShards(t *testing.T, prefix string, n int) []string {
	t.Helper()
	names, err := filepath.Glob(prefix + "-*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for i := range n {
		want = append(want, ShardName(prefix, i, n))
	}
	if !slices.Equal(names, want) {
		t.Fatalf("shard files %q, want %q", names, want)
	}
	var all strings.Builder
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if len(b) > 0 && b[len(b)-1] != '\n' {
			t.Errorf("%s: the last line has no newline", name)
		}
		all.Write(b)
	}
	return sortedLines(all.String())
}

func sortedLines(s string) []string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	if len(lines) == 1 && lines[0] == "" {
		return nil
	}
	slices.Sort(lines)
	return lines
}

// options returns the options of a run writing under t.TempDir.
func options(t *testing.T) Options {
	out := filepath.Join(t.TempDir(), "out")
	return Options{Output: filepath.Join(out, "notices")}
}

// diffLines reports the lines only one side has, at most a few of each.
func diffLines(t *testing.T, what string, want, got []string) {
	t.Helper()
	if slices.Equal(want, got) {
		return
	}
	only := func(a, b []string) []string {
		var d []string
		for _, l := range a {
			if _, found := slices.BinarySearch(b, l); !found {
				d = append(d, l)
			}
		}
		return d
	}
	short := func(ls []string) string {
		var b strings.Builder
		for i, l := range ls {
			if i == 3 {
				fmt.Fprintf(&b, "\n\t… and %d more", len(ls)-3)
				break
			}
			if len(l) > 300 {
				l = l[:300] + "…"
			}
			fmt.Fprintf(&b, "\n\t%s", l)
		}
		return b.String()
	}
	t.Errorf("%s: %d lines, want %d\nonly the CLI's:%s\nonly the pipeline's:%s", what, len(got), len(want), short(only(want, got)), short(only(got, want)))
}
