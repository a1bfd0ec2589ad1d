package notice

import (
	"strings"
	"unicode/utf8"
)

// ParseDocNumber reads a 文号. The known shapes are
//
//	issuer, a year in brackets, a serial number, 号   苏政办发〔2017〕138号
//	issuer, 第, a serial number, 号 (decrees)         国令第672号
//	issuer, a year, 年第, a serial number, 号           财政部公告2019年第39号
//	issuer, a year in brackets, 第, a serial number, 号 某部公告〔2023〕第5号
//
// The last two are the numbers of announcements (公告): they keep their 第
// and their 年.
//
// The brackets may be 〔〕, [], 【】, (), （）, ﹝﹞ or 〖〗; the trailing 号 may be
// missing; white space is dropped and full-width digits are folded. The text
// of the result is canonical, with 〔〕 and a final 号:
// 科工法字[2000] 851号 becomes 科工法字〔2000〕851号, 国令第 672 号 becomes
// 国令第672号, and ParseDocNumber(n.String()) gives n back. The serial number
// is kept as written (071 stays 071). A decree has no year.
//
// A value of no known shape is still a document number: ParseDocNumber then
// returns a DocNumber holding the trimmed input as its Text, with no parts,
// together with a [*ValueError] wrapping [ErrSyntax] that says why. The
// common case is a number whose brackets were lost (国信发20194号 for
// 国信发〔2019〕4号): year and serial run together and cannot be split without
// guessing. Only blank input gives the zero DocNumber, with an error wrapping
// [ErrEmpty].
func ParseDocNumber(s string) (DocNumber, error) {
	text := compact(strings.TrimSpace(s))
	if text == "" {
		return DocNumber{}, &ValueError{Type: "doc number", Value: s, Err: ErrEmpty}
	}
	n, reason := splitDocNumber(text)
	if reason != "" {
		return DocNumber{Text: strings.TrimSpace(s)},
			&ValueError{Type: "doc number", Value: s, Err: ErrSyntax, Reason: reason}
	}
	return n, nil
}

// Brackets that stand around the year of a document number, after [fold]
// (so ［ and （ arrive as [ and ().
const (
	openBrackets  = "〔[【(﹝〖"
	closeBrackets = "〕]】)﹞〗"
)

// splitDocNumber splits a compact document number into its parts, or says
// why it cannot.
func splitDocNumber(t string) (n DocNumber, reason string) {
	if !utf8.ValidString(t) {
		return n, "invalid UTF-8"
	}
	if i := yearBracket(t); i >= 0 {
		return splitBracketed(t, i)
	}
	if i := strings.LastIndex(t, "第"); i >= 0 {
		if y := i - len("年") - 4; y > 0 && strings.HasSuffix(t[:i], "年") && allDigits(t[y:i-len("年")]) {
			return splitAnnouncement(t, y)
		}
		return splitDecree(t, i)
	}
	return n, "no year in brackets and no 第 before the serial number"
}

// yearBracket returns where the bracket around the year opens: the first
// opening bracket with four digits after it, as an issuer may hold a
// bracketed name of its own (某环（某分局）责改字〔2024〕15号), else the
// first opening bracket, or -1.
func yearBracket(t string) int {
	first := strings.IndexAny(t, openBrackets)
	for i := first; i >= 0 && i < len(t); {
		_, size := utf8.DecodeRuneInString(t[i:])
		if rest := t[i+size:]; len(rest) >= 4 && allDigits(rest[:4]) {
			return i
		}
		next := strings.IndexAny(t[i+size:], openBrackets)
		if next < 0 {
			break
		}
		i += size + next
	}
	return first
}

