package parse

import (
	"fmt"
	"github.com/govnotice/govnotice/variant"
	"strings"
	"unicode"

	"github.com/govnotice/govnotice/notice"
)

// The mapping layer: header pairs become record fields (spec §3), values go
// through package notice's parsers, and what is odd becomes a warning.

// mapper fills one record.
type mapper struct {
	n      *notice.Notice
	filled map[field]string // first cleaned value of each field
	urls   *urlIndex        // where URLs are taken from (spec §2)
}

// warnf adds a warning about field f, found at pair p, to the record.
func (m *mapper) warnf(f field, rule notice.Rule, p pair, format string, args ...any) {
	warn(m.n, f.key(), rule, p.line, p.col, fmt.Sprintf(format, args...))
}

// warn adds a warning to the record.
func warn(n *notice.Notice, field string, rule notice.Rule, line, col int, msg string) {
	n.Input.Problems = append(n.Input.Problems, notice.Problem{
		Field: field, Rule: rule, Severity: notice.SeverityWarning, Line: line, Column: col, Message: msg,
	})
}

// apply maps the header's pairs onto the record, in order.
func (m *mapper) apply(pairs []pair) {
	hasPublisher := false
	for _, p := range pairs {
		if p.field == fieldPublisher {
			hasPublisher = true
			break
		}
	}
	m.filled = make(map[field]string)
	for _, p := range pairs {
		f := p.field
		switch f {
		case fieldNoise:
			continue
		case fieldResponsible:
			f = fieldExtra
			if !hasPublisher {
				f = fieldPublisher
			}
		}
		value := m.cleanValue(f, p)
		if f == fieldExtra || f == fieldUnknown {
			m.n.Extra = append(m.n.Extra, notice.Field{Label: p.label, Value: value})
			continue
		}
		if first, ok := m.filled[f]; ok {
			m.n.Extra = append(m.n.Extra, notice.Field{Label: p.label, Value: value})
			if value != "" && value != first {
				m.warnf(f, notice.RuleDuplicate, p, "%s %q differs from the first value %q; kept in extra", p.label, value, first)
			}
			continue
		}
		if value == "" {
			continue // an empty value does not fill its field
		}
		if m.set(f, value, p) {
			m.filled[f] = value
		}
	}
}

// cleanValue makes a value canonical: control characters removed, white
// space cleaned, placeholders emptied, a template's trailing separator
// dropped.
func (m *mapper) cleanValue(f field, p pair) string {
	v, removed := removeControls(p.value)
	if removed > 0 {
		m.warnf(f, notice.RuleEncoding, p, "removed %d control characters", removed)
	}
	switch f {
	case fieldLink:
		v = strings.TrimFunc(v, isSpace) // URLs are only trimmed
	case fieldAttachments:
		v = variant.CleanSpace(v) // a URL may end in a separator
	default:
		v = strings.TrimRightFunc(variant.CleanSpace(v), func(r rune) bool { return isSeparator(r) || isSpace(r) })
	}
	if isPlaceholder(v) {
		return ""
	}
	return v
}

// set stores a cleaned, non-empty value in field f. It reports whether the
// field is filled: a date that is not a date leaves its field to a later
// label.
func (m *mapper) set(f field, v string, p pair) bool {
	n := m.n
	switch f {
	case fieldIndexNumber:
		x, err := parseIndexNumber(v)
		if err != nil {
			m.warnf(f, notice.RuleShape, p, "%q has no known shape (%s); kept as text", v, reason(err))
		}
		n.IndexNumber = x
	case fieldDocNumber:
		x, err := parseDocNumber(v)
		if err != nil {
			m.warnf(f, notice.RuleShape, p, "%q has no known shape (%s); kept as text", v, reason(err))
		}
		n.DocNumber = x
	case fieldCreated, fieldPublished, fieldEffective, fieldAbolished:
		d, err := parseDate(v)
		if err != nil {
			m.warnf(f, notice.RuleShape, p, "%q is not a date (%s)", v, reason(err))
			return false
		}
		switch f {
		case fieldCreated:
			n.Created = d
		case fieldPublished:
			n.Published = d
		case fieldEffective:
			n.Effective = d
		default:
			n.Abolished = d
		}
	case fieldTitle:
		n.Title = v
	case fieldPublisher:
		n.Publisher = v
	case fieldSource:
		n.Source = v
	case fieldTopic:
		n.Topic = v
	case fieldCollection:
		n.Collection = v
	case fieldGenre:
		n.Genre = v
	case fieldValidity:
		n.Validity = v
	case fieldSummary:
		n.Summary = v
	case fieldKeywords:
		n.Keywords = splitKeywords(v)
	case fieldLink:
		n.Link = v
		if start, end, ok := findURL(v); ok {
			n.Link = v[:start] + m.rawURL(v[start:end], cell{p.value, p.off}) + v[end:]
		}
	case fieldAttachments:
		if len(p.cells) == 0 {
			n.Attachments = append(n.Attachments, m.attachment(v, cell{p.value, p.off}))
			break
		}
		// One attachment a cell: | 文件下载： | 说明.pdf <URL> | 附表.xls |
		for _, c := range p.cells {
			v, _ := removeControls(c.text)
			if v = variant.CleanSpace(v); v != "" {
				n.Attachments = append(n.Attachments, m.attachment(v, c))
			}
		}
	}
	return true
}

