package space

import (
	"strings"
	"testing"

	"github.com/govnotice/govnotice/variant/internal/transformtest"
	"golang.org/x/text/transform"
)

func TestTransformer(t *testing.T) {
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
			transformtest.Check(t, new(Transformer), tt.in, tt.want)
		})
	}
}

func TestTransformerLongRun(t *testing.T) {
	in := "a" + strings.Repeat(" \u3000", 1<<20) + "b"
	transformtest.Check(t, new(Transformer), in, "a b")
}

func TestClean(t *testing.T) {
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
		if got := Clean(tt.in); got != tt.want {
			t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzTransformer checks that the Transformer gives the same output however it is fed, Span
// included, and is idempotent.
func FuzzTransformer(f *testing.F) {
	for _, s := range []string{"", "a  b", "\r\n\r", " \u3000x\u2028", "\xff \xe3\x80", "a b\nc \xe3", "a \xe4\xb8"} {
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, s string, feed uint8) {
		whole := Fold.String(s)
		if got, err := transformtest.OneByteReader(new(Transformer), s); err != nil || got != whole {
			t.Fatalf("one byte at a time = %q, %v; whole = %q", got, err, whole)
		}
		dstSize, chunk := int(feed%16)+1, int(feed>>4)+1
		if got, err := transformtest.Chunks(new(Transformer), []byte(s), dstSize, chunk); err != nil || got != whole {
			t.Fatalf("dst %d, chunks of %d = %q, %v; whole = %q", dstSize, chunk, got, err, whole)
		}
		if got, err := transformtest.SpanChunks(new(Transformer), []byte(s), dstSize, chunk); err != nil || got != whole {
			t.Fatalf("Span then Transform, dst %d, chunks of %d = %q, %v; whole = %q", dstSize, chunk, got, err, whole)
		}
		transformtest.CheckSpan(t, new(Transformer), s, whole)
		if again := Fold.String(whole); again != whole {
			t.Fatalf("not idempotent: %q then %q", whole, again)
		}
	})
}

// TestSpaceNonSpaceSize checks the lead-byte shortcut against isSpace for
// every character it can meet.
func TestNonSpaceSize(t *testing.T) {
	for r := rune(0x80); r <= 0xFFFF; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		b := []byte(string(r))
		if !lead[b[0]] {
			if isSpace(r) || r == '\u2028' || r == '\u2029' {
				t.Errorf("U+%04X is white space but its lead byte %#x is not marked", r, b[0])
			}
			continue
		}
		want := len(b)
		if isSpace(r) || r == '\u2028' || r == '\u2029' {
			want = 0
		}
		if got := nonSpaceSize(b); got != want {
			t.Errorf("nonSpaceSize(U+%04X) = %d, want %d", r, got, want)
		}
	}
}

func FuzzClean(f *testing.F) {
	for _, s := range []string{"", " ", "a b", "a  b", " a", "a ", "区\u3000政府", "a\u00a0b", "\xe3\x80", "a\nb", "，。"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Clean(s), cleanSlow(s); got != want {
			t.Fatalf("Clean(%q) = %q, the slow path gives %q", s, got, want)
		}
	})
}

// TestSpan checks where Span stops, and that it moves the Transformer past what it passes.
func TestSpan(t *testing.T) {
	tests := []struct {
		in    string
		atEOF bool
		n     int
		err   error
	}{
		{"", true, 0, nil},
		{"a b\nc", true, 5, nil},
		{" a", true, 0, transform.ErrEndOfSpan},
		{"a ", true, 1, transform.ErrEndOfSpan},
		{"a ", false, 1, transform.ErrShortSrc},
		{"a  b", true, 1, transform.ErrEndOfSpan},
		{"a\r\nb", true, 1, transform.ErrEndOfSpan},
		{"a\u3000b", true, 1, transform.ErrEndOfSpan},
		{"中\xe6\x96", false, 5, nil}, // no character that starts so is white space
		{"中\xe3\x80", false, 3, transform.ErrShortSrc},
	}
	for _, tt := range tests {
		if n, err := new(Transformer).Span([]byte(tt.in), tt.atEOF); n != tt.n || err != tt.err {
			t.Errorf("Span(%q, %v) = %d, %v; want %d, %v", tt.in, tt.atEOF, n, err, tt.n, tt.err)
		}
	}
	// After a span that ends a line, a space at the start of the next goes.
	var f Transformer
	f.Span([]byte("a\n"), false)
	if n, err := f.Span([]byte(" b"), true); n != 0 || err != transform.ErrEndOfSpan {
		t.Errorf("Span of a line's leading space = %d, %v; want 0, ErrEndOfSpan", n, err)
	}
}
