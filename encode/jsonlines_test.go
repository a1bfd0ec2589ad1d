package encode_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
)

// TestJSONLinesReader checks that bad lines are reported by number and
// reading goes on, over every reader shape.
func TestJSONLinesReader(t *testing.T) {
	a, b := mustJSON(t, &notice.Notice{Title: "a"}), mustJSON(t, &notice.Notice{Title: "b"})
	in := "\uFEFF" + a + "\n" + // a byte order mark is skipped
		"\n" + // blank lines are skipped
		"  \t\r\n" +
		`{"title":1}` + "\n" + // line 4: a bad record
		strings.Repeat("x", 700) + "\n" + // line 5: too long
		b + "\r\n" + // CRLF
		"{" + // line 7: truncated, no final newline
		""
	type result struct {
		Title string
		Line  int
		Err   error
	}
	want := []result{
		{Title: "a"},
		{Line: 4, Err: notice.ErrType},
		{Line: 5, Err: encode.ErrLineTooLong},
		{Title: "b"},
		{Line: 7, Err: notice.ErrMalformed},
	}
	readers := map[string]func(string) io.Reader{
		"whole":    func(s string) io.Reader { return strings.NewReader(s) },
		"one byte": func(s string) io.Reader { return iotest.OneByteReader(strings.NewReader(s)) },
		"half":     func(s string) io.Reader { return iotest.HalfReader(strings.NewReader(s)) },
	}
	for name, reader := range readers {
		t.Run(name, func(t *testing.T) {
			r := encode.NewJSONLinesReader(reader(in))
			r.MaxLineSize = 600
			var got []result
			for n, err := range r.All() {
				if err != nil {
					var le *encode.LineError
					if !errors.As(err, &le) {
						t.Fatalf("error %v is not a LineError", err)
					}
					got = append(got, result{Line: le.Line, Err: errors.Unwrap(err)})
					continue
				}
				got = append(got, result{Title: n.Title})
			}
			if len(got) != len(want) {
				t.Fatalf("got %v, want %v", got, want)
			}
			for i := range want {
				if got[i].Title != want[i].Title || got[i].Line != want[i].Line || !errors.Is(got[i].Err, want[i].Err) {
					t.Errorf("result %d = %+v, want %+v", i, got[i], want[i])
				}
			}
		})
	}
}

// TestJSONLinesLongLines checks lines longer than the read buffer: kept up
// to MaxLineSize, reported and skipped beyond it.
func TestJSONLinesLongLines(t *testing.T) {
	long := &notice.Notice{Body: []string{strings.Repeat("栖霞", 100_000)}} // 600 KB
	line := mustJSON(t, long)
	in := line + "\n" + line + "\n" + mustJSON(t, &notice.Notice{Title: "after"})
	for _, max := range []int{0, len(line) + 1, len(line)} {
		r := encode.NewJSONLinesReader(strings.NewReader(in))
		r.MaxLineSize = max
		var titles []string
		var errs []error
		for n, err := range r.All() {
			if err != nil {
				errs = append(errs, err)
				continue
			}
			titles = append(titles, n.Title)
		}
		fits := max == 0 || max > len(line)
		if fits && (len(errs) != 0 || len(titles) != 3) || !fits && (len(errs) != 2 || !errors.Is(errs[1], encode.ErrLineTooLong) || len(titles) != 1) {
			t.Errorf("MaxLineSize %d: titles %q, errors %v", max, titles, errs)
		}
	}
}

// TestJSONLinesReadError checks that an error from the underlying reader
// ends the reading and is returned as it is.
func TestJSONLinesReadError(t *testing.T) {
	boom := errors.New("boom")
	in := io.MultiReader(strings.NewReader(mustJSON(t, &notice.Notice{})+"\n"), iotest.ErrReader(boom))
	var got []error
	for _, err := range encode.NewJSONLinesReader(in).All() {
		got = append(got, err)
	}
	if len(got) != 2 || got[0] != nil || got[1] != boom {
		t.Errorf("errors = %v, want [nil boom]", got)
	}
}

// TestJSONLinesWriter checks one compact record a line, and that a refused
// record writes nothing.
func TestJSONLinesWriter(t *testing.T) {
	var out bytes.Buffer
	w := encode.NewJSONLinesWriter(&out)
	for _, n := range []*notice.Notice{{Title: "a\nb"}, {Title: "\xff"}, {Title: "c"}} {
		if err := w.Write(n); err != nil && !errors.Is(err, notice.ErrInvalidUTF8) {
			t.Fatal(err)
		}
	}
	lines := strings.Split(out.String(), "\n")
	if len(lines) != 3 || lines[2] != "" {
		t.Fatalf("output is not two lines:\n%s", out.String())
	}
	want := []*notice.Notice{{Title: "a\nb"}, {Title: "c"}}
	got, err := readJSONLines(&out)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
