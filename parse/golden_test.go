package parse

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/internal/golden"
	"github.com/govnotice/govnotice/notice"
)

// A sample is a real page and the golden file stem of its record.
type sample struct {
	path   string // the page
	golden string // testdata/golden/<golden>.json and .xml
}

// samples returns the sample pages: those of testdata/pages, with their
// goldens in testdata/golden, and the pages without a metadata header of
// testdata/nohead, with theirs in testdata/golden/nohead.
func samples(t testing.TB) []sample {
	t.Helper()
	var out []sample
	for _, dir := range []struct{ pages, golden string }{
		{"pages", ""},
		{"nohead", "nohead"},
	} {
		paths, err := filepath.Glob(filepath.Join("..", "testdata", dir.pages, "*.txt"))
		if err != nil || len(paths) == 0 {
			t.Fatalf("no pages in ../testdata/%s: %v", dir.pages, err)
		}
		for _, path := range paths {
			name := strings.TrimSuffix(filepath.Base(path), ".txt")
			out = append(out, sample{path: path, golden: filepath.Join(dir.golden, name)})
		}
	}
	return out
}

// TestGolden parses every sample page and compares its record, as JSON and
// as XML, with its golden files. Run with -update to rewrite them, then
// read the diff.
func TestGolden(t *testing.T) {
	for _, s := range samples(t) {
		t.Run(s.golden, func(t *testing.T) {
			page, err := os.ReadFile(s.path)
			if err != nil {
				t.Fatal(err)
			}
			n, err := Parse(page)
			if err != nil {
				t.Fatal(err)
			}
			for _, form := range []struct {
				ext    string
				encode func(*bytes.Buffer, *notice.Notice) error
			}{
				{".json", func(b *bytes.Buffer, n *notice.Notice) error { return encode.JSON(b, n) }},
				{".xml", func(b *bytes.Buffer, n *notice.Notice) error { return encode.XML(b, n) }},
			} {
				var got bytes.Buffer
				if err := form.encode(&got, n); err != nil {
					t.Fatalf("%s: %v", form.ext, err)
				}
				golden.Check(t, filepath.Join("..", "testdata", "golden", s.golden+form.ext), got.Bytes())
			}
		})
	}
}

// roundTripPages returns every page of the repository's testdata: the
// sample pages, the HTML pages, the evaluation pages, the variants and
// encodings of the sample pages, and the records' text forms.
func roundTripPages(t testing.TB) []string {
	t.Helper()
	var paths []string
	err := filepath.WalkDir(filepath.Join("..", "testdata"), func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if ext := filepath.Ext(path); !d.IsDir() && (ext == ".txt" || ext == ".html") {
			paths = append(paths, path)
		}
		return nil
	})
	if err != nil || len(paths) < 300 {
		t.Fatalf("pages under ../testdata: %d, %v", len(paths), err)
	}
	return paths
}

// TestTextRoundTrip writes the record of every page of the repository that
// parses back as a page with encode.Text and parses that: the record must
// come back the same, but for Input, which describes the page read.
func TestTextRoundTrip(t *testing.T) {
	for _, path := range roundTripPages(t) {
		name, _ := filepath.Rel(filepath.Join("..", "testdata"), path)
		t.Run(filepath.ToSlash(name), func(t *testing.T) {
			page, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			n, err := Parse(page)
			if err != nil {
				t.Skipf("the page does not parse: %v", err)
			}
			msg := textRoundTrip(n)
			why, known := knownRoundTripMisses[filepath.ToSlash(name)]
			switch {
			case known && msg == "":
				t.Errorf("comes back whole now: take it off knownRoundTripMisses (%s)", why)
			case known:
				t.Skipf("known: %s", why)
			case msg != "":
				t.Error(msg)
			}
		})
	}
}

