package notice_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/notice"
)

// sampleRecord has a value of every kind, and strings that encoding/json
// escapes on its own (<, >, &).
func sampleRecord() *notice.Notice {
	return &notice.Notice{
		IndexNumber: &notice.IndexNumber{Text: "003129766/201901-00336", Org: "003129766", Year: 2019, Month: 1, Seq: "00336"},
		Title:       "关于<印发>《工作规则》的通知 & 附件",
		DocNumber:   &notice.DocNumber{Text: "国令第672号", Issuer: "国令", Seq: "672"},
		Publisher:   "太湖县人民政府办公室",
		Created:     &notice.Date{Year: 2019, Month: 1, Day: 23},
		Published:   &notice.Date{Year: 2019, Month: 1, Day: 24, HasTime: true, Hour: 9, Minute: 30},
		Keywords:    []string{"规则", "通知"},
		Link:        "http://example.gov.cn/a?b=1&c=2",
		Attachments: []notice.Attachment{{Name: "附件1.pdf", URL: "http://example.gov.cn/1.pdf"}, {Name: "附件2"}},
		Body:        []string{"第一段\u2028", "第二段"},
		Appendices:  []notice.Appendix{{Title: "工作规则", Body: []string{"第一章"}}, {}},
		Extra:       []notice.Field{{Label: "信息分类", Value: "通知"}},
		Input: notice.Input{
			Path: "pages/a.txt", Charset: "gb18030", Script: notice.ScriptTraditional, PinyinAnnotations: 3,
			Layout:   notice.LayoutLabelLines,
			Problems: []notice.Problem{{Field: "created", Rule: notice.RuleDuplicate, Severity: notice.SeverityWarning, Line: 4, Column: 9, Message: "m"}},
			Origins:  []notice.Origin{{Field: "title", From: notice.FromHeader, Label: "标题", Text: "t", Line: 1, Column: 1}},
		},
	}
}

// TestMarshalJSONIsTheRecordForm checks that encoding/json writes the
// record's own form: the bytes of AppendJSON, which only its HTML escaping
// changes.
func TestMarshalJSONIsTheRecordForm(t *testing.T) {
	n := sampleRecord()
	want, err := n.AppendJSON(nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(want, []byte(`{"index_number":{"text":"003129766/201901-00336","org":"003129766","year":2019,"month":1,"seq":"00336"},"title":`)) {
		t.Fatalf("AppendJSON = %s", want)
	}
	var escaped bytes.Buffer
	json.HTMLEscape(&escaped, want)
	for name, v := range map[string]any{"value": *n, "pointer": n} {
		got, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, escaped.Bytes()) {
			t.Errorf("json.Marshal(%s) =\n%s\nwant\n%s", name, got, escaped.Bytes())
		}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(n); err != nil {
		t.Fatal(err)
	}
	if got := bytes.TrimSuffix(buf.Bytes(), []byte("\n")); !bytes.Equal(got, want) {
		t.Errorf("Encoder without HTML escaping =\n%s\nwant\n%s", got, want)
	}

	// Inside a struct of the caller's, as a value and as a pointer.
	holder := struct {
		A notice.Notice
		B *notice.Notice
		C *notice.Notice
	}{A: *n, B: n}
	got, err := json.Marshal(holder)
	if err != nil {
		t.Fatal(err)
	}
	wantHolder := `{"A":` + escaped.String() + `,"B":` + escaped.String() + `,"C":null}`
	if string(got) != wantHolder {
		t.Errorf("json.Marshal of a holder =\n%s\nwant\n%s", got, wantHolder)
	}
}

// TestUnmarshalJSON checks that encoding/json reads the record's form back
// to the record, and refuses what the form does not allow instead of
// dropping it.
func TestUnmarshalJSON(t *testing.T) {
	n := sampleRecord()
	data, err := json.Marshal(n)
	if err != nil {
		t.Fatal(err)
	}
	var got notice.Notice
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(n, &got); diff != "" {
		t.Errorf("json.Unmarshal (-want +got):\n%s", diff)
	}

	// null leaves the record as it was, as encoding/json's conventions ask.
	if err := json.Unmarshal([]byte("null"), &got); err != nil || got.Title != n.Title {
		t.Errorf("json.Unmarshal(null) = %v, title %q", err, got.Title)
	}

	doc := string(data)
	for _, tc := range []struct {
		name, in string
		err      error
		field    string
	}{
		{"unknown key", strings.Replace(doc, `"title":`, `"titel":"x","title":`, 1), notice.ErrUnknownField, ""},
		{"Go field names", `{"IndexNumber":{"Text":"x"}}`, notice.ErrUnknownField, ""},
		{"missing key", strings.Replace(doc, `"source":"",`, "", 1), notice.ErrMissingField, ""},
		{"duplicate key", strings.Replace(doc, `"source":""`, `"source":"","source":""`, 1), notice.ErrDuplicateField, ""},
		{"index number as a string", strings.Replace(doc, `"doc_number":{"text":"国令第672号","issuer":"国令","seq":"672"}`, `"doc_number":"国令第672号"`, 1), notice.ErrType, "doc_number"},
		{"date in another form", strings.Replace(doc, `"2019-01-23"`, `"2019年1月23日"`, 1), notice.ErrDate, "created"},
		{"bad severity", strings.Replace(doc, `"severity":"warning"`, `"severity":"fatal"`, 1), notice.ErrType, "input.problems[0].severity"},
		{"missing problem key", strings.Replace(doc, `,"message":"m"`, "", 1), notice.ErrMissingField, "input.problems[0]"},
		{"invalid UTF-8", strings.Replace(doc, `"pages/a.txt"`, "\"\xff\"", 1), notice.ErrInvalidUTF8, "input.path"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.in == doc {
				t.Fatal("the edit changed nothing")
			}
			before := *sampleRecord()
			got := before
			err := json.Unmarshal([]byte(tc.in), &got)
			var de *notice.DecodeError
			if !errors.As(err, &de) || !errors.Is(err, tc.err) || de.Field != tc.field {
				t.Fatalf("err = %v, want a DecodeError at %q wrapping %v", err, tc.field, tc.err)
			}
			if diff := cmp.Diff(&before, &got); diff != "" {
				t.Errorf("a failed Unmarshal changed the record (-before +after):\n%s", diff)
			}
		})
	}
}

