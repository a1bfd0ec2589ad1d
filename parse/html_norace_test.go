//go:build !race

package parse

// raceScale divides the size of the hostile pages; without the race
// detector they are tested at full size.
const raceScale = 1
