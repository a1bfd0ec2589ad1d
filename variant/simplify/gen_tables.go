//go:build ignore

// gen_tables writes tables.go, the tables behind the Transformer of package simplify, and
// ../internal/scripttab/tables.go, the traditional-only and simplified-only characters that
// package script counts and simplify's 著 rule looks for, from the committed OpenCC dictionaries
// in ../internal/data/opencc and our phrase layer in ../internal/data/phrases.txt. It reads
// nothing else, so `go generate` is offline and repeatable. The two files come from one run
// because the script sets are worked out from the conversions, our layer included.
//
// Usage (from the simplify directory, as go generate runs it):
//
//	go run gen_tables.go [-output tables.go] [-script-output ../internal/scripttab/tables.go]
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"go/format"
	"log"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"
)

const (
	openccDir  = "../internal/data/opencc"
	layerFile  = "../internal/data/phrases.txt"
	maxKeyLen  = 10 // characters; TSPhrases 1.4.2's longest key has 10
	blockBits  = 6  // the character table is split into blocks of 1<<blockBits runes
	runeBits   = 21 // an entry holds the output rune in its low runeBits bits ...
	groupBits  = 10 // ... the phrase group of the runes that start a phrase in the next groupBits ...
	groupLimit = 1 << groupBits
	contextBit = 1 << 31 // ... and in the top bit whether the rune's conversion is contextual
)

// The contextual conversion (see the package doc, "著 and the script of the text"): our layer's
// 著→着, in the character table and in the phrases that write 着 for a 著 of their key, applies only
// where the nearest script-specific character before the 著 is traditional-only. It is a rule of
// the converter, not data, so it is named here rather than in phrases.txt.
const (
	contextFrom = '著'
	contextTo   = '着'
)

func main() {
	output := flag.String("output", "tables.go", "file to write the tables of package simplify to")
	scriptOutput := flag.String("script-output", "../internal/scripttab/tables.go", "file to write the tables of package scripttab to")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("gen_tables: ")
	src, scriptSrc, err := generate()
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*output, src, 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*scriptOutput, scriptSrc, 0o644); err != nil {
		log.Fatal(err)
	}
}

// tables is everything the generated file is built from.
type tables struct {
	version, tgzSum string
	sums            [][2]string // file, sha256 of every input, in a fixed order

	chars   map[rune]rune     // effective character mappings (identities dropped)
	phrases map[string]string // phrase key → output, including our layer and the identity keys

	nLayerChars, nLayerPhrases, nIdentity, nSpellings int

	tradOnly, simpOnly map[rune]bool

	// contextual holds the phrase keys that apply only in a Traditional context (a 著 of the key
	// that becomes 着 has no traditional-only character before it in the key), and contextChar
	// whether the character table's conversion of contextFrom is contextual.
	contextual  map[string]bool
	contextChar bool
}

func generate() (simplifySrc, scriptSrc []byte, err error) {
	t := &tables{}
	if err := t.readSource(); err != nil {
		return nil, nil, err
	}
	ts, err := readDict(filepath.Join(openccDir, "TSCharacters.txt"))
	if err != nil {
		return nil, nil, err
	}
	tp, err := readDict(filepath.Join(openccDir, "TSPhrases.txt"))
	if err != nil {
		return nil, nil, err
	}
	if err := t.build(ts, tp); err != nil {
		return nil, nil, err
	}
	if err := t.applyLayer(); err != nil {
		return nil, nil, err
	}
	if err := t.checkCharsIdempotent(); err != nil {
		return nil, nil, err
	}
	t.addCharacterSpellings()
	if err := t.protectOutputs(); err != nil {
		return nil, nil, err
	}
	if err := t.scriptSets(ts); err != nil {
		return nil, nil, err
	}
	if err := t.contextRules(); err != nil {
		return nil, nil, err
	}
	return t.write()
}

