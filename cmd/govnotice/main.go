// Command govnotice turns scraped Chinese government information-disclosure
// pages into canonical text and typed records.
//
// Usage:
//
//	govnotice text [--charset NAME] [--keep-script] [--keep-punctuation] [FILE|-]
//	govnotice version
//
// Run "govnotice help COMMAND" for the flags and examples of each command.
//
// Exit status: 0 on success, 1 when an input could not be read or converted,
// 2 on bad usage.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
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
}

// env is what a command may touch: its standard streams.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func commands() []command {
	return []command{
		{"text", "write a page as canonical UTF-8 text", runText},
		{"version", "print the version", runVersion},
		{"help", "show help for a command", nil},
	}
}

// run is main without the process: it parses args, runs one command and
// returns the exit status, so tests can drive the CLI in-process.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(rest) == 0 {
			usage(stdout)
			return exitOK
		}
		// "help text" shows the same as "text --help".
		name, rest = rest[0], []string{"--help"}
	}
	for _, c := range commands() {
		if c.name == name && c.run != nil {
			return c.run(rest, e)
		}
	}
	fmt.Fprintf(stderr, "govnotice: unknown command %q\n\n", name)
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprint(w, "govnotice turns scraped government information-disclosure pages into canonical text and records.\n\n")
	fmt.Fprint(w, "Usage:\n  govnotice COMMAND [flags] [arguments]\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nRun \"govnotice help COMMAND\" for a command's flags and examples.\n")
}

// newFlagSet returns a flag set that reports errors instead of exiting and
// prints its usage (synopsis, flags, examples) to w.
func newFlagSet(name, synopsis, examples string, w io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(w)
	fs.Usage = func() {
		fmt.Fprintf(w, "Usage: govnotice %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
		if examples != "" {
			fmt.Fprintf(w, "\nExamples:\n%s", examples)
		}
	}
	return fs
}

// parseFlags parses args and returns the exit status to stop with, or -1 to
// go on. --help is success, not a usage error.
func parseFlags(fs *flag.FlagSet, args []string) int {
	err := fs.Parse(args)
	switch {
	case err == nil:
		return -1
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	default:
		return exitUsage
	}
}

func runVersion(args []string, e *env) int {
	fs := newFlagSet("version", "version", "", e.stderr)
	if st := parseFlags(fs, args); st >= 0 {
		return st
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
