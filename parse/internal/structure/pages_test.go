package structure

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/govnotice/govnotice/variant/space"
)

// outline is what a test of a real page checks of its Doc: every part but
// the paragraphs, which it counts and identifies by their first characters.
type outline struct {
	Recognized  bool
	Title       string
	DocNumber   string
	Addressee   string
	Body        int
	FirstBody   string
	Attachments []string
	Signers     []string
	Signed      string
	Notes       []string
	Appendices  []string
	CC          []string
	Printed     string
	Source      string
	Published   string
	Chrome      int
	Trailing    []string
	Warnings    []Warning
}

// prefixRunes is how many characters of the first paragraph an outline keeps.
const prefixRunes = 12

func outlineOf(d Doc) outline {
	o := outline{
		Recognized: d.Recognized,
		Title:      d.Title,
		Addressee:  d.Addressee,
		Body:       len(d.Body),
		Signers:    d.Signers,
		Notes:      d.Notes,
		CC:         d.CC,
		Printed:    d.Printed,
		Source:     d.Source,
		Chrome:     len(d.Chrome),
		Trailing:   d.Trailing,
		Warnings:   d.Warnings,
	}
	if d.DocNumber != nil {
		o.DocNumber = d.DocNumber.Text
	}
	if len(d.Body) > 0 {
		o.FirstBody = d.Body[0]
		if i := byteOffset(o.FirstBody, prefixRunes); i < len(o.FirstBody) {
			o.FirstBody = o.FirstBody[:i]
		}
	}
	for _, a := range d.Attachments {
		o.Attachments = append(o.Attachments, a.Name)
	}
	if d.Signed != nil {
		o.Signed = d.Signed.String()
	}
	for _, a := range d.Appendices {
		o.Appendices = append(o.Appendices, a.Title)
	}
	if d.Published != nil {
		o.Published = d.Published.String()
	}
	return o
}

