// Quickstart parses one page and prints a few fields of its record.
//
// The page is qixia-2025-78463.txt, a copy of the page the project started
// from (testdata/pages at the repository's root): Traditional script with
// pinyin annotations in a pipe-table header. The record comes out in
// Simplified script, with typed values. Give it a page of your own to read
// that instead:
//
//	go run ./examples/quickstart
//	go run ./examples/quickstart page.txt
//
// Pages leave out fields, and printRecord shows how to read a record that
// lacks them: an absent typed value (index number, document number, date)
// is a nil pointer, to check before reading its parts; absent text is "",
// and an absent list is empty.
package main

import (
	_ "embed"
	"fmt"
	"io"
	"os"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse"
)

//go:embed qixia-2025-78463.txt
var page []byte

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "quickstart:", err)
		os.Exit(1)
	}
}

// run reads the page named in args, or the embedded one, and prints its
// record to w.
func run(args []string, w io.Writer) error {
	data := page
	if len(args) > 0 {
		var err error
		if data, err = os.ReadFile(args[0]); err != nil {
			return err
		}
	}
	n, err := parse.Parse(data)
	if err != nil {
		return err
	}
	printRecord(w, n)
	return nil
}

// printRecord prints a few fields of n, saying which the page lacks.
func printRecord(w io.Writer, n *notice.Notice) {
	switch in := n.IndexNumber; {
	case in == nil:
		fmt.Fprintln(w, "index number: none")
	case in.Year == 0:
		// Kept as written, but of no known shape: it has no parts.
		fmt.Fprintln(w, "index number:", in, "(no known shape)")
	default:
		fmt.Fprintln(w, "index number:", in, "year", in.Year, "seq", in.Seq)
	}
	fmt.Fprintln(w, "title:", orNone(n.Title))
	if dn := n.DocNumber; dn != nil {
		fmt.Fprintln(w, "doc number:", dn, "issuer", orNone(dn.Issuer))
	} else {
		fmt.Fprintln(w, "doc number: none")
	}
	fmt.Fprintln(w, "publisher:", orNone(n.Publisher))
	switch {
	case n.Created != nil:
		fmt.Fprintln(w, "created:", n.Created)
	case n.Published != nil:
		fmt.Fprintln(w, "published:", n.Published)
	default:
		fmt.Fprintln(w, "created: none")
	}
	fmt.Fprintln(w, "keywords:", n.Keywords)
	fmt.Fprintln(w, "paragraphs:", len(n.Body))
	fmt.Fprintf(w, "read as: %s, %s script, %d pinyin annotations stripped\n",
		n.Input.Charset, n.Input.Script, n.Input.PinyinAnnotations)
}

// orNone returns s, or "none" for a field the page left empty.
func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}
