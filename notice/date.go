package notice

import (
	"unicode/utf8"
)

// ParseDate reads a date as pages write it:
//
//	2025-11-19   2025/11/19   2025.11.19
//	2025年11月19日   2025年1月9日   2025 年 11 月 19 日
//	二〇〇六年五月二十三日   二O一一年5月16日
//
// The year is four digits, Arabic or Chinese, with zero written 〇, ○, 零 or,
// among Chinese numerals, O; month and day are Arabic or Chinese numerals (五,
// 十一, 二十三). The 日 after the day may be left out at the end or before
// the time (2018年03月27). A time of day HH:MM or HH:MM:SS may follow after
// white space or T, and +08:00 after it, so the form [Date.String] writes
// reads back: ParseDate(d.String()) gives d; pages also write it 13时44分
// (with 秒 for seconds). White space between the parts is ignored
// (2011- 09- 01 14: 58: 15) and full-width digits and punctuation are
// folded.
//
// Anything else is an error, a [*ValueError], and the Date is zero: a shape
// that is not a date ([ErrSyntax]: a Unix time such as 1546272000,
// placeholders such as -- or 无, a year and month without a day), a date or
// time that does not exist ([ErrRange]: 2025年2月30日, 24:00) or blank input
// ([ErrEmpty]). Whether the year is plausible for a page is a question for
// [Notice.Validate], not for ParseDate.
func ParseDate(s string) (Date, error) {
	if !utf8.ValidString(s) {
		return dateError(s, ErrSyntax, "invalid UTF-8")
	}
	var buf [maxDateTokens]dateToken
	toks, reason := tokenizeDate(s, buf[:0])
	switch {
	case reason != "":
		return dateError(s, ErrSyntax, reason)
	case len(toks) == 0:
		return dateError(s, ErrEmpty, "")
	case len(toks) == 1 && toks[0].isNum && !toks[0].han && 10 <= toks[0].digits && toks[0].digits <= 13:
		return dateError(s, ErrSyntax, "a Unix time, not a date")
	}
	d, reason := readDate(toks)
	if reason != "" {
		return dateError(s, ErrSyntax, reason)
	}
	if reason := d.check(); reason != "" {
		return dateError(s, ErrRange, reason)
	}
	return d, nil
}

func dateError(s string, err error, reason string) (Date, error) {
	return Date{}, &ValueError{Type: "date", Value: s, Err: err, Reason: reason}
}

