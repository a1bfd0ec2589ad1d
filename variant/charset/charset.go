// Package charset finds the character encoding of a scraped page and decodes
// it to UTF-8, so that the steps after it see one encoding whatever the site
// served: [Detect] reads the encoding from a byte order mark, an HTML
// <meta> declaration or the bytes themselves (GB18030 or Big5 by how
// plausibly each reads), [Lookup] takes it from a caller who knows better,
// and a [Decoder] turns the page into UTF-8, replacing and counting what it
// cannot decode.
//
// Like the other packages of variant, it has one [golang.org/x/text/transform.Transformer]
// type, [Decoder]: Transform, Reset and Span serve one stream at a time,
// while Bytes and String decode a whole page of their own and leave the
// Decoder alone. The encoding labels are those of the WHATWG Encoding
// Standard, generated into a table from a pinned copy of its encodings.json
// (gen_tables.go), so that looking one up builds nothing at start-up.
package charset

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"slices"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

//go:generate go run gen_tables.go

// Charset is the character encoding of a page: what [Detect] found or
// [Lookup] was told.
type Charset struct {
	// Name is the canonical lower-case name, as the record's input.charset
	// reports it: "utf-8", "gb18030" (also for pages labelled GBK or GB2312:
	// GB18030 is a superset and decodes them the same), "big5" (which includes
	// HKSCS), "utf-16le", "utf-16be", or the WHATWG name of another encoding
	// that a page or caller named ("shift_jis", "windows-1252", …).
	Name string
	// Encoding is the x/text encoding for Name. A nil Encoding means UTF-8.
	Encoding encoding.Encoding
	// Certain reports that the bytes leave no reasonable doubt, so a caller
	// need not warn: a byte order mark, a declaration that the bytes agree
	// with, valid UTF-8 with enough multi-byte characters, or text that reads
	// clearly better in one candidate encoding than in the others. Pure ASCII
	// is certain too, since every candidate reads it the same way. Certain is
	// false when the evidence was thin or the candidates came close; the Name
	// is then the best guess.
	Certain bool
}

// The charsets that detection chooses from.
var (
	utf8Charset    = Charset{Name: "utf-8", Encoding: unicode.UTF8}
	gb18030Charset = Charset{Name: "gb18030", Encoding: simplifiedchinese.GB18030}
	big5Charset    = Charset{Name: "big5", Encoding: traditionalchinese.Big5}
	utf16LECharset = Charset{Name: "utf-16le", Encoding: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)}
	utf16BECharset = Charset{Name: "utf-16be", Encoding: unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)}
)

// SniffLen is how many bytes of a page [Detect] reads: its first 64 KiB hold
// plenty of evidence, and detection runs once per page. A caller that
// streams a page reads this much ahead to detect its charset as Detect
// would on the whole page.
const SniffLen = 64 << 10

const (
	// metaLen is how far into an HTML page a <meta> charset counts, as
	// in the WHATWG prescan.
	metaLen = 1024
)

// UnknownError is returned by [Lookup] for a name that is not an encoding
// label of the WHATWG Encoding Standard, so that a caller can tell a
// mistyped charset from other failures and name it.
type UnknownError struct {
	Name string // the name as given
}

// Error names the unknown charset.
func (e *UnknownError) Error() string {
	return fmt.Sprintf("charset: unknown charset %q", e.Name)
}

// Lookup returns the Charset for an encoding label such as "gbk",
// "GB2312", "big5", "utf-16le" or "shift_jis", for a caller who knows the
// encoding better than detection would. Labels are those of the WHATWG
// Encoding Standard, as golang.org/x/text/encoding/htmlindex knows them, matched without
// regard to case or surrounding space; GBK and GB2312 labels give gb18030. The
// result is Certain. An unknown label gives an *[UnknownError].
func Lookup(name string) (Charset, error) {
	cs, ok := byLabel(name)
	if !ok {
		return Charset{}, &UnknownError{Name: name}
	}
	cs.Certain = true
	return cs, nil
}

// labelEntry is an encoding label and the index of its encoding in
// encodings.
type labelEntry struct {
	label string
	enc   uint8
}

