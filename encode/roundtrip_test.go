package encode_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
)

// TestRoundTripProperty writes generated records in every form that
// carries everything and reads them back: the record must come back equal,
// or the encoder must refuse it for the reason the record gives.
func TestRoundTripProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	const count = 1500
	var records, xmlRecords []*notice.Notice
	var jsonl, xmlStream bytes.Buffer
	jw := encode.NewJSONLinesWriter(&jsonl)
	xw := encode.NewXMLWriter(&xmlStream)
	for i := range count {
		n := randomRecord(r)
		records = append(records, n)

		b, err := encode.AppendJSON(nil, n)
		if err != nil {
			t.Fatalf("record %d: AppendJSON: %v", i, err)
		}
		got, err := encode.DecodeJSON(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("record %d: DecodeJSON: %v\n%s", i, err, b)
		}
		if diff := cmp.Diff(n, got); diff != "" {
			t.Fatalf("record %d: JSON round trip (-want +got):\n%s", i, diff)
		}
		if err := jw.Write(n); err != nil {
			t.Fatal(err)
		}

		b, err = encode.AppendXML(nil, n)
		if bad := xmlIllegal(n); bad != "" {
			var ve *notice.EncodeError
			if !errors.As(err, &ve) || !errors.Is(err, notice.ErrXMLChar) {
				t.Fatalf("record %d holds %q: AppendXML err = %v, want a ValueError wrapping ErrXMLChar", i, bad, err)
			}
			if got := fieldValue(n, ve.Field); !strings.Contains(got, bad) && xmlIllegalIn(got) == "" {
				t.Fatalf("record %d: error names %s = %q, which XML can carry", i, ve.Field, got)
			}
			if werr := xw.Write(n); !errors.Is(werr, notice.ErrXMLChar) {
				t.Fatalf("record %d: XMLWriter.Write err = %v, want ErrXMLChar", i, werr)
			}
			continue
		}
		if err != nil {
			t.Fatalf("record %d: AppendXML: %v", i, err)
		}
		got, err = encode.DecodeXML(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("record %d: DecodeXML: %v\n%s", i, err, b)
		}
		if diff := cmp.Diff(n, got); diff != "" {
			t.Fatalf("record %d: XML round trip (-want +got):\n%s", i, diff)
		}
		xmlRecords = append(xmlRecords, n)
		if err := xw.Write(n); err != nil {
			t.Fatal(err)
		}
	}
	if err := xw.Close(); err != nil {
		t.Fatal(err)
	}
	if len(xmlRecords) < count/2 || len(xmlRecords) == count {
		t.Fatalf("%d of %d records were XML-safe: the generator is off", len(xmlRecords), count)
	}

	got, err := readJSONLines(&jsonl)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(records, got); diff != "" {
		t.Errorf("JSON Lines round trip (-want +got):\n%s", diff)
	}
	got, err = readXML(&xmlStream)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(xmlRecords, got); diff != "" {
		t.Errorf("XML stream round trip (-want +got):\n%s", diff)
	}
}

// randomRecord fills every field of a record, choosing between nil and set
// pointers, nil and non-empty lists, and strings from runes that stress
// the formats. It walks the Go types, so that a field added to the record
// is filled without a change here.
func randomRecord(r *rand.Rand) *notice.Notice {
	n := new(notice.Notice)
	randomFill(r, reflect.ValueOf(n).Elem())
	return n
}

var (
	dateType     = reflect.TypeFor[notice.Date]()
	severityType = reflect.TypeFor[notice.Severity]()
)

// randomFill sets v, a settable value of a type of the record, at random.
func randomFill(r *rand.Rand, v reflect.Value) {
	switch {
	case v.Type() == severityType:
		v.SetInt(int64(r.IntN(2)))
	case v.Kind() == reflect.String:
		v.SetString(randomString(r))
	case v.Kind() == reflect.Int:
		v.SetInt(int64(randomInt(r)))
	case v.Kind() == reflect.Pointer && v.Type().Elem() == dateType:
		if d := randomDate(r); d != nil {
			v.Set(reflect.ValueOf(d))
		}
	case v.Kind() == reflect.Pointer:
		if r.IntN(3) > 0 {
			v.Set(reflect.New(v.Type().Elem()))
			randomFill(r, v.Elem())
		}
	case v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.String:
		if r.IntN(3) > 0 {
			k := 1 + r.IntN(3)
			v.Set(reflect.MakeSlice(v.Type(), k, k))
			for i := range v.Len() {
				v.Index(i).SetString(randomString(r))
			}
		}
	case v.Kind() == reflect.Slice:
		if k := r.IntN(3); k > 0 {
			v.Set(reflect.MakeSlice(v.Type(), k, k))
			for i := range k {
				randomFill(r, v.Index(i))
			}
		}
	case v.Kind() == reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				randomFill(r, v.Field(i))
			}
		}
	default:
		panic("randomFill: no rule for " + v.Type().String())
	}
}

