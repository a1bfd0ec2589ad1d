// Package htmlpage renders an HTML notice page as the text that package parse
// reads, so that one scanner and one label vocabulary serve every layout.
//
// A page in HTML holds the same parts as a scraped text page (spec §1.3): a
// metadata block and an article, among navigation, scripts and widgets.
// [Render] keeps those two parts and writes them the way the text layouts do:
//
//	| 索 引 号： | 000014349/2019-00007 | 主题分类： | 市场监管、安全生产监管\工商 |
//	| 发文机关： | 国务院 | 成文日期： | 2019年01月27日 |
//
//	国务院关于在市场监管领域全面推行
//	部门联合“双随机、一公开”监管的意见
//	国发〔2019〕5号
//	…
//
// # The text it writes
//
// The metadata block comes first, then a blank line, then the article.
//
//   - A table of the metadata block becomes one pipe row a <tr>: every cell,
//     empty ones too, between bars. A cell spanning columns is one cell and
//     a cell spanning rows is written in its first row only: the text
//     parser's rule (a label cell starts a field, the cells after it up to
//     the next label are its value) needs no more. A bar inside a cell
//     becomes ¦ (U+00A6).
//   - A <dl>, <ul> or <ol> list becomes one line an item (<dt>, <dd>, <li>),
//     so <dd><label>索 引 号：</label><div>…</div></dd> reads 索 引 号：… .
//   - Any other block holding labels (a <div> of <span>s: 来源：… 发布时间：…)
//     becomes its lines as the browser would break them.
//   - The article heading, when it stands outside the article container
//     (<h1 class="article-title">), is the first line of the article.
//   - Article paragraphs come one a line: <p>, <div>, <br>, list items and
//     table rows end a line. A data table of the article (a row with two
//     cells holding text) becomes pipe rows as well: the text parser keeps
//     pipe rows after the header as body paragraphs, so a table survives as
//     "| 一级指标 | 二级指标 |" lines. A layout table (one cell a row, or
//     tables within tables) is read as blocks.
//
// Entities are decoded by the HTML parser (&nbsp; is U+00A0, &#12288; is
// U+3000); runs of HTML white space become one space, and lines are trimmed.
// Nothing else is changed: canonical text (spec §2) is the parser's job.
//
// # What is left out
//
// Scripts, styles, comments, forms' controls, frames, the text of hidden
// elements (hidden, style="display:none"; their links still count, as
// scripts show such lists of attachments) and everything outside the
// metadata block and the article. Widgets whose whole text is page UI (扫一扫在手机打开当前页,
// 【打印】【关闭】, 字号：大 中 小, 分享至：) are dropped wherever they stand.
//
// # Finding the parts
//
// The article is the first of the known containers of spec §1.3 that holds
// Chinese text (#UCAP-CONTENT, .pages_content, #zoom, .TRS_Editor,
// .article-content …); failing those, the element whose paragraphs hold the
// most Chinese text outside links. The metadata block is every table, list
// or block before the article that holds a label, and those at the very
// top of the article that start with one, as the caller's
// [Renderer.IsLabel] knows labels: package parse passes its own vocabulary,
// so that HTML and text pages share one label logic.
//
// Files the page links to (.pdf .doc .docx .wps .xls .xlsx .et .zip .rar
// .ofd, or a link whose text starts with 附件) in the metadata block, the
// article, or just after the article are the page's attachments, their URLs
// resolved against <base href> and the caller's base URL.
//
// # Limits
//
// The HTML parser refuses elements nested more than 512 deep; such a page is
// read as plain text, line by line, with a warning. Work and memory are
// linear in the size of the page.
package htmlpage
