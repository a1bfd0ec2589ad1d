package noticetest_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/govnotice/govnotice/notice"
	"github.com/govnotice/govnotice/noticetest"
)

func ExampleDiff() {
	want := &notice.Notice{Title: "关于印发《政府网站集约化试点工作方案》的通知"}
	got := &notice.Notice{
		Title: "关于印发《政府网站集约化试点工作方案》的通知",
		Input: notice.Input{Charset: "gb18030"},
	}
	fmt.Println("equal:", noticetest.Diff(want, got) == "")
	fmt.Println("equal but for input:", noticetest.Diff(want, got, noticetest.IgnoreInput) == "")
	// Output:
	// equal: false
	// equal but for input: true
}

// A scraper's own test: each page under testdata/pages has its expected
// record under testdata/records, and `go test -update` rewrites them after a
// change whose diff has been reviewed. The -update flag is noticetest's: the
// test defines none.
func ExampleGolden() {
	testScraper := func(t *testing.T) {
		pages, err := filepath.Glob("testdata/pages/*.html")
		if err != nil {
			t.Fatal(err)
		}
		for _, page := range pages {
			t.Run(filepath.Base(page), func(t *testing.T) {
				got := scrape(t, page)
				noticetest.Valid(t, got)
				golden := filepath.Join("testdata/records", strings.TrimSuffix(filepath.Base(page), ".html")+".json")
				noticetest.Golden(t, golden, got, noticetest.IgnoreInput)
			})
		}
	}
	_ = testScraper
}

// scrape stands for the scraper under test.
func scrape(t *testing.T, page string) *notice.Notice {
	t.Helper()
	return &notice.Notice{Input: notice.Input{Path: page}}
}