// splitBracketed splits 苏政办发〔2017〕138号, where t[open:] starts with the
// opening bracket.
func splitBracketed(t string, open int) (n DocNumber, reason string) {
	issuer := t[:open]
	if strings.Contains(issuer, "(") {
		// A sub-unit's name in round brackets, written full-width as
		// canonical text writes brackets in Chinese.
		issuer = strings.NewReplacer("(", "（", ")", "）").Replace(issuer)
	}
	if !validIssuer(issuer) {
		return n, "no issuer before the year"
	}
	opening, size := utf8.DecodeRuneInString(t[open:])
	rest := t[open+size:]
	if len(rest) < 4 || !allDigits(rest[:4]) {
		return n, "no four-digit year in the brackets"
	}
	year := atoi(rest[:4])
	if year < minYear || year > maxYear {
		return n, "year is out of range"
	}
	closing, size := utf8.DecodeRuneInString(rest[4:])
	if !strings.ContainsRune(closeBrackets, closing) {
		return n, "no closing bracket after the year"
	}
	after, ordinal := strings.CutPrefix(rest[4+size:], "第") // 〔2023〕第35号, an announcement's
	seq, hasHao, ok := serial(after)
	if !ok {
		return n, "no serial number after the year"
	}
	text := issuer + t[open:]
	if !hasHao || opening != '〔' || closing != '〕' {
		text = issuer + "〔" + rest[:4] + "〕" + seq + "号"
		if ordinal {
			text = issuer + "〔" + rest[:4] + "〕第" + seq + "号"
		}
	}
	return DocNumber{Text: text, Issuer: issuer, Year: year, Seq: seq}, ""
}

// splitAnnouncement splits 财政部公告2019年第39号, where t[y:] starts with
// the year.
func splitAnnouncement(t string, y int) (n DocNumber, reason string) {
	issuer := t[:y]
	if !validIssuer(issuer) {
		return n, "no issuer before the year"
	}
	year := atoi(t[y : y+4])
	if year < minYear || year > maxYear {
		return n, "year is out of range"
	}
	seq, hasHao, ok := serial(t[y+4+len("年第"):])
	if !ok {
		return n, "no serial number after 第"
	}
	text := t
	if !hasHao {
		text += "号"
	}
	return DocNumber{Text: text, Issuer: issuer, Year: year, Seq: seq}, ""
}

// splitDecree splits 国令第672号, where t[di:] starts with 第.
func splitDecree(t string, di int) (n DocNumber, reason string) {
	issuer := t[:di]
	if !validIssuer(issuer) {
		return n, "no issuer before 第"
	}
	seq, hasHao, ok := serial(t[di+len("第"):])
	if !ok {
		return n, "no serial number after 第"
	}
	text := t
	if !hasHao {
		text += "号"
	}
	return DocNumber{Text: text, Issuer: issuer, Seq: seq}, ""
}

// serial reads what ends a document number: 1 to 6 digits and an optional
// 号, then nothing.
func serial(s string) (seq string, hasHao, ok bool) {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	seq, rest := s[:i], s[i:]
	hasHao = rest == "号"
	ok = 1 <= len(seq) && len(seq) <= 6 && (rest == "" || hasHao)
	return seq, hasHao, ok
}

// validIssuer reports whether s can be the issuer's abbreviation: not empty,
// and free of digits and brackets, which would mean the shape was misread,
// but for the code of a county or city that starts it (0482环罚决字).
func validIssuer(s string) bool {
	if code := len(s) - len(strings.TrimLeft(s, "0123456789")); code >= minAreaCode && code <= maxAreaCode {
		// The code, not a year's digits (2019年第39号) or a date's.
		if r, _ := utf8.DecodeRuneInString(s[code:]); strings.ContainsRune("年月日第号", r) {
			return false
		}
		s = s[code:]
	}
	if s == "" || strings.ContainsAny(s, "0123456789"+openBrackets+closeBrackets) {
		return false
	}
	// A sub-unit's name in brackets: closed, and not the whole issuer.
	open, close := strings.Count(s, "（"), strings.Count(s, "）")
	return open == close && open <= 1 && (open == 0 || strings.Index(s, "（") > 0 && strings.Index(s, "）") > strings.Index(s, "（"))
}

// Bounds of an area's code before an issuer's abbreviation, in digits.
const (
	minAreaCode = 2
	maxAreaCode = 6
)

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseDocNumber].
// A record may hold a document number of no known shape, so such text is
// kept (with no parts) and is not an error; only empty text is.
func (n *DocNumber) UnmarshalText(text []byte) error {
	v, err := ParseDocNumber(string(text))
	if v.Text == "" {
		return err
	}
	*n = v
	return nil
}
