package parse

import (
	"errors"
	"strconv"
	"strings"

	"github.com/govnotice/govnotice/notice"
)

// These wrappers are the seam to package notice's value parsers. Until
// notice.ParseIndexNumber, notice.ParseDocNumber and notice.ParseDate land,
// they hold a minimal stand-in for the common shapes.

var errShape = errors.New("unknown shape")

// parseIndexNumber reads a 索引号. On an unknown shape it returns the value
// with Text set and a non-nil error.
func parseIndexNumber(s string) (*notice.IndexNumber, error) {
	n := &notice.IndexNumber{Text: s}
	i := strings.IndexAny(s, "/-")
	if i <= 0 {
		return n, errShape
	}
	org, rest := s[:i], s[i+1:]
	j := strings.IndexByte(rest, '-')
	if j < 0 || !isAlnum(org) || !isDigits(rest[:j]) || !isDigits(rest[j+1:]) || j+1 == len(rest) {
		return n, errShape
	}
	yp := rest[:j]
	switch len(yp) {
	case 4:
	case 6:
		n.Month, _ = strconv.Atoi(yp[4:])
	default:
		return &notice.IndexNumber{Text: s}, errShape
	}
	n.Org = org
	n.Year, _ = strconv.Atoi(yp[:4])
	n.Seq = rest[j+1:]
	return n, nil
}

// parseDocNumber reads a 文号. On an unknown shape it returns the value with
// Text set and a non-nil error.
func parseDocNumber(s string) (*notice.DocNumber, error) {
	t := strings.NewReplacer("[", "〔", "]", "〕", "【", "〔", "】", "〕", "(", "〔", ")", "〕", "（", "〔", "）", "〕", " ", "").Replace(s)
	d := &notice.DocNumber{Text: t}
	if i := strings.Index(t, "〔"); i > 0 {
		j := strings.Index(t, "〕")
		if j > i && strings.HasSuffix(t, "号") && isDigits(t[i+len("〔"):j]) {
			seq := strings.TrimSuffix(t[j+len("〕"):], "号")
			if isDigits(seq) {
				d.Issuer = t[:i]
				d.Year, _ = strconv.Atoi(t[i+len("〔") : j])
				d.Seq = seq
				return d, nil
			}
		}
	}
	if i := strings.Index(t, "第"); i > 0 && strings.HasSuffix(t, "号") {
		seq := strings.TrimSuffix(t[i+len("第"):], "号")
		if isDigits(seq) {
			d.Issuer, d.Seq = t[:i], seq
			return d, nil
		}
	}
	return &notice.DocNumber{Text: s}, errShape
}

// parseDate reads a date with an optional time of day. A value that is not a
// date gives nil and an error.
func parseDate(s string) (*notice.Date, error) {
	t := strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		switch r {
		case '年', '月', '/', '.':
			return '-'
		case '日':
			return ' '
		}
		return r
	}, s)
	t = strings.TrimSpace(t)
	date, clock, _ := strings.Cut(t, " ")
	if clock == "" && len(date) > 10 {
		// A time glued to the date without a space: 2025-11-1914:00.
		if k := strings.IndexByte(date, ':'); k > 2 {
			date, clock = date[:k-2], date[k-2:]
		}
	}
	parts := strings.Split(date, "-")
	if len(parts) != 3 {
		return nil, errShape
	}
	var ymd [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || p == "" || len(p) > 4 {
			return nil, errShape
		}
		ymd[i] = v
	}
	d := &notice.Date{Year: ymd[0], Month: ymd[1], Day: ymd[2]}
	if d.Year < 1000 || d.Month < 1 || d.Month > 12 || d.Day < 1 || d.Day > 31 {
		return nil, errShape
	}
	if clock != "" {
		hms := strings.Split(clock, ":")
		if len(hms) < 2 || len(hms) > 3 {
			return nil, errShape
		}
		var v [3]int
		for i, p := range hms {
			n, err := strconv.Atoi(p)
			if err != nil {
				return nil, errShape
			}
			v[i] = n
		}
		d.HasTime, d.Hour, d.Minute, d.Second = true, v[0], v[1], v[2]
	}
	return d, nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isAlnum(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('0' <= c && c <= '9' || 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z') {
			return false
		}
	}
	return true
}
