// Command govnotice turns scraped Chinese government information-disclosure
// pages into typed records, for scripts.
//
// Usage:
//
//	govnotice convert [flags] [PATH...]   # pages to JSON, JSON Lines, XML or text
//	govnotice [flags] FILE...             # short for "govnotice convert [flags] FILE..."
//	govnotice validate [flags] [PATH...]  # check pages or saved records against the rules
//	govnotice text [flags] [FILE|-]       # a page as canonical UTF-8 text
//	govnotice schema json|xsd             # the JSON Schema or XSD of records
//	govnotice version
//
// A PATH is a file, a folder (read recursively), a WARC crawl (.warc,
// .warc.gz) or - for standard input; no PATH reads standard input, and
// --from-list FILE reads more paths from FILE, one a line. Run "govnotice
// help COMMAND" for the flags and examples of each command. Flags come
// before paths and take one dash or two (-j 4, --format xml). Nothing is
// ever coloured, so NO_COLOR is honoured.
//
// Exit status: 0 on success, 1 when an input could not be read or converted
// (or, for validate, broke a rule) or no input was found, 2 on bad usage.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
)

func main() {
	// A batch allocates for every page and keeps little, so with the default
	// GOGC the collector runs every few pages and its stop-the-world phases
	// serialise the workers: -j 2 ran only ~1.35× as fast as -j 1. GOGC=400
	// lets it reach ~1.8× with peak memory still ~25 MiB, flat in the size of
	// the batch. A GOGC set in the environment wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	ctx := context.Background()
	if catchesInterrupt(os.Args[1:]) {
		// An interrupt stops a batch cleanly: no half-written file, the
		// XML document closed. A second interrupt kills as usual.
		var stop context.CancelFunc
		ctx, stop = signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
		go func() {
			<-ctx.Done()
			stop()
		}()
	}
	os.Exit(runContext(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// catchesInterrupt reports whether the command args run handles an
// interrupt itself. Only batches do: the other commands stream one page or
// print a constant, so the default (the process dies, output stops where it
// was) is right for them, and not catching signals spares their start-up a
// thread and a goroutine.
func catchesInterrupt(args []string) bool {
	if len(args) == 0 {
		return true // standard input, converted
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.batch
		}
	}
	// Not a command: a page to convert ("govnotice FILE", "govnotice -",
	// "govnotice --format jsonl FILE"), or -h and --help.
	return !isHelp(args[0])
}

// isHelp reports whether arg asks for help.
func isHelp(arg string) bool {
	switch arg {
	case "help", "-h", "-help", "--help":
		return true
	}
	return false
}

// Exit statuses.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// command is one subcommand of govnotice.
type command struct {
	name    string
	summary string
	run     func(args []string, env *env) int
	batch   bool // reads many pages, and stops cleanly on an interrupt
}

// env is what a command may touch: its standard streams, and a context that
// is cancelled by an interrupt.
type env struct {
	ctx            context.Context
	stdin          io.Reader
	stdout, stderr io.Writer
}

func commands() []command {
	return []command{
		{"convert", "write pages as JSON, JSON Lines, XML or text records", runConvert, true},
		{"validate", "check pages or saved records against the rules of a notice", runValidate, true},
		{"text", "write a page as canonical UTF-8 text", runText, false},
		{"explain", "show how a page was read: every label, where each field came from, the problems", runExplain, false},
		{"schema", "print the JSON Schema or the XSD of records", runSchema, false},
		{"version", "print the version", runVersion, false},
		{"help", "show help for a command", nil, false},
	}
}

// run is main without the process: it parses args, runs one command and
// returns the exit status, so tests can drive the CLI in-process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		// "cat page | govnotice" converts standard input; at a terminal,
		// where nothing is piped in, the user wants to know what to type.
		if isTerminal(stdin) {
			usage(stderr)
			return exitUsage
		}
		return runConvert(nil, e)
	}
	name, rest := args[0], args[1:]
	help := false
	if isHelp(name) {
		if len(rest) == 0 {
			usage(stdout)
			return exitOK
		}
		// "help text" shows the same as "text --help".
		name, rest, help = rest[0], []string{"--help"}, true
	}
	for _, c := range commands() {
		if c.name == name && c.run != nil {
			return c.run(rest, e)
		}
	}
	// "govnotice page.txt" converts the page, and so do "govnotice -" and
	// "govnotice --format jsonl page.txt"; a command name wins over a file
	// of the same name ("govnotice ./text" converts a file "text").
	if !help {
		if _, err := os.Stat(name); err == nil || strings.HasPrefix(name, "-") {
			return runConvert(args, e)
		}
	}
	var names []string
	for _, c := range commands() {
		names = append(names, c.name)
	}
	msg := fmt.Sprintf("govnotice: %q is neither a command nor a file", name)
	if help {
		msg = fmt.Sprintf("govnotice help: unknown command %q", name)
	}
	if near := nearest(name, names); near != "" {
		msg += fmt.Sprintf("; did you mean %q?", near)
	} else {
		msg += " (commands: " + strings.Join(names, ", ") + ")"
	}
	fmt.Fprintln(stderr, msg)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprint(w, `govnotice turns scraped government information-disclosure pages into typed records.

Usage:
  govnotice COMMAND [flags] [arguments]
  govnotice [flags] FILE...   (short for "govnotice convert [flags] FILE...")
  ... | govnotice [flags]     (converts standard input)

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Run "govnotice help COMMAND" for a command's flags and examples. Flags come
before paths and take one dash or two. Nothing is coloured (NO_COLOR is
honoured). Exit status: 0 success, 1 an input failed, 2 bad usage.
`)
}

