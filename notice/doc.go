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
