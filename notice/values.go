package notice

import (
	"cmp"
	"time"
)

// IndexNumber is a 索引号 such as 013033899/2025-78463. Text is always set;
// the parts are set only when the text has a known shape, and are zero
// otherwise.
type IndexNumber struct {
	// Text is the index number as canonical text.
	Text string
	// Org is the organisation code before the first separator
	// (013033899, 014742224A, 01527918X).
	Org string
	// Year is the year part, 0 when the shape is unknown.
	Year int
	// Month is the month when the year part is YYYYMM, else 0.
	Month int
	// Seq is the sequence number with its leading zeros.
	Seq string
}

// DocNumber is a 文号 such as 苏政办发〔2017〕138号. Text is always set, with
// 六角括号 〔〕 around the year; the parts are set only when the text splits
// without guessing.
type DocNumber struct {
	// Text is the document number as canonical text.
	Text string
	// Issuer is the issuing body's abbreviation (苏政办发, 国令).
	Issuer string
	// Year is the year in the brackets, 0 for decree forms and unknown shapes.
	Year int
	// Seq is the serial number as written (leading zeros kept).
	Seq string
}

// Date is a calendar date in China Standard Time, with an optional time of
// day. The zero Date is not a valid date: it stands for "no date" where a
// Date value (not a pointer) must be given, and every form writes it as
// 0000-00-00 and reads that back as the zero Date.
type Date struct {
	// Year, Month and Day are the date in the proleptic Gregorian
	// calendar, 1-based, as the page gives them: parts of a date that is no
	// real date are kept, for Validate to report.
	Year, Month, Day int
	// HasTime reports whether the page gave a time of day.
	HasTime bool
	// Hour, Minute and Second are the time of day, 0 without HasTime.
	Hour, Minute, Second int
}

// String returns the index number's text.
func (n IndexNumber) String() string { return n.Text }

// MarshalText implements [encoding.TextMarshaler]; it returns the text.
func (n IndexNumber) MarshalText() ([]byte, error) { return []byte(n.Text), nil }

// String returns the document number's text.
func (n DocNumber) String() string { return n.Text }

// MarshalText implements [encoding.TextMarshaler]; it returns the text.
func (n DocNumber) MarshalText() ([]byte, error) { return []byte(n.Text), nil }

// String returns the date as 2006-01-02, or with a time of day as
// 2006-01-02T15:04:05+08:00 (pages are China Standard Time). The zero Date
// is 0000-00-00. Unlike [Date.MarshalText] it never fails: a date whose
// parts do not fit the form is written with its parts as they are.
func (d Date) String() string {
	b := make([]byte, 0, len("2006-01-02T15:04:05+08:00"))
	return string(d.appendText(b))
}

// MarshalText implements [encoding.TextMarshaler] with the form of
// [Date.String]. A date whose parts do not fit that form (a year outside
// 0–9999, a month, day or part of the time outside 0–99, a time of day set
// without HasTime) gives an [*EncodeError] wrapping [ErrDate], since its
// text would not read back to it.
func (d Date) MarshalText() ([]byte, error) {
	return d.AppendText(make([]byte, 0, len("2006-01-02T15:04:05+08:00")))
}

// AppendText implements [encoding.TextAppender]: it appends the form of
// [Date.String] to b, or returns b unchanged and the error of
// [Date.MarshalText].
func (d Date) AppendText(b []byte) ([]byte, error) {
	if !d.fits() {
		return b, &EncodeError{Err: ErrDate}
	}
	return d.appendText(b), nil
}

// fits reports whether d can be written in the fixed form and read back
// unchanged.
func (d Date) fits() bool {
	ok := inRange(d.Year, 9999) && inRange(d.Month, 99) && inRange(d.Day, 99)
	if d.HasTime {
		return ok && inRange(d.Hour, 99) && inRange(d.Minute, 99) && inRange(d.Second, 99)
	}
	return ok && d.Hour == 0 && d.Minute == 0 && d.Second == 0
}