// readSource reads the version from SOURCE and checks every file listed in SHA256SUMS, so that
// an edited dictionary cannot slip into the tables unnoticed.
func (t *tables) readSource() error {
	src, err := os.ReadFile(filepath.Join(openccDir, "SOURCE"))
	if err != nil {
		return err
	}
	for line := range strings.Lines(string(src)) {
		k, v, ok := strings.Cut(strings.TrimSpace(line), ": ")
		switch {
		case !ok:
		case k == "version":
			t.version = v
		case k == "tgz-sha256":
			t.tgzSum = v
		}
	}
	if t.version == "" || t.tgzSum == "" {
		return errors.New("SOURCE: missing version or tgz-sha256 line")
	}
	sums, err := os.ReadFile(filepath.Join(openccDir, "SHA256SUMS"))
	if err != nil {
		return err
	}
	for line := range strings.Lines(string(sums)) {
		want, name, ok := strings.Cut(strings.TrimSpace(line), "  ")
		if !ok {
			return fmt.Errorf("SHA256SUMS: bad line %q", line)
		}
		got, err := fileSum(filepath.Join(openccDir, name))
		if err != nil {
			return err
		}
		if got != want {
			return fmt.Errorf("%s: sha256 %s, SHA256SUMS says %s (refresh with tools/update-opencc.sh, never edit by hand)", name, got, want)
		}
		t.sums = append(t.sums, [2]string{name, got})
	}
	layerSum, err := fileSum(layerFile)
	if err != nil {
		return err
	}
	t.sums = append(t.sums, [2]string{"../phrases.txt", layerSum})
	return nil
}

func fileSum(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}

// entry is one line of an OpenCC dictionary or of our layer.
type entry struct {
	key  string
	vals []string
	line int
}

// readDict reads the OpenCC text format: key<TAB>value[ value…], # comments, blank lines.
func readDict(path string) ([]entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var es []entry
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "\t")
		if !ok || k == "" || v == "" || !utf8.ValidString(line) {
			return nil, fmt.Errorf("%s:%d: want key<TAB>value: %q", path, n, line)
		}
		es = append(es, entry{key: k, vals: strings.Split(v, " "), line: n})
	}
	return es, sc.Err()
}

func (t *tables) build(ts, tp []entry) error {
	t.chars = make(map[rune]rune)
	for _, e := range ts {
		k, v := []rune(e.key), []rune(e.vals[0])
		if len(k) != 1 || len(v) != 1 {
			return fmt.Errorf("TSCharacters.txt:%d: not one character to one", e.line)
		}
		if k[0] != v[0] {
			t.chars[k[0]] = v[0]
		}
	}
	t.phrases = make(map[string]string)
	for _, e := range tp {
		if err := checkPhrase("TSPhrases.txt", e.line, e.key, e.vals[0]); err != nil {
			return err
		}
		t.phrases[e.key] = e.vals[0]
	}
	return nil
}

func checkPhrase(file string, line int, k, v string) error {
	n := utf8.RuneCountInString(k)
	switch {
	case n < 2 || n > maxKeyLen:
		return fmt.Errorf("%s:%d: key %q has %d characters, want 2 to %d", file, line, k, n, maxKeyLen)
	case utf8.RuneCountInString(v) != n:
		return fmt.Errorf("%s:%d: %q→%q: not the same number of characters", file, line, k, v)
	}
	return nil
}

