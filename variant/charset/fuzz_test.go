package variant

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// charsetFuzzSeeds are the starts of some fixtures and a few odd inputs.
func charsetFuzzSeeds(f *testing.F) [][]byte {
	seeds := [][]byte{
		nil,
		[]byte("ASCII only"),
		[]byte("\xef\xbb\xbf\xef\xbf\xbd"),
		[]byte("\xff\xfe\x00\xd8A\x00"),
		[]byte("\xfe\xff\xdc\x00"),
		[]byte("<meta charset=gbk>\xb9\xfa\xce\xf1\xd4\xba"),
		[]byte(`<meta http-equiv="Content-Type" content="text/html; charset='big5'">` + "\xa4\xa4\xa4\xe5"),
		[]byte("<!-- <meta charset=big5 --><meta charset='"),
		[]byte("\xb0\x84\x31\xa4\x37\x81\x30\x81\x30\x84\x31\xa4\x37"),
		[]byte("\x88\x62\x88\x64\xa4\x80\x81\x40"),
		// Bytes that are not UTF-8 before "charset" in a content
		// attribute: this panicked.
		[]byte("<meta http-equiv=\"Content-Type\" content=\"\xff\xffcharset\">"),
		[]byte("<meta http-equiv=content-type content='\u0130 charset=gbk'>"),
	}
	files, _ := filepath.Glob("../testdata/encodings/*.txt")
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, b[:min(len(b), 300)])
	}
	return seeds
}

func FuzzDetectCharset(f *testing.F) {
	for _, s := range charsetFuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cs := DetectCharset(data)
		if cs.Name == "" || cs.Encoding == nil {
			t.Fatalf("DetectCharset(%q) = %+v: no name or encoding", data, cs)
		}
		if again := DetectCharset(data); again != cs {
			t.Fatalf("DetectCharset(%q) not deterministic: %+v then %+v", data, cs, again)
		}
		if _, err := LookupCharset(cs.Name); err != nil {
			t.Fatalf("DetectCharset(%q) = %q, which LookupCharset does not know: %v", data, cs.Name, err)
		}
		if text, _ := Decode(data, cs); !utf8.Valid(text) {
			t.Fatalf("Decode(%q, %s) is not valid UTF-8: %q", data, cs.Name, text)
		}
	})
}

// charsetFuzzCharsets are the charsets FuzzDecode picks from.
var charsetFuzzCharsets = []string{"utf-8", "gb18030", "big5", "utf-16le", "utf-16be", "shift_jis", "euc-kr", "windows-1252"}

func FuzzDecode(f *testing.F) {
	for i, s := range charsetFuzzSeeds(f) {
		f.Add(s, uint8(i), uint8(i), uint8(i))
	}
	f.Fuzz(func(t *testing.T, data []byte, which, dstSize, chunk uint8) {
		cs, err := LookupCharset(charsetFuzzCharsets[int(which)%len(charsetFuzzCharsets)])
		if err != nil {
			t.Fatal(err)
		}
		whole, invalid := Decode(data, cs)
		if !utf8.Valid(whole) {
			t.Fatalf("Decode(%q, %s) is not valid UTF-8: %q", data, cs.Name, whole)
		}
		if invalid < 0 || invalid > bytes.Count(whole, charsetFFFD) {
			t.Fatalf("Decode(%q, %s): %d invalid, but %d U+FFFD in %q", data, cs.Name, invalid, bytes.Count(whole, charsetFFFD), whole)
		}
		if cs.Name == "utf-8" && invalid == 0 {
			if want := bytes.TrimPrefix(data, charsetBOM); !bytes.Equal(whole, want) {
				t.Fatalf("Decode(%q, utf-8) = %q, want the input without BOM", data, whole)
			}
		}

		d := cs.NewDecoder()
		got, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(bytes.NewReader(data)), d))
		if err != nil || !bytes.Equal(got, whole) || d.Invalid() != invalid {
			t.Fatalf("%s one byte at a time: %q, %d invalid, %v; whole: %q, %d invalid", cs.Name, got, d.Invalid(), err, whole, invalid)
		}
		got, err = driveChunks(d, data, int(dstSize%16)+1, int(chunk%8)+1)
		if err != nil || !bytes.Equal(got, whole) || d.Invalid() != invalid {
			t.Fatalf("%s dst %d, chunks of %d: %q, %d invalid, %v; whole: %q, %d invalid",
				cs.Name, dstSize%16+1, chunk%8+1, got, d.Invalid(), err, whole, invalid)
		}
	})
}

// FuzzDeclaredCharset runs the meta prescan on any bytes. A declaration found
// in a prefix of a page is found in the whole page, and one with a label this
// package knows is the one DetectCharset reads.
func FuzzDeclaredCharset(f *testing.F) {
	for _, s := range charsetFuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		label := DeclaredCharset(data)
		if label != strings.ToLower(strings.TrimSpace(label)) {
			t.Fatalf("DeclaredCharset(%q) = %q: not lower case and trimmed", data, label)
		}
		for _, n := range []int{len(data) / 2, len(data) - 1} {
			if n <= 0 {
				continue
			}
			if head := DeclaredCharset(data[:n]); head != "" && head != label {
				t.Fatalf("DeclaredCharset(%q) = %q, but its first %d bytes declare %q", data, label, n, head)
			}
		}
		cs, err := LookupCharset(label)
		if err != nil {
			if _, unknown := err.(*UnknownCharsetError); !unknown {
				t.Fatalf("LookupCharset(%q): %v", label, err)
			}
			return
		}
		switch cs.Name {
		case "utf-16le", "utf-16be":
			cs.Name = "utf-8"
		case "x-user-defined":
			cs.Name = "windows-1252"
		}
		if meta, ok := charsetFromMeta(data[:min(len(data), charsetMetaLen)]); !ok || meta.Name != cs.Name {
			t.Fatalf("DeclaredCharset(%q) = %q (%s), but DetectCharset reads %q, %v", data, label, cs.Name, meta.Name, ok)
		}
	})
}
