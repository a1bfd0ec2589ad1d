package punct

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/variant/internal/fixture"
	"github.com/govnotice/govnotice/variant/internal/transformtest"
	"github.com/govnotice/govnotice/variant/pinyin"
	"golang.org/x/text/transform"
)

var punctCases = []struct {
	name, in, want string
}{
	// Marks next to Chinese.
	{"comma after Han", "11月18日上午,棲霞區", "11月18日上午，棲霞區"},
	{"every mark", "甲,乙;丙:丁?戊!", "甲，乙；丙：丁？戊！"},
	{"Han on the right only", "2025年,全区", "2025年，全区"},
	{"Han on the right only 2", "x,全区", "x，全区"},
	{"colon before time", "时间:10:30", "时间：10:30"},
	{"after Chinese punctuation", "“走在前”,全区", "“走在前”，全区"},
	{"before Chinese punctuation", "A,“B”", "A，“B”"},
	{"ASCII quote is not Chinese", `称为"一体发展",全区`, `称为"一体发展"，全区`},
	{"run of marks", "好吗?!", "好吗？！"},
	{"run decided at its far end", ",,中", "，，中"},
	{"run after Han", "中,,", "中，，"},
	{"colon at line end", "联系方式:\n电话", "联系方式：\n电话"},
	{"next to a full-width mark", "中，,", "中，，"},

	// Marks in Latin or numeric context.
	{"thousands", "共1,000元", "共1,000元"},
	{"decimal point", "PM2.5浓度", "PM2.5浓度"},
	{"time", "10:30", "10:30"},
	{"time after a space", "时间 10:30", "时间 10:30"},
	{"space is not Chinese", "中 , 文", "中 , 文"},
	{"English", "Hello, world!", "Hello, world!"},
	{"English before Han after a space", "Hello, 世界", "Hello, 世界"},
	{"URL query", "http://x.cn/a?b=1", "http://x.cn/a?b=1"},
	{"ASCII quotes stay", `"走在前、挑大梁"`, `"走在前、挑大梁"`},
	{"curly quotes stay", "“走在前、挑大梁”", "“走在前、挑大梁”"},

	// Parentheses.
	{"Chinese inside", "办法(试行)", "办法（试行）"},
	{"Latin inside, Han before", "加入(WTO)组织", "加入（WTO）组织"},
	{"Latin before, Han inside", "IPv6(试行)", "IPv6（试行）"},
	{"Latin around and inside", "ABC(GDP) is", "ABC(GDP) is"},
	{"Latin before and inside, Han after", "GDP(ppp)增长", "GDP（ppp）增长"},
	{"only the open in context", "表(Table) is", "表（Table） is"},
	{"only the close in context", "see (Table)。", "see （Table）。"},
	{"list number", "(1)加强领导", "（1）加强领导"},
	{"numbers inside", "规划(2011-2015)", "规划（2011-2015）"},
	{"nested", "(一(二))", "（一（二））"},
	{"nested, inner only", "a(b(中)c)d", "a(b（中）c)d"},
	{"nested, spread outwards", "x((a)中)", "x（（a）中）"},
	{"pair spreads to a neighbour", "x,(a)中", "x，（a）中"},
	{"pair spreads to the next mark", "中(a),x", "中（a），x"},
	{"half full-width pair", "（试行)", "（试行）"},
	{"half full-width pair 2", "(试行）", "（试行）"},
	{"full-width partner in Latin context", "a（b)c", "a（b）c"},
	{"unmatched open", "中(abc", "中（abc"},
	{"unmatched close", "abc)中", "abc）中"},
	{"unmatched open in Latin", "a(b", "a(b"},
	{"pair cut by a line end", "中(a\nb)c", "中（a\nb)c"},
	{"pair 128 characters long", "中(" + strings.Repeat("a", 127) + ")b", "中（" + strings.Repeat("a", 127) + "）b"},
	{"pair 129 characters long", "中(" + strings.Repeat("a", 128) + ")b", "中（" + strings.Repeat("a", 128) + ")b"},
	{"chain of pairs", "x(a)(b)(c)中", "x（a）（b）（c）中"},
	{"emoticon", "ok :) fine", "ok :) fine"},

	// Full-width letters and digits.
	{"digits", "２０２５年", "2025年"},
	{"letters", "ＡＢＣ ａｂｃ ＸＹＺ ｘｙｚ", "ABC abc XYZ xyz"},
	{"digits are Latin context", "２,０", "2,0"},
	{"letters are Latin context", "ＧＤＰ(ｐｐｐ)", "GDP(ppp)"},
	{"full-width punctuation stays", "，；：？！（）＃％＆", "，；：？！（）＃％＆"},
	{"inside a unit", "中(ＧＤＰ２)", "中（GDP2）"},

	// Odd input.
	{"empty", "", ""},
	{"lone mark", ",", ","},
	{"lone parenthesis", "(", "("},
	{"invalid UTF-8 next to a mark", "中,\xff", "中，\xff"},
	{"invalid UTF-8 before a mark", "\xff,中", "\xff，中"},
	{"cut full-width form", "中,\xef\xbc", "中，\xef\xbc"},
}

