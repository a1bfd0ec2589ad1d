// Package notice defines the record that a government information-disclosure
// page (政府信息公开) becomes: [Notice], its typed values ([IndexNumber],
// [DocNumber], [Date]) and the rules a record is checked against
// ([Notice.Validate]).
//
// A Notice is plain data: exported fields, no hidden state, so records can be
// compared with go-cmp and built by hand in tests. Empty lists are nil, and
// absent typed values are nil pointers; the encoders in package encode keep
// that shape when they read records back.
//
// Every string in a parsed record is canonical text (Simplified script, NFC,
// Chinese punctuation, single spaces); see package variant.
//
// # Typed values
//
// [ParseIndexNumber], [ParseDocNumber] and [ParseDate] read the values as
// pages write them and return them in canonical form, which each value's
// String and MarshalText write and which reads back to the same value.
// Failures are [*ValueError] values wrapping [ErrEmpty], [ErrSyntax] or
// [ErrRange]. A [Date] also converts to a [time.Time] in China Standard
// Time and orders with [Date.Compare]; the zero Date is written 0000-00-00
// in every form and reads back as itself.
//
// Index and document numbers of no known shape are still kept: the parse
// functions return them with their text and no parts, together with the
// error, so a caller can keep the value and report a warning. A date that
// cannot be read is no date at all: [ParseDate] returns the zero Date.
//
// # JSON and XML
//
// A record has one JSON form and one XML form, and encoding/json and
// encoding/xml read and write them: json.Marshal of a Notice calls
// [Notice.MarshalJSON], json.Unmarshal calls [Notice.UnmarshalJSON], and
// likewise [Notice.MarshalXML] and [Notice.UnmarshalXML], so a program that
// never imports package encode gets the documented forms, with every key
// present and JSON keys such as "index_number". Package encode writes and
// reads the same forms (with the same code for JSON, the same reader for
// XML), adds JSON Lines, indented documents and the text form, and holds
// the JSON Schema and the XSD. Readers refuse what the forms do not allow
// (an unknown or missing key, a value of the wrong type) instead of dropping
// it, with a [*DecodeError] that gives the byte offset and the field;
// writers refuse a value a form cannot carry without changing it with an
// [*EncodeError].
//
// Both forms are walked from one field table, which [Members] shows: for
// each field of a record and of each struct inside it, its JSON key, its
// XML name and place (element, attribute, text), its [Kind] and how to read
// it from a record. A new output format can be written from it too.
//
// # Validation
//
// Parsing never rejects a record; validation is a separate step.
// [Notice.Validate] checks the default contract and returns an error only
// when the record breaks it. A [Validator] chooses the contract: which
// fields are required, which rules ([Rule]) are errors, warnings or off
// ([Level], [ParseLevels]), and the day dates are checked against, so that
// results do not depend on the clock. It returns every problem, as
// [Problem] values naming the field (its JSON key), the rule and a
// [Severity], and beside them an error, a [*ValidationError], only when a
// rule that is an error is broken: errors.Is(err, RuleRequired) asks which.
// Parsing reports what it noticed about a page in the same form, in
// [Input.Problems], and says where each field was read in [Input.Origins].
package notice
