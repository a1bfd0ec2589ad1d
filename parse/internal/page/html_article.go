package page

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// knownContainers are the article containers of the site families (FORMAT.md
// §7.5), in order of preference: the first that holds Chinese text wins.
// Outer containers come before the .TRS_Editor they may hold, so that the
// attachments listed after the text stay within the article's section.
var knownContainers = []func(*html.Node) bool{
	idIs("UCAP-CONTENT"),
	func(n *html.Node) bool { return n.Data == "ucapcontent" },
	classIs("pages_content"),
	idIs("zoom"),
	idIs("zoomcon"),
	classIs("article-content"),
	classIs("article_content"),
	classIs("TRS_Editor"),
	classIs("xxgk_content"),
}

func idIs(id string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		v, ok := attr(n, "id")
		return ok && strings.EqualFold(strings.TrimSpace(v), id)
	}
}

func classIs(name string) func(*html.Node) bool {
	return func(n *html.Node) bool { return hasClass(n, name) }
}

// minArticleHan is the Chinese text a known container should hold to be
// the article: templates leave empty containers that scripts fill, and a
// page may have several.
const minArticleHan = 10

// findArticle returns the article container of the page rooted at body, or
// nil when the page has no Chinese text: the first known container with
// minArticleHan Chinese characters; else the first with any text or a link
// to a file (a short article: 详见附件。 and the link); else the element
// whose paragraphs hold the most Chinese text.
func findArticle(body *html.Node) *html.Node {
	// One walk finds every known container, by the matcher it fits first;
	// then the matchers are tried in their order, each container in the
	// page's.
	found := make([][]*html.Node, len(knownContainers))
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			for k, match := range knownContainers {
				if match(n) {
					found[k] = append(found[k], n)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(body)
	var short *html.Node
	for _, nodes := range found {
		for _, n := range nodes {
			if hasHan(n, minArticleHan) {
				return n
			}
			if short == nil && (hasHan(n, 1) || hasFileLink(n)) {
				short = n
			}
		}
	}
	if short != nil {
		return short
	}
	return densest(body)
}

// hasFileLink reports whether n links to a file of a kind pages attach.
func hasFileLink(n *html.Node) bool {
	return element(n, func(n *html.Node) bool {
		href, ok := attr(n, "href")
		return n.DataAtom == atom.A && ok && IsFile(strings.SplitN(href, "?", 2)[0])
	}) != nil
}

// sentenceWeight is how many times a character of running text counts
// against one of a label, a value or a heading when looking for the article.
const sentenceWeight = 4

// hasHan reports whether the visible text under n holds at least min Han
// characters. It stops reading once it knows.
func hasHan(n *html.Node, min int) bool {
	count := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			count += hanCount(n.Data)
			return count >= min
		case html.ElementNode:
			if skipped(n) {
				return false
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if walk(c) {
				return true
			}
		}
		return false
	}
	return walk(n)
}

// densest returns the element whose paragraphs hold the most Chinese text:
// every run of text counts for the block that holds it and for that block's
// parent, so the winner is the element right above the paragraphs. Text in
// links does not count: lists of links are navigation. Text in sentences
// (with 。，；！？) counts sentenceWeight times: a metadata list of labels
// and values must not outweigh a short article by its characters alone. Of
// equal scores the deeper element wins. It returns nil when the page has no
// Chinese text.
func densest(root *html.Node) *html.Node {
	score := make(map[*html.Node]int)
	var walk func(n, blk *html.Node, inLink bool)
	walk = func(n, blk *html.Node, inLink bool) {
		switch n.Type {
		case html.TextNode:
			if inLink || blk == nil {
				return
			}
			h := hanCount(n.Data)
			if strings.ContainsAny(n.Data, "。，；！？") {
				h *= sentenceWeight
			}
			if h > 0 {
				score[blk] += h
				if blk.Parent != nil && blk != root {
					score[blk.Parent] += h
				}
			}
			return
		case html.ElementNode:
			if skipped(n) {
				return
			}
			if isBlock(n) {
				blk = n
			}
			if n.DataAtom == atom.A {
				inLink = true
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, blk, inLink)
		}
	}
	walk(root, nil, false)
	var best *html.Node
	bestScore := 0
	var pick func(*html.Node)
	pick = func(n *html.Node) {
		if s := score[n]; s > bestScore || s == bestScore && s > 0 && contains(best, n) {
			best, bestScore = n, s
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				pick(c)
			}
		}
	}
	pick(root)
	return best
}
