package simplify

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/variant/internal/fixture"
	"github.com/govnotice/govnotice/variant/internal/scripttab"
	"github.com/govnotice/govnotice/variant/internal/transformtest"
	"github.com/govnotice/govnotice/variant/script"
	"golang.org/x/text/transform"
)

// simplifyTraditionalContext is a piece of Traditional text, and simplifyTraditionalContextOut
// its conversion: put before a snippet, it makes the snippet part of a Traditional text, so that
// the 著→着 rules apply from its first character (體 is traditional-only, and nothing joins 。).
const simplifyTraditionalContext, simplifyTraditionalContextOut = "體。", "体。"

// simplifyInTraditional converts s as a snippet of a Traditional text.
func simplifyInTraditional(t testing.TB, s string) string {
	t.Helper()
	got, ok := strings.CutPrefix(Chinese.String(simplifyTraditionalContext+s), simplifyTraditionalContextOut)
	if !ok {
		t.Fatalf("Simplify(%q) does not start with %q", simplifyTraditionalContext+s, simplifyTraditionalContextOut)
	}
	return got
}

// TestSimplifyOneToMany runs every row of testdata/t2s-one-to-many.tsv: the characters that map
// to more than one simplified form, and the phrases that decide which. Its first column is
// Traditional input, so each row is converted as a snippet of a Traditional text: alone, 他看著窗外
// has no character to say which script it is in, and keeps its 著.
func TestSimplifyOneToMany(t *testing.T) {
	f, err := os.Open("testdata/t2s-one-to-many.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	rows := 0
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 3 {
			t.Fatalf("t2s-one-to-many.tsv:%d: want 3 columns, got %d", line, len(cols))
		}
		in, alternatives, what := cols[0], strings.Split(cols[1], "|"), cols[2]
		rows++
		got := simplifyInTraditional(t, in)
		if fixture.PinyinRE.MatchString(in) {
			// The row is written for the whole chain: Simplify must convert the characters and
			// leave the annotations for package pinyin.
			got = fixture.PinyinRE.ReplaceAllString(got, "$1")
		}
		ok := false
		for _, want := range alternatives {
			ok = ok || got == want
		}
		if !ok {
			t.Errorf("t2s-one-to-many.tsv:%d (%s): Simplify(%q) in a Traditional text = %q, want %q", line, what, in, got, cols[1])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if rows < 80 {
		t.Errorf("read %d rows, want at least 80", rows)
	}
}

// TestSimplifyLayer checks the decisions of our phrase layer (internal/data/phrases.txt) in
// context, in a Traditional text (TestSimplifyZhuContext has 著 in Simplified text).
func TestSimplifyLayer(t *testing.T) {
	tests := []struct{ in, want string }{
		// 著: 着 by default, 著 in the zhù words.
		{"隨著內外部環境的變化", "随着内外部环境的变化"},
		{"著重理順，著力深化", "着重理顺，着力深化"},
		{"這意味著作為主體的企業", "这意味着作为主体的企业"},
		{"發揮著作用，起著作用", "发挥着作用，起着作用"},
		{"依法享有著作權", "依法享有著作权"},
		{"為著名企業提供服務", "为著名企业提供服务"},
		{"取得顯著成效", "取得显著成效"},
		{"土著、編著、論著、原著、專著、卓著、譯著、遺著", "土著、编著、论著、原著、专著、卓著、译著、遗著"},
		{"獨著或合著論文", "独著或合著论文"},
		{"他所著的書，著有三部", "他所著的书，著有三部"},
		{"工作要有所著重", "工作要有所着重"},
		{"著眼、著手、著想、著陸、著急、著裝", "着眼、着手、着想、着陆、着急、着装"},
		{"沿著、接著、本著、朝著、看著、穿著、衣著、執著", "沿着、接着、本着、朝着、看着、穿着、衣着、执着"},
		{"不斷壯大著，擴大著", "不断壮大着，扩大着"},
		{"藉著這次機會", "借着这次机会"},
		{"憑藉著優勢，精神慰藉著人", "凭借着优势，精神慰藉着人"},
		// 乾: OpenCC already keeps it in names and makes it 干 elsewhere.
		{"乾隆年間，扭轉乾坤，乾淨整潔", "乾隆年间，扭转乾坤，干净整洁"},
		{"乾縣和乾安縣", "乾县和乾安县"},
		// 於 + a common word, not the name.
		{"基於單元測試", "基于单元测试"},
		{"關於單位的通知", "关于单位的通知"},
		{"對於倫理和戲曲", "对于伦理和戏曲"},
		{"位於崇文門", "位于崇文门"},
		{"樊於期", "樊於期"},
		// Other fixes.
		{"徵調物資", "征调物资"},
		{"李祕書長", "李秘书长"},
		{"不可貲計", "不可赀计"},
		{"規畫、企畫、策畫；計畫；畫畫", "规划、企划、策划；计划；画画"},
		{"拐點座標如下，2000座標系", "拐点坐标如下，2000坐标系"},
		{"衹有、衞生、粧、敍述、糭、枱、簷、痺、睪", "只有、卫生、妆、叙述、粽、台、檐、痹、睾"},
		{"薴", "苎"},
	}
	for _, tt := range tests {
		if got := simplifyInTraditional(t, tt.in); got != tt.want {
			t.Errorf("Simplify(%q) in a Traditional text = %q, want %q", tt.in, got, tt.want)
		}
	}
	whole := []struct{ in, want string }{
		// Simplified input, including the words the layer keeps, is left alone.
		{"显著成效，著作权，乾隆，乾县，於梨华", "显著成效，著作权，乾隆，乾县，於梨华"},
		{"", ""},
		{"ASCII only, 1,000 (GDP)", "ASCII only, 1,000 (GDP)"},
		{"bad \xff\xfe utf-8 \xe5\x8d", "bad \xff\xfe utf-8 \xe5\x8d"},
		{"區\xe5\x8d", "区\xe5\x8d"},
	}
	for _, tt := range whole {
		if got := Chinese.String(tt.in); got != tt.want {
			t.Errorf("Simplify(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSimplifyZhuContext checks the rule of the package doc, "著 and the script of the text": the
// 著→着 of our layer applies only where the nearest script-specific character before the 著 is
// traditional-only, so Simplified text keeps every 著.
func TestSimplifyZhuContext(t *testing.T) {
	tests := []struct{ in, want string }{
		// Simplified text is left alone: author credits, and half-converted pages that kept a
		// Taiwan-style aspect 著.
		{"鲁迅 著", "鲁迅 著"},
		{"本书由鲁迅著", "本书由鲁迅著"},
		{"《呐喊》，鲁迅著，人民文学出版社", "《呐喊》，鲁迅著，人民文学出版社"},
		{"随著形势", "随著形势"},
		{"但随著内外部环境的变化，著重理顺，著力深化", "但随著内外部环境的变化，著重理顺，著力深化"},
		{"这意味著改革进入深水区", "这意味著改革进入深水区"},
		{"发挥著作用，有所著重，执著", "发挥著作用，有所著重，执著"},
		{"这藉著机会", "这藉著机会"}, // 藉著→借着 is a 著 phrase: off, 藉 stays too
		// Traditional text converts.
		{"隨著形勢", "随着形势"},
		{"這意味著改革進入深水區", "这意味着改革进入深水区"},
		{"發揮著作用，有所著重，執著", "发挥着作用，有所着重，执着"},
		{"這藉著機會", "这借着机会"},
		{"魯迅 著", "鲁迅 着"}, // an unlisted zhù 著 in Traditional text: the layer's known cost
		// The zhù words keep 著 everywhere.
		{"著名、著作、显著", "著名、著作、显著"},
		{"著名、著作、顯著", "著名、著作、显著"},
		{"這是著名的著作，成效顯著", "这是著名的著作，成效显著"},
		{"这是著名的著作，成效显著", "这是著名的著作，成效显著"},
		// Mixed lines: each 著 goes by the nearest script-specific character before it, which may
		// be in its own phrase (the 隨 of 隨著, the 執 of 執著).
		{"随著形势，隨著形勢", "随著形势，随着形势"},
		{"隨著形勢，随著形势", "随着形势，随著形势"},
		{"隨著形勢。意味著", "随着形势。意味着"},
		{"随著形势。意味著", "随著形势。意味著"},
		{"這是简体：意味著", "这是简体：意味著"},
		{"这是繁體：意味著", "这是繁体：意味着"},
		{"简体執著", "简体执着"},
		{"區 2025 (GDP) \xff 著", "区 2025 (GDP) \xff 着"}, // anything shared in between
		// No script-specific character before the 著: nothing says the text is Traditional.
		{"著力深化高校合作", "著力深化高校合作"},
		{"他看著窗外", "他看著窗外"},
		{"他著重強調", "他著重强调"},
		{"A 著", "A 著"},
	}
	for _, tt := range tests {
		if got := Chinese.String(tt.in); got != tt.want {
			t.Errorf("Simplify(%q) = %q, want %q", tt.in, got, tt.want)
		}
		transformtest.Check(t, new(Transformer), tt.in, tt.want)
		if n, err := new(Transformer).Span([]byte(tt.in), true); (n == len(tt.in) && err == nil) != (tt.in == tt.want) {
			t.Errorf("Span(%q) = %d, %v; the output is unchanged: %v", tt.in, n, err, tt.in == tt.want)
		}
	}

	// The context carries from one Transform call to the next, and Reset clears it.
	var s Transformer
	dst := make([]byte, 64)
	for _, step := range []struct {
		reset   bool
		in, out string
	}{
		// Each piece ends in a character that no phrase key continues over, so that Transform
		// takes it whole.
		{false, "隨，", "随，"}, {false, "著。", "着。"}, {false, "2025，", "2025，"}, {false, "著。", "着。"},
		{true, "著。", "著。"},
		{false, "隨，", "随，"}, {false, "形势，", "形势，"}, {false, "著。", "著。"},
	} {
		if step.reset {
			s.Reset()
		}
		n, _, err := s.Transform(dst, []byte(step.in), false)
		if err != nil || string(dst[:n]) != step.out {
			t.Errorf("after %+v: Transform(%q) = %q, %v; want %q", s, step.in, dst[:n], err, step.out)
		}
	}
}

// TestSimplifySpanContext checks that Span reads the state of its Transformer, never changes it,
// and stops where a Traditional context would end.
func TestSimplifySpanContext(t *testing.T) {
	trad := Transformer{traditional: true}
	tests := []struct {
		s     Transformer
		in    string
		n     int
		err   error
		after bool // the state after Transform of in[:n]
	}{
		{Transformer{}, "意味著改革", len("意味著改革"), nil, false},
		{trad, "意味著改革", 0, transform.ErrEndOfSpan, true}, // the phrase 意味著 changes
		{trad, "改革意味著", len("改革"), transform.ErrEndOfSpan, true},
		{trad, "2025 意味", len("2025 意味"), nil, true},
		{trad, "中国意味著", len("中"), transform.ErrEndOfSpan, true}, // 国 is simplified-only
		{Transformer{}, "中国意味著", len("中国意味著"), nil, false},
	}
	for _, tt := range tests {
		s := tt.s
		n, err := s.Span([]byte(tt.in), true)
		if n != tt.n || err != tt.err {
			t.Errorf("%+v.Span(%q) = %d, %v; want %d, %v", tt.s, tt.in, n, err, tt.n, tt.err)
		}
		if s != tt.s {
			t.Errorf("%+v.Span(%q) changed the state to %+v", tt.s, tt.in, s)
		}
		u := tt.s
		dst := make([]byte, 64)
		if m, _, _ := u.Transform(dst, []byte(tt.in[:n]), true); string(dst[:m]) != tt.in[:n] || u.traditional != tt.after {
			t.Errorf("%+v: Transform(%q) = %q, state %+v; want it unchanged, traditional %v", tt.s, tt.in[:n], dst[:m], u, tt.after)
		}
	}
}

// TestSimplifyTables checks the generated tables against the committed sources they were built
// from: every character and phrase alone, in a Traditional text, converts as its source line says
// (phrases.txt winning over OpenCC).
func TestSimplifyTables(t *testing.T) {
	want := make(map[string]string)
	for _, name := range []string{"opencc/TSCharacters.txt", "opencc/TSPhrases.txt", "phrases.txt"} {
		for k, v := range simplifyReadDict(t, filepath.Join("../internal/data", name)) {
			want[k] = v
		}
	}
	// Characters whose first candidate is converted again are resolved in phrases.txt (薴→苎).
	if len(want) < 4500 {
		t.Fatalf("read %d entries, want the whole of TSCharacters and TSPhrases", len(want))
	}
	for k, v := range want {
		if got := simplifyInTraditional(t, k); got != v {
			t.Errorf("Simplify(%q) in a Traditional text = %q, want %q", k, got, v)
		}
	}
}

// simplifyReadDict reads key<TAB>first-value lines of an OpenCC-format file.
func simplifyReadDict(t *testing.T, path string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := make(map[string]string)
	for line := range strings.Lines(string(b)) {
		line = strings.TrimSuffix(line, "\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, _ := strings.Cut(line, "\t")
		v, _, _ = strings.Cut(v, " ")
		m[k] = v
	}
	return m
}

// TestSimplifySimplifiedTextsUnchanged converts every Simplified text of the repository's
// testdata (by script.Detect: the sample pages, the pages without a header, the Simplified forms
// of the page variants, which keep OpenCC t2s's 随著, 著重, 著力 from a Traditional original) and
// wants it back byte for byte, with a Span over the whole of it.
func TestSimplifySimplifiedTextsUnchanged(t *testing.T) {
	var paths []string
	for _, dir := range []string{"pages", "nohead", "variants", "encodings"} {
		ps, err := filepath.Glob(filepath.Join("../..", "testdata", dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, ps...)
	}
	simplified, zhu := 0, 0
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(text) || script.Detect(text) != script.Simplified {
			continue // another encoding, or Traditional
		}
		simplified++
		if bytes.Contains(text, []byte("著")) {
			zhu++
		}
		if got := Chinese.Bytes(text); !bytes.Equal(got, text) {
			t.Errorf("%s: Simplify changed a Simplified text:\n%s", p, cmp.Diff(string(text), string(got)))
		}
		if n, err := new(Transformer).Span(text, true); n != len(text) || err != nil {
			t.Errorf("%s: Span = %d, %v; want %d, nil", p, n, err, len(text))
		}
		if got, err := io.ReadAll(transform.NewReader(bytes.NewReader(text), new(Transformer))); err != nil || !bytes.Equal(got, text) {
			t.Errorf("%s: streamed, Simplify changed a Simplified text (err %v)", p, err)
		}
	}
	t.Logf("%d Simplified texts, %d with 著", simplified, zhu)
	// When this was written: 8 sample pages, 11 without a header, 19 forms of the variants and 3
	// of the encodings, 41 in all, 10 of them (forms of qixia and nanjing) with 著 outside the zhù
	// words.
	if simplified < 30 || zhu < 4 {
		t.Errorf("found %d Simplified texts, %d with 著; the testdata moved?", simplified, zhu)
	}
}

// TestSimplifyTraditionalPages converts the traditional pages and checks that no
// traditional-only character is left, and that converting again changes nothing.
func TestSimplifyTraditionalPages(t *testing.T) {
	for name, page := range fixture.Pages(t, "../..") {
		if !fixture.IsTraditionalPage(name) {
			continue
		}
		got := Chinese.Bytes(page)
		for _, r := range string(got) {
			if trad, _ := scripttab.Class(r); trad {
				t.Errorf("%s: %c left in the output", name, r)
			}
		}
		if again := Chinese.Bytes(got); !bytes.Equal(again, got) {
			t.Errorf("%s: converting twice differs:\n%s", name, cmp.Diff(string(got), string(again)))
		}
		if want := "随着内外部环境"; name == "qixia-2025-78463" && !bytes.Contains(got, []byte(want)) {
			t.Errorf("%s: no %q in the output", name, want)
		}
	}
}

// simplifyStreamCases are inputs for the streaming tests: phrases that a chunk boundary can cut,
// phrases that stay unchanged (乾隆) next to ones that change, and text with no Chinese.
var simplifyStreamCases = []string{
	"乾隆皇帝下江南，扭轉乾坤；天氣乾燥。",
	"基於單元測試，等同於單擊鼠標，關於單位。",
	"大目乾連冥間救母變文和大目乾連",
	"隨著內外部環境的變化，著重理順，著力深化，取得顯著成效。",
	"ASCII text (GDP) 1,000 and \xff invalid \xe5\x8d",
	"樊於期的故事\n宮商角徵羽𠵾𡞱㗲鍾",
	"乾",
	"於單",
	// 著 by its context: each 著 goes by the nearest script-specific character before it, which
	// a chunk boundary can leave in an earlier call.
	"随著形势，隨著形勢變化；这意味著，這意味著作為，2025 \xff 著力；执著、執著。",
	"著重\xe9\x9a",
}

// TestSimplifyStreaming feeds the inputs whole, through a one-byte reader, and through direct
// Transform calls with every small dst size and src chunk size, and wants the same output.
func TestSimplifyStreaming(t *testing.T) {
	inputs := append([]string(nil), simplifyStreamCases...)
	for _, page := range fixture.Pages(t, "../..") {
		inputs = append(inputs, string(page[:min(len(page), 600)]))
	}
	for _, in := range inputs {
		want := Chinese.String(in)
		got, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(strings.NewReader(in)), new(Transformer)))
		if err != nil {
			t.Errorf("%.40q: one-byte reader: %v", in, err)
		} else if string(got) != want {
			t.Errorf("%.40q: one-byte reader:\n%s", in, cmp.Diff(want, string(got)))
		}
		for dstSize := 1; dstSize <= 16; dstSize++ {
			for _, chunk := range []int{1, 2, 3, 5, 7, 16} {
				got, err := transformtest.Chunks(new(Transformer), []byte(in), dstSize, chunk)
				if err != nil {
					t.Fatalf("%.40q dst %d chunk %d: %v", in, dstSize, chunk, err)
				}
				if got != want {
					t.Errorf("%.40q dst %d chunk %d:\n%s", in, dstSize, chunk, cmp.Diff(want, got))
				}
			}
		}
	}
}

// TestSimplifyPhraseAcrossBoundary cuts a phrase at every byte and wants Transform to wait for
// the rest (ErrShortSrc) rather than convert the first half on its own, and the second call to
// carry on with the context the first one left (a 著 after the cut follows a character before it).
func TestSimplifyPhraseAcrossBoundary(t *testing.T) {
	for _, in := range []string{
		"天氣乾燥，乾隆年間", "關於單位", "大目乾連冥間救母變文",
		"隨著形勢，意味著作為", "形勢 意味著作為", "形势 意味著作为", "隨a著b", "随a著b",
	} {
		want := Chinese.String(in)
		for cut := 0; cut <= len(in); cut++ {
			var s Transformer
			dst := make([]byte, 256)
			nDst, nSrc, err := s.Transform(dst, []byte(in[:cut]), false)
			if err != nil && !errors.Is(err, transform.ErrShortSrc) {
				t.Fatalf("%q cut at %d: %v", in, cut, err)
			}
			if !strings.HasPrefix(want, string(dst[:nDst])) {
				t.Errorf("%q cut at %d: first part gave %q, not a prefix of %q", in, cut, dst[:nDst], want)
			}
			rest := make([]byte, 256)
			nRest, _, err := s.Transform(rest, []byte(in[nSrc:]), true)
			if err != nil {
				t.Fatal(err)
			}
			if got := string(dst[:nDst]) + string(rest[:nRest]); got != want {
				t.Errorf("%q cut at %d: got %q, want %q", in, cut, got, want)
			}
			if lookahead := cut - nSrc; lookahead > maxKeyBytes {
				t.Errorf("%q cut at %d: held back %d bytes, more than the longest key", in, cut, lookahead)
			}
		}
	}
}

func TestSimplifySpan(t *testing.T) {
	tests := []struct {
		in    string
		atEOF bool
		n     int
		err   error
	}{
		{"简体中文，没有变化", true, len("简体中文，没有变化"), nil},
		{"中文區", true, len("中文"), transform.ErrEndOfSpan},
		{"乾隆年", true, len("乾隆年"), nil},          // a phrase that maps to itself
		{"乾淨", true, 0, transform.ErrEndOfSpan}, // 乾淨 → 干净
		{"中乾", false, len("中"), transform.ErrShortSrc},
		{"中乾", true, len("中"), transform.ErrEndOfSpan},
		{"中\xe4\xb8", false, len("中"), transform.ErrShortSrc},
		{"中\xe4\xb8", true, len("中\xe4\xb8"), nil},
	}
	for _, tt := range tests {
		n, err := new(Transformer).Span([]byte(tt.in), tt.atEOF)
		if n != tt.n || err != tt.err {
			t.Errorf("Span(%q, %v) = %d, %v; want %d, %v", tt.in, tt.atEOF, n, err, tt.n, tt.err)
		}
	}
}

// TestSimplifyConcurrent streams through a Transformer per goroutine and uses the one
// package-level Simplify from all of them (run with -race).
func TestSimplifyConcurrent(t *testing.T) {
	in := strings.Repeat(simplifyStreamCases[0]+simplifyStreamCases[3]+simplifyStreamCases[8], 20)
	want := Chinese.String(in)
	simp := "鲁迅 著；" + in // starts Simplified, so its first 著 stays
	wantSimp := Chinese.String(simp)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 20 {
				got, err := io.ReadAll(transform.NewReader(strings.NewReader(in), new(Transformer)))
				if err != nil || string(got) != want {
					t.Errorf("concurrent conversion differs (err %v)", err)
					return
				}
				// The package-level Simplify, its String and Bytes sharing nothing between calls.
				if got := Chinese.String(simp); got != wantSimp {
					t.Errorf("concurrent Simplify.String differs")
					return
				}
				if got := Chinese.Bytes([]byte(in)); string(got) != want {
					t.Errorf("concurrent Simplify.Bytes differs")
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestSimplifyTablesUpToDate regenerates the tables and compares them with the committed
// tables.go and ../internal/scripttab/tables.go, so a stale table fails without running go
// generate.
func TestSimplifyTablesUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the generator")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skipf("go tool not found: %v", err)
	}
	dir := t.TempDir()
	out, scriptOut := filepath.Join(dir, "tables.go"), filepath.Join(dir, "scripttab.go")
	cmd := exec.Command(goTool, "run", "gen_tables.go", "-output", out, "-script-output", scriptOut)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go run gen_tables.go: %v\n%s", err, msg)
	}
	for _, f := range [][2]string{{out, "tables.go"}, {scriptOut, "../internal/scripttab/tables.go"}} {
		want, err := os.ReadFile(f[0])
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(f[1])
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run go generate ./variant/...", f[1])
		}
	}
}

// TestSimplifyIdempotentJoins converts every pair of phrase keys and outputs written next to each
// other, where the join could form another key, and wants converting again to change nothing.
// That is where greedy longest match could re-segment its own output.
func TestSimplifyIdempotentJoins(t *testing.T) {
	var units []string
	for _, p := range phrases {
		units = append(units, p.from)
		if p.to != "" {
			units = append(units, p.to)
		}
	}
	for _, g := range groups[1:] {
		r, _ := utf8.DecodeRuneInString(phrases[g.lo].from)
		units = append(units, string(r))
	}
	// Segmentation can only shift across the join if two runes of some key meet there.
	bigrams := make(map[[2]rune]bool)
	for _, p := range phrases {
		rs := []rune(p.from)
		for i := 1; i < len(rs); i++ {
			bigrams[[2]rune{rs[i-1], rs[i]}] = true
		}
	}
	last := func(s string) rune { r, _ := utf8.DecodeLastRuneInString(s); return r }
	first := func(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
	// Known exception: a one-character output next to a phrase, which forms another key.
	known := map[string]bool{"么麽些族": true}
	converted := make([]string, len(units))
	for i, u := range units {
		converted[i] = Chinese.String(u)
	}
	tried := 0
	for i, a := range units {
		for j, b := range units {
			if !bigrams[[2]rune{last(a), first(b)}] && !bigrams[[2]rune{last(converted[i]), first(converted[j])}] {
				continue
			}
			tried++
			once := Chinese.String(a + b)
			if twice := Chinese.String(once); twice != once && !known[once] {
				t.Errorf("%s|%s → %s → %s", a, b, once, twice)
			}
		}
	}
	if tried < 1000 {
		t.Errorf("tried only %d joins", tried)
	}
}

// TestSimplifyIdempotentSpellings writes every phrase key with one of its characters spelled as a
// character the table turns into it (瀋思 for 沈思) and wants converting again to change nothing:
// the first pass converts 瀋 character by character, and the second would find the key.
func TestSimplifyIdempotentSpellings(t *testing.T) {
	others := make(map[rune][]rune)
	for r := rune(0x2E80); r <= 0x3134F; r++ {
		if c := []rune(Chinese.String(string(r))); len(c) == 1 && c[0] != r {
			others[c[0]] = append(others[c[0]], r)
		}
	}
	tried := 0
	for _, p := range phrases {
		rs := []rune(p.from)
		for i, r := range rs {
			for _, o := range others[r] {
				spelled := slices.Clone(rs)
				spelled[i] = o
				tried++
				once := Chinese.String(string(spelled))
				if twice := Chinese.String(once); twice != once {
					t.Errorf("%s → %s → %s", string(spelled), once, twice)
				}
			}
		}
	}
	if tried < 100 {
		t.Errorf("tried only %d spellings", tried)
	}
}
