// Package encode writes a [notice.Notice] as JSON, JSON Lines, XML and text,
// and reads the JSON and XML forms back.
//
// Every form that can be read back is lossless: a record written and read
// again is equal to the original (go-cmp finds no difference), whatever its
// strings hold. When a value cannot be written without changing it, the
// writer returns a [*notice.EncodeError] naming the field and writes nothing of the
// record; it never replaces a character quietly.
//
// # JSON
//
// [JSON] writes one indented document, [AppendJSON] the compact form, and
// [DecodeJSON] reads either. They are the record's own JSON form, the one
// json.Marshal and json.Unmarshal write and read through
// [notice.Notice.MarshalJSON] and [notice.Notice.UnmarshalJSON]: the same
// bytes (json.Marshal only escapes <, > and & on top) and the same records.
// Keys come in the order of the record's fields and every key is always
// present: an absent string is "", an absent typed value null, an empty
// list []. Dates are strings, "2025-11-19" or "2024-04-06T16:40:00+08:00".
// Index and document numbers are objects whose "text" is always present and
// whose parts are present only when not zero, so an index number of unknown
// shape is {"text": "…"} alone and "month" appears only for YYYYMM years:
//
//	"index_number": {"text": "003129766/201901-00336", "org": "003129766", "year": 2019, "month": 1, "seq": "00336"},
//	"doc_number": {"text": "国令第672号", "issuer": "国令", "seq": "672"},
//
// Strings escape only what JSON requires, plus U+2028 and U+2029; a string
// that is not valid UTF-8 is a [notice.ErrInvalidUTF8]. The decoder is as
// strict as [JSONSchema]: unknown, duplicate or missing keys and wrong types
// are errors, keys may come in any order, and empty lists decode to nil.
//
// # JSON Lines
//
// A [JSONLinesWriter] writes one compact record a line. A [JSONLinesReader]
// reads them back in memory bounded by its MaxLineSize; a line that does not
// decode is a [*LineError] naming the line, and reading goes on.
//
// # XML
//
// [XML] writes one <notice> document, [AppendXML] the compact element, an
// [XMLWriter] a <notices> document of many; [DecodeXML] and an [XMLReader]
// read them back, each record with [notice.Notice.UnmarshalXML], which is
// what xml.Unmarshal calls too. xml.Marshal writes the same form
// ([notice.Notice.MarshalXML]) with encoding/xml's escaping; the writers
// here are faster and keep text more readable. Element names are the JSON keys. Absent values are left
// out; lists are wrapped (<keywords><keyword>, <attachments><attachment
// url="…">name, <body><p>, <signers><signer>, <notes><note>,
// <cc><recipient>, <appendices><appendix><title>…<body><p>,
// <extra><field label="…">value, <input><problems><problem field="…" rule="…" severity="…" line="…" column="…">message, <input><origins><origin field="…" from="…" label="…" line="…" column="…">text); typed values
// put their parts in attributes and their text in the element:
//
//	<index_number org="013033899" year="2025" seq="78463">013033899/2025-78463</index_number>
//
// Text is kept exactly: spaces at the ends, line breaks (CR as &#xD;), and in
// attributes tab, LF and CR as character references. A character XML 1.0
// cannot carry at all (a C0 control other than tab, LF and CR; U+FFFE;
// U+FFFF) is a [notice.ErrXMLChar].
//
// # Text
//
// [Text] writes a record back as a page, a header of pipe rows and the
// article, so that a parser can be tested to read it back to the record.
//
// # Schemas
//
// [JSONSchema] (JSON Schema draft 2020-12) and [XSD] (XML Schema 1.0)
// describe the forms; they are the files schema/notice.schema.json and
// schema/notice.xsd of this package.
//
// # Errors
//
// The errors of the JSON and XML forms are package notice's, since
// encoding/json and encoding/xml give the same ones: writers return a
// [*notice.EncodeError] naming the field, decoders a [*notice.DecodeError]
// with the byte offset and the field, each wrapping a sentinel
// ([notice.ErrMalformed], [notice.ErrType], [notice.ErrUnknownField], …)
// for [errors.Is]. Fields are named by their JSON path:
// "appendices[0].body[1]". The JSON Lines reader wraps them in a
// [*LineError]; the text form's own refusals wrap [ErrTextForm].
//
// # One field table
//
// Every form here is walked from the record's field table,
// [notice.Members]: the XML writer, the text form (a header row for each
// field with a header label) and the tests that check the schemas against
// it. A field added to the record is one entry in that table.
package encode
