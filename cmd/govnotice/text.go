package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/govnotice/govnotice/variant"
	"github.com/govnotice/govnotice/variant/charset"
)

const textExamples = `  govnotice text page.txt                 # canonical UTF-8 text of a page
  iconv -f UTF-8 -t GBK page.txt | govnotice text -   # any charset on stdin
  govnotice text --charset big5 page.txt  # override detection
  govnotice text --keep-script page.txt   # keep Traditional characters
`

const textAbout = `Text writes a page as canonical UTF-8 text (decoded, Simplified, pinyin
annotations stripped, Chinese punctuation), streaming like a Unix filter.
No FILE, or -, reads standard input. To write a page's record rather than its
text, use convert; "convert --format text" writes a record back as a page.
`

// runText is a Unix filter: it streams one page through the canonical chain,
// so its memory does not grow with the input.
func runText(args []string, e *env) int {
	fs := newFlagSet("text", "text [--charset NAME] [--keep-script] [--keep-punctuation] [FILE|-]", textAbout, textExamples, e.stderr)
	var opt variant.Options
	registerTextFlags(fs, &opt.Charset, &opt.KeepScript, &opt.KeepPunctuation)
	if st := parseFlags(fs, args, e.stderr); st >= 0 {
		return st
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(e.stderr, `govnotice text: at most one FILE ("govnotice help text" shows usage)`)
		return exitUsage
	}
	if err := checkCharset(opt.Charset); err != nil {
		fmt.Fprintf(e.stderr, "govnotice text: %v\n", err)
		return exitUsage
	}

	name := "-"
	if fs.NArg() == 1 {
		name = fs.Arg(0)
	}
	in, closeIn, err := openInput(name, e.stdin)
	if err != nil {
		fmt.Fprintf(e.stderr, "govnotice text: %v\n", err)
		return exitFail
	}
	defer closeIn()

	if err := copyText(e.stdout, in, opt, runtime.GOMAXPROCS(0)); err != nil {
		fmt.Fprintf(e.stderr, "govnotice text: %s: %v\n", name, err)
		return exitFail
	}
	return exitOK
}

// openInput opens the file name, or returns stdin for "-".
func openInput(name string, stdin io.Reader) (io.Reader, func(), error) {
	if name == "-" {
		return stdin, func() {}, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// registerTextFlags registers the flags that choose the canonical steps, as
// text, convert and validate share them.
func registerTextFlags(fs *flag.FlagSet, charset *string, keepScript, keepPunctuation *bool) {
	fs.StringVar(charset, "charset", "", "decode input as `NAME` (gbk, gb18030, big5, utf-16le, …) instead of detecting its charset")
	fs.BoolVar(keepScript, "keep-script", false, "keep Traditional characters instead of converting them to Simplified")
	fs.BoolVar(keepPunctuation, "keep-punctuation", false, "keep punctuation and full-width letters as found")
}

// checkCharset returns the usage error of a --charset that names no known
// charset.
func checkCharset(name string) error {
	if name == "" {
		return nil
	}
	_, err := charset.Lookup(name)
	return err
}
