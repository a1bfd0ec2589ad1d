package encode_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"testing"

	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
)

// flatRecord holds what a record holds in plain fields, for the
// encoding/json and encoding/xml baselines the encoders are measured
// against.
type flatRecord struct {
	XMLName          xml.Name `json:"-" xml:"notice"`
	IndexNumber      string   `json:"index_number" xml:"index_number"`
	IndexOrg         string   `json:"index_org" xml:"index_org,omitempty"`
	IndexYear        int      `json:"index_year" xml:"index_year,omitempty"`
	IndexSeq         string   `json:"index_seq" xml:"index_seq,omitempty"`
	Title            string   `json:"title" xml:"title,omitempty"`
	DocNumber        string   `json:"doc_number" xml:"doc_number,omitempty"`
	Publisher        string   `json:"publisher" xml:"publisher,omitempty"`
	Source           string   `json:"source" xml:"source,omitempty"`
	Topic            string   `json:"topic" xml:"topic,omitempty"`
	Collection       string   `json:"collection" xml:"collection,omitempty"`
	Genre            string   `json:"genre" xml:"genre,omitempty"`
	Created          string   `json:"created" xml:"created,omitempty"`
	Published        string   `json:"published" xml:"published,omitempty"`
	Effective        string   `json:"effective" xml:"effective,omitempty"`
	Abolished        string   `json:"abolished" xml:"abolished,omitempty"`
	Validity         string   `json:"validity" xml:"validity,omitempty"`
	Keywords         []string `json:"keywords" xml:"keywords>keyword"`
	Summary          string   `json:"summary" xml:"summary,omitempty"`
	Link             string   `json:"link" xml:"link,omitempty"`
	Attachments      []string `json:"attachments" xml:"attachments>attachment"`
	Addressee        string   `json:"addressee" xml:"addressee,omitempty"`
	Body             []string `json:"body" xml:"body>p"`
	Signers          []string `json:"signers" xml:"signers>signer"`
	Signed           string   `json:"signed" xml:"signed,omitempty"`
	Notes            []string `json:"notes" xml:"notes>note"`
	CC               []string `json:"cc" xml:"cc>recipient"`
	Appendices       []string `json:"appendices" xml:"appendices>appendix"`
	Extra            []string `json:"extra" xml:"extra>field"`
	Charset          string   `json:"charset" xml:"charset,omitempty"`
	Script           string   `json:"script" xml:"script,omitempty"`
	PinyinAnnotation int      `json:"pinyin_annotations" xml:"pinyin_annotations,omitempty"`
	Layout           string   `json:"layout" xml:"layout,omitempty"`
	Problems         []string `json:"problems" xml:"problems>problem"`
	Origins          []string `json:"origins" xml:"origins>origin"`
}

func flatten(n *notice.Notice) *flatRecord {
	date := func(d *notice.Date) string {
		if d == nil {
			return ""
		}
		return d.String()
	}
	f := &flatRecord{
		Title: n.Title, Publisher: n.Publisher, Source: n.Source, Topic: n.Topic,
		Collection: n.Collection, Genre: n.Genre, Validity: n.Validity, Summary: n.Summary,
		Link: n.Link, Addressee: n.Addressee, Keywords: n.Keywords, Body: n.Body,
		Signers: n.Signers, Notes: n.Notes, CC: n.CC,
		Created: date(n.Created), Published: date(n.Published), Effective: date(n.Effective),
		Abolished: date(n.Abolished), Signed: date(n.Signed),
		Charset: n.Input.Charset, Script: string(n.Input.Script), PinyinAnnotation: n.Input.PinyinAnnotations,
		Layout: string(n.Input.Layout),
	}
	if id := n.IndexNumber; id != nil {
		f.IndexNumber, f.IndexOrg, f.IndexYear, f.IndexSeq = id.Text, id.Org, id.Year, id.Seq
	}
	if dn := n.DocNumber; dn != nil {
		f.DocNumber = dn.Text
	}
	for _, a := range n.Attachments {
		f.Attachments = append(f.Attachments, a.Name, a.URL)
	}
	for _, a := range n.Appendices {
		f.Appendices = append(append(f.Appendices, a.Title), a.Body...)
	}
	for _, x := range n.Extra {
		f.Extra = append(f.Extra, x.Label, x.Value)
	}
	return f
}

// benchRecord is the Qixia record: nine long paragraphs of Chinese, the
// typical shape of a record.
var benchRecord = qixiaRecord()

func BenchmarkJSON(b *testing.B) {
	buf, _ := encode.AppendJSON(nil, benchRecord)
	b.SetBytes(int64(len(buf)))
	b.ReportAllocs()
	for b.Loop() {
		var err error
		if buf, err = encode.AppendJSON(buf[:0], benchRecord); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStdJSONFlat(b *testing.B) {
	f := flatten(benchRecord)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(f); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := enc.Encode(f); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkXML(b *testing.B) {
	buf, _ := encode.AppendXML(nil, benchRecord)
	b.SetBytes(int64(len(buf)))
	b.ReportAllocs()
	for b.Loop() {
		var err error
		if buf, err = encode.AppendXML(buf[:0], benchRecord); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStdXMLFlat(b *testing.B) {
	f := flatten(benchRecord)
	var buf bytes.Buffer
	enc := xml.NewEncoder(&buf)
	if err := enc.Encode(f); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := enc.Encode(f); err != nil {
			b.Fatal(err)
		}
	}
}

// jsonLinesInput is 1000 records of every test record shape, one a line.
func jsonLinesInput(b *testing.B) []byte {
	var buf bytes.Buffer
	w := encode.NewJSONLinesWriter(&buf)
	for i := range 1000 {
		recs := testRecords()
		if err := w.Write(recs[i%len(recs)].n); err != nil {
			b.Fatal(err)
		}
	}
	return buf.Bytes()
}

func BenchmarkJSONLinesRead(b *testing.B) {
	in := jsonLinesInput(b)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		for _, err := range encode.NewJSONLinesReader(bytes.NewReader(in)).All() {
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkStdJSONFlatDecode(b *testing.B) {
	in, err := json.Marshal(flatten(benchRecord))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		var f flatRecord
		if err := json.Unmarshal(in, &f); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeJSON(b *testing.B) {
	in, err := encode.AppendJSON(nil, benchRecord)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := encode.DecodeJSON(bytes.NewReader(in)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecodeXML(b *testing.B) {
	in, err := encode.AppendXML(nil, benchRecord)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := encode.DecodeXML(bytes.NewReader(in)); err != nil {
			b.Fatal(err)
		}
	}
}

// The record through encoding/json and encoding/xml, which call the
// record's own methods: for the figures, not for a goal.

func BenchmarkStdMarshalRecordJSON(b *testing.B) {
	out, _ := json.Marshal(benchRecord)
	b.SetBytes(int64(len(out)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := json.Marshal(benchRecord); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStdUnmarshalRecordJSON(b *testing.B) {
	in, _ := json.Marshal(benchRecord)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		var n notice.Notice
		if err := json.Unmarshal(in, &n); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStdMarshalRecordXML(b *testing.B) {
	out, _ := xml.Marshal(benchRecord)
	b.SetBytes(int64(len(out)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := xml.Marshal(benchRecord); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStdUnmarshalRecordXML(b *testing.B) {
	in, _ := xml.Marshal(benchRecord)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		var n notice.Notice
		if err := xml.Unmarshal(in, &n); err != nil {
			b.Fatal(err)
		}
	}
}