// UnmarshalText implements [encoding.TextUnmarshaler]. It reads the fixed
// form that [Date.MarshalText] writes as it is, so that every Date written
// reads back the same (0000-00-00 as the zero Date, and dates that are no
// real date too), and any other text with [ParseDate]. On error d is left
// unchanged.
func (d *Date) UnmarshalText(text []byte) error {
	if v, ok := parseFixedDate(text); ok {
		*d = v
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// maxDateTokens bounds the tokens of a date: the longest form,
// 2025-11-19T16:40:00+08:00, has 14.
const maxDateTokens = 16

// readDate reads the tokens of a date and its time of day, or says why
// they are none. It leaves checking the calendar to [Date.check].
func readDate(toks []dateToken) (d Date, reason string) {
	c := dateCursor{toks: toks}
	y, ok := c.num()
	if !ok || y.digits != 4 {
		return d, "no four-digit year"
	}
	sep, ok := c.sym()
	var monthEnd, dayEnd rune
	switch {
	case !ok:
		return d, "no separator after the year"
	case sep == '年':
		monthEnd, dayEnd = '月', '日'
	case sep == '-' || sep == '/' || sep == '.':
		monthEnd = sep
	default:
		return d, "no separator after the year"
	}
	m, ok := c.num()
	if !ok || !m.isMonthOrDay() {
		return d, "no month"
	}
	if c.done() || c.is(monthEnd) && c.i+1 == len(toks) {
		return d, "year and month only"
	}
	if !c.take(monthEnd) {
		return d, "no separator after the month"
	}
	day, ok := c.num()
	if !ok || !day.isMonthOrDay() {
		return d, "no day"
	}
	if dayEnd != 0 && !c.take(dayEnd) && !c.done() && !c.timeNext() {
		// 2018年03月27 (no 日) is a date: pages drop the 日 at the end or
		// before the time, never elsewhere.
		return d, "no 日 after the day"
	}
	d = Date{Year: y.val, Month: m.val, Day: day.val}

	if !c.done() {
		c.take('T')
		h, ok1 := c.num()
		hanTime := c.take('时') // 13时44分
		ok2 := hanTime || c.take(':')
		mi, ok3 := c.num()
		// Minutes have two digits, or one where the hour has one too: a
		// clock that pads neither (0:0, 9:5); 16:4 is a time cut short.
		unpadded := h.digits == 1 && mi.digits == 1
		if !ok1 || !ok2 || !ok3 || h.han || h.digits > 2 || mi.han || mi.digits > 2 || !hanTime && !mi.isTwoDigits() && !unpadded {
			return Date{}, "no time of day HH:MM after the date"
		}
		d.HasTime, d.Hour, d.Minute = true, h.val, mi.val
		if hanTime {
			c.take('分')
			if sec, ok := c.num(); ok {
				if sec.han || sec.digits > 2 {
					return Date{}, "no seconds after the minutes"
				}
				d.Second = sec.val
				c.take('秒')
			}
		} else if c.take(':') {
			sec, ok := c.num()
			if !ok || !sec.isTwoDigits() {
				return Date{}, "no seconds after the minutes"
			}
			d.Second = sec.val
		}
		if c.take('+') {
			zh, ok1 := c.num()
			ok2 := c.take(':')
			zm, ok3 := c.num()
			if !ok1 || !ok2 || !ok3 || !zh.isTwoDigits() || !zm.isTwoDigits() || zh.val != 8 || zm.val != 0 {
				return Date{}, "time zone other than +08:00"
			}
		}
	}
	if !c.done() {
		return Date{}, "text after the date"
	}
	return d, ""
}

// A dateToken is a number or a single other rune of a date.
type dateToken struct {
	isNum bool
	sym   rune // the rune, folded, when !isNum
	val   int  // the number's value
	// digits counts the digits of a number written digit by digit (2025,
	// 二〇〇六, 09); it is 0 for Chinese numerals with 十 (二十三).
	digits int
	han    bool // written with at least one Chinese numeral
}

func (t dateToken) isMonthOrDay() bool { return t.digits <= 2 }
func (t dateToken) isTwoDigits() bool  { return !t.han && t.digits == 2 }

// tokenizeDate appends the tokens of s to toks. White space ends a number
// but is otherwise dropped. A non-empty reason says the input is no date.
func tokenizeDate(s string, toks []dateToken) ([]dateToken, string) {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		r = fold(r)
		switch {
		case isSpace(r):
			i += size
			continue
		case len(toks) == cap(toks):
			return toks, "too long for a date"
		}
		if _, ok := numeral(r, false); ok {
			t, n, ok := scanNumber(s[i:])
			if !ok {
				return toks, "malformed Chinese numeral"
			}
			toks = append(toks, t)
			i += n
			continue
		}
		toks = append(toks, dateToken{sym: r})
		i += size
	}
	return toks, ""
}

// ten stands for 十 in the values of [numeral].
const ten = 10

// numeral returns the value of a digit (0–9, 〇, ○, 零, 一 … 九) or of 十
// ([ten]). Latin O is a zero only inside Chinese numerals (二O一一), so
// inHan says whether one came before it.
func numeral(r rune, inHan bool) (int, bool) {
	switch r {
	case '0', '〇', '○', '零':
		return 0, true
	case 'O':
		return 0, inHan
	case '一':
		return 1, true
	case '二':
		return 2, true
	case '三':
		return 3, true
	case '四':
		return 4, true
	case '五':
		return 5, true
	case '六':
		return 6, true
	case '七':
		return 7, true
	case '八':
		return 8, true
	case '九':
		return 9, true
	case '十':
		return ten, true
	}
	if '1' <= r && r <= '9' {
		return int(r - '0'), true
	}
	return 0, false
}

// scanNumber reads the number at the start of s and returns it with the
// length in bytes it took. A number written digit by digit may be any length
// (its value is kept only while it fits); one with 十 must read 十, 十D, D十
// or D十D, with D a Chinese 1–9.
func scanNumber(s string) (t dateToken, n int, ok bool) {
	var (
		units  [3]int // the first numerals, for forms with 十
		count  int
		tens   int // how many 十
		zeros  bool
		arabic bool
	)
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		r = fold(r)
		v, ok := numeral(r, t.han)
		if !ok {
			break
		}
		n += size
		if r < utf8.RuneSelf {
			arabic = true
		} else {
			t.han = true
		}
		switch {
		case v == ten:
			tens++
		case v == 0:
			zeros = true
		}
		if count < len(units) {
			units[count] = v
		}
		count++
		if v != ten {
			t.digits++
			if t.digits <= 18 {
				t.val = t.val*10 + v
			}
		}
	}
	t.isNum = true
	if tens == 0 {
		return t, n, true
	}
	// A form with 十: only Chinese 1–9 around a single 十, at most three
	// numerals in all. Arabic digits never mix with 十.
	if tens > 1 || zeros || arabic || count > 3 {
		return t, n, false
	}
	switch {
	case count == 1: // 十
		t.val = 10
	case units[0] == ten: // 十D
		t.val = 10 + units[1]
	case count == 2 && units[1] == ten: // D十
		t.val = units[0] * 10
	case count == 3 && units[1] == ten: // D十D
		t.val = units[0]*10 + units[2]
	default:
		return t, n, false
	}
	t.digits = 0
	return t, n, true
}

