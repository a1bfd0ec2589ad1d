package parse

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds arbitrary pages to the parser: it must never panic, and
// every record it returns must hold only valid UTF-8 without characters that
// JSON or XML cannot carry.
func FuzzParse(f *testing.F) {
	pages, err := filepath.Glob("../testdata/pages/*.txt")
	if err != nil || len(pages) == 0 {
		f.Fatalf("no seed pages: %v", err)
	}
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("| 生效日期: | 废止日期: | ||\n"))
	f.Add([]byte("发布时间:\n2015-11-10 01:51:51信息来源:浏览次数:字体:[ ]\n"))
	f.Add([]byte("• 索引号:\n    1\n• [ 主题分类 ]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		n, err := Parse(data)
		if err != nil {
			var perr *Error
			if !errors.As(err, &perr) {
				t.Fatalf("error %v is not a *parse.Error", err)
			}
			return
		}
		if n == nil {
			t.Fatal("nil record without error")
		}
		b, err := json.Marshal(n)
		if err != nil {
			t.Fatalf("record does not encode as JSON: %v", err)
		}
		if !json.Valid(b) {
			t.Fatalf("invalid JSON: %s", b)
		}
		var strs []string
		collectStrings(n, &strs)
		for _, s := range strs {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in record: %q", s)
			}
			for _, r := range s {
				if !xmlChar(r) {
					t.Fatalf("character %U cannot stand in XML: %q", r, s)
				}
			}
		}
	})
}

// xmlChar reports whether r is a character XML 1.0 allows.
func xmlChar(r rune) bool {
	return r == 0x9 || r == 0xA || r == 0xD ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}
