//go:build ignore

// gen_variants writes the fixtures of the variant-invariance test
// (parse/invariance_test.go): five sample pages in Simplified and Traditional
// script, with and without pinyin annotations, with ASCII and with Chinese
// punctuation, some of them in legacy encodings, and the manifest
// variants.tsv that lists them. README.md says what each variant is.
//
// Run it from the repository root:
//
//	go run testdata/variants/gen_variants.go
//
// It needs Debian's opencc (1.1.6) for the script conversions and glibc iconv
// through tools/mk-encodings.sh for the encodings. It is not a go:generate
// step, since those tools are not part of the build; its output is committed.
// It checks its own work as it goes and stops on the first surprise.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govnotice/govnotice/variant/pinyin"
)

const (
	dir         = "testdata/variants"
	annotations = "qixia-2025-78463" // the page whose readings annotate the others
)

// A page is one of the sample pages, with the script and punctuation it was
// scraped in.
type page struct {
	name   string
	script string // "traditional" or "simplified"
	punct  string // "ascii" or "chinese"
	// big5Safe, when the page's Traditional form has characters that Big5
	// lacks, replaces them, making one more variant that Big5 can encode.
	big5Safe *strings.Replacer
}

var pages = []page{
	{name: "qixia-2025-78463", script: "traditional", punct: "ascii"},
	{name: "nanjing-mirror-traditional-pinyin", script: "traditional", punct: "ascii"},
	{name: "govcn-guobanhan-2018-71", script: "simplified", punct: "chinese"},
	{name: "jiangxi-wanzai-statistics-2023", script: "simplified", punct: "chinese",
		big5Safe: strings.NewReplacer("\u2002", " ", "³", "3", "‰", "%")},
	{name: "anhui-taihu-2019-00336", script: "simplified", punct: "ascii"},
}

// An annotation is a pinyin reading written after the Han character at rune
// index pos of the annotation-free text.
type annotation struct {
	pos     int
	reading string // what stands between the parentheses, as written
}

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "gen_variants:", err)
		os.Exit(1)
	}
}

func run() error {
	if _, err := os.Stat("go.mod"); err != nil {
		return errors.New("run me from the repository root")
	}
	if err := clean(); err != nil {
		return err
	}
	readings, err := qixiaReadings()
	if err != nil {
		return err
	}
	manifest := []string{"page\tfile\tscript\tannotations\tpunctuation\tencodings"}
	for _, p := range pages {
		rows, err := variants(p, readings)
		if err != nil {
			return fmt.Errorf("%s: %w", p.name, err)
		}
		manifest = append(manifest, rows...)
	}
	return os.WriteFile(filepath.Join(dir, "variants.tsv"), []byte(strings.Join(manifest, "\n")+"\n"), 0o644)
}

// clean removes what an earlier run wrote, so that no stale fixture stays.
func clean() error {
	for _, pattern := range []string{"*.txt", "*.tsv"} {
		old, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil {
			return err
		}
		for _, f := range old {
			if err := os.Remove(f); err != nil {
				return err
			}
		}
	}
	return nil
}

