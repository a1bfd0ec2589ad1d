package parse

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/govnotice/govnotice/notice"
)

func TestErrors(t *testing.T) {
	tests := []struct {
		name string
		p    Parser
		page string
		want *Error
	}{
		{"empty", Parser{}, "", &Error{Err: ErrEmpty}},
		{"white space only", Parser{}, " \n\t\u3000\r\n", &Error{Err: ErrEmpty}},
		{"byte order mark only", Parser{}, "\ufeff", &Error{Err: ErrEmpty}},
		{"over the size limit", Parser{MaxSize: 8}, "索引号：123", &Error{Err: ErrTooLarge}},
		{"binary", Parser{}, "ok\n\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f", &Error{Line: 2, Column: 1, Err: ErrNotText}},
		// 區(qū) is 5 characters: the column counts them although canonical text drops 4.
		{"binary after pinyin", Parser{}, "區(qū)\n區(qū)\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f", &Error{Line: 2, Column: 6, Err: ErrNotText}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := tt.p.Parse([]byte(tt.page))
			if n != nil {
				t.Errorf("got a record with the error: %+v", n)
			}
			var perr *Error
			if !errors.As(err, &perr) {
				t.Fatalf("error %v (%T) is not a *parse.Error", err, err)
			}
			if diff := cmp.Diff(*tt.want, *perr, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
			if !errors.Is(err, tt.want.Err) {
				t.Errorf("errors.Is(%v, %v) = false", err, tt.want.Err)
			}
		})
	}
}

