package main

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

func TestRecordFormat(t *testing.T) {
	page := string(readPage(t, "pages/qixia-2025-78463.txt"))
	html := string(readPage(t, "html/sites/fujian-pingtan-2024-88866.html"))
	valid := string(mustRead(t, "testdata/valid.json"))
	_, line, _ := runCLI(t, "", "convert", "--format", "jsonl", "testdata/valid.txt")
	_, xml, _ := runCLI(t, "", "convert", "--format", "xml", "testdata/valid.txt")
	_, xmls, _ := runCLI(t, "", "convert", "--format", "xml", "testdata/valid.txt", "testdata/valid.txt")
	for _, tt := range []struct {
		name, head, want string
	}{
		{"a text page", page, ""},
		{"an HTML page", html, ""},
		{"JSON", valid, formatJSON},
		{"JSON with CRLF", strings.ReplaceAll(valid, "\n", "\r\n"), formatJSON},
		{"JSON Lines", line, formatJSONLines},
		{"JSON Lines after a BOM and blank lines", "\ufeff\n\n  " + line, formatJSONLines},
		{"XML", xml, formatXML},
		{"XML of many", xmls, formatXML},
		{"XML without a declaration, after a comment", "<!-- saved --> <notice><title>x</title></notice>", formatXML},
		{"XHTML", `<?xml version="1.0"?><!DOCTYPE html><html><body>索引号</body></html>`, ""},
		{"an element named like one", "<noticeboard>", ""},
		{"text in braces", "{索引号}\n", ""},
		{"an empty object", "{}", ""},
		{"a brace alone", "{\n\n", ""},
		{"nothing", "", ""},
		{"a comment without end", "<!-- ", ""},
	} {
		head := tt.head[:min(len(tt.head), sniffSize)]
		if got := recordFormat([]byte(head)); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestJSONDocuments(t *testing.T) {
	type doc struct {
		Data string
		Line int
	}
	for _, tt := range []struct {
		name, in string
		max      int64
		want     []doc
		err      string
	}{
		{"one", `{"a": 1}`, 100, []doc{{`{"a": 1}`, 1}}, ""},
		{"indented, one after another", "{\n  \"a\": \"}\"\n}\n{\n  \"b\": [1, {\"c\": \"\\\"{\"}]\n}\n", 100,
			[]doc{{"{\n  \"a\": \"}\"\n}", 1}, {"{\n  \"b\": [1, {\"c\": \"\\\"{\"}]\n}", 4}}, ""},
		{"white space around", "\n\n  {}\r\n\t{}  \n", 100, []doc{{"{}", 3}, {"{}", 4}}, ""},
		{"cut short", "{\"a\": [1,\n", 100, []doc{{"{\"a\": [1,\n", 1}}, ""},
		{"a string cut short", `{"a": "\`, 100, []doc{{`{"a": "\`, 1}}, ""},
		{"bare words", "true nul {}", 100, []doc{{"true", 1}, {"nul", 1}, {"{}", 1}}, ""},
		{"a closing brace", "}{}", 100, []doc{{"}", 1}, {"{}", 1}}, ""},
		{"over the limit", `{"a": "0123456789"}{}`, 10, nil, "a record over the limit of 10 bytes (--max-size) starts on line 1"},
	} {
		var got []doc
		var errMsg string
		for d, err := range jsonDocuments(strings.NewReader(tt.in), tt.max) {
			if err != nil {
				errMsg = err.Error()
				continue
			}
			got = append(got, doc{string(d.data), d.line})
		}
		if diff := cmp.Diff(tt.want, got); diff != "" || errMsg != tt.err {
			t.Errorf("%s: error %q, want %q; documents (-want +got):\n%s", tt.name, errMsg, tt.err, diff)
		}
	}
	// A read error ends the documents with it.
	var errs int
	for _, err := range jsonDocuments(iotest.ErrReader(os.ErrClosed), 100) {
		if err != nil {
			errs++
		}
	}
	if errs != 1 {
		t.Errorf("a failing reader gave %d errors, want 1", errs)
	}
}

// FuzzJSONDocuments splits arbitrary input into JSON documents. It must
// never panic nor loop; each document must be the input's bytes where it
// says, and between the documents only white space may be left out.
func FuzzJSONDocuments(f *testing.F) {
	f.Add([]byte(mustReadF(f, "testdata/valid.json")))
	f.Add([]byte("{\"a\":\"}\\\"\"}\n{}\n[1,2]\nx y"))
	f.Add([]byte("\"\\"))
	f.Fuzz(func(t *testing.T, in []byte) {
		var joined []byte
		for d, err := range jsonDocuments(bytes.NewReader(in), 1<<20) {
			if err != nil {
				return
			}
			lines := bytes.Split(in, []byte("\n"))
			if d.line < 1 || d.line > len(lines) {
				t.Fatalf("line %d of %d", d.line, len(lines))
			}
			rest := bytes.Join(lines[d.line-1:], []byte("\n"))
			if !bytes.Contains(rest, d.data) {
				t.Fatalf("document %q is not in the input from line %d", d.data, d.line)
			}
			joined = append(joined, d.data...)
		}
		if !bytes.Equal(stripSpace(joined), stripSpace(in)) {
			t.Fatalf("documents %q do not make up the input %q", joined, in)
		}
	})
}

// stripSpace returns b without JSON's white space.
func stripSpace(b []byte) []byte {
	var out []byte
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			out = append(out, c)
		}
	}
	return out
}

func mustReadF(f *testing.F, name string) []byte {
	b, err := os.ReadFile(name)
	if err != nil {
		f.Fatal(err)
	}
	return b
}
