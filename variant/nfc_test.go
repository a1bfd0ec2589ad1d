package variant

import (
	"bytes"
	"fmt"
	"math"
	"testing"
	"time"

	"github.com/govnotice/govnotice/variant/charset"
	"github.com/govnotice/govnotice/variant/internal/transformtest"
	"github.com/govnotice/govnotice/variant/script"
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
	// A U+FFFD written in the input is an inert starter like any other,
	// not an invalid byte: taking it for one left norm a stretch it could
	// not finish, and ErrShortSrc at the end of input.
	"\ufffd0",
	"一二三四五六七八九十\ufffdゅ0",
	"\n缜镝凙匒铝\ufffdゅ0\n", // the text form of a parsed record
	// Invalid bytes between characters norm must see: each one used to
	// send nfc scanning to the end of the input.
	"\ufeff\xbf\xbd",
	"①\xff①\xff①",
	"\xff\u0301\xff\u0323\u0301\xffe\u0301",
}

func TestNFCMatchesNorm(t *testing.T) {
	for _, in := range nfcCases {
		transformtest.Check(t, &nfc{}, in, norm.NFC.String(in))
		checkNFCScript(t, in)
		checkNFCDecoding(t, in)
	}
}

// checkNFCDecoding checks nfc that decodes UTF-8 itself against a decoder
// followed by nfc: the same text, however it is fed (feeds adds pairs of a
// dst size and a source chunk size to the ones it tries), and the same
// counts of invalid sequences and script.
func checkNFCDecoding(t *testing.T, in string, feeds ...[2]int) {
	t.Helper()
	dec, plain := new(charset.Decoder), &nfc{}
	want := fedWhole(t, transform.Chain(dec, plain), in)
	wantInvalid, wantT, wantS := dec.Invalid(), plain.traditional, plain.simplified

	fused := &nfc{decoder: new(charset.Decoder)}
	transformtest.Check(t, fused, in, want)
	check := func(how string) {
		t.Helper()
		if fused.decoder.Invalid() != wantInvalid || fused.traditional != wantT || fused.simplified != wantS {
			t.Errorf("%q, %s: decoding nfc counted %d invalid, script %d, %d; decoder then nfc %d, %d, %d",
				in, how, fused.decoder.Invalid(), fused.traditional, fused.simplified, wantInvalid, wantT, wantS)
		}
	}
	fedWhole(t, fused, in)
	check("whole")
	feeds = append(feeds, [2]int{1, 1}, [2]int{1, 3}, [2]int{4, 1}, [2]int{4, 3})
	for _, feed := range feeds {
		dstSize, chunk := feed[0], feed[1]
		if got := fedChunks(t, fused, in, dstSize, chunk); got != want {
			t.Errorf("%q, dst %d, chunks of %d: decoding nfc gave %q; decoder then nfc %q", in, dstSize, chunk, got, want)
		}
		check(fmt.Sprintf("dst %d, chunks of %d", dstSize, chunk))
	}
}

// checkNFCScript checks that nfc counts the script of its output, each
// character once, however it is fed.
func checkNFCScript(t testing.TB, in string) {
	t.Helper()
	var want script.Counter
	want.Write([]byte(norm.NFC.String(in)))
	wantT, wantS := want.Count()
	f := &nfc{}
	feeds := map[string]func(){
		"whole":     func() { fedWhole(t, f, in) },
		"one byte":  func() { fedOneByte(t, f, in) },
		"dst 1":     func() { fedChunks(t, f, in, 1, 64) },
		"dst 4, 3":  func() { fedChunks(t, f, in, 4, 3) },
		"dst 64, 1": func() { fedChunks(t, f, in, 64, 1) },
		"dst 7, 5":  func() { fedChunks(t, f, in, 7, 5) },
	}
	for name, feed := range feeds {
		feed() // which resets f first
		if f.traditional != wantT || f.simplified != wantS {
			t.Errorf("%q fed %s: counted %d traditional, %d simplified; want %d, %d",
				in, name, f.traditional, f.simplified, wantT, wantS)
		}
	}
}

