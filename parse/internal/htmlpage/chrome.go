package htmlpage

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// chromeWords are the words page widgets are made of. A text made of these
// alone, once brackets, separators and white space are gone, is page UI:
// 扫一扫在手机打开当前页, 【打印】【关闭】, 字号：大 中 小, 分享至：.
// Longer words come first so that matching is greedy.
var chromeWords = []string{
	"扫一扫在手机上查看当前页面", "扫一扫在手机打开当前页", "扫一扫在手机上打开当前页",
	"扫一扫在手机上查看", "用手机扫描二维码", "扫一扫",
	"打印本页", "打印此页", "打印文章", "打印正文", "打印",
	"关闭本页", "关闭窗口", "关闭",
	"返回顶部", "回到顶部", "加入收藏", "收藏本页", "收藏",
	"分享到", "分享至", "分享",
	"字号", "字体", "默认", "大", "中", "小",
}

// maxChromeBytes bounds the text of a widget: longer text is never UI
// alone, and is not looked at.
const maxChromeBytes = 96

// isChrome reports whether text is page UI and nothing else.
func isChrome(text string) bool {
	if len(text) > maxChromeBytes {
		return false
	}
	var buf [maxChromeBytes]byte
	s := buf[:0]
	for _, r := range text {
		if !unicode.IsSpace(r) && !strings.ContainsRune(chromeSeparators, r) {
			s = utf8.AppendRune(s, r)
		}
	}
	return chromeWordsOnly(string(s))
}

// chromeSeparators are the brackets and separators that stand between the
// words of page UI.
const chromeSeparators = "【】[]［］()（）|｜/·•:：,，、"

// chromeWordsOnly reports whether s, without separators, is made of chrome
// words alone.
func chromeWordsOnly(s string) bool {
	if s == "" {
		return false
	}
next:
	for s != "" {
		for _, w := range chromeWords {
			if strings.HasPrefix(s, w) {
				s = s[len(w):]
				continue next
			}
		}
		return false
	}
	return true
}
