package notice

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// TestMembersMatchStructs checks the field table against the Go structs:
// every exported field of every struct of a record has one member, in
// order, of the kind its type calls for, and the member's accessors reach
// that field and no other. Adding a field without its entry fails here.
func TestMembersMatchStructs(t *testing.T) {
	checkMembers(t, "notice", reflect.TypeFor[Notice](), recordMembers, 0)
}

func checkMembers(t *testing.T, path string, typ reflect.Type, members []Member, depth int) {
	t.Helper()
	var fields []reflect.StructField
	for f := range typ.Fields() {
		if f.IsExported() {
			fields = append(fields, f)
		}
	}
	if len(fields) != len(members) {
		t.Errorf("%s: %s has %d exported fields, the table %d members", path, typ, len(fields), len(members))
		return
	}
	keys := map[string]bool{}
	var texts, elements int
	for i, m := range members {
		f := fields[i]
		where := path + "." + m.Key
		if m.GoName != f.Name {
			t.Errorf("%s: member %d is Go field %s, want %s", where, i, m.GoName, f.Name)
			continue
		}
		if !regexp.MustCompile(`^[a-z]+(_[a-z]+)*$`).MatchString(m.Key) || keys[m.Key] {
			t.Errorf("%s: key %q is not snake_case or not unique", where, m.Key)
		}
		keys[m.Key] = true
		checkKind(t, where, f.Type, m)
		checkAccess(t, where, typ, f, m)
		switch m.XML {
		case XMLText:
			texts++
			if m.XMLName != "" || m.Kind != KindString {
				t.Errorf("%s: character data must be a string without a name", where)
			}
		case XMLAttr:
			if m.XMLName != m.Key || m.Kind != KindString && m.Kind != KindInt {
				t.Errorf("%s: an attribute must be named by its key and hold a string or an int", where)
			}
		case XMLElement:
			elements++
			if m.XMLName != m.Key {
				t.Errorf("%s: element %q is not named by its key", where, m.XMLName)
			}
		default:
			t.Errorf("%s: no XML form", where)
		}
		if (m.XMLItem != "") != (m.Kind == KindStrings || m.Kind == KindList) {
			t.Errorf("%s: XMLItem %q on a member of kind %s", where, m.XMLItem, m.Kind)
		}
		if m.Optional && m.XML != XMLAttr {
			t.Errorf("%s: only the parts of typed values (attributes) are optional", where)
		}
		if m.Label != "" && depth > 0 {
			t.Errorf("%s: only fields of the record have header labels", where)
		}
		checkTags(t, where, f, m)
		if sub := m.Members(); sub != nil {
			elem := f.Type
			for elem.Kind() == reflect.Pointer || elem.Kind() == reflect.Slice {
				elem = elem.Elem()
			}
			checkMembers(t, where, elem, sub, depth+1)
		}
	}
	if texts > 1 || texts == 1 && elements > 0 {
		t.Errorf("%s: %d members are character data beside %d elements: XML content is either text or elements", path, texts, elements)
	}
}

// checkKind checks that the member's kind fits the Go type of its field.
func checkKind(t *testing.T, where string, typ reflect.Type, m Member) {
	t.Helper()
	ok := false
	switch m.Kind {
	case KindString:
		ok = typ.Kind() == reflect.String || typ == reflect.TypeFor[Severity]()
	case KindInt:
		ok = typ.Kind() == reflect.Int
	case KindDate:
		ok = typ == reflect.TypeFor[*Date]()
	case KindValue:
		ok = typ.Kind() == reflect.Pointer && typ.Elem().Kind() == reflect.Struct && typ != reflect.TypeFor[*Date]()
	case KindStrings:
		ok = typ == reflect.TypeFor[[]string]()
	case KindList:
		ok = typ.Kind() == reflect.Slice && typ.Elem().Kind() == reflect.Struct
	case KindStruct:
		ok = typ.Kind() == reflect.Struct
	}
	if !ok {
		t.Errorf("%s: kind %s for a field of type %s", where, m.Kind, typ)
	}
	if (m.Members() != nil) != (m.Kind == KindValue || m.Kind == KindList || m.Kind == KindStruct) {
		t.Errorf("%s: kind %s with members %v", where, m.Kind, m.Members())
	}
}

