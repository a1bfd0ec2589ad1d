package parse

import (
	"errors"

	"github.com/govnotice/govnotice/notice"
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
	return &n, err
}

// parseDate reads a date with an optional time of day. A value that is not a
// date gives nil and an error.
func parseDate(s string) (*notice.Date, error) {
	d, err := notice.ParseDate(s)
	if err != nil {
		return nil, err
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
