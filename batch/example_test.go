package batch_test

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/govnotice/govnotice/batch"
)

// Results come out in the order of the items, however many workers there
// are and whichever finishes first.
func ExampleOrdered() {
	words := slices.Values([]string{"索引号", "发布机构", "", "生成日期"})
	err := batch.Ordered(context.Background(), 4, words,
		func(ctx context.Context, w string) string {
			return strings.Repeat("*", len([]rune(w)))
		},
		func(stars string) error {
			fmt.Printf("%q\n", stars)
			return nil
		})
	if err != nil {
		fmt.Println(err)
	}
	// Output:
	// "***"
	// "****"
	// ""
	// "****"
}

// An error from emit stops the run: no item after it is emitted, and
// Ordered returns the error.
func ExampleOrdered_stop() {
	errFull := fmt.Errorf("disk full")
	n := 0
	err := batch.Ordered(context.Background(), 2, slices.Values([]int{1, 2, 3, 4, 5}),
		func(ctx context.Context, i int) int { return i * 10 },
		func(r int) error {
			if n++; n == 3 {
				return errFull
			}
			fmt.Println(r)
			return nil
		})
	fmt.Println(err)
	// Output:
	// 10
	// 20
	// disk full
}
