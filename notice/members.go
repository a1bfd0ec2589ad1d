package notice

import (
	"errors"
	"strconv"
)

// The field table: one entry per field of a record and of every struct in
// it. Every form of a record is walked from it, here (JSON, and XML through
// encoding/xml) and in package encode (the fast XML writer, the text form,
// the schemas' tests); adding a field to a struct means adding its entry
// below, and TestMembersMatchStructs fails until that is done.

// Kind says what a [Member] holds, and so how each form writes it.
type Kind uint8

// The kinds of members.
const (
	// KindString is text: a string, a type of string (Rule, Script, Layout)
	// or a value with a text form (Severity). JSON writes a string; XML an
	// element, an attribute or the parent's character data.
	KindString Kind = iota + 1
	// KindInt is an int: a JSON number, XML digits.
	KindInt
	// KindDate is a *Date, nil when absent: a JSON string in the form of
	// [Date.String] or null; an XML element left out when nil.
	KindDate
	// KindValue is a pointer to a typed value (*IndexNumber, *DocNumber),
	// nil when absent: a JSON object of its text and parts or null; an XML
	// element with the parts as attributes and the text as content.
	KindValue
	// KindStrings is a []string: a JSON array; an XML element wrapping one
	// element named [Member.XMLItem] per item.
	KindStrings
	// KindList is a slice of structs (attachments, problems …): a JSON
	// array of objects; an XML element wrapping one element named
	// [Member.XMLItem] per item. [Member.Members] describes an item.
	KindList
	// KindStruct is a struct held by value (Input): a JSON object; an XML
	// element left out when every member is zero. [Member.Members]
	// describes it.
	KindStruct
)

var kindNames = [...]string{
	KindString: "string", KindInt: "int", KindDate: "date", KindValue: "value",
	KindStrings: "strings", KindList: "list", KindStruct: "struct",
}

// String returns the kind's name in lower case: "string", "date" ….
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// XMLForm says where a [Member] stands in the XML form of its struct.
type XMLForm uint8

// The places of members in XML.
const (
	// XMLElement is a child element named [Member.XMLName]. It is left out
	// when the member is zero (an empty string, 0, nil, an empty list).
	XMLElement XMLForm = iota + 1
	// XMLAttr is an attribute of the struct's element, left out when zero.
	XMLAttr
	// XMLText is the character data of the struct's element: the text of
	// a typed value, the name of an attachment, the message of a problem.
	XMLText
)

// A Member describes one field of a record, or of a struct inside one: its
// JSON key and XML name, what it holds, and how to reach it in a record.
// [Members] returns the record's. The JSON and XML forms (in this package
// and in package encode) and the text form are all walked from these
// descriptions, and a new form can be too: a writer loops over Members,
// switches on Kind and reads each value with the method of that kind.
//
// A Member is a description, not a handle on the table: changing the
// fields of one changes nothing else.
type Member struct {
	// Key is the JSON key ("index_number"). Paths in errors and problems
	// are made of keys: "appendices[0].body[1]".
	Key string
	// GoName is the name of the Go field that holds the member
	// ("IndexNumber"), for tools that map paths of Go values (go-cmp's) to
	// keys.
	GoName string
	// Kind says what the member holds.
	Kind Kind
	// XML says where the member stands in XML.
	XML XMLForm
	// XMLName is the name of the member's element or attribute, the key
	// itself; it is empty for XMLText.
	XMLName string
	// XMLItem is the name of the element of each item of a KindStrings or
	// KindList member: "keyword", "p", "attachment".
	XMLItem string
	// XMLKeepEmpty members are written in XML even when empty, where other
	// members are left out: the label of an extra field, which the pair
	// always has even when a page gives none.
	XMLKeepEmpty bool
	// Optional members are left out of the JSON form when zero, and a
	// reader does not require them. Only the parts of typed values are
	// optional: every other key is always present, so that JSON Lines load
	// as a table.
	Optional bool
	// Label is the canonical label of the field in the metadata header of
	// a page (索引号, 发布机构), which the text form writes; it is empty
	// for the parts of the article and for provenance.
	Label string

	acc *access // how to reach the member; shared by every copy
}

