package charset

import (
	"bytes"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/variant/internal/transformtest"
	"golang.org/x/text/transform"
)

func mustLookup(t testing.TB, label string) Charset {
	t.Helper()
	cs, err := Lookup(label)
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

func TestDecoderInvalid(t *testing.T) {
	tests := []struct {
		charset, in, want string
		invalid           int
	}{
		{"utf-8", "abc", "abc", 0},
		{"utf-8", "a\xffb", "a\uFFFDb", 1},
		{"utf-8", "\x80\x80", "\uFFFD\uFFFD", 2},
		{"utf-8", "中\xe4\xb8", "中\uFFFD", 1}, // cut at the end: one sequence
		{"utf-8", "\xe4\xb8A", "\uFFFDA", 1},
		{"utf-8", "\xef\xbf\xbd", "\uFFFD", 0}, // U+FFFD in the page is text
		{"utf-8", "\xef\xbf\xef\xbf\xbd", "\uFFFD\uFFFD", 1},
		{"utf-8", "\xef\xbb\xbfA", "A", 0},       // byte order mark dropped
		{"utf-8", "A\xef\xbb\xbf", "A\uFEFF", 0}, // but only at the start
		{"utf-8", "\xef\xbb\xbf\xef\xbb\xbf", "\uFEFF", 0},
		{"gb18030", "\xd6\xd0\xce\xc4", "中文", 0},
		{"gb18030", "\xd6", "\uFFFD", 1},     // lead cut at the end
		{"gb18030", "\xd6\n", "\uFFFD\n", 1}, // lead before ASCII: the ASCII survives
		{"gb18030", "\xffA", "\uFFFDA", 1},   // 0xFF starts nothing
		{"gb18030", "\x80", "€", 0},          // 0x80 is € (WHATWG)
		{"gb18030", "\x81\x30\x81\x30", "\u0080", 0},
		{"gb18030", "\x90\x30\x81\x30", "\U00010000", 0},
		{"gb18030", "\x81\x30\x81", "\uFFFD0\uFFFD", 2}, // four-byte code cut
		{"gb18030", "\x84\x31\xa4\x37", "\uFFFD", 0},    // U+FFFD in the page is text
		{"gb18030", "\x84\x31\xa4\x37\xff", "\uFFFD\uFFFD", 1},
		// 84 31 A4 37 across characters (B0 84, '1', A4 37 ...) is not U+FFFD.
		{"gb18030", "\xb0\x84\x31\xa4\x37\x81", "\u76a01\uFFFD7\uFFFD", 2},
		{"gb18030", "\x84\x31\x95\x33\xd6\xd0", "中", 0}, // GB18030's byte order mark
		{"big5", "\xa4\xa4\xa4\xe5", "中文", 0},
		{"big5", "\x80", "\uFFFD", 1},
		{"big5", "\xa4", "\uFFFD", 1},
		{"big5", "\xa4\x30", "\uFFFD0", 1},
		{"big5", "\xa4\x80", "\uFFFD", 1},       // a non-ASCII bad trail goes with its lead
		{"big5", "\x81\x40", "\uFFFD", 1},       // unassigned code
		{"big5", "\x88\x62", "\u00CA\u0304", 0}, // HKSCS: two characters for one code
		{"utf-16le", "\xff\xfeA\x00", "A", 0},
		{"utf-16le", "A\x00B", "A\uFFFD", 1},        // odd final byte
		{"utf-16le", "\x00\xd8A\x00", "\uFFFDA", 1}, // unpaired surrogate
		{"utf-16le", "\xfd\xff", "\uFFFD", 0},
		// FD FF across two code units is not U+FFFD.
		{"utf-16le", "A\xfd\xff\x00\x00\xd8", "\uFD41ÿ\uFFFD", 1},
		{"utf-16be", "\xfe\xff\x00A", "A", 0},
		{"utf-16be", "\xff\xfd", "\uFFFD", 0},
		{"shift_jis", "\x82\xa0\xff", "あ\uFFFD", 1},
		{"windows-1252", "caf\xe9", "café", 0},
		// The replacement encoding: one U+FFFD for any input but none.
		{"hz-gb-2312", "", "", 0},
		{"hz-gb-2312", "0", "\uFFFD", 1},
		{"iso-2022-kr", "\x1b$)C\x0e!!", "\uFFFD", 1},
		{"iso-2022-cn", "\xef\xbf\xbd", "\uFFFD", 1},
	}
	for _, tt := range tests {
		got, invalid := Decode([]byte(tt.in), mustLookup(t, tt.charset))
		if string(got) != tt.want || invalid != tt.invalid {
			t.Errorf("Decode(%q, %s) = %q, %d invalid; want %q, %d", tt.in, tt.charset, got, invalid, tt.want, tt.invalid)
		}
	}
}

func TestDecoderZero(t *testing.T) {
	var d Decoder
	got, _, err := transform.String(&d, "\xef\xbb\xbfA\xff")
	if err != nil || got != "A\uFFFD" || d.Invalid() != 1 {
		t.Errorf("zero Decoder: %q, %d invalid, %v; want %q, 1", got, d.Invalid(), err, "A\uFFFD")
	}
	if got, _ := Decode([]byte("\xe4\xb8\xad"), Charset{}); string(got) != "中" {
		t.Errorf("Decode with zero Charset = %q, want %q", got, "中")
	}
}

func TestDecoderReset(t *testing.T) {
	d := mustLookup(t, "utf-16le").NewDecoder()
	for range 2 {
		// transform.Bytes resets d: the byte order mark goes again, and the
		// count starts afresh.
		got, _, err := transform.Bytes(d, []byte("\xff\xfeA\x00\x00\xd8"))
		if err != nil || string(got) != "A\uFFFD" || d.Invalid() != 1 {
			t.Fatalf("got %q, %d invalid, %v; want %q, 1", got, d.Invalid(), err, "A\uFFFD")
		}
	}
	d.Reset()
	if d.Invalid() != 0 {
		t.Errorf("Invalid after Reset = %d, want 0", d.Invalid())
	}
}

// decodeWays decodes data with cs whole, through a one-byte reader
// and into tiny buffers, and reports any way that differs from the whole.
func decodeWays(t *testing.T, data []byte, cs Charset) (whole []byte, invalid int) {
	t.Helper()
	whole, invalid = Decode(data, cs)

	d := cs.NewDecoder()
	got, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(bytes.NewReader(data)), d))
	if err != nil || !bytes.Equal(got, whole) || d.Invalid() != invalid {
		t.Errorf("one-byte reader: %d invalid, %v, diff (-whole +got):\n%s", d.Invalid(), err, cmp.Diff(string(whole), string(got)))
	}
	for dstSize := 1; dstSize <= 16; dstSize++ {
		for _, chunk := range []int{1, 2, 3, 5, 7} {
			got, err := transformtest.Chunks(d, data, dstSize, chunk)
			if err != nil || got != string(whole) || d.Invalid() != invalid {
				t.Fatalf("dst %d, chunks of %d: %d invalid (want %d), %v, diff (-whole +got):\n%s",
					dstSize, chunk, d.Invalid(), invalid, err, cmp.Diff(string(whole), got))
			}
			got, err = transformtest.SpanChunks(d, data, dstSize, chunk)
			if err != nil || got != string(whole) || d.Invalid() != invalid {
				t.Fatalf("Span then Transform, dst %d, chunks of %d: %d invalid (want %d), %v, diff (-whole +got):\n%s",
					dstSize, chunk, d.Invalid(), invalid, err, cmp.Diff(string(whole), got))
			}
		}
	}
	transformtest.Check(t, d, string(data), string(whole))
	if got := d.Bytes(data); !bytes.Equal(got, whole) {
		t.Errorf("Bytes: diff (-whole +got):\n%s", cmp.Diff(string(whole), string(got)))
	}
	if got := d.String(string(data)); got != string(whole) {
		t.Errorf("String: diff (-whole +got):\n%s", cmp.Diff(string(whole), got))
	}
	return whole, invalid
}