// applyLayer adds our phrase layer: one-character keys override the character table, longer ones
// are added to or replace OpenCC's phrases.
func (t *tables) applyLayer() error {
	es, err := readDict(layerFile)
	if err != nil {
		return err
	}
	seen := make(map[string]int)
	for _, e := range es {
		if len(e.vals) != 1 {
			return fmt.Errorf("%s:%d: one value per key", layerFile, e.line)
		}
		if prev, ok := seen[e.key]; ok {
			return fmt.Errorf("%s:%d: %s is already on line %d", layerFile, e.line, e.key, prev)
		}
		seen[e.key] = e.line
		k, v := e.key, e.vals[0]
		if utf8.RuneCountInString(k) == 1 {
			kr, _ := utf8.DecodeRuneInString(k)
			vr, n := utf8.DecodeRuneInString(v)
			if n != len(v) {
				return fmt.Errorf("%s:%d: a one-character key needs a one-character value", layerFile, e.line)
			}
			if t.convertRune(kr) == vr {
				return fmt.Errorf("%s:%d: %s→%s repeats OpenCC", layerFile, e.line, k, v)
			}
			if kr == vr {
				delete(t.chars, kr)
			} else {
				t.chars[kr] = vr
			}
			t.nLayerChars++
			continue
		}
		if err := checkPhrase(layerFile, e.line, k, v); err != nil {
			return err
		}
		if old, ok := t.phrases[k]; ok && old == v {
			return fmt.Errorf("%s:%d: %s→%s repeats OpenCC", layerFile, e.line, k, v)
		}
		t.phrases[k] = v
		t.nLayerPhrases++
	}
	return nil
}

func (t *tables) convertRune(r rune) rune {
	if s, ok := t.chars[r]; ok {
		return s
	}
	return r
}

// convert is the conversion Simplify does, on the tables as they stand: at each position the
// longest phrase key, else one character.
func (t *tables) convert(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); {
		n := min(maxKeyLen, len(rs)-i)
		for ; n >= 2; n-- {
			if v, ok := t.phrases[string(rs[i:i+n])]; ok {
				b.WriteString(v)
				break
			}
		}
		if n < 2 {
			b.WriteRune(t.convertRune(rs[i]))
			n = 1
		}
		i += n
	}
	return b.String()
}

// checkCharsIdempotent makes sure no character maps to a character that is converted again;
// phrases.txt must then send the first straight to the final form.
func (t *tables) checkCharsIdempotent() error {
	var bad []string
	for _, k := range slices.Sorted(maps.Keys(t.chars)) {
		v := t.chars[k]
		if w, ok := t.chars[v]; ok {
			bad = append(bad, fmt.Sprintf("%c→%c→%c", k, v, w))
		}
	}
	if bad != nil {
		return fmt.Errorf("character outputs that convert again (add the first character with the final form to %s): %s", layerFile, strings.Join(bad, " "))
	}
	return nil
}

// maxSpellings bounds the other spellings added for one phrase key: a key whose characters
// have many other spellings would otherwise multiply into thousands of keys.
const maxSpellings = 16

// addCharacterSpellings adds, for every phrase key, the other spellings whose characters the
// character table turns into the key's characters, with the key's output. Without them a text
// is not always converted to a text that stays as it is: 瀋思 becomes 沈思 character by
// character, and 沈思 is the key of 沉思, so converting again changed it. A page in Traditional
// bytes and the same record written out as Simplified text must give the same record. Keys
// with 著 or 着 are left alone: their conversion depends on the script before them.
func (t *tables) addCharacterSpellings() {
	others := make(map[rune][]rune) // character → the characters the table turns into it
	for _, k := range slices.Sorted(maps.Keys(t.chars)) {
		v := t.chars[k]
		others[v] = append(others[v], k)
	}
	for _, k := range slices.Sorted(maps.Keys(t.phrases)) {
		v := t.phrases[k]
		if v == k || strings.ContainsRune(k, contextFrom) || strings.ContainsRune(k, contextTo) {
			continue
		}
		spellings := []string{""}
		for _, r := range k {
			choices := append([]rune{r}, others[r]...)
			if len(spellings)*len(choices) > maxSpellings {
				spellings = nil
				break
			}
			var next []string
			for _, s := range spellings {
				for _, c := range choices {
					next = append(next, s+string(c))
				}
			}
			spellings = next
		}
		for _, s := range spellings {
			if _, ok := t.phrases[s]; !ok && t.convert(s) != v {
				t.phrases[s] = v
				t.nSpellings++
			}
		}
	}
}

