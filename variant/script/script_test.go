package script

import (
	"bytes"
	"io"
	"testing"
	"testing/iotest"

	"github.com/govnotice/govnotice/variant/internal/fixture"
	"github.com/govnotice/govnotice/variant/internal/scripttab"
	"github.com/govnotice/govnotice/variant/internal/transformtest"
	"github.com/govnotice/govnotice/variant/simplify"
	"golang.org/x/text/transform"
)

func TestScriptString(t *testing.T) {
	for s, want := range map[Script]string{
		Simplified:  "simplified",
		Traditional: "traditional",
		Mixed:       "mixed",
		Script(7):   "Script(7)",
	} {
		if got := s.String(); got != want {
			t.Errorf("Script(%d).String() = %q, want %q", int(s), got, want)
		}
	}
}

func TestScriptDecision(t *testing.T) {
	tests := []struct {
		trad, simp int
		want       Script
	}{
		{0, 0, Simplified}, // no evidence
		{0, 1, Simplified},
		{1, 0, Traditional},
		{563, 1, Traditional}, // the Qixia page
		{90, 10, Traditional},
		{89, 10, Mixed},
		{50, 50, Mixed},
		{10, 89, Mixed},
		{10, 90, Simplified},
		{3, 2000, Simplified}, // a simplified page quoting a traditional name
	}
	for _, tt := range tests {
		if got := Of(tt.trad, tt.simp); got != tt.want {
			t.Errorf("Of(%d, %d) = %v, want %v", tt.trad, tt.simp, got, tt.want)
		}
	}
}

func TestScriptClass(t *testing.T) {
	tests := []struct {
		chars      string
		trad, simp bool
	}{
		{"區體發們這書", true, false},
		{"区体发们这书", false, true},
		// Shared by both scripts, or traditional in Taiwan or Hong Kong usage.
		{"中人政府干后里台只面群峰床温著乾於", false, false},
		{"a1，。\ufffd", false, false},
		{"𠵾", false, true}, // above the BMP: simplified form of 㗲
	}
	for _, tt := range tests {
		for _, r := range tt.chars {
			if trad, simp := scripttab.Class(r); trad != tt.trad || simp != tt.simp {
				t.Errorf("scripttab.Class(%c) = %v, %v; want %v, %v", r, trad, simp, tt.trad, tt.simp)
			}
		}
	}
}

func TestDetectPages(t *testing.T) {
	for name, page := range fixture.Pages(t, "../..") {
		want := Simplified
		if fixture.IsTraditionalPage(name) {
			want = Traditional
		}
		if got := Detect(page); got != want {
			var c Counter
			c.Write(page)
			trad, simp := c.Count()
			t.Errorf("%s: Detect = %v (%d traditional-only, %d simplified-only), want %v", name, got, trad, simp, want)
		}
		// What Simplify makes of a page is simplified.
		if got := Detect(simplify.Chinese.Bytes(page)); got != Simplified {
			t.Errorf("%s: Detect(Simplify(page)) = %v", name, got)
		}
	}
}

// TestCounterStreaming wants the same counts whether the text is written whole, in pieces
// of any size, or passed through as a Transformer.
func TestCounterStreaming(t *testing.T) {
	var inputs [][]byte
	for _, page := range fixture.Pages(t, "../..") {
		inputs = append(inputs, page)
	}
	inputs = append(inputs, []byte("區区\xe5\x8d𠵾\xff體"), []byte("\xe5\x8d"), nil)
	for _, in := range inputs {
		var whole Counter
		whole.Write(in)
		wantT, wantS := whole.Count()
		for _, size := range []int{1, 2, 3, 5, 7, 64} {
			var c Counter
			for p := in; len(p) > 0; p = p[min(size, len(p)):] {
				if n, err := c.Write(p[:min(size, len(p))]); err != nil || n != min(size, len(p)) {
					t.Fatalf("Write = %d, %v", n, err)
				}
			}
			if gotT, gotS := c.Count(); gotT != wantT || gotS != wantS {
				t.Errorf("%.30q in writes of %d: counts %d, %d; whole %d, %d", in, size, gotT, gotS, wantT, wantS)
			}
		}
		var c Counter
		out, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(bytes.NewReader(in)), &c))
		if err != nil || !bytes.Equal(out, in) {
			t.Errorf("%.30q: as a Transformer: output %q, %v; want the input unchanged", in, out, err)
		}
		if gotT, gotS := c.Count(); gotT != wantT || gotS != wantS {
			t.Errorf("%.30q: as a Transformer: counts %d, %d; written whole %d, %d", in, gotT, gotS, wantT, wantS)
		}
		for dstSize := 1; dstSize <= 8; dstSize++ {
			var c Counter
			out, err := transformtest.Chunks(&c, in, dstSize, 3)
			if err != nil || out != string(in) {
				t.Fatalf("%.30q: dst %d: output %q, %v; want the input unchanged", in, dstSize, out, err)
			}
			if gotT, gotS := c.Count(); gotT != wantT || gotS != wantS {
				t.Errorf("%.30q: dst %d: counts %d, %d; whole %d, %d", in, dstSize, gotT, gotS, wantT, wantS)
			}
		}
	}
}

func TestCounterReset(t *testing.T) {
	var c Counter
	c.Write([]byte("區體\xe5"))
	c.Reset()
	c.Write([]byte("\x8d\xba")) // the rest of 區, whose start Reset dropped
	if trad, simp := c.Count(); trad != 0 || simp != 0 {
		t.Errorf("after Reset: counts %d, %d; want 0, 0", trad, simp)
	}
}

// FuzzCounter checks that the counts do not depend on how the text is fed, and that the
// counter passes its input through unchanged.
func FuzzCounter(f *testing.F) {
	f.Add([]byte("區区\xe5\x8d𠵾\xff體"), uint8(1))
	f.Add([]byte("棲霞區人民政府办公室"), uint8(2))
	f.Fuzz(func(t *testing.T, in []byte, size uint8) {
		var whole Counter
		whole.Write(in)
		wantT, wantS := whole.Count()
		if got := Detect(in); got != whole.Script() {
			t.Fatalf("Detect = %v, counter says %v", got, whole.Script())
		}
		n := int(size%16) + 1
		var pieces Counter
		for p := in; len(p) > 0; p = p[min(n, len(p)):] {
			pieces.Write(p[:min(n, len(p))])
		}
		if gotT, gotS := pieces.Count(); gotT != wantT || gotS != wantS {
			t.Fatalf("writes of %d: %d, %d; whole %d, %d", n, gotT, gotS, wantT, wantS)
		}
		var tr Counter
		out, err := transformtest.Chunks(&tr, in, n, n)
		if err != nil || out != string(in) {
			t.Fatalf("Transform changed the text: %q, %v", out, err)
		}
		if gotT, gotS := tr.Count(); gotT != wantT || gotS != wantS {
			t.Fatalf("Transform: %d, %d; Write %d, %d", gotT, gotS, wantT, wantS)
		}
	})
}

// TestCounterContract runs the Counter through the x/text contract checks: it passes every input
// through unchanged however it is fed.
func TestCounterContract(t *testing.T) {
	for _, in := range []string{"", "區区\xe5\x8d𠵾\xff體", "\xe5\x8d", "棲霞區人民政府办公室", "a\xf0\x9f"} {
		transformtest.Check(t, new(Counter), in, in)
	}
}
