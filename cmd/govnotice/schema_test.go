package main

import (
	"bytes"
	"encoding/xml"
	"io"
	"strings"
	"testing"

	"github.com/govnotice/govnotice/encode"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// TestSchemaValidatesConvert compiles the schema "govnotice schema json"
// prints and validates against it every record convert writes.
func TestSchemaValidatesConvert(t *testing.T) {
	code, schema, _ := runCLI(t, "", "schema", "json")
	if code != 0 || schema != string(encode.JSONSchema) {
		t.Fatalf("exit %d; the schema printed is not the library's", code)
	}
	doc, err := jsonschema.UnmarshalJSON(strings.NewReader(schema))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("notice.schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("notice.schema.json")
	if err != nil {
		t.Fatal(err)
	}

	code, out, errOut := runCLI(t, "", "convert", "../../testdata/pages", "testdata")
	if code != 0 {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	lines := 0
	for line := range strings.Lines(out) {
		lines++
		inst, err := jsonschema.UnmarshalJSON(strings.NewReader(line))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(inst); err != nil {
			t.Errorf("line %d: %v", lines, err)
		}
	}
	if lines < 10 {
		t.Errorf("%d records", lines)
	}
}

// TestSchemaXSD checks that "govnotice schema xsd" prints the library's XSD,
// a well-formed XML document.
func TestSchemaXSD(t *testing.T) {
	code, out, _ := runCLI(t, "", "schema", "xsd")
	if code != 0 || out != string(encode.XSD) {
		t.Fatalf("exit %d; the schema printed is not the library's", code)
	}
	d := xml.NewDecoder(bytes.NewReader([]byte(out)))
	for {
		if _, err := d.Token(); err != nil {
			if err != io.EOF {
				t.Errorf("XSD: %v", err)
			}
			break
		}
	}
}