// newFlagSet returns a flag set that reports errors instead of exiting and
// whose Usage prints the command's help (synopsis, description, flags,
// examples) to w. Parse it with parseFlags, which prints errors as one
// line.
func newFlagSet(name, synopsis, about, examples string, w io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		fmt.Fprintf(w, "Usage: govnotice %s\n\n", synopsis)
		if about != "" {
			fmt.Fprintf(w, "%s\n", about)
		}
		fmt.Fprint(w, "Flags (one dash or two):\n")
		fs.SetOutput(w)
		fs.PrintDefaults()
		fs.SetOutput(io.Discard)
		if examples != "" {
			fmt.Fprintf(w, "\nExamples:\n%s", examples)
		}
	}
	return fs
}

// parseFlags parses args and returns the exit status to stop with, or -1 to
// go on. --help prints the command's help and is success; any other error
// is one line on w, the nearest flag's name for an unknown one, and a
// usage error: a mistyped flag should not bury the shell under the help.
func parseFlags(fs *flag.FlagSet, args []string, w io.Writer) int {
	usage := fs.Usage
	fs.Usage = func() {} // the flag package calls it on every error
	err := fs.Parse(args)
	fs.Usage = usage
	switch {
	case err == nil:
		return -1
	case errors.Is(err, flag.ErrHelp):
		usage()
		return exitOK
	}
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		msg = "unknown flag " + flagName(name)
		var names []string
		fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
		if near := nearest(name, names); near != "" {
			msg += "; did you mean " + flagName(near) + "?"
		}
	}
	fmt.Fprintf(w, "govnotice %s: %s (\"govnotice help %s\" lists the flags)\n", fs.Name(), msg, fs.Name())
	return exitUsage
}

// flagName writes a flag's name as the help does: -j, --format.
func flagName(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

func runVersion(args []string, e *env) int {
	fs := newFlagSet("version", "version", "Version prints the module version govnotice was built from.\n", "", e.stderr)
	if st := parseFlags(fs, args, e.stderr); st >= 0 {
		return st
	}
	if fs.NArg() > 0 {
		fmt.Fprintln(e.stderr, "govnotice version: no arguments")
		return exitUsage
	}
	fmt.Fprintf(e.stdout, "govnotice %s\n", version())
	return exitOK
}

// version reports the module version the binary was built from, or
// "(devel)" for a build from a work tree.
func version() string {
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" {
		return info.Main.Version
	}
	return "(devel)"
}
