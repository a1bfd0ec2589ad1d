package structure

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/govnotice/govnotice/parse/internal/vocab"

	"github.com/govnotice/govnotice/notice"
)

// bodySuffixes end the name of a body (机关, unit, company) as it stands in a
// signature or an addressee.
var bodySuffixes = vocab.BodySuffixes

// addresseeSuffixes end the last name of an addressee line: bodies, and the
// collective words addressees use (各部门, 有关单位, 各直属机构, 各大企业).
var addresseeSuffixes = append([]string{
	"部门", "单位", "机构", "企业", "高校", "院校", "区", "县", "市", "镇", "乡",
	"街道", "村", "社区", "园区", "局", "同志",
	// people a document is addressed to (唐家文代表：, 居民朋友：)
	"代表", "委员", "朋友", "市民", "居民", "群众", "家长", "师生", "朋友们", "同志们", "对象", "军人",
	"网友", "青年", "青年朋友们", // a reply to a message on the site (赵某网友：), a call to those of an age
	// and the public a 公告 or 通告 is addressed to by what they use or do
	// (全县广大用户：, 各位业主：)
	"用户", "业主", "商户", "经营户", "经营者", "村民", "农户", "考生", "游客", "车主", "驾驶员", "司乘人员", "乘客", "旅客", "人员", "个人", "各界",
}, bodySuffixes...)

// maxAddressee bounds an addressee, in characters: a national document
// may list forty cities and the companies after them.
const maxAddressee = 400

// addressee returns the bodies a line is addressed to, without the final
// colon: 各省、自治区、直辖市人民政府，国务院各部委、各直属机构：. The line ends in
// a colon, holds no other colon and no sentence, and its last name ends like
// a body (or the line starts with 各); so 现将有关事项通知如下： is none.
func addressee(s string) (string, bool) {
	if !strings.HasSuffix(s, "：") && !strings.HasSuffix(s, ":") {
		return "", false // most lines; cutColon below finds the colon at the end or none
	}
	if runesOver(s, maxAddressee) || enumerated(s) {
		return "", false
	}
	before, after, ok := cutColon(s)
	if !ok || after != "" || hanCount(before) < 2 {
		return "", false // 各： and 各01： name no one
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(before)); r != '*' && r != '＊' && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		// ，机构： is what is left of a line, not a name (***委员： masks
		// one); nor does a name start with a mark or a character no
		// script has.
		return "", false
	}
	// 尊敬的某某委员您好： greets the addressee after naming them.
	before = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(before, "您好"), "你好"), "，, ")
	if vocab.ContainsAny(before, sentenceEnd+"；;:") {
		return "", false
	}
	// 提醒 and 即将 start or carry a sentence that speaks to the public
	// (假期即将来临，某部提醒游客：), whose last words only look like one.
	for _, verb := range []string{"如下", "以下", "通知", "现将", "现就", "根据", "按照", "为了", "提醒", "即将"} {
		if strings.Contains(before, verb) {
			return "", false
		}
	}
	last := before
	if i := strings.LastIndexAny(before, "，、,"); i >= 0 {
		last = before[i:]
	}
	if head, _, ok := cutTrailingParen(last); ok && head != "" {
		last = head // 某市应急管理局（地方煤矿安全监督管理局）: the body's other name
	}
	if !strings.HasPrefix(before, "各") && !hasSuffixAny(last, addresseeSuffixes) && !mostlyBodies(before) && !eachAmong(before) {
		return "", false
	}
	// 尊敬的某某代表： salutes the addressee, the 代表 the reply answers;
	// some write 尊敬某某代表：.
	before = strings.TrimSpace(before)
	if t, ok := strings.CutPrefix(before, "尊敬的"); ok {
		return t, true
	}
	if t, ok := strings.CutPrefix(before, "尊敬"); ok && hanCount(t) >= 2 {
		return t, true
	}
	return before, true
}

