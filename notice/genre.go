package notice

import "slices"

// genreWords are the words a document's title ends in: the 文种 of the
// 党政机关公文处理工作条例 and the names of the rules, plans and reports that
// notices publish (FORMAT.md §9.2).
var genreWords = []string{
	"通知", "通告", "公告", "决定", "决议", "意见", "批复", "办法", "规定", "方案",
	"通报", "函", "报告", "请示", "纪要", "令", "议案", "公报", "细则", "规则",
	"条例", "规划", "计划", "要点", "制度", "规程", "指引", "指南", "守则", "章程",
	"措施", "标准", "答复", "回复", "名单", "预案", "公示", "启事", "告示", "清单",
	"公开信", "一封信", "倡议书", "告知书", "承诺", "承诺书", "决定书", "通知书", "意见书", "办理单", "说明",
}

// GenreWords returns the words a document's title ends in (通知, 公告, 办法 …),
// the kinds of document a parser and the text form recognise by their
// titles. The slice is the caller's.
func GenreWords() []string { return slices.Clone(genreWords) }
