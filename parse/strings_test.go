package parse

import "github.com/govnotice/govnotice/notice"

// collectStrings appends every string of a record to out.
func collectStrings(n *notice.Notice, out *[]string) {
	add := func(s ...string) { *out = append(*out, s...) }
	add(n.Title, n.Publisher, n.Source, n.Topic, n.Collection, n.Genre, n.Validity, n.Summary, n.Link, n.Addressee)
	if n.IndexNumber != nil {
		add(n.IndexNumber.Text, n.IndexNumber.Org, n.IndexNumber.Seq)
	}
	if n.DocNumber != nil {
		add(n.DocNumber.Text, n.DocNumber.Issuer, n.DocNumber.Seq)
	}
	add(n.Keywords...)
	add(n.Body...)
	add(n.Signers...)
	add(n.Notes...)
	add(n.CC...)
	for _, a := range n.Attachments {
		add(a.Name, a.URL)
	}
	for _, a := range n.Appendices {
		add(a.Title)
		add(a.Body...)
	}
	for _, f := range n.Extra {
		add(f.Label, f.Value)
	}
	add(n.Input.Charset, n.Input.Script, n.Input.Layout)
	add(n.Input.Warnings...)
}
