package main

import "strings"

// nearest returns the name of names closest to s, for a "did you mean"
// after a typo: the one at the least edit distance (insertions, deletions,
// substitutions and swaps of two neighbours, each 1; case ignored), if it
// is close enough to be meant, else "". A name that s starts, or that
// starts s, counts as close ("--form" for --format).
func nearest(s string, names []string) string {
	s = strings.ToLower(s)
	best, bestDist := "", -1
	for _, name := range names {
		d := editDistance(s, strings.ToLower(name))
		if len(s) >= 2 && len(name) > 1 && (strings.HasPrefix(name, s) || strings.HasPrefix(s, name)) {
			d = min(d, 1)
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = name, d
		}
	}
	// A third of the longer name, and at least 1: "fromat" is format,
	// "frob" is nothing.
	if bestDist < 0 || bestDist > max(1, max(len(s), len(best))/3) {
		return ""
	}
	return best
}

// editDistance returns the optimal string alignment distance between a and
// b, in bytes: the Levenshtein distance, with a swap of two neighbours
// counted as one edit.
func editDistance(a, b string) int {
	// Three rows of the table: two back, one back, this one.
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}
