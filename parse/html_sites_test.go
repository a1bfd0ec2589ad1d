package parse

import (
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/govnotice/govnotice/notice"
)

// siteFieldPages are pages of sites/ with the header fields read on the page
// itself (see testdata/html/README.md). A field the parser reads wrongly on
// a page is left out of its row, and the row's comment says what it gets:
// the goldens hold that, so a fix shows up there.
var siteFieldPages = []struct {
	file string
	want map[string]string // field (as in siteFields) → value on the page
}{{
	// Hanweb, Zhejiang: the heading (td.title) is the title because the
	// page's <title> says so.
	file: "zhejiang-jyt-2024-58942886.html",
	want: map[string]string{
		"title":        "全省教育系统师德师风建设专题培训班举办",
		"index_number": "002482082/2024-00332",
		"publisher":    "省教育厅",
		"doc_number":   "", // 文件编号 is empty on the page
		"source":       "新闻办",
		"topic":        "教育",
		"created":      "2024-10-21", // 生成日期
		"published":    "2024-10-21",
	},
}, {
	// Ministry of Education: the 发布日期：2024-06-13 and 来源：教育部 line
	// after the article is not rendered, so Published is nil and Source "".
	file: "moe-2024-1135415.html",
	want: map[string]string{
		"index_number": "360A12-07-2024-0008-1", // 信息索引
		"title":        "教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”宣传教育活动的通知",
		"publisher":    "教育部办公厅",
		"doc_number":   "教思政厅函〔2024〕10号",
		"topic":        "",           // 信息类别 (高等教育) is no topic label
		"created":      "2024-06-04", // 生成日期
		"signed":       "2024-05-30",
	},
}, {
	// Ministry of Industry and Information Technology, news item: the
	// heading (h1#con_title) is the title because the page's <title> says so.
	file: "miit-2009-14730801.html",
	want: map[string]string{
		"title":        "北京通管局组织“三电”专项斗争大检查 确保国庆60周年电信设施安全运行",
		"index_number": "", // none on the page
		"publisher":    "",
		"doc_number":   "",
		"source":       "北京通信管理局",
		"published":    "2009-09-30T10:53:00+08:00", // 发布时间：2009-09-30 10:53
	},
}}

// siteFields returns the fields of n that siteFieldPages names, as text.
func siteFields(n *notice.Notice) map[string]string {
	date := func(d *notice.Date) string {
		if d == nil {
			return ""
		}
		return d.String()
	}
	f := map[string]string{
		"title":     n.Title,
		"publisher": n.Publisher,
		"source":    n.Source,
		"topic":     n.Topic,
		"created":   date(n.Created),
		"published": date(n.Published),
		"signed":    date(n.Signed),
	}
	f["index_number"], f["doc_number"] = "", ""
	if n.IndexNumber != nil {
		f["index_number"] = n.IndexNumber.Text
	}
	if n.DocNumber != nil {
		f["doc_number"] = n.DocNumber.Text
	}
	return f
}

// TestHTMLSiteFields checks the header fields of site pages against the
// values read on each page.
func TestHTMLSiteFields(t *testing.T) {
	for _, p := range siteFieldPages {
		t.Run(p.file, func(t *testing.T) {
			n := parseHTMLPage(t, filepath.Join(sitesDir, p.file))
			all := siteFields(n)
			got := make(map[string]string, len(p.want))
			for k := range p.want {
				v, ok := all[k]
				if !ok {
					t.Fatalf("unknown field %q in the table", k)
				}
				got[k] = v
			}
			if diff := cmp.Diff(p.want, got); diff != "" {
				t.Errorf("fields (-page +record):\n%s", diff)
			}
		})
	}
}
