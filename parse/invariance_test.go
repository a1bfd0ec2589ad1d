package parse

import (
	"bufio"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/variant"
)

// A variantFixture is one scraped variant of a sample page: a file of
// testdata/variants (or a committed page or encoding source that holds the
// same bytes), as testdata/variants/variants.tsv and the encoding manifests
// list them.
type variantFixture struct {
	page        string // the sample page it is a variant of
	file        string // path from the package directory
	charset     string // input.charset it must report
	script      string // input.script it must report
	annotations int    // input.pinyin_annotations it must report
	punct       string // "ascii" or "chinese"
}

// manifestCharsets maps the encodings that tools/mk-encodings.sh names in
// its manifests to the input.charset of the record.
var manifestCharsets = map[string]string{
	"GBK":          "gb18030",
	"GB18030":      "gb18030",
	"BIG5":         "big5",
	"BIG5-HKSCS":   "big5",
	"UTF-16LE+BOM": "utf-16le",
	"UTF-16BE+BOM": "utf-16be",
	"UTF-8+BOM":    "utf-8",
}

// variantFixtures reads the variant manifest and, for each variant made in
// several encodings, its encoding manifest.
func variantFixtures(t *testing.T) []variantFixture {
	t.Helper()
	rows := readTSV(t, "../testdata/variants/variants.tsv")
	var fixtures []variantFixture
	for _, row := range rows {
		// page, file, script, annotations, punctuation, encodings
		if len(row) != 6 {
			t.Fatalf("variants.tsv: bad row %q", row)
		}
		n, err := strconv.Atoi(row[3])
		if err != nil {
			t.Fatalf("variants.tsv: bad row %q: %v", row, err)
		}
		v := variantFixture{
			page:        row[0],
			file:        filepath.Join("../testdata", row[1]),
			charset:     "utf-8",
			script:      row[2],
			annotations: n,
			punct:       row[4],
		}
		fixtures = append(fixtures, v)
		if row[5] == "" {
			continue
		}
		manifest := filepath.Join("../testdata", row[5])
		for _, enc := range readTSV(t, manifest) {
			// file, encoding, status, bytes, sha256, unencodable
			if len(enc) != 6 {
				t.Fatalf("%s: bad row %q", manifest, enc)
			}
			if enc[2] != "ok" {
				continue // not encodable: no file
			}
			cs, ok := manifestCharsets[enc[1]]
			if !ok {
				t.Fatalf("%s: unknown encoding %q", manifest, enc[1])
			}
			e := v
			e.file = filepath.Join(filepath.Dir(manifest), enc[0])
			e.charset = cs
			fixtures = append(fixtures, e)
		}
	}
	return fixtures
}

// readTSV returns the rows of a tab-separated file without its header.
func readTSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() {
		rows = append(rows, strings.Split(sc.Text(), "\t"))
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows
}

// A variantLoss is a difference between a page and some of its variants
// that the variant cannot help: what the page says, the variant has lost
// before it reached us. The variant must give the record of the page with
// the edits made, and must stop differing when the loss no longer happens
// (then the loss is stale and goes).
type variantLoss struct {
	page    string
	applies func(variantFixture) bool
	edits   []string // old, new, …: replaced in the page as scraped
	// textEdits (old, new, …) are replaced in the page's canonical text
	// and record, for a loss no edit of the page can say: a word the
	// variant writes in the other script.
	textEdits []string
	reason    string
}

var variantLosses = []variantLoss{
	{
		page:    "jiangxi-wanzai-statistics-2023",
		applies: func(v variantFixture) bool { return v.punct == "ascii" },
		edits:   []string{"5.6%，PM2.5", "5.6%,PM2.5"},
		reason: "narrowed to ASCII, a comma between % and a Latin letter has nothing Chinese on either " +
			"side, so it is Latin punctuation (FORMAT.md §6.5 keeps 1,000 and PM2.5 as they are)",
	},
	{
		page:    "jiangxi-wanzai-statistics-2023",
		applies: func(v variantFixture) bool { return strings.Contains(v.file, ".trad-big5safe.") },
		edits:   []string{"\u2002", " ", "³", "3", "‰", "%"},
		reason: "Big5 has no EN SPACE, ³ or ‰: the only Traditional form of the page that Big5 can " +
			"hold writes them as a space, 3 and % (the space alone would not change the record)",
	},
	{
		page:      "qixia-2025-78463",
		applies:   func(v variantFixture) bool { return v.script == "simplified" },
		textEdits: []string{"随着", "随著", "着力", "著力", "着重", "著重"},
		reason:    zhuKept,
	},
	{
		page:      "nanjing-mirror-traditional-pinyin",
		applies:   func(v variantFixture) bool { return v.script == "simplified" },
		textEdits: []string{"着力", "著力"},
		reason:    zhuKept,
	},
}

