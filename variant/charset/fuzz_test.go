package charset

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/govnotice/govnotice/variant/internal/fixture"
	"github.com/govnotice/govnotice/variant/internal/transformtest"
	"golang.org/x/text/transform"
)

func fuzzSeeds(f *testing.F) [][]byte { return fixture.Seeds(f, "../..") }

func FuzzDetect(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cs := Detect(data)
		if cs.Name == "" || cs.Encoding == nil {
			t.Fatalf("Detect(%q) = %+v: no name or encoding", data, cs)
		}
		if again := Detect(data); again != cs {
			t.Fatalf("Detect(%q) not deterministic: %+v then %+v", data, cs, again)
		}
		if _, err := Lookup(cs.Name); err != nil {
			t.Fatalf("Detect(%q) = %q, which Lookup does not know: %v", data, cs.Name, err)
		}
		if text, _ := Decode(data, cs); !utf8.Valid(text) {
			t.Fatalf("Decode(%q, %s) is not valid UTF-8: %q", data, cs.Name, text)
		}
	})
}

// fuzzCharsets are the charsets FuzzDecode picks from.
var fuzzCharsets = []string{"utf-8", "gb18030", "big5", "utf-16le", "utf-16be", "shift_jis", "euc-kr", "windows-1252", "iso-2022-jp", "euc-jp", "x-user-defined"}

func FuzzDecode(f *testing.F) {
	for i, s := range fuzzSeeds(f) {
		f.Add(s, uint8(i), uint8(i), uint8(i))
	}
	f.Fuzz(func(t *testing.T, data []byte, which, dstSize, chunk uint8) {
		cs, err := Lookup(fuzzCharsets[int(which)%len(fuzzCharsets)])
		if err != nil {
			t.Fatal(err)
		}
		whole, invalid := Decode(data, cs)
		if !utf8.Valid(whole) {
			t.Fatalf("Decode(%q, %s) is not valid UTF-8: %q", data, cs.Name, whole)
		}
		if invalid < 0 || invalid > bytes.Count(whole, fffd) {
			t.Fatalf("Decode(%q, %s): %d invalid, but %d U+FFFD in %q", data, cs.Name, invalid, bytes.Count(whole, fffd), whole)
		}
		if cs.Name == "utf-8" && invalid == 0 {
			if want := bytes.TrimPrefix(data, bom); !bytes.Equal(whole, want) {
				t.Fatalf("Decode(%q, utf-8) = %q, want the input without BOM", data, whole)
			}
		}

		d := cs.NewDecoder()
		got, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(bytes.NewReader(data)), d))
		if err != nil || !bytes.Equal(got, whole) || d.Invalid() != invalid {
			t.Fatalf("%s one byte at a time: %q, %d invalid, %v; whole: %q, %d invalid", cs.Name, got, d.Invalid(), err, whole, invalid)
		}
		fed, err := transformtest.Chunks(d, data, int(dstSize%16)+1, int(chunk%8)+1)
		if err != nil || fed != string(whole) || d.Invalid() != invalid {
			t.Fatalf("%s dst %d, chunks of %d: %q, %d invalid, %v; whole: %q, %d invalid",
				cs.Name, dstSize%16+1, chunk%8+1, fed, d.Invalid(), err, whole, invalid)
		}
		fed, err = transformtest.SpanChunks(d, data, int(dstSize%16)+1, int(chunk%8)+1)
		if err != nil || fed != string(whole) || d.Invalid() != invalid {
			t.Fatalf("%s Span then Transform, dst %d, chunks of %d: %q, %d invalid, %v; whole: %q, %d invalid",
				cs.Name, dstSize%16+1, chunk%8+1, fed, d.Invalid(), err, whole, invalid)
		}
		transformtest.CheckSpan(t, d, string(data), string(whole))
	})
}

// FuzzDeclared runs the meta prescan on any bytes. A declaration found
// in a prefix of a page is found in the whole page, and one with a label this
// package knows is the one Detect reads.
func FuzzDeclared(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		label := Declared(data)
		if label != strings.ToLower(strings.TrimSpace(label)) {
			t.Fatalf("Declared(%q) = %q: not lower case and trimmed", data, label)
		}
		for _, n := range []int{len(data) / 2, len(data) - 1} {
			if n <= 0 {
				continue
			}
			if head := Declared(data[:n]); head != "" && head != label {
				t.Fatalf("Declared(%q) = %q, but its first %d bytes declare %q", data, label, n, head)
			}
		}
		cs, err := Lookup(label)
		if err != nil {
			if _, unknown := err.(*UnknownError); !unknown {
				t.Fatalf("Lookup(%q): %v", label, err)
			}
			return
		}
		switch cs.Name {
		case "utf-16le", "utf-16be":
			cs.Name = "utf-8"
		case "x-user-defined":
			cs.Name = "windows-1252"
		}
		if meta, ok := fromMeta(data[:min(len(data), metaLen)]); !ok || meta.Name != cs.Name {
			t.Fatalf("Declared(%q) = %q (%s), but Detect reads %q, %v", data, label, cs.Name, meta.Name, ok)
		}
	})
}
