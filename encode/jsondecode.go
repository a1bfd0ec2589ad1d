package encode

import (
	"bytes"
	"fmt"
	"io"

	"github.com/govnotice/govnotice/notice"
)

// DecodeJSON reads one JSON document from r, as written by [JSON] or
// [AppendJSON], and returns its record. White space around the document is
// allowed; anything else after it is an error.
//
// It reads as [notice.Notice.UnmarshalJSON] does, and so as json.Unmarshal
// does, keys in any order and every key required, but that the literal
// null is an error here, not a record: there is no record to return.
// Problems are reported as a [*notice.DecodeError] with the byte offset in
// the input and the field.
func DecodeJSON(r io.Reader) (*notice.Notice, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return decodeJSON(data)
}

func decodeJSON(data []byte) (*notice.Notice, error) {
	if v := bytes.TrimLeft(data, " \t\r\n"); bytes.HasPrefix(v, []byte("null")) {
		return nil, &notice.DecodeError{Offset: int64(len(data) - len(v)),
			Err: fmt.Errorf("%w: want an object, got null", notice.ErrType)}
	}
	n := new(notice.Notice)
	if err := n.UnmarshalJSON(data); err != nil {
		return nil, err
	}
	return n, nil
}
