package encode

import _ "embed"

// JSONSchema is the JSON Schema (draft 2020-12) of the JSON form of a
// record, the form of [JSON], [AppendJSON] and each line of
// [JSONLinesWriter]. [DecodeJSON] accepts what it accepts. It must not be
// modified.
//
//go:embed schema/notice.schema.json
var JSONSchema []byte

// XSD is the XML Schema of the XML forms of records, <notice> from [XML]
// and [AppendXML] and <notices> from [XMLWriter]. It must not be modified.
//
//go:embed schema/notice.xsd
var XSD []byte