// FuzzNFC checks the NFC step, with and without decoding, against norm.NFC
// (and the Decoder) fed whole, one byte at a time, and in the x/text way:
// dst buffers of a few bytes and the source in chunks of a few bytes, the
// sizes picked by the fuzz bytes.
func FuzzNFC(f *testing.F) {
	for i, s := range nfcCases {
		f.Add(s, uint8(i), uint8(i*7))
	}
	f.Add("\ufffd0", uint8(2), uint8(0)) // dst 3, one byte at a time: ErrShortSrc at EOF
	f.Fuzz(func(t *testing.T, s string, dstSize, chunk uint8) {
		want := norm.NFC.String(s)
		if got := fedWhole(t, &nfc{}, s); got != want {
			t.Fatalf("nfc(%q) = %q, norm.NFC gives %q", s, got, want)
		}
		if got := fedOneByte(t, &nfc{}, s); got != want {
			t.Fatalf("nfc(%q) one byte at a time = %q, norm.NFC gives %q", s, got, want)
		}
		feed := [2]int{int(dstSize%32) + 1, int(chunk%16) + 1}
		if got := fedChunks(t, &nfc{}, s, feed[0], feed[1]); got != want {
			t.Fatalf("nfc(%q), dst %d, chunks of %d = %q, norm.NFC gives %q", s, feed[0], feed[1], got, want)
		}
		checkNFCScript(t, s)
		checkNFCDecoding(t, s, feed)
	})
}

// nfcHostile is a UTF-8 page of n bytes or so that keeps nfc off its fast
// path: a byte order mark, then ① (which norm must see) and an invalid
// byte, again and again.
func nfcHostile(n int) []byte {
	return append([]byte("\ufeff"), bytes.Repeat([]byte("①\xff"), n/4)...)
}

// nfcRun runs the decoding NFC step over src into a dst of 4 KiB, as the
// chain calls it: the whole input as src, a buffer's worth at a time.
func nfcRun(src []byte) error {
	f := &nfc{decoder: new(charset.Decoder)}
	var dst [4096]byte
	for {
		nDst, n, err := f.Transform(dst[:], src, true)
		src = src[n:]
		if err != transform.ErrShortDst || nDst == 0 && n == 0 {
			return err
		}
	}
}

// TestNFCLinear checks that nfc takes time linear in its input on the
// hostile page, which took 8.4 s for 100 KB and 141 s for 400 KB when
// every invalid byte sent nfc scanning to the end of the input: 32 times
// the input must take well under 32² times as long. The fastest of a few
// runs keeps a busy machine from failing it.
func TestNFCLinear(t *testing.T) {
	fastest := func(src []byte) time.Duration {
		best := time.Duration(math.MaxInt64)
		for range 3 {
			start := time.Now()
			if err := nfcRun(src); err != nil {
				t.Fatal(err)
			}
			best = min(best, time.Since(start))
		}
		return best
	}
	small, large := fastest(nfcHostile(10_000)), fastest(nfcHostile(320_000))
	if large > 128*small {
		t.Errorf("nfc took %v for 10 KB, %v for 320 KB of ① and invalid bytes: not linear", small, large)
	}
}

// BenchmarkNFCHostile reports the time per byte of the NFC step and of
// Canonical on the hostile page at sizes from 10 KB to 400 KB, which is
// flat when they are linear.
func BenchmarkNFCHostile(b *testing.B) {
	for _, n := range []int{10_000, 50_000, 100_000, 200_000, 400_000} {
		src := nfcHostile(n)
		b.Run(fmt.Sprintf("nfc/%dKB", n/1000), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if err := nfcRun(src); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("Canonical/%dKB", n/1000), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := Canonical(src, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
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
