package parse

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/govnotice/govnotice/notice"
)

func TestExplain(t *testing.T) {
	page := "索引号：123456789/2020-00001\n发布日期：去年\n发布时间：2020-03-02\n服务对象：公众\n" +
		"文号：\n浏览次数：12\n发布日期：2020-03-03\n\n关于开展安全检查的通知\n各乡镇：\n请做好检查。\n"
	var p Parser
	x, err := p.Explain([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	want := []PairReading{
		{Label: "索引号", Value: "123456789/2020-00001", Line: 1, Column: 1, From: notice.FromHeader, Field: "index_number", Outcome: OutcomeFilled},
		{Label: "发布日期", Value: "去年", Line: 2, Column: 1, From: notice.FromHeader, Field: "published", Outcome: OutcomeUnread},
		{Label: "发布时间", Value: "2020-03-02", Line: 3, Column: 1, From: notice.FromHeader, Field: "published", Outcome: OutcomeFilled},
		{Label: "服务对象", Value: "公众", Line: 4, Column: 1, From: notice.FromHeader, Outcome: OutcomeExtra},
		{Label: "文号", Line: 5, Column: 1, From: notice.FromHeader, Field: "doc_number", Outcome: OutcomeEmpty},
		{Label: "浏览次数", Value: "12", Line: 6, Column: 1, From: notice.FromHeader, Outcome: OutcomeUI},
		{Label: "发布日期", Value: "2020-03-03", Line: 7, Column: 1, From: notice.FromHeader, Field: "published", Outcome: OutcomeDuplicate},
	}
	if diff := cmp.Diff(want, x.Pairs); diff != "" {
		t.Errorf("Pairs (-want +got):\n%s", diff)
	}
	n, err := p.Parse([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(n, x.Record); diff != "" {
		t.Errorf("Explain's record differs from Parse's (-Parse +Explain):\n%s", diff)
	}
}

func TestExplainBesideArticle(t *testing.T) {
	page := `<html><body><table><tr><td>发布机构</td><td>某县人民政府</td></tr><tr><td>来源</td><td>县政府</td></tr></table>` +
		`<div class="main"><div id="zoom"><p>各乡镇：</p><p>请做好检查。</p></div><div class="info">来源：县政府办 发布日期：2020-03-05</div></div></body></html>`
	x, err := new(Parser).Explain([]byte(page))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]Outcome{}
	for _, r := range x.Pairs {
		got[r.From+" "+r.Label] = r.Outcome
	}
	want := map[string]Outcome{
		"header 发布机构": OutcomeFilled, "header 来源": OutcomeFilled,
		"page 来源": OutcomeSkipped, "page 发布日期": OutcomeFilled,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
}

func TestExplainError(t *testing.T) {
	if _, err := new(Parser).Explain([]byte("  \n")); err == nil {
		t.Error("Explain of an empty page: no error")
	}
}