// knownRoundTripMisses are the pages whose record the text form does not
// bring back, each with the reason. Most are stored copies that lost
// characters: the signature's date lost its 年月日 (so signed is empty and
// the signers stand where the text form cannot show them without a date),
// an addressee lost its colon, or a document shows its head twice. The test fails when one of them comes
// back whole, so that the list only shrinks.
var knownRoundTripMisses = map[string]string{
	"eval/pages/jilin-500zi-qianguo-jiegan-jinshao-tonggao.txt":                                "a date without its year (10月14日) under the signer, whom the text form writes over it where the date closes no signature",
	"eval/pages/liaoning-lntaian-2023-shoufei-mulu-qingdan-gonggao.txt":                        "a signer over a date that lost its 年月日, under a title that ends past its kind (…的公告-…目录清单), whom the text form cannot write without a date",
	"eval/pages/tianjin-tjbc-2021-beichenzhengbanfa-14-xietong-guihua.txt":                     "a 附注 over the plan the notice prints, under a date that lost its 月 and 日 and no signer: an appendix the text form cannot write without a signature",
	"eval/pages/henan-puyangxian-mirror-2021-gengdi-wenti-huifu.txt":                           "a reply whose 办理情况 label stands in a table's cell over the text; the text form writes the cell's line as the header's last pair",
	"eval/pages/jiangsu-lianyun-lhj-2022-liandao-yugang-shigong-hangxing-tonggao.txt":          "a 附件 line under a date with no signer read as the header's attachments; the text form writes them in the header",
	"eval/pages/gansu-jingtai-2021-senlin-caoyuan-fanghuo-mingling-jiedu.txt":                  "所属机构 beside an empty 发布机构 stays an extra pair; alone in the text form's header it names the publisher",
	"eval/pages/heilongjiang-duomaikm-harbin-mirror-2017-rendachangweihui-gonggao-7.txt":       "a date alone under a 公告 whose last paragraph a spam phrase broke; the text form writes no head that lets a date close it",
	"eval/pages/sichuan-scvtc-suining-2008-suifuhan-45-zuidi-gongzi.txt":                       "the site's footer under the signature read as an appendix, which the text form writes where it no longer closes the signature",
	"eval/pages/sichuan-scxcsyjt-mianyang-2008-chengqu-jianzhu-zhatu-guanli-tongzhi.txt":       "a source with a bar in it (某局|www.…) that the text form's header cannot carry",
	"eval/pages/anhui-shucheng-2020-dizhi-zaihai-yuan.txt":                                     "a date that lost its 年月日 between the signature and the plan the notice prints",
	"eval/pages/heilongjiang-dongning-2018-ganhan-yuan.txt":                                    "signers over a date that lost its 年月日, under a 正文 that lost its full stop",
	"eval/pages/henan-jiaozuo-shifanqu-2020-jiaoshiguanwen-64-yingji.txt":                      "a date that lost its 年月日 between the 正文 and the appendix",
	"eval/pages/hubei-wikisource-jingmen-2020-zhihuibu-5haoling.txt":                           "a library's page that lists other orders above this one's addressee",
	"eval/pages/jiangxi-ganzhou-2015-yigai-gongzuo-yaodian.txt":                                "a date that lost its 年月日 and the signer under the 正文",
	"eval/pages/national-mee-tastyfever-2020-changsanjiao-qiudong.txt":                         "a news repost whose notice stands under the site's summary",
	"eval/pages/shanghai-pudong-2022-pufu-1-gongzuo-guize.txt":                                 "a date that lost its 年月日 between the 附注 and the appendix",
	"eval/pages/tianjin-dongli-2018-dongli-zhengfa-gongzuo-guize.txt":                          "a date that lost its 年月日 between the 附注 and the appendix",
	"eval/pages/qinghai-zeku-2023-zexiangzhenban-21-xianjie-zijin-gonggao.txt":                 "the heading's title cut short over the whole title split over two lines, read as its copy once written back",
	"eval/pages/guangxi-nnxn-2020-yingshang-huanjing.txt":                                      "signers over a date that lost its 年月日, under a 正文 that lost its full stop",
	"eval/pages/neimenggu-xlgl-2016-xishufa-152-caoyuan-bujiang.txt":                           "an appendix title split over two lines whose ASCII parentheses around digits canonical text widens once the title is one line",
	"eval/pages/hunan-newton-mirror-2015-hengyang-qixiang-xiandaihua-yijian.txt":               "an encyclopedia's blurb and infobox between the title and its copy over the addressee, read as a document once the text form's header gives the title",
	"eval/pages/shanxi-jcgov-swj-2022-renda-jianyi-194-shuiwang.txt":                           "a signature date that lost its 年 and 月 under the signer, whom the text form cannot write without a date",
	"eval/pages/anhui-yuan-fgw-2024-sheqi-shoufei-qingdan.txt":                                 "a signature date that lost its 月 and 日 (2024126) under three signers, whom the text form cannot write without a date",
	"eval/pages/hunan-chnzj-2025-yanhua-baozhu-fankui.txt":                                     "a heading of no document's kind over the page's date heads a signed 正文; as the text form's header title it does not count, so the signature stays text",
	"eval/pages/henan-dingxinwen-suiyang-2024-chengxiang-yanglao-zhengjiao-tongzhi.txt":        "a short last line of the 正文 (税务服务大厅) right over the signer, read as a second signer once the text form's header gives the title",
	"eval/pages/liaoning-chaoyang-ybj-2023-jumin-yibao-zhuyuan-zhifu-bili-zhengqiu-yijian.txt": "a draft printed under the signature with an addressee of its own, read as the document's once the text form's header gives the title",
	"eval/pages/xinjiang-xjakt-zjj-2025-taojianti-12-zhengxie-75hao-tian-dafuhan.txt":          "a signature date that lost its 年 and 月 (2025613日) under the signer, whom the text form cannot write without a date",
	"eval/pages/sichuan-langzhong-2024-xinzeng-sanji-gushu-minglu-tonggao.txt":                 "a signature date that lost its 年月日 (2024611) under the signer, whom the text form cannot write without a date",
}

// textRoundTrip writes n with encode.Text, parses what it wrote and
// returns what differs from n (but for Input), or "" when nothing does.
func textRoundTrip(n *notice.Notice) string {
	var text bytes.Buffer
	if err := encode.Text(&text, n); err != nil {
		return fmt.Sprintf("encode.Text: %v", err)
	}
	back, err := Parse(text.Bytes())
	if err != nil {
		return fmt.Sprintf("parsing the text form: %v\ntext form:\n%s", err, text.String())
	}
	if diff := cmp.Diff(n, back, cmpopts.IgnoreFields(notice.Notice{}, "Input")); diff != "" {
		return fmt.Sprintf("record read back from its text form (-first +second):\n%s\ntext form:\n%s", diff, text.String())
	}
	return ""
}

// TestQixiaGoldenIsTheDocumented pins the Qixia golden to the record of
// FORMAT.md §3.6, which package encode keeps by hand, so that -update
// cannot drift from the format document.
func TestQixiaGoldenIsTheDocumented(t *testing.T) {
	golden, err := os.ReadFile("../testdata/golden/qixia-2025-78463.json")
	if err != nil {
		t.Fatal(err)
	}
	documented, err := os.ReadFile("../testdata/records/qixia-2025-78463.json")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(documented), string(golden)); diff != "" {
		t.Errorf("Qixia golden differs from the FORMAT.md record (-format +golden):\n%s", diff)
	}
}
