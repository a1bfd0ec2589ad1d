//go:build !race

package parse

// layoutRaceScale divides the cases of the layout space; without the race
// detector every case runs.
const layoutRaceScale = 1
