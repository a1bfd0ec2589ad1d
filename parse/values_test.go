package parse

import "testing"

// TestParseDocNumberValue checks what a header's 文号 cell may hold around
// the number: a template's brackets, a lost character, a clipped label.
func TestParseDocNumberValue(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"某政办发〔2021〕14号", "某政办发〔2021〕14号"},
		{"〔某政办发〔2021〕14号 〕", "某政办发〔2021〕14号"},
		{"某府[2005]9号？", "某府〔2005〕9号"},
		{"某政办〔2022〕15号 性： 有效", "某政办〔2022〕15号"},
	} {
		n, err := parseDocNumber(tc.in)
		if err != nil || n.Text != tc.want || n.Year == 0 {
			t.Errorf("parseDocNumber(%q) = %+v, %v; want %q with its parts", tc.in, n, err, tc.want)
		}
	}
	// Text that is no 文号 stays as it is, with an error.
	if n, err := parseDocNumber("〔2021〕"); err == nil || n.Text != "〔2021〕" {
		t.Errorf("parseDocNumber(%q) = %+v, %v; want the text and an error", "〔2021〕", n, err)
	}
}