// TestDecoderFeeding decodes fixtures of every charset in the ways the
// Transformer contract allows, with some bad bytes spliced in.
func TestDecoderFeeding(t *testing.T) {
	tests := []struct{ file, bad string }{
		{"anhui-taihu-2019-00336.gbk.txt", "\xff\x80"},
		{"anhui-taihu-2019-00336.trad.big5.txt", "\xff\x80"},
		{"nanjing-mirror-traditional-pinyin.big5hkscs.txt", "\xff\x80"},
		{"anhui-taihu-2019-00336.utf8-bom.txt", "\xff\x80"},
		{"anhui-taihu-2019-00336.utf16le-bom.txt", "\x00\xdc"}, // a lone low surrogate
		{"anhui-taihu-2019-00336.utf16be-bom.txt", "\xdc\x00"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data := readFile(t, filepath.Join("../../testdata/encodings", tt.file))[:600]
			cs := Detect(data)
			decodeWays(t, data, cs)
			bad := append(append(append([]byte{}, data[:300]...), tt.bad...), data[300:]...)
			if _, invalid := decodeWays(t, bad, cs); invalid == 0 {
				t.Errorf("no invalid bytes found in spliced input")
			}
		})
	}
}

// TestDecoderReplacement feeds the replacement decoder in every way: its one
// U+FFFD must not depend on how often the caller calls at the end.
func TestDecoderReplacement(t *testing.T) {
	for _, label := range []string{"hz-gb-2312", "iso-2022-kr", "iso-2022-cn", "replacement"} {
		cs := mustLookup(t, label)
		for _, in := range []string{"", "0", "~{<:Ky2;S{#,~}", strings.Repeat("\x1b$)C\x0e!!", 100)} {
			got, invalid := decodeWays(t, []byte(in), cs)
			want, wantInvalid := "\uFFFD", 1
			if in == "" {
				want, wantInvalid = "", 0
			}
			if string(got) != want || invalid != wantInvalid {
				t.Errorf("Decode(%q, %s) = %q, %d invalid; want %q, %d", in, label, got, invalid, want, wantInvalid)
			}
		}
	}
}