// signers returns the bodies a signature line names: one per line as a rule,
// several on one line when spaces part them (中共岳阳市委办公室 岳阳市人民政府办公室),
// letter-spacing removed (国 务 院). Every name must end like a body and the
// line must hold no punctuation, so a sentence or heading is never a signer.
func signers(s string) ([]string, bool) {
	s = cutSeal(s)
	if head, inner, ok := cutTrailingParen(s); ok && aliasName(inner) && !strings.ContainsFunc(head, unicode.IsSpace) {
		// 某中心（某所）: a body and its other name, one signer (as the
		// text form writes the one a line of its own gave).
		if names, ok := signers(head); ok && len(names) == 1 {
			return []string{s}, true
		}
	}
	if post, name, ok := cutColon(s); ok && name != "" && hasSuffixAny(compactTitle(post), postSuffixes) {
		// 部  长：某某某, 某局局长：王某: a decree's signer with a colon after
		// the post.
		if p, ok := person(append(strings.Fields(post), strings.Fields(name)...)); ok {
			return []string{p}, true
		}
		return nil, false
	}
	if runesOver(s, 60) || strings.ContainsFunc(s, func(r rune) bool { return isSentencePunct(r) || r == '、' }) ||
		enumerated(s) || strings.HasPrefix(s, "各") {
		return nil, false
	}
	// The last word ends like a body, or the line is a post and a name:
	// most lines are neither, and are told so without a copy.
	last := s[strings.LastIndexFunc(s, unicode.IsSpace)+1:]
	if !hasSuffixAny(last, bodySuffixes) && !hasSuffixAny(last, postSuffixes) && !strings.ContainsFunc(s, unicode.IsSpace) {
		return nil, false
	}
	names := strings.Fields(unletterspace(s))
	if len(names) == 1 && names[0] != s {
		// 河 南 省 教 育 厅 河 南 省 财 政 厅: two bodies letter-spaced as
		// one run of characters.
		names = splitAtPlace(names[0])
	}
	if len(names) == 0 || len(names) > 4 {
		return nil, false
	}
	if p, ok := person(names); ok {
		return []string{p}, true
	}
	for _, n := range names {
		if l := runeLen(n); l < 2 || l > 30 || !hasSuffixAny(n, bodySuffixes) || strings.ContainsFunc(corpsUnitsCut(n), unicode.IsDigit) {
			return nil, false
		}
	}
	return names, true
}

// corpsUnitsCut returns a body's name without the numbers of the units of
// the production and construction corps (第二师22团某中心, 第14师): digits
// there are the unit's name, digits elsewhere make no body's name.
func corpsUnitsCut(n string) string {
	if !strings.ContainsAny(n, "团师") {
		return n // most names
	}
	var b strings.Builder
	for i := 0; i < len(n); {
		j := i
		for j < len(n) && isDigit(n[j]) {
			j++
		}
		if j > i && (strings.HasPrefix(n[j:], "团") || strings.HasPrefix(n[j:], "师")) {
			i = j // the unit's number
			continue
		}
		if j > i {
			b.WriteString(n[i:j])
			i = j
			continue
		}
		_, size := utf8.DecodeRuneInString(n[i:])
		b.WriteString(n[i : i+size])
		i += size
	}
	return b.String()
}

// splitAtPlace parts a run of bodies' names from one place (某省教育厅某省
// 财政厅) where the place's name comes again after a body's suffix.
func splitAtPlace(run string) []string {
	r := []rune(run)
	if len(r) < 2*minPlacedBody {
		return []string{run}
	}
	place := string(r[:2])
	var names []string
	for {
		i := strings.Index(run[len(place):], place)
		if i < 0 {
			break
		}
		i += len(place)
		if !hasSuffixAny(run[:i], bodySuffixes) || runeLen(run[:i]) < minPlacedBody {
			break
		}
		names, run = append(names, run[:i]), run[i:]
	}
	return append(names, run)
}

// minPlacedBody is the shortest body's name, in characters, that
// splitAtPlace parts off (某省某厅).
const minPlacedBody = 4

// cutSeal removes the mark of the seal a copy writes after a signer in
// place of the stamp: （章）, （盖章）, （印章）, （公章）.
func cutSeal(s string) string {
	if !strings.HasSuffix(s, "章）") && !strings.HasSuffix(s, "章)") {
		return s // most lines
	}
	for _, m := range []string{"（章）", "(章)", "（盖章）", "(盖章)", "（印章）", "(印章)", "（公章）", "(公章)"} {
		if head, ok := strings.CutSuffix(s, m); ok {
			return strings.TrimSpace(head)
		}
	}
	return s
}

// postSuffixes end the posts of those who sign a decree or an order in
// their own name (市长, 主席, 总理).
var postSuffixes = []string{"市长", "省长", "县长", "区长", "州长", "旗长", "盟长", "镇长", "乡长", "主席", "总理",
	"主任", "书记", "部长", "厅长", "局长", "署长", "行长", "院长", "委员长"}

