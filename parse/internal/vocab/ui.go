package vocab

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// uiWords are the words page widgets are made of. A text made of these
// alone, once brackets, separators and white space are gone, is page UI:
// 扫一扫在手机打开当前页, 【打印】【关闭】, 【字体：大 中 小】, 分享至：.
// Longer words come first so that matching is greedy.
var uiWords = []string{
	"扫一扫在手机上查看当前页面", "扫一扫在手机打开当前页", "扫一扫在手机上打开当前页",
	"扫一扫在手机上查看", "用手机扫描二维码", "扫描二维码", "扫一扫", "扫码浏览", "扫码阅读", "手机阅读",
	"打印本页", "打印本稿", "打印此页", "打印整页", "打印内容", "打印文章", "打印正文", "打印",
	"关闭本页", "关闭窗口", "关闭",
	"返回顶部", "回到顶部", "返回首页", "返回列表", "网站首页", "设为首页", "加入收藏", "收藏本页", "收藏本站", "点击取消收藏", "点击收藏", "已收藏", "收藏", "手机版",
	"分享到", "分享至", "分享", "微信分享", "微信", "微博", "好友和朋友圈", "朋友圈", "朗读", "语音播报", "下载或浏览附件", "浏览附件", "下载Word", "下载WORD", "下载PDF", "下载",
	"我要纠错", "纠错",
	"正文内容", "详细内容", "内容详情", "信息详情", "文章详情", // the last step of a breadcrumb, where the title would be
	"正文", // a law database's heading over the article
	"无障碍阅读", "无障碍浏览", "无障碍", "长者模式", "关怀版", "简体", "繁体", "立即注册", "立即登录", "用户登录", "登录", "注册",
	"全文检索", "站内搜索", "高级搜索", "搜索", "图片",
	"政府信息公开", "信息公开", // a column's name over the page's text
	"字体大小", "文字大小", "字号", "字体", "默认", "放大", "缩小", "正常", "超大", "大", "中", "小",
	"账号密码登录", "账号", "手机", "密码登录", "还没有账号", "忘记密码", "关注微信", "APP", // a portal's login and app bar
	"路过", "雷人", "握手", "鲜花", "鸡蛋", "最新评论", // a forum's reactions and comments under a post
	"显示全部楼层", "阅读模式", "只看该作者", "倒序浏览", "电梯直达", // a forum post's bar beside its stamp
	"显示全部表格信息", "收起全部表格信息", "显示全部", "收起", // a header's toggle between its short and its whole table
	"回复信息", "详细信息", "来信情况", "信件基本信息", "信访内容", // the headings of a letter's page and of its reply
	"确定", "取消", "提示", // a dialog's buttons and heading (您即将离开本站)
}

// footerHeadings head the lists a page puts under its article: links to
// other pages and sites, never the article's text.
var footerHeadings = []string{"相关链接", "友情链接", "相关阅读", "相关文章", "相关文档", "相关新闻", "推荐阅读", "延伸阅读",
	"热点推荐", "热门文章", "网站导航", "站群导航", "底部栏目", "底部导航", "关注公众号", "微信公众号", "官方微信", "扫码关注", "其他网站",
	"区县政府网站", "市县政府网站", "部门网站", "市政府部门网站", "县直部门网站", "网友评论", "发表评论"}

// FooterHeading reports whether a line, without its colon, spaces and an
// arrow, is the heading of the page's lists under its article (相关链接,
// 友情链接：, 相关新闻↓).
func FooterHeading(line string) bool {
	if len(line) > maxFooterHeading {
		return false // most lines: longer than any heading with its spaces
	}
	t := strings.TrimFunc(line, func(r rune) bool { return unicode.IsSpace(r) || IsColon(r) || strings.ContainsRune(headingMarks, r) })
	if strings.Contains(t, " ") {
		t = strings.ReplaceAll(t, " ", "")
	}
	return slices.Contains(footerHeadings, t)
}

// headingMarks point from a footer's heading to its list (相关新闻↓, 相关链接 >>).
const headingMarks = "↓↘▼▾>»›"

// maxFooterHeading bounds a line that may be a footer heading, in bytes: the
// longest heading, letter-spaced, indented, with a colon.
const maxFooterHeading = 64

// MaxUIBytes bounds the text of a widget: longer text is never UI alone,
// and is not looked at.
const MaxUIBytes = 128

// uiSeparators are the brackets and separators that stand between the
// words of page UI.
const uiSeparators = "【】[]［］()（）|｜/·•:：,，、“”\"+?？"

// IsUI reports whether text is page UI and nothing else.
func IsUI(text string) bool {
	if len(text) > MaxUIBytes {
		return false
	}
	var buf [MaxUIBytes]byte
	s := buf[:0]
	for i, r := range text {
		if !unicode.IsSpace(r) && !isUISeparator(r) {
			if len(s) == 0 && !startsUIWord(text[i:]) {
				return false // most lines: no UI word starts them
			}
			s = utf8.AppendRune(s, r)
		}
	}
	if len(s) == 0 {
		// A pop-up's close button alone (×), a separator of the words
		// above.
		return strings.TrimSpace(text) == "×"
	}
	return uiWordsOnly(s)
}

// uiWordsBy holds the UI words by their first character.
var uiWordsBy = sync.OnceValue(func() map[rune][]string {
	m := make(map[rune][]string)
	for _, w := range uiWords {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = append(m[r], w)
	}
	return m
})

// startsUIWord reports whether a UI word starts s, as it stands (a word
// letter-spaced or cut by a separator is left to uiWordsOnly).
func startsUIWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	for _, w := range uiWordsBy()[r] {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	// A word split by white space or a separator after its first
	// character (【字 体：…】): the whole text decides.
	_, size := utf8.DecodeRuneInString(s)
	next, _ := utf8.DecodeRuneInString(s[size:])
	return unicode.IsSpace(next) || isUISeparator(next)
}

func isUISeparator(r rune) bool {
	switch r {
	case '【', '】', '[', ']', '［', '］', '(', ')', '（', '）', '|', '｜', '/', '·', '•', ':', '：', ',', '，', '、', '“', '”', '"', '+', '?', '？',
		'×': // a pop-up's close button (分享到微信朋友圈 ×)
		return true
	}
	return false
}

// uiWordsOnly reports whether s, without separators, is made of UI words
// alone.
func uiWordsOnly(s []byte) bool {
	if len(s) == 0 {
		return false
	}
next:
	for len(s) > 0 {
		for _, w := range uiWords {
			if len(s) >= len(w) && string(s[:len(w)]) == w {
				s = s[len(w):]
				continue next
			}
		}
		return false
	}
	return true
}

// CutWidget removes a page's widget run into the end of a value after a
// space (2023-06-06 收藏, 某局 【打印】), and a credit's label left empty
// there (2023-09-27 作者): no part of the value.
func CutWidget(v string) string {
	for {
		i := strings.LastIndexFunc(v, IsSpace)
		if i <= 0 {
			return v
		}
		_, size := utf8.DecodeRuneInString(v[i:])
		head := strings.TrimRightFunc(v[:i], IsSpace)
		if tail := v[i+size:]; head == "" || !IsUI(tail) && !Credit(tail) {
			return v
		}
		v = head // 某局 关闭 打印: each widget in turn; 2023-09-27 作者: a credit's label left empty
	}
}
