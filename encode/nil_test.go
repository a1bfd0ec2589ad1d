package encode

import (
	"errors"
	"io"
	"testing"
)

// TestNilNotice checks that every encoder refuses a nil record with an error
// instead of panicking, so one bad entry cannot bring down a batch.
func TestNilNotice(t *testing.T) {
	for name, write := range map[string]func() error{
		"JSON":       func() error { return JSON(io.Discard, nil) },
		"AppendJSON": func() error { _, err := AppendJSON(nil, nil); return err },
		"JSONLines":  func() error { return NewJSONLinesWriter(io.Discard).Write(nil) },
		"XML":        func() error { return XML(io.Discard, nil) },
		"AppendXML":  func() error { _, err := AppendXML(nil, nil); return err },
		"XMLWriter":  func() error { return NewXMLWriter(io.Discard).Write(nil) },
		"Text":       func() error { return Text(io.Discard, nil) },
	} {
		if err := write(); !errors.Is(err, ErrNilNotice) {
			t.Errorf("%s(nil) = %v, want ErrNilNotice", name, err)
		}
	}
}
