package variant

import (
	"testing"

	"golang.org/x/text/transform"

	"golang.org/x/text/unicode/norm"
)

// nfcCases mix inert runs with characters that NFC composes, reorders or
// replaces, at every kind of boundary.
var nfcCases = []string{
	"",
	"栖霞区，2025年",
	"e\u0301",                         // composes with an inert starter before it
	"中e\u0301中",                       // … inside an inert run
	"a\u0323\u0302b",                  // reordered and composed
	"\u0301中",                         // a lone combining mark first
	"\uf900中",                         // a compatibility ideograph: singleton decomposition
	"\u2000—“”",                       // U+2000 decomposes to U+2002; the rest is inert
	"\u1100\u1161\u11a8",              // Hangul jamo compose
	"区(qu\u0304)",                     // pinyin in NFD
	"\u3099\u304b\u3099",              // kana voicing marks
	"〔2017〕\u302a",                    // an ideographic tone mark (combining)
	"區政府办公室發布\U00020BB7體",             // traditional-, simplified-only, astral
	"區\u0301發",                        // a combining mark after a counted character
	"\xff\xe3\x80e\u0301\xe4\xb8",     // invalid and cut UTF-8
	"\ufeff區e\u0301",                  // a byte order mark first
	"\xef\xbb",                        // the start of one, cut
	"e\xcc\u0301\xe4\xb8a",            // invalid bytes around a combining mark
	"\xe0\x80\x80中\xed\xa0\x80\ufffd", // overlong, surrogate, a real U+FFFD
	"中e\xcc",                          // a mark cut at the end
}

func TestNFCMatchesNorm(t *testing.T) {
	for _, in := range nfcCases {
		checkTransformer(t, nfc{}, in, norm.NFC.String(in))
		checkNFCScript(t, in)
		checkNFCDecoding(t, in)
	}
}

// checkNFCDecoding checks nfc that decodes UTF-8 itself against a decoder
// followed by nfc: the same text, however it is fed, and the same counts of
// invalid sequences and script.
func checkNFCDecoding(t *testing.T, in string) {
	t.Helper()
	var wantScript ScriptCounter
	dec := charsetUTF8.NewDecoder()
	want := fedWhole(t, transform.Chain(dec, nfc{script: &wantScript}), in)
	wantInvalid := dec.Invalid()

	var script ScriptCounter
	fused := nfc{script: &script, decoder: charsetUTF8.NewDecoder()}
	checkTransformer(t, fused, in, want)
	script.Reset()
	fedWhole(t, fused, in)
	if fused.decoder.Invalid() != wantInvalid || script != wantScript {
		t.Errorf("%q: decoding nfc counted %d invalid, script %+v; decoder then nfc %d, %+v",
			in, fused.decoder.Invalid(), script, wantInvalid, wantScript)
	}
	for _, dstSize := range []int{1, 4} {
		for _, chunk := range []int{1, 3} {
			script.Reset()
			fedChunks(t, fused, in, dstSize, chunk)
			if fused.decoder.Invalid() != wantInvalid || script != wantScript {
				t.Errorf("%q, dst %d, chunks of %d: decoding nfc counted %d invalid, script %+v; decoder then nfc %d, %+v",
					in, dstSize, chunk, fused.decoder.Invalid(), script, wantInvalid, wantScript)
			}
		}
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
		checkNFCDecoding(t, s)
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