// stressRunes are the characters strings are made of: plain text, white
// space of every kind, what JSON and XML escape, characters outside the
// BMP, and (rarely chosen) controls and noncharacters XML cannot carry.
var stressRunes = []rune("aZ09 -/:.\t\n\r\u00a0\u3000栖霞区〔〕，。“”\"'\\<>&]\u2028\u2029\ufeff\ufffd😀\U00020000\u007f\u0085")

func randomString(r *rand.Rand) string {
	if r.IntN(4) == 0 {
		return ""
	}
	var b strings.Builder
	for range 1 + r.IntN(12) {
		switch {
		case r.IntN(4000) == 0:
			b.WriteRune([]rune{0, 1, 0x1b, 0x1f, 0xfffe, 0xffff}[r.IntN(6)])
		case r.IntN(3) == 0:
			b.WriteRune(0x4e00 + r.Int32N(0x9fff-0x4e00))
		default:
			b.WriteRune(stressRunes[r.IntN(len(stressRunes))])
		}
	}
	return b.String()
}

func randomDate(r *rand.Rand) *notice.Date {
	if r.IntN(3) == 0 {
		return nil
	}
	d := &notice.Date{Year: r.IntN(10000), Month: r.IntN(100), Day: r.IntN(100)}
	if r.IntN(2) == 0 {
		d.HasTime, d.Hour, d.Minute, d.Second = true, r.IntN(100), r.IntN(100), r.IntN(100)
	}
	return d
}

func randomInt(r *rand.Rand) int {
	switch r.IntN(5) {
	case 0, 1:
		return 0
	case 2:
		return r.IntN(3000)
	case 3:
		return -r.IntN(100)
	default:
		return []int{math.MaxInt, math.MinInt, 1 << 30}[r.IntN(3)]
	}
}

// xmlIllegal returns a character of the record that XML 1.0 cannot carry,
// or "".
func xmlIllegal(n *notice.Notice) string {
	for _, s := range recordStrings(reflect.ValueOf(n)) {
		if c := xmlIllegalIn(s); c != "" {
			return c
		}
	}
	return ""
}

func xmlIllegalIn(s string) string {
	for _, c := range s {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xfffe || c == 0xffff {
			return string(c)
		}
	}
	return ""
}

// recordStrings returns every string held in v.
func recordStrings(v reflect.Value) []string {
	switch v.Kind() {
	case reflect.String:
		return []string{v.String()}
	case reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		return recordStrings(v.Elem())
	case reflect.Slice:
		var list []string
		for i := range v.Len() {
			list = append(list, recordStrings(v.Index(i))...)
		}
		return list
	case reflect.Struct:
		var list []string
		for i := range v.NumField() {
			list = append(list, recordStrings(v.Field(i))...)
		}
		return list
	}
	return nil
}

// fieldValue returns the string at a ValueError path such as
// "appendices[0].body[1]" by encoding the record to JSON and following the
// path, so that the test checks the path against the JSON key names.
func fieldValue(n *notice.Notice, path string) string {
	b, err := encode.AppendJSON(nil, n)
	if err != nil {
		return ""
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return ""
	}
	for _, part := range strings.FieldsFunc(path, func(c rune) bool { return c == '.' || c == '[' }) {
		if strings.HasSuffix(part, "]") {
			list, _ := v.([]any)
			i, err := strconv.Atoi(strings.TrimSuffix(part, "]"))
			if err != nil || i >= len(list) {
				return ""
			}
			v = list[i]
			continue
		}
		obj, _ := v.(map[string]any)
		v = obj[part]
	}
	s, _ := v.(string)
	return s
}

