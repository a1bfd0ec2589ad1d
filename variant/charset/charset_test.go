package charset

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/variant/internal/fixture"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

func readFile(t testing.TB, path string) []byte { return fixture.Read(t, path) }

// TestCharsetFixtureManifests checks that the fixtures are the bytes that
// iconv wrote, and that every charset has some.
func TestCharsetFixtureManifests(t *testing.T) {
	perName := map[string]int{}
	for _, fx := range fixture.Encodings(t, "../..") {
		perName[fx.Want]++
		if fx.SHA256 == "" {
			continue
		}
		b := readFile(t, fx.File)
		sum := sha256.Sum256(b)
		if len(b) != fx.Size || hex.EncodeToString(sum[:]) != fx.SHA256 {
			t.Errorf("%s: %d bytes, sha256 %x; manifest says %d bytes, %s", fx.File, len(b), sum, fx.Size, fx.SHA256)
		}
	}
	for _, name := range []string{"utf-8", "gb18030", "big5", "utf-16le", "utf-16be"} {
		if perName[name] < 5 {
			t.Errorf("%d fixtures for %s, want at least 5", perName[name], name)
		}
	}
}

func TestDetectFixtures(t *testing.T) {
	for _, fx := range fixture.Encodings(t, "../..") {
		t.Run(filepath.Base(fx.File), func(t *testing.T) {
			data := readFile(t, fx.File)
			cs := Detect(data)
			if cs.Name != fx.Want || !cs.Certain {
				t.Errorf("Detect = %q certain=%v, want %q certain", cs.Name, cs.Certain, fx.Want)
			}
			got, invalid := Decode(data, cs)
			if diff := cmp.Diff(string(readFile(t, fx.Source)), string(got)); diff != "" {
				t.Errorf("Decode mismatch (-want +got):\n%s", diff)
			}
			if invalid != 0 {
				t.Errorf("Decode: %d invalid, want 0", invalid)
			}
		})
	}
}

// prefixLens gives the prefix lengths to try on a fixture of n bytes:
// every multiple of 256 and some odd lengths that cut characters.
func prefixLens(n int) []int {
	var lens []int
	for _, l := range []int{1, 2, 3, 5, 7, 31, 100, 255, 257, 1000, 1023, 1025, 3001, 4097} {
		if l < n {
			lens = append(lens, l)
		}
	}
	for l := 256; l < n; l += 256 {
		lens = append(lens, l)
	}
	return lens
}

// TestDetectPrefixes checks that detection on a page's first bytes is
// never wrong and certain. Right means the right name, or a charset that
// reads these bytes exactly as the right one does (pure ASCII). It also
// checks that 1 KiB is enough to get the name right, and, but for UTF-8
// with too few non-ASCII characters, to be sure. UTF-16 pages are tried
// without their byte order mark too, where only the first check applies and
// only from 16 bytes on: one ASCII character of UTF-16 without its zero byte
// is indistinguishable from ASCII.
func TestDetectPrefixes(t *testing.T) {
	var tried, certain int
	try := func(fx fixture.Encoded, data []byte, bom bool) {
		want, err := Lookup(fx.Want)
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range prefixLens(len(data)) {
			if !bom && n < 16 {
				continue
			}
			prefix := data[:n]
			cs := Detect(prefix)
			tried++
			if cs.Certain {
				certain++
			}
			right := cs.Name == fx.Want
			if !right {
				got, _ := Decode(prefix, cs)
				wantText, _ := Decode(prefix, want)
				right = bytes.Equal(got, wantText)
			}
			if cs.Certain && !right {
				t.Errorf("%s[:%d] (byte order mark %v): Detect = %q certain, want %q", fx.File, n, bom, cs.Name, fx.Want)
			}
			if bom && n >= 1024 && (!right || !cs.Certain && fx.Want != "utf-8") {
				t.Errorf("%s[:%d]: Detect = %q certain=%v, want %q certain", fx.File, n, cs.Name, cs.Certain, fx.Want)
			}
		}
	}
	for _, fx := range fixture.Encodings(t, "../..") {
		data := readFile(t, fx.File)
		try(fx, data, true)
		if strings.HasPrefix(fx.Want, "utf-16") {
			try(fx, data[2:], false)
		}
	}
	t.Logf("%d prefixes, %d certain", tried, certain)
}

