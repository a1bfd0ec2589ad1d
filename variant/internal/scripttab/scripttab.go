// Package scripttab holds the characters that only one Chinese script uses:
// the traditional-only characters that Simplify converts and never
// produces, and the simplified-only ones that it produces and Traditional
// text does not use. Package script counts them to tell a text's script,
// package simplify to find where 著 stands in Traditional text, and the
// canonical chain's NFC step counts them in the scan it makes anyway.
//
// tables.go is generated with the tables of package simplify, from the same
// data, by ../../simplify/gen_tables.go.
package scripttab

import "slices"

// Class reports whether r is a traditional-only or a simplified-only
// character; no character is both.
func Class(r rune) (traditional, simplified bool) {
	if i := uint32(r - Lo); i < Hi-Lo {
		bit := uint64(1) << (i % 64)
		return TraditionalOnly[i/64]&bit != 0, SimplifiedOnly[i/64]&bit != 0
	}
	if r < 0x10000 {
		return false, false
	}
	return classAstral(r)
}

// classAstral is Class above the Basic Multilingual Plane, kept apart so that
// Class stays small enough to inline.
func classAstral(r rune) (traditional, simplified bool) {
	_, traditional = slices.BinarySearch(TraditionalOnlyAstral[:], r)
	_, simplified = slices.BinarySearch(SimplifiedOnlyAstral[:], r)
	return traditional, simplified
}

// Bits returns, for a rune of the Basic Multilingual Plane at or above Lo,
// whether it is traditional-only and simplified-only as 0 or 1, for a scan
// that adds them up without a branch; i is r-Lo and must be below Hi-Lo.
func Bits(i uint32) (traditional, simplified int) {
	return int(TraditionalOnly[i/64] >> (i % 64) & 1), int(SimplifiedOnly[i/64] >> (i % 64) & 1)
}
