package parse

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/parse/internal/page"
	"github.com/govnotice/govnotice/variant/charset"
	"golang.org/x/text/encoding/traditionalchinese"
)

// TestCharsetMismatch names charsets for pages in other charsets: a
// charset the bytes contradict is an error that names it and the offset
// where it fails; one they allow is taken.
func TestCharsetMismatch(t *testing.T) {
	read := func(name string) []byte {
		data, err := os.ReadFile("../testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	qixia := read("pages/qixia-2025-78463.txt")
	gbk := read("encodings/qixia-2025-78463.gbk.txt")
	big5 := read("encodings/qixia-2025-78463.nopinyin.big5.txt")
	utf16 := read("encodings/qixia-2025-78463.utf16le-bom.txt")
	// One stray byte in a GBK page is no reason to refuse gbk.
	stray := append(append(bytes.Clone(gbk[:500]), 0xff), gbk[500:]...)
	// Big5 text that GBK reads without error: the caller's choice.
	guobanhan, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte("國務院辦公廳\n"))
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name    string
		data    []byte
		charset string
		want    *CharsetError // nil: parsed, in the named charset
	}{
		{"utf-8 named utf-8", qixia, "utf-8", nil},
		{"utf-16 named on utf-8", qixia, "utf-16le", &CharsetError{"utf-16le", "utf-8", 0, -1}},
		{"utf-16be named on utf-8", qixia, "UTF-16BE", &CharsetError{"UTF-16BE", "utf-8", 0, -1}},
		{"gbk named on utf-8", qixia, "gbk", &CharsetError{"gbk", "utf-8", 2, 4}},
		{"big5 named on utf-8", qixia, "big5", &CharsetError{"big5", "utf-8", 2, 4}},
		{"utf-8 named on gbk", gbk, "utf-8", &CharsetError{"utf-8", "gb18030", 2, 2}},
		{"big5 named on gbk", gbk, "big5", &CharsetError{"big5", "gb18030", 2, 8}},
		{"utf-16 named on gbk", gbk, "utf-16le", &CharsetError{"utf-16le", "gb18030", 0, 184}},
		{"gbk named on big5", big5, "gbk", &CharsetError{"gbk", "big5", 2, 2}},
		{"gbk named on utf-16 with a byte order mark", utf16, "gbk", &CharsetError{"gbk", "utf-16le", 0, 0}},
		{"gbk on gbk", gbk, "gbk", nil},
		{"gb2312 on gbk", gbk, "GB2312", nil},
		{"gbk on gbk with a stray byte", stray, "gbk", nil},
		{"gbk on big5 text it reads", guobanhan, "gbk", nil},
		{"ascii in any ascii charset", []byte("Index: 1\nTitle: x\n"), "shift_jis", nil},
		{"ascii named utf-16", []byte("Index: 1\nTitle: x\n"), "utf-16le", &CharsetError{"utf-16le", "utf-8", 0, -1}},
		{"utf-8 cut in a character, named gbk", []byte("索引号\xe7"), "gbk", nil}, // detection is not clean either
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := Parser{Charset: tt.charset}
			n, err := p.Parse(tt.data)
			if tt.want == nil {
				if err != nil && !errors.Is(err, ErrNotText) {
					t.Fatalf("error %v", err)
				}
				if err == nil {
					cs, _ := charset.Lookup(tt.charset)
					if n.Input.Charset != cs.Name {
						t.Errorf("read as %s, want %s", n.Input.Charset, cs.Name)
					}
				}
				return
			}
			var perr *Error
			var cerr *CharsetError
			if !errors.As(err, &perr) || !errors.As(err, &cerr) || !errors.Is(err, ErrCharset) {
				t.Fatalf("error %v, want a *parse.Error holding a *CharsetError", err)
			}
			if diff := cmp.Diff(tt.want, cerr); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if msg := err.Error(); !strings.Contains(msg, tt.charset) || !strings.Contains(msg, "offset") {
				t.Errorf("message %q does not name the charset and an offset", msg)
			}
		})
	}
}

