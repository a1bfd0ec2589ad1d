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
)

// TestCanonicalEveryEncoding checks that every encoded fixture gives the
// same canonical text as the UTF-8 text it was made from, and says which
// charset it was.
func TestCanonicalEveryEncoding(t *testing.T) {
	for _, fx := range charsetFixtures(t) {
		t.Run(strings.TrimPrefix(fx.file, "../testdata/"), func(t *testing.T) {
			want, err := Canonical(charsetRead(t, fx.source), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got, err := Canonical(charsetRead(t, fx.file), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got.Charset.Name != fx.want {
				t.Errorf("charset %q, want %q", got.Charset.Name, fx.want)
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
	page := charsetRead(t, "../testdata/pages/qixia-2025-78463.txt")
	got, err := Canonical(page, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := Result{Charset: Charset{Name: "utf-8", Certain: true}, Script: ScriptTraditional, PinyinAnnotations: 333}
	if diff := cmp.Diff(want, *got, cmpopts.IgnoreFields(Result{}, "Text"), cmpopts.IgnoreFields(Charset{}, "Encoding")); diff != "" {
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
	gbk := charsetRead(t, "../testdata/encodings/govcn-guobanhan-2018-71.gbk.txt")
	want, _ := Canonical(charsetRead(t, "../testdata/pages/govcn-guobanhan-2018-71.txt"), Options{})
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
	var unknown *UnknownCharsetError
	if _, err := Canonical(gbk, Options{Charset: "klingon"}); !errors.As(err, &unknown) {
		t.Errorf("unknown charset: error %v, want *UnknownCharsetError", err)
	}
	if _, err := NewReader(bytes.NewReader(gbk), Options{Charset: "klingon"}); !errors.As(err, &unknown) {
		t.Errorf("NewReader with unknown charset: error %v, want *UnknownCharsetError", err)
	}
}

// TestReaderStreamsLongInput checks that the reader gives the same text as
// Canonical on an input far longer than its look-ahead, fed in odd pieces.
func TestReaderStreamsLongInput(t *testing.T) {
	page := charsetRead(t, "../testdata/encodings/qixia-2025-78463.gb18030.txt")
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
	if st := r.Stats(); st.PinyinAnnotations != 40*333 || st.Charset.Name != "gb18030" || st.Script != ScriptTraditional {
		t.Errorf("stats = %+v", st)
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
		page := charsetRead(f, "../testdata/pages/"+name+".txt")
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
	page := charsetRead(b, "../testdata/pages/qixia-2025-78463.txt")
	for _, bc := range []struct {
		name string
		data []byte
	}{
		{"annotated-traditional-utf8", bytes.Repeat(page, 1<<20/len(page))},
		{"annotated-traditional-gb18030", bytes.Repeat(charsetRead(b, "../testdata/encodings/qixia-2025-78463.gb18030.txt"), 1<<20/len(page))},
		{"simplified-utf8", bytes.Repeat(charsetRead(b, "../testdata/pages/jiangxi-wanzai-statistics-2023.txt"), 1<<20/20000)},
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

// BenchmarkReader streams text through [NewReader], as govnotice text does:
// plain Traditional text (the Qixia page without its annotations, the kind of
// input the OpenCC CLI is compared on) and annotated Traditional text.
func BenchmarkReader(b *testing.B) {
	page := charsetRead(b, "../testdata/pages/qixia-2025-78463.txt")
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
		b.Run(bc.name, func(b *testing.B) {
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
