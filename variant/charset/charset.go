package variant

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

//go:generate go run gen_charset.go

// Charset is the character encoding of a page: what [DetectCharset] found or
// [LookupCharset] was told.
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
	charsetUTF8    = Charset{Name: "utf-8", Encoding: unicode.UTF8}
	charsetGB18030 = Charset{Name: "gb18030", Encoding: simplifiedchinese.GB18030}
	charsetBig5    = Charset{Name: "big5", Encoding: traditionalchinese.Big5}
	charsetUTF16LE = Charset{Name: "utf-16le", Encoding: unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)}
	charsetUTF16BE = Charset{Name: "utf-16be", Encoding: unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)}
)

const (
	// charsetSniffLen bounds the bytes that detection reads: a page's first
	// 64 KiB hold plenty of evidence, and detection runs once per page.
	charsetSniffLen = 64 << 10
	// charsetMetaLen is how far into an HTML page a <meta> charset counts, as
	// in the WHATWG prescan.
	charsetMetaLen = 1024
)

// UnknownCharsetError is returned by [LookupCharset] for a name that is not an
// encoding label of the WHATWG Encoding Standard.
type UnknownCharsetError struct {
	Name string // the name as given
}

func (e *UnknownCharsetError) Error() string {
	return fmt.Sprintf("variant: unknown charset %q", e.Name)
}

// LookupCharset returns the Charset for an encoding label such as "gbk",
// "GB2312", "big5", "utf-16le" or "shift_jis", for a caller who knows the
// encoding better than detection would. Labels are those of the WHATWG
// Encoding Standard (golang.org/x/text/encoding/htmlindex), matched without
// regard to case or surrounding space; GBK and GB2312 labels give gb18030. The
// result is Certain. An unknown label gives an *[UnknownCharsetError].
func LookupCharset(name string) (Charset, error) {
	cs, ok := charsetByLabel(name)
	if !ok {
		return Charset{}, &UnknownCharsetError{Name: name}
	}
	cs.Certain = true
	return cs, nil
}

// charsetLabel is an encoding label and the index of its encoding in
// charsetEncodings.
type charsetLabel struct {
	label string
	enc   uint8
}

// charsetByLabel resolves an encoding label as x/text's htmlindex.Get does,
// through the table gen_charset.go makes from it.
func charsetByLabel(label string) (Charset, bool) {
	label = strings.ToLower(strings.TrimSpace(label))
	i, found := slices.BinarySearchFunc(charsetLabels[:], label, func(e charsetLabel, label string) int {
		return strings.Compare(e.label, label)
	})
	if !found {
		return Charset{}, false
	}
	e := charsetEncodings[charsetLabels[i].enc]
	name, enc := e.name, e.enc
	switch name {
	case "utf-8":
		return charsetUTF8, true
	case "gbk", "gb18030":
		// WHATWG decodes GBK with the GB18030 decoder; x/text's GBK decoder
		// would reject the four-byte sequences that such pages do contain.
		return charsetGB18030, true
	case "big5":
		return charsetBig5, true
	case "utf-16le":
		return charsetUTF16LE, true
	case "utf-16be":
		return charsetUTF16BE, true
	}
	return Charset{Name: name, Encoding: enc}, true
}

// DetectCharset determines the encoding of a page from its first bytes (any
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
func DetectCharset(prefix []byte) Charset {
	if cs, ok := charsetFromBOM(prefix); ok {
		return cs
	}
	sample := prefix[:min(len(prefix), charsetSniffLen)]
	sniffed := charsetSniff(sample)
	declared, ok := charsetFromMeta(prefix[:min(len(prefix), charsetMetaLen)])
	if !ok {
		return sniffed.Charset
	}
	if sniffed.Name == "utf-8" && sniffed.Certain && !sniffed.ascii && declared.Name != "utf-8" {
		return sniffed.Charset
	}
	clean := charsetDecodesCleanly(declared, sample)
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

// charsetFromBOM recognises a byte order mark.
func charsetFromBOM(b []byte) (Charset, bool) {
	var cs Charset
	switch {
	case bytes.HasPrefix(b, []byte("\xEF\xBB\xBF")):
		cs = charsetUTF8
	case bytes.HasPrefix(b, []byte("\xFF\xFE")):
		cs = charsetUTF16LE
	case bytes.HasPrefix(b, []byte("\xFE\xFF")):
		cs = charsetUTF16BE
	default:
		return Charset{}, false
	}
	cs.Certain = true
	return cs, true
}
