package encode_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
)

// TestStdlibAgrees writes random records with encoding/json and
// encoding/xml and with this package, and reads each output with the other
// path: the records come back equal whichever path wrote and whichever
// read, JSON bytes are equal (json.Marshal only escapes <, > and & on
// top), and a record one path refuses the other refuses for the same field
// and reason.
func TestStdlibAgrees(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	const count = 600 // each goes through eight paths; TestRoundTripProperty runs 1500 through encode's
	var xmlRefused, jsonRefused int
	for i := range count {
		n := randomRecord(r)
		switch r.IntN(40) { // values JSON cannot carry, now and then
		case 0:
			n.Title += "\xff"
		case 1:
			n.Signed = &notice.Date{Year: 10000, Month: 1, Day: 1}
		}

		// JSON.
		ours, err := encode.AppendJSON(nil, n)
		std, stdErr := json.Marshal(n)
		if err != nil || stdErr != nil {
			jsonRefused++
			if !sameRefusal(err, stdErr) {
				t.Fatalf("record %d: AppendJSON: %v; json.Marshal: %v", i, err, stdErr)
			}
		} else {
			var escaped bytes.Buffer
			json.HTMLEscape(&escaped, ours)
			if !bytes.Equal(std, escaped.Bytes()) {
				t.Fatalf("record %d: json.Marshal =\n%s\nAppendJSON, HTML-escaped =\n%s", i, std, escaped.Bytes())
			}
			var indented, stdIndented bytes.Buffer
			if err := encode.JSON(&indented, n); err != nil {
				t.Fatal(err)
			}
			enc := json.NewEncoder(&stdIndented)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(n); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(indented.Bytes(), stdIndented.Bytes()) {
				t.Fatalf("record %d: encode.JSON and json.Encoder with the same indentation differ", i)
			}
			var fromStd notice.Notice
			if err := json.Unmarshal(ours, &fromStd); err != nil {
				t.Fatalf("record %d: json.Unmarshal of AppendJSON: %v", i, err)
			}
			fromOurs, err := encode.DecodeJSON(bytes.NewReader(std))
			if err != nil {
				t.Fatalf("record %d: DecodeJSON of json.Marshal: %v", i, err)
			}
			if diff := cmp.Diff(n, &fromStd); diff != "" {
				t.Fatalf("record %d: json.Unmarshal (-want +got):\n%s", i, diff)
			}
			if diff := cmp.Diff(n, fromOurs); diff != "" {
				t.Fatalf("record %d: DecodeJSON (-want +got):\n%s", i, diff)
			}
		}

		// XML.
		ours, err = encode.AppendXML(nil, n)
		std, stdErr = xml.Marshal(n)
		if err != nil || stdErr != nil {
			xmlRefused++
			if !sameRefusal(err, stdErr) {
				t.Fatalf("record %d: AppendXML: %v; xml.Marshal: %v", i, err, stdErr)
			}
			continue
		}
		var fromStd notice.Notice
		if err := xml.Unmarshal(ours, &fromStd); err != nil {
			t.Fatalf("record %d: xml.Unmarshal of AppendXML: %v\n%s", i, err, ours)
		}
		fromOurs, err := encode.DecodeXML(bytes.NewReader(std))
		if err != nil {
			t.Fatalf("record %d: DecodeXML of xml.Marshal: %v\n%s", i, err, std)
		}
		if diff := cmp.Diff(n, &fromStd); diff != "" {
			t.Fatalf("record %d: xml.Unmarshal (-want +got):\n%s", i, diff)
		}
		if diff := cmp.Diff(n, fromOurs); diff != "" {
			t.Fatalf("record %d: DecodeXML (-want +got):\n%s", i, diff)
		}
	}
	if jsonRefused == 0 || jsonRefused > count/10 || xmlRefused <= jsonRefused || xmlRefused > count/2 {
		t.Fatalf("JSON refused %d and XML %d of %d records: the generator is off", jsonRefused, xmlRefused, count)
	}
}

// sameRefusal reports whether both errors are EncodeErrors naming the same
// field for the same reason.
func sameRefusal(a, b error) bool {
	var ea, eb *notice.EncodeError
	if !errors.As(a, &ea) || !errors.As(b, &eb) || ea.Field != eb.Field {
		return false
	}
	for _, sentinel := range []error{notice.ErrInvalidUTF8, notice.ErrXMLChar, notice.ErrDate} {
		if errors.Is(a, sentinel) != errors.Is(b, sentinel) {
			return false
		}
	}
	return true
}

// TestZeroDateEverywhere checks that the zero Date, which stands for no
// date, is written 0000-00-00 by every form and read back as itself.
func TestZeroDateEverywhere(t *testing.T) {
	n := &notice.Notice{Created: &notice.Date{}, Signers: []string{"某局"}, Signed: &notice.Date{}}
	j, err := encode.AppendJSON(nil, n)
	if err != nil || !bytes.Contains(j, []byte(`"created":"0000-00-00"`)) {
		t.Fatalf("AppendJSON = %s, %v", j, err)
	}
	x, err := encode.AppendXML(nil, n)
	if err != nil || !bytes.Contains(x, []byte(`<created>0000-00-00</created>`)) {
		t.Fatalf("AppendXML = %s, %v", x, err)
	}
	var text bytes.Buffer
	if err := encode.Text(&text, n); err != nil || text.String() != "| 生成日期： | 0000-00-00 |\n\n某局\n0000-00-00\n" {
		t.Fatalf("Text = %q, %v", text.String(), err)
	}
	std, err := json.Marshal(n)
	if err != nil || !bytes.Equal(std, j) {
		t.Fatalf("json.Marshal = %s, %v", std, err)
	}
	for name, read := range map[string]func() (*notice.Notice, error){
		"DecodeJSON": func() (*notice.Notice, error) { return encode.DecodeJSON(bytes.NewReader(j)) },
		"DecodeXML":  func() (*notice.Notice, error) { return encode.DecodeXML(bytes.NewReader(x)) },
		"json.Unmarshal": func() (*notice.Notice, error) {
			var got notice.Notice
			return &got, json.Unmarshal(j, &got)
		},
		"xml.Unmarshal": func() (*notice.Notice, error) {
			var got notice.Notice
			return &got, xml.Unmarshal(x, &got)
		},
	} {
		got, err := read()
		if err != nil || got.Created == nil || !got.Created.IsZero() || got.Signed == nil || !got.Signed.IsZero() {
			t.Errorf("%s: %+v, %v; want the zero Date", name, got, err)
		}
	}
	var d struct{ D notice.Date }
	if err := json.Unmarshal([]byte(`{"D":"0000-00-00"}`), &d); err != nil || !d.D.IsZero() {
		t.Errorf("a Date alone: %v, %v", d, err)
	}
}