// person reads a signature in a person's name: a post and a name (市长 陈吉宁,
// 天津市市长 张国清), or the post alone where the page left the name out
// (市 长). It returns the line as one signer.
func person(fields []string) (string, bool) {
	fields = joinSpacedName(joinSpacedPost(fields))
	if len(fields) == 0 || len(fields) > 2 {
		return "", false
	}
	post := fields[0]
	if n := runeLen(post); n < 2 || n > 12 || !hasSuffixAny(post, postSuffixes) || !IsHanText(post) {
		return "", false
	}
	if len(fields) == 2 {
		if n := runeLen(fields[1]); n < 2 || n > 4 || !IsHanText(fields[1]) {
			return "", false
		}
	}
	return strings.Join(fields, " "), true
}

// joinSpacedPost joins a post letter-spaced before a name that is not
// (省  长  某某某): single characters at the start that make a post.
func joinSpacedPost(fields []string) []string {
	if len(fields) < 3 || runeLen(fields[0]) != 1 {
		return fields // most lines
	}
	post := fields[0]
	for i := 1; i < len(fields) && runeLen(fields[i]) == 1; i++ {
		post += fields[i]
		if hasSuffixAny(post, postSuffixes) {
			return append([]string{post}, fields[i+1:]...)
		}
	}
	return fields
}

// joinSpacedName joins a name letter-spaced after a post (自治区主席 某 某):
// two to four single characters after the first field.
func joinSpacedName(fields []string) []string {
	if n := len(fields) - 1; n < 2 || n > 4 {
		return fields // most lines
	}
	for _, f := range fields[1:] {
		if runeLen(f) != 1 {
			return fields
		}
	}
	return []string{fields[0], strings.Join(fields[1:], "")}
}

// IsHanText reports whether s is made of Chinese characters only.
func IsHanText(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !vocab.IsHan(r) })
}

// IsPerson reports whether signer, as [Doc.Signers] holds it, names a
// person by post rather than a body: no publisher.
func IsPerson(signer string) bool {
	_, ok := person(strings.Fields(signer))
	return ok
}

// dateLine reads a line that is only a date written the way a signature
// dates a document: 2018年10月27日, 二〇〇六年五月二十三日, 二O一一年5月16日.
// ISO dates (2018-10-27) belong to page chrome, not to signatures.
func dateLine(s string) (notice.Date, bool) {
	s = strings.TrimSuffix(s, "。") // 2020年6月3日。, as some copies end every line
	if len(s) == 8 && isDigitsOnly(s) {
		// 20151214: eight digits that make a real date
		d, err := notice.ParseDate(s[:4] + "-" + s[4:6] + "-" + s[6:])
		return d, err == nil && d.Year >= 1949
	}
	if runesOver(s, 24) || !strings.Contains(s, "年") || !strings.HasSuffix(s, "日") {
		return notice.Date{}, false
	}
	d, err := ParseDate(s)
	return d, err == nil
}

func isDigitsOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return s != ""
}

// docNumber reads a line that is only a 文号, maybe in parentheses
// （阿署办发〔2007〕22号）: an issuer in Chinese characters, then a year in brackets
// and a serial, or 第 and a serial, then 号.
func docNumber(s string) (notice.DocNumber, bool) {
	if inner, ok := unparen(s); ok {
		s = inner
	}
	s, _, _ = cutReplyClass(s)
	if runesOver(s, 40) || !strings.HasSuffix(s, "号") && !yearAndSerial(s) {
		return notice.DocNumber{}, false
	}
	n, err := notice.ParseDocNumber(s)
	// An area's code may start the issuer (0482环罚决字); nothing else but
	// Chinese may stand in it.
	issuer := strings.TrimLeft(n.Issuer, "0123456789")
	if err != nil || runesOver(n.Issuer, maxIssuer(n.Issuer)) || issuer == "" || strings.ContainsFunc(issuer, func(r rune) bool { return !unicode.Is(unicode.Han, r) && r != '（' && r != '）' }) {
		return notice.DocNumber{}, false
	}
	if _, dn := gluedNumber(s); dn != nil {
		return notice.DocNumber{}, false // a title, then its 文号 (某县…预公告 某府告〔2022〕53号)
	}
	return n, true
}

// cutReplyClass cuts off the end of a 文号 line the class of a reply to a
// deputy's suggestion or a member's proposal (某交建复〔2023〕12号C类,
// 某交函议复字〔2019〕6号(A)类, …号（B类）): the number, and the class as
// written without its brackets.
func cutReplyClass(l string) (number, class string, ok bool) {
	if !strings.HasSuffix(l, "类") && !strings.HasSuffix(l, "类）") && !strings.HasSuffix(l, "类)") {
		return l, "", false // most lines
	}
	i := strings.LastIndex(l, "号")
	if i < 0 {
		return l, "", false
	}
	class = strings.Map(func(r rune) rune {
		if strings.ContainsRune("()（） ", r) {
			return -1
		}
		return r
	}, l[i+len("号"):])
	if !replyClass(class) {
		return l, "", false
	}
	return strings.TrimSpace(l[:i+len("号")]), class, true
}