// checkAccess sets the field through reflect and reads it through the
// member, and the other way round where the member writes.
func checkAccess(t *testing.T, where string, typ reflect.Type, f reflect.StructField, m Member) {
	t.Helper()
	ptr := reflect.New(typ)
	field := ptr.Elem().FieldByIndex(f.Index)
	v := ptr.Interface()
	if !m.IsZero(v) && m.Kind != KindString { // Severity's zero is "error"
		t.Errorf("%s: IsZero of a zero struct is false", where)
	}
	switch m.Kind {
	case KindString:
		if f.Type == reflect.TypeFor[Severity]() {
			field.SetInt(int64(SeverityWarning))
			if s, err := m.Text(v); s != "warning" || err != nil {
				t.Errorf("%s: Text = %q, %v", where, s, err)
			}
			if err := m.acc.setText(v, "error"); err != nil || field.Int() != int64(SeverityError) {
				t.Errorf("%s: setText does not reach the field", where)
			}
			return
		}
		field.SetString("x-" + m.Key)
		if s, _ := m.Text(v); s != "x-"+m.Key {
			t.Errorf("%s: Text = %q", where, s)
		}
		*m.acc.str(v) = "y"
		if field.String() != "y" {
			t.Errorf("%s: the string accessor does not reach the field", where)
		}
	case KindInt:
		field.SetInt(7)
		if m.Int(v) != 7 {
			t.Errorf("%s: Int = %d", where, m.Int(v))
		}
	case KindDate:
		d := &Date{Year: 2025}
		field.Set(reflect.ValueOf(d))
		if m.Date(v) != d {
			t.Errorf("%s: Date does not reach the field", where)
		}
	case KindValue:
		if m.Value(v) != nil {
			t.Errorf("%s: Value of nil is not an untyped nil", where)
		}
		p := m.acc.alloc(v)
		if field.IsNil() || field.Interface() != p || m.Value(v) != p {
			t.Errorf("%s: alloc does not set the field", where)
		}
		if m.IsZero(v) {
			t.Errorf("%s: IsZero of a set member is true", where)
		}
		m.acc.unset(v)
		if !field.IsNil() {
			t.Errorf("%s: unset does not clear the field", where)
		}
		return
	case KindStrings:
		field.Set(reflect.ValueOf([]string{"a"}))
		if got := m.Strings(v); len(got) != 1 || got[0] != "a" {
			t.Errorf("%s: Strings = %q", where, got)
		}
	case KindList:
		item := m.acc.add(v)
		if field.Len() != 1 || m.Len(v) != 1 || m.Index(v, 0) != item || field.Index(0).Addr().Interface() != item {
			t.Errorf("%s: add, Len and Index do not reach the field", where)
		}
	case KindStruct:
		if m.Value(v) != field.Addr().Interface() {
			t.Errorf("%s: Value does not reach the field", where)
		}
	}
	if m.Kind != KindStruct && m.IsZero(v) {
		t.Errorf("%s: IsZero of a set member is true", where)
	}
}

// checkTags checks the struct tags a type carries for encoding/json and
// encoding/xml (Problem's and Origin's, which tools write on their own)
// against the table.
func checkTags(t *testing.T, where string, f reflect.StructField, m Member) {
	t.Helper()
	if tag, ok := f.Tag.Lookup("json"); ok {
		if name, _, _ := strings.Cut(tag, ","); name != m.Key {
			t.Errorf("%s: json tag %q", where, tag)
		}
	}
	if tag, ok := f.Tag.Lookup("xml"); ok {
		name, opts, _ := strings.Cut(tag, ",")
		var want XMLForm
		switch {
		case strings.HasPrefix(opts, "chardata"):
			want = XMLText
		case strings.HasPrefix(opts, "attr"):
			want = XMLAttr
		default:
			want = XMLElement
		}
		if want != m.XML || want != XMLText && name != m.XMLName {
			t.Errorf("%s: xml tag %q", where, tag)
		}
	}
}

// TestMembersCopy checks that Members hands out copies: changing one
// changes nothing of the table.
func TestMembersCopy(t *testing.T) {
	ms := Members()
	ms[0].Key = "changed"
	ms[0].Members()[0].Key = "changed"
	if Members()[0].Key != "index_number" || Members()[0].Members()[0].Key != "text" {
		t.Error("changing a copy changed the table")
	}
	if KindDate.String() != "date" || Kind(99).String() != "Kind(99)" {
		t.Errorf("Kind.String: %s, %s", KindDate, Kind(99))
	}
}