func TestPunctuation(t *testing.T) {
	for _, tc := range punctCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Normalize.String(tc.in); got != tc.want {
				t.Errorf("Normalize.String(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if got := string(Normalize.Bytes([]byte(tc.in))); got != tc.want {
				t.Errorf("Normalize.Bytes(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if again := Normalize.String(tc.want); again != tc.want {
				t.Errorf("not idempotent: Normalize.String(%q) = %q", tc.want, again)
			}
			transformtest.Check(t, new(Transformer), tc.in, tc.want)
		})
	}
}

// TestPunctuationCut pins down the one place where the rule gives way to
// bounded lookahead: a unit of more than 256 characters is decided in pieces,
// each as if the text started there.
func TestPunctuationCut(t *testing.T) {
	zh := func(n int) string { return strings.Repeat("中", n) }
	for _, tc := range []struct{ name, in, want string }{
		{
			"run of marks",
			strings.Repeat(",", 300) + "中",
			strings.Repeat(",", 256) + strings.Repeat("，", 44) + "中",
		},
		{
			// Each ( is pending until 128 characters have passed, so the
			// unit that starts at the first one is cut at the comma; the
			// 中 before the cut is not the comma's neighbour.
			"pending parentheses",
			"(" + zh(100) + "(" + zh(100) + "(" + zh(53) + ",a",
			"（" + zh(100) + "（" + zh(100) + "（" + zh(53) + ",a",
		},
	} {
		if got := Normalize.String(tc.in); got != tc.want {
			t.Errorf("%s: Normalize.String(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
		transformtest.Check(t, new(Transformer), tc.in, tc.want)
		if again := Normalize.String(tc.want); again != tc.want {
			t.Errorf("%s: not idempotent: %q", tc.name, again)
		}
	}
}

// TestPunctuationPages runs every sample page through: whichever way it is
// fed the output is the same, a second pass changes nothing, and no ASCII
// mark is left next to a Chinese character.
func TestPunctuationPages(t *testing.T) {
	for _, page := range []string{
		"qixia-2025-78463.txt",
		"anhui-taihu-2019-00336.txt",
		"govcn-guobanhan-2018-71.txt",
		"jiangxi-wanzai-statistics-2023.txt",
		"nanjing-mirror-traditional-pinyin.txt",
	} {
		t.Run(page, func(t *testing.T) {
			in := pinyin.Strip.String(readPage(t, page))
			out := Normalize.String(in)
			if again := Normalize.String(out); again != out {
				t.Errorf("not idempotent (-once +twice):\n%s", cmp.Diff(out, again))
			}
			if utf8.RuneCountInString(out) != utf8.RuneCountInString(in) {
				t.Errorf("rune count changed from %d to %d", utf8.RuneCountInString(in), utf8.RuneCountInString(out))
			}
			if bad := punctLeftInChinese(out); len(bad) > 0 {
				t.Errorf("ASCII marks left in Chinese context: %q", bad)
			}
			transformtest.Check(t, new(Transformer), in, out)
		})
	}
	qixia := Normalize.String(pinyin.Strip.String(readPage(t, "qixia-2025-78463.txt")))
	if !strings.Contains(qixia, "11月18日上午，棲霞區與南京") {
		t.Errorf("Qixia page: first sentence not converted")
	}
}

// punctLeftInChinese returns, with a character of context, each ASCII mark in
// s that stands next to a Chinese character.
func punctLeftInChinese(s string) []string {
	var bad []string
	rs := []rune(s)
	for i, r := range rs {
		if classOf(r) != classMark {
			continue
		}
		if i > 0 && classOf(rs[i-1]) == classChinese || i+1 < len(rs) && classOf(rs[i+1]) == classChinese {
			bad = append(bad, string(rs[max(i-1, 0):min(i+2, len(rs))]))
		}
	}
	return bad
}

func TestPunctuationAllocs(t *testing.T) {
	src := []byte(readPage(t, "qixia-2025-78463.txt"))
	dst := make([]byte, 3*len(src))
	if n := testing.AllocsPerRun(20, func() { Normalize.Transform(dst, src, true) }); n != 0 {
		t.Errorf("%v allocations per Transform, want 0", n)
	}
}

func TestPunctKindOf(t *testing.T) {
	for _, tc := range []struct {
		runes string
		want  class
	}{
		{",;:?!()", classMark},
		{"，；：？！（）", classWideMark},
		{"中區〇々𠀋、。《》「」【】〔〕“”‘’—…．＂｡｢｣､･︰﹁", classChinese},
		{"aZ09 \t\n\u3000\u00a0０９ＡＺａｚ.\"'-/·ー한かア", classOther},
	} {
		for _, r := range tc.runes {
			if got := classOf(r); got != tc.want {
				t.Errorf("classOf(%q) = %d, want %d", r, got, tc.want)
			}
		}
	}
}

// TestChainPinyinPunctuation runs both transformers in one transform.Chain,
// the way the canonical-text chain uses them: the output must equal running
// them one after the other, however the input is fed.
func TestChainPinyinPunctuation(t *testing.T) {
	for _, page := range []string{"qixia-2025-78463.txt", "nanjing-mirror-traditional-pinyin.txt"} {
		in := readPage(t, page)
		want := Normalize.String(pinyin.Strip.String(in))
		transformtest.Check(t, transform.Chain(new(pinyin.Transformer), new(Transformer)), in, want)
	}
}

func readPage(t testing.TB, name string) string {
	t.Helper()
	return string(fixture.Read(t, "../../testdata/pages/"+name))
}

var punctRandomPieces = []string{
	"中", "區", "a", "Z", "1", "０", "Ａ", " ", "\n", "“", "”", "、",
	",", ";", ":", "?", "!", "(", ")", "，", "：", "（", "）",
	strings.Repeat(",", 100), strings.Repeat("(", 60), strings.Repeat("a", 100), strings.Repeat("中", 100),
	"\xef\xbc", "\xff",
}

func TestPunctuationRandom(t *testing.T) {
	transformtest.CheckRandom(t, new(Transformer), Normalize.String, punctRandomPieces)
}

// TestSpan checks where Span stops: at the Chinese character before a mark that changes, at a
// full-width digit, and short of what the next input may decide.
func TestSpan(t *testing.T) {
	tests := []struct {
		in    string
		atEOF bool
		n     int
		err   error
	}{
		{"", true, 0, nil},
		{"1,000 and 10:30", true, 15, nil},
		{"上午，棲霞區", true, 18, nil},
		{"上午,棲霞區", true, 3, transform.ErrEndOfSpan},
		{"ab２", true, 2, transform.ErrEndOfSpan},
		{"ab(c", false, 2, transform.ErrShortSrc},
		{"棲霞區", false, 6, transform.ErrShortSrc}, // a mark may follow 區
		{"x,(a)中", true, 1, transform.ErrEndOfSpan},
	}
	for _, tt := range tests {
		if n, err := new(Transformer).Span([]byte(tt.in), tt.atEOF); n != tt.n || err != tt.err {
			t.Errorf("Span(%q, %v) = %d, %v; want %d, %v", tt.in, tt.atEOF, n, err, tt.n, tt.err)
		}
	}
}