func TestDetectSmall(t *testing.T) {
	tests := []struct {
		name        string
		in          string
		want        string
		wantCertain bool
	}{
		{"empty", "", "utf-8", false},
		{"ascii", "Hello, 2025-11-19", "utf-8", true},
		{"utf-8 few", "信息公开", "utf-8", false},
		{"utf-8 enough", "政府信息公开目录索引", "utf-8", true},
		{"utf-8 cut", "政府信息公开目录索引\xe5\x8f", "utf-8", true},
		{"utf-8 bom", "\xef\xbb\xbfA", "utf-8", true},
		{"utf-8 bom alone", "\xef\xbb\xbf", "utf-8", true},
		{"utf-16le bom", "\xff\xfe", "utf-16le", true},
		{"utf-16be bom", "\xfe\xff\x4e\x2d", "utf-16be", true},
		{"gbk thin", "\xb9\xfa\xce\xf1\xd4\xba", "gb18030", false}, // 国务院
		{"big5 thin", "\xa4\xa4\xa4\xe5", "big5", false},           // 中文
		{"cut utf-8", "\xe4\xb8", "utf-8", false},                  // a cut character: no evidence
		{"ascii, cut utf-8", "A\xe4\xb8", "utf-8", true},
		{"lone gbk lead", "\xb9", "gb18030", false},
		{"stray 0xff", "\xff", "gb18030", false},
		{"utf-16le no bom", "<\x00h\x00t\x00m\x00l\x00>\x00\n\x00-N\x87e\n\x00<\x00/\x00h\x00t\x00m\x00l\x00>\x00", "utf-16le", false},
		{"utf-16be no bom", strings.Repeat("\x00a\x00b\x00c\x00d", 5), "utf-16be", true},
		{"zeros both sides", "\x00\x00\x00\x00abc", "utf-8", false}, // no UTF-16 pattern, but zeros are odd in text
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := Detect([]byte(tt.in))
			if cs.Name != tt.want || cs.Certain != tt.wantCertain {
				t.Errorf("Detect(%q) = %q certain=%v, want %q certain=%v", tt.in, cs.Name, cs.Certain, tt.want, tt.wantCertain)
			}
			if cs.Encoding == nil {
				t.Errorf("Detect(%q).Encoding = nil", tt.in)
			}
		})
	}
}

