package page

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestHasControl checks HasControl, which reads bytes, against IsControl,
// which reads characters, on every character that starts with a byte of
// the table and on text around them.
func TestHasControl(t *testing.T) {
	var rs []rune
	for r := rune(0); r < 0x100; r++ {
		rs = append(rs, r)
	}
	rs = append(rs, '\ufffd', '\ufffe', '\uffff', '\ufeff', '中', '。', 0x2028)
	for _, r := range rs {
		for _, s := range []string{string(r), "正文。" + string(r), string(r) + "正文。", "a" + string(r) + "b"} {
			want := strings.ContainsFunc(s, IsControl)
			if got := HasControl(s); got != want {
				t.Errorf("HasControl(%q) = %v, want %v", s, got, want)
			}
		}
	}
	// A byte of the table that starts no control: C2 A0 (no-break space),
	// EF BF BD (U+FFFD), and bytes cut off at the end.
	for _, s := range []string{"\u00a0", "\ufffd", "\xc2", "\xef\xbf"} {
		if HasControl(s) && utf8.ValidString(s) {
			t.Errorf("HasControl(%q) = true", s)
		}
	}
}

// TestCursorNextText checks that nextText passes blank lines, white space
// and control characters alone included, and keeps the line numbers.
func TestCursorNextText(t *testing.T) {
	c := cursor{text: "\n \t\n甲\r\n\r\n\x00\n乙"}
	var got []string
	var nums []int
	for {
		l, ok := c.nextText()
		if !ok {
			break
		}
		got, nums = append(got, l.text), append(nums, l.num)
	}
	if want := []string{"甲", "乙"}; !slices.Equal(got, want) || !slices.Equal(nums, []int{3, 6}) {
		t.Errorf("nextText gives %q at lines %v, want %q at [3 6]", got, nums, want)
	}
}