func inRange(n, max int) bool { return 0 <= n && n <= max }

func (d Date) appendText(b []byte) []byte {
	b = appendInt(b, d.Year, 4)
	b = append(b, '-')
	b = appendInt(b, d.Month, 2)
	b = append(b, '-')
	b = appendInt(b, d.Day, 2)
	if d.HasTime {
		b = append(b, 'T')
		b = appendInt(b, d.Hour, 2)
		b = append(b, ':')
		b = appendInt(b, d.Minute, 2)
		b = append(b, ':')
		b = appendInt(b, d.Second, 2)
		b = append(b, "+08:00"...)
	}
	return b
}

// parseFixedDate reads a date in the fixed form of [Date.String], and
// nothing else: 2006-01-02 or 2006-01-02T15:04:05+08:00, digits only, any
// value of them. It is how the written forms read dates back, so that
// whatever [Date.AppendText] writes reads back to the same Date, the zero
// Date and dates that are no real date (2025-02-30) included.
func parseFixedDate(s []byte) (Date, bool) {
	var d Date
	switch len(s) {
	case len("2006-01-02"):
	case len("2006-01-02T15:04:05+08:00"):
		if s[10] != 'T' || s[13] != ':' || s[16] != ':' || string(s[19:]) != "+08:00" {
			return d, false
		}
		d.HasTime = true
	default:
		return d, false
	}
	if s[4] != '-' || s[7] != '-' {
		return d, false
	}
	ok := true
	num := func(i, width int) int {
		n := 0
		for _, c := range s[i : i+width] {
			if c < '0' || c > '9' {
				ok = false
			}
			n = n*10 + int(c-'0')
		}
		return n
	}
	d.Year, d.Month, d.Day = num(0, 4), num(5, 2), num(8, 2)
	if d.HasTime {
		d.Hour, d.Minute, d.Second = num(11, 2), num(14, 2), num(17, 2)
	}
	return d, ok
}

// IsZero reports whether d is the zero Date, which stands for no date.
func (d Date) IsZero() bool { return d == Date{} }

// Time returns d as a [time.Time] in China Standard Time (UTC+8), at
// midnight when d has no time of day, so that dates can be compared with
// and computed on like other times. The zero Date gives the zero
// time.Time, so that both IsZero methods agree. A Date that is no real
// date (2025-02-30) gives what [time.Date] makes of its parts.
func (d Date) Time() time.Time {
	if d.IsZero() {
		return time.Time{}
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day, d.Hour, d.Minute, d.Second, 0, chinaTime)
}

// Compare returns -1 if d comes before e, +1 if after, 0 if they are the
// same, in the order their texts ([Date.String]) sort: by day, then a date
// without a time of day before any time of that day, then by time. It suits
// [slices.SortFunc]; unlike comparing [Date.Time] values it never calls a
// date alone equal to midnight of that day, so that only equal Dates
// compare equal.
func (d Date) Compare(e Date) int {
	if c := cmp.Compare(d.Year, e.Year); c != 0 {
		return c
	}
	if c := cmp.Compare(d.Month, e.Month); c != 0 {
		return c
	}
	if c := cmp.Compare(d.Day, e.Day); c != 0 {
		return c
	}
	if d.HasTime != e.HasTime {
		if d.HasTime {
			return +1
		}
		return -1
	}
	if c := cmp.Compare(d.Hour, e.Hour); c != 0 {
		return c
	}
	if c := cmp.Compare(d.Minute, e.Minute); c != 0 {
		return c
	}
	return cmp.Compare(d.Second, e.Second)
}

// appendInt appends n in decimal, zero-padded to at least width digits.
func appendInt(b []byte, n, width int) []byte {
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	var digits [20]byte
	i := len(digits)
	for n > 0 || len(digits)-i < width {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
	}
	return append(b, digits[i:]...)
}