// access reaches a member of a struct. The struct is passed as an any
// holding a pointer to it (*Notice, *Input, *IndexNumber …), which costs no
// allocation. Which functions are set depends on the member's kind.
type access struct {
	jsonKey []byte   // `"key":`
	members []Member // of the struct a KindValue, KindList or KindStruct member holds

	str     func(any) *string         // KindString held as a string (or a type of string)
	text    func(any) (string, error) // KindString with a text form of its own (Severity)
	setText func(any, string) error   // its reader; the error says why the text is none
	num     func(any) *int            // KindInt
	date    func(any) **Date          // KindDate
	strs    func(any) *[]string       // KindStrings
	value   func(any) any             // KindValue: the pointer, or nil; KindStruct: a pointer to it
	alloc   func(any) any             // KindValue: sets a new zero value and returns it
	unset   func(any)                 // KindValue: sets nil
	length  func(any) int             // KindList
	item    func(any, int) any        // KindList: a pointer to item i
	add     func(any) any             // KindList: appends a zero item and returns a pointer to it
	zero    func(any) bool            // KindStruct: every member zero
}

// Members returns the members of a record, in the order of its JSON and XML
// forms, which is the order of the fields of [Notice]. The slice is a new
// copy on each call.
func Members() []Member { return append([]Member(nil), recordMembers...) }

// Members returns the members of the struct that m holds: the parts of a
// typed value, the fields of an item of a list, the fields of a nested
// struct; nil for the other kinds.
func (m Member) Members() []Member {
	if m.acc == nil || m.acc.members == nil {
		return nil
	}
	return append([]Member(nil), m.acc.members...)
}

// Text returns the text of a KindString member of v, a pointer to the
// struct that holds m (*Notice for the members of [Members]): the string
// itself, or the text form of a value such as [Severity], with an error
// when the value has none. It panics when m is of another kind or v of
// another type, as reflect does: both are mistakes in the calling code.
func (m Member) Text(v any) (string, error) {
	if m.acc.str != nil {
		return *m.acc.str(v), nil
	}
	return m.acc.text(v)
}

// Int returns the value of a KindInt member of v (see [Member.Text] for v).
func (m Member) Int(v any) int { return *m.acc.num(v) }

// Date returns the value of a KindDate member of v, nil when absent (see
// [Member.Text] for v).
func (m Member) Date(v any) *Date { return *m.acc.date(v) }

// Strings returns the value of a KindStrings member of v (see [Member.Text]
// for v).
func (m Member) Strings(v any) []string { return *m.acc.strs(v) }

// Len returns the number of items of a KindList member of v (see
// [Member.Text] for v).
func (m Member) Len(v any) int { return m.acc.length(v) }

// Index returns a pointer to item i of a KindList member of v, as an any
// to pass to the methods of m.Members() (see [Member.Text] for v).
func (m Member) Index(v any, i int) any { return m.acc.item(v, i) }

// Value returns what a KindValue or KindStruct member of v holds, as an
// any to pass to the methods of m.Members(): the pointer of a typed value,
// or nil (an untyped nil) when it is absent; a pointer to a nested struct.
// See [Member.Text] for v.
func (m Member) Value(v any) any { return m.acc.value(v) }

// IsZero reports whether the member of v is zero: an empty text, 0, nil, an
// empty list, a struct whose members are all zero. Zero members are left
// out of the XML form (unless XMLKeepEmpty), and optional ones out of the
// JSON form.
func (m Member) IsZero(v any) bool {
	a := m.acc
	switch m.Kind {
	case KindString:
		if a.str != nil {
			return *a.str(v) == ""
		}
		t, err := a.text(v)
		return t == "" && err == nil
	case KindInt:
		return *a.num(v) == 0
	case KindDate:
		return *a.date(v) == nil
	case KindValue:
		return a.value(v) == nil
	case KindStrings:
		return len(*a.strs(v)) == 0
	case KindList:
		return a.length(v) == 0
	case KindStruct:
		return a.zero(v)
	}
	return true
}

// newMember returns a member with its access, the JSON key made.
func newMember(key, goName string, kind Kind, a *access) Member {
	a.jsonKey = []byte(`"` + key + `":`)
	return Member{Key: key, GoName: goName, Kind: kind, XML: XMLElement, XMLName: key, acc: a}
}

// attr, text, optional and label set what sets a member apart from the
// default: an XML element, always in JSON, no header label.
func (m Member) attr() Member             { m.XML = XMLAttr; return m }
func (m Member) chardata() Member         { m.XML, m.XMLName = XMLText, ""; return m }
func (m Member) optional() Member         { m.Optional = true; return m }
func (m Member) keepEmpty() Member        { m.XMLKeepEmpty = true; return m }
func (m Member) label(l string) Member    { m.Label = l; return m }
func (m Member) itemName(n string) Member { m.XMLItem = n; return m }

func stringMember[T any](key, goName string, f func(*T) *string) Member {
	return newMember(key, goName, KindString, &access{str: func(v any) *string { return f(v.(*T)) }})
}