func TestDetectMeta(t *testing.T) {
	gbk := readFile(t, "../../testdata/encodings/govcn-guobanhan-2018-71.gbk.txt")
	big5 := readFile(t, "../../testdata/encodings/govcn-guobanhan-2018-71.trad.big5.txt")
	utf8Page := readFile(t, "../../testdata/pages/govcn-guobanhan-2018-71.txt")
	page := func(head string, body []byte) []byte {
		return append([]byte("<!DOCTYPE html>\n<html><head>"+head+"</head><body>\n"), body...)
	}
	ascii := []byte("<p>ASCII only</p>")
	tests := []struct {
		name        string
		in          []byte
		want        string
		wantCertain bool
	}{
		{"charset gbk", page(`<meta charset=gbk>`, gbk), "gb18030", true},
		{"charset gb2312 quoted", page(`<meta charset="gb2312">`, gbk), "gb18030", true},
		{"charset GB18030 single quotes", page(`<META CHARSET='GB18030'>`, gbk), "gb18030", true},
		{"charset utf-8 upper", page(`<META charset="UTF-8"/>`, utf8Page), "utf-8", true},
		{"charset big5", page(`<meta charset="big5">`, big5), "big5", true},
		{"charset big5-hkscs", page(`<meta charset="big5-hkscs">`, big5), "big5", true},
		{"charset spaces", page(`<meta   charset = " gbk " >`, gbk), "gb18030", true},
		{"http-equiv", page(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, gbk), "gb18030", true},
		{"http-equiv unquoted", page(`<meta http-equiv=content-type content="text/html;charset=GBK">`, gbk), "gb18030", true},
		{"http-equiv content first", page(`<meta content='text/html; charset="big5"' http-equiv='CONTENT-TYPE'>`, big5), "big5", true},
		{"content without http-equiv", page(`<meta content="text/html; charset=big5">`, gbk), "gb18030", true},
		{"in comment", page(`<!-- <meta charset=big5> -->`, gbk), "gb18030", true},
		{"in attribute", page(`<link title='<meta charset=big5>'>`, gbk), "gb18030", true},
		{"unknown label, then known", page(`<meta charset=klingon><meta charset=big5>`, big5), "big5", true},
		{"first wins", page(`<meta charset=big5><meta charset=gbk>`, big5), "big5", true},
		{"utf-16 means utf-8", page(`<meta charset=utf-16>`, ascii), "utf-8", true},
		{"windows-1252", page(`<meta charset=iso-8859-1>`, ascii), "windows-1252", true},
		{"shift_jis on ascii", page(`<meta charset=shift_jis>`, ascii), "shift_jis", true},
		// Bytes that are valid UTF-8 are UTF-8, whatever the page says.
		{"gb2312 page saved as utf-8", page(`<meta charset=gb2312>`, utf8Page), "utf-8", true},
		// A declaration the bytes do not decode cleanly in loses to
		// detection that is sure of another charset.
		{"big5 declared on gbk", page(`<meta charset=big5>`, gbk), "gb18030", true},
		{"utf-8 declared on gbk", page(`<meta charset=utf-8>`, gbk), "gb18030", true},
		{"gbk declared on big5", page(`<meta charset=gbk>`, big5), "big5", true},
		// A U+FFFD the page itself holds is no decoding error.
		{"utf-8 with its own U+FFFD", page(`<meta charset=utf-8>`, append(slices.Clip(utf8Page), "\uFFFD"...)), "utf-8", true},
		{"gbk with its own U+FFFD", page(`<meta charset=gbk>`, append(slices.Clip(gbk), "\x84\x31\xA4\x37"...)), "gb18030", true},
		// Only the first 1024 bytes count, and only whole tags.
		{"beyond 1024", append([]byte(strings.Repeat(" ", 1024)+"<meta charset=big5>"), ascii...), "utf-8", true},
		{"cut at 1024", append([]byte(strings.Repeat(" ", 1024-len("<meta charset=bi"))+"<meta charset=big5>"), ascii...), "utf-8", true},
		{"unclosed comment", page(`<!-- <meta charset=big5>`, ascii), "utf-8", true},
		{"byte order mark first", append([]byte("\xef\xbb\xbf<meta charset=gbk>"), utf8Page...), "utf-8", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := Detect(tt.in)
			if cs.Name != tt.want || cs.Certain != tt.wantCertain {
				t.Errorf("Detect = %q certain=%v, want %q certain=%v", cs.Name, cs.Certain, tt.want, tt.wantCertain)
			}
		})
	}
}

func TestLookup(t *testing.T) {
	tests := []struct{ label, want string }{
		{"utf-8", "utf-8"},
		{"UTF8", "utf-8"},
		{"gbk", "gb18030"},
		{"GB2312", "gb18030"},
		{" gb18030 ", "gb18030"},
		{"x-gbk", "gb18030"},
		{"big5", "big5"},
		{"Big5-HKSCS", "big5"},
		{"utf-16", "utf-16le"},
		{"utf-16le", "utf-16le"},
		{"UTF-16BE", "utf-16be"},
		{"shift_jis", "shift_jis"},
		{"latin1", "windows-1252"},
	}
	for _, tt := range tests {
		cs, err := Lookup(tt.label)
		if err != nil || cs.Name != tt.want || !cs.Certain || cs.Encoding == nil {
			t.Errorf("Lookup(%q) = %q certain=%v encoding=%v, %v; want %q certain", tt.label, cs.Name, cs.Certain, cs.Encoding, err, tt.want)
		}
	}
	for _, label := range []string{"", "cp936", "klingon", "utf-32"} {
		_, err := Lookup(label)
		var unknown *UnknownError
		if !errors.As(err, &unknown) || unknown.Name != label {
			t.Errorf("Lookup(%q) error = %v, want *UnknownError{%q}", label, err, label)
		}
	}
}