// protectOutputs adds every phrase output that differs from its key as a key that maps to
// itself. Simplified text then passes unchanged (显著 would otherwise become 显着 through the
// 著→着 default, 乾县 干县), and converting the output again finds the same segments: without
// 沉重, the output 沉重覆盆子 of 沈重覆盆子 would be re-segmented as 沉 重覆 … and become
// 沉重复盆子. With it, Simplify(Simplify(x)) == Simplify(x) except where a one-character output
// and the next segment form another key (麼麽些族 → 么麽些族 → 幺麽些族).
func (t *tables) protectOutputs() error {
	for _, k := range slices.Sorted(maps.Keys(t.phrases)) {
		v := t.phrases[k]
		if v == k {
			continue
		}
		switch old, ok := t.phrases[v]; {
		case !ok:
			t.phrases[v] = v
			t.nIdentity++
		case old != v:
			return fmt.Errorf("phrase output %s of %s is itself a key (→%s)", v, k, old)
		}
	}
	for _, k := range slices.Sorted(maps.Keys(t.phrases)) {
		if v := t.phrases[k]; t.convert(v) != v {
			return fmt.Errorf("phrase output %s of %s converts again to %s", v, k, t.convert(v))
		}
	}
	return nil
}

// scriptSets derives the characters that identify a script:
//   - traditional-only: converted by the character table and never produced by the conversion
//     (not a candidate of any TSCharacters entry, not in any phrase output);
//   - simplified-only: produced by the conversion, not a TSCharacters key, changed by OpenCC's
//     own s2t (STCharacters lists it without itself), and no Taiwan or Hong Kong traditional form
//     (not a value in TWVariants or HKVariants: 群, 峰, 床, 温 are traditional there).
func (t *tables) scriptSets(ts []entry) error {
	produced := make(map[rune]bool)
	tsKeys := make(map[rune]bool)
	for _, e := range ts {
		r, _ := utf8.DecodeRuneInString(e.key)
		tsKeys[r] = true
		for _, v := range e.vals {
			for _, c := range v {
				produced[c] = true
			}
		}
	}
	for _, v := range t.chars {
		produced[v] = true
	}
	for _, v := range t.phrases {
		for _, c := range v {
			produced[c] = true
		}
	}
	t.tradOnly = make(map[rune]bool)
	for k := range t.chars {
		if !produced[k] {
			t.tradOnly[k] = true
		}
	}

	st, err := readDict(filepath.Join(openccDir, "STCharacters.txt"))
	if err != nil {
		return err
	}
	s2tChanges := make(map[rune]bool)
	for _, e := range st {
		if !slices.Contains(e.vals, e.key) {
			r, _ := utf8.DecodeRuneInString(e.key)
			s2tChanges[r] = true
		}
	}
	regional := make(map[rune]bool)
	for _, name := range []string{"TWVariants.txt", "HKVariants.txt"} {
		es, err := readDict(filepath.Join(openccDir, name))
		if err != nil {
			return err
		}
		for _, e := range es {
			for _, v := range e.vals {
				for _, c := range v {
					regional[c] = true
				}
			}
		}
	}
	outputs := make(map[rune]bool)
	for _, v := range t.chars {
		outputs[v] = true
	}
	for _, v := range t.phrases {
		for _, c := range v {
			outputs[c] = true
		}
	}
	t.simpOnly = make(map[rune]bool)
	for c := range outputs {
		if !tsKeys[c] && !t.tradOnly[c] && s2tChanges[c] && !regional[c] {
			t.simpOnly[c] = true
		}
	}
	return nil
}