func intMember[T any](key, goName string, f func(*T) *int) Member {
	return newMember(key, goName, KindInt, &access{num: func(v any) *int { return f(v.(*T)) }})
}

func dateMember[T any](key, goName string, f func(*T) **Date) Member {
	return newMember(key, goName, KindDate, &access{date: func(v any) **Date { return f(v.(*T)) }})
}

func stringsMember[T any](key, goName, item string, f func(*T) *[]string) Member {
	m := newMember(key, goName, KindStrings, &access{strs: func(v any) *[]string { return f(v.(*T)) }})
	return m.itemName(item)
}

func valueMember[T, V any](key, goName string, f func(*T) **V, members []Member) Member {
	return newMember(key, goName, KindValue, &access{
		members: members,
		value: func(v any) any {
			if p := *f(v.(*T)); p != nil {
				return p
			}
			return nil
		},
		alloc: func(v any) any { p := new(V); *f(v.(*T)) = p; return p },
		unset: func(v any) { *f(v.(*T)) = nil },
	})
}

func listMember[T, E any](key, goName, item string, f func(*T) *[]E, members []Member) Member {
	m := newMember(key, goName, KindList, &access{
		members: members,
		length:  func(v any) int { return len(*f(v.(*T))) },
		item:    func(v any, i int) any { return &(*f(v.(*T)))[i] },
		add: func(v any) any {
			s := f(v.(*T))
			var zero E
			*s = append(*s, zero)
			return &(*s)[len(*s)-1]
		},
	})
	return m.itemName(item)
}

func structMember[T, S any](key, goName string, f func(*T) *S, members []Member) Member {
	return newMember(key, goName, KindStruct, &access{
		members: members,
		value:   func(v any) any { return f(v.(*T)) },
		zero: func(v any) bool {
			s := f(v.(*T))
			for _, m := range members {
				if !m.IsZero(s) {
					return false
				}
			}
			return true
		},
	})
}

// severityMember is the one member with a text form of its own.
func severityMember() Member {
	return newMember("severity", "Severity", KindString, &access{
		text: func(v any) (string, error) {
			b, err := v.(*Problem).Severity.MarshalText()
			return string(b), err
		},
		setText: func(v any, s string) error {
			var sev Severity
			if sev.UnmarshalText([]byte(s)) != nil {
				return errors.New("severity " + strconv.Quote(s) + " is not error or warning")
			}
			v.(*Problem).Severity = sev
			return nil
		},
	})
}

