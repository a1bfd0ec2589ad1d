package notice

import (
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// dateTests are real shapes from pages (see the research notes on value
// formats) and the near misses around them. They seed FuzzParseDate too.
var dateTests = []struct {
	in   string
	want Date
	err  error // the sentinel wrapped, nil for success
}{
	// Arabic numerals.
	{in: "2025-11-19", want: Date{Year: 2025, Month: 11, Day: 19}},
	{in: "2025/11/19", want: Date{Year: 2025, Month: 11, Day: 19}},
	{in: "2025.11.19", want: Date{Year: 2025, Month: 11, Day: 19}},
	{in: "2019-1-7", want: Date{Year: 2019, Month: 1, Day: 7}},
	{in: "2025年11月19日", want: Date{Year: 2025, Month: 11, Day: 19}},
	{in: "2019年01月16日", want: Date{Year: 2019, Month: 1, Day: 16}},
	{in: "2025年1月9日", want: Date{Year: 2025, Month: 1, Day: 9}},
	{in: "2025 年 11 月 19 日", want: Date{Year: 2025, Month: 11, Day: 19}},
	{in: "\u30002025-11-19\u3000", want: Date{Year: 2025, Month: 11, Day: 19}},
	{in: "２０２５－１１－１９", want: Date{Year: 2025, Month: 11, Day: 19}},
	{in: "2024-02-29", want: Date{Year: 2024, Month: 2, Day: 29}},
	{in: "2000-02-29", want: Date{Year: 2000, Month: 2, Day: 29}},

	// Chinese numerals, zero as 〇 U+3007, ○ U+25CB, 零 or Latin O.
	{in: "二〇〇六年五月二十三日", want: Date{Year: 2006, Month: 5, Day: 23}},
	{in: "二○○七年六月五日", want: Date{Year: 2007, Month: 6, Day: 5}},
	{in: "二零一九年十二月三十一日", want: Date{Year: 2019, Month: 12, Day: 31}},
	{in: "二O一一年5月16日", want: Date{Year: 2011, Month: 5, Day: 16}},
	{in: "二〇二四年十月十日", want: Date{Year: 2024, Month: 10, Day: 10}},
	{in: "二〇二四年十一月二十日", want: Date{Year: 2024, Month: 11, Day: 20}},
	{in: "2018年十月二十七日", want: Date{Year: 2018, Month: 10, Day: 27}},

	// With a time of day.
	{in: "2020-10-10 19:48:26", want: Date{Year: 2020, Month: 10, Day: 10, HasTime: true, Hour: 19, Minute: 48, Second: 26}},
	{in: "2017-01-12 17:08", want: Date{Year: 2017, Month: 1, Day: 12, HasTime: true, Hour: 17, Minute: 8}},
	{in: "2024年04月06日 16:40", want: Date{Year: 2024, Month: 4, Day: 6, HasTime: true, Hour: 16, Minute: 40}},
	{in: "2024年04月06日 16：40", want: Date{Year: 2024, Month: 4, Day: 6, HasTime: true, Hour: 16, Minute: 40}},
	{in: "2011- 09- 01 14: 58: 15", want: Date{Year: 2011, Month: 9, Day: 1, HasTime: true, Hour: 14, Minute: 58, Second: 15}},
	{in: "2021-08-26 9:05", want: Date{Year: 2021, Month: 8, Day: 26, HasTime: true, Hour: 9, Minute: 5}},
	{in: "2012-06-18 0:0", want: Date{Year: 2012, Month: 6, Day: 18, HasTime: true}}, // a clock that pads neither field
	{in: "2012-06-18 9:5", want: Date{Year: 2012, Month: 6, Day: 18, HasTime: true, Hour: 9, Minute: 5}},
	{in: "2024-04-06T16:40:00+08:00", want: Date{Year: 2024, Month: 4, Day: 6, HasTime: true, Hour: 16, Minute: 40}},
	{in: "2024-04-06T00:00:00", want: Date{Year: 2024, Month: 4, Day: 6, HasTime: true}},
	{in: "2015年12月14日 13时44分", want: Date{Year: 2015, Month: 12, Day: 14, HasTime: true, Hour: 13, Minute: 44}},
	{in: "2015年12月14日13时4分30秒", want: Date{Year: 2015, Month: 12, Day: 14, HasTime: true, Hour: 13, Minute: 4, Second: 30}},

	// Without 日 at the end, or before a time of day.
	{in: "2018年03月27", want: Date{Year: 2018, Month: 3, Day: 27}},
	{in: "2025年11月19 10:30", want: Date{Year: 2025, Month: 11, Day: 19, HasTime: true, Hour: 10, Minute: 30}},

	// Not dates.
	{in: "", err: ErrEmpty},
	{in: " \u3000 ", err: ErrEmpty},
	{in: "1546272000", err: ErrSyntax},
	{in: "1546272000000", err: ErrSyntax},
	{in: "20251119", err: ErrSyntax},
	{in: "--", err: ErrSyntax},
	{in: "— —", err: ErrSyntax},
	{in: "无", err: ErrSyntax},
	{in: "2023年5月", err: ErrSyntax},
	{in: "2023-05", err: ErrSyntax},
	{in: "25-11-19", err: ErrSyntax},
	{in: "2025/11-19", err: ErrSyntax},
	{in: "2025年11月19号", err: ErrSyntax},
	{in: "2025年11月19 日子", err: ErrSyntax},
	{in: "2025年11-19", err: ErrSyntax},
	{in: "2025-11-19 16", err: ErrSyntax},
	{in: "2025-11-19 16:4", err: ErrSyntax}, // a time cut short, not 16:04
	{in: "2025-11-19 十六:40", err: ErrSyntax},
	{in: "2025-11-19T16:40:00Z", err: ErrSyntax},
	{in: "2025-11-19T16:40:00+09:00", err: ErrSyntax},
	{in: "2015-11-10 01:51:51信息来源", err: ErrSyntax},
	{in: "2025年十十月1日", err: ErrSyntax},
	{in: "2025年1十月1日", err: ErrSyntax},
	{in: "2025年十〇月1日", err: ErrSyntax},
	{in: "2025年一二三月1日", err: ErrSyntax},
	{in: "2O11年5月16日", err: ErrSyntax},
	{in: "2025-11-19 1 2 : 3 0 : 0 0 : 0 0 : 0 0", err: ErrSyntax},
	{in: "\xff2025-11-19", err: ErrSyntax},

	// Shaped like dates, but there is no such day or time.
	{in: "2025年2月30日", err: ErrRange},
	{in: "2023-02-29", err: ErrRange},
	{in: "1900-02-29", err: ErrRange},
	{in: "2025-13-01", err: ErrRange},
	{in: "2025-00-10", err: ErrRange},
	{in: "2025-04-31", err: ErrRange},
	{in: "0000-00-00", err: ErrRange},
	{in: "0000-01-01", err: ErrRange},
	{in: "2025年三十二月1日", err: ErrRange},
	{in: "2025-11-19 24:00", err: ErrRange},
	{in: "2025-11-19 12:60", err: ErrRange},
	{in: "2025-11-19 12:00:60", err: ErrRange},
}

func TestParseDate(t *testing.T) {
	for _, tt := range dateTests {
		got, err := ParseDate(tt.in)
		if !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
			t.Errorf("ParseDate(%q) error = %v, want %v", tt.in, err, tt.err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseDate(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		if err == nil {
			continue
		}
		var ve *ValueError
		if !errors.As(err, &ve) || ve.Type != "date" || ve.Value != tt.in {
			t.Errorf("ParseDate(%q) error = %#v, want a *ValueError for this date", tt.in, err)
		}
	}
}

func TestParseDateErrorText(t *testing.T) {
	_, err := ParseDate("2023年5月")
	want := `notice: date "2023年5月": unknown shape (year and month only)`
	if err == nil || err.Error() != want {
		t.Errorf("ParseDate error = %v, want %s", err, want)
	}
}

func TestDateText(t *testing.T) {
	tests := []struct {
		d    Date
		text string
	}{
		{Date{Year: 2025, Month: 11, Day: 19}, "2025-11-19"},
		{Date{Year: 2006, Month: 5, Day: 3}, "2006-05-03"},
		{Date{Year: 2024, Month: 4, Day: 6, HasTime: true, Hour: 16, Minute: 40}, "2024-04-06T16:40:00+08:00"},
	}
	for _, tt := range tests {
		if got := tt.d.String(); got != tt.text {
			t.Errorf("%#v.String() = %q, want %q", tt.d, got, tt.text)
		}
		var got Date
		if err := got.UnmarshalText([]byte(tt.text)); err != nil {
			t.Errorf("UnmarshalText(%q): %v", tt.text, err)
		}
		if diff := cmp.Diff(tt.d, got); diff != "" {
			t.Errorf("UnmarshalText(%q) mismatch (-want +got):\n%s", tt.text, diff)
		}
	}

	d := Date{Year: 2025, Month: 1, Day: 1}
	if err := d.UnmarshalText([]byte("--")); !errors.Is(err, ErrSyntax) {
		t.Errorf("UnmarshalText(--) error = %v, want ErrSyntax", err)
	}
	if d != (Date{Year: 2025, Month: 1, Day: 1}) {
		t.Errorf("UnmarshalText(--) changed the date to %v", d)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, tt := range dateTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			var ve *ValueError
			if d != (Date{}) || !errors.As(err, &ve) || ve.Value != s {
				t.Fatalf("ParseDate(%q) = %v, %#v: want the zero Date and a *ValueError", s, d, err)
			}
			return
		}
		text := d.String()
		again, err := ParseDate(text)
		if err != nil {
			t.Fatalf("ParseDate(%q) = %v, but ParseDate(%q): %v", s, d, text, err)
		}
		if again != d {
			t.Fatalf("ParseDate(%q) = %#v, but ParseDate(%q) = %#v", s, d, text, again)
		}
	})
}

// TestDateZero checks that the zero Date has one text, 0000-00-00, that
// reads back to it, and that IsZero and Time agree on it.
func TestDateZero(t *testing.T) {
	var d Date
	if !d.IsZero() || (Date{Year: 2025}).IsZero() {
		t.Error("IsZero is wrong")
	}
	if got := d.String(); got != "0000-00-00" {
		t.Errorf("String = %q, want 0000-00-00", got)
	}
	text, err := d.MarshalText()
	if err != nil || string(text) != "0000-00-00" {
		t.Fatalf("MarshalText = %q, %v", text, err)
	}
	back := Date{Year: 2025, Month: 1, Day: 1}
	if err := back.UnmarshalText(text); err != nil || !back.IsZero() {
		t.Errorf("UnmarshalText(%s) = %v, %v; want the zero Date", text, back, err)
	}
	if !d.Time().IsZero() {
		t.Errorf("Time of the zero Date = %v, want the zero time.Time", d.Time())
	}
	// ParseDate reads pages, where 0000-00-00 is a placeholder, not a date.
	if _, err := ParseDate("0000-00-00"); !errors.Is(err, ErrRange) {
		t.Errorf("ParseDate(0000-00-00) error = %v, want ErrRange", err)
	}
}

// TestDateMarshalTextRefuses checks that a Date whose text would not read
// back to it is refused, as every writer of the record refuses it.
func TestDateMarshalTextRefuses(t *testing.T) {
	for _, d := range []Date{
		{Year: 10000, Month: 1, Day: 1},
		{Year: -1, Month: 1, Day: 1},
		{Year: 2025, Month: 100, Day: 1},
		{Year: 2025, Month: 1, Day: -1},
		{Year: 2025, Month: 1, Day: 1, Hour: 8},
		{Year: 2025, Month: 1, Day: 1, HasTime: true, Second: 100},
	} {
		b, err := d.AppendText([]byte("kept"))
		var ee *EncodeError
		if !errors.As(err, &ee) || !errors.Is(err, ErrDate) || string(b) != "kept" {
			t.Errorf("%#v: AppendText = %q, %v; want b unchanged and an EncodeError wrapping ErrDate", d, b, err)
		}
		if d.String() == "" {
			t.Errorf("%#v: String is empty", d)
		}
	}
}

func TestDateTime(t *testing.T) {
	cst := time.FixedZone("", 8*60*60)
	for _, tt := range []struct {
		d    Date
		want time.Time
	}{
		{Date{Year: 2025, Month: 11, Day: 19}, time.Date(2025, 11, 19, 0, 0, 0, 0, cst)},
		{Date{Year: 2024, Month: 4, Day: 6, HasTime: true, Hour: 16, Minute: 40, Second: 5}, time.Date(2024, 4, 6, 16, 40, 5, 0, cst)},
	} {
		got := tt.d.Time()
		if !got.Equal(tt.want) {
			t.Errorf("%v.Time() = %v, want %v", tt.d, got, tt.want)
		}
		if _, off := got.Zone(); off != 8*60*60 {
			t.Errorf("%v.Time() is in a zone of offset %d, want China Standard Time", tt.d, off)
		}
	}
}

// TestDateCompare checks Compare against the order of the dates' texts,
// which is what it promises.
func TestDateCompare(t *testing.T) {
	dates := []Date{
		{},
		{Year: 2006, Month: 5, Day: 23},
		{Year: 2025, Month: 11, Day: 18, HasTime: true, Hour: 23, Minute: 59, Second: 59},
		{Year: 2025, Month: 11, Day: 19},
		{Year: 2025, Month: 11, Day: 19, HasTime: true},
		{Year: 2025, Month: 11, Day: 19, HasTime: true, Hour: 8},
		{Year: 2025, Month: 11, Day: 19, HasTime: true, Hour: 8, Second: 1},
		{Year: 2025, Month: 11, Day: 19, HasTime: true, Hour: 8, Minute: 1},
		{Year: 2025, Month: 12, Day: 1},
	}
	for i, a := range dates {
		for j, b := range dates {
			want := strings.Compare(a.String(), b.String())
			if got := a.Compare(b); got != want || got != cmpInt(i, j) {
				t.Errorf("%v.Compare(%v) = %d, want %d", a, b, got, want)
			}
		}
	}
	shuffled := slices.Clone(dates)
	slices.Reverse(shuffled)
	slices.SortFunc(shuffled, Date.Compare)
	if !slices.Equal(shuffled, dates) {
		t.Errorf("SortFunc(Date.Compare) = %v", shuffled)
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return +1
	}
	return 0
}

// FuzzDateText checks that whatever MarshalText writes, UnmarshalText reads
// back to the same Date, and that Compare agrees with the texts' order.
func FuzzDateText(f *testing.F) {
	f.Add(2025, 11, 19, false, 0, 0, 0, 2024, 4, 6, true, 16, 40, 0)
	f.Add(0, 0, 0, false, 0, 0, 0, 9999, 99, 99, true, 99, 99, 99)
	f.Add(2025, 2, 30, true, 24, 0, 0, -1, 1, 1, false, 1, 0, 0)
	f.Fuzz(func(t *testing.T, y, mo, d int, ht bool, h, mi, s int, y2, mo2, d2 int, ht2 bool, h2, mi2, s2 int) {
		a := Date{Year: y, Month: mo, Day: d, HasTime: ht, Hour: h, Minute: mi, Second: s}
		b := Date{Year: y2, Month: mo2, Day: d2, HasTime: ht2, Hour: h2, Minute: mi2, Second: s2}
		text, err := a.MarshalText()
		if err != nil {
			if !errors.Is(err, ErrDate) {
				t.Fatalf("%#v: MarshalText error %v does not wrap ErrDate", a, err)
			}
			return
		}
		var back Date
		if err := back.UnmarshalText(text); err != nil || back != a {
			t.Fatalf("%#v: MarshalText = %s, which reads back as %#v, %v", a, text, back, err)
		}
		if textB, err := b.MarshalText(); err == nil {
			if got, want := a.Compare(b), strings.Compare(string(text), string(textB)); got != want {
				t.Fatalf("%s.Compare(%s) = %d, want %d", text, textB, got, want)
			}
		}
	})
}

// TestParseFixedDate checks the reader of the written forms' dates: the
// fixed form and nothing else, with AppendText's output read back.
func TestParseFixedDate(t *testing.T) {
	for _, s := range []string{
		"", "2025-1-19", "2025/11/19", "20251119", "2025-11-19 ", "２０２５-11-19",
		"2025-11-19T16:40:00", "2025-11-19T16:40:00Z", "2025-11-19T16:40:00+09:00",
		"2025-11-19 16:40:00+08:00", "2025-11-19T16:4a:00+08:00", "-025-11-19",
	} {
		if d, ok := parseFixedDate([]byte(s)); ok {
			t.Errorf("parseFixedDate(%q) = %+v, want failure", s, d)
		}
	}
	r := rand.New(rand.NewPCG(5, 6))
	for range 10000 {
		d := Date{Year: r.IntN(10000), Month: r.IntN(100), Day: r.IntN(100)}
		if r.IntN(2) == 0 {
			d.HasTime, d.Hour, d.Minute, d.Second = true, r.IntN(100), r.IntN(100), r.IntN(100)
		}
		text, err := d.MarshalText()
		if err != nil {
			t.Fatalf("%+v: %v", d, err)
		}
		if back, ok := parseFixedDate(text); !ok || back != d {
			t.Fatalf("parseFixedDate(%s) = %+v, %v", text, back, ok)
		}
	}
}

// FuzzDateUnmarshalText feeds arbitrary text to UnmarshalText: no panic, d
// unchanged on error, and a date read writes back to text that reads to it.
func FuzzDateUnmarshalText(f *testing.F) {
	for _, tt := range dateTests {
		f.Add(tt.in)
	}
	f.Add("0000-00-00")
	f.Add("2025-02-30T24:61:99+08:00")
	f.Fuzz(func(t *testing.T, s string) {
		d := Date{Year: 1, Month: 2, Day: 3}
		if err := d.UnmarshalText([]byte(s)); err != nil {
			if d != (Date{Year: 1, Month: 2, Day: 3}) {
				t.Fatalf("UnmarshalText(%q) failed but changed d to %#v", s, d)
			}
			return
		}
		text, err := d.MarshalText()
		if err != nil {
			t.Fatalf("UnmarshalText(%q) = %#v, which does not write: %v", s, d, err)
		}
		var back Date
		if err := back.UnmarshalText(text); err != nil || back != d {
			t.Fatalf("UnmarshalText(%q) = %#v, written %s, read back %#v, %v", s, d, text, back, err)
		}
	})
}
