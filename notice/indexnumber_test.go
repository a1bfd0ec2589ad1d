package notice

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// indexNumberTests are real 索引号 shapes (see the research notes on value
// formats) and the near misses around them. They seed FuzzParseIndexNumber.
var indexNumberTests = []struct {
	in   string
	want IndexNumber
	err  error // the sentinel wrapped, nil for success
}{
	{in: "000014349/2018-00204", want: IndexNumber{Text: "000014349/2018-00204", Org: "000014349", Year: 2018, Seq: "00204"}},
	{in: "014742224A/2023-0043406", want: IndexNumber{Text: "014742224A/2023-0043406", Org: "014742224A", Year: 2023, Seq: "0043406"}},
	{in: "003129766/201901-00336", want: IndexNumber{Text: "003129766/201901-00336", Org: "003129766", Year: 2019, Month: 1, Seq: "00336"}},
	{in: "6107280000/2024-001005", want: IndexNumber{Text: "6107280000/2024-001005", Org: "6107280000", Year: 2024, Seq: "001005"}},
	{in: "01527918X-2020-153077", want: IndexNumber{Text: "01527918X-2020-153077", Org: "01527918X", Year: 2020, Seq: "153077"}},
	{in: "013033899/2025-78463", want: IndexNumber{Text: "013033899/2025-78463", Org: "013033899", Year: 2025, Seq: "78463"}},
	{in: "11330000002482410Q/2025-00001", want: IndexNumber{Text: "11330000002482410Q/2025-00001", Org: "11330000002482410Q", Year: 2025, Seq: "00001"}},
	{in: " 013033899 / 2025 - 78463\u3000", want: IndexNumber{Text: "013033899/2025-78463", Org: "013033899", Year: 2025, Seq: "78463"}},
	{in: "０１３０３３８９９／２０２５－７８４６３", want: IndexNumber{Text: "013033899/2025-78463", Org: "013033899", Year: 2025, Seq: "78463"}},

	// Kept as text, without parts.
	{in: "GSDE0107", want: IndexNumber{Text: "GSDE0107"}, err: ErrSyntax},
	{in: "013033899/2025", want: IndexNumber{Text: "013033899/2025"}, err: ErrSyntax},
	{in: "013033899/2025-", want: IndexNumber{Text: "013033899/2025-"}, err: ErrSyntax},
	{in: "013033899/2025-12", want: IndexNumber{Text: "013033899/2025-12"}, err: ErrSyntax},
	{in: "013033899/2025-12345678", want: IndexNumber{Text: "013033899/2025-12345678"}, err: ErrSyntax},
	{in: "013033899/2025-0001A", want: IndexNumber{Text: "013033899/2025-0001A"}, err: ErrSyntax},
	{in: "013033899/201913-00336", want: IndexNumber{Text: "013033899/201913-00336"}, err: ErrSyntax},
	{in: "013033899/20190-00336", want: IndexNumber{Text: "013033899/20190-00336"}, err: ErrSyntax},
	{in: "013033899/1900-00204", want: IndexNumber{Text: "013033899/1900-00204"}, err: ErrSyntax},
	{in: "013033899_2025-78463", want: IndexNumber{Text: "013033899_2025-78463"}, err: ErrSyntax},
	{in: "013033899/2025/78463", want: IndexNumber{Text: "013033899/2025/78463"}, err: ErrSyntax},
	{in: "12345/2025-00001", want: IndexNumber{Text: "12345/2025-00001"}, err: ErrSyntax},
	{in: "1234567890123456789/2025-00001", want: IndexNumber{Text: "1234567890123456789/2025-00001"}, err: ErrSyntax},
	{in: "014742224a/2023-0043406", want: IndexNumber{Text: "014742224a/2023-0043406"}, err: ErrSyntax},
	{in: "330200-01-02-03-20250101-0001", want: IndexNumber{Text: "330200-01-02-03-20250101-0001"}, err: ErrSyntax},
	{in: " 索引号 013 ", want: IndexNumber{Text: "索引号 013"}, err: ErrSyntax},
	{in: "\xff013033899/2025-78463", want: IndexNumber{Text: "\xff013033899/2025-78463"}, err: ErrSyntax},

	// Nothing at all.
	{in: "", err: ErrEmpty},
	{in: " \u3000", err: ErrEmpty},
}

func TestParseIndexNumber(t *testing.T) {
	for _, tt := range indexNumberTests {
		got, err := ParseIndexNumber(tt.in)
		if !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
			t.Errorf("ParseIndexNumber(%q) error = %v, want %v", tt.in, err, tt.err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseIndexNumber(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		var ve *ValueError
		if err != nil && (!errors.As(err, &ve) || ve.Type != "index number" || ve.Value != tt.in) {
			t.Errorf("ParseIndexNumber(%q) error = %#v, want a *ValueError for this index number", tt.in, err)
		}
	}
}

func TestIndexNumberText(t *testing.T) {
	for _, text := range []string{"013033899/2025-78463", "GSDE0107"} {
		want, _ := ParseIndexNumber(text)
		b, err := want.MarshalText()
		if err != nil || string(b) != text {
			t.Errorf("MarshalText() = %q, %v; want %q", b, err, text)
		}
		var got IndexNumber
		if err := got.UnmarshalText(b); err != nil {
			t.Errorf("UnmarshalText(%q): %v", b, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("UnmarshalText(%q) mismatch (-want +got):\n%s", b, diff)
		}
	}
	var n IndexNumber
	if err := n.UnmarshalText(nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("UnmarshalText(empty) error = %v, want ErrEmpty", err)
	}
}

func FuzzParseIndexNumber(f *testing.F) {
	for _, tt := range indexNumberTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseIndexNumber(s)
		switch {
		case errors.Is(err, ErrEmpty):
			if n != (IndexNumber{}) {
				t.Fatalf("ParseIndexNumber(%q) = %#v with ErrEmpty, want the zero value", s, n)
			}
			return
		case err != nil:
			if n != (IndexNumber{Text: strings.TrimSpace(s)}) {
				t.Fatalf("ParseIndexNumber(%q) = %#v with %v, want the trimmed text alone", s, n, err)
			}
			return
		}
		again, err := ParseIndexNumber(n.String())
		if err != nil || again != n {
			t.Fatalf("ParseIndexNumber(%q) = %#v, but ParseIndexNumber(%q) = %#v, %v", s, n, n.String(), again, err)
		}
	})
}