// replyClass reports whether s is the class of a reply: A类 to D类, 甲类
// to 丁类.
func replyClass(s string) bool {
	letter, ok := strings.CutSuffix(s, "类")
	return ok && utf8.RuneCountInString(letter) == 1 && strings.ContainsAny(letter, "ABCDＡＢＣＤ甲乙丙丁")
}

// maxIssuer bounds the issuer of a 文号 line, in characters. An
// announcement's names the whole body (国家税务总局某某自治区税务局公告):
// its 公告 tells it from a sentence that ends in 号.
func maxIssuer(issuer string) int {
	if strings.HasSuffix(issuer, "公告") {
		return 24
	}
	return 16
}

// noteStarts begin the 附注 that stand in parentheses under the date.
var noteStarts = []string{"此件", "本件", "此文", "本文", "联系人", "联系电话", "联系方式", "联系单位", "信息公开选项", "信息公开形式", "公开方式", "公开属性", "公开形式"}

// note returns the inside of a 附注 line: （此件公开发布）, （联系人：张三，电话：…）;
// a contact's line keeps its place without the parentheses too (联系人：张三
// 联系电话：…).
func note(s string) (string, bool) {
	inner, ok := unparen(s)
	if !ok {
		if contactLine(s) {
			return s, true
		}
		if rest, open := cutOpenParen(s); open && !strings.ContainsAny(rest, "）)") && strings.HasPrefix(rest, "联系") && contactLine(rest) {
			// （联系人：某某 联系电话：…, its closing bracket lost in a
			// copy: the 附注 all the same.
			return rest, true
		}
		return "", false
	}
	if runesOver(inner, 100) {
		return "", false
	}
	for _, p := range noteStarts {
		if strings.HasPrefix(inner, p) {
			return inner, true
		}
	}
	if contactLine(inner) || sealNote(inner) || contactRemark(s) {
		return inner, true // （联系人及电话：…）, （办复类别：B类）, （某局代章）, （报送邮箱：… 联系电话：…）
	}
	if replyClass(inner) {
		return inner, true // （A类）: a reply's class, as the text form writes the one after its 文号
	}
	return "", false
}

// cutOpenParen cuts an opening parenthesis off the start of s.
func cutOpenParen(s string) (string, bool) {
	if rest, ok := strings.CutPrefix(s, "（"); ok {
		return rest, true
	}
	return strings.CutPrefix(s, "(")
}

// yearAndSerial reports whether s ends in a year in brackets and a serial
// without its 号 (吉林函〔2025〕141): a 文号 as some pages print it.
func yearAndSerial(s string) bool {
	serial := len(s) - len(strings.TrimRight(s, "0123456789"))
	if serial == 0 || serial > maxSerialDigits {
		return false
	}
	r, size := utf8.DecodeLastRuneInString(s[:len(s)-serial])
	head := s[:len(s)-serial-size]
	return strings.ContainsRune("〕]】)）﹞〗", r) && len(head) > 4 && isDigitsOnly(head[len(head)-4:])
}

// maxSerialDigits bounds a 文号's serial, in digits.
const maxSerialDigits = 6

// contactLine reports a line that gives the contact a 附注 gives, without
// the parentheses: a short label that starts with 联系 or 承办 (联系人,
// 联系人及电话, 承办人 …), names the people who signed off or handled it
// (签发人, 经办人, 领导签发, 主要签发领导), gives a reply's class (办复类别), or ends in 电话
// (举报电话), then a colon and a value, short. (公开方式：主动公开 there is
// the page's disclosure label, an extra pair, not a 附注.)
func contactLine(s string) bool {
	if runesOver(s, 60) || enumerated(s) {
		return false // 五、举报电话：… is an item of the 正文
	}
	label, value, ok := cutColon(s)
	if !ok || strings.TrimSpace(value) == "" || runesOver(label, 2*maxPhoneLabel) {
		return false
	}
	label = vocab.Compact(label) // 联 系 电 话, spaced to the column of the lines around it
	if runesOver(label, maxPhoneLabel) {
		return false
	}
	if strings.HasSuffix(label, "电话") {
		return true
	}
	return !runesOver(label, maxNoteLabel) &&
		(strings.HasPrefix(label, "联系") || strings.HasPrefix(label, "承办") || strings.Contains(label, "签发") ||
			slices.Contains(noteLabels, label))
}