// zhuKept is why the Simplified forms of some pages keep 著: OpenCC t2s
// leaves it in 随著, 著重, 著力, and in Simplified text 著 is a character of
// its own (著名, 鲁迅著), so Simplify keeps it; in the Traditional page it
// is 着.
const zhuKept = "OpenCC t2s writes 随著, 著力, 著重; in Simplified text 著 stays 著 (variant's 著 rule)"

// TestVariantInvariance parses every variant of the sample pages in
// testdata/variants/variants.tsv — Simplified and Traditional, with and
// without pinyin annotations, ASCII and Chinese punctuation, in UTF-8 with
// and without BOM, GBK, GB18030, Big5 or Big5-HKSCS, UTF-16 — and wants the
// record of the page as scraped, but for what input says about the variant
// (FORMAT.md §6: the same page gives the same record whatever variant was
// scraped). The canonical text must be the same too, so that no difference
// hides in what the record leaves out. The only exceptions are
// [variantLosses].
func TestVariantInvariance(t *testing.T) {
	fixtures := variantFixtures(t)
	checkVariantMatrix(t, fixtures)
	pages := pageReadings{}
	for _, v := range fixtures {
		t.Run(filepath.Base(v.file), func(t *testing.T) {
			page, err := os.ReadFile(filepath.Join("../testdata/pages", v.page+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(v.file)
			if err != nil {
				t.Fatal(err)
			}
			var lost *variantLoss
			for i, l := range variantLosses {
				if l.page == v.page && l.applies(v) {
					if lost != nil {
						t.Fatalf("two losses apply: %q and %q", lost.reason, l.reason)
					}
					lost = &variantLosses[i]
				}
			}
			scraped := page
			if lost != nil {
				page = editPage(t, page, lost.edits)
			}

			wantRecord, wantText := pages.read(t, page)
			want := *wantRecord // Input is a value: setting it leaves the shared record alone
			if lost != nil && len(lost.textEdits) > 0 {
				want = *editRecord(wantRecord, lost.textEdits)
				wantText = editText(wantText, lost.textEdits)
			}
			got := parseVariant(t, data)
			want.Input.Charset = v.charset
			want.Input.Script = notice.Script(v.script)
			want.Input.PinyinAnnotations = v.annotations
			// A column counts the characters of the variant's own line,
			// pinyin annotations and all: the place is the same, its
			// number is not.
			if diff := cmp.Diff(&want, got, cmpopts.IgnoreFields(notice.Origin{}, "Column"),
				cmpopts.IgnoreFields(notice.Problem{}, "Column")); diff != "" {
				t.Errorf("%s (%s, %d annotations, %s punctuation, %s) differs from the record of the page (-want +got):\n%s",
					v.file, v.script, v.annotations, v.punct, v.charset, diff)
			}
			if line, w, g := firstDifference(wantText, canonicalText(t, data)); line > 0 {
				t.Errorf("%s: canonical text differs from the page's at line %d:\nwant %q\ngot  %q", v.file, line, w, g)
			}
			if lost != nil {
				if _, scrapedText := pages.read(t, scraped); scrapedText == canonicalText(t, data) {
					t.Errorf("the variant no longer loses anything; drop the loss %q", lost.reason)
				}
			}
		})
	}
}

// pageReadings keeps the record and canonical text of each page (as scraped
// or edited) that the variants are compared with, so that each is read once.
type pageReadings map[string]struct {
	record *notice.Notice
	text   string
}

func (r pageReadings) read(t *testing.T, page []byte) (*notice.Notice, string) {
	t.Helper()
	p, ok := r[string(page)]
	if !ok {
		p.record, p.text = parseVariant(t, page), canonicalText(t, page)
		r[string(page)] = p
	}
	return p.record, p.text
}

// editPage replaces in page each old string of edits by the new one after
// it; every old string must occur.
func editPage(t *testing.T, page []byte, edits []string) []byte {
	t.Helper()
	s := string(page)
	for i := 0; i+1 < len(edits); i += 2 {
		if !strings.Contains(s, edits[i]) {
			t.Fatalf("loss: the page has no %q", edits[i])
		}
		s = strings.ReplaceAll(s, edits[i], edits[i+1])
	}
	return []byte(s)
}

// editText replaces in s each old string of edits by the new one after it.
func editText(s string, edits []string) string {
	for i := 0; i+1 < len(edits); i += 2 {
		s = strings.ReplaceAll(s, edits[i], edits[i+1])
	}
	return s
}

// editRecord returns a deep copy of n with edits made in every string.
func editRecord(n *notice.Notice, edits []string) *notice.Notice {
	var out notice.Notice
	copyEdited(reflect.ValueOf(&out).Elem(), reflect.ValueOf(n).Elem(), edits)
	return &out
}

// copyEdited copies src to dst, deeply, with edits made in every string.
func copyEdited(dst, src reflect.Value, edits []string) {
	switch src.Kind() {
	case reflect.String:
		dst.SetString(editText(src.String(), edits))
	case reflect.Pointer:
		if !src.IsNil() {
			dst.Set(reflect.New(src.Elem().Type()))
			copyEdited(dst.Elem(), src.Elem(), edits)
		}
	case reflect.Slice:
		if !src.IsNil() {
			dst.Set(reflect.MakeSlice(src.Type(), src.Len(), src.Len()))
			for i := range src.Len() {
				copyEdited(dst.Index(i), src.Index(i), edits)
			}
		}
	case reflect.Struct:
		for i := range src.NumField() {
			copyEdited(dst.Field(i), src.Field(i), edits)
		}
	default:
		dst.Set(src)
	}
}

func parseVariant(t *testing.T, data []byte) *notice.Notice {
	t.Helper()
	n, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// canonicalText is the text the parser reads the page from.
func canonicalText(t *testing.T, data []byte) string {
	t.Helper()
	r, err := variant.Canonical(data, variant.Options{KeepSpace: true})
	if err != nil {
		t.Fatal(err)
	}
	return string(r.Text)
}

// firstDifference returns the first line (1-based) where a and b differ and
// that line of each, or 0 when they are equal.
func firstDifference(a, b string) (line int, lineA, lineB string) {
	if a == b {
		return 0, "", ""
	}
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range max(len(la), len(lb)) {
		var x, y string
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y || i >= len(la) || i >= len(lb) {
			return i + 1, x, y
		}
	}
	return 0, "", "" // unreachable: a != b
}

// checkVariantMatrix fails unless every page comes in all eight forms (two
// scripts × with and without annotations × two punctuations) and in every
// charset, so that a row lost from the manifests cannot pass unseen.
func checkVariantMatrix(t *testing.T, fixtures []variantFixture) {
	t.Helper()
	type form struct {
		script    string
		annotated bool
		punct     string
	}
	forms := map[string]map[form]bool{}
	charsets := map[string]map[string]bool{}
	for _, v := range fixtures {
		if forms[v.page] == nil {
			forms[v.page] = map[form]bool{}
			charsets[v.page] = map[string]bool{}
		}
		forms[v.page][form{v.script, v.annotations > 0, v.punct}] = true
		charsets[v.page][v.charset] = true
	}
	for _, p := range []string{
		"qixia-2025-78463",
		"govcn-guobanhan-2018-71",
		"jiangxi-wanzai-statistics-2023",
		"anhui-taihu-2019-00336",
		"nanjing-mirror-traditional-pinyin",
	} {
		if len(forms[p]) != 8 {
			t.Errorf("%s: %d forms in variants.tsv, want 8: %v", p, len(forms[p]), forms[p])
		}
		for _, cs := range []string{"utf-8", "gb18030", "big5", "utf-16le", "utf-16be"} {
			if !charsets[p][cs] {
				t.Errorf("%s: no variant in %s", p, cs)
			}
		}
	}
}