// byLabel resolves an encoding label as x/text's htmlindex.Get does,
// through the table gen_tables.go makes from the WHATWG list.
func byLabel(label string) (Charset, bool) {
	label = strings.ToLower(strings.TrimSpace(label))
	i, found := slices.BinarySearchFunc(labels[:], label, func(e labelEntry, label string) int {
		return strings.Compare(e.label, label)
	})
	if !found {
		return Charset{}, false
	}
	e := encodings[labels[i].enc]
	name, enc := e.name, e.enc
	switch name {
	case "utf-8":
		return utf8Charset, true
	case "gbk", "gb18030":
		// WHATWG decodes GBK with the GB18030 decoder; x/text's GBK decoder
		// would reject the four-byte sequences that such pages do contain.
		return gb18030Charset, true
	case "big5":
		return big5Charset, true
	case "utf-16le":
		return utf16LECharset, true
	case "utf-16be":
		return utf16BECharset, true
	}
	return Charset{Name: name, Encoding: enc}, true
}

// Detect determines the encoding of a page from its first bytes (any
// length; it reads at most the first 64 KiB). In order:
//
//  1. A byte order mark: UTF-8, UTF-16LE or UTF-16BE, certain.
//  2. An HTML <meta charset> or <meta http-equiv="Content-Type"> in the first
//     1024 bytes, certain when the bytes agree with it. Two exceptions: bytes
//     that are valid UTF-8 with enough multi-byte characters are UTF-8
//     whatever the page declares, because pages re-saved as UTF-8 often keep
//     their old declaration, while GB18030 or Big5 text is never valid UTF-8
//     for long; and bytes that do not decode cleanly in the declared charset
//     are what detection (steps 3–5) is certain they are, when it is.
//  3. UTF-16 without a byte order mark, recognised by the zero bytes that
//     its ASCII characters have and no other candidate does. Text without a
//     zero byte is never taken for UTF-16.
//  4. Valid UTF-8 (a prefix cut inside a character still counts). Pure ASCII
//     is reported as UTF-8.
//  5. GB18030 or Big5, whichever reads more plausibly: fewer invalid
//     sequences, fewer private-use, unassigned or foreign-script characters,
//     and more of the Han characters that the two standards themselves
//     class as common (GB2312 level 1, Big5 常用字).
//
// [Charset.Certain] tells a sure answer from a best guess.
func Detect(prefix []byte) Charset {
	if cs, ok := fromBOM(prefix); ok {
		return cs
	}
	sample := prefix[:min(len(prefix), SniffLen)]
	sniffed := sniff(sample)
	declared, ok := fromMeta(prefix[:min(len(prefix), metaLen)])
	if !ok {
		return sniffed.Charset
	}
	if sniffed.Name == "utf-8" && sniffed.Certain && !sniffed.ascii && declared.Name != "utf-8" {
		return sniffed.Charset
	}
	clean := decodesCleanly(declared, sample)
	if !clean && sniffed.Certain && !sniffed.ascii && sniffed.Name != declared.Name {
		// A declaration the bytes contradict (GBK bytes declared UTF-8
		// happen): the bytes win.
		return sniffed.Charset
	}
	// Otherwise the declaration wins; it is certain when the bytes decode
	// cleanly and detection did not clearly find something else.
	agree := sniffed.ascii || sniffed.Name == declared.Name || !sniffed.Certain
	declared.Certain = agree && clean
	return declared
}

// DetectReader detects the encoding of the page that br reads, as [Detect] does, from its first
// [SniffLen] bytes, which it reads ahead without consuming them: a caller that streams a page
// gets the charset that Detect finds on the whole page. br must buffer SniffLen bytes
// (bufio.NewReaderSize(r, SniffLen)); a smaller one gives Detect no more than it holds. The error
// is non-nil when reading ahead fails, as it is not at the end of the input.
func DetectReader(br *bufio.Reader) (Charset, error) {
	prefix, err := br.Peek(SniffLen)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		return Charset{}, err
	}
	return Detect(prefix), nil
}

// fromBOM recognises a byte order mark.
func fromBOM(b []byte) (Charset, bool) {
	var cs Charset
	switch {
	case bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")):
		cs = utf8Charset
	case bytes.HasPrefix(b, []byte("\xFF\xFE")):
		cs = utf16LECharset
	case bytes.HasPrefix(b, []byte("\xFE\xFF")):
		cs = utf16BECharset
	default:
		return Charset{}, false
	}
	cs.Certain = true
	return cs, true
}
