package simplify

import (
	"bytes"
	"io"
	"testing"
	"testing/iotest"

	"github.com/govnotice/govnotice/variant/internal/scripttab"
	"github.com/govnotice/govnotice/variant/internal/transformtest"
	"golang.org/x/text/transform"
)

// FuzzSimplify checks that Simplify never panics, gives the same output whichever way the input
// is fed, agrees with Span, and is idempotent.
func FuzzSimplify(f *testing.F) {
	for _, s := range simplifyStreamCases {
		f.Add([]byte(s), uint8(3), uint8(5))
	}
	f.Add([]byte("隨著著名著作，顯著，乾隆乾淨，於單位，不可貲計"), uint8(1), uint8(1))
	f.Add([]byte("\xe4\xb8\xad\xe4"), uint8(2), uint8(1))
	f.Add([]byte("鲁迅 著；随著形势，隨著形勢，执著\xff著"), uint8(4), uint8(2))
	f.Fuzz(func(t *testing.T, in []byte, dstSize, chunk uint8) {
		want := Chinese.Bytes(in)

		got, err := io.ReadAll(transform.NewReader(iotest.OneByteReader(bytes.NewReader(in)), new(Transformer)))
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("one-byte reader: %q, %v; whole input: %q", got, err, want)
		}
		fed, err := transformtest.Chunks(new(Transformer), in, int(dstSize%32)+1, int(chunk%64)+1)
		if err != nil || fed != string(want) {
			t.Fatalf("dst %d, chunk %d: %q, %v; whole input: %q", dstSize%32+1, chunk%64+1, fed, err, want)
		}
		fed, err = transformtest.SpanChunks(new(Transformer), in, int(dstSize%32)+1, int(chunk%64)+1)
		if err != nil || fed != string(want) {
			t.Fatalf("Span then Transform, dst %d, chunk %d: %q, %v; whole input: %q", dstSize%32+1, chunk%64+1, fed, err, want)
		}

		n, err := new(Transformer).Span(in, true)
		if unchanged := bytes.Equal(in, want); unchanged != (err == nil && n == len(in)) {
			t.Fatalf("Span = %d, %v, but output unchanged = %v", n, err, unchanged)
		}
		if !bytes.Equal(in[:n], want[:min(n, len(want))]) {
			t.Fatalf("Span = %d, but the output differs in the first %d bytes", n, n)
		}

		if again := Chinese.Bytes(want); !bytes.Equal(again, want) {
			t.Fatalf("not idempotent: %q → %q → %q", in, want, again)
		}

		// Without a traditional-only character nothing puts a 著 in a Traditional context, so
		// every 著 stays where it is (the conversion keeps the number of characters).
		if !simplifyHasTraditional(in) {
			rin, rout := []rune(string(in)), []rune(string(want))
			for k, r := range rin {
				if r == '著' && (len(rout) != len(rin) || rout[k] != '著') {
					t.Fatalf("no traditional-only character, but the 著 at %d changed: %q → %q", k, in, want)
				}
			}
		}
	})
}

// simplifyHasTraditional reports whether b holds a traditional-only character.
func simplifyHasTraditional(b []byte) bool {
	for _, r := range string(b) {
		if trad, _ := scripttab.Class(r); trad {
			return true
		}
	}
	return false
}
