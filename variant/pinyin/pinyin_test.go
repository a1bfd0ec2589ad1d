package pinyin

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/variant/internal/runeutil"
	"github.com/govnotice/govnotice/variant/internal/transformtest"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// pinyinCases are the stripping rules of FORMAT.md §6.3, one row each. count is how
// many annotations a counting stripper reports.
var pinyinCases = []struct {
	name, in, want string
	count          int
}{
	// Stripped.
	{"tone 1", "區(qū)", "區", 1},
	{"space before close", "會(huì )", "會", 1},
	{"three spaces", "會(huì   )", "會", 1},
	{"no-break and ideographic space", "會(huì\u00a0\u3000)", "會", 1},
	{"full-width parentheses", "區（qū）", "區", 1},
	{"mixed parentheses", "區(qū）", "區", 1},
	{"ü with tone", "綠(lǜ)", "綠", 1},
	{"üe", "略(lüè)", "略", 1},
	{"syllabic ng", "嗯(ńg)", "嗯", 1},
	{"ê with combining macron", "欸(ê̄)", "欸", 1},
	{"combining grave on m", "呣(m̀)", "呣", 1},
	{"decomposed tone mark", "區(qu\u0304)", "區", 1},
	{"decomposed ü and tone", "綠(lu\u0308\u0300)", "綠", 1},
	{"misplaced mark still counts", "區(hùi)", "區", 1},
	{"nested", "鄉(xiāng)(鎮(zhèn))", "鄉(鎮)", 2},
	{"annotation then real parenthesis", "區(qū)(试行)", "區(试行)", 1},
	{"two annotations in a row", "區(qū)(qū)", "區", 2},
	{"in running text", "棲霞區(qū)政府全體會(huì)議", "棲霞區政府全體會議", 2},
	{"extension B Han", "𠀋(zhàng)", "𠀋", 1},
	{"iteration mark counts as Han", "々(jiē)", "々", 1},

	// Cut off at the end of the input.
	{"cut after open", "創(", "創", 1},
	{"cut after full-width open", "創（", "創", 1},
	{"cut in letters", "創(chu", "創", 1},
	{"cut after tone", "創(chuà", "創", 1},
	{"cut after space", "會(huì ", "會", 1},
	{"cut after an annotation", "區(qū)(", "區", 2},

	// Kept.
	{"Latin abbreviation", "國內生產總值(GDP)", "國內生產總值(GDP)", 0},
	{"mixed case", "協議(IPv6)", "協議(IPv6)", 0},
	{"numbers", "規劃(2011-2015)", "規劃(2011-2015)", 0},
	{"Chinese", "办法(试行)", "办法(试行)", 0},
	{"numeral", "第一条(一)", "第一条(一)", 0},
	{"toneless unit", "長度(m)", "長度(m)", 0},
	{"toneless list marker", "條件(a)", "條件(a)", 0},
	{"toneless syllable", "們(men)", "們(men)", 0},
	{"toneless word", "時間(min)", "時間(min)", 0},
	{"capital", "區(Qū)", "區(Qū)", 0},
	{"two syllables", "區(qūū)", "區(qūū)", 0},
	{"two tone marks", "區(qǖū)", "區(qǖū)", 0},
	{"two combining marks", "區(qu\u0304\u0301)", "區(qu\u0304\u0301)", 0},
	{"not a syllable", "區(qā)", "區(qā)", 0},
	{"after a Latin letter", "A(ā)", "A(ā)", 0},
	{"after a digit", "第3(sān)", "第3(sān)", 0},
	{"at the start", "(qū)", "(qū)", 0},
	{"after punctuation", "，(qū)", "，(qū)", 0},
	{"after a space", "區 (qū)", "區 (qū)", 0},
	{"space after open", "區( qū)", "區( qū)", 0},
	{"four spaces", "會(huì    )", "會(huì    )", 0},
	{"space inside", "區(q ū)", "區(q ū)", 0},
	{"unclosed before text", "區(qū 政府", "區(qū 政府", 0},
	{"tone mark on a consonant", "區(q\u0304u)", "區(q\u0304u)", 0},
	{"breve is no tone mark", "好(hăo)", "好(hăo)", 0},
	{"five in a row", "區(qū)(qū)(qū)(qū)(qū)", "區(qū)(qū)(qū)(qū)(qū)", 0},
	{"four in a row", "區(qū)(qū)(qū)(qū)", "區", 4},
	{"empty parentheses", "區()", "區()", 0},
	{"empty input", "", "", 0},

	// Cut off, but not an annotation.
	{"cut after Latin", "A(ā", "A(ā", 0},
	{"cut capital", "創(Ch", "創(Ch", 0},
	{"cut non-syllable", "創(xyz", "創(xyz", 0},
	{"cut Chinese", "办法(试", "办法(试", 0},
	{"cut after space without tone", "創(chu ", "創(chu ", 0},
	{"cut inside a full-width parenthesis", "創\xef\xbc", "創\xef\xbc", 0},
	{"cut inside a letter", "創(ch\xc3", "創(ch\xc3", 0},
}