// FuzzJSONRoundTrip builds a record from fuzzed strings, writes it as JSON
// and reads it back: equal, or refused because a string is not UTF-8.
func FuzzJSONRoundTrip(f *testing.F) {
	addStringSeeds(f)
	f.Fuzz(func(t *testing.T, a, b, c string, i int, set bool) {
		n := fuzzRecord(a, b, c, i, set)
		data, err := encode.AppendJSON(nil, n)
		if err != nil {
			var ve *notice.EncodeError
			if !errors.As(err, &ve) || !errors.Is(err, notice.ErrInvalidUTF8) || allValid(a, b, c) {
				t.Fatalf("AppendJSON: %v", err)
			}
			return
		}
		got, err := encode.DecodeJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("DecodeJSON: %v\n%s", err, data)
		}
		if diff := cmp.Diff(n, got); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

// FuzzXMLRoundTrip builds a record from fuzzed strings, writes it as XML and
// reads it back: equal, or refused because a string holds what XML 1.0
// cannot carry.
func FuzzXMLRoundTrip(f *testing.F) {
	addStringSeeds(f)
	f.Fuzz(func(t *testing.T, a, b, c string, i int, set bool) {
		n := fuzzRecord(a, b, c, i, set)
		data, err := encode.AppendXML(nil, n)
		if err != nil {
			var ve *notice.EncodeError
			carriable := allValid(a, b, c) && xmlIllegal(n) == ""
			if !errors.As(err, &ve) || carriable {
				t.Fatalf("AppendXML: %v", err)
			}
			return
		}
		got, err := encode.DecodeXML(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("DecodeXML: %v\n%s", err, data)
		}
		if diff := cmp.Diff(n, got); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

func addStringSeeds(f *testing.F) {
	for _, s := range [][3]string{
		{"", "", ""},
		{"  标题 ", "a\r\nb", "\t"},
		{"<&>\"'", "]]>", `\u0000`},
		{"\x00", "\xff", "\ufffe"},
		{"\u2028", "😀", "\r"},
	} {
		f.Add(s[0], s[1], s[2], 2025, true)
		f.Add(s[0], s[1], s[2], -1, false)
	}
}

// fuzzRecord spreads three strings and an int over the kinds of places a
// record has: plain fields, list items, attributes, typed values.
func fuzzRecord(a, b, c string, i int, set bool) *notice.Notice {
	n := &notice.Notice{
		Title:       a,
		Topic:       b,
		Keywords:    []string{a, b},
		Body:        []string{c},
		Attachments: []notice.Attachment{{Name: a, URL: b}},
		Appendices:  []notice.Appendix{{Title: c, Body: []string{a}}},
		Extra:       []notice.Field{{Label: b, Value: c}},
		Input: notice.Input{Path: c, PinyinAnnotations: i,
			Problems: []notice.Problem{{Field: a, Rule: notice.Rule(b), Line: i, Column: i, Message: c}},
			Origins:  []notice.Origin{{Field: c, From: b, Label: a, Text: b, Line: i}},
		},
	}
	if set {
		n.IndexNumber = &notice.IndexNumber{Text: a, Org: b, Year: i, Month: i, Seq: c}
		n.DocNumber = &notice.DocNumber{Text: c, Issuer: a, Year: i, Seq: b}
		n.Created = &notice.Date{Year: 2025, Month: 11, Day: 19}
	}
	return n
}

// FuzzDecodeJSON feeds arbitrary bytes to DecodeJSON: no panic, and what
// decodes writes back and decodes again to the same record.
func FuzzDecodeJSON(f *testing.F) {
	addGoldenSeeds(f, "*.json")
	f.Add([]byte(`{"index_number":null`))
	f.Add([]byte(`"\ud800"`))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := encode.DecodeJSON(bytes.NewReader(data))
		if err != nil {
			var de *notice.DecodeError
			if !errors.As(err, &de) || de.Offset < 0 || de.Offset > int64(len(data)) {
				t.Fatalf("error %v is not a DecodeError within the input", err)
			}
			return
		}
		again, err := encode.AppendJSON(nil, n)
		if err != nil {
			t.Fatalf("a decoded record does not encode: %v", err)
		}
		n2, err := encode.DecodeJSON(bytes.NewReader(again))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(n, n2); diff != "" {
			t.Fatalf("(-first +second):\n%s", diff)
		}
	})
}

// FuzzDecodeXML feeds arbitrary bytes to an XMLReader: no panic, no
// endless loop, and what decodes writes back and decodes again the same.
func FuzzDecodeXML(f *testing.F) {
	addGoldenSeeds(f, "*.xml")
	f.Add([]byte(`<notices><notice><x/></notice><notice><title>a</title></notice></notices>`))
	f.Add([]byte(`<notice><title>a&#xD;<![CDATA[<b>]]><!-- c --></title></notice>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		x := encode.NewXMLReader(bytes.NewReader(data))
		for range len(data) + 2 { // each record or error consumes input
			n, err := x.Read()
			if err != nil {
				var de *notice.DecodeError
				if err.Error() == "EOF" {
					return
				}
				if !errors.As(err, &de) {
					t.Fatalf("error %v is not a DecodeError", err)
				}
				if errors.Is(err, notice.ErrMalformed) {
					return
				}
				continue
			}
			again, err := encode.AppendXML(nil, n)
			if err != nil {
				t.Fatalf("a decoded record does not encode: %v", err)
			}
			n2, err := encode.DecodeXML(bytes.NewReader(again))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(n, n2); diff != "" {
				t.Fatalf("(-first +second):\n%s", diff)
			}
		}
		t.Fatal("XMLReader does not come to an end")
	})
}

// FuzzJSONLinesReader feeds arbitrary bytes to a JSONLinesReader with a
// small line limit: no panic, every error a LineError on a line that exists.
func FuzzJSONLinesReader(f *testing.F) {
	addGoldenSeeds(f, "*.jsonl")
	f.Add([]byte("\n\n{}\r\n[\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := bytes.Count(data, []byte("\n")) + 1
		r := encode.NewJSONLinesReader(bytes.NewReader(data))
		r.MaxLineSize = 1000
		for _, err := range r.All() {
			var le *encode.LineError
			if err != nil && (!errors.As(err, &le) || le.Line < 1 || le.Line > lines) {
				t.Fatalf("error %v is not a LineError on one of %d lines", err, lines)
			}
		}
	})
}

func addGoldenSeeds(f *testing.F, pattern string) {
	files, _ := filepath.Glob(filepath.Join(goldenDir, pattern))
	if len(files) == 0 {
		f.Fatalf("no golden files %s", pattern)
	}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
}

func allValid(list ...string) bool {
	for _, s := range list {
		if !utf8.ValidString(s) {
			return false
		}
	}
	return true
}
