package notice

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// docNumberTests are real 文号 shapes (see the research notes on value
// formats) and the near misses around them. They seed FuzzParseDocNumber.
var docNumberTests = []struct {
	in   string
	want DocNumber
	err  error // the sentinel wrapped, nil for success
}{
	{in: "苏政办发〔2017〕138号", want: DocNumber{Text: "苏政办发〔2017〕138号", Issuer: "苏政办发", Year: 2017, Seq: "138"}},
	{in: "国办函〔2018〕71号", want: DocNumber{Text: "国办函〔2018〕71号", Issuer: "国办函", Year: 2018, Seq: "71"}},
	{in: "国科发专〔2017〕145号", want: DocNumber{Text: "国科发专〔2017〕145号", Issuer: "国科发专", Year: 2017, Seq: "145"}},
	{in: "国办发明电〔2024〕12号", want: DocNumber{Text: "国办发明电〔2024〕12号", Issuer: "国办发明电", Year: 2024, Seq: "12"}},
	{in: "民航总局〔2006〕80号", want: DocNumber{Text: "民航总局〔2006〕80号", Issuer: "民航总局", Year: 2006, Seq: "80"}},
	{in: "川卫办发[2015]48号", want: DocNumber{Text: "川卫办发〔2015〕48号", Issuer: "川卫办发", Year: 2015, Seq: "48"}},
	{in: "科工法字[2000] 851号", want: DocNumber{Text: "科工法字〔2000〕851号", Issuer: "科工法字", Year: 2000, Seq: "851"}},
	{in: "湘政发【2012】33号", want: DocNumber{Text: "湘政发〔2012〕33号", Issuer: "湘政发", Year: 2012, Seq: "33"}},
	{in: "苏政办发(2017)138号", want: DocNumber{Text: "苏政办发〔2017〕138号", Issuer: "苏政办发", Year: 2017, Seq: "138"}},
	{in: "苏政办发（2017）138号", want: DocNumber{Text: "苏政办发〔2017〕138号", Issuer: "苏政办发", Year: 2017, Seq: "138"}},
	{in: "苏政办发﹝2017﹞138号", want: DocNumber{Text: "苏政办发〔2017〕138号", Issuer: "苏政办发", Year: 2017, Seq: "138"}},
	{in: "苏政办发［２０１７］１３８号", want: DocNumber{Text: "苏政办发〔2017〕138号", Issuer: "苏政办发", Year: 2017, Seq: "138"}},
	{in: "苏政办发 〔 2017 〕 138 号", want: DocNumber{Text: "苏政办发〔2017〕138号", Issuer: "苏政办发", Year: 2017, Seq: "138"}},
	{in: "岳办发〔2017〕071号", want: DocNumber{Text: "岳办发〔2017〕071号", Issuer: "岳办发", Year: 2017, Seq: "071"}},
	{in: "国发〔2018〕43", want: DocNumber{Text: "国发〔2018〕43号", Issuer: "国发", Year: 2018, Seq: "43"}},
	{in: "0482环罚决字〔2025〕14号", want: DocNumber{Text: "0482环罚决字〔2025〕14号", Issuer: "0482环罚决字", Year: 2025, Seq: "14"}},
	{in: "国令第672号", want: DocNumber{Text: "国令第672号", Issuer: "国令", Seq: "672"}},
	{in: "国令第 672 号", want: DocNumber{Text: "国令第672号", Issuer: "国令", Seq: "672"}},
	{in: "国令第672", want: DocNumber{Text: "国令第672号", Issuer: "国令", Seq: "672"}},
	{in: "省政府令第225号", want: DocNumber{Text: "省政府令第225号", Issuer: "省政府令", Seq: "225"}},
	{in: "财政部公告2019年第39号", want: DocNumber{Text: "财政部公告2019年第39号", Issuer: "财政部公告", Year: 2019, Seq: "39"}},
	{in: "海关总署公告2023年第1", want: DocNumber{Text: "海关总署公告2023年第1号", Issuer: "海关总署公告", Year: 2023, Seq: "1"}},
	{in: "某部公告〔2023〕第5号", want: DocNumber{Text: "某部公告〔2023〕第5号", Issuer: "某部公告", Year: 2023, Seq: "5"}},
	{in: "某部公告[2023]第5号", want: DocNumber{Text: "某部公告〔2023〕第5号", Issuer: "某部公告", Year: 2023, Seq: "5"}},
	{in: "揭市环（揭东）责改字〔2024〕15号", want: DocNumber{Text: "揭市环（揭东）责改字〔2024〕15号", Issuer: "揭市环（揭东）责改字", Year: 2024, Seq: "15"}},
	{in: "揭市环(揭东)责改字[2024]15号", want: DocNumber{Text: "揭市环（揭东）责改字〔2024〕15号", Issuer: "揭市环（揭东）责改字", Year: 2024, Seq: "15"}},

	// Kept as text, without parts.
	{in: "国信发20194号", want: DocNumber{Text: "国信发20194号"}, err: ErrSyntax},
	{in: "浙建设发2023103号", want: DocNumber{Text: "浙建设发2023103号"}, err: ErrSyntax},
	{in: "湘政发2014年27号", want: DocNumber{Text: "湘政发2014年27号"}, err: ErrSyntax},
	{in: "〔2017〕138号", want: DocNumber{Text: "〔2017〕138号"}, err: ErrSyntax},
	{in: "第3号", want: DocNumber{Text: "第3号"}, err: ErrSyntax},
	{in: "2019年第39号", want: DocNumber{Text: "2019年第39号"}, err: ErrSyntax},
	{in: "财政部公告1900年第39号", want: DocNumber{Text: "财政部公告1900年第39号"}, err: ErrSyntax},
	{in: "国发〔18〕43号", want: DocNumber{Text: "国发〔18〕43号"}, err: ErrSyntax},
	{in: "国发〔1900〕43号", want: DocNumber{Text: "国发〔1900〕43号"}, err: ErrSyntax},
	{in: "国发〔2018〕", want: DocNumber{Text: "国发〔2018〕"}, err: ErrSyntax},
	{in: "国发〔2018〕号", want: DocNumber{Text: "国发〔2018〕号"}, err: ErrSyntax},
	{in: "国发〔2018〕43号文", want: DocNumber{Text: "国发〔2018〕43号文"}, err: ErrSyntax},
	{in: "国发〔2018〕1234567号", want: DocNumber{Text: "国发〔2018〕1234567号"}, err: ErrSyntax},
	{in: "国发〔201843号", want: DocNumber{Text: "国发〔201843号"}, err: ErrSyntax},
	{in: "国令第六七二号", want: DocNumber{Text: "国令第六七二号"}, err: ErrSyntax},
	{in: "（揭东）责改字〔2024〕15号", want: DocNumber{Text: "（揭东）责改字〔2024〕15号"}, err: ErrSyntax},
	{in: "揭市环（揭东责改字〔2024〕15号", want: DocNumber{Text: "揭市环（揭东责改字〔2024〕15号"}, err: ErrSyntax},
	{in: "\xff国发〔2018〕43号", want: DocNumber{Text: "\xff国发〔2018〕43号"}, err: ErrSyntax},

	// Nothing at all.
	{in: "", err: ErrEmpty},
	{in: "\u3000", err: ErrEmpty},
}

