package encode

import "github.com/govnotice/govnotice/notice"

// The encoders write a date in the form of [notice.Date.MarshalText]:
// 2006-01-02, or 2006-01-02T15:04:05+08:00 with a time of day. Only dates
// whose parts fit that fixed form are written, so that reading the text back
// gives the same Date; anything else is an [notice.ErrDate] from the encoder.
// Whether the date is a real calendar date is not the encoder's business
// (see notice.Notice.Validate).

// checkDate reports whether d can be written in the fixed form and read back
// unchanged.
func checkDate(field string, d *notice.Date) error {
	if d == nil {
		return nil
	}
	ok := inRange(d.Year, 9999) && inRange(d.Month, 99) && inRange(d.Day, 99)
	if d.HasTime {
		ok = ok && inRange(d.Hour, 99) && inRange(d.Minute, 99) && inRange(d.Second, 99)
	} else {
		ok = ok && d.Hour == 0 && d.Minute == 0 && d.Second == 0
	}
	if !ok {
		return &notice.EncodeError{Field: field, Err: notice.ErrDate}
	}
	return nil
}

func inRange(n, max int) bool { return 0 <= n && n <= max }

// appendDate appends d in the fixed form; d must have passed checkDate.
func appendDate(b []byte, d *notice.Date) []byte {
	b, _ = d.AppendText(b)
	return b
}

// parseDate reads a date in the fixed form, and nothing else.
func parseDate(s []byte) (notice.Date, bool) {
	var d notice.Date
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