// TestLookupOverride decodes a page with the charset a caller names,
// even where detection would choose otherwise.
func TestLookupOverride(t *testing.T) {
	gbk := readFile(t, "../../testdata/encodings/qixia-2025-78463.gbk.txt")
	big5, _ := Lookup("big5")
	got, invalid := Decode(gbk, big5)
	if invalid == 0 || !utf8.Valid(got) {
		t.Errorf("GBK page read as Big5: %d invalid, want many", invalid)
	}
	gb, _ := Lookup("gb2312")
	got, invalid = Decode(gbk, gb)
	if want := readFile(t, "../../testdata/pages/qixia-2025-78463.txt"); invalid != 0 || !bytes.Equal(got, want) {
		t.Errorf("GBK page read as gb2312: %d invalid, text equal %v", invalid, bytes.Equal(got, want))
	}
}

// TestCharsetCommonHanTable checks the generated table against its source:
// it must hold exactly the characters of GB2312 level 1 and Big5 常用字 as
// x/text decodes them.
func TestCharsetCommonHanTable(t *testing.T) {
	want := map[rune]bool{}
	decodeRange := func(dec func([]byte) ([]byte, error), lead0, lead1 byte, trail func(byte) bool, last int) {
		for lead := int(lead0); lead <= int(lead1); lead++ {
			for tr := 0x40; tr <= 0xFE; tr++ {
				if !trail(byte(tr)) || lead<<8|tr > last {
					continue
				}
				out, err := dec([]byte{byte(lead), byte(tr)})
				r, _ := utf8.DecodeRune(out)
				if err != nil {
					t.Fatal(err)
				}
				want[r] = true
			}
		}
	}
	decodeRange(simplifiedchinese.GB18030.NewDecoder().Bytes, 0xB0, 0xD7, func(b byte) bool { return b >= 0xA1 && b <= 0xFE }, 0xD7F9)
	decodeRange(traditionalchinese.Big5.NewDecoder().Bytes, 0xA4, 0xC6, func(b byte) bool { return b <= 0x7E || b >= 0xA1 && b <= 0xFE }, 0xC67E)
	got := 0
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		var ev evidence
		ev.add(r)
		if in := ev.common == 1; in != want[r] {
			t.Errorf("U+%04X %c: in table %v, in source %v", r, r, in, want[r])
		} else if in {
			got++
		}
	}
	if got != len(want) {
		t.Errorf("table holds %d characters, source %d", got, len(want))
	}
}

// TestCharsetOwnFFFD checks which charsets can encode U+FFFD, and how.
func TestCharsetOwnFFFD(t *testing.T) {
	labels := []string{"utf-8", "gb18030", "big5", "utf-16le", "utf-16be", "shift_jis", "euc-jp", "iso-2022-jp",
		"euc-kr", "windows-1252", "iso-8859-2", "koi8-r", "macintosh", "windows-874", "x-user-defined"}
	for _, label := range labels {
		cs, err := Lookup(label)
		if err != nil {
			t.Fatal(err)
		}
		enc, _ := htmlindex.Get(label)
		b, err := enc.NewEncoder().Bytes([]byte("\uFFFD"))
		own := ownFFFD(cs.Name)
		switch {
		case err != nil && own != nil:
			t.Errorf("%s: cannot encode U+FFFD (%v), but ownFFFD has it", label, err)
		case err == nil && own == nil:
			t.Errorf("%s encodes U+FFFD as % x, missing in ownFFFD", label, b)
		case err == nil && own(b) != 1:
			t.Errorf("%s: ownFFFD(% x) = %d, want 1", label, b, own(b))
		}
	}
}

