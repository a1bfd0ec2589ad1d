package vocab

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		label string
		want  Label
	}{
		{"索引号", Of(IndexNumber)},
		{"索取号", Of(IndexNumber)},
		{"公文生成日期", Of(Created)},
		{"政府信息公开生成日期", Of(Created)},  // six characters of qualifier
		{"关于开展安全检查的通知发文机关", Label{}}, // a title run together with a label
		{"文件发布日期", Of(Published)},
		{"颁发日期", Of(Created)},
		{"发表时间", Of(Published)},
		{"备注/文号", Of(DocNumber)},
		{"主题分类\\分类", Of(Topic)},
		{"归档时间", Label{Role: RoleExtra}}, // extra-only, never re-read as 时间
		{"签发人", Label{Role: RoleExtra}},
		{"资料来源", Label{}}, // 来源 is shorter than four characters
		{"报送日期", Label{}}, // no words before a four-character label
		{"责任部门", Of(Responsible)},
		{"浏览次数", Label{Role: RoleUI}},
		{"字体大小", Label{Role: RoleUI}},
		{"其中", Label{}},
		{"信息时间", Of(Published)},
		{"体裁", Of(Genre)},
		{"关键字", Of(Keywords)},
		{"信息有效性", Of(Validity)},
		{"有效期", Label{Role: RoleExtra}},
		{"选择字号", Label{Role: RoleUI}},
	}
	var v *Vocabulary
	for _, tt := range tests {
		if got := v.Classify(tt.label); got != tt.want {
			t.Errorf("Classify(%q) = %v, want %v", tt.label, got, tt.want)
		}
	}
}

// TestAdded checks a user's labels over the built-in ones, and the script
// fold of a page that kept its Traditional script.
func TestAdded(t *testing.T) {
	simplify := func(s string) string {
		if s == "發文單位" {
			return "发文单位"
		}
		return s
	}
	v := New(map[string]Label{"承办单位": Of(Publisher), "索引号": {Role: RoleExtra}}, simplify)
	for label, want := range map[string]Label{
		"承办单位": Of(Publisher),
		"索引号":  {Role: RoleExtra}, // the user's wins
		"發文單位": Of(Publisher),     // folded
		"标题":   Of(Title),
	} {
		if got := v.Classify(label); got != want {
			t.Errorf("Classify(%q) = %v, want %v", label, got, want)
		}
	}
}

