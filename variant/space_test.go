package variant

import (
	"bytes"
	"strings"
	"testing"

	"github.com/govnotice/govnotice/variant/internal/fixture"
	"github.com/govnotice/govnotice/variant/internal/transformtest"
)

func TestSpaceFolder(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain", "索引号", "索引号"},
		{"inner run", "融合聚力绘新卷  一体奋进", "融合聚力绘新卷 一体奋进"},
		{"ideographic indent", "\u3000\u3000《太湖县人民政府工作规则》", "《太湖县人民政府工作规则》"},
		{"trailing", "文号:   \t", "文号:"},
		{"nbsp and thin spaces", "a\u00a0\u2002\u2009\u200bb", "a b"},
		{"crlf", "a\r\nb\r\n", "a\nb\n"},
		{"lone cr", "a\rb", "a\nb"},
		{"cr cr lf", "a\r\r\nb", "a\n\nb"},
		{"line separator", "a\u2028b", "a\nb"},
		{"blank lines kept", "a\n \n\u3000\nb", "a\n\n\nb"},
		{"bom inside", "a\ufeffb", "a b"},
		{"only space", " \t\u3000 ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			transformtest.Check(t, NewSpaceFolder(), tt.in, tt.want)
		})
	}
}

func TestSpaceFolderLongRun(t *testing.T) {
	in := "a" + strings.Repeat(" \u3000", 1<<20) + "b"
	transformtest.Check(t, NewSpaceFolder(), in, "a b")
}

func TestCleanSpace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"栖霞区人民政府", "栖霞区人民政府"},
		{"  栖霞区 ", "栖霞区"},
		{"融合聚力绘新卷\u3000\u3000一体", "融合聚力绘新卷 一体"},
		{"a\n b", "a b"},
		{"a\tb", "a b"},
		{"a b", "a b"},
		{"\u00a0", ""},
	}
	for _, tt := range tests {
		if got := CleanSpace(tt.in); got != tt.want {
			t.Errorf("CleanSpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzSpaceFolder(f *testing.F) {
	for _, s := range []string{"", "a  b", "\r\n\r", " \u3000x\u2028", "\xff \xe3\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		whole := fedWhole(t, NewSpaceFolder(), s)
		if got := fedOneByte(t, NewSpaceFolder(), s); got != whole {
			t.Fatalf("one byte at a time = %q, whole = %q", got, whole)
		}
		if again := fedWhole(t, NewSpaceFolder(), whole); again != whole {
			t.Fatalf("not idempotent: %q then %q", whole, again)
		}
	})
}

// TestSpaceNonSpaceSize checks the lead-byte shortcut against isSpace for
// every character it can meet.
func TestSpaceNonSpaceSize(t *testing.T) {
	for r := rune(0x80); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		b := []byte(string(r))
		if !spaceLead[b[0]] {
			if isSpace(r) || r == '\u2028' || r == '\u2029' {
				t.Errorf("U+%04X is white space but its lead byte %#x is not marked", r, b[0])
			}
			continue
		}
		want := len(b)
		if isSpace(r) || r == '\u2028' || r == '\u2029' {
			want = 0
		}
		if got := spaceNonSpaceSize(b); got != want {
			t.Errorf("spaceNonSpaceSize(U+%04X) = %d, want %d", r, got, want)
		}
	}
}

func FuzzCleanSpace(f *testing.F) {
	for _, s := range []string{"", " ", "a b", "a  b", " a", "a ", "区\u3000政府", "a\u00a0b", "\xe3\x80", "a\nb", "，。"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := CleanSpace(s), cleanSpaceSlow(s); got != want {
			t.Fatalf("CleanSpace(%q) = %q, the slow path gives %q", s, got, want)
		}
	})
}

// BenchmarkSpaceFolder folds the white space of Traditional text that is
// canonical in every other way, as the last step of the chain sees it.
func BenchmarkSpaceFolder(b *testing.B) {
	page := fixture.Read(b, "../testdata/pages/qixia-2025-78463.txt")
	text, err := Canonical(page, Options{KeepSpace: true})
	if err != nil {
		b.Fatal(err)
	}
	src := bytes.Repeat(text.Text, 1<<20/len(text.Text))
	dst := make([]byte, len(src))
	f := NewSpaceFolder()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		f.Reset()
		if _, _, err := f.Transform(dst, src, true); err != nil {
			b.Fatal(err)
		}
	}
}
