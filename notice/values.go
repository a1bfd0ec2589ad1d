package notice

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
// day. The zero Date is not a valid date.
type Date struct {
	Year, Month, Day int
	// HasTime reports whether the page gave a time of day.
	HasTime              bool
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
// 2006-01-02T15:04:05+08:00 (pages are China Standard Time).
func (d Date) String() string {
	b, _ := d.MarshalText()
	return string(b)
}

// MarshalText implements [encoding.TextMarshaler] with the form of [Date.String].
func (d Date) MarshalText() ([]byte, error) {
	return d.AppendText(make([]byte, 0, len("2006-01-02T15:04:05+08:00")))
}

// AppendText implements [encoding.TextAppender]: it appends the form of
// [Date.String] to b.
func (d Date) AppendText(b []byte) ([]byte, error) {
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
	return b, nil
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