// contextRules finds the conversions of contextFrom to contextTo, which apply only in a
// Traditional context: the character table's, and each phrase whose key has a contextFrom that
// its output writes as contextTo, unless a traditional-only character stands before every such
// contextFrom in the key (隨著: the 隨 says the text is Traditional whatever came before).
func (t *tables) contextRules() error {
	t.contextChar = t.chars[contextFrom] == contextTo
	t.contextual = make(map[string]bool)
	for _, k := range slices.Sorted(maps.Keys(t.phrases)) {
		kr, vr := []rune(k), []rune(t.phrases[k])
		for j := range kr {
			if kr[j] != contextFrom || vr[j] != contextTo {
				continue
			}
			decided := false
			for _, c := range slices.Backward(kr[:j]) {
				if t.simpOnly[c] {
					return fmt.Errorf("phrase %s→%s: its %c→%c follows the simplified-only %c, so it never applies", k, t.phrases[k], contextFrom, contextTo, c)
				}
				if t.tradOnly[c] {
					decided = true
					break
				}
			}
			if !decided {
				t.contextual[k] = true
			}
		}
	}
	// Phrase outputs are Simplified text, and in a Simplified context (contextual conversions
	// off) they must come back unchanged too, or converting twice would differ from once.
	for _, k := range slices.Sorted(maps.Keys(t.phrases)) {
		if v := t.phrases[k]; t.convertSimplified(v) != v {
			return fmt.Errorf("phrase output %s of %s converts again in a Simplified context to %s", v, k, t.convertSimplified(v))
		}
	}
	return nil
}

// convertSimplified is convert in a Simplified context: without the contextual phrases, and with
// contextFrom kept.
func (t *tables) convertSimplified(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); {
		n := min(maxKeyLen, len(rs)-i)
		for ; n >= 2; n-- {
			k := string(rs[i : i+n])
			if v, ok := t.phrases[k]; ok && !t.contextual[k] {
				b.WriteString(v)
				break
			}
		}
		if n < 2 {
			if rs[i] == contextFrom && t.contextChar {
				b.WriteRune(rs[i])
			} else {
				b.WriteRune(t.convertRune(rs[i]))
			}
			n = 1
		}
		i += n
	}
	return b.String()
}

