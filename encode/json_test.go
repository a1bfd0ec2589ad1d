package encode_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
)

// TestJSONStrings pins how strings are escaped: only what JSON needs, plus
// U+2028 and U+2029; Chinese, <, > and & as they are.
func TestJSONStrings(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", `""`},
		{"栖霞区", `"栖霞区"`},
		{`"\`, `"\"\\"`},
		{"\n\r\t", `"\n\r\t"`},
		{"\x00\x01\x1f\x7f", `"\u0000\u0001\u001f` + "\x7f" + `"`},
		{"<a>&", `"<a>&"`},
		{"\u2028\u2029\u2027\u202a", `"\u2028\u2029` + "\u2027\u202a" + `"`},
		{"\xe2", ""}, // invalid: an error
		{"😀\ufffd", `"😀` + "\ufffd" + `"`},
	} {
		b, err := encode.AppendJSON(nil, &notice.Notice{Title: tc.in})
		if tc.want == "" {
			if !errors.Is(err, notice.ErrInvalidUTF8) {
				t.Errorf("%q: err = %v, want ErrInvalidUTF8", tc.in, err)
			}
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		got := string(b)
		got = got[strings.Index(got, `"title":`)+len(`"title":`) : strings.Index(got, `,"doc_number"`)]
		if got != tc.want {
			t.Errorf("%q: got %s, want %s", tc.in, got, tc.want)
		}
		var s string
		if err := json.Unmarshal([]byte(got), &s); err != nil || s != tc.in {
			t.Errorf("%q: encoding/json reads %s as %q, %v", tc.in, got, s, err)
		}
	}
}

// TestJSONValueErrors checks that a value JSON cannot carry is refused with
// its path, and that nothing is appended.
func TestJSONValueErrors(t *testing.T) {
	const bad = "a\xffb"
	for _, tc := range []struct {
		field string
		n     notice.Notice
		err   error
	}{
		{"title", notice.Notice{Title: bad}, notice.ErrInvalidUTF8},
		{"index_number.org", notice.Notice{IndexNumber: &notice.IndexNumber{Org: bad}}, notice.ErrInvalidUTF8},
		{"doc_number.text", notice.Notice{DocNumber: &notice.DocNumber{Text: bad}}, notice.ErrInvalidUTF8},
		{"keywords[1]", notice.Notice{Keywords: []string{"", bad}}, notice.ErrInvalidUTF8},
		{"attachments[0].url", notice.Notice{Attachments: []notice.Attachment{{URL: bad}}}, notice.ErrInvalidUTF8},
		{"appendices[1].body[0]", notice.Notice{Appendices: []notice.Appendix{{}, {Body: []string{bad}}}}, notice.ErrInvalidUTF8},
		{"extra[0].label", notice.Notice{Extra: []notice.Field{{Label: bad}}}, notice.ErrInvalidUTF8},
		{"input.problems[0].message", notice.Notice{Input: notice.Input{Problems: []notice.Problem{{Message: bad}}}}, notice.ErrInvalidUTF8},
		{"input.origins[0].text", notice.Notice{Input: notice.Input{Origins: []notice.Origin{{Text: bad}}}}, notice.ErrInvalidUTF8},
		{"created", notice.Notice{Created: &notice.Date{Year: 10000, Month: 1, Day: 1}}, notice.ErrDate},
		{"signed", notice.Notice{Signed: &notice.Date{Year: 2025, Month: -1, Day: 1}}, notice.ErrDate},
		{"published", notice.Notice{Published: &notice.Date{Year: 2025, Month: 1, Day: 1, Hour: 8}}, notice.ErrDate},
		{"effective", notice.Notice{Effective: &notice.Date{Year: 2025, Month: 1, Day: 1, HasTime: true, Second: 100}}, notice.ErrDate},
	} {
		t.Run(tc.field, func(t *testing.T) {
			dst := []byte("kept")
			got, err := encode.AppendJSON(dst, &tc.n)
			var ve *notice.EncodeError
			if !errors.As(err, &ve) || ve.Field != tc.field || !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want a ValueError for %s wrapping %v", err, tc.field, tc.err)
			}
			if string(got) != "kept" {
				t.Errorf("AppendJSON returned %q, want dst unchanged", got)
			}
			var out bytes.Buffer
			if err := encode.JSON(&out, &tc.n); !errors.Is(err, tc.err) || out.Len() != 0 {
				t.Errorf("JSON: err = %v, wrote %d bytes", err, out.Len())
			}
		})
	}
}

// TestDecodeJSONErrors checks what each kind of bad input is reported as.
func TestDecodeJSONErrors(t *testing.T) {
	valid, err := encode.AppendJSON(nil, &notice.Notice{})
	if err != nil {
		t.Fatal(err)
	}
	doc := string(valid)
	for _, tc := range []struct {
		name   string
		in     string
		err    error
		field  string
		offset int64 // -1: not checked
	}{
		{"empty", "", notice.ErrMalformed, "", 0},
		{"not an object", "[]", notice.ErrType, "", 0},
		{"trailing data", doc + "{}", notice.ErrMalformed, "", int64(len(doc))},
		{"unknown key", `{"x":1}`, notice.ErrUnknownField, "", 1},
		{"duplicate key", `{"title":"","title":""}`, notice.ErrDuplicateField, "", 12},
		{"missing key", `{"title":""}`, notice.ErrMissingField, "", 11},
		{"string for date", strings.Replace(doc, `"created":null`, `"created":"2025-1-1"`, 1), notice.ErrDate, "created", -1},
		{"number for string", strings.Replace(doc, `"title":""`, `"title":1`, 1), notice.ErrType, "title", 29},
		{"bad literal", strings.Replace(doc, `"title":""`, `"title":nul`, 1), notice.ErrMalformed, "title", 29},
		{"integer overflow", strings.Replace(doc, `"pinyin_annotations":0`, `"pinyin_annotations":99999999999999999999`, 1), notice.ErrType, "input.pinyin_annotations", -1},
		{"leading zero", strings.Replace(doc, `"pinyin_annotations":0`, `"pinyin_annotations":01`, 1), notice.ErrMalformed, "input.pinyin_annotations", -1},
		{"exponent", strings.Replace(doc, `"pinyin_annotations":0`, `"pinyin_annotations":1e3`, 1), notice.ErrType, "input.pinyin_annotations", -1},
		{"bad item", strings.Replace(doc, `"body":[]`, `"body":["a",2]`, 1), notice.ErrType, "body[1]", -1},
		{"bad nested item", strings.Replace(doc, `"appendices":[]`, `"appendices":[{"title":"","body":[true]}]`, 1), notice.ErrType, "appendices[0].body[0]", -1},
		{"missing nested key", strings.Replace(doc, `"extra":[]`, `"extra":[{"label":""}]`, 1), notice.ErrMissingField, "extra[0]", -1},
		{"invalid UTF-8", strings.Replace(doc, `"title":""`, "\"title\":\"\xff\"", 1), notice.ErrInvalidUTF8, "title", 30},
		{"lone surrogate", strings.Replace(doc, `"title":""`, `"title":"\ud800x"`, 1), notice.ErrInvalidUTF8, "title", 30},
		{"control character", strings.Replace(doc, `"title":""`, "\"title\":\"\n\"", 1), notice.ErrMalformed, "title", 30},
		{"bad escape", strings.Replace(doc, `"title":""`, `"title":"\x"`, 1), notice.ErrMalformed, "title", 30},
		{"unterminated", doc[:len(`{"index_number":null,"title":"`)], notice.ErrMalformed, "title", -1},
		{"truncated", doc[:len(doc)-1], notice.ErrMalformed, "", -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := encode.DecodeJSON(strings.NewReader(tc.in))
			var de *notice.DecodeError
			if !errors.As(err, &de) || !errors.Is(err, tc.err) || de.Field != tc.field {
				t.Fatalf("err = %v, want a DecodeError at field %q wrapping %v", err, tc.field, tc.err)
			}
			if tc.offset >= 0 && de.Offset != tc.offset {
				t.Errorf("offset = %d, want %d (%q)", de.Offset, tc.offset, tc.in[min(int(de.Offset), len(tc.in)):])
			}
		})
	}
}

