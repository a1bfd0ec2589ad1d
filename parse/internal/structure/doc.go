// Package structure finds the parts of an official document (公文, laid out by
// GB/T 9704-2012 党政机关公文格式) in the paragraphs of a page body: [Analyze]
// returns them as a [Doc]. It is a pure function of its input; package parse
// calls it after the metadata header has been taken off and the text made
// canonical (Simplified script, Chinese punctuation, collapsed white space).
//
// # Parts
//
// In the order a document has them:
//
//   - Chrome above the title: breadcrumbs, a 版头 (…文件), counters, a page
//     heading. Lines of labels such as 来源：… 日期：… or
//     2015-11-10 01:51:51信息来源： give [Doc.Source] and [Doc.Published].
//   - Title: the first line (among the first 12) that ends in a genre word
//     (通知, 意见, 办法, 方案, 公告, 函, 令, …), joined with the fragments of a
//     split title above it (an open 《 or a line that ends no title) and the
//     rest below it (的通知, （试行）). Layout spaces and letter-spacing go,
//     as do a site tag (【政策】), book-title marks around the whole title and
//     a 文号 in its final parentheses. A heading 文号《title》 counts too.
//   - 文号: a line that is only a document number, maybe in parentheses;
//     copies of the title and of the 文号 under a page heading are taken in.
//   - Addressee: a line ending in a colon whose last name ends like a body
//     (人民政府, 各部门, 有关单位, …) or names people (代表, 市民朋友), or
//     that starts with 各; two lines when it wraps, and the start of a line
//     that runs on with the 正文 (各乡镇人民政府：现将…).
//   - 正文, ending with an optional 附件说明 (附件：1.…2.…).
//   - Signature: one to three signer lines (or two signers on one line) and a
//     date line (2018年10月27日, 二〇〇六年五月二十三日, 二O一一年5月16日).
//   - 附注 in parentheses (此件公开发布, 联系人：…).
//   - Appendices: each under a 附件 / 附件2 heading; the first may have no
//     heading when its title line is named in the title or in the first
//     lines of the 正文 (印发《…》的通知, 现将《…》印发给你们).
//   - 版记 at the end: 抄送：… and …印发.
//
// Lines of the page around the title go to [Doc.Chrome]; lines after the
// signature that are none of the above (相关阅读, an appendix the stage cannot
// name) go to [Doc.Trailing], so nothing is lost.
//
// # Recognition
//
// The structure is reported (Recognized) only with evidence that the body
// is a document's, so that news items come back whole:
//
//   - an addressee, or a 文号 together with a title; or
//   - a signature with at least one signer, together with a title, a 文号,
//     a closing formula above it (特此通知。), a 附注 or a 版记.
//
// A page's metadata header may give the title and the 文号 that its body
// leaves out: [AnalyzeWith] counts them as if the body showed them (a
// header title only when it ends in a genre word, like a title in the
// body).
//
// A signature must be followed by the end of the body, a 附注, an appendix,
// a 附件说明 or at most three short lines of page furniture; a date line
// elsewhere is body text. A date with no signer above it is a signature
// only under a document's head (the first rule) and after a finished
// sentence. Everything is decided on whole lines, and a line that is only
// possibly a signer, an addressee or a title stays in the body.
//
// # Limits
//
// A signature by a person (省长 许达哲) is not read. A page whose heading is an appendix's title gives
// that as the title. When a cover letter has no signature but an appendix
// has one, the appendix's is taken and the text above it is read as 正文. Work is linear in the input: every look-ahead and
// look-back is bounded by a small number of lines.
package structure
