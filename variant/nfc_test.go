package variant

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// nfcCases mix inert runs with characters that NFC composes, reorders or
// replaces, at every kind of boundary.
var nfcCases = []string{
	"",
	"栖霞区，2025年",
	"e\u0301",                     // composes with an inert starter before it
	"中e\u0301中",                   // … inside an inert run
	"a\u0323\u0302b",              // reordered and composed
	"\u0301中",                     // a lone combining mark first
	"\uf900中",                     // a compatibility ideograph: singleton decomposition
	"\u2000—“”",                   // U+2000 decomposes to U+2002; the rest is inert
	"\u1100\u1161\u11a8",          // Hangul jamo compose
	"区(qu\u0304)",                 // pinyin in NFD
	"\u3099\u304b\u3099",          // kana voicing marks
	"〔2017〕\u302a",                // an ideographic tone mark (combining)
	"區政府办公室發布\U00020BB7體",         // traditional-, simplified-only, astral
	"區\u0301發",                    // a combining mark after a counted character
	"\xff\xe3\x80e\u0301\xe4\xb8", // invalid and cut UTF-8
}

func TestNFCMatchesNorm(t *testing.T) {
	for _, in := range nfcCases {
		checkTransformer(t, nfc{}, in, norm.NFC.String(in))
		checkNFCScript(t, in)
	}
}

// checkNFCScript checks that nfc counts the script of its output, each
// character once, however it is fed.
func checkNFCScript(t testing.TB, in string) {
	t.Helper()
	var want ScriptCounter
	want.count([]byte(norm.NFC.String(in)))
	var got ScriptCounter
	f := nfc{script: &got}
	feeds := map[string]func(){
		"whole":     func() { fedWhole(t, f, in) },
		"one byte":  func() { fedOneByte(t, f, in) },
		"dst 1":     func() { fedChunks(t, f, in, 1, 64) },
		"dst 4, 3":  func() { fedChunks(t, f, in, 4, 3) },
		"dst 64, 1": func() { fedChunks(t, f, in, 64, 1) },
		"dst 7, 5":  func() { fedChunks(t, f, in, 7, 5) },
	}
	for name, feed := range feeds {
		got.Reset()
		feed()
		if got.traditional != want.traditional || got.simplified != want.simplified {
			t.Errorf("%q fed %s: counted %d traditional, %d simplified; want %d, %d",
				in, name, got.traditional, got.simplified, want.traditional, want.simplified)
		}
	}
}

func FuzzNFC(f *testing.F) {
	for _, s := range nfcCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := norm.NFC.String(s)
		if got := fedWhole(t, nfc{}, s); got != want {
			t.Fatalf("nfc(%q) = %q, norm.NFC gives %q", s, got, want)
		}
		if got := fedOneByte(t, nfc{}, s); got != want {
			t.Fatalf("nfc(%q) one byte at a time = %q, norm.NFC gives %q", s, got, want)
		}
		checkNFCScript(t, s)
	})
}

// TestNFCInertRanges checks the fast path's claim against norm's own data:
// every inert character is NFC-normal on its own, a starter, and combines
// with nothing before it.
func TestNFCInertRanges(t *testing.T) {
	for r := rune(0); r <= 0xFFFF; r++ {
		if !nfcInert(r) || r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if !norm.NFC.IsNormalString(s) || p.CCC() != 0 || !p.BoundaryBefore() {
			t.Errorf("U+%04X is not inert: normal %v, ccc %d, boundary before %v",
				r, norm.NFC.IsNormalString(s), p.CCC(), p.BoundaryBefore())
		}
	}
}
