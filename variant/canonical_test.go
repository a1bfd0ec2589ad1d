package variant

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/govnotice/govnotice/variant/charset"
	"github.com/govnotice/govnotice/variant/internal/fixture"
	"github.com/govnotice/govnotice/variant/script"
)

// TestCanonicalEveryEncoding checks that every encoded fixture gives the
// same canonical text as the UTF-8 text it was made from, and says which
// charset it was.
func TestCanonicalEveryEncoding(t *testing.T) {
	for _, fx := range fixture.Encodings(t, "..") {
		t.Run(strings.TrimPrefix(fx.File, "../testdata/"), func(t *testing.T) {
			want, err := Canonical(fixture.Read(t, fx.Source), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got, err := Canonical(fixture.Read(t, fx.File), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got.Charset.Name != fx.Want {
				t.Errorf("charset %q, want %q", got.Charset.Name, fx.Want)
			}
			if got.InvalidBytes != 0 {
				t.Errorf("%d invalid bytes", got.InvalidBytes)
			}
			if !bytes.Equal(got.Text, want.Text) {
				t.Errorf("canonical text differs from the source's:\n%s", cmp.Diff(string(want.Text), string(got.Text)))
			}
		})
	}
}

func TestCanonicalQixia(t *testing.T) {
	page := fixture.Read(t, "../testdata/pages/qixia-2025-78463.txt")
	got, err := Canonical(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := Result{Charset: charset.Charset{Name: "utf-8", Certain: true}, Script: script.Traditional, PinyinAnnotations: 333}
	if diff := cmp.Diff(want, *got, cmpopts.IgnoreFields(Result{}, "Text"), cmpopts.IgnoreFields(charset.Charset{}, "Encoding")); diff != "" {
		t.Errorf("stats (-want +got):\n%s", diff)
	}
	text := string(got.Text)
	for _, s := range []string{
		"| 索 引 号： | 013033899/2025-78463 | 主题分类： | 综合政务 |", // labels keep inner spaces: that is the parser's job
		"| 组配分类： | 区政府全体会议 |",
		"11月18日上午，栖霞区与南京经济技术开发区",
		"但随着内外部环境的变化", // 隨著 → 随着, our phrase layer
	} {
		if !strings.Contains(text, s) {
			t.Errorf("canonical text lacks %q", s)
		}
	}
	for _, s := range []string{"(", ")", "區", "著", "ū"} {
		if strings.Contains(text, s) {
			t.Errorf("canonical text still holds %q", s)
		}
	}
}

func TestCanonicalOptions(t *testing.T) {
	const in = "區(qū)政府,  隨著\u3000發展(ＧＤＰ２０２５)"
	tests := []struct {
		name string
		opt  Options
		want string
	}{
		{"all steps", Options{}, "区政府， 随着 发展（GDP2025）"},
		{"keep pinyin", Options{KeepPinyin: true}, "区（qū）政府， 随着 发展（GDP2025）"},
		{"keep script", Options{KeepScript: true}, "區政府， 隨著 發展（GDP2025）"},
		{"keep punctuation", Options{KeepPunctuation: true}, "区政府, 随着 发展(ＧＤＰ２０２５)"},
		{"keep space", Options{KeepSpace: true}, "区政府，  随着\u3000发展（GDP2025）"},
		{"keep all", Options{KeepPinyin: true, KeepScript: true, KeepPunctuation: true, KeepSpace: true}, in},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Canonical([]byte(in), tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if string(got.Text) != tt.want {
				t.Errorf("Canonical = %q, want %q", got.Text, tt.want)
			}
			r, err := NewReader(iotest.OneByteReader(strings.NewReader(in)), tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			streamed, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			if string(streamed) != tt.want {
				t.Errorf("NewReader = %q, want %q", streamed, tt.want)
			}
		})
	}
}

func TestCanonicalExplicitCharset(t *testing.T) {
	gbk := fixture.Read(t, "../testdata/encodings/govcn-guobanhan-2018-71.gbk.txt")
	want, _ := Canonical(fixture.Read(t, "../testdata/pages/govcn-guobanhan-2018-71.txt"), Options{})
	got, err := Canonical(gbk, Options{Charset: "GBK"})
	if err != nil {
		t.Fatal(err)
	}
	if got.Charset.Name != "gb18030" || !bytes.Equal(got.Text, want.Text) {
		t.Errorf("Canonical(GBK bytes, charset GBK): charset %q, text equal %v", got.Charset.Name, bytes.Equal(got.Text, want.Text))
	}
	// Naming the wrong charset is obeyed, and the damage is counted.
	wrong, err := Canonical(gbk, Options{Charset: "utf-8"})
	if err != nil {
		t.Fatal(err)
	}
	if wrong.InvalidBytes == 0 {
		t.Error("GBK bytes read as UTF-8 gave no invalid bytes")
	}
	var unknown *charset.UnknownError
	if _, err := Canonical(gbk, Options{Charset: "klingon"}); !errors.As(err, &unknown) {
		t.Errorf("unknown charset: error %v, want *charset.UnknownError", err)
	}
	if _, err := NewReader(bytes.NewReader(gbk), Options{Charset: "klingon"}); !errors.As(err, &unknown) {
		t.Errorf("NewReader with unknown charset: error %v, want *charset.UnknownError", err)
	}
}

// TestReaderStreamsLongInput checks that the reader gives the same text as
// Canonical on an input far longer than its look-ahead, fed in odd pieces.
func TestReaderStreamsLongInput(t *testing.T) {
	page := fixture.Read(t, "../testdata/encodings/qixia-2025-78463.gb18030.txt")
	long := bytes.Repeat(page, 40) // ~220 KB, beyond the 64 KiB sniff
	want, err := Canonical(long, Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := NewReader(iotest.HalfReader(bytes.NewReader(long)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want.Text) {
		t.Fatal("streamed text differs from Canonical")
	}
	if st := r.Stats(); st.PinyinAnnotations != 40*333 || st.Charset.Name != "gb18030" || st.Script != script.Traditional {
		t.Errorf("stats = %+v", st)
	}
}

// TestCanonicalReplacementStreamed checks the replacement charsets, which
// gave two U+FFFD whole and one streamed: both give the one U+FFFD of the
// WHATWG replacement decoder, and nothing for empty input.
func TestCanonicalReplacementStreamed(t *testing.T) {
	for _, label := range []string{"hz-gb-2312", "iso-2022-kr", "iso-2022-cn"} {
		for mask := range 16 {
			opt := canonicalFuzzOptions(label, uint8(mask))
			for _, in := range []string{"", "0", "a b\n"} {
				want := "\uFFFD"
				if in == "" {
					want = ""
				}
				r := checkStreamed(t, []byte(in), opt, 3, 1)
				if string(r.Text) != want || r.InvalidBytes != len(in)/max(len(in), 1) {
					t.Errorf("%q, %+v: %q, %d invalid; want %q", in, opt, r.Text, r.InvalidBytes, want)
				}
			}
		}
	}
}

// TestCanonicalHostileNFC runs the chain on inputs that broke its NFC step:
// a U+FFFD in the page before a character norm must see (ErrShortSrc at the
// end of input, from Canonical and a Reader alike), and invalid bytes
// between such characters (a WriteTo that seemed to hang).
func TestCanonicalHostileNFC(t *testing.T) {
	for _, in := range []string{
		"一二三四五六七八九十\xef\xbf\xbdゅ0",
		"\n缜镝凙匒铝\ufffdゅ0\n", // the text form of a parsed record
		"\ufeff\xbf\xbd",
		"\ufeff" + strings.Repeat("①\xff", 5000),
	} {
		for mask := range 16 {
			for _, feed := range [][2]int{{1, 1}, {3, 1}, {5, 7}} {
				if r := checkStreamed(t, []byte(in), canonicalFuzzOptions("", uint8(mask)), feed[0], feed[1]); r == nil {
					t.Fatalf("%q: no result", in)
				}
			}
		}
	}
}

func TestReaderReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	r, err := NewReader(io.MultiReader(strings.NewReader("栖霞区"), iotest.ErrReader(boom)), Options{})
	if err == nil {
		_, err = io.ReadAll(r)
	}
	if !errors.Is(err, boom) {
		t.Errorf("error %v, want %v", err, boom)
	}
}

func FuzzCanonical(f *testing.F) {
	for _, name := range []string{"qixia-2025-78463", "nanjing-mirror-traditional-pinyin"} {
		page := fixture.Read(f, "../testdata/pages/"+name+".txt")
		f.Add(page[:min(len(page), 600)])
	}
	f.Add([]byte("\xff\xfe\x00\x00區"))
	f.Add([]byte("創("))
	f.Fuzz(func(t *testing.T, data []byte) {
		whole, err := Canonical(data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.Valid(whole.Text) {
			t.Fatalf("output is not UTF-8: %q", whole.Text)
		}
		r, err := NewReader(iotest.OneByteReader(bytes.NewReader(data)), Options{})
		if err != nil {
			t.Fatal(err)
		}
		streamed, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(streamed, whole.Text) {
			t.Fatalf("streamed %q, whole %q", streamed, whole.Text)
		}
	})
}

// BenchmarkCanonical runs the whole chain on annotated Traditional text, the
// most work per byte a page can ask for.
func BenchmarkCanonical(b *testing.B) {
	page := fixture.Read(b, "../testdata/pages/qixia-2025-78463.txt")
	for _, bc := range []struct {
		name string
		data []byte
	}{
		{"annotated-traditional-utf8", bytes.Repeat(page, 1<<20/len(page))},
		{"annotated-traditional-gb18030", bytes.Repeat(fixture.Read(b, "../testdata/encodings/qixia-2025-78463.gb18030.txt"), 1<<20/len(page))},
		{"simplified-utf8", bytes.Repeat(fixture.Read(b, "../testdata/pages/jiangxi-wanzai-statistics-2023.txt"), 1<<20/20000)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Canonical(bc.data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReader streams text through [NewReader], as library callers do: plain Traditional
// text (the Qixia page without its annotations, the kind of input the OpenCC CLI is compared on)
// and annotated Traditional text. govnotice text runs the chain split in two on two goroutines;
// see its BenchmarkText.
func BenchmarkReader(b *testing.B) {
	page := fixture.Read(b, "../testdata/pages/qixia-2025-78463.txt")
	plain, err := Canonical(page, Options{KeepScript: true, KeepPunctuation: true})
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		data []byte
	}{
		{"traditional-utf8", bytes.Repeat(plain.Text, 1<<20/len(plain.Text))},
		{"annotated-traditional-utf8", bytes.Repeat(page, 1<<20/len(page))},
	} {
		b.Run(bc.name+"/one-goroutine", func(b *testing.B) {
			b.SetBytes(int64(len(bc.data)))
			b.ReportAllocs()
			for b.Loop() {
				r, err := NewReader(bytes.NewReader(bc.data), Options{})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := io.Copy(io.Discard, r); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestReaderFeeds checks that every way of reading a Reader gives the text and counts
// Canonical gives, through Read with buffers of any size and through io.Copy, over sources that
// return little at a time or their last bytes with io.EOF.
func TestReaderFeeds(t *testing.T) {
	page := fixture.Read(t, "../testdata/encodings/qixia-2025-78463.gb18030.txt")
	long := bytes.Repeat(page, 30) // beyond the 64 KiB read ahead
	want, err := Canonical(long, Options{})
	if err != nil {
		t.Fatal(err)
	}
	sources := map[string]func() io.Reader{
		"plain":    func() io.Reader { return bytes.NewReader(long) },
		"one byte": func() io.Reader { return iotest.OneByteReader(bytes.NewReader(long)) },
		"half":     func() io.Reader { return iotest.HalfReader(bytes.NewReader(long)) },
		"data+EOF": func() io.Reader { return iotest.DataErrReader(bytes.NewReader(long)) },
	}
	reads := map[string]func(r *Reader) ([]byte, error){
		"ReadAll": func(r *Reader) ([]byte, error) { return io.ReadAll(r) },
		"Read 1": func(r *Reader) ([]byte, error) {
			return io.ReadAll(iotest.OneByteReader(r))
		},
		"Read 100001": func(r *Reader) ([]byte, error) {
			var out []byte
			p := make([]byte, 100001)
			for {
				n, err := r.Read(p)
				out = append(out, p[:n]...)
				if err == io.EOF {
					return out, nil
				} else if err != nil {
					return out, err
				}
			}
		},
		"io.Copy (WriteTo)": func(r *Reader) ([]byte, error) {
			var b bytes.Buffer
			_, err := io.Copy(&b, r)
			return b.Bytes(), err
		},
		"Read then WriteTo": func(r *Reader) ([]byte, error) {
			head := make([]byte, 1000)
			n, err := io.ReadFull(r, head)
			if err != nil {
				return nil, err
			}
			b := bytes.NewBuffer(head[:n])
			_, err = r.WriteTo(b)
			return b.Bytes(), err
		},
	}
	wantStats := statsOf(*want)
	for sname, source := range sources {
		for rname, read := range reads {
			r, err := NewReader(source(), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got, err := read(r)
			if err != nil {
				t.Errorf("%s source, %s: %v", sname, rname, err)
				continue
			}
			if !bytes.Equal(got, want.Text) {
				t.Errorf("%s source, %s: %d bytes differ from Canonical's %d", sname, rname, len(got), len(want.Text))
			}
			if st := statsOf(r.Stats()); st != wantStats {
				t.Errorf("%s source, %s: stats %+v, want %+v", sname, rname, st, wantStats)
			}
			if n, err := r.Read(make([]byte, 10)); n != 0 || err != io.EOF {
				t.Errorf("%s source, %s: Read at the end = %d, %v", sname, rname, n, err)
			}
		}
	}
}

// blockCounter records the size of each Write. Like an *os.File it has a ReadFrom, which takes
// what a reader gives a Read at a time.
type blockCounter struct{ sizes []int }

func (c *blockCounter) Write(p []byte) (int, error) {
	c.sizes = append(c.sizes, len(p))
	return len(p), nil
}

func (c *blockCounter) ReadFrom(r io.Reader) (int64, error) {
	return io.Copy(struct{ io.Writer }{c}, r)
}

// TestReaderWriteTo checks that io.Copy from a Reader writes 64 KiB pieces, all but the last,
// to a writer that has a ReadFrom of its own, as a file has: copying to a file takes few system
// calls.
func TestReaderWriteTo(t *testing.T) {
	long := bytes.Repeat(fixture.Read(t, "../testdata/pages/qixia-2025-78463.txt"), 40)
	r, err := NewReader(bytes.NewReader(long), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var w blockCounter
	if _, err := io.Copy(&w, r); err != nil {
		t.Fatal(err)
	}
	if len(w.sizes) < 2 {
		t.Fatalf("%d writes", len(w.sizes))
	}
	for i, n := range w.sizes[:len(w.sizes)-1] {
		if n != writeToBlock {
			t.Fatalf("write %d of %d has %d bytes, want %d", i, len(w.sizes), n, writeToBlock)
		}
	}
}

// errWriter fails after accepting n bytes.
type errWriter struct{ n int }

var errWriterFull = errors.New("disk full")

func (w *errWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		m := w.n
		w.n = 0
		return m, errWriterFull
	}
	w.n -= len(p)
	return len(p), nil
}

// TestReaderWriteToErrors checks that WriteTo ends with the error of a failing writer or source.
func TestReaderWriteToErrors(t *testing.T) {
	long := bytes.Repeat(fixture.Read(t, "../testdata/pages/qixia-2025-78463.txt"), 30)
	r, err := NewReader(bytes.NewReader(long), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n, err := r.WriteTo(&errWriter{n: 70000}); n != 70000 || !errors.Is(err, errWriterFull) {
		t.Errorf("WriteTo a writer that fails after 70000 bytes: %d, %v", n, err)
	}
	boom := errors.New("disk on fire")
	r, err = NewReader(io.MultiReader(bytes.NewReader(long), iotest.ErrReader(boom)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.WriteTo(io.Discard); !errors.Is(err, boom) {
		t.Errorf("WriteTo from a failing source: %v, want %v", err, boom)
	}
}

// TestChainSplit checks that the halves of a split Chain, one after the other, give what the
// Chain gives, text and counts, with every combination of steps.
func TestChainSplit(t *testing.T) {
	page := fixture.Read(t, "../testdata/pages/nanjing-mirror-traditional-pinyin.txt")
	for mask := range 16 {
		opt := Options{KeepPinyin: mask&1 != 0, KeepScript: mask&2 != 0, KeepPunctuation: mask&4 != 0, KeepSpace: mask&8 != 0}
		want, err := Canonical(page, opt)
		if err != nil {
			t.Fatal(err)
		}
		c := NewChain(want.Charset, opt)
		head, tail, ok := c.Split()
		if wantOK := !opt.KeepPunctuation || !opt.KeepSpace; ok != wantOK {
			t.Errorf("%+v: Split ok = %v, want %v", opt, ok, wantOK)
		}
		got := fedChunks(t, head, string(page), 7, 5)
		if ok {
			got = fedChunks(t, tail, got, 7, 5) // on a stream of its own
		}
		st := c.Stats()
		st.Charset.Certain = want.Charset.Certain
		if got != string(want.Text) || statsOf(st) != statsOf(*want) {
			t.Errorf("%+v: the halves gave %d bytes, stats %+v; Canonical %d bytes, stats %+v", opt, len(got), statsOf(st), len(want.Text), statsOf(*want))
		}
	}
}

// stats is the comparable part of a Result: what was found, not the text.
type stats struct {
	charset           string
	certain           bool
	script            script.Script
	pinyinAnnotations int
	invalidBytes      int
}

func statsOf(r Result) stats {
	return stats{r.Charset.Name, r.Charset.Certain, r.Script, r.PinyinAnnotations, r.InvalidBytes}
}