// A dateCursor walks the tokens of a date.
type dateCursor struct {
	toks []dateToken
	i    int
}

func (c *dateCursor) done() bool { return c.i >= len(c.toks) }

// num consumes a number.
func (c *dateCursor) num() (dateToken, bool) {
	if c.done() || !c.toks[c.i].isNum {
		return dateToken{}, false
	}
	c.i++
	return c.toks[c.i-1], true
}

// sym consumes a token that is not a number.
func (c *dateCursor) sym() (rune, bool) {
	if c.done() || c.toks[c.i].isNum {
		return 0, false
	}
	c.i++
	return c.toks[c.i-1].sym, true
}

// is reports whether the next token is the rune r.
func (c *dateCursor) is(r rune) bool {
	return !c.done() && !c.toks[c.i].isNum && c.toks[c.i].sym == r
}

// take consumes the rune r if it comes next.
func (c *dateCursor) take(r rune) bool {
	if c.is(r) {
		c.i++
		return true
	}
	return false
}

// check says why d is no real date and time, or returns "".
func (d Date) check() string {
	switch {
	case d.Year < 1 || d.Year > 9999:
		return "year is not 0001 to 9999"
	case d.Month < 1 || d.Month > 12:
		return "no such month"
	case d.Day < 1 || d.Day > daysIn(d.Year, d.Month):
		return "no such day in the month"
	case !d.HasTime && d.Hour|d.Minute|d.Second != 0:
		return "time of day set without HasTime"
	case d.Hour < 0 || d.Hour > 23 || d.Minute < 0 || d.Minute > 59 || d.Second < 0 || d.Second > 59:
		return "no such time of day"
	}
	return ""
}

// daysIn returns the number of days in the month of the proleptic Gregorian
// calendar.
func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// timeNext reports whether the tokens at the cursor start a time of day: a
// number of at most two digits and a colon or 时.
func (c *dateCursor) timeNext() bool {
	i := c.i
	if i < len(c.toks) && !c.toks[i].isNum && c.toks[i].sym == 'T' {
		i++
	}
	return i+1 < len(c.toks) && c.toks[i].isNum && !c.toks[i].han && c.toks[i].digits <= 2 &&
		!c.toks[i+1].isNum && (c.toks[i+1].sym == ':' || c.toks[i+1].sym == '时')
}
