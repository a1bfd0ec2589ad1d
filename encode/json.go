package encode

import (
	"bytes"
	"encoding/json"
	"io"

	"github.com/govnotice/govnotice/notice"
)

// JSON writes n to w as one indented JSON document (two spaces a level)
// followed by a newline: the form of [AppendJSON], indented as
// json.MarshalIndent would with SetEscapeHTML(false). If n holds a value
// JSON cannot carry, JSON returns a [*notice.EncodeError] and writes
// nothing.
func JSON(w io.Writer, n *notice.Notice) error {
	compact, err := AppendJSON(nil, n)
	if err != nil {
		return err
	}
	var out bytes.Buffer
	out.Grow(len(compact) * 5 / 4)
	if err := json.Indent(&out, compact, "", "  "); err != nil {
		return err // cannot happen: AppendJSON writes valid JSON
	}
	out.WriteByte('\n')
	_, err = w.Write(out.Bytes())
	return err
}

// AppendJSON appends the compact JSON form of n to dst and returns the
// extended buffer: the form of [notice.Notice.AppendJSON], which
// json.Marshal writes too. If n holds a value JSON cannot carry (a string
// that is not valid UTF-8, a date that does not fit its fixed form) it
// returns dst unchanged and a [*notice.EncodeError]; a nil n is an
// [ErrNilNotice].
func AppendJSON(dst []byte, n *notice.Notice) ([]byte, error) {
	if n == nil {
		return dst, nilNotice()
	}
	return n.AppendJSON(dst)
}
