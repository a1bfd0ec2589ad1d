package encode_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/govnotice/govnotice/encode"
	"github.com/govnotice/govnotice/notice"
)

// The schemas are written by hand, for their descriptions and layout; these
// tests check them against the record's field table, so that a field added
// to the table and not to a schema (or the other way round) fails.

// TestJSONSchemaMatchesTable walks the JSON Schema beside the table: the
// properties of each object are the members' keys in order, the required
// ones are the members that are not optional, and each property's type is
// the one its kind calls for.
func TestJSONSchemaMatchesTable(t *testing.T) {
	root, err := decodeOrdered(encode.JSONSchema)
	if err != nil {
		t.Fatal(err)
	}
	s := &jsonSchema{t: t, root: root.(*object)}
	s.object("", s.root, notice.Members())
}

type jsonSchema struct {
	t    *testing.T
	root *object
}

// object checks a schema of "type": "object" against members.
func (s *jsonSchema) object(path string, schema *object, members []notice.Member) {
	t := s.t
	if schema.get("type") != "object" || schema.get("additionalProperties") != false {
		t.Errorf("%s: not an object closed to other keys", orRoot(path))
	}
	props, _ := schema.get("properties").(*object)
	if props == nil {
		t.Errorf("%s: no properties", orRoot(path))
		return
	}
	var keys, required []string
	for _, m := range members {
		keys = append(keys, m.Key)
		if !m.Optional {
			required = append(required, m.Key)
		}
	}
	if !slices.Equal(props.keys, keys) {
		t.Errorf("%s: properties %q, the table %q", orRoot(path), props.keys, keys)
	}
	var req []string
	if list, ok := schema.get("required").([]any); ok {
		for _, k := range list {
			req = append(req, k.(string))
		}
	}
	if !slices.Equal(req, required) {
		t.Errorf("%s: required %q, the table %q", orRoot(path), req, required)
	}
	for _, m := range members {
		if p, ok := props.get(m.Key).(*object); ok {
			s.member(join(path, m.Key), p, m)
		}
	}
}

// member checks the schema of one property against its member's kind.
func (s *jsonSchema) member(path string, p *object, m notice.Member) {
	t := s.t
	switch m.Kind {
	case notice.KindString:
		if p.get("type") != "string" && p.get("enum") == nil {
			t.Errorf("%s: kind string, schema %v", path, p)
		}
	case notice.KindInt:
		if p.get("$ref") != "#/$defs/int" {
			t.Errorf("%s: kind int, schema %v", path, p)
		}
	case notice.KindDate:
		if p.get("$ref") != "#/$defs/optionalDate" {
			t.Errorf("%s: kind date, schema %v", path, p)
		}
	case notice.KindStrings:
		if p.get("$ref") != "#/$defs/strings" {
			t.Errorf("%s: kind strings, schema %v", path, p)
		}
	case notice.KindValue:
		anyOf, _ := p.get("anyOf").([]any)
		if len(anyOf) != 2 || anyOf[0].(*object).get("type") != "null" {
			t.Errorf("%s: kind value, schema %v", path, p)
			return
		}
		s.object(path, s.ref(anyOf[1].(*object)), m.Members())
	case notice.KindList:
		items, _ := p.get("items").(*object)
		if p.get("type") != "array" || items == nil {
			t.Errorf("%s: kind list, schema %v", path, p)
			return
		}
		s.object(path+"[]", items, m.Members())
	case notice.KindStruct:
		s.object(path, p, m.Members())
	}
}

// ref resolves a {"$ref": "#/$defs/name"} schema.
func (s *jsonSchema) ref(p *object) *object {
	ref, _ := p.get("$ref").(string)
	name, ok := strings.CutPrefix(ref, "#/$defs/")
	if !ok {
		return p
	}
	def, _ := s.root.get("$defs").(*object).get(name).(*object)
	if def == nil {
		s.t.Errorf("no definition %s", ref)
		return &object{}
	}
	return def
}

func orRoot(path string) string {
	if path == "" {
		return "the record"
	}
	return path
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// An object is a JSON object with its keys in order.
type object struct {
	keys   []string
	values []any
}

func (o *object) get(key string) any {
	if i := slices.Index(o.keys, key); i >= 0 {
		return o.values[i]
	}
	return nil
}

// decodeOrdered decodes JSON into *object, []any, string, float64, bool
// and nil, keeping the order of keys.
func decodeOrdered(data []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(data))
	return decodeValue(d)
}

func decodeValue(d *json.Decoder) (any, error) {
	tok, err := d.Token()
	if err != nil {
		return nil, err
	}
	switch tok {
	case json.Delim('{'):
		o := &object{}
		for d.More() {
			k, err := d.Token()
			if err != nil {
				return nil, err
			}
			v, err := decodeValue(d)
			if err != nil {
				return nil, err
			}
			o.keys, o.values = append(o.keys, k.(string)), append(o.values, v)
		}
		_, err := d.Token()
		return o, err
	case json.Delim('['):
		var list []any
		for d.More() {
			v, err := decodeValue(d)
			if err != nil {
				return nil, err
			}
			list = append(list, v)
		}
		_, err := d.Token()
		return list, err
	}
	return tok, nil
}