func TestDecodeValidUTF8(t *testing.T) {
	for _, label := range []string{"utf-8", "gb18030", "big5", "utf-16le", "utf-16be"} {
		data := make([]byte, 0, 4*256)
		for i := range 256 {
			data = append(data, byte(i), byte(255-i), 0x81, byte(i))
		}
		got, _ := Decode(data, mustLookup(t, label))
		if !utf8.Valid(got) {
			t.Errorf("%s: Decode gave invalid UTF-8", label)
		}
	}
}

// TestDecoderSpan checks what Span passes on unchanged in each kind of
// charset.
func TestDecoderSpan(t *testing.T) {
	tests := []struct {
		charset, in string
		atEOF       bool
		n           int
		err         error
	}{
		{"utf-8", "", true, 0, nil},
		{"utf-8", "中文abc", true, 9, nil},
		{"utf-8", "中文\xffabc", true, 6, transform.ErrEndOfSpan},
		{"utf-8", "中\xe6\x96", false, 3, transform.ErrShortSrc}, // a character cut at the end
		{"utf-8", "中\xe6\x96", true, 3, transform.ErrEndOfSpan},
		{"utf-8", "\xef\xbf\xbd", true, 3, nil},                     // U+FFFD in the page is text
		{"utf-8", "\xef\xbb\xbfA", true, 0, transform.ErrEndOfSpan}, // the byte order mark goes
		{"utf-8", "\xef\xbb", false, 0, transform.ErrShortSrc},
		{"gb18030", "abc\xd6\xd0", true, 3, transform.ErrEndOfSpan},
		{"gb18030", "abc", false, 3, nil},
		{"big5", "a\xa4\xa4", true, 1, transform.ErrEndOfSpan},
		{"shift_jis", "abc", true, 3, nil},
		{"utf-16le", "a\x00", true, 0, transform.ErrEndOfSpan},
		{"iso-2022-jp", "abc", true, 0, transform.ErrEndOfSpan},
		{"hz-gb-2312", "abc", true, 0, transform.ErrEndOfSpan},
	}
	for _, tt := range tests {
		d := mustLookup(t, tt.charset).NewDecoder()
		if n, err := d.Span([]byte(tt.in), tt.atEOF); n != tt.n || err != tt.err {
			t.Errorf("%s: Span(%q, %v) = %d, %v; want %d, %v", tt.charset, tt.in, tt.atEOF, n, err, tt.n, tt.err)
		}
	}
	// After a span, a byte order mark is text like any other character.
	d := mustLookup(t, "utf-8").NewDecoder()
	d.Span([]byte("A"), false)
	if n, err := d.Span([]byte("\xef\xbb\xbf"), true); n != 3 || err != nil {
		t.Errorf("Span of U+FEFF after text = %d, %v; want 3, nil", n, err)
	}
}

// TestTablesFresh checks that tables.go is what gen_tables.go makes of the
// pinned encodings.json and x/text.
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
	if want, got := readFile(t, out), readFile(t, "tables.go"); !bytes.Equal(got, want) {
		t.Errorf("tables.go is stale: run go generate ./variant/...")
	}
}