func TestCompact(t *testing.T) {
	for in, want := range map[string]string{
		"索 引 号：":     "索引号",
		"[ 发文机构 ]:":  "发文机构",
		"• 标　　题":     "标题",
		"【文号】":       "文号",
		"生成日期":       "生成日期",
		"关\u200b键词：": "关键词",
	} {
		if got := Compact(in); got != want {
			t.Errorf("Compact(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsUI(t *testing.T) {
	for s, want := range map[string]bool{
		"扫一扫在手机打开当前页":   true,
		"【打印】【关闭】":      true,
		"字号：大 中 小":      true,
		"【字体：大 中 小】":    true,
		"分享至：":          true,
		"微信分享“扫一扫”":     true,
		"扫描二维码分享好友和朋友圈": true,
		"【纠错】":          true,
		"扫码浏览":          true,
		"下载Word 下载PDF":  true,
		"显示全部表格信息":      true,
		"【打印本稿】 【关闭】":   true,
		"确定 取消":         true,
		"微信公众号发布通知":     false,
		"打印通知":          false,
		"":              false,
	} {
		if got := IsUI(s); got != want {
			t.Errorf("IsUI(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestEndsInGenre(t *testing.T) {
	for s, want := range map[string]bool{
		"关于做好防汛工作的通知":             true,
		"某某管理办法（试行）":              true,
		"某某规划（2021—2025年）（征求意见稿）": true,
		"万载县统计局":                  false,
		"关于转发《某部关于做好森林防火工作的紧急通知》": true,
		"关于印发《某县应急预案》":            true,
		"学习《中华人民共和国宪法》":           false,
		"关于转发《某县统计局》":             false,
		"某县人民政府关于某批建设用地办理林地情况的承诺": true,
		"某市劳动人事争议仲裁院告示":           true,
		"关于某某招标转竞争性谈判说明":          true,
	} {
		if got := EndsInGenre(s); got != want {
			t.Errorf("EndsInGenre(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestRuneCount checks RuneCount against utf8.RuneCountInString on valid
// UTF-8 of every length of character.
func TestRuneCount(t *testing.T) {
	for _, s := range []string{"", "abc", "索引号：000014349/2018-00204", "é·—\u00a0", "𠀀𪚥x", "关于做好防汛工作的通知（2019修订）"} {
		if got, want := RuneCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("RuneCount(%q) = %d, want %d", s, got, want)
		}
	}
	// Every mix of lengths, across the eight bytes read at a time.
	chars := []string{"a", "é", "号", "𠀀", "\u00a0", "：", "7"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(chars[rng.IntN(len(chars))])
		}
		s := b.String()
		if got, want := RuneCount(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("RuneCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestLookupFilter checks that the filter on a label's last character lets
// every label of the lists through, added ones too, and compound labels.
func TestLookupFilter(t *testing.T) {
	for label, want := range builtin {
		if got, ok := (*Vocabulary)(nil).Exact(label); !ok || got != want {
			t.Errorf("Exact(%q) = %v, %v; want %v", label, got, ok, want)
		}
	}
	v := New(map[string]Label{"索取编码": Of(IndexNumber)}, nil)
	if got := v.Classify("索取编码"); got != Of(IndexNumber) {
		t.Errorf("an added label: Classify = %v", got)
	}
	if got := v.Classify("公文索取编码"); got != Of(IndexNumber) {
		t.Errorf("an added label, qualified: Classify = %v", got)
	}
	if got := v.Classify("文号/备注"); got != Of(DocNumber) {
		t.Errorf("a compound label: Classify = %v", got)
	}
}

// TestContainsAny checks ContainsAny against strings.ContainsAny.
func TestContainsAny(t *testing.T) {
	sets := []string{"|｜", "/／\\、", "。；;:", "", "abc"}
	for _, s := range []string{"", "索引号 | 1", "发布机构：某县", "关于某某的通知", "a/b", "某、某", "无"} {
		for _, set := range sets {
			if got, want := ContainsAny(s, set), strings.ContainsAny(s, set); got != want {
				t.Errorf("ContainsAny(%q, %q) = %v, want %v", s, set, got, want)
			}
		}
	}
}

// TestURL checks where a web address ends in a line, and what is left of a
// line once the address that starts it is cut.
func TestURL(t *testing.T) {
	for _, tt := range []struct {
		in   string
		n    int
		rest string
	}{
		{"http://www.example.cn/a.html 2024-01-29 11:03", len("http://www.example.cn/a.html"), "2024-01-29 11:03"},
		{"https://www.example.cn/a.html来源：某局", len("https://www.example.cn/a.html"), "https://www.example.cn/a.html来源：某局"},
		{"http://www.example.cn", len("http://www.example.cn"), "http://www.example.cn"},
		{"2024-01-29 11:03", len("2024-01-29"), "2024-01-29 11:03"},
	} {
		if n := URLLen(tt.in); n != tt.n {
			t.Errorf("URLLen(%q) = %d, want %d", tt.in, n, tt.n)
		}
		if rest := CutURL(tt.in); rest != tt.rest {
			t.Errorf("CutURL(%q) = %q, want %q", tt.in, rest, tt.rest)
		}
	}
}

// TestCreditsAreExtra checks that every label Credit names is an extra
// label of the built-in list, so that the two lists cannot drift apart.
func TestCreditsAreExtra(t *testing.T) {
	for _, l := range credits {
		if k, ok := builtin[l]; !ok || k != extra {
			t.Errorf("credit %q is %+v in builtin, want an extra label", l, k)
		}
		if !Credit(l) {
			t.Errorf("Credit(%q) = false", l)
		}
	}
	if Credit("来源") {
		t.Error(`Credit("来源") = true`)
	}
}

// TestRegionOnly checks the regions a forum's 来自 names, and the sources
// that start with one.
func TestRegionOnly(t *testing.T) {
	for s, want := range map[string]bool{
		"安徽": true, "中国重庆": true, "浙江温州": true, "黑龙江哈尔滨市": true, "内蒙古": true,
		"安徽省人民政府": false, "浙江日报": false, "中国": false, "": false, "温州": false, "安徽 合肥": false,
		"四川省成都市武侯区某某街道": false, "四川发布": false, "安徽网": false,
	} {
		if got := RegionOnly(s); got != want {
			t.Errorf("RegionOnly(%q) = %v, want %v", s, got, want)
		}
	}
}
