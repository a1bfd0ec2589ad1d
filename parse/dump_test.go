package parse

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func TestDumpPages(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	files, _ := filepath.Glob("../testdata/pages/*.txt")
	for _, f := range files {
		data, _ := os.ReadFile(f)
		n, err := Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		if len(n.Body) > 4 {
			n.Body = append(n.Body[:3], "…", n.Body[len(n.Body)-1])
		}
		b, _ := json.MarshalIndent(n, "", " ")
		t.Logf("%s\n%s", f, b)
	}
}
