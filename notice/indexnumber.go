package notice

import (
	"strings"
	"unicode/utf8"
)

// ParseIndexNumber reads a 索引号. The known shapes are an organisation code
// of 6 to 18 digits and capital letters, `/` or `-`, a year (YYYY) or a year
// and month (YYYYMM), `-` and a sequence number of 3 to 7 digits:
//
//	000014349/2018-00204
//	014742224A/2023-0043406
//	003129766/201901-00336
//	01527918X-2020-153077
//
// White space is dropped and full-width forms are folded, so the text of the
// result is canonical: ParseIndexNumber(n.String()) gives n back.
//
// A value of no known shape is still an index number: ParseIndexNumber then
// returns an IndexNumber holding the trimmed input as its Text, with no parts,
// together with a [*ValueError] wrapping [ErrSyntax] that says why. Callers
// keep the value and may report the error as a warning. Only blank input gives
// the zero IndexNumber, with an error wrapping [ErrEmpty].
func ParseIndexNumber(s string) (IndexNumber, error) {
	text := compact(strings.TrimSpace(s))
	if text == "" {
		return IndexNumber{}, &ValueError{Type: "index number", Value: s, Err: ErrEmpty}
	}
	n, reason := splitIndexNumber(text)
	if reason != "" {
		return IndexNumber{Text: strings.TrimSpace(s)},
			&ValueError{Type: "index number", Value: s, Err: ErrSyntax, Reason: reason}
	}
	return n, nil
}

// splitIndexNumber splits a compact index number into its parts, or says
// why it cannot. A hand scanner rather than a regexp: the pattern is short,
// and the scanner names the part that failed and does not allocate.
func splitIndexNumber(t string) (n IndexNumber, reason string) {
	if !utf8.ValidString(t) {
		return n, "invalid UTF-8"
	}
	i := 0
	for i < len(t) && (isDigit(t[i]) || 'A' <= t[i] && t[i] <= 'Z') {
		i++
	}
	if i < 6 || i > 18 {
		return n, "organisation code is not 6 to 18 digits and capital letters"
	}
	if i == len(t) || t[i] != '/' && t[i] != '-' {
		return n, "no / or - after the organisation code"
	}
	org := t[:i]
	rest := t[i+1:]

	j := 0
	for j < len(rest) && isDigit(rest[j]) {
		j++
	}
	var year, month int
	switch j {
	case 4:
		year = atoi(rest[:4])
	case 6:
		year, month = atoi(rest[:4]), atoi(rest[4:6])
		if month < 1 || month > 12 {
			return n, "month is not 01 to 12"
		}
	default:
		return n, "year is not YYYY or YYYYMM"
	}
	if year < minYear || year > maxYear {
		return n, "year is out of range"
	}
	if j == len(rest) || rest[j] != '-' {
		return n, "no - before the sequence number"
	}
	seq := rest[j+1:]
	if len(seq) < 3 || len(seq) > 7 || !allDigits(seq) {
		return n, "sequence number is not 3 to 7 digits"
	}
	return IndexNumber{Text: t, Org: org, Year: year, Month: month, Seq: seq}, ""
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseIndexNumber].
// A record may hold an index number of no known shape, so such text is kept
// (with no parts) and is not an error; only empty text is.
func (n *IndexNumber) UnmarshalText(text []byte) error {
	v, err := ParseIndexNumber(string(text))
	if v.Text == "" {
		return err
	}
	*n = v
	return nil
}