// TestXSDMatchesTable walks the XSD beside the table: each complex type
// holds the members that are elements, in order, with their item elements,
// and the attributes and text content of the members that are attributes
// and character data.
func TestXSDMatchesTable(t *testing.T) {
	root, err := parseXSD(encode.XSD)
	if err != nil {
		t.Fatal(err)
	}
	x := &xsd{t: t, types: map[string]*node{}}
	for _, c := range root.children {
		if c.name == "complexType" || c.name == "simpleType" {
			x.types[c.attr("name")] = c
		}
	}
	var notice1 *node
	for _, c := range root.children {
		if c.name == "element" && c.attr("name") == "notice" {
			notice1 = c
		}
	}
	if notice1 == nil {
		t.Fatal("no element notice")
	}
	x.complex("", x.typeOf(notice1), notice.Members())
}

type xsd struct {
	t     *testing.T
	types map[string]*node
}

// typeOf returns the type of an element: its inline complexType, or the
// named type it refers to (nil for xs: types).
func (x *xsd) typeOf(el *node) *node {
	if ct := el.child("complexType"); ct != nil {
		return ct
	}
	return x.types[el.attr("type")]
}

// complex checks a complex type against members.
func (x *xsd) complex(path string, ct *node, members []notice.Member) {
	t := x.t
	if ct == nil {
		t.Errorf("%s: no complex type", orRoot(path))
		return
	}
	var attrs, elems []notice.Member
	var text *notice.Member
	for i, m := range members {
		switch m.XML {
		case notice.XMLAttr:
			attrs = append(attrs, m)
		case notice.XMLText:
			text = &members[i]
		default:
			elems = append(elems, m)
		}
	}
	if ext := ct.child("simpleContent").child("extension"); ext != nil {
		if text == nil || ext.attr("base") != "xs:string" {
			t.Errorf("%s: text content in the XSD, none in the table", orRoot(path))
		}
		var names []string
		for _, a := range ext.all("attribute") {
			names = append(names, a.attr("name"))
		}
		var want []string
		for _, m := range attrs {
			want = append(want, m.XMLName)
			a := ext.find("attribute", m.XMLName)
			if a == nil {
				continue
			}
			typ := a.attr("type")
			if m.Kind == notice.KindInt && typ != "xs:long" || m.Kind == notice.KindString && typ != "xs:string" && a.child("simpleType") == nil {
				t.Errorf("%s.%s: attribute of type %q for kind %s", orRoot(path), m.Key, typ, m.Kind)
			}
		}
		if !slices.Equal(names, want) {
			t.Errorf("%s: attributes %q, the table %q", orRoot(path), names, want)
		}
		return
	}
	if text != nil || len(attrs) > 0 {
		t.Errorf("%s: attributes or text in the table, elements only in the XSD", orRoot(path))
	}
	group := ct.child("all")
	if group == nil {
		group = ct.child("sequence")
	}
	var names, want []string
	for _, e := range group.all("element") {
		names = append(names, e.attr("name"))
		if e.attr("minOccurs") != "0" {
			t.Errorf("%s.%s: not optional in the XSD", orRoot(path), e.attr("name"))
		}
	}
	for _, m := range elems {
		want = append(want, m.XMLName)
	}
	if !slices.Equal(names, want) {
		t.Errorf("%s: elements %q, the table %q", orRoot(path), names, want)
	}
	for _, m := range elems {
		if el := group.find("element", m.XMLName); el != nil {
			x.element(join(path, m.Key), el, m)
		}
	}
}

// element checks the element of one member against its kind.
func (x *xsd) element(path string, el *node, m notice.Member) {
	t := x.t
	typ := el.attr("type")
	switch m.Kind {
	case notice.KindString:
		if typ != "xs:string" {
			t.Errorf("%s: kind string, type %q", path, typ)
		}
	case notice.KindInt:
		if typ != "xs:long" {
			t.Errorf("%s: kind int, type %q", path, typ)
		}
	case notice.KindDate:
		if typ != "Date" {
			t.Errorf("%s: kind date, type %q", path, typ)
		}
	case notice.KindValue, notice.KindStruct:
		x.complex(path, x.typeOf(el), m.Members())
	case notice.KindStrings, notice.KindList:
		items := x.typeOf(el).child("sequence").all("element")
		if len(items) != 1 || items[0].attr("name") != m.XMLItem || items[0].attr("maxOccurs") != "unbounded" {
			t.Errorf("%s: the list's items are not <%s> elements", path, m.XMLItem)
			return
		}
		if m.Kind == notice.KindStrings {
			if items[0].attr("type") != "xs:string" {
				t.Errorf("%s: items of type %q", path, items[0].attr("type"))
			}
			return
		}
		x.complex(path+"[]", x.typeOf(items[0]), m.Members())
	}
}

// A node is an element of the XSD, by local name.
type node struct {
	name     string
	attrs    []xml.Attr
	children []*node
}

func (n *node) attr(name string) string {
	if n == nil {
		return ""
	}
	for _, a := range n.attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func (n *node) child(name string) *node {
	if n == nil {
		return nil
	}
	for _, c := range n.children {
		if c.name == name {
			return c
		}
	}
	return nil
}

func (n *node) all(name string) []*node {
	if n == nil {
		return nil
	}
	var list []*node
	for _, c := range n.children {
		if c.name == name {
			list = append(list, c)
		}
	}
	return list
}

func (n *node) find(name, nameAttr string) *node {
	for _, c := range n.all(name) {
		if c.attr("name") == nameAttr {
			return c
		}
	}
	return nil
}

func parseXSD(data []byte) (*node, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	var stack []*node
	var root *node
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &node{name: tok.Name.Local, attrs: tok.Attr}
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				top.children = append(top.children, n)
			} else {
				root = n
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
	if root == nil {
		return nil, fmt.Errorf("empty XSD")
	}
	return root, nil
}
