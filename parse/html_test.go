package parse

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding/unicode"

	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/internal/golden"
	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/variant/charset"
)

const (
	govcnDir = "../testdata/html/govcn-2019"
	sitesDir = "../testdata/html/sites"
	htmlGold = "../testdata/html/golden"
)

// siteBaseURLs are the addresses the pages of sites/ were fetched from,
// where a page links relatively.
var siteBaseURLs = map[string]string{
	"fujian-pingtan-2024-88866.html":            "https://www.pingtan.gov.cn/zwgk/ghxx/gzjzqk/202404/t20240409_88866.htm",
	"fujian-pingtan-2021-lancaijin-15.gbk.html": "https://www.pingtan.gov.cn/zwgk/zfxxgk/dfbmptlj/ptzhsyqbm/ptzhsyqczj/fdzdgknr/10qtwjdzjg/202101/t20210118_74806.htm",
	"moe-2024-1135415.html":                     "http://www.moe.gov.cn/srcsite/A12/moe_1407/s3008/202406/t20240613_1135415.html",
}

func readFile(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// govcnRow is one line of govcn-2019/labels.tsv.
type govcnRow struct {
	file, url, indexNumber, title, publisher, docNumber string
}

func govcnRows(t testing.TB) []govcnRow {
	t.Helper()
	tsv := readFile(t, filepath.Join(govcnDir, "labels.tsv"))
	lines := strings.Split(strings.TrimRight(string(tsv), "\n"), "\n")
	var rows []govcnRow
	for _, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) != 6 {
			t.Fatalf("labels.tsv: %d fields in %q", len(f), l)
		}
		rows = append(rows, govcnRow{f[0], f[1], f[2], f[3], f[4], f[5]})
	}
	if len(rows) != 60 {
		t.Fatalf("labels.tsv has %d pages, want 60", len(rows))
	}
	return rows
}

// cellAfter returns the text of the table cell that follows label in a
// gov.cn page: the tests' own reading of the page, independent of the
// renderer.
func cellAfter(t *testing.T, page, label string) string {
	t.Helper()
	i := strings.Index(page, label)
	if i < 0 {
		t.Fatalf("no %s in the page", label)
	}
	rest := page[i:]
	td := strings.Index(rest, "<td")
	rest = rest[td:]
	rest = rest[strings.IndexByte(rest, '>')+1:]
	return strings.TrimSpace(rest[:strings.Index(rest, "</td>")])
}

// TestHTMLGovcn parses the 60 gov.cn pages: their header fields must be
// those of labels.tsv and of the page's own 成文日期 and 发布日期 cells, and
// their body text without markup or page UI.
func TestHTMLGovcn(t *testing.T) {
	for _, row := range govcnRows(t) {
		t.Run(strings.TrimSuffix(row.file, ".html"), func(t *testing.T) {
			data := readFile(t, filepath.Join(govcnDir, row.file))
			n, err := Parse(data)
			if err != nil {
				t.Fatal(err)
			}
			got := govcnRow{file: row.file, url: row.url, title: n.Title, publisher: n.Publisher}
			if n.IndexNumber != nil {
				got.indexNumber = n.IndexNumber.Text
			}
			if n.DocNumber != nil {
				got.docNumber = n.DocNumber.Text
			}
			if diff := cmp.Diff(row, got, cmp.AllowUnexported(govcnRow{})); diff != "" {
				t.Errorf("fields differ from labels.tsv (-tsv +record):\n%s", diff)
			}
			page := string(data)
			for _, d := range []struct {
				label string
				got   *notice.Date
			}{{"成文日期：", n.Created}, {"发布日期：", n.Published}} {
				want, err := notice.ParseDate(cellAfter(t, page, d.label))
				if err != nil {
					t.Fatalf("%s in the page: %v", d.label, err)
				}
				if d.got == nil || *d.got != want {
					t.Errorf("%s: got %v, want %v", d.label, d.got, want)
				}
			}
			if n.Input.Layout != notice.LayoutHTML || n.Input.Charset != "utf-8" {
				t.Errorf("input: %+v", n.Input)
			}
			for _, p := range n.Input.Problems {
				// Problems of the official-document stage (a title that
				// reads differently in the body) are not this test's.
				if p.Field == "input" {
					t.Errorf("problem: %v", &p)
				}
			}
			checkBody(t, n.Body)
		})
	}
}

