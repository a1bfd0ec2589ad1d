package parse

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"

	"github.com/govnotice/govnotice/variant/charset"
	"golang.org/x/text/transform"
)

// ErrCharset is what a [*CharsetError] wraps: the charset a Parser names
// does not fit the page's bytes.
var ErrCharset = errors.New("charset does not fit the page")

// CharsetError reports a Parser.Charset that the page's bytes contradict,
// so that reading the page in it would give mojibake. Parse returns it in
// an [*Error].
//
// A named charset overrides detection, since a caller may know better: a
// Big5 page that detection reads as GB18030 is read as Big5 when the Parser
// says so. It is refused only when the bytes leave no doubt: detection is
// certain of another charset that reads every byte of the page, and either
// the named charset reads other characters where detection reads UTF-8 or
// UTF-16 (a byte order mark, valid UTF-8, UTF-16's zero bytes; so UTF-16
// named for a UTF-8 page is caught), or it finds bytes it cannot decode,
// more than one in fifty of the page's non-ASCII characters (a stray byte
// in a page of the named charset is no reason to refuse it).
type CharsetError struct {
	// Charset is the charset the Parser named, as it named it.
	Charset string
	// Detected is the charset the bytes are in, as detection reads them.
	Detected string
	// Offset is the 0-based byte offset in the input of the first
	// character that Charset reads differently from Detected: where the
	// mojibake starts.
	Offset int
	// InvalidOffset is the 0-based byte offset in the input of the first
	// byte sequence that is not valid in Charset, where decoding it fails;
	// -1 when every byte decodes.
	InvalidOffset int
}

func (e *CharsetError) Error() string {
	if e.InvalidOffset >= 0 {
		return fmt.Sprintf("charset %s does not fit the page: the bytes at offset %d are not valid %s; the page is %s", e.Charset, e.InvalidOffset, e.Charset, e.Detected)
	}
	return fmt.Sprintf("charset %s does not fit the page: from byte offset %d it reads other characters than %s, which the page is", e.Charset, e.Offset, e.Detected)
}

// Unwrap returns [ErrCharset], so that errors.Is(err, ErrCharset) works.
func (e *CharsetError) Unwrap() error { return ErrCharset }

// checkCharset returns a *CharsetError when the charset the Parser named
// (name, looked up as cs) does not fit data, as CharsetError says; nil
// otherwise. It costs a detection when the named charset is the detected
// one, and a few decodings when not.
func checkCharset(data []byte, name string, cs charset.Charset) error {
	detected := charset.Detect(data)
	if detected.Name == cs.Name || !detected.Certain {
		return nil
	}
	want, wantInvalid := charset.Decode(data, detected)
	if wantInvalid > 0 {
		return nil // detection reads it no better
	}
	got, gotInvalid := charset.Decode(data, cs)
	if bytes.Equal(got, want) {
		return nil // ASCII, read the same in both
	}
	// Detection is sure of Unicode (a byte order mark, valid UTF-8 with
	// enough multi-byte characters, UTF-16's zero bytes), and sure that a
	// page without those zero bytes is not UTF-16.
	sure := isUnicode(detected.Name) || isUnicode(cs.Name) && cs.Name != "utf-8"
	if !sure && (gotInvalid == 0 || gotInvalid*50 < nonASCII(got)) {
		return nil // the caller's choice between legacy charsets stands
	}
	diff, invalid := misread(data, cs, want)
	return &CharsetError{Charset: name, Detected: detected.Name, Offset: diff, InvalidOffset: invalid}
}

func isUnicode(name string) bool {
	return name == "utf-8" || name == "utf-16le" || name == "utf-16be"
}

// nonASCII counts the characters of text above U+007F.
func nonASCII(text []byte) int {
	n := 0
	for _, r := range string(text) {
		if r >= utf8.RuneSelf {
			n++
		}
	}
	return n
}

// misreadChunk is how much misread decodes at once while looking for the
// piece that holds what it looks for.
const misreadChunk = 16 << 10

// misread decodes data in cs and returns the byte offset of the first
// character whose decoding differs from want (the decoding detection
// gives), and of the first sequence invalid in cs; -1 for each that does
// not occur. It decodes in pieces, and then character by character only
// within the piece where the first of each shows, so its time is linear in
// the size of data.
func misread(data []byte, cs charset.Charset, want []byte) (diff, invalid int) {
	diff, invalid = -1, -1
	d := cs.NewDecoder()
	dst := make([]byte, 4*misreadChunk+64)
	pos, wpos := 0, 0
	for pos < len(data) && (diff < 0 || invalid < 0) {
		end := min(pos+misreadChunk, len(data))
		before := d.Invalid()
		nDst, nSrc, _ := d.Transform(dst, data[pos:end], end == len(data))
		if nSrc == 0 {
			break // cannot happen: a piece holds whole characters
		}
		newDiff := diff < 0 && !bytes.HasPrefix(want[wpos:], dst[:nDst])
		newInvalid := invalid < 0 && d.Invalid() > before
		if newDiff || newInvalid {
			dd, ii := misreadExactly(data, cs, want, pos, wpos, pos+nSrc)
			if newDiff {
				diff = dd
			}
			if newInvalid {
				invalid = ii
			}
		}
		pos, wpos = pos+nSrc, wpos+nDst
	}
	if diff < 0 && wpos < len(want) {
		diff = len(data) // the text in cs is a prefix of want
	}
	if diff < 0 && invalid >= 0 {
		diff = invalid
	}
	return diff, invalid
}

// misreadExactly decodes data in cs character by character from start
// (where want's offset is wstart) up to end, with a decoder brought to
// start by decoding what comes before it, and returns the offsets of the
// first differing character and of the first invalid sequence in that
// range, -1 for each not found there.
func misreadExactly(data []byte, cs charset.Charset, want []byte, start, wstart, end int) (diff, invalid int) {
	diff, invalid = -1, -1
	d := cs.NewDecoder()
	dst := make([]byte, 4*misreadChunk+64)
	for pos := 0; pos < start; {
		_, nSrc, err := d.Transform(dst, data[pos:min(start, pos+misreadChunk)], false)
		if nSrc == 0 && err != nil {
			return -1, -1 // cannot happen: start is where a piece ended
		}
		pos += nSrc
	}
	pos, wpos := start, wstart
	for pos < end && (diff < 0 || invalid < 0) {
		// The shortest input that gives a character: one byte, or more
		// while the decoder asks for more.
		stop := pos + 1
		var nDst, nSrc int
		var err error
		for {
			atEOF := stop == len(data)
			before := d.Invalid()
			nDst, nSrc, err = d.Transform(dst, data[pos:stop], atEOF)
			if nSrc == 0 && err == transform.ErrShortSrc && !atEOF {
				stop++
				continue
			}
			if invalid < 0 && d.Invalid() > before {
				invalid = pos
			}
			break
		}
		if nSrc == 0 {
			break // at the end: the decoder takes no more
		}
		if diff < 0 && !bytes.HasPrefix(want[wpos:], dst[:nDst]) {
			diff = pos
		}
		pos, wpos = pos+nSrc, wpos+nDst
	}
	return diff, invalid
}
