package parse

import (
	"errors"
	"fmt"

	"github.com/govnotice/govnotice/parse/internal/vocab"
	"github.com/govnotice/govnotice/variant/simplify"
)

// ErrLabels is the error of a [Parser] whose Labels name what no label can
// give: a key that is neither a field of the record nor "extra" or "ui".
var ErrLabels = errors.New("Parser.Labels: unknown field")

// vocabulary returns the vocabulary the Parser reads labels with: the
// built-in one, with the Parser's Labels over it, folding the script of a
// page that keeps it. It returns nil for the built-in one alone.
func (p *Parser) vocabulary() (*vocab.Vocabulary, error) {
	var fold func(string) string
	if p.KeepScript {
		fold = simplify.Chinese.String
	}
	if len(p.Labels) == 0 {
		if fold == nil {
			return nil, nil
		}
		return vocab.New(nil, fold), nil
	}
	added := make(map[string]vocab.Label, len(p.Labels))
	for label, key := range p.Labels {
		var l vocab.Label
		switch key {
		case "extra":
			l = vocab.Label{Role: vocab.RoleExtra}
		case "ui":
			l = vocab.Label{Role: vocab.RoleUI}
		default:
			f, ok := vocab.FieldByKey(key)
			if !ok {
				return nil, fmt.Errorf("%w %q for label %q", ErrLabels, key, label)
			}
			l = vocab.Of(f)
		}
		if c := vocab.Compact(labelForm(label)); c != "" {
			added[c] = l
		}
	}
	return vocab.New(added, fold), nil
}
