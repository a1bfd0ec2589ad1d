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
// [ErrRange].
//
// Index and document numbers of no known shape are still kept: the parse
// functions return them with their text and no parts, together with the
// error, so a caller can keep the value and report a warning. A date that
// cannot be read is no date at all: [ParseDate] returns the zero Date.
//
// # Validation
//
// Parsing never rejects a record; [Notice.Validate] is a separate step. It
// returns every problem at once as a [*ValidationError] of [Problem]
// values, each naming the field (its JSON key), the [Rule] broken and a
// [Severity]: errors break the record's contract, warnings mark what is odd
// but common on real pages. Parsing reports what it noticed about a page in
// the same form, in [Input.Problems], and says where each field was read in
// [Input.Origins].
package notice