// TestMarshalJSONRefuses checks that a value JSON cannot carry is an error
// that names it, through encoding/json's wrapping.
func TestMarshalJSONRefuses(t *testing.T) {
	for _, tc := range []struct {
		field string
		n     notice.Notice
		err   error
	}{
		{"title", notice.Notice{Title: "a\xffb"}, notice.ErrInvalidUTF8},
		{"index_number.org", notice.Notice{IndexNumber: &notice.IndexNumber{Org: "\xff"}}, notice.ErrInvalidUTF8},
		{"appendices[1].body[0]", notice.Notice{Appendices: []notice.Appendix{{}, {Body: []string{"\xff"}}}}, notice.ErrInvalidUTF8},
		{"signed", notice.Notice{Signed: &notice.Date{Year: 10000}}, notice.ErrDate},
		{"input.problems[0].severity", notice.Notice{Input: notice.Input{Problems: []notice.Problem{{Severity: 7}}}}, notice.ErrRange},
	} {
		_, err := json.Marshal(tc.n)
		var ee *notice.EncodeError
		if !errors.As(err, &ee) || ee.Field != tc.field || !errors.Is(err, tc.err) {
			t.Errorf("%s: err = %v, want an EncodeError for it wrapping %v", tc.field, err, tc.err)
		}
		if b, err := tc.n.AppendJSON([]byte("kept")); err == nil || string(b) != "kept" {
			t.Errorf("%s: AppendJSON = %q, %v; want the buffer unchanged and an error", tc.field, b, err)
		}
	}
	var nilRecord *notice.Notice
	if b, err := nilRecord.AppendJSON(nil); string(b) != "null" || err != nil {
		t.Errorf("AppendJSON of nil = %q, %v; want null as json.Marshal writes", b, err)
	}
}

// FuzzUnmarshalJSON feeds arbitrary bytes to json.Unmarshal into a Notice:
// no panic, an error encoding/json's or a DecodeError within the input, and
// what reads writes back to bytes that read again to the same record.
func FuzzUnmarshalJSON(f *testing.F) {
	data, err := json.Marshal(sampleRecord())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(`null`))
	f.Add([]byte(`{"title":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var n notice.Notice
		if err := json.Unmarshal(data, &n); err != nil {
			var de *notice.DecodeError
			var se *json.SyntaxError
			if errors.As(err, &de) && (de.Offset < 0 || de.Offset > int64(len(data))) || !errors.As(err, &de) && !errors.As(err, &se) {
				t.Fatalf("error %v is neither a DecodeError within the input nor a json.SyntaxError", err)
			}
			return
		}
		again, err := json.Marshal(n)
		if err != nil {
			t.Fatalf("a record read does not write: %v", err)
		}
		var n2 notice.Notice
		if err := json.Unmarshal(again, &n2); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(n, n2); diff != "" {
			t.Fatalf("(-first +second):\n%s", diff)
		}
	})
}
