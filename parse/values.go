package parse

import (
	"errors"
	"strings"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/parse/internal/structure"
)

// The seam to package notice's value parsers: the mapping layer wants
// pointers (nil for absent) and a short reason for its warnings.

// parseIndexNumber reads a 索引号. On an unknown shape it returns the value
// with Text set and a non-nil error.
func parseIndexNumber(s string) (*notice.IndexNumber, error) {
	n, err := notice.ParseIndexNumber(s)
	return &n, err
}

// parseDocNumber reads a 文号. On an unknown shape it returns the value with
// Text set and a non-nil error.
func parseDocNumber(s string) (*notice.DocNumber, error) {
	n, err := notice.ParseDocNumber(s)
	if err != nil {
		if t := strings.TrimRight(s, "?？"); t != s {
			// 琼府[2005]9号？: a character the copy lost after it.
			if m, err2 := notice.ParseDocNumber(t); err2 == nil {
				return &m, nil
			}
		}
		if first, rest, ok := strings.Cut(s, " "); ok && strings.ContainsAny(rest, ":：") {
			// 怀政办〔2022〕15号 性： 有效: the rest of a label the page
			// clipped, run on after the 文号.
			if m, err2 := notice.ParseDocNumber(first); err2 == nil {
				return &m, nil
			}
		}
		// 〔某办发〔2021〕14号 〕: a template's brackets around the whole
		// 文号, the closing one maybe lost to the value's cleaning.
		for _, open := range []string{"〔", "[", "【", "（", "("} {
			if inner, ok := strings.CutPrefix(s, open); ok && !strings.HasPrefix(inner, "1") && !strings.HasPrefix(inner, "2") {
				inner = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(inner), "〕]】）)"))
				if m, err2 := notice.ParseDocNumber(inner); err2 == nil {
					return &m, nil
				}
			}
		}
	}
	return &n, err
}

// parseDate reads a date with an optional time of day. A value that is not a
// date gives nil and an error. In a date field, eight digits are a date
// when they make a real one (20151214); seven (2022128) stay ambiguous.
func parseDate(s string) (*notice.Date, error) {
	d, err := structure.ParseDate(s)
	if err != nil {
		t := strings.TrimSpace(s)
		if len(t) != 8 || strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
			return nil, err
		}
		d8, err8 := notice.ParseDate(t[:4] + "-" + t[4:6] + "-" + t[6:])
		if err8 != nil || d8.Year < 1949 {
			return nil, err
		}
		d = d8
	}
	return &d, nil
}

// reason says in a few words why a value parser failed, for a warning:
// "unknown shape (a Unix time, not a date)".
func reason(err error) string {
	var ve *notice.ValueError
	if errors.As(err, &ve) {
		if ve.Reason != "" {
			return ve.Err.Error() + ": " + ve.Reason
		}
		return ve.Err.Error()
	}
	return err.Error()
}

// ruleOf is the rule of a value parser's error: range for a date that does
// not exist, shape for any other.
func ruleOf(err error) notice.Rule {
	if errors.Is(err, notice.ErrRange) {
		return notice.RuleRange
	}
	return notice.RuleShape
}