func TestDeclared(t *testing.T) {
	tests := []struct {
		head, label string
	}{
		{`<meta charset="GBK">`, "gbk"},
		{`<META CHARSET=' utf-8 '/>`, "utf-8"},
		{`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, "gb2312"},
		{`<meta content='text/html; charset="big5"' http-equiv='CONTENT-TYPE'>`, "big5"},
		{`<meta content="text/html; charset=big5">`, ""},
		{`<!-- <meta charset=big5> --><meta charset=gbk>`, "gbk"},
		{`<link title='<meta charset=big5>'><meta charset=gbk>`, "gbk"},
		{`<meta name="keywords" content="charset=gbk"><meta charset=utf-8>`, "utf-8"},
		{`<meta charset=klingon><meta charset=big5>`, "klingon"}, // unknown labels too: the caller judges them
		{strings.Repeat(" ", 1024) + `<meta charset=gbk>`, ""},
		{`<p>no declaration</p>`, ""},
		// Bytes that are not UTF-8, or letters whose lower case is longer
		// or shorter, before "charset": its index must be one into content
		// itself (this one panicked: slice bounds out of range).
		{"<meta http-equiv=\"Content-Type\" content=\"\xff\xffcharset\">", ""},
		{"<meta http-equiv=\"Content-Type\" content=\"\xff\xff; charset=gbk\">", "gbk"},
		{"<meta http-equiv=Content-Type content='\u0130\u0130\u0130 CharSet=big5'>", "big5"},
		{"<meta http-equiv=Content-Type content='\u212a\u212a charset=big5'>", "big5"},
	}
	for _, tt := range tests {
		if got := Declared([]byte(tt.head)); got != tt.label {
			t.Errorf("Declared(%.60q) = %q, want %q", tt.head, got, tt.label)
		}
	}
}

// TestCharsetLabelsMatchHTMLIndex checks the generated label table against
// htmlindex, which it replaces at run time: every label resolves to the same
// name and encoding, whatever its case and surrounding space, and names that
// are not labels are unknown to both.
func TestCharsetLabelsMatchHTMLIndex(t *testing.T) {
	for _, l := range labels {
		for _, label := range []string{l.label, strings.ToUpper(l.label), " \t" + l.label + "\n"} {
			enc, err := htmlindex.Get(label)
			if err != nil {
				t.Fatalf("htmlindex.Get(%q): %v", label, err)
			}
			name, _ := htmlindex.Name(enc)
			e := encodings[l.enc]
			if e.name != name || e.enc != enc {
				t.Errorf("label %q: table has %s %v, htmlindex %s %v", label, e.name, e.enc, name, enc)
			}
			cs, ok := byLabel(label)
			want := name
			if name == "gbk" {
				want = "gb18030" // see byLabel
			}
			if !ok || cs.Name != want {
				t.Errorf("byLabel(%q) = %q, %v; want %q", label, cs.Name, ok, want)
			}
		}
	}
	for _, name := range []string{"", "klingon", "utf-7", "gbk2", "big5 hkscs", "utf8 "} {
		_, err := htmlindex.Get(name)
		_, ok := byLabel(name)
		if ok != (err == nil) {
			t.Errorf("%q: byLabel found %v, htmlindex error %v", name, ok, err)
		}
	}
}

// TestEvidenceFastRanges checks that the ranges evidence.add counts without
// the tables are unlikely by the tables too.
func TestEvidenceFastRanges(t *testing.T) {
	for _, rg := range [][2]rune{{0x3400, 0x4DBF}, {0xAC00, 0xD7A3}, {0xE000, 0xF8FF}} {
		for r := rg[0]; r <= rg[1]; r++ {
			if unicode.IsGraphic(r) && !unicode.In(r, unlikelyTables...) {
				t.Fatalf("%U is counted unlikely but the tables do not say so", r)
			}
		}
	}
}