// TestMisreadLong checks that misread finds the first invalid byte of a
// long page exactly, past the pieces it decodes at once, and fast: a
// character-by-character decoding of 4 MiB would show in the test time.
func TestMisreadLong(t *testing.T) {
	for _, at := range []int{0, 1, misreadChunk - 1, misreadChunk, 3*misreadChunk + 7, 4<<20 - 1} {
		data := bytes.Repeat([]byte{'a'}, 4<<20)
		data[at] = 0xff
		want := bytes.Repeat([]byte{'a'}, 4<<20)
		cs, _ := charset.Lookup("utf-8")
		diff, invalid := misread(data, cs, want)
		if diff != at || invalid != at {
			t.Errorf("invalid byte at %d: misread = %d, %d", at, diff, invalid)
		}
	}
}

// FuzzCharset parses arbitrary bytes in every charset a caller might name.
// It must never panic; an error must be a documented one; and a
// *CharsetError's offsets must be where it says: the named charset reads
// the bytes before Offset as detection does, and decodes the bytes before
// InvalidOffset without error.
func FuzzCharset(f *testing.F) {
	names := []string{"utf-8", "gbk", "gb18030", "big5", "utf-16le", "utf-16be", "shift_jis", "hz-gb-2312", "iso-2022-jp", "windows-1252"}
	for _, name := range []string{"pages/qixia-2025-78463.txt", "encodings/qixia-2025-78463.gbk.txt", "encodings/qixia-2025-78463.nopinyin.big5.txt", "encodings/qixia-2025-78463.utf16le-bom.txt"} {
		data, err := os.ReadFile("../testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		for i := range names {
			f.Add(data[:min(len(data), 600)], uint8(i))
		}
	}
	f.Add([]byte("\xef\xbb\xbfabc"), uint8(1))
	f.Add([]byte("a\x00b\x00\n\x00"), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, which uint8) {
		name := names[int(which)%len(names)]
		p := Parser{Charset: name}
		_, err := p.Parse(data)
		if err == nil {
			return
		}
		checkError(t, err)
		var cerr *CharsetError
		if !errors.As(err, &cerr) {
			return
		}
		if cerr.Offset < 0 || cerr.Offset > len(data) || cerr.InvalidOffset < -1 || cerr.InvalidOffset >= len(data) {
			t.Fatalf("offsets out of range: %+v for %d bytes", cerr, len(data))
		}
		cs, _ := charset.Lookup(name)
		detected := charset.Detect(data)
		want, _ := charset.Decode(data, detected)
		got, _ := charset.Decode(data[:cerr.Offset], cs)
		if !bytes.HasPrefix(want, got) && cerr.Offset > 0 {
			// A piece cut at Offset may end in an incomplete character,
			// which the decoder writes as U+FFFD: compare without it.
			if !bytes.HasPrefix(want, bytes.TrimSuffix(got, []byte("\uFFFD"))) {
				t.Fatalf("%s reads the bytes before offset %d other than %s does", name, cerr.Offset, detected.Name)
			}
		}
		if cerr.InvalidOffset > 0 {
			d := cs.NewDecoder()
			dst := make([]byte, 4*len(data)+64)
			d.Transform(dst, data[:cerr.InvalidOffset], false)
			if d.Invalid() > 0 {
				t.Fatalf("%s finds invalid bytes before offset %d", name, cerr.InvalidOffset)
			}
		}
	})
}

// TestTextRune checks binary's fast path against decoding: every prefix it
// skips decodes as one character of that size that is neither U+FFFD nor a
// control character, and it skips every such character of U+00A0..U+07FF
// and U+1000..U+FFBF outside U+D000..U+DFFF.
func TestTextRune(t *testing.T) {
	b := make([]byte, 3)
	for c0 := 0x80; c0 <= 0xFF; c0++ {
		for c1 := range 256 {
			for c2 := range 256 {
				b[0], b[1], b[2] = byte(c0), byte(c1), byte(c2)
				r, size := utf8.DecodeRune(b)
				text := r != utf8.RuneError && !page.IsControl(r)
				want := 0
				if text && (size == 2 && r >= 0xA0 || size == 3 && r >= 0x1000 && r < 0xFFC0 && (r < 0xD000 || r >= 0xE000)) {
					want = size
				}
				if got := textRune(b); got != want || got > 0 && (!text || got != size) {
					t.Fatalf("textRune(% x) = %d, want %d (%U)", b, got, want, r)
				}
			}
		}
	}
}