func TestStripPinyin(t *testing.T) {
	for _, tc := range pinyinCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := Strip.String(tc.in); got != tc.want {
				t.Errorf("Strip.String(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if got := string(Strip.Bytes([]byte(tc.in))); got != tc.want {
				t.Errorf("Strip.Bytes(%q) = %q, want %q", tc.in, got, tc.want)
			}
			s := new(Transformer)
			if got, _, err := transform.String(s, tc.in); err != nil || got != tc.want || s.Stripped() != tc.count {
				t.Errorf("counting Transformer: %q → %q with %d stripped, %v; want %q with %d", tc.in, got, s.Stripped(), err, tc.want, tc.count)
			}
			if s.String(tc.in); s.Stripped() != tc.count {
				t.Errorf("String(%q) changed the count of its receiver to %d", tc.in, s.Stripped())
			}
			if again := Strip.String(tc.want); again != tc.want {
				t.Errorf("not idempotent: Strip.String(%q) = %q", tc.want, again)
			}
			transformtest.Check(t, new(Transformer), tc.in, tc.want)
		})
	}
}

// TestStripPinyinInContext puts every case between other text: the rules
// that hold at the start must hold after text (a Han character before a
// case's own first character changes nothing), and cut-off annotations are
// only dropped at the very end.
func TestStripPinyinInContext(t *testing.T) {
	for _, tc := range pinyinCases {
		if strings.HasPrefix(tc.name, "cut") || tc.in == "" || strings.HasPrefix(tc.in, "(") || strings.HasPrefix(tc.in, "，") {
			continue
		}
		in := "前言：" + tc.in + "。後記"
		want := "前言：" + tc.want + "。後記"
		if got := Strip.String(in); got != want {
			t.Errorf("%s: Strip.String(%q) = %q, want %q", tc.name, in, got, want)
		}
	}
	// A cut-off annotation is text when more follows.
	for _, in := range []string{"創(", "創(chu", "創(chuà", "會(huì "} {
		in += "\n"
		if got := Strip.String(in); got != in {
			t.Errorf("Strip.String(%q) = %q, want it unchanged", in, got)
		}
	}
}

