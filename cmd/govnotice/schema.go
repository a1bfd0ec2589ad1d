package main

import (
	"fmt"

	"github.com/govnotice/govnotice/encode"
)

const schemaAbout = `Schema prints a schema of the records convert writes, as embedded in the
library: json prints the JSON Schema (draft 2020-12) of one record, the
form of --format json and of each line of --format jsonl; xsd prints the
XML Schema of the <notice> and <notices> documents of --format xml.
`

const schemaExamples = `  govnotice schema json > notice.schema.json
  govnotice schema xsd > notice.xsd && xmllint --schema notice.xsd records.xml
`

func runSchema(args []string, e *env) int {
	fs := newFlagSet("schema", "schema json|xsd", schemaAbout, schemaExamples, e.stderr)
	if st := parseFlags(fs, args, e.stderr); st >= 0 {
		return st
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(e.stderr, `govnotice schema: want one argument, json or xsd ("govnotice help schema" shows usage)`)
		return exitUsage
	}
	var schema []byte
	switch fs.Arg(0) {
	case "json":
		schema = encode.JSONSchema
	case "xsd", "xml":
		schema = encode.XSD
	default:
		fmt.Fprintf(e.stderr, "govnotice schema: unknown schema %q: want json or xsd\n", fs.Arg(0))
		return exitUsage
	}
	if _, err := e.stdout.Write(schema); err != nil {
		fmt.Fprintf(e.stderr, "govnotice schema: %v\n", err)
		return exitFail
	}
	return exitOK
}
