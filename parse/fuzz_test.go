package parse

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
)

// FuzzParse feeds arbitrary pages to the parser. It must never panic; an
// error must be a *parse.Error; and every record must encode as valid JSON
// and well-formed XML that decode back to the same record.
func FuzzParse(f *testing.F) {
	for _, s := range samples(f) {
		data, err := os.ReadFile(s.path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("| 生效日期: | 废止日期: | ||\n"))
	f.Add([]byte("发布时间:\n2015-11-10 01:51:51信息来源:浏览次数:字体:[ ]\n"))
	f.Add([]byte("• 索引号:\n    1\n• [ 主题分类 ]\n"))
	// HTML is read as text for now; it must not break anything.
	f.Add([]byte("<html><head><meta charset=\"gbk\"></head><body><table class=\"bd1\"><tr><td>索 引 号：</td><td>000014349/2018-00204</td></tr></table><div id=\"UCAP-CONTENT\"><p>正文。</p></div></body></html>"))
	// An official document without a header, and text after its signature
	// that becomes an appendix without a title.
	f.Add([]byte("某县人民政府关于做好防汛工作的通知\n来源：某县政府网 日期：2019-06-02\n某政发〔2019〕12号\n各乡镇人民政府：\n现将有关事项通知如下。\n某县人民政府\n2019年6月1日\n（此件公开发布）\n防汛责任人名单\n一、县级防汛责任人：张三。\n抄送：县委办公室。\n"))
	f.Add([]byte("在线链接地址：http://www.x.gov.cn/資料(1).html\n附件：说明 <http://x/a.pdf>\n"))
	f.Fuzz(checkPage)
}

// checkPage is FuzzParse's check of one page.
func checkPage(t *testing.T, data []byte) {
	n, err := Parse(data)
	if err != nil {
		// Only the documented reasons to fail: an internal error (x/text's
		// "short source buffer") wrapped in an *Error must not pass.
		var perr *Error
		if !errors.As(err, &perr) {
			t.Fatalf("error %v is not a *parse.Error", err)
		}
		if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrNotText) && !errors.Is(err, ErrTooLarge) {
			t.Fatalf("error %v is none of the documented ones", err)
		}
		return
	}
	js, err := encode.AppendJSON(nil, n)
	if err != nil {
		t.Fatalf("record does not encode as JSON: %v", err)
	}
	if !json.Valid(js) {
		t.Fatalf("invalid JSON: %s", js)
	}
	back, err := encode.DecodeJSON(bytes.NewReader(js))
	if err != nil {
		t.Fatalf("JSON does not decode: %v\n%s", err, js)
	}
	if diff := cmp.Diff(n, back); diff != "" {
		t.Fatalf("JSON round trip (-parsed +decoded):\n%s", diff)
	}
	x, err := encode.AppendXML(nil, n)
	if err != nil {
		t.Fatalf("record does not encode as XML: %v", err)
	}
	if err := wellFormed(x); err != nil {
		t.Fatalf("XML not well-formed: %v\n%s", err, x)
	}
	back, err = encode.DecodeXML(bytes.NewReader(x))
	if err != nil {
		t.Fatalf("XML does not decode: %v\n%s", err, x)
	}
	if diff := cmp.Diff(n, back); diff != "" {
		t.Fatalf("XML round trip (-parsed +decoded):\n%s", diff)
	}
}

// wellFormed reads every token of an XML document.
func wellFormed(doc []byte) error {
	d := xml.NewDecoder(bytes.NewReader(doc))
	for {
		if _, err := d.Token(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}

// FuzzTextRoundTrip checks that the text form of a record reads back to
// the record: for a page that parses, and whose record encode.Text accepts,
// parsing what Text wrote must give the record again (but for Input). A
// record Text cannot write faithfully it must refuse. The seeds are every
// page of the repository's testdata but the knownRoundTripMisses, and
// testdata/fuzz/FuzzTextRoundTrip keeps what the fuzzer found.
func FuzzTextRoundTrip(f *testing.F) {
	for _, path := range roundTripPages(f) {
		if name, _ := filepath.Rel(filepath.Join("..", "testdata"), path); knownRoundTripMisses[filepath.ToSlash(name)] != "" {
			continue // TestTextRoundTrip checks that these still fail
		}
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := Parse(data)
		if err != nil {
			return // FuzzParse checks the errors
		}
		var text bytes.Buffer
		if err := encode.Text(&text, n); err != nil {
			var ee *notice.EncodeError
			if !errors.As(err, &ee) || !errors.Is(err, encode.ErrTextForm) && !errors.Is(err, notice.ErrDate) {
				t.Fatalf("encode.Text: %v is not a refusal of the text form", err)
			}
			return
		}
		if msg := textRoundTrip(n); msg != "" {
			t.Fatal(msg)
		}
	})
}
