package notice_test

import (
	"encoding/xml"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/notice"
)

// TestMarshalXML checks that encoding/xml writes the record's XML form and
// reads it back to the record, with text kept exactly.
func TestMarshalXML(t *testing.T) {
	n := sampleRecord()
	n.Summary = "  两端有空格\r\n第二行\t\"引号\" 'apos' ]]> &amp; "
	n.Extra = append(n.Extra, notice.Field{Value: "没有标签"}, notice.Field{Label: "换\n行", Value: "\r"})
	data, err := xml.Marshal(n)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`<notice><index_number org="003129766" year="2019" month="1" seq="00336">003129766/201901-00336</index_number>`,
		`<keywords><keyword>规则</keyword><keyword>通知</keyword></keywords>`,
		`<attachment url="http://example.gov.cn/1.pdf">附件1.pdf</attachment><attachment>附件2</attachment>`,
		`<problem field="created" rule="duplicate" severity="warning" line="4" column="9">m</problem>`,
		`<field label="">没有标签</field>`,
	} {
		if !strings.Contains(string(data), want) {
			t.Errorf("xml.Marshal lacks %s:\n%s", want, data)
		}
	}
	var got notice.Notice
	if err := xml.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(n, &got); diff != "" {
		t.Errorf("xml.Unmarshal (-want +got):\n%s", diff)
	}

	// In a struct of the caller's, a field's tag names the element.
	holder := struct {
		XMLName xml.Name        `xml:"records"`
		Records []notice.Notice `xml:"record"`
	}{Records: []notice.Notice{*n, {Title: "二"}}}
	data, err = xml.MarshalIndent(holder, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "<record>\n    <index_number") || !strings.Contains(string(data), "<record>\n    <title>二</title>\n  </record>") {
		t.Errorf("xml.MarshalIndent of a holder:\n%s", data)
	}
	holder.Records = nil
	if err := xml.Unmarshal(data, &holder); err != nil {
		t.Fatal(err)
	}
	if len(holder.Records) != 2 || holder.Records[1].Title != "二" || cmp.Diff(n, &holder.Records[0]) != "" {
		t.Errorf("reading the holder back: %+v", holder.Records)
	}
}

// TestMarshalXMLRefuses checks that a character XML cannot carry is an
// error naming its field, and not a U+FFFD in its place.
func TestMarshalXMLRefuses(t *testing.T) {
	for _, tc := range []struct {
		field string
		n     notice.Notice
		err   error
	}{
		{"title", notice.Notice{Title: "a\x00b"}, notice.ErrXMLChar},
		{"keywords[1]", notice.Notice{Keywords: []string{"a", "\uffff"}}, notice.ErrXMLChar},
		{"index_number.org", notice.Notice{IndexNumber: &notice.IndexNumber{Org: "\x01"}}, notice.ErrXMLChar},
		{"index_number.text", notice.Notice{IndexNumber: &notice.IndexNumber{Text: "\xff"}}, notice.ErrInvalidUTF8},
		{"extra[0].label", notice.Notice{Extra: []notice.Field{{Label: "\x1b"}}}, notice.ErrXMLChar},
		{"input.origins[0].text", notice.Notice{Input: notice.Input{Origins: []notice.Origin{{Text: "\x08"}}}}, notice.ErrXMLChar},
		{"created", notice.Notice{Created: &notice.Date{Year: -1}}, notice.ErrDate},
	} {
		data, err := xml.Marshal(tc.n)
		var ee *notice.EncodeError
		if !errors.As(err, &ee) || ee.Field != tc.field || !errors.Is(err, tc.err) {
			t.Errorf("%s: err = %v, want an EncodeError for it wrapping %v", tc.field, err, tc.err)
		}
		if len(data) != 0 {
			t.Errorf("%s: wrote %q", tc.field, data)
		}
	}
}

// TestUnmarshalXMLRefuses checks that what the XML form does not allow is an
// error, and that the record is left as it was.
func TestUnmarshalXMLRefuses(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		err      error
		field    string
	}{
		{"unknown element", `<notice><titel>a</titel></notice>`, notice.ErrUnknownField, ""},
		{"Go field name", `<notice><IndexNumber>a</IndexNumber></notice>`, notice.ErrUnknownField, ""},
		{"unknown attribute", `<notice><title lang="zh">a</title></notice>`, notice.ErrUnknownField, "title"},
		{"duplicate element", `<notice><title>a</title><title>b</title></notice>`, notice.ErrDuplicateField, ""},
		{"bad year", `<notice><doc_number year="x">a</doc_number></notice>`, notice.ErrType, "doc_number.year"},
		{"bad date", `<notice><created>2025年1月1日</created></notice>`, notice.ErrDate, "created"},
		{"bad severity", `<notice><input><problems><problem severity="fatal"/></problems></input></notice>`, notice.ErrType, "input.problems[0].severity"},
		{"no severity", `<notice><input><problems><problem field="x"/></problems></input></notice>`, notice.ErrMissingField, "input.problems[0]"},
		{"wrong item", `<notice><body><p>a</p><keyword>b</keyword></body></notice>`, notice.ErrUnknownField, "body[1]"},
		{"text between elements", `<notice>x<title>a</title></notice>`, notice.ErrMalformed, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := notice.Notice{Title: "before"}
			err := xml.Unmarshal([]byte(tc.in), &got)
			var de *notice.DecodeError
			if !errors.As(err, &de) || !errors.Is(err, tc.err) || de.Field != tc.field {
				t.Fatalf("err = %v, want a DecodeError at %q wrapping %v", err, tc.field, tc.err)
			}
			if de.Offset < 0 || de.Offset > int64(len(tc.in)) {
				t.Errorf("offset %d outside the input", de.Offset)
			}
			if got.Title != "before" {
				t.Errorf("a failed Unmarshal changed the record: %+v", got)
			}
		})
	}
}

// FuzzUnmarshalXML feeds arbitrary bytes to xml.Unmarshal into a Notice: no
// panic, our errors within the input, and what reads writes back to XML
// that reads again to the same record.
func FuzzUnmarshalXML(f *testing.F) {
	data, err := xml.Marshal(sampleRecord())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(`<notice><title>a&#xD;<![CDATA[<b>]]><!-- c --></title><x/></notice>`))
	f.Add([]byte(`<notice><input><problems><problem severity="error" line=" 1 ">m</problem></problems></input></notice>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var n notice.Notice
		if err := xml.Unmarshal(data, &n); err != nil {
			var de *notice.DecodeError
			if errors.As(err, &de) && (de.Offset < 0 || de.Offset > int64(len(data))) {
				t.Fatalf("error %v is outside the input", err)
			}
			return
		}
		again, err := xml.Marshal(n)
		if err != nil {
			t.Fatalf("a record read does not write: %v", err)
		}
		var n2 notice.Notice
		if err := xml.Unmarshal(again, &n2); err != nil {
			t.Fatalf("%v\n%s", err, again)
		}
		if diff := cmp.Diff(n, n2); diff != "" {
			t.Fatalf("(-first +second):\n%s", diff)
		}
	})
}