// checkBody checks that a body has text and holds no markup, entity or
// page UI.
func checkBody(t *testing.T, body []string) {
	t.Helper()
	if len(body) == 0 {
		t.Fatal("empty body")
	}
	for _, p := range body {
		for _, bad := range []string{"<", ">", "&nbsp;", "&#", "扫一扫", "打印", "关闭本页", "关闭窗口", "【关闭】", "分享到", "分享至", "返回顶部", "字号：", "字体："} {
			if strings.Contains(p, bad) {
				t.Errorf("body paragraph holds %q: %q", bad, p)
			}
		}
	}
}

// htmlGoldenPages are the pages with goldens: the first twelve gov.cn pages
// and every page of sites/.
func htmlGoldenPages(t testing.TB) []string {
	t.Helper()
	govcn, err := filepath.Glob(filepath.Join(govcnDir, "*.html"))
	if err != nil || len(govcn) < 12 {
		t.Fatalf("gov.cn pages: %v", err)
	}
	sites, err := filepath.Glob(filepath.Join(sitesDir, "*.html"))
	if err != nil || len(sites) < 6 {
		t.Fatalf("site pages: %v", err)
	}
	return append(govcn[:12], sites...)
}

// parseHTMLPage parses a test page with the base URL it was fetched from.
func parseHTMLPage(t testing.TB, path string) *notice.Notice {
	t.Helper()
	data := readFile(t, path)
	p := Parser{BaseURL: siteBaseURLs[filepath.Base(path)]}
	n, err := p.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestHTMLGolden compares the record of each golden page with
// golden/<page>.json. Run with -update to rewrite them, then read the diff.
func TestHTMLGolden(t *testing.T) {
	for _, path := range htmlGoldenPages(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".html")
		t.Run(name, func(t *testing.T) {
			n := parseHTMLPage(t, path)
			var js bytes.Buffer
			if err := encode.JSON(&js, n); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join(htmlGold, name+".json"), js.Bytes())
		})
	}
}

// TestHTMLSiteBodies checks the bodies of the site pages for markup and
// page UI, as TestHTMLGovcn does for gov.cn.
func TestHTMLSiteBodies(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(sitesDir, "*.html"))
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			n := parseHTMLPage(t, path)
			checkBody(t, n.Body)
			if n.Input.Layout != notice.LayoutHTML {
				t.Errorf("layout %q", n.Input.Layout)
			}
		})
	}
}

