package vocab

import (
	"strings"
	"testing"
)

// TestUISets checks the fast paths of IsUI against the lists they stand
// for: the separators, and the index of the UI words by their first
// character.
func TestUISets(t *testing.T) {
	for _, r := range uiSeparators + "a中。 -" {
		if got, want := isUISeparator(r), strings.ContainsRune(uiSeparators, r); got != want {
			t.Errorf("isUISeparator(%q) = %v, want %v", r, got, want)
		}
	}
	for _, w := range uiWords {
		if !startsUIWord(w) {
			t.Errorf("startsUIWord(%q) = false", w)
		}
	}
}

func TestIsUIFastPaths(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"【打印】【关闭】", true},
		{"字号：大 中 小", true},
		{"分享到 |", true},
		{"打印本页 关闭窗口", true},
		{"无障碍阅读 关怀版 返回首页", true},
		{"立即注册", true},
		{"打印整页 打印内容 分享", true},
		{"政府信息公开", true},
		{"网站首页 简体 繁体", true},
		{"放大字体 | 缩小字体 | 已收藏，点击取消收藏 点击收藏 点击收藏 | 打印 |", true}, // a widget bar of 97 bytes
		{"设为首页 | 加入收藏 | 手机版", true},
		{"分享到微信朋友圈 ×", true},
		{"一、政府信息公开", false},
		{"", false},
		{"【打印】通知", false},
		{"关于开展检查的通知", false},
		{"会议指出，要做好工作。", false},
	}
	for _, tt := range tests {
		if got := IsUI(tt.in); got != tt.want {
			t.Errorf("IsUI(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestPortalWidgets checks the widgets of portals and forums that stand on
// lines of their own under an article.
func TestPortalWidgets(t *testing.T) {
	for _, s := range []string{"设为首页收藏本站", "账号+密码登录", "手机+密码登录", "还没有账号？", "立即注册", "路过", "鸡蛋", "最新评论", "返回顶部 关注微信 下载APP"} {
		if !IsUI(s) {
			t.Errorf("IsUI(%q) = false", s)
		}
	}
	for _, s := range []string{"还没有账号的用户请到窗口办理。", "？？？", "鸡蛋价格上涨"} {
		if IsUI(s) {
			t.Errorf("IsUI(%q) = true", s)
		}
	}
}

func TestShaped(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"上载日期", true},
		{"各天然气公司", false}, // an addressee
		{"日", false},
		{"一二三四五六七八九", false},
		{"上载date", false},
	} {
		if got := Shaped(tc.in); got != tc.want {
			t.Errorf("Shaped(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestWidgetInValue(t *testing.T) {
	for in, want := range map[string]string{
		"2023-06-06 收藏": "2023-06-06",
		"某县教育局 【打印】":    "某县教育局",
		"某县交通运输局 关闭 打印": "某县交通运输局",
		"某县教育局":         "某县教育局",
		"收藏":            "收藏",
		"关于收藏品 管理的通知":   "关于收藏品 管理的通知",
		"某县人民政府 办公室":    "某县人民政府 办公室",
	} {
		if got := CutWidget(in); got != want {
			t.Errorf("CutWidget(%q) = %q, want %q", in, got, want)
		}
	}
}
