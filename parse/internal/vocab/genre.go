package vocab

import (
	"strings"

	"github.com/govnotice/govnotice/notice"
)

// Genres are the words a document title ends in, as the record's package
// lists them: the 文种 of the 党政机关公文处理工作条例 and the names of the
// rules, plans and reports that notices publish.
var Genres = notice.GenreWords()

// EndsInGenre reports whether title text s ends in a genre word, once up to
// two trailing remarks in parentheses, such as （试行） or （2023—2025年）,
// are set aside.
func EndsInGenre(s string) bool {
	for range 3 {
		if hasSuffixAny(s, Genres) || forwardsTitled(s) {
			return true
		}
		head, ok := cutTrailingParen(s)
		if !ok || head == "" {
			return false
		}
		s = head
	}
	return false
}

func hasSuffixAny(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// cutTrailingParen cuts a final parenthesised group off s, full-width or
// ASCII, that holds no parentheses of its own.
func cutTrailingParen(s string) (string, bool) {
	for _, p := range [...][2]string{{"（", "）"}, {"(", ")"}} {
		if !strings.HasSuffix(s, p[1]) {
			continue
		}
		i := strings.LastIndex(s, p[0])
		if i <= 0 {
			continue
		}
		if strings.ContainsAny(s[i+len(p[0]):len(s)-len(p[1])], "（）()") {
			continue
		}
		return strings.TrimSpace(s[:i]), true
	}
	return s, false
}

// forwardsTitled reports a title that forwards, prints or is about a
// document named in book-title marks and ends with them, without 的通知
// after them: 关于转发《…的紧急通知》, 关于印发《…管理办法》, 关于《…的通知
// （征求意见稿）》. The named document's genre is the title's.
func forwardsTitled(s string) bool {
	inner, ok := strings.CutSuffix(s, "》")
	if !ok || !strings.Contains(s, "转发") && !strings.Contains(s, "印发") && !strings.HasPrefix(s, "关于《") {
		return false
	}
	i := strings.LastIndex(inner, "《")
	if i < 0 {
		return false
	}
	// The named document's title may end in a remark, as a title does:
	// 关于《…的通知（征求意见稿）》, a draft put out for comment.
	named := inner[i:]
	for range 3 {
		if hasSuffixAny(named, Genres) {
			return true
		}
		if named, ok = cutTrailingParen(named); !ok {
			return false
		}
	}
	return false
}