// Bounds of a contactLine's label, in characters: a label ending in 电话
// may list what the number is for (受理、咨询、举报、投诉电话).
const (
	maxNoteLabel  = 8
	maxPhoneLabel = 16
)

// noteLabels name, in a contact's 附注, who signed off or handled a
// document, and the class of a reply to a deputy's suggestion (办复类别：
// B类).
var noteLabels = []string{"签发人", "经办人", "审核人", "核稿人", "拟稿人", "办复类别", "答复类别", "办理类别", "办复类型"}

// closings end the 正文 of a document: 特此通知。 and its kin. A signature
// after one is a document's, not a news item's.
var closings = []string{"特此通知", "特此公告", "特此公示", "特此通告", "特此通报", "特此函告", "特此批复", "特此报告", "特此函复", "特此反馈", "此复", "此函", "此通知",
	"予公告", "予以公告", // 现予公告, 特予公告: a 公告 that revokes or serves
	// the last article of a 通告 or a regulation: 本通告自发布之日起施行。
	"之日起施行", "之日起实施", "之日起执行", "之日起实行"}

// opening reports whether the first paragraph of a 正文 (or one of its
// first three lines) ends in the
// formula that announces a document's matter (现通告如下：, 现就有关事项通知如下：,
// 现答复如下：, or 特制定如下活动方案。, naming its kind): it speaks as a 通告, a
// 通知, a plan or a reply does, as a closing formula does at the other end.
func opening(body []string) bool {
	// The first paragraph, or one of the first few when a heading the
	// head did not take (no title of a known kind) stands over it.
	for _, p := range body[:min(len(body), maxOpeningLine+1)] {
		i := strings.LastIndex(p, "如下")
		if i < 0 {
			continue // most paragraphs
		}
		rest := p[i+len("如下"):]
		if (rest == "：" || rest == ":" || rest == "。") && hasSuffixAny(p[:i], openingVerbs) {
			return true // 现通告如下：, 现回复如下。
		}
		if kind := strings.TrimRight(rest, "。."); kind != rest && kind != "" && !runesOver(kind, maxOpeningKind) && vocab.EndsInGenre(kind) {
			return true // 特制定如下活动方案。
		}
		// A 正文 run into one line: the formula inside it, its colon
		// followed by the text (…现答复如下：经调查，…).
		for j := strings.Index(p, "如下"); j >= 0 && j <= i; {
			after := p[j+len("如下"):]
			if (strings.HasPrefix(after, "：") || strings.HasPrefix(after, ":")) && hasSuffixAny(p[:j], openingVerbs) {
				return true
			}
			k := strings.Index(after, "如下")
			if k < 0 {
				break
			}
			j += len("如下") + k
		}
	}
	return false
}

// maxOpeningKind bounds the kind of document an opening formula names
// after 如下, in characters (如下实施方案).
const maxOpeningKind = 8

// maxOpeningLine is the last line of a 正文, counted from 0, that opening
// looks at.
const maxOpeningLine = 2

// openingVerbs are the words before 如下 in an opening formula.
var openingVerbs = []string{"通告", "公告", "通知", "告知", "答复", "回复", "批复", "函复", "公示", "公布", "公开", "发布", "通报", "报告", "规定", "决定"}

func closing(s string) bool {
	s = strings.TrimRight(s, sentenceEnd+"．.")
	if r, _ := utf8.DecodeLastRuneInString(s); !strings.ContainsRune(closingEnds, r) {
		return false // most lines, told by their last character
	}
	return hasSuffixAny(s, closings)
}

// closingEnds holds the last character of every closing formula.
const closingEnds = "知告示报复函行施馈"

// mostlyBodies reports a list of many names, most of them a body's: a
// national document's addressees (…、林草局、邮政局、贸促会、中国科协), whose
// last name may be an abbreviation that ends like no body.
func mostlyBodies(s string) bool {
	names := strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == '，' || r == ',' })
	if len(names) < minBodyList {
		return false
	}
	bodies := 0
	for _, n := range names {
		if hasSuffixAny(n, addresseeSuffixes) {
			bodies++
		}
	}
	return 3*bodies >= 2*len(names)
}

// minBodyList is the fewest names mostlyBodies reads as a list.
const minBodyList = 5

// hanCount returns how many Chinese characters s holds.
func hanCount(s string) int {
	n := 0
	for _, r := range s {
		if vocab.IsHan(r) {
			n++
		}
	}
	return n
}