func TestErrorMessage(t *testing.T) {
	tests := []struct {
		err  *Error
		want string
	}{
		{&Error{Err: ErrEmpty}, "parse: empty page"},
		{&Error{Line: 3, Column: 7, Err: ErrNotText}, "parse: line 3, column 7: not text"},
		{&Error{Line: 2, Column: 1, Field: "created", Err: errors.New("bad")}, "parse: line 2, column 1: created: bad"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestParseReader(t *testing.T) {
	page := "索引号：1\n发布机构：县政府\n正文。\n"
	p := Parser{MaxSize: int64(len(page))}
	n, err := p.ParseReader(iotest.OneByteReader(strings.NewReader(page)))
	if err != nil {
		t.Fatal(err)
	}
	if n.Publisher != "县政府" {
		t.Errorf("Publisher = %q, want 县政府", n.Publisher)
	}

	p.MaxSize--
	if _, err := p.ParseReader(strings.NewReader(page)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("one byte over the limit: error %v, want ErrTooLarge", err)
	}

	readErr := errors.New("disk on fire")
	_, err = p.ParseReader(iotest.ErrReader(readErr))
	var perr *Error
	if !errors.As(err, &perr) || !errors.Is(err, readErr) {
		t.Errorf("read error: got %v, want a *parse.Error wrapping %v", err, readErr)
	}
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func TestParseReaderReadsAtMostLimit(t *testing.T) {
	r := &countingReader{r: io.MultiReader(strings.NewReader("索引号：1\n"), zeroReader{})}
	p := Parser{MaxSize: 1 << 20}
	if _, err := p.ParseReader(r); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("error %v, want ErrTooLarge", err)
	}
	if r.n > p.MaxSize+1 {
		t.Errorf("read %d bytes, want at most MaxSize+1 = %d", r.n, p.MaxSize+1)
	}
}

// TestParseReaderRefusesLargeFile checks that a file over the limit is
// refused by its size, before any of it is read.
func TestParseReaderRefusesLargeFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, []byte(strings.Repeat("索引号：1\n", 200)), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p := Parser{MaxSize: 100}
	if _, err := p.ParseReader(f); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("error %v, want ErrTooLarge", err)
	}
	if off, _ := f.Seek(0, io.SeekCurrent); off != 0 {
		t.Errorf("read %d bytes of a file over the limit, want none", off)
	}
}

// zeroReader is an endless stream of spaces.
type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

// The robustness tests feed large hostile pages once and check the result:
// they guard against panics and against work that grows faster than the
// input (which would make them time out). Speed is measured by the
// benchmarks, not here.

func TestHugeLineOfBars(t *testing.T) {
	t.Parallel()
	page := bytes.Repeat([]byte("|"), 20<<20)
	n, err := Parse(page)
	if err != nil {
		t.Fatal(err)
	}
	if n.Input.Layout != "none" || len(n.Body) != 0 {
		t.Errorf("a line of empty cells: layout %q, %d paragraphs; want none and 0", n.Input.Layout, len(n.Body))
	}
}

func TestRowOfManyCells(t *testing.T) {
	t.Parallel()
	// Joined cell by cell, 250 000 cells would copy some 10 GB.
	const cells = 250_000
	page := "| 标题： |" + strings.Repeat(" 通知 |", cells) + "\n| 发布机构： | 县政府 |\n正文。\n"
	n, err := Parse([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if want := len("通知")*cells + cells - 1; len(n.Title) != want {
		t.Errorf("title of %d bytes, want the %d cells joined (%d bytes)", len(n.Title), cells, want)
	}
	if n.Publisher != "县政府" {
		t.Errorf("Publisher = %q, want 县政府", n.Publisher)
	}
}

func TestManyLabelRows(t *testing.T) {
	t.Parallel()
	const rows = 100_000
	var b strings.Builder
	b.WriteString("索引号：000014349/2018-00204\n")
	for i := range rows {
		fmt.Fprintf(&b, "| 发布机构： | 机构%d | 统一编号： | %d |\n", i, i)
	}
	b.WriteString("正文。\n")
	n, err := Parse([]byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if n.Publisher != "机构0" {
		t.Errorf("Publisher = %q, want the first one", n.Publisher)
	}
	if want := 2*rows - 1; len(n.Extra) != want {
		t.Errorf("%d extra pairs, want %d", len(n.Extra), want)
	}
	// A duplicate warning for each of the first rows, then one that counts
	// the rest.
	if want := maxProblemsOfAKind + 1; len(n.Input.Problems) != want {
		t.Fatalf("%d problems, want %d", len(n.Input.Problems), want)
	}
	last := n.Input.Problems[maxProblemsOfAKind]
	wantLast := fmt.Sprintf("%d more problems of this rule for this field are not listed", rows-1-maxProblemsOfAKind)
	if last.Field != "publisher" || last.Rule != notice.RuleDuplicate || last.Message != wantLast {
		t.Errorf("last problem %+v, want publisher, duplicate, %q", last, wantLast)
	}
	if diff := cmp.Diff([]string{"正文。"}, n.Body); diff != "" {
		t.Errorf("body (-want +got):\n%s", diff)
	}
}

func TestNestedParentheses(t *testing.T) {
	t.Parallel()
	const depth = 200_000
	nest := strings.Repeat("(", depth) + "通知" + strings.Repeat(")", depth)
	page := "标题：" + nest + "\n发布机构：县政府\n" + nest + "\n"
	n, err := Parse([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	// Parentheses next to Han characters may become full-width: count runes.
	want := utf8.RuneCountInString(nest)
	if got := utf8.RuneCountInString(n.Title); got != want || len(n.Body) != 1 || utf8.RuneCountInString(n.Body[0]) != want {
		t.Errorf("title of %d runes and %d paragraphs, want %d runes and 1", got, len(n.Body), want)
	}
}

func TestManyColons(t *testing.T) {
	t.Parallel()
	// Every colon makes the scanner look back for a label; the look-back is
	// bounded, so a line of colons and label-like words stays linear.
	page := "索引号：1 发布机构：县政府\n" + strings.Repeat("发布日期 :", 200_000) + "\n"
	n, err := Parse([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if n.Publisher != "县政府" {
		t.Errorf("Publisher = %q", n.Publisher)
	}
}

func TestParserOptions(t *testing.T) {
	page := []byte("| 發(fā)布機(jī)構(gòu): | 棲霞區(qū)人民政府 | 生成日期: | 2025-11-19 |\n會(huì)議指出,棲霞區(qū)要抓緊抓實(shí)。\n")
	tests := []struct {
		name      string
		p         Parser
		publisher string
		body      string
	}{
		{"defaults", Parser{}, "栖霞区人民政府", "会议指出，栖霞区要抓紧抓实。"},
		{"keep script", Parser{KeepScript: true}, "棲霞區人民政府", "會議指出，棲霞區要抓緊抓實。"},
		{"keep punctuation", Parser{KeepPunctuation: true}, "栖霞区人民政府", "会议指出,栖霞区要抓紧抓实。"},
		{"keep both", Parser{KeepScript: true, KeepPunctuation: true}, "棲霞區人民政府", "會議指出,棲霞區要抓緊抓實。"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := tt.p.Parse(page)
			if err != nil {
				t.Fatal(err)
			}
			got := []string{n.Publisher, n.Created.String(), strings.Join(n.Body, "\n"), string(n.Input.Script)}
			want := []string{tt.publisher, "2025-11-19", tt.body, "traditional"}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestParserCharset(t *testing.T) {
	// 发布机构：县政府 / 索引号：1 / 正文 in GB18030, read with detection and
	// with the charset named.
	gb := []byte("\xb7\xa2\xb2\xbc\xbb\xfa\xb9\xb9\xa3\xba\xcf\xd8\xd5\xfe\xb8\xae\n\xcb\xf7\xd2\xfd\xba\xc5\xa3\xba1\n\xd5\xfd\xce\xc4\n")
	for _, p := range []Parser{{}, {Charset: "GBK"}} {
		n, err := p.Parse(gb)
		if err != nil {
			t.Fatal(err)
		}
		if n.Publisher != "县政府" || n.Input.Charset != "gb18030" {
			t.Errorf("Parser%+v: publisher %q, charset %q; want 县政府, gb18030", p, n.Publisher, n.Input.Charset)
		}
	}
	bad := Parser{Charset: "klingon"}
	_, err := bad.Parse(gb)
	var perr *Error
	if !errors.As(err, &perr) {
		t.Errorf("unknown charset: error %v, want a *parse.Error", err)
	}
}

// TestRecordOwnsItsStrings checks that a record holds none of the caller's
// bytes: Parse reads a valid UTF-8 page without copying it, so anything the
// record kept of it would change when the caller reuses the buffer.
func TestRecordOwnsItsStrings(t *testing.T) {
	page := []byte("索引号：000014349/2018-00204\n在线链接地址：http://www.example.gov.cn/a/b.html\n" +
		"相关附件：附件1 <http://www.example.gov.cn/files/a.pdf>\n\n关于开展安全检查的通知\n详见 http://www.example.gov.cn/c.html 。\n")
	n, err := Parse(page)
	if err != nil {
		t.Fatal(err)
	}
	before, err := json.Marshal(n)
	if err != nil {
		t.Fatal(err)
	}
	for i := range page {
		page[i] = 'x'
	}
	after, err := json.Marshal(n)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Errorf("the record changed with the caller's buffer:\nbefore %s\nafter  %s", before, after)
	}
}

// TestReplacementCharacterIsText checks that U+FFFD written in valid UTF-8
// is text, not undecodable bytes: a record of a damaged page, written back,
// holds many.
func TestReplacementCharacterIsText(t *testing.T) {
	page := "索引号：\ufffd\ufffd\ufffd\ufffd/2020-\ufffd\ufffd\n标题：\ufffd\ufffd\ufffd通知\n\n正文\ufffd\ufffd。\n"
	if _, err := Parse([]byte(page)); err != nil {
		t.Errorf("Parse: %v", err)
	}
	// Bytes that do not decode still make a page binary.
	if _, err := Parse(bytes.Repeat([]byte{0xff}, 100)); !errors.Is(err, ErrNotText) {
		t.Errorf("undecodable bytes: err %v, want ErrNotText", err)
	}
}
