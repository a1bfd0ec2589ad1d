package encode

import (
	"testing"

	"github.com/govnotice/govnotice/notice"
)

// TestTextFormCoversEveryField checks that the text form gives every field
// of the record a place: a header row (it has a label), the extra rows, a
// part of the article, or none at all (input). A field added to the record
// without a label fails here until text.go says where it goes.
func TestTextFormCoversEveryField(t *testing.T) {
	article := map[string]bool{}
	for _, a := range textArticle {
		if article[a.key] {
			t.Errorf("%s is written twice in the article", a.key)
		}
		article[a.key] = true
		if _, ok := textMembers[a.key]; !ok {
			t.Errorf("the article writes %s, which the record does not have", a.key)
		}
	}
	for _, m := range notice.Members() {
		places := 0
		for _, in := range []bool{m.Label != "", m.Key == textExtra, article[m.Key], m.Key == textNotWritten} {
			if in {
				places++
			}
		}
		if places != 1 {
			t.Errorf("%s has %d places in the text form, want 1", m.Key, places)
		}
		if m.Label != "" && m.Kind == notice.KindStruct {
			t.Errorf("%s: a struct cannot be a header row", m.Key)
		}
	}
}