// write renders the tables as Go source: those of package simplify, and the script sets of
// package scripttab.
func (t *tables) write() (simplifySrc, scriptSrc []byte, err error) {
	// Phrase groups: the runes that start a key, numbered from 1 in rune order; each group's keys
	// longest first, so the first that matches is the longest match.
	byFirst := make(map[rune][]string)
	for k := range t.phrases {
		r, _ := utf8.DecodeRuneInString(k)
		byFirst[r] = append(byFirst[r], k)
	}
	firsts := slices.Sorted(maps.Keys(byFirst))
	if len(firsts) >= groupLimit {
		return nil, nil, fmt.Errorf("%d phrase groups do not fit in %d bits", len(firsts), groupBits)
	}
	group := make(map[rune]uint32)
	type phrase struct {
		from, to    string
		traditional bool
	}
	var phrases []phrase
	groups := [][2]int{{0, 0}}
	maxKeyBytes := 0
	for i, r := range firsts {
		group[r] = uint32(i + 1)
		keys := byFirst[r]
		slices.SortFunc(keys, func(a, b string) int {
			return cmp.Or(cmp.Compare(len(b), len(a)), strings.Compare(a, b))
		})
		lo := len(phrases)
		for _, k := range keys {
			to := t.phrases[k]
			if to == k {
				to = "" // unchanged: the match only stops other matches
			}
			phrases = append(phrases, phrase{k, to, t.contextual[k]})
			maxKeyBytes = max(maxKeyBytes, len(k))
		}
		groups = append(groups, [2]int{lo, len(phrases)})
	}

	entries := make(map[rune]uint32)
	for k, v := range t.chars {
		entries[k] = uint32(v)
	}
	for r, g := range group {
		entries[r] |= g << runeBits
	}
	if t.contextChar {
		entries[contextFrom] |= contextBit
	}
	var bmp, astral []rune
	for _, r := range slices.Sorted(maps.Keys(entries)) {
		if r < 0x10000 {
			bmp = append(bmp, r)
		} else {
			astral = append(astral, r)
		}
	}
	lo, hi := blockRange(bmp)
	index, blocks := splitBlocks(lo, hi, func(r rune) uint32 { return entries[r] })

	var tradBMP, tradAstral, simpBMP, simpAstral []rune
	for _, r := range slices.Sorted(maps.Keys(t.tradOnly)) {
		if r < 0x10000 {
			tradBMP = append(tradBMP, r)
		} else {
			tradAstral = append(tradAstral, r)
		}
	}
	for _, r := range slices.Sorted(maps.Keys(t.simpOnly)) {
		if r < 0x10000 {
			simpBMP = append(simpBMP, r)
		} else {
			simpAstral = append(simpAstral, r)
		}
	}
	sLo, sHi := blockRange(append(slices.Clone(tradBMP), simpBMP...))

	var b bytes.Buffer
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	header := func(what string) {
		p("// Code generated by gen_tables.go in package simplify; DO NOT EDIT.\n\n")
		p("// %s, derived from OpenCC %s (npm opencc-%s.tgz,\n", what, t.version, t.version)
		p("// sha256 %s; Apache-2.0, see variant/internal/data/opencc)\n", t.tgzSum)
		p("// with first candidates only, identity characters dropped, and our layer variant/internal/data/phrases.txt.\n//\n")
		p("// Inputs (sha256):\n//\n")
		for _, s := range t.sums {
			p("//\t%s %s\n", s[1], s[0])
		}
		p("//\n")
	}
	header("Tables for the Traditional→Simplified conversion")
	p("// Character table: %d mappings (%d of them from phrases.txt). Phrase table: %d keys in %d groups\n",
		len(t.chars), t.nLayerChars, len(phrases), len(firsts))
	p("// (%d from phrases.txt, %d simplified outputs protected as keys that map to themselves,\n",
		t.nLayerPhrases, t.nIdentity)
	p("// %d other spellings of keys whose characters the character table turns into the key's).\n", t.nSpellings)
	p("// Contextual (Traditional context only): %c→%c in the character table: %v; %d phrases.\n\n", contextFrom, contextTo, t.contextChar, len(t.contextual))
	p("package simplify\n\n")

	p("const (\n")
	p("tableLo = %#x // the character table covers the BMP runes [tableLo, tableHi) ...\n", lo)
	p("tableHi = %#x\n", hi)
	p("astralLo = %#x // ... and the runes of astral, none below this\n", firstOr(astral, 0x10FFFF))
	p("blockBits = %d\n", blockBits)
	p("runeBits = %d // an entry: output rune (0: unchanged) | phrase group << runeBits | contextBit\n", runeBits)
	p("groupBits = %d\n", groupBits)
	p("contextBit = %#x // the rune's conversion applies only in a Traditional context\n", uint32(contextBit))
	p("maxKeyBytes = %d // the longest phrase key, so the longest look-ahead\n", maxKeyBytes)
	p(")\n\n")

	p("// index maps (r-tableLo)>>blockBits to a block of blocks; block 0 is empty.\n")
	p("var index = [%d]uint16{", len(index))
	for i, v := range index {
		if i%16 == 0 {
			p("\n")
		}
		p("%d,", v)
	}
	p("\n}\n\n")
	p("// blocks holds the entries of the BMP runes, 1<<blockBits to a block.\n")
	p("var blocks = [%d][1 << blockBits]uint32{\n", len(blocks))
	for _, blk := range blocks {
		p("{")
		for i, v := range blk {
			if i%8 == 0 {
				p("\n")
			}
			p("%#x,", v)
		}
		p("\n},\n")
	}
	p("}\n\n")
	p("// astral holds the entries of the runes above the BMP, sorted by rune.\n")
	p("var astral = [...]astralEntry{\n")
	for _, r := range astral {
		p("{%#x, %#x}, // %c\n", r, entries[r], r)
	}
	p("}\n\n")
	p("// groups holds, for each phrase group (numbered from 1), its range of phrases.\n")
	p("var groups = [...]group{\n")
	for i, g := range groups {
		if i == 0 {
			p("{0, 0}, // no group\n")
			continue
		}
		p("{%d, %d}, // %c\n", g[0], g[1], firsts[i-1])
	}
	p("}\n\n")
	p("// phrases holds the phrase keys by group, longest first; an empty to leaves the key unchanged,\n")
	p("// and a phrase marked traditional applies only in a Traditional context.\n")
	p("var phrases = [...]phrase{\n")
	for _, ph := range phrases {
		p("{%q, %q, %v},\n", ph.from, ph.to, ph.traditional)
	}
	p("}\n")
	if simplifySrc, err = format.Source(b.Bytes()); err != nil {
		return nil, nil, err
	}

	b.Reset()
	header("The characters that only one script uses")
	p("// Traditional-only: characters the conversion changes and never writes; simplified-only:\n")
	p("// characters it writes that Traditional text (Taiwan and Hong Kong usage included) does not\n")
	p("// use. %d traditional-only and %d simplified-only characters.\n\n", len(t.tradOnly), len(t.simpOnly))
	p("package scripttab\n\n")
	p("const (\n")
	p("Lo = %#x // the bitsets cover the BMP runes [Lo, Hi)\n", sLo)
	p("Hi = %#x // (exclusive)\n", sHi)
	p(")\n\n")
	writeBits(p, "TraditionalOnly", "traditional-only", tradBMP, sLo, sHi)
	writeBits(p, "SimplifiedOnly", "simplified-only", simpBMP, sLo, sHi)
	writeRunes(p, "TraditionalOnlyAstral", "traditional-only", tradAstral)
	writeRunes(p, "SimplifiedOnlyAstral", "simplified-only", simpAstral)
	if scriptSrc, err = format.Source(b.Bytes()); err != nil {
		return nil, nil, err
	}
	return simplifySrc, scriptSrc, nil
}