// byteOffset returns the byte offset of the n-th character of s, or len(s).
func byteOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// TestPages runs Analyze on the real pages under testdata/pages (from the
// first line of their body, the metadata header left out) and
// testdata/nohead (whole). Every expectation was checked by reading the page.
func TestPages(t *testing.T) {
	tests := []struct {
		file string
		from string // the canonical first line of the body; "" for the whole page
		want outline
	}{
		{
			file: "pages/govcn-guobanhan-2018-71.txt",
			from: "国务院办公厅关于印发《政府网站集约化",
			want: outline{
				Recognized: true,
				Title:      "国务院办公厅关于印发《政府网站集约化试点工作方案》的通知",
				DocNumber:  "国办函〔2018〕71号",
				Addressee:  "各省、自治区、直辖市人民政府，国务院各部委、各直属机构",
				Body:       1,
				FirstBody:  "《政府网站集约化试点工作",
				Signers:    []string{"国务院办公厅"},
				Signed:     "2018-10-27",
				Notes:      []string{"此件公开发布"},
				Appendices: []string{"政府网站集约化试点工作方案"},
			},
		},
		{
			file: "pages/anhui-taihu-2019-00336.txt",
			from: "太湖县人民政府关于印发",
			want: outline{
				Recognized: true,
				Title:      "太湖县人民政府关于印发《太湖县人民政府工作规则》的通知",
				Addressee:  "各乡、镇人民政府，县政府各部门、各直属机构",
				Body:       1,
				FirstBody:  "《太湖县人民政府工作规则",
				Signers:    []string{"太湖县人民政府"},
				Signed:     "2019-01-17",
				Appendices: []string{"太湖县人民政府工作规则"},
			},
		},
		{
			file: "pages/nanjing-mirror-traditional-pinyin.txt",
			want: outline{
				Recognized: true,
				Title:      "南京市人民政府办公厅关于加强中小学幼儿园安全风险防控体系建设的实施意见",
				DocNumber:  "宁政办发〔2018〕47号",
				Addressee:  "各区人民政府，市府各委办局，市各直属单位",
				Body:       6,
				FirstBody:  "为进一步加强和改进学校安",
			},
		},
		{
			file: "pages/qixia-2025-78463.txt",
			from: "11月18日上午",
			want: outline{Body: 9, FirstBody: "11月18日上午，栖霞区"},
		},
		{
			file: "pages/jiangxi-wanzai-statistics-2023.txt",
			from: "万载县2022年国民经济和社会发展统计公报",
			want: outline{Body: 55, FirstBody: "万载县2022年国民经济", Chrome: 6}, // the issuers and the date under the title are its byline; 附件： alone at the end heads the page's links
		},
		{
			file: "nohead/dongyang-2023-canjiren.txt",
			want: outline{
				Recognized: true,
				Title:      "东阳市人民政府办公室关于印发《东阳市促进残疾人就业行动实施方案（2023—2025年）》的通知",
				Addressee:  "各镇、乡人民政府，各街道办事处，市政府各部门",
				Body:       1,
				FirstBody:  "《东阳市促进残疾人就业行",
				Signers:    []string{"东阳市人民政府办公室"},
				Signed:     "2023-03-13",
				Notes:      []string{"此件公开发布"},
				Appendices: []string{"东阳市促进残疾人就业行动实施方案（2023—2025年）"},
				Source:     "东阳市人民政府办公室",
				Published:  "2023-03-21",
				Chrome:     1,
			},
		},
		{
			// The page's heading is the appendix's title; the notice's own
			// title is not on the page.
			file: "nohead/maanshan-2022-canjiren.txt",
			want: outline{
				Recognized: true,
				Title:      "马鞍山市“十四五”残疾人保障和发展规划",
				Addressee:  "各县、区人民政府，市政府各部门、直属机构，有关单位",
				Body:       1,
				FirstBody:  "现将《马鞍山市“十四五”",
				Signers:    []string{"马鞍山市人民政府"},
				Signed:     "2022-05-06",
				Appendices: []string{"马鞍山市“十四五”残疾人保障和发展规划"},
				Source:     "马鞍山市人民政府",
				Published:  "2022-06-02",
				Chrome:     1,
			},
		},
		{
			file: "nohead/shandong-lu-zhengfa-2014-20.txt",
			want: outline{
				Recognized: true,
				Title:      "山东省人民政府关于深化预算管理制度改革的实施意见",
				DocNumber:  "鲁政发〔2014〕20号",
				Addressee:  "各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构，各大企业，各高等院校",
				Body:       4,
				FirstBody:  "现代预算制度是现代财政制",
				Published:  "2016-01-17T23:45:19+08:00",
				Chrome:     1,
			},
		},
		{
			file: "nohead/shanghai-mirror-hufufa-2017-92.txt",
			want: outline{
				Recognized: true,
				Title:      "上海市人民政府印发《关于本市加强政务诚信建设的实施意见》的通知",
				DocNumber:  "沪府发〔2017〕92号",
				Addressee:  "各区人民政府，市政府各委、办、局",
				Body:       1,
				FirstBody:  "现将《关于本市加强政务诚",
				Signers:    []string{"上海市人民政府"},
				Signed:     "2017-12-20",
				Appendices: []string{"关于本市加强政务诚信建设的实施意见"},
			},
		},
		{
			file: "nohead/pingjiang-yuebanfa-2017-2.txt",
			want: outline{
				Recognized: true,
				Title:      "中共岳阳市委办公室岳阳市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知",
				DocNumber:  "岳办发〔2017〕2号",
				Addressee:  "各县市区委、人民政府，岳阳经济技术开发区、城陵矶新港区、南湖新区、屈原管理区，市直各单位，中央、省驻岳单位",
				Body:       1,
				FirstBody:  "《关于全面推进政务公开工",
				Signers:    []string{"中共岳阳市委办公室", "岳阳市人民政府办公室"},
				Signed:     "2017-01-10",
				Appendices: []string{"关于全面推进政务公开工作的实施意见"},
				Source:     "岳阳市政府门户网",
				Published:  "2017-01-12T17:08:00+08:00",
				Chrome:     5,
			},
		},
		{
			file: "nohead/chengdu-mirror-chengfufa-2014-7.txt",
			want: outline{
				Recognized: true,
				Title:      "成都市人民政府关于印发《成都市市级财政专项资金管理暂行办法》的通知",
				DocNumber:  "成府发〔2014〕7号",
				Addressee:  "各区（市）县政府，市政府各部门",
				Body:       1,
				FirstBody:  "《成都市市级财政专项资金",
				Signers:    []string{"成都市人民政府"},
				Signed:     "2014-02-10",
				Appendices: []string{"成都市市级财政专项资金管理暂行办法"},
				Published:  "2018-11-14T08:56:07+08:00",
				Chrome:     1,
			},
		},
		{
			file: "nohead/fengqiu-mirror-fengzhengban-2019-26.txt",
			want: outline{
				Recognized: true,
				Title:      "封丘县人民政府办公室关于推进全县政务信息资源共享工作的通知",
				DocNumber:  "封政办〔2019〕26号",
				Addressee:  "各乡（镇）人民政府，县政府各部门",
				Body:       5,
				FirstBody:  "为贯彻落实《河南省人民政",
				Published:  "2019-06-17",
				Chrome:     1,
			},
		},
		{
			file: "nohead/guangzhou-mirror-suifubangui-2021-12.txt",
			want: outline{
				Recognized: true,
				Title:      "广州市人民政府办公厅关于新时期进一步促进科技金融与产业融合发展的实施意见",
				DocNumber:  "穗府办规〔2021〕12号",
				Addressee:  "各区人民政府，市政府各部门、各直属机构",
				Body:       4,
				FirstBody:  "为贯彻落实《中共中央 国",
				Source:     "广州市人民政府办公厅",
				Published:  "2021-08-26T10:49:18+08:00",
				Chrome:     3, // the page's heading: the document's own title is under its 文号
			},
		},
		{
			file: "nohead/guangzhou-mirror-suifu-2011-15.txt",
			want: outline{
				Recognized: true,
				Title:      "关于进一步加强招商引资促进产业转型升级的指导意见",
				DocNumber:  "穗府〔2011〕15号",
				Addressee:  "各区、县级市人民政府，市政府各部门、各直属机构",
				Body:       9,
				FirstBody:  "为增强我市对国内外资本的",
			},
		},
		{
			file: "nohead/ningyang-ningzhengbanfa-2017-8.txt",
			want: outline{
				Recognized: true,
				Title:      "宁阳县人民政府办公室关于印发《宁阳县粮食应急预案》的通知",
				DocNumber:  "宁政办发〔2017〕8号",
				Addressee:  "各乡镇人民政府（街道办事处），宁阳经济开发区管委会，县政府有关部门，有关企事业单位，市以上驻宁有关单位",
				Body:       1,
				FirstBody:  "《宁阳县粮食应急预案》已",
				Signers:    []string{"宁阳县人民政府办公室"},
				Signed:     "2017-02-10",
				Appendices: []string{"宁阳县粮食应急预案"},
				Published:  "2017-03-13",
				Chrome:     1,
			},
		},
		{
			file: "nohead/hunan-nongpu-2006.txt",
			want: outline{
				Recognized: true,
				Addressee:  "各市州、县市区第二次农业普查领导小组办公室",
				Body:       4,
				FirstBody:  "省人民政府定于12月1日",
				Signed:     "2006-11-29",
			},
		},
		{
			file: "nohead/echeng-2018-jiefang-gonggao.txt",
			want: outline{
				Recognized: true,
				Title:      "鄂城区区委书记大接访活动公告",
				Body:       5,
				FirstBody:  "中共鄂城区委决定开展第四",
				Signers:    []string{"中共鄂城区委员会"},
				Signed:     "2018-01-18",
				Chrome:     2,
			},
		},
		{
			file: "nohead/pinghu-pingmeizufa-2018-8.txt",
			want: outline{
				Recognized: true,
				Title:      "关于召开第九次全市美丽乡村（优美庭院）建设比拼现场会暨第十五期创新学堂学习活动的通知",
				DocNumber:  "平美组发〔2018〕8号",
				Addressee:  "各镇街道，平湖经济技术开发区、独山港经济开发区，市级机关有关部门，市属有关单位",
				Body:       15,
				FirstBody:  "为进一步深化“优美庭院”",
				Chrome:     2,
			},
		},
		{
			// Addressed to people, no title (FORMAT.md §9.4: the addressee may
			// be people).
			file: "nohead/dazhu-2022-kaifangri.txt",
			want: outline{Recognized: true, Addressee: "广大市民朋友", Body: 15, FirstBody: "为进一步促进政府部门政务",
				Signers: []string{"川主乡人民政府"}, Signed: "2022-07-15"},
		},
		{
			file: "nohead/alashan-ashubanfa-2007-22.txt",
			want: outline{
				Recognized: true,
				Title:      "阿拉善盟行政公署办公室关于印发阿拉善盟行政公署办公室公文处理实施细则及文种式样的通知",
				DocNumber:  "阿署办发〔2007〕22号",
				Addressee:  "各旗人民政府，行署各委、办、局，阿拉善开发区，各大企业",
				Body:       1,
				FirstBody:  "根据工作需要，对《阿拉善",
				Signed:     "2007-06-05",
				Appendices: []string{"阿拉善盟行政公署办公室公文处理实施细则及文种式样"},
				Chrome:     9,
			},
		},
		{
			file: "nohead/yanchi-yanzhengfa-2017-40.txt",
			want: outline{
				Recognized: true,
				Title:      "盐池县人民政府工作规则",
				DocNumber:  "盐政发〔2017〕40号",
				Body:       10,
				FirstBody:  "第一章 总 则",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			paras := pageParas(t, filepath.Join("..", "..", "..", "testdata", tt.file))
			if tt.from != "" {
				i := 0
				for i < len(paras) && !strings.HasPrefix(paras[i], tt.from) {
					i++
				}
				if i == len(paras) {
					t.Fatalf("no line starts with %q", tt.from)
				}
				paras = paras[i:]
			}
			if diff := cmp.Diff(tt.want, outlineOf(Analyze(paras))); diff != "" {
				t.Errorf("outline mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// pageParas reads a page as the paragraphs package parse gives Analyze.
func pageParas(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(data) {
		t.Fatalf("%s is not UTF-8", path)
	}
	var paras []string
	for _, l := range strings.Split(canonical(t, data), "\n") {
		if l = space.Clean(l); l != "" {
			paras = append(paras, l)
		}
	}
	return paras
}