func TestHTMLCharset(t *testing.T) {
	gbk := readFile(t, filepath.Join(sitesDir, "fujian-pingtan-2021-lancaijin-15.gbk.html"))
	utf8Page := readFile(t, filepath.Join(sitesDir, "jiangxi-wanzai-2023-tjgb.html"))
	utf16 := []byte("<html><head><title>t</title></head><body><div id=\"zoom\"><p>索引号：000014349/2019-00007 发布机构：国务院</p><p>正文第一段文字内容。</p></div></body></html>")
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes(utf16)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		page     []byte
		charset  string // Parser.Charset
		want     string // Input.Charset
		warnings []string
	}{{
		name: "GBK declared GBK",
		page: gbk,
		want: "gb18030",
	}, {
		name:     "GBK bytes declared UTF-8",
		page:     bytes.Replace(gbk, []byte(`<meta charset="GBK" />`), []byte(`<meta charset="UTF-8" />`), 1),
		want:     "gb18030",
		warnings: []string{"page declares charset utf-8 but its bytes are gb18030; read as gb18030"},
	}, {
		name:     "UTF-8 bytes declared GBK",
		page:     bytes.Replace(utf8Page, []byte("charset=UTF-8"), []byte("charset=gbk"), 1),
		want:     "utf-8",
		warnings: []string{"page declares charset gbk but its bytes are utf-8; read as utf-8"},
	}, {
		name:     "unknown declaration",
		page:     bytes.Replace(utf8Page, []byte("charset=UTF-8"), []byte("charset=klingon"), 1),
		want:     "utf-8",
		warnings: []string{`page declares the unknown charset "klingon"; read as utf-8`},
	}, {
		name:    "the caller's charset wins, unchecked",
		page:    gbk,
		charset: "gbk",
		want:    "gb18030",
	}, {
		name: "UTF-16 with a byte order mark",
		page: utf16,
		want: "utf-16le",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Parser{Charset: tt.charset}
			n, err := p.Parse(tt.page)
			if err != nil {
				t.Fatal(err)
			}
			if n.Input.Charset != tt.want || n.Input.Layout != notice.LayoutHTML {
				t.Errorf("charset %q, layout %q; want %q, html", n.Input.Charset, n.Input.Layout, tt.want)
			}
			var got []string
			for _, p := range n.Input.Problems {
				if p.Field == "input" && p.Rule == notice.RuleEncoding {
					got = append(got, p.Message)
				}
			}
			if diff := cmp.Diff(tt.warnings, got); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
			}
			if n.Title == "" && n.IndexNumber == nil {
				t.Errorf("no header read: %+v", n)
			}
		})
	}
}