// TestStripPinyinPages runs the stripper over every sample page: the Qixia
// page carries exactly 333 annotations, all of which go; the others carry
// none except the Nanjing mirror page.
func TestStripPinyinPages(t *testing.T) {
	qixia := pinyinReadPage(t, "qixia-2025-78463.txt")
	s := new(Transformer)
	out, err := transformtest.OneByteReader(s, qixia)
	if err != nil {
		t.Fatal(err)
	}
	if s.Stripped() != 333 {
		t.Errorf("Qixia page: %d annotations stripped, want 333", s.Stripped())
	}
	if n := strings.Count(out, "("); n != 0 {
		t.Errorf("Qixia page: %d parentheses left after stripping", n)
	}
	// Every Han character stays: only the annotations go.
	if got, want := pinyinHanCount(out), pinyinHanCount(qixia); got != want {
		t.Errorf("Qixia page: %d Han characters after stripping, want %d", got, want)
	}
	transformtest.Check(t, new(Transformer), qixia, out)
	s.Reset()
	if s.Stripped() != 0 {
		t.Errorf("Stripped() = %d after Reset, want 0", s.Stripped())
	}

	for _, page := range []string{"anhui-taihu-2019-00336.txt", "govcn-guobanhan-2018-71.txt", "jiangxi-wanzai-statistics-2023.txt"} {
		in := pinyinReadPage(t, page)
		if got := Strip.String(in); got != in {
			t.Errorf("%s: changed by Strip (-in +out):\n%s", page, cmp.Diff(in, got))
		}
	}

	mirror := pinyinReadPage(t, "nanjing-mirror-traditional-pinyin.txt")
	s = new(Transformer)
	out, _, _ = transform.String(s, mirror)
	if s.Stripped() == 0 {
		t.Errorf("Nanjing mirror page: nothing stripped")
	}
	if strings.Contains(out, "區(") || !strings.Contains(out, "(國辦發〔2017〕35號)") {
		t.Errorf("Nanjing mirror page: annotations left or a real parenthesis lost:\n%s", out)
	}
}

// TestStripPinyinSyllables strips every toned spelling of every listed
// syllable, in NFC and NFD, and no toneless one.
func TestStripPinyinSyllables(t *testing.T) {
	const marks = "\u0304\u0301\u030C\u0300"
	for _, syl := range pinyinSpellings() {
		if got := Strip.String("字(" + syl + ")"); got != "字("+syl+")" {
			t.Errorf("toneless %q stripped: %q", syl, got)
		}
		// Put each tone mark on each letter that can take one.
		for i, r := range syl {
			if !strings.ContainsRune("aeiouüêmn", r) {
				continue
			}
			end := i + len(string(r))
			for _, mark := range marks {
				nfd := syl[:end] + string(mark) + syl[end:]
				for _, form := range []string{nfd, norm.NFC.String(nfd)} {
					if got := Strip.String("字(" + form + ")"); got != "字" {
						t.Errorf("%q (%+q) not stripped: %q", form, form, got)
					}
				}
			}
		}
	}
}

// TestPinyinTableFresh checks tables.go against the committed list it is
// generated from.
func TestPinyinTableFresh(t *testing.T) {
	data, err := os.ReadFile("../internal/data/pinyin/pinyin-syllables.txt")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if line := sc.Text(); !strings.HasPrefix(line, "#") {
			want = append(want, line)
		}
	}
	got := pinyinSpellings()
	slices.Sort(got) // the list is in byte order, the table in code order
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tables.go is stale; run go generate (-list +table):\n%s", diff)
	}
	if len(want) != 425 {
		t.Errorf("%d syllables, want 425", len(want))
	}
}

// TestStripPinyinAllocs checks that Transform allocates nothing.
func TestStripPinyinAllocs(t *testing.T) {
	src := []byte(pinyinReadPage(t, "qixia-2025-78463.txt"))
	dst := make([]byte, len(src))
	for _, tr := range []transform.Transformer{new(Transformer), noCount{}} {
		if n := testing.AllocsPerRun(20, func() { tr.Transform(dst, src, true) }); n != 0 {
			t.Errorf("%T: %v allocations per Transform, want 0", tr, n)
		}
	}
}

// pinyinSpellings spells out the codes of syllables.
func pinyinSpellings() []string {
	var out []string
	for _, code := range syllables {
		var sb strings.Builder
		for shift := 5 * (maxLetters - 1); shift >= 0; shift -= 5 {
			switch c := code >> shift & 0x1f; c {
			case 0:
			case 27:
				sb.WriteRune('ü')
			case 28:
				sb.WriteRune('ê')
			default:
				sb.WriteByte(byte('a' + c - 1))
			}
		}
		out = append(out, sb.String())
	}
	return out
}