// TestDecodeJSONLayout checks that white space, escapes and key order do
// not matter, and that empty lists come back nil.
func TestDecodeJSONLayout(t *testing.T) {
	want := taihuRecord()
	var indented bytes.Buffer
	if err := encode.JSON(&indented, want); err != nil {
		t.Fatal(err)
	}
	// encoding/json writes the same document with its own escaping (<>&
	// as \u003c…) and key order kept.
	var generic map[string]any
	if err := json.Unmarshal(indented.Bytes(), &generic); err != nil {
		t.Fatal(err)
	}
	sorted, err := json.Marshal(generic) // keys sorted: another order
	if err != nil {
		t.Fatal(err)
	}
	for name, in := range map[string][]byte{"indented": indented.Bytes(), "sorted keys": sorted} {
		got, err := encode.DecodeJSON(bytes.NewReader(in))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
	}
	got, err := encode.DecodeJSON(strings.NewReader(mustJSON(t, &notice.Notice{})))
	if err != nil {
		t.Fatal(err)
	}
	if got.Keywords != nil || got.Body != nil || got.Attachments != nil || got.Input.Problems != nil || got.Input.Origins != nil {
		t.Errorf("empty lists decode to non-nil slices: %#v", got)
	}
}

// TestJSONMatchesEncodingJSON checks that the hand-written encoder writes
// valid JSON that encoding/json reads to the same values.
func TestJSONMatchesEncodingJSON(t *testing.T) {
	for _, r := range testRecords() {
		b, err := encode.AppendJSON(nil, r.n)
		if err != nil {
			t.Fatal(err)
		}
		if !json.Valid(b) {
			t.Fatalf("%s: invalid JSON", r.name)
		}
		var got struct {
			Title string   `json:"title"`
			Body  []string `json:"body"`
			Extra []struct {
				Label string `json:"label"`
			} `json:"extra"`
		}
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatal(err)
		}
		if got.Title != r.n.Title || !cmp.Equal(got.Body, r.n.Body, cmpEmpty) {
			t.Errorf("%s: encoding/json reads title %q body %q", r.name, got.Title, got.Body)
		}
	}
}

var cmpEmpty = cmp.Comparer(func(a, b []string) bool { return len(a) == 0 && len(b) == 0 || cmp.Equal(a, b) })

func mustJSON(t *testing.T, n *notice.Notice) string {
	t.Helper()
	b, err := encode.AppendJSON(nil, n)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
