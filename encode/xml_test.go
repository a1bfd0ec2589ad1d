package encode_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
)

// TestXMLValueErrors checks that what XML 1.0 cannot carry is refused with
// its path, never changed, and that nothing is written.
func TestXMLValueErrors(t *testing.T) {
	for _, tc := range []struct {
		field string
		n     notice.Notice
		err   error
	}{
		{"title", notice.Notice{Title: "a\x00b"}, notice.ErrXMLChar},
		{"summary", notice.Notice{Summary: "\x1b[0m"}, notice.ErrXMLChar},
		{"keywords[2]", notice.Notice{Keywords: []string{"a", "b", "\uffff"}}, notice.ErrXMLChar},
		{"body[0]", notice.Notice{Body: []string{"x\ufffe"}}, notice.ErrXMLChar},
		{"index_number.seq", notice.Notice{IndexNumber: &notice.IndexNumber{Seq: "\x01"}}, notice.ErrXMLChar},
		{"index_number.text", notice.Notice{IndexNumber: &notice.IndexNumber{Text: "\x02"}}, notice.ErrXMLChar},
		{"doc_number.issuer", notice.Notice{DocNumber: &notice.DocNumber{Issuer: "\xc0"}}, notice.ErrInvalidUTF8},
		{"attachments[1].url", notice.Notice{Attachments: []notice.Attachment{{}, {URL: "\x0b"}}}, notice.ErrXMLChar},
		{"attachments[0].name", notice.Notice{Attachments: []notice.Attachment{{Name: "\x0c"}}}, notice.ErrXMLChar},
		{"appendices[0].title", notice.Notice{Appendices: []notice.Appendix{{Title: "\x7f\x1f"}}}, notice.ErrXMLChar},
		{"extra[0].label", notice.Notice{Extra: []notice.Field{{Label: "\xff"}}}, notice.ErrInvalidUTF8},
		{"extra[0].value", notice.Notice{Extra: []notice.Field{{Value: "\x08"}}}, notice.ErrXMLChar},
		{"input.path", notice.Notice{Input: notice.Input{Path: "\x00"}}, notice.ErrXMLChar},
		{"input.problems[0].message", notice.Notice{Input: notice.Input{Problems: []notice.Problem{{Message: "\x00"}}}}, notice.ErrXMLChar},
		{"input.origins[0].label", notice.Notice{Input: notice.Input{Origins: []notice.Origin{{Label: "\x00"}}}}, notice.ErrXMLChar},
		{"abolished", notice.Notice{Abolished: &notice.Date{Year: -1}}, notice.ErrDate},
	} {
		t.Run(tc.field, func(t *testing.T) {
			got, err := encode.AppendXML([]byte("kept"), &tc.n)
			var ve *notice.EncodeError
			if !errors.As(err, &ve) || ve.Field != tc.field || !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want a ValueError for %s wrapping %v", err, tc.field, tc.err)
			}
			if string(got) != "kept" {
				t.Errorf("AppendXML returned %q, want dst unchanged", got)
			}
			var out bytes.Buffer
			if err := encode.XML(&out, &tc.n); !errors.Is(err, tc.err) || out.Len() != 0 {
				t.Errorf("XML: err = %v, wrote %d bytes", err, out.Len())
			}
		})
	}
}

// TestXMLWriter checks the <notices> document: empty, a refused record in
// the middle, and writing after Close.
func TestXMLWriter(t *testing.T) {
	var out bytes.Buffer
	w := encode.NewXMLWriter(&out)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if want := "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<notices>\n</notices>\n"; out.String() != want {
		t.Errorf("empty document = %q, want %q", out.String(), want)
	}
	if got, err := readXML(&out); err != nil || len(got) != 0 {
		t.Errorf("reading the empty document: %v, %v", got, err)
	}

	out.Reset()
	w = encode.NewXMLWriter(&out)
	a, b := &notice.Notice{Title: "a"}, &notice.Notice{Title: "b"}
	if err := w.Write(a); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(&notice.Notice{Title: "\x00"}); !errors.Is(err, notice.ErrXMLChar) {
		t.Fatalf("Write of a bad record: err = %v, want ErrXMLChar", err)
	}
	if err := w.Write(b); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.Write(a); err == nil {
		t.Error("Write after Close: no error")
	}
	if err := w.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	got, err := readXML(&out)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]*notice.Notice{a, b}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestDecodeXMLErrors checks what each kind of bad document is reported as.
func TestDecodeXMLErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		err      error
		field    string
	}{
		{"empty", ``, notice.ErrMalformed, ""},
		{"wrong root", `<record/>`, notice.ErrMalformed, ""},
		{"many records", `<notices><notice/></notices>`, notice.ErrMalformed, ""},
		{"second root", `<notice/><notice/>`, notice.ErrMalformed, ""},
		{"text after root", `<notice/>x`, notice.ErrMalformed, ""},
		{"not well-formed", `<notice><title>a</notice>`, notice.ErrMalformed, "title"},
		{"unclosed", `<notice><title>a</title>`, notice.ErrMalformed, ""},
		{"illegal character reference", `<notice><title>&#x1;</title></notice>`, notice.ErrMalformed, "title"},
		{"unknown element", `<notice><titel>a</titel></notice>`, notice.ErrUnknownField, ""},
		{"unknown attribute", `<notice><title lang="zh">a</title></notice>`, notice.ErrUnknownField, "title"},
		{"attribute on root", `<notice id="1"/>`, notice.ErrUnknownField, ""},
		{"duplicate element", `<notice><title>a</title><title>b</title></notice>`, notice.ErrDuplicateField, ""},
		{"element in a value", `<notice><title>a<b>b</b></title></notice>`, notice.ErrUnknownField, "title"},
		{"text in a list", `<notice><body>a<p>b</p></body></notice>`, notice.ErrMalformed, "body"},
		{"ideographic space between elements", "<notice>\u3000<title>a</title></notice>", notice.ErrMalformed, ""},
		{"no-break space in a list", "<notice><body><p>a</p>\u00a0</body></notice>", notice.ErrMalformed, "body"},
		{"no-break space after root", "<notice/>\u00a0", notice.ErrMalformed, ""},
		{"wrong item", `<notice><body><p>a</p><keyword>b</keyword></body></notice>`, notice.ErrUnknownField, "body[1]"},
		{"bad year", `<notice><index_number year="二〇二五">x</index_number></notice>`, notice.ErrType, "index_number.year"},
		{"bad count", `<notice><input><pinyin_annotations>many</pinyin_annotations></input></notice>`, notice.ErrType, "input.pinyin_annotations"},
		{"bad date", `<notice><signed>2025-11-19 </signed></notice>`, notice.ErrDate, "signed"},
		{"nested bad date", `<notice><appendices><appendix><title>a</title><body><p/><x/></body></appendix></appendices></notice>`, notice.ErrUnknownField, "appendices[0].body[1]"},
		{"namespaced element", `<notice xmlns="urn:x"><title>a</title></notice>`, notice.ErrMalformed, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := encode.DecodeXML(strings.NewReader(tc.in))
			var de *notice.DecodeError
			if !errors.As(err, &de) || !errors.Is(err, tc.err) || de.Field != tc.field {
				t.Fatalf("err = %v, want a DecodeError at field %q wrapping %v", err, tc.field, tc.err)
			}
			if de.Offset < 0 || de.Offset > int64(len(tc.in)) {
				t.Errorf("offset %d outside the input", de.Offset)
			}
		})
	}
}

// TestDecodeXMLLayout checks that layout does not matter and text is kept
// exactly, however it is written.
func TestDecodeXMLLayout(t *testing.T) {
	want := &notice.Notice{
		IndexNumber: &notice.IndexNumber{Text: " 1/2 ", Org: "a\tb\nc", Year: 2025},
		Title:       "  a\r\nb<c>&\"' ",
		Body:        []string{"", " p "},
		Extra:       []notice.Field{{Label: "x y", Value: "z"}},
	}
	for _, in := range []string{
		"<notice><index_number org=\"a&#x9;b&#xA;c\" year=\"2025\"> 1/2 </index_number><title>  a&#xD;\nb&lt;c&gt;&amp;\"' </title><body><p/><p> p </p></body><extra><field label=\"x y\">z</field></extra></notice>",
		`<?xml version="1.0"?>
<!-- a comment -->
<notice xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="notice.xsd">
	<extra> <field label='x y'>z</field> </extra>
	<title>  a&#13;
b<![CDATA[<c>&]]>"'<!-- split --> </title>
	<body>
		<p></p>
		<p> p </p>
	</body>
	<index_number seq="" year=" 2025 " org="a&#9;b&#10;c"> 1/2 </index_number>
</notice>
<?pi after?>
`,
	} {
		got, err := encode.DecodeXML(strings.NewReader(in))
		if err != nil {
			t.Fatalf("%v\n%s", err, in)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("(-want +got):\n%s\n%s", diff, in)
		}
	}
}

// TestXMLReaderGoesOn checks that a record that does not decode gives an
// error and the next record is still read, while a syntax error ends the
// reading.
func TestXMLReaderGoesOn(t *testing.T) {
	in := `<notices>
  <notice><title>1</title></notice>
  <notice><title>2</title><bogus><deep/></bogus><title>ignored</title></notice>
  <unknown/>
  <notice><title>3</title></notice>
  <notice><title>4</title></oops>
  <notice><title>5</title></notice>
</notices>`
	var titles []string
	var errs []error
	for n, err := range encode.NewXMLReader(strings.NewReader(in)).All() {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		titles = append(titles, n.Title)
	}
	if diff := cmp.Diff([]string{"1", "3"}, titles); diff != "" {
		t.Errorf("titles (-want +got):\n%s", diff)
	}
	if len(errs) != 3 || !errors.Is(errs[0], notice.ErrUnknownField) || !errors.Is(errs[1], notice.ErrUnknownField) || !errors.Is(errs[2], notice.ErrMalformed) {
		t.Errorf("errors = %v, want two ErrUnknownField and an ErrSyntax", errs)
	}

	x := encode.NewXMLReader(strings.NewReader(`<notice><title>a</title></notice>`))
	if n, err := x.Read(); err != nil || n.Title != "a" {
		t.Fatalf("Read = %v, %v", n, err)
	}
	if _, err := x.Read(); err != io.EOF {
		t.Errorf("Read after the only record: err = %v, want io.EOF", err)
	}
}

// TestXMLMatchesEncodingXML checks that encoding/xml reads the output to
// the same values.
func TestXMLMatchesEncodingXML(t *testing.T) {
	n := taihuRecord()
	b, err := encode.AppendXML(nil, n)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		IndexNumber struct {
			Text  string `xml:",chardata"`
			Month int    `xml:"month,attr"`
		} `xml:"index_number"`
		CC    []string `xml:"cc>recipient"`
		Extra []struct {
			Label string `xml:"label,attr"`
			Value string `xml:",chardata"`
		} `xml:"extra>field"`
	}
	if err := xml.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if got.IndexNumber.Text != n.IndexNumber.Text || got.IndexNumber.Month != 1 ||
		!cmp.Equal(got.CC, n.CC) || len(got.Extra) != 2 || got.Extra[1].Label != "发文日期" {
		t.Errorf("encoding/xml reads %+v", got)
	}
}
