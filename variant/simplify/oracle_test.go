package simplify

import (
	"bytes"
	"cmp"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/govnotice/govnotice/variant/internal/fixture"
)

// TestSimplifyMatchesOpenCC compares Simplify with the opencc command on long text. Debian's
// opencc is OpenCC 1.1.6 with 1.1.6 dictionaries; our tables are 1.4.2 plus our layer. Every
// character where the two disagree must be explained, and the test works out which explanation
// holds from the dictionaries themselves:
//
//   - the opencc output equals the longest-match conversion over Debian's own 1.1.6 dictionaries
//     (exported with opencc_dict), which checks that the algorithm is OpenCC's;
//   - where that differs from the same conversion over the committed 1.4.2 dictionaries, the
//     difference is one of data version;
//   - where Simplify differs from the 1.4.2 conversion, an entry of phrases.txt (or a phrase
//     output the generator added as a key of its own) must cover the character and give
//     Simplify's output there.
//
// Anything else fails the test. The explained differences are logged with counts (go test -v).
func TestSimplifyMatchesOpenCC(t *testing.T) {
	opencc, err := exec.LookPath("opencc")
	if err != nil {
		t.Skip("opencc not installed (apt-get install opencc): ", err)
	}
	old := simplifyDebianDicts(t)
	cur := simplifyNewDicts()
	for _, name := range []string{"opencc/TSCharacters.txt", "opencc/TSPhrases.txt"} {
		maps.Copy(cur, simplifyReadDict(t, filepath.Join("../internal/data", name)))
	}
	layer := simplifyLayerEntries(t)
	// The generator adds phrase outputs as keys that map to themselves; they count as our layer.
	for _, p := range phrases {
		if _, ok := cur[p.from]; !ok && p.to == "" {
			layer = append(layer, [2][]rune{[]rune(p.from), []rune(p.from)})
		}
	}

	run := func(config string, in []byte) []byte {
		t.Helper()
		cmd := exec.Command(opencc, "-c", config)
		cmd.Stdin = bytes.NewReader(in)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		// opencc exits 0 even when it cannot load the config; it then prints nothing.
		if err != nil || stderr.Len() > 0 || len(out) == 0 && len(in) > 0 {
			t.Fatalf("opencc -c %s: %v %s", config, err, stderr.Bytes())
		}
		return out
	}

	type input struct {
		name string
		text []byte
	}
	var inputs []input
	for name, page := range fixture.Pages(t, "../..") {
		if fixture.IsTraditionalPage(name) {
			inputs = append(inputs, input{name, page})
			continue
		}
		// Simplified pages go to Traditional first, in OpenCC's own standard (s2t) and in the
		// Taiwan style our traditional pages use (s2tw: 為, 裡, 著 for 着).
		inputs = append(inputs,
			input{name + " via s2t", run("s2t.json", page)},
			input{name + " via s2tw", run("s2tw.json", page)})
	}
	inputs = append(inputs, input{"every dictionary key", simplifyEveryKey(old, cur, layer)})
	slices.SortFunc(inputs, func(a, b input) int { return strings.Compare(a.name, b.name) })

	explained := make(map[string]int) // by phrases.txt entry
	versions := make(map[string]int)  // by 1.1.6→1.4.2 character pair
	total := 0
	for _, in := range inputs {
		src := []rune(string(in.text))
		total += len(src)
		cli := []rune(string(run("t2s.json", in.text)))
		ref116 := old.convert(src)
		ref142 := cur.convert(src)
		got := []rune(Chinese.String(string(in.text)))
		if len(cli) != len(src) || len(got) != len(src) {
			t.Errorf("%s: %d characters in, %d from opencc, %d from Simplify", in.name, len(src), len(cli), len(got))
			continue
		}
		for i := range src {
			ctx := string(src[max(0, i-4):min(len(src), i+5)])
			if cli[i] != ref116[i] {
				t.Errorf("%s: at %q opencc gives %c, longest match over its own dictionaries %c", in.name, ctx, cli[i], ref116[i])
				continue
			}
			switch why := simplifyLayerCovers(layer, src, got, i); {
			case got[i] == ref142[i]:
				if cli[i] != got[i] {
					versions[fmt.Sprintf("%c→%c", cli[i], got[i])]++
				}
			case why != "":
				explained["phrases.txt "+why]++
			default:
				t.Errorf("%s: at %q OpenCC 1.4.2 gives %c, Simplify %c, and no entry of phrases.txt covers it", in.name, ctx, ref142[i], got[i])
			}
		}
	}
	t.Logf("%d characters compared; differences from OpenCC 1.4.2:", total)
	for _, why := range slices.Sorted(maps.Keys(explained)) {
		t.Logf("%5d × %s", explained[why], why)
	}
	// Where Simplify agrees with 1.4.2, opencc differs by data version. Most such differences are rare characters that 1.1.6 sent to an Extension B+ form and
	// 1.4.2 keeps; list the frequent ones.
	pairs := slices.SortedFunc(maps.Keys(versions), func(a, b string) int {
		return cmp.Or(versions[b]-versions[a], strings.Compare(a, b))
	})
	n := 0
	for _, c := range versions {
		n += c
	}
	t.Logf("%5d × OpenCC 1.1.6 data vs 1.4.2 (%d pairs, 1.1.6→1.4.2), most frequent: %s", n, len(pairs), strings.Join(pairs[:min(len(pairs), 16)], " "))
}

