package encode_test

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

func compileJSONSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(encode.JSONSchema))
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
	return s
}

func validateJSON(s *jsonschema.Schema, data []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return s.Validate(inst)
}

// TestJSONSchemaGoldens validates every JSON and JSON Lines golden file
// against the JSON Schema.
func TestJSONSchemaGoldens(t *testing.T) {
	s := compileJSONSchema(t)
	files, _ := filepath.Glob(filepath.Join(goldenDir, "*.json"))
	if len(files) == 0 {
		t.Fatal("no golden JSON files")
	}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := validateJSON(s, data); err != nil {
			t.Errorf("%s: %v", path, err)
		}
	}
	f, err := os.Open(filepath.Join(goldenDir, "all.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for line := 1; sc.Scan(); line++ {
		if err := validateJSON(s, sc.Bytes()); err != nil {
			t.Errorf("all.jsonl:%d: %v", line, err)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// TestJSONSchemaAgreesWithDecoder changes a valid record in ways the schema
// accepts or rejects, and checks that DecodeJSON agrees.
func TestJSONSchemaAgreesWithDecoder(t *testing.T) {
	s := compileJSONSchema(t)
	valid, err := encode.AppendJSON(nil, guobanhanRecord())
	if err != nil {
		t.Fatal(err)
	}
	const title = `"title":"国务院办公厅关于印发《政府网站集约化试点工作方案》的通知",`
	for _, tc := range []struct {
		name string
		edit func(string) string
		ok   bool
	}{
		{"unchanged", replace("", ""), true},
		{"keys reordered", func(doc string) string {
			return strings.Replace(doc, title, "", 1)[:len(doc)-len(title)-1] + "," + strings.TrimSuffix(title, ",") + "}"
		}, true},
		{"unknown key", replace(`"title":`, `"titel":"x","title":`), false},
		{"missing key", replace(`"source":"",`, ``), false},
		{"null string", replace(`"source":""`, `"source":null`), false},
		{"number for string", replace(`"source":""`, `"source":1`), false},
		{"null list", replace(`"keywords":[]`, `"keywords":null`), false},
		{"fraction year", replace(`"year":2018,"seq":"71"`, `"year":2018.5,"seq":"71"`), false},
		{"zero year written", replace(`"year":2018,"seq":"71"`, `"year":0,"seq":"71"`), true},
		{"index number text only", replace(`{"text":"000014349/2018-00204","org":"000014349","year":2018,"seq":"00204"}`, `{"text":"000014349/2018-00204"}`), true},
		{"index number without text", replace(`{"text":"000014349/2018-00204","org":"000014349",`, `{"org":"000014349",`), false},
		{"month on a doc number", replace(`"year":2018,"seq":"71"`, `"year":2018,"month":1,"seq":"71"`), false},
		{"date with time", replace(`"created":"2018-10-27"`, `"created":"2018-10-27T08:30:00+08:00"`), true},
		{"date with another zone", replace(`"created":"2018-10-27"`, `"created":"2018-10-27T08:30:00Z"`), false},
		{"date in Chinese", replace(`"created":"2018-10-27"`, `"created":"2018年10月27日"`), false},
		{"attachment without url", replace(`"attachments":[]`, `"attachments":[{"name":"a"}]`), false},
		{"attachment", replace(`"attachments":[]`, `"attachments":[{"name":"a","url":""}]`), true},
		{"escaped text", replace(`"source":""`, `"source":"\u0001\ud83d\ude00\/"`), true},
		{"pinyin_annotations string", replace(`"pinyin_annotations":0`, `"pinyin_annotations":"0"`), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := tc.edit(string(valid))
			if doc == string(valid) && tc.name != "unchanged" {
				t.Fatal("edit changed nothing")
			}
			schemaErr := validateJSON(s, []byte(doc))
			_, decodeErr := encode.DecodeJSON(strings.NewReader(doc))
			if (schemaErr == nil) != tc.ok || (decodeErr == nil) != tc.ok {
				t.Errorf("want valid = %v; schema: %v; decoder: %v\n%s", tc.ok, schemaErr, decodeErr, doc)
			}
		})
	}
}

// replace returns an edit that replaces the first old with new.
func replace(old, new string) func(string) string {
	return func(s string) string { return strings.Replace(s, old, new, 1) }
}

// TestXSDGoldens validates every XML golden file against the XSD with
// xmllint.
func TestXSDGoldens(t *testing.T) {
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Skip("xmllint not installed (Debian: libxml2-utils):", err)
	}
	xsd := filepath.Join(t.TempDir(), "notice.xsd")
	if err := os.WriteFile(xsd, encode.XSD, 0o644); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(goldenDir, "*.xml"))
	if len(files) == 0 {
		t.Fatal("no golden XML files")
	}
	bad := filepath.Join(t.TempDir(), "bad.xml")
	badXML := `<notice><created>2018年10月27日</created><title>a</title></notice>`
	if err := os.WriteFile(bad, []byte(badXML), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range append(files, bad) {
		out, err := exec.Command(xmllint, "--noout", "--schema", xsd, path).CombinedOutput()
		if path == bad {
			// The schema must be able to fail, and agree with DecodeXML.
			var exit *exec.ExitError
			if !errors.As(err, &exit) {
				t.Errorf("xmllint accepts %s (err %v)", badXML, err)
			}
			if _, err := encode.DecodeXML(strings.NewReader(badXML)); !errors.Is(err, notice.ErrDate) {
				t.Errorf("DecodeXML(%s): err = %v, want ErrDate", badXML, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v\n%s", path, err, out)
		}
	}
}
