package structure

import (
	"strings"
	"unicode/utf8"

	"github.com/govnotice/govnotice/notice"
)

// A labelKind says what a label of page chrome gives the record.
type labelKind uint8

const (
	noiseLabel  labelKind = iota // nothing: counters, font size, breadcrumbs
	sourceLabel                  // Doc.Source
	dateLabel                    // Doc.Published
)

// chromeLabels are the labels of the lines a site prints around a title
// when it has no metadata table: 来源：岳阳市政府门户网 日期：2017-01-12 17:08 字号：【.
var chromeLabels = map[string]labelKind{
	"来源": sourceLabel, "信息来源": sourceLabel, "文章来源": sourceLabel, "稿件来源": sourceLabel,
	"日期": dateLabel, "时间": dateLabel, "发布日期": dateLabel, "发布时间": dateLabel,
	"浏览量": noiseLabel, "浏览次数": noiseLabel, "访问量": noiseLabel, "访问次数": noiseLabel,
	"点击量": noiseLabel, "点击数": noiseLabel, "点击次数": noiseLabel, "阅读量": noiseLabel,
	"阅读次数": noiseLabel, "字号": noiseLabel, "字体": noiseLabel, "视力保护色": noiseLabel,
	"作者": noiseLabel, "编辑": noiseLabel, "责任编辑": noiseLabel, "归档时间": noiseLabel,
	"当前位置": noiseLabel, "您当前所在位置": noiseLabel, "您的位置": noiseLabel,
	"所在位置": noiseLabel, "分享到": noiseLabel, "关联稿件": noiseLabel, "图文解读": noiseLabel,
	"签发人": noiseLabel,
}

// maxLabelRunes is the length of the longest key of chromeLabels.
const maxLabelRunes = 7

// uiWords are lines of page furniture with no label (a reader button, a
// link list heading); they are chrome when they stand in the head.
var uiWords = map[string]bool{
	"朗读": true, "分享": true, "打印": true, "关闭": true, "返回顶部": true, "打印本页": true,
	"关闭窗口": true, "【打印】": true, "【关闭】": true, "收藏": true,
}

// pageInfo is what a line of page chrome tells: the source and the date the
// page was published, each with whether the line gave it.
type pageInfo struct {
	source       string
	hasSource    bool
	published    notice.Date
	hasPublished bool
}

// chromeLine reads a line made only of chrome labels and their values, maybe
// after a date and time (2015-11-10 01:51:51信息来源：, 2021-08-26 10:49:18 来源：…).
// A date label whose value is no date (时间：1月22日上午) makes the line body
// text, not chrome.
func chromeLine(s string) (info pageInfo, ok bool) {
	if runeLen(s) > 200 {
		return info, false
	}
	rest := s
	if s != "" && '0' <= s[0] && s[0] <= '9' {
		i := strings.IndexFunc(s, func(r rune) bool { return !strings.ContainsRune("0123456789-/.: 年月日", r) })
		if i < 0 {
			return info, false // a date alone: a signature's, or body text
		}
		d, err := notice.ParseDate(strings.TrimSpace(s[:i]))
		if err != nil {
			return info, false
		}
		info.published, info.hasPublished = d, true
		rest = s[i:]
	}
	labels := findLabels(rest)
	if len(labels) == 0 || labels[0].start != 0 {
		return info, false
	}
	for k, l := range labels {
		end := len(rest)
		if k+1 < len(labels) {
			end = labels[k+1].start
		}
		value := strings.TrimSpace(rest[l.valueStart:end])
		switch l.kind {
		case sourceLabel:
			if runeLen(value) > 40 || strings.ContainsAny(value, sentenceEnd) {
				return info, false
			}
			if !info.hasSource {
				info.source, info.hasSource = value, true
			}
		case dateLabel:
			if value == "" {
				continue
			}
			d, err := notice.ParseDate(value)
			if err != nil {
				return info, false
			}
			if !info.hasPublished {
				info.published, info.hasPublished = d, true
			}
		default:
			if runeLen(value) > 100 {
				return info, false
			}
		}
	}
	return info, true
}

// A label is one chrome label found in a line, by byte offsets.
type label struct {
	start, valueStart int
	kind              labelKind
}

// findLabels returns the chrome labels of s in order: at every colon, the
// longest label that ends there (归档时间 rather than 时间). A colon with no
// label before it (the one in 17:08) is part of a value.
func findLabels(s string) []label {
	var labels []label
	for i, r := range s {
		if !isColon(r) {
			continue
		}
		best := -1
		var kind labelKind
		start := i
		for n := 1; n <= maxLabelRunes && start > 0; n++ {
			_, size := utf8.DecodeLastRuneInString(s[:start])
			start -= size
			if k, ok := chromeLabels[s[start:i]]; ok {
				best, kind = start, k
			}
		}
		if best >= 0 && (len(labels) == 0 || best >= labels[len(labels)-1].valueStart) {
			labels = append(labels, label{start: best, valueStart: i + utf8.RuneLen(r), kind: kind})
		}
	}
	return labels
}