// simplifyDicts is one version of OpenCC's TSCharacters and TSPhrases (first candidates), keyed
// by the traditional text.
type simplifyDicts map[string]string

func simplifyNewDicts() simplifyDicts { return make(simplifyDicts) }

// convert is OpenCC's t2s as a plain loop: the longest phrase key (2 to 10 characters), else one
// character. It is the reference the tables must reproduce.
func (d simplifyDicts) convert(src []rune) []rune {
	var out []rune
	for i := 0; i < len(src); {
		n := min(10, len(src)-i)
		for ; n >= 2; n-- {
			if v, ok := d[string(src[i:i+n])]; ok {
				out = append(out, []rune(v)...)
				break
			}
		}
		if n < 2 {
			n = 1
			if v, ok := d[string(src[i])]; ok {
				out = append(out, []rune(v)...)
			} else {
				out = append(out, src[i])
			}
		}
		i += n
	}
	return out
}

// simplifyDebianDicts exports the dictionaries that Debian's opencc uses.
func simplifyDebianDicts(t *testing.T) simplifyDicts {
	t.Helper()
	tool, err := exec.LookPath("opencc_dict")
	if err != nil {
		t.Skip("opencc_dict not installed (it comes with Debian's opencc): ", err)
	}
	d := simplifyNewDicts()
	for _, name := range []string{"TSCharacters", "TSPhrases"} {
		in := filepath.Join("/usr/share/opencc", name+".ocd2")
		if _, err := os.Stat(in); err != nil {
			t.Skipf("opencc dictionaries not found: %v", err)
		}
		out := filepath.Join(t.TempDir(), name+".txt")
		if msg, err := exec.Command(tool, "-i", in, "-o", out, "-f", "ocd2", "-t", "text").CombinedOutput(); err != nil {
			t.Fatalf("opencc_dict %s: %v\n%s", name, err, msg)
		}
		maps.Copy(d, simplifyReadDict(t, out))
	}
	return d
}

// simplifyEveryKey builds a text holding every key of both OpenCC versions and of our layer,
// separated by punctuation so that each is matched on its own.
func simplifyEveryKey(old, cur simplifyDicts, layer [][2][]rune) []byte {
	keys := make(map[string]bool)
	for k := range old {
		keys[k] = true
	}
	for k := range cur {
		keys[k] = true
	}
	for _, e := range layer {
		keys[string(e[0])] = true
	}
	var b bytes.Buffer
	for i, k := range slices.Sorted(maps.Keys(keys)) {
		b.WriteString(k)
		if i%20 == 19 {
			b.WriteString("。\n")
		} else {
			b.WriteString("、")
		}
	}
	return b.Bytes()
}

// simplifyLayerEntries reads phrases.txt as key/value rune slices.
func simplifyLayerEntries(t *testing.T) [][2][]rune {
	var es [][2][]rune
	layer := simplifyReadDict(t, filepath.Join("../internal/data", "phrases.txt"))
	for _, k := range slices.Sorted(maps.Keys(layer)) {
		es = append(es, [2][]rune{[]rune(k), []rune(layer[k])})
	}
	return es
}

// simplifyLayerCovers returns the entry of our layer that explains got[i]: one whose key occurs
// in src over position i and whose value has got[i] there; "" when none does.
func simplifyLayerCovers(layer [][2][]rune, src, got []rune, i int) string {
	for _, e := range layer {
		k, v := e[0], e[1]
		for s := max(0, i-len(k)+1); s <= i && s+len(k) <= len(src); s++ {
			if slices.Equal(src[s:s+len(k)], k) && v[i-s] == got[i] {
				return string(k) + "→" + string(v)
			}
		}
	}
	return ""
}
