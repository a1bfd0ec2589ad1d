package structure

import (
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/govnotice/govnotice/variant"
)

// pinyin matches a pinyin annotation after a Chinese character: 發(fā),
// 會(huì ). TEMPORARY, like canonical.
var pinyin = regexp.MustCompile(`(\p{Han})\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]* ?\)`)

// canonical makes page text canonical for the tests. TEMPORARY: until
// variant's whole chain (variant.Canonical) is on main it strips pinyin
// annotations with a rough pattern, converts to Simplified with
// variant.Simplify and turns ASCII punctuation next to Chinese text into
// Chinese punctuation.
func canonical(t *testing.T, s string) string {
	t.Helper()
	s = pinyin.ReplaceAllString(s, "$1")
	rs := []rune(variant.Simplify.String(s))
	chinese := func(i int) bool {
		return i >= 0 && i < len(rs) && (unicode.Is(unicode.Han, rs[i]) || strings.ContainsRune("，：；（）。、《》“”〔〕【】〈〉—", rs[i]))
	}
	full := map[rune]rune{',': '，', ':': '：', ';': '；', '(': '（', ')': '）'}
	for i, r := range rs {
		if f, ok := full[r]; ok && (chinese(i-1) || chinese(i+1)) {
			rs[i] = f
		}
	}
	return string(rs)
}
