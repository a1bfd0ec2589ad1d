package structure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govnotice/govnotice/parse/internal/vocab"
)

// runeLen is the length of s in characters, the unit every limit of this
// package is stated in.
func runeLen(s string) int { return vocab.RuneCount(s) }

// hasSentencePunct reports whether s holds a character of sentencePunct,
// and hasSentenceEnd one of sentenceEnd. strings.ContainsAny with
// non-ASCII characters looks each character of s up in the set, and these
// are asked of every line of a body.
func hasSentencePunct(s string) bool { return strings.ContainsFunc(s, isSentencePunct) }

func hasSentenceEnd(s string) bool { return strings.ContainsFunc(s, isSentenceEnd) }

func isSentencePunct(r rune) bool {
	switch r {
	case '，', '；', '：', ',', ';', ':':
		return true
	}
	return isSentenceEnd(r)
}

func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?':
		return true
	}
	return false
}

// runesOver reports whether s holds more than n characters, without
// counting those of a long line: most checks bound short things (a title,
// a signer) and are asked of every line of the body.
func runesOver(s string, n int) bool {
	switch {
	case len(s) <= n:
		return false
	case len(s) > utf8.UTFMax*n:
		return true
	}
	return vocab.RuneCount(s) > n
}

// Punctuation that ends or splits a sentence. A title, a signer or a
// heading never holds one; the ASCII forms stand for pages whose
// punctuation was not canonicalised.
const (
	sentenceEnd   = "。！？!?"
	clausePunct   = "，；：,;:"
	sentencePunct = sentenceEnd + clausePunct
)

func isColon(r rune) bool { return r == '：' || r == ':' }

// cutColon splits s at its first colon, full-width or ASCII.
func cutColon(s string) (before, after string, found bool) {
	// Two byte searches beat strings.IndexAny, which decodes every rune
	// when the set holds a non-ASCII character.
	i, size := strings.IndexByte(s, ':'), 1
	if j := strings.Index(s, "："); j >= 0 && (i < 0 || j < i) {
		i, size = j, len("：")
	}
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+size:], true
}

// hasSpace reports whether s holds white space, as
// strings.ContainsFunc(s, unicode.IsSpace) does. It decodes only the
// characters whose first byte a space beyond ASCII shares (U+0085 and
// U+00A0, U+1680, U+2000 to U+205F, U+3000): a line of Chinese is mostly
// characters that cannot be one, and most lines come here.
func hasSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			return true
		case 0xC2, 0xE1, 0xE2, 0xE3:
			if r, _ := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				return true
			}
		}
	}
	return false
}

// compactTitle removes the white space of a title line: titles are laid out
// over several lines and letter-spaced (协 调 委 员 会, 通 知), so a space in
// them is layout, not text. A space between two ASCII letters or digits is
// kept, since it separates words there (IPv6 support), and so is one
// beside ASCII punctuation: canonical text left that punctuation narrow
// because of what stood beside it, and the space was part of that.
func compactTitle(s string) string {
	if !hasSpace(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	var prev rune
	space := false
	for i, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && (isASCIIAlnum(prev) && isASCIIAlnum(r) || isASCIIPunct(prev) || isASCIIPunct(r)) {
			b.WriteByte(' ')
		}
		space = false
		_, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+size]) // as found, even when not UTF-8
		prev = r
	}
	return b.String()
}

func isASCIIAlnum(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func isASCIIPunct(r rune) bool {
	return r < utf8.RuneSelf && (unicode.IsPunct(r) || unicode.IsSymbol(r))
}

// unletterspace joins a line whose every word is a single character
// (国 务 院), and returns other lines unchanged.
func unletterspace(s string) string {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if runeLen(w) != 1 {
			return s // most lines: looked at without a copy
		}
		n++
	}
	if n < 2 {
		return s
	}
	return strings.Join(strings.Fields(s), "")
}

// enumerated reports whether s starts like an item of a numbered list or a
// section heading (一、 （一） 1. 1、 第一章 第三条), which no title, addressee or
// signer does.
func enumerated(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r == '（' || r == '(':
		// （一） and (1) number items; （2021-2030年） is a remark.
		n := 0
		for _, r2 := range s[size:] {
			switch {
			case isChineseDigit(r2) || '0' <= r2 && r2 <= '9':
				n++
				if n > 3 {
					return false
				}
			case r2 == '）' || r2 == ')':
				return n > 0
			default:
				return false
			}
		}
		return false
	case r == '第':
		rest := s[size:]
		n := 0
		for _, r := range rest {
			if !isChineseDigit(r) && !('0' <= r && r <= '9') {
				return n > 0 && (r == '章' || r == '条' || r == '节' || r == '部' || r == '篇')
			}
			n++
		}
		return false
	case isChineseDigit(r) || ('0' <= r && r <= '9'):
		i := size
		for i < len(s) {
			r, n := utf8.DecodeRuneInString(s[i:])
			if !isChineseDigit(r) && !('0' <= r && r <= '9') {
				return r == '、' || r == '.' || r == '．' || r == '）' || r == ')'
			}
			i += n
		}
	}
	return false
}

func isChineseDigit(r rune) bool {
	return strings.ContainsRune("〇零一二三四五六七八九十百", r)
}