// variants writes the eight variants of page p (or finds them among the
// committed fixtures) and returns their manifest rows.
func variants(p page, readings map[rune]string) ([]string, error) {
	src, err := os.ReadFile(filepath.Join("testdata/pages", p.name+".txt"))
	if err != nil {
		return nil, err
	}
	base, anns, err := strip(string(src))
	if err != nil {
		return nil, err
	}

	// Both scripts of the annotation-free text, in the page's punctuation.
	texts := map[string]string{p.script: base}
	if p.script == "traditional" {
		texts["simplified"], err = opencc("t2s", base)
	} else {
		texts["traditional"], err = opencc("s2tw", base)
		anns = annotate(texts["traditional"], readings)
	}
	if err != nil {
		return nil, err
	}
	// OpenCC converts character for character (its phrases have as many
	// characters on both sides), so an annotation's index holds in both.
	if a, b := utf8.RuneCountInString(texts["traditional"]), utf8.RuneCountInString(texts["simplified"]); a != b {
		return nil, fmt.Errorf("scripts differ in length: %d and %d characters", a, b)
	}

	var rows []string
	for _, script := range []string{"traditional", "simplified"} {
		for _, annotated := range []bool{true, false} {
			for _, punct := range []string{"ascii", "chinese"} {
				text := texts[script]
				if punct != p.punct {
					if punct == "ascii" {
						text = narrow(text)
					} else {
						text = widen(text)
					}
				}
				n := 0
				if annotated {
					text = insert(text, anns, punct)
					n = len(anns)
				}
				if p.script == "traditional" && script == p.script && annotated && punct == p.punct && text != string(src) {
					return nil, errors.New("re-annotating the stripped page does not give the page back")
				}
				form := script[:4] // trad, simp
				if annotated {
					form += "-pinyin"
				}
				name := p.name + "." + form + "." + punct
				// Encode the forms that stand for the others: the annotated
				// Traditional one (Big5-HKSCS has the tone letters) and the
				// Simplified one, in the page's own punctuation.
				encode := punct == p.punct && annotated == (script == "traditional")
				file, encodings, err := write(p.name, name, text, encode)
				if err != nil {
					return nil, err
				}
				rows = append(rows, fmt.Sprintf("%s\t%s\t%s\t%d\t%s\t%s", p.name, file, script, n, punct, encodings))
			}
		}
	}
	if p.big5Safe != nil {
		text := p.big5Safe.Replace(texts["traditional"])
		file, encodings, err := write(p.name, p.name+".trad-big5safe."+p.punct, text, true)
		if err != nil {
			return nil, err
		}
		rows = append(rows, fmt.Sprintf("%s\t%s\ttraditional\t0\t%s\t%s", p.name, file, p.punct, encodings))
	}
	return rows, nil
}

// write returns the fixture holding text, relative to testdata/: a committed
// page or encoding source when one holds exactly these bytes, else a new file
// dir/name.txt. With encode, it also returns the manifest of the text's
// encodings, running tools/mk-encodings.sh for a new file.
func write(page, name, text string, encode bool) (file, encodings string, err error) {
	for _, f := range []string{
		"pages/" + page + ".txt",
		"encodings/" + page + ".nopinyin.txt", // annotations stripped
		"encodings/" + page + ".trad.txt",     // OpenCC s2tw
		"encodings/" + page + ".trad-big5safe.txt",
	} {
		if b, err := os.ReadFile(filepath.Join("testdata", f)); err == nil && string(b) == text {
			m := "encodings/" + strings.TrimSuffix(filepath.Base(f), ".txt") + ".encodings.tsv"
			if _, err := os.Stat(filepath.Join("testdata", m)); err != nil {
				m = ""
			}
			return f, m, nil
		}
	}
	path := filepath.Join(dir, name+".txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		return "", "", err
	}
	if encode {
		cmd := exec.Command("tools/mk-encodings.sh", path, dir)
		cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
		if err := cmd.Run(); err != nil {
			return "", "", fmt.Errorf("mk-encodings.sh %s: %w", path, err)
		}
		encodings = "variants/" + name + ".encodings.tsv"
	}
	return "variants/" + name + ".txt", encodings, nil
}

// annotationRE matches what may be an annotation: a Han character and a
// parenthesis holding no other parenthesis. strip asks pinyin.Strip
// which of them are.
var annotationRE = regexp.MustCompile(`(\p{Han})[(（]([^()（）\n]{1,16})[)）]`)

// strip removes the pinyin annotations of text and says where they stood. It
// fails unless the result is exactly what pinyin.Strip makes of text.
func strip(text string) (string, []annotation, error) {
	var out strings.Builder
	var anns []annotation
	runes, last := 0, 0
	for _, m := range annotationRE.FindAllStringSubmatchIndex(text, -1) {
		han := text[m[2]:m[3]]
		if pinyin.Strip.String(text[m[0]:m[1]]) != han {
			continue
		}
		out.WriteString(text[last:m[3]])
		runes += utf8.RuneCountInString(text[last:m[3]])
		anns = append(anns, annotation{pos: runes - 1, reading: text[m[4]:m[5]]})
		last = m[1]
	}
	out.WriteString(text[last:])
	if got, want := out.String(), pinyin.Strip.String(text); got != want {
		return "", nil, errors.New("annotations found differ from pinyin.Strip's")
	}
	return out.String(), anns, nil
}