func TestIsHTML(t *testing.T) {
	le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("<!DOCTYPE html><p>x"))
	be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("  <div>x"))
	text, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte("索引号：1"))
	tests := []struct {
		name string
		data []byte
		want bool
	}{
		{"doctype", []byte("<!DOCTYPE html>"), true},
		{"fragment", []byte("<div class=\"wrap\" style=\" font-family:宋体\">"), true},
		{"UTF-16LE", le, true},
		{"UTF-16BE", be, true},
		{"UTF-16 text", text, false},
		{"pipe rows", []byte("| 索 引 号： | 1 |"), false},
		{"GBK text", []byte("\xcb\xf7\xd2\xfd\xba\xc5"), false},
		{"text holding markup", []byte("索引号：1\n<p>第一段</p><br/><p>第二段</p>"), true},
		{"a URL in angle brackets", []byte("附件：说明 <http://x.gov.cn/a.pdf>\n<http://x.gov.cn/b.pdf>\n<http://c>"), false},
		{"one kind of tag", []byte("第一段<br>第二段<br>第三段<br>"), false},
	}
	for _, tt := range tests {
		text, _ := charset.Decode(tt.data, charset.Detect(tt.data))
		if got := isHTML(text); got != tt.want {
			t.Errorf("%s: isHTML = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestHTMLBaseURL(t *testing.T) {
	page := []byte(`<div id="zoom"><p>正文第一段文字内容很长。</p><a href="files/a.pdf">附件一</a></div>`)
	tests := []struct {
		base, url, warning string
	}{
		{"", "files/a.pdf", ""},
		{"http://www.x.gov.cn/xxgk/1.html", "http://www.x.gov.cn/xxgk/files/a.pdf", ""},
		{"/relative/only", "files/a.pdf", `base URL "/relative/only" is not an absolute URL; relative links kept as found`},
		{"http://[::1", "files/a.pdf", `base URL "http://[::1" is not an absolute URL; relative links kept as found`},
	}
	for _, tt := range tests {
		p := Parser{BaseURL: tt.base}
		n, err := p.Parse(page)
		if err != nil {
			t.Fatal(err)
		}
		want := []notice.Attachment{{Name: "附件一", URL: tt.url}}
		if diff := cmp.Diff(want, n.Attachments); diff != "" {
			t.Errorf("base %q: attachments (-want +got):\n%s", tt.base, diff)
		}
		var warnings, got []string
		if tt.warning != "" {
			warnings = []string{tt.warning}
		}
		for _, p := range n.Input.Problems {
			got = append(got, p.Message)
		}
		if diff := cmp.Diff(warnings, got); diff != "" {
			t.Errorf("base %q: warnings (-want +got):\n%s", tt.base, diff)
		}
	}
}

// TestHTMLAttachmentsMerge checks that a link fills the URL of an
// attachment the header names, and that names become canonical.
func TestHTMLAttachmentsMerge(t *testing.T) {
	page := []byte(`<table><tr><td>索引号：</td><td>000014349/2019-00007</td></tr>
		<tr><td>附件：</td><td><a href="http://x.gov.cn/a.pdf">說明</a></td></tr></table>
		<div id="zoom"><p>正文第一段文字內容很長。</p><p><a href="http://x.gov.cn/b.xls">附件2:名單</a></p></div>`)
	n, err := Parse(page)
	if err != nil {
		t.Fatal(err)
	}
	want := []notice.Attachment{
		{Name: "说明", URL: "http://x.gov.cn/a.pdf"},
		{Name: "附件2：名单", URL: "http://x.gov.cn/b.xls"},
	}
	if diff := cmp.Diff(want, n.Attachments); diff != "" {
		t.Errorf("attachments (-want +got):\n%s", diff)
	}
}

func TestHTMLErrors(t *testing.T) {
	for _, page := range []string{"<html><body></body></html>", "<p>  &nbsp; </p>", "<div><script>索引号</script></div>"} {
		_, err := Parse([]byte(page))
		var perr *Error
		if !errors.As(err, &perr) || !errors.Is(err, ErrEmpty) {
			t.Errorf("Parse(%q): error %v, want ErrEmpty", page, err)
		}
	}
}

// maxAllocPerByte bounds the memory a hostile page may cost: bytes
// allocated per byte of input. The HTML parser's tree takes most of it.
const maxAllocPerByte = 64

// TestHTMLHostile parses pages built to be expensive: they must give a
// record, with memory in proportion to their size. Their time is measured
// by BenchmarkParseHTMLHostile. Under the race detector, which slows the
// HTML parser about tenfold, the pages are a tenth of the size.
func TestHTMLHostile(t *testing.T) {
	for _, h := range hostilePages(raceScale) {
		t.Run(h.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			n, err := Parse(h.page)
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			if len(n.Body) == 0 {
				t.Error("empty body")
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > uint64(maxAllocPerByte*len(h.page)) {
				t.Errorf("%d bytes allocated for a page of %d bytes", alloc, len(h.page))
			}
		})
	}
}

// hostilePage is a page built to be expensive.
type hostilePage struct {
	name string
	page []byte
}

// hostilePages returns 50 000 nested tables, 10 MB of <div>s (closed and
// unclosed) and a 5 MB attribute, the sizes divided by scale.
func hostilePages(scale int) []hostilePage {
	return []hostilePage{
		{"nested-tables", []byte("<html><body>" + strings.Repeat("<table><tr><td>", 50000/scale) + "正文。")},
		{"10MB-divs", []byte("<html><body>" + strings.Repeat("<div>正文段落</div>", (10<<20)/23/scale))},
		{"10MB-open-divs", []byte("<html><body>" + strings.Repeat("<div>正", (10<<20)/8/scale))},
		{"5MB-attribute", []byte(`<html><body><p title="` + strings.Repeat("x", (5<<20)/scale) + `">正文段落</p>`)},
	}
}

// BenchmarkParseHTMLHostile measures the pages of TestHTMLHostile at full
// size.
func BenchmarkParseHTMLHostile(b *testing.B) {
	for _, h := range hostilePages(1) {
		b.Run(h.name, func(b *testing.B) {
			b.SetBytes(int64(len(h.page)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Parse(h.page); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// FuzzParseHTML feeds HTML pages to the parser, with checkPage's checks:
// no panic, errors of type *Error, records that encode and decode back.
func FuzzParseHTML(f *testing.F) {
	for _, path := range []string{
		filepath.Join(govcnDir, "16-000014349-2018-00222.html"),
		filepath.Join(sitesDir, "fujian-pingtan-2021-lancaijin-15.gbk.html"),
		filepath.Join(sitesDir, "anhui-jyt-2023-40678766.gb2312.html"),
	} {
		f.Add(readFile(f, path))
	}
	f.Add([]byte(`<table><tr><td>索 引 号：</td><td colspan=3>1</td></tr><tr><td>发布机构：<td>国务院</table><div id=zoom>正文<br>第二行</div>`))
	f.Add([]byte(`<dl><dd><label>文号：</label>国发〔2019〕5号</dd></dl><p>正文。<a href="a.pdf">附件</a>`))
	f.Add([]byte("\xef\xbb\xbf<!-- x --><html><meta charset=gbk><p>\xd5\xfd\xce\xc4</p>"))
	f.Add([]byte(strings.Repeat("<div>", 600) + "正文。"))
	f.Add([]byte(`<p title="` + strings.Repeat("|", 100) + `">| 索引号： | 1 |</p>`))
	f.Fuzz(checkPage)
}

func TestAttachmentKey(t *testing.T) {
	tests := []struct{ name, key string }{
		{"名单", "名单"},
		{"附件：名单", "名单"},
		{"附件2：名单.pdf", "名单"},
		{"附件：1. 名单.XLSX", "名单"},
		{"附件一、名单", "名单"},
		{"名单.html", "名单.html"},
		{".pdf", ".pdf"},
		{"附件", ""},
	}
	for _, tt := range tests {
		if got := attachmentKey(tt.name); got != tt.key {
			t.Errorf("attachmentKey(%q) = %q, want %q", tt.name, got, tt.key)
		}
	}
}

func TestHeadingTitle(t *testing.T) {
	const body = `<p>全省教育系统培训班举办</p><p>10月17日，培训班在杭州举办，来自各地的教师参加。</p>`
	tests := []struct {
		name        string
		header      string // a metadata table before the article
		meta, title string // the page's <meta name="ArticleTitle"> and <title>
		wantTitle   string
		wantBody    int // paragraphs left
	}{
		{"meta names it", "", "全省教育系统培训班举办", "浙江省教育厅", "全省教育系统培训班举办", 1},
		{"<title> is it", "", "", "全省教育系统培训班举办", "全省教育系统培训班举办", 1},
		{"<title> then the site", "", "", "全省教育系统培训班举办 | 浙江省教育厅", "全省教育系统培训班举办", 1},
		{"<title> then the site, no space", "", "", "全省教育系统培训班举办_浙江省教育厅", "全省教育系统培训班举办", 1},
		{"<title> in Traditional", "", "", "全省教育系統培訓班舉辦 - 浙江省教育廳", "全省教育系统培训班举办", 1},
		{"<title> is the site only", "", "", "浙江省教育厅", "全省教育系统培训班举办", 1},
		{"the meta names the column", "", "图文报道", "", "全省教育系统培训班举办", 1},
		{"the meta puts the site first", "", "浙江省教育厅门户网站——全省教育系统培训班举办", "", "全省教育系统培训班举办", 1},
		{"a <title> of its own", "", "", "关于全省培训班的报道_浙江省教育厅", "关于全省培训班的报道", 2},
		{"the header named a title", `<table><tr><td>标题：</td><td>关于举办培训班的通知</td></tr></table>`, "全省教育系统培训班举办", "",
			"关于举办培训班的通知", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html><head><title>` + tt.title + `</title><meta name="ArticleTitle" content="` + tt.meta +
				`"></head><body>` + tt.header + `<div id="zoom">` + body + `</div></body></html>`
			n, err := Parse([]byte(page))
			if err != nil {
				t.Fatal(err)
			}
			if n.Title != tt.wantTitle || len(n.Body) != tt.wantBody {
				t.Errorf("title %q, %d paragraphs; want %q, %d", n.Title, len(n.Body), tt.wantTitle, tt.wantBody)
			}
		})
	}
}