// hasSuffixAny reports whether s ends with one of the suffixes.
func hasSuffixAny(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// groupPairs are the parentheses that wrap a 附注, a 文号 or a title's
// trailing remark, as canonical text writes them and as unconverted pages
// do (parenPairs), then the square brackets a site sets a remark in (…的通知
// [ 全文废止 ]).
var groupPairs = [...][2]string{{"（", "）"}, {"(", ")"}, {"[", "]"}, {"【", "】"}}

var parenPairs, bracketPairs = groupPairs[:2], groupPairs[2:]

// unparen returns the inside of s when s is wrapped in one pair of
// parentheses, full-width or ASCII.
func unparen(s string) (inner string, ok bool) {
	for _, p := range parenPairs {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) && len(s) >= len(p[0])+len(p[1]) {
			inner = s[len(p[0]) : len(s)-len(p[1])]
			if !strings.Contains(inner, p[0]) && !strings.Contains(inner, p[1]) {
				return strings.TrimSpace(inner), true
			}
		}
	}
	return "", false
}

// cutTrailingParen splits a final parenthesised group off s:
// 关于…的通知（岳办发〔2017〕2号） gives 关于…的通知 and 岳办发〔2017〕2号. The
// group holds no parentheses of its own.
func cutTrailingParen(s string) (head, inner string, ok bool) {
	return cutTrailingGroup(s, parenPairs)
}

// cutTrailingGroup is cutTrailingParen for the pairs given.
func cutTrailingGroup(s string, pairs [][2]string) (head, inner string, ok bool) {
	for _, p := range pairs {
		if !strings.HasSuffix(s, p[1]) {
			continue
		}
		i := strings.LastIndex(s, p[0])
		if i <= 0 {
			continue
		}
		inner = s[i+len(p[0]) : len(s)-len(p[1])]
		if strings.ContainsAny(inner, "（）()") {
			continue
		}
		return strings.TrimSpace(s[:i]), strings.TrimSpace(inner), true
	}
	return s, "", false
}

// balanced reports whether the book-title marks and parentheses of s close.
// A title split over lines is unbalanced on its first line
// (国务院办公厅关于印发《政府网站集约化).
func balanced(s string) bool {
	book, paren := 0, 0
	for _, r := range s {
		switch r {
		case '《':
			book++
		case '》':
			book--
		case '（', '(':
			paren++
		case '）', ')':
			paren--
		}
	}
	return book == 0 && paren == 0
}

// unwrapBookTitle returns the inside of a title written as a whole in
// book-title marks (《南京市人民政府办公厅关于…的实施意见》), with the nested
// marks 〈〉 inside raised to 《》 as they are once the outer pair is gone.
func unwrapBookTitle(s string) string {
	if !strings.HasPrefix(s, "《") || !strings.HasSuffix(s, "》") || len(s) <= len("《》") {
		return s
	}
	inner := s[len("《") : len(s)-len("》")]
	depth := 0
	for _, r := range inner {
		switch r {
		case '《':
			depth++
		case '》':
			depth--
			if depth < 0 { // 《甲》和《乙》: two titles, not one wrapped
				return s
			}
		}
	}
	if depth != 0 {
		return s
	}
	return innerBookMarks.Replace(inner)
}

// innerBookMarks turns the inner title marks of a title unwrapped from its
// outer ones (〈…〉) into the outer marks it now stands in.
var innerBookMarks = strings.NewReplacer("〈", "《", "〉", "》")

// CutSiteTag is cutSiteTag for a title a header's label gives.
func CutSiteTag(s string) string { return cutSiteTag(s) }

// cutSiteTag removes a site's tag before a title (【政策】, 【通知公告】, a
// forum's [城市建设]): a short run of Chinese in 【】 or [], without digits,
// which would make it a document number's year (湘政发【2012】33号). A tag
// that starts the issuer's name ([重庆]市农业委员会…) loses its brackets
// only.
func cutSiteTag(s string) string {
	for _, p := range [...][2]string{{"【", "】"}, {"[", "]"}, {"［", "］"}, {"「", "」"}} {
		if !strings.HasPrefix(s, p[0]) {
			continue
		}
		end := strings.Index(s, p[1])
		if end < 0 {
			return s
		}
		tag := s[len(p[0]):end]
		if tag == "" || runesOver(tag, 8) || strings.ContainsFunc(tag, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
			return s
		}
		rest := strings.TrimSpace(s[end+len(p[1]):])
		if r, _ := utf8.DecodeRuneInString(rest); strings.ContainsRune(vocab.PlaceEnds, r) && !vocab.EndsInGenre(tag) && !newsColumn(tag) {
			// [重庆]市农业委员会…: the tag is the start of the issuer's
			// name; a column named by a kind of document (【工作计划】乡镇…)
			// or by the news it carries (【时政新闻】县政府…) is none.
			return tag + rest
		}
		return rest
	}
	return s
}

// newsColumn reports the name of a column of news (时政新闻, 部门动态,
// 本地要闻): the word for news ends it.
func newsColumn(s string) bool {
	return hasSuffixAny(s, newsWords)
}

var newsWords = []string{"新闻", "要闻", "动态", "资讯", "快讯", "快报"}

// cutLeadingParen splits a parenthesised group off the start of s:
// （2021-2030年）的通知 gives 2021-2030年 and 的通知.
func cutLeadingParen(s string) (inner, rest string, ok bool) {
	for _, p := range parenPairs {
		if !strings.HasPrefix(s, p[0]) {
			continue
		}
		j := strings.Index(s, p[1])
		if j < 0 {
			continue
		}
		return s[len(p[0]):j], s[j+len(p[1]):], true
	}
	return "", s, false
}

// isDash reports a dash that joins the parts of a line (——, —, -, ─).
func isDash(r rune) bool {
	switch r {
	case '—', '–', '-', '─', '－', '―':
		return true
	}
	return false
}