func TestParseDocNumber(t *testing.T) {
	for _, tt := range docNumberTests {
		got, err := ParseDocNumber(tt.in)
		if !errors.Is(err, tt.err) || (err == nil) != (tt.err == nil) {
			t.Errorf("ParseDocNumber(%q) error = %v, want %v", tt.in, err, tt.err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseDocNumber(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
		var ve *ValueError
		if err != nil && (!errors.As(err, &ve) || ve.Type != "doc number" || ve.Value != tt.in) {
			t.Errorf("ParseDocNumber(%q) error = %#v, want a *ValueError for this doc number", tt.in, err)
		}
	}
}

func TestDocNumberText(t *testing.T) {
	for _, text := range []string{"苏政办发〔2017〕138号", "国令第672号", "国信发20194号"} {
		want, _ := ParseDocNumber(text)
		b, err := want.MarshalText()
		if err != nil || string(b) != text {
			t.Errorf("MarshalText() = %q, %v; want %q", b, err, text)
		}
		var got DocNumber
		if err := got.UnmarshalText(b); err != nil {
			t.Errorf("UnmarshalText(%q): %v", b, err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("UnmarshalText(%q) mismatch (-want +got):\n%s", b, diff)
		}
	}
	var n DocNumber
	if err := n.UnmarshalText(nil); !errors.Is(err, ErrEmpty) {
		t.Errorf("UnmarshalText(empty) error = %v, want ErrEmpty", err)
	}
}

func FuzzParseDocNumber(f *testing.F) {
	for _, tt := range docNumberTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseDocNumber(s)
		switch {
		case errors.Is(err, ErrEmpty):
			if n != (DocNumber{}) {
				t.Fatalf("ParseDocNumber(%q) = %#v with ErrEmpty, want the zero value", s, n)
			}
			return
		case err != nil:
			if n != (DocNumber{Text: strings.TrimSpace(s)}) {
				t.Fatalf("ParseDocNumber(%q) = %#v with %v, want the trimmed text alone", s, n, err)
			}
			return
		}
		again, err := ParseDocNumber(n.String())
		if err != nil || again != n {
			t.Fatalf("ParseDocNumber(%q) = %#v, but ParseDocNumber(%q) = %#v, %v", s, n, n.String(), again, err)
		}
	})
}
