package encode

import (
	"math/rand/v2"
	"testing"

	"github.com/govnotice/govnotice/notice"
)

// TestAppendDateMatchesMarshalText checks that the encoders write dates
// exactly as notice.Date.MarshalText does, and read them back.
func TestAppendDateMatchesMarshalText(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for range 10000 {
		d := notice.Date{Year: r.IntN(10000), Month: r.IntN(100), Day: r.IntN(100)}
		if r.IntN(2) == 0 {
			d.HasTime, d.Hour, d.Minute, d.Second = true, r.IntN(100), r.IntN(100), r.IntN(100)
		}
		want, _ := d.MarshalText()
		if got := appendDate(nil, &d); string(got) != string(want) {
			t.Fatalf("%+v: appendDate = %s, MarshalText = %s", d, got, want)
		}
		if back, ok := parseDate(want); !ok || back != d {
			t.Fatalf("parseDate(%s) = %+v, %v", want, back, ok)
		}
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, s := range []string{
		"", "2025-1-19", "2025/11/19", "20251119", "2025-11-19 ", "２０２５-11-19",
		"2025-11-19T16:40:00", "2025-11-19T16:40:00Z", "2025-11-19T16:40:00+09:00",
		"2025-11-19 16:40:00+08:00", "2025-11-19T16:4a:00+08:00", "-025-11-19",
	} {
		if d, ok := parseDate([]byte(s)); ok {
			t.Errorf("parseDate(%q) = %+v, want failure", s, d)
		}
	}
}