// The table. Each struct's members are in the order of its Go fields and of
// its JSON keys.
var (
	recordMembers = []Member{
		valueMember("index_number", "IndexNumber", func(n *Notice) **IndexNumber { return &n.IndexNumber }, indexNumberMembers).label("索引号"),
		stringMember("title", "Title", func(n *Notice) *string { return &n.Title }).label("信息名称"),
		valueMember("doc_number", "DocNumber", func(n *Notice) **DocNumber { return &n.DocNumber }, docNumberMembers).label("文号"),
		stringMember("publisher", "Publisher", func(n *Notice) *string { return &n.Publisher }).label("发布机构"),
		stringMember("source", "Source", func(n *Notice) *string { return &n.Source }).label("来源"),
		stringMember("topic", "Topic", func(n *Notice) *string { return &n.Topic }).label("主题分类"),
		stringMember("collection", "Collection", func(n *Notice) *string { return &n.Collection }).label("组配分类"),
		stringMember("genre", "Genre", func(n *Notice) *string { return &n.Genre }).label("体裁分类"),
		dateMember("created", "Created", func(n *Notice) **Date { return &n.Created }).label("生成日期"),
		dateMember("published", "Published", func(n *Notice) **Date { return &n.Published }).label("发布日期"),
		dateMember("effective", "Effective", func(n *Notice) **Date { return &n.Effective }).label("生效日期"),
		dateMember("abolished", "Abolished", func(n *Notice) **Date { return &n.Abolished }).label("废止日期"),
		stringMember("validity", "Validity", func(n *Notice) *string { return &n.Validity }).label("有效性"),
		stringsMember("keywords", "Keywords", "keyword", func(n *Notice) *[]string { return &n.Keywords }).label("关键词"),
		stringMember("summary", "Summary", func(n *Notice) *string { return &n.Summary }).label("内容概览"),
		stringMember("link", "Link", func(n *Notice) *string { return &n.Link }).label("在线链接地址"),
		listMember("attachments", "Attachments", "attachment", func(n *Notice) *[]Attachment { return &n.Attachments }, attachmentMembers).label("文件下载"),
		stringMember("addressee", "Addressee", func(n *Notice) *string { return &n.Addressee }),
		stringsMember("body", "Body", "p", func(n *Notice) *[]string { return &n.Body }),
		stringsMember("signers", "Signers", "signer", func(n *Notice) *[]string { return &n.Signers }),
		dateMember("signed", "Signed", func(n *Notice) **Date { return &n.Signed }),
		stringsMember("notes", "Notes", "note", func(n *Notice) *[]string { return &n.Notes }),
		stringsMember("cc", "CC", "recipient", func(n *Notice) *[]string { return &n.CC }),
		listMember("appendices", "Appendices", "appendix", func(n *Notice) *[]Appendix { return &n.Appendices }, appendixMembers),
		listMember("extra", "Extra", "field", func(n *Notice) *[]Field { return &n.Extra }, fieldMembers),
		structMember("input", "Input", func(n *Notice) *Input { return &n.Input }, inputMembers),
	}

	indexNumberMembers = []Member{
		stringMember("text", "Text", func(n *IndexNumber) *string { return &n.Text }).chardata(),
		stringMember("org", "Org", func(n *IndexNumber) *string { return &n.Org }).attr().optional(),
		intMember("year", "Year", func(n *IndexNumber) *int { return &n.Year }).attr().optional(),
		intMember("month", "Month", func(n *IndexNumber) *int { return &n.Month }).attr().optional(),
		stringMember("seq", "Seq", func(n *IndexNumber) *string { return &n.Seq }).attr().optional(),
	}

	docNumberMembers = []Member{
		stringMember("text", "Text", func(n *DocNumber) *string { return &n.Text }).chardata(),
		stringMember("issuer", "Issuer", func(n *DocNumber) *string { return &n.Issuer }).attr().optional(),
		intMember("year", "Year", func(n *DocNumber) *int { return &n.Year }).attr().optional(),
		stringMember("seq", "Seq", func(n *DocNumber) *string { return &n.Seq }).attr().optional(),
	}

	attachmentMembers = []Member{
		stringMember("name", "Name", func(a *Attachment) *string { return &a.Name }).chardata(),
		stringMember("url", "URL", func(a *Attachment) *string { return &a.URL }).attr(),
	}

	appendixMembers = []Member{
		stringMember("title", "Title", func(a *Appendix) *string { return &a.Title }),
		stringsMember("body", "Body", "p", func(a *Appendix) *[]string { return &a.Body }),
	}

	fieldMembers = []Member{
		stringMember("label", "Label", func(f *Field) *string { return &f.Label }).attr().keepEmpty(),
		stringMember("value", "Value", func(f *Field) *string { return &f.Value }).chardata(),
	}

	inputMembers = []Member{
		stringMember("path", "Path", func(in *Input) *string { return &in.Path }),
		stringMember("charset", "Charset", func(in *Input) *string { return &in.Charset }),
		stringMember("script", "Script", func(in *Input) *string { return (*string)(&in.Script) }),
		intMember("pinyin_annotations", "PinyinAnnotations", func(in *Input) *int { return &in.PinyinAnnotations }),
		stringMember("layout", "Layout", func(in *Input) *string { return (*string)(&in.Layout) }),
		listMember("problems", "Problems", "problem", func(in *Input) *[]Problem { return &in.Problems }, problemMembers),
		listMember("origins", "Origins", "origin", func(in *Input) *[]Origin { return &in.Origins }, originMembers),
	}

	problemMembers = []Member{
		stringMember("field", "Field", func(p *Problem) *string { return &p.Field }).attr(),
		stringMember("rule", "Rule", func(p *Problem) *string { return (*string)(&p.Rule) }).attr(),
		severityMember().attr(),
		intMember("line", "Line", func(p *Problem) *int { return &p.Line }).attr(),
		intMember("column", "Column", func(p *Problem) *int { return &p.Column }).attr(),
		stringMember("message", "Message", func(p *Problem) *string { return &p.Message }).chardata(),
	}

	originMembers = []Member{
		stringMember("field", "Field", func(o *Origin) *string { return &o.Field }).attr(),
		stringMember("from", "From", func(o *Origin) *string { return &o.From }).attr(),
		stringMember("label", "Label", func(o *Origin) *string { return &o.Label }).attr(),
		stringMember("text", "Text", func(o *Origin) *string { return &o.Text }).chardata(),
		intMember("line", "Line", func(o *Origin) *int { return &o.Line }).attr(),
		intMember("column", "Column", func(o *Origin) *int { return &o.Column }).attr(),
	}
)