// attachment reads an attachment value v, cleaned from the raw value in: a
// name, an URL, or both.
func (m *mapper) attachment(v string, in cell) notice.Attachment {
	start, end, ok := findURL(v)
	if !ok {
		return notice.Attachment{Name: strings.TrimRightFunc(v, isSeparator)}
	}
	before, after := v[:start], v[end:]
	if strings.HasSuffix(before, "<") && strings.HasPrefix(after, ">") {
		// name <URL>, as encode.Text writes it
		before, after = before[:len(before)-1], after[1:]
	}
	name := variant.CleanSpace(before + " " + after)
	name = strings.TrimRightFunc(name, func(r rune) bool { return isSeparator(r) || isSpace(r) })
	return notice.Attachment{Name: name, URL: m.rawURL(v[start:end], in)}
}

// rawURL returns the URL u, found in the canonical value in, as the page
// has it before canonicalisation (spec §2: URLs are exempt from steps 3–6).
func (m *mapper) rawURL(u string, in cell) string {
	i := strings.Index(in.text, u)
	if m.urls == nil || in.off < 0 || i < 0 {
		return u
	}
	if raw, ok := m.urls.raw(in.off + i); ok {
		return raw
	}
	return u
}

// splitKeywords splits a keyword list (spec §4).
func splitKeywords(v string) []string {
	var out []string
	for k := range strings.FieldsFuncSeq(v, func(r rune) bool {
		return isSpace(r) || strings.ContainsRune("，,；;、", r)
	}) {
		out = append(out, k)
	}
	return out
}

// isSeparator reports a separator a template leaves after a value.
func isSeparator(r rune) bool {
	return strings.ContainsRune(",，、;；:：|｜/", r)
}

// isPlaceholder reports a value that stands for nothing: dashes or 无.
func isPlaceholder(v string) bool {
	if v == "无" {
		return true
	}
	if v == "" {
		return true
	}
	for _, r := range v {
		switch r {
		case '-', '—', '–', '―', '－', '─', ' ':
		default:
			return false
		}
	}
	return true
}

// removeControls removes the characters that no record may hold: C0 and C1
// controls other than tab and line breaks, and the XML 1.0 non-characters
// U+FFFE and U+FFFF, so that every record encodes as JSON and XML.
func removeControls(s string) (string, int) {
	if !hasControl(s) {
		return s, 0
	}
	n := 0
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			n++
			return -1
		}
		return r
	}, s), n
}

// hasControl reports whether s holds a character isControl reports. It looks
// at bytes: in UTF-8 every such character starts with a byte below 0x20,
// 0x7f, 0xc2 (U+0080–U+009F) or 0xef (U+FFFE, U+FFFF).
func hasControl(s string) bool {
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case b < 0x20:
			if b != '\t' && b != '\n' && b != '\r' {
				return true
			}
		case b == 0x7f:
			return true
		case b == 0xc2:
			if i+1 < len(s) && s[i+1] <= 0x9f {
				return true
			}
		case b == 0xef:
			if i+2 < len(s) && s[i+1] == 0xbf && s[i+2] >= 0xbe {
				return true
			}
		}
	}
	return false
}

func isControl(r rune) bool {
	switch r {
	case '\t', '\n', '\r':
		return false
	case '\ufffe', '\uffff':
		return true
	}
	return unicode.IsControl(r)
}
