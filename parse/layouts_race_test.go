//go:build race

package parse

// layoutRaceScale divides the cases of the layout space under the race
// detector, which slows parsing about tenfold.
const layoutRaceScale = 10