func pinyinReadPage(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile("../../testdata/pages/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func pinyinHanCount(s string) int {
	n := 0
	for _, r := range s {
		if runeutil.IsHan(r) {
			n++
		}
	}
	return n
}

// TestPinyinDecodeRune compares the quick decoders with package utf8 on
// every rune of the Basic Multilingual Plane (and some beyond), and on short
// sequences made of lead bytes and the bytes around the continuation range.
func TestPinyinDecodeRune(t *testing.T) {
	check := func(b []byte) {
		t.Helper()
		r1, n1 := utf8.DecodeRune(b)
		if r2, n2 := decodeRune(b); r1 != r2 || n1 != n2 {
			t.Fatalf("decodeRune(% x) = %U, %d; utf8 says %U, %d", b, r2, n2, r1, n1)
		}
		r1, n1 = utf8.DecodeLastRune(b)
		if r2, n2 := decodeLastRune(b); r1 != r2 || n1 != n2 {
			t.Fatalf("decodeLastRune(% x) = %U, %d; utf8 says %U, %d", b, r2, n2, r1, n1)
		}
	}
	for r := rune(0); r <= unicode.MaxRune+1; r += 1 + r>>16*97 {
		check(utf8.AppendRune([]byte{0x80}, r))
		check(utf8.AppendRune(nil, r))
	}
	edges := []int{0x00, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF}
	for b0 := 0xC0; b0 <= 0xEF; b0++ {
		check([]byte{byte(b0)})
		for _, b1 := range edges {
			check([]byte{byte(b0), byte(b1)})
			for _, b2 := range edges {
				check([]byte{byte(b0), byte(b1), byte(b2)})
			}
		}
	}
}

// TestPinyinSearch compares the branch-free search with slices.BinarySearch
// around every code in the table and across the whole code space.
func TestPinyinSearch(t *testing.T) {
	check := func(code uint32) {
		want, _ := slices.BinarySearch(syllables[:], code)
		if got := search(code); got != want {
			t.Fatalf("search(%#x) = %d, want %d", code, got, want)
		}
	}
	for _, code := range syllables {
		check(code - 1)
		check(code)
		check(code + 1)
	}
	for code := uint32(0); code < 1<<30; code += 1<<30/9973 + 1 {
		check(code)
	}
	check(1<<30 - 1)
}

// TestTablesFresh checks that tables.go is what gen_tables.go makes of the
// pinned list.
func TestTablesFresh(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the generator")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("go tool not found: %v", err)
	}
	out := filepath.Join(t.TempDir(), "tables.go")
	if msg, err := exec.Command(goTool, "run", "gen_tables.go", "-output", out).CombinedOutput(); err != nil {
		t.Fatalf("go run gen_tables.go: %v\n%s", err, msg)
	}
	want, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile("tables.go"); err != nil || !bytes.Equal(got, want) {
		t.Errorf("tables.go is stale: run go generate ./variant/... (%v)", err)
	}
}

// TestSpan checks where Span stops: before the Han character of the first
// annotation, and short of a last Han character before more input.
func TestSpan(t *testing.T) {
	tests := []struct {
		in    string
		atEOF bool
		n     int
		err   error
	}{
		{"", true, 0, nil},
		{"棲霞區政府", true, 15, nil},
		{"棲霞區政府", false, 12, transform.ErrShortSrc}, // (zhèng) may follow 府
		{"棲霞區(qū)政府", true, 6, transform.ErrEndOfSpan},
		{"棲霞區(q", false, 6, transform.ErrShortSrc},
		{"辦法(试行)", true, 14, nil},
		{"A(ā)", true, 5, nil},
	}
	for _, tt := range tests {
		if n, err := new(Transformer).Span([]byte(tt.in), tt.atEOF); n != tt.n || err != tt.err {
			t.Errorf("Span(%q, %v) = %d, %v; want %d, %v", tt.in, tt.atEOF, n, err, tt.n, tt.err)
		}
	}
}
