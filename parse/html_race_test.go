//go:build race

package parse

// raceScale divides the size of the hostile pages under the race
// detector, which slows the HTML parser about tenfold.
const raceScale = 10