// qixiaReadings returns the readings the Qixia page gives its annotated
// characters. It checks that the page gives each character one reading and
// annotates it wherever it occurs, so that annotating every occurrence is
// what the page does.
func qixiaReadings() (map[rune]string, error) {
	src, err := os.ReadFile(filepath.Join("testdata/pages", annotations+".txt"))
	if err != nil {
		return nil, err
	}
	base, anns, err := strip(string(src))
	if err != nil {
		return nil, err
	}
	runes := []rune(base)
	readings := map[rune]string{}
	for _, a := range anns {
		r := runes[a.pos]
		if old, ok := readings[r]; ok && old != a.reading {
			return nil, fmt.Errorf("%s: %c read both %s and %s", annotations, r, old, a.reading)
		}
		readings[r] = a.reading
	}
	if again := annotate(base, readings); len(again) != len(anns) {
		return nil, fmt.Errorf("%s: %d annotations, but its annotated characters occur %d times",
			annotations, len(anns), len(again))
	}
	return readings, nil
}

// annotate returns an annotation for every character of text that readings
// has a reading for.
func annotate(text string, readings map[rune]string) []annotation {
	var anns []annotation
	for i, r := range []rune(text) {
		if reading, ok := readings[r]; ok {
			anns = append(anns, annotation{pos: i, reading: reading})
		}
	}
	return anns
}

// insert writes the annotations into text, in ASCII or full-width
// parentheses as punct says.
func insert(text string, anns []annotation, punct string) string {
	open, close := "(", ")"
	if punct == "chinese" {
		open, close = "（", "）"
	}
	var b strings.Builder
	next := 0
	for i, r := range []rune(text) {
		b.WriteRune(r)
		if next < len(anns) && anns[next].pos == i {
			b.WriteString(open + anns[next].reading + close)
			next++
		}
	}
	return b.String()
}

// narrow writes Chinese punctuation as ASCII, as scrapers do: every one of
// ，；：？！（） becomes , ; : ? ! ( ), whatever stands around it.
var narrow = strings.NewReplacer("，", ",", "；", ";", "：", ":", "？", "?", "！", "!", "（", "(", "）", ")").Replace

// widen is the inverse that a page with Chinese punctuation would have had:
// an ASCII , ; : ? ! ( or ) next to a Chinese character or Chinese
// punctuation (on either side) becomes full-width. Unlike
// punct.Normalize it does not pair parentheses.
func widen(text string) string {
	wide := map[rune]rune{',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）'}
	runes := []rune(text)
	out := make([]rune, len(runes))
	for i, r := range runes {
		out[i] = r
		w, ok := wide[r]
		if !ok {
			continue
		}
		if i > 0 && chinese(runes[i-1]) || i+1 < len(runes) && chinese(runes[i+1]) {
			out[i] = w
		}
	}
	return string(out)
}

// chinese reports whether r is a Han character or Chinese punctuation.
func chinese(r rune) bool {
	switch {
	case unicode.Is(unicode.Han, r),
		0x3000 < r && r <= 0x303f, // CJK symbols and punctuation, but the ideographic space
		strings.ContainsRune("“”‘’—…·，；：？！（）", r):
		return true
	}
	return false
}

// opencc converts text with Debian's OpenCC command-line tool and the named
// configuration (t2s, s2tw).
func opencc(config, text string) (string, error) {
	cmd := exec.Command("opencc", "-c", config+".json")
	cmd.Stdin = strings.NewReader(text)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil || errOut.Len() > 0 {
		// opencc exits 0 on a missing configuration; what it prints tells.
		return "", fmt.Errorf("opencc -c %s.json: %v %s", config, err, errOut.String())
	}
	return out.String(), nil
}