func firstOr(rs []rune, def rune) rune {
	if len(rs) == 0 {
		return def
	}
	return rs[0]
}

// blockRange rounds the range of sorted runes out to whole blocks.
func blockRange(rs []rune) (lo, hi rune) {
	slices.Sort(rs)
	if len(rs) == 0 {
		return 0, 0
	}
	const size = 1 << blockBits
	return rs[0] &^ (size - 1), (rs[len(rs)-1] | (size - 1)) + 1
}

// splitBlocks lays [lo, hi) out as an index and deduplicated blocks, block 0 all zero.
func splitBlocks(lo, hi rune, entry func(rune) uint32) (index []uint16, blocks [][1 << blockBits]uint32) {
	blocks = append(blocks, [1 << blockBits]uint32{})
	seen := map[[1 << blockBits]uint32]int{{}: 0}
	for start := lo; start < hi; start += 1 << blockBits {
		var blk [1 << blockBits]uint32
		for i := range blk {
			blk[i] = entry(start + rune(i))
		}
		n, ok := seen[blk]
		if !ok {
			n = len(blocks)
			seen[blk] = n
			blocks = append(blocks, blk)
		}
		index = append(index, uint16(n))
	}
	return index, blocks
}

func writeBits(p func(string, ...any), name, what string, rs []rune, lo, hi rune) {
	words := make([]uint64, (hi-lo)/64)
	for _, r := range rs {
		words[(r-lo)/64] |= 1 << ((r - lo) % 64)
	}
	p("// %s has bit r-Lo set for the %d %s BMP runes.\n", name, len(rs), what)
	p("var %s = [%d]uint64{", name, len(words))
	for i, w := range words {
		if i%4 == 0 {
			p("\n")
		}
		p("0x%016x,", w)
	}
	p("\n}\n\n")
}

func writeRunes(p func(string, ...any), name, what string, rs []rune) {
	p("// %s holds the %d %s runes above the BMP, sorted.\n", name, len(rs), what)
	p("var %s = [...]rune{", name)
	for i, r := range rs {
		if i%8 == 0 {
			p("\n")
		}
		p("%#x,", r)
	}
	p("\n}\n")
}
