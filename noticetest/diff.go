package noticetest

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/govnotice/govnotice/notice"
)

// IgnoreInput is an option for [Diff], [Equal] and [Golden] that leaves
// Notice.Input out of the comparison: the provenance of a record (path,
// charset, problems) often differs between runs while the record does not.
var IgnoreInput cmp.Option = cmpopts.IgnoreFields(notice.Notice{}, "Input")

// Diff returns the differences between two records, or "" when they are
// equal. go-cmp compares them; nil and empty lists are equal, as they are in
// every written form, and opts add to that ([IgnoreInput] or any
// cmp.Option). Each difference is named by its path of JSON keys
// (appendices[0].body[2]) with the value wanted and the value got under a
// (-want +got) key: dates, index and document numbers in their text form, a
// long string around its first difference, cut between characters, never
// inside one. The text is for people: its layout is not stable.
func Diff(want, got *notice.Notice, opts ...cmp.Option) string {
	var r reporter
	all := append([]cmp.Option{cmpopts.EquateEmpty(), cmp.Reporter(&r)}, opts...)
	if cmp.Equal(want, got, all...) {
		return ""
	}
	var b strings.Builder
	b.WriteString("(-want +got):\n")
	if len(r.diffs) == 0 { // an option hid where; go-cmp's own report says
		b.WriteString(cmp.Diff(want, got, append([]cmp.Option{cmpopts.EquateEmpty()}, opts...)...))
		return b.String()
	}
	for _, d := range r.diffs {
		fmt.Fprintf(&b, "  %s:\n    - %s\n    + %s\n", d.path, d.want, d.got)
	}
	return b.String()
}

// Equal reports whether two records are equal as [Diff] compares them, and
// reports the differences as a test error when they are not.
func Equal(t testing.TB, want, got *notice.Notice, opts ...cmp.Option) bool {
	t.Helper()
	if d := Diff(want, got, opts...); d != "" {
		t.Errorf("records differ %s", d)
		return false
	}
	return true
}

// A reporter collects the differences go-cmp finds, one per value of the
// record: a date, an index or document number is one value, however many
// of its parts differ.
type reporter struct {
	path  cmp.Path
	diffs []difference
}

type difference struct{ path, want, got string }

func (r *reporter) PushStep(ps cmp.PathStep) { r.path = append(r.path, ps) }
func (r *reporter) PopStep()                 { r.path = r.path[:len(r.path)-1] }

func (r *reporter) Report(rs cmp.Result) {
	if rs.Equal() {
		return
	}
	at := len(r.path) - 1
	for i := 1; i < len(r.path); i++ {
		if wholeValue(r.path[i].Type()) {
			at = i
			break
		}
	}
	p := jsonPath(r.path[:at+1])
	if n := len(r.diffs); n > 0 && r.diffs[n-1].path == p {
		return // another part of the same value
	}
	want, got := r.path[at].Values()
	d := difference{path: p}
	d.want, d.got = formatPair(want, got)
	r.diffs = append(r.diffs, d)
}

var (
	dateType        = reflect.TypeFor[notice.Date]()
	indexNumberType = reflect.TypeFor[notice.IndexNumber]()
	docNumberType   = reflect.TypeFor[notice.DocNumber]()
	severityType    = reflect.TypeFor[notice.Severity]()
)

// wholeValue reports whether values of t are reported whole, in their text
// form, rather than part by part.
func wholeValue(t reflect.Type) bool {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t == dateType || t == indexNumberType || t == docNumberType
}

// keys maps each struct type of a record and the name of a Go field of it
// to the field's JSON key, from the field table.
var keys = func() map[reflect.Type]map[string]string {
	m := map[reflect.Type]map[string]string{}
	var walk func(t reflect.Type, members []notice.Member)
	walk = func(t reflect.Type, members []notice.Member) {
		byName := map[string]string{}
		m[t] = byName
		for _, mem := range members {
			byName[mem.GoName] = mem.Key
			if sub := mem.Members(); sub != nil {
				if f, ok := t.FieldByName(mem.GoName); ok {
					walk(elem(f.Type), sub)
				}
			}
		}
	}
	walk(reflect.TypeFor[notice.Notice](), notice.Members())
	return m
}()

// elem returns the struct type under pointers and slices.
func elem(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	return t
}

// jsonPath names a path of go-cmp by JSON keys: "appendices[0].body[2]".
func jsonPath(path cmp.Path) string {
	var b strings.Builder
	for i, step := range path {
		switch s := step.(type) {
		case cmp.StructField:
			key := s.Name()
			if k, ok := keys[elem(path[i-1].Type())][key]; ok {
				key = k
			}
			if b.Len() > 0 {
				b.WriteByte('.')
			}
			b.WriteString(key)
		case cmp.SliceIndex:
			x, y := s.SplitKeys()
			if x < 0 {
				x = y
			}
			b.WriteString("[" + strconv.Itoa(x) + "]")
		case cmp.Indirect:
		default:
			if i > 0 {
				b.WriteString(step.String())
			}
		}
	}
	if b.Len() == 0 {
		return "the record"
	}
	return b.String()
}

// Strings longer than longString characters are shown around their first
// difference: context characters before it and the rest of longString
// after.
const (
	longString = 60
	context    = 20
)

// formatPair formats the values wanted and got, each "(absent)" when it is
// not there at all (an item of one list only).
func formatPair(x, y reflect.Value) (string, string) {
	if x.IsValid() && y.IsValid() && x.Kind() == reflect.String && y.Kind() == reflect.String {
		return quoteAround(x.String(), y.String())
	}
	fx, fy := format(x), format(y)
	if fx == fy { // the same text, other parts: show them
		return fx + " " + parts(x), fy + " " + parts(y)
	}
	return fx, fy
}

// format returns a value as Diff shows it.
func format(v reflect.Value) string {
	if !v.IsValid() {
		return "(absent)"
	}
	if v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return "nil"
		}
		v = v.Elem()
	}
	switch t := v.Type(); {
	case t == dateType:
		return v.Interface().(notice.Date).String()
	case t == indexNumberType:
		return quote(v.Interface().(notice.IndexNumber).Text)
	case t == docNumberType:
		return quote(v.Interface().(notice.DocNumber).Text)
	case t == severityType:
		return v.Interface().(notice.Severity).String()
	}
	switch v.Kind() {
	case reflect.String:
		return quote(v.String())
	case reflect.Slice:
		items := make([]string, v.Len())
		for i := range items {
			items[i] = format(v.Index(i))
		}
		return "[" + strings.Join(items, ", ") + "]"
	case reflect.Struct:
		return formatStruct(v)
	}
	return fmt.Sprint(v.Interface())
}

// parts returns every part of a value whose text is the same as another's:
// an index number whose parts differ, a date with a time of day set
// without HasTime.
func parts(v reflect.Value) string {
	if v.Kind() == reflect.Pointer && !v.IsNil() {
		v = v.Elem()
	}
	if !v.IsValid() || v.Kind() != reflect.Struct {
		return ""
	}
	return formatStruct(v)
}

// formatStruct returns the fields of a struct that are not zero, by JSON
// key where the record's table names them: {name: "附件1", url: "…"}.
func formatStruct(v reflect.Value) string {
	var fields []string
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if !f.IsExported() || v.Field(i).IsZero() {
			continue
		}
		name := f.Name
		if k, ok := keys[v.Type()][name]; ok {
			name = k
		}
		value := format(v.Field(i))
		if v.Type() == dateType { // its fields, not the text again
			value = fmt.Sprint(v.Field(i).Interface())
		}
		fields = append(fields, name+": "+value)
	}
	return "{" + strings.Join(fields, ", ") + "}"
}

// quote quotes s as Go does, cut at longString characters.
func quote(s string) string {
	starts := runeStarts(s)
	if len(starts) <= longString {
		return strconv.Quote(s)
	}
	return strconv.Quote(s[:starts[longString]]) + "..."
}

// quoteAround quotes a and b, which differ, each around their first
// differing character when it is long: "..." outside the quotes marks what
// is left out, and the cuts fall between characters.
func quoteAround(a, b string) (string, string) {
	sa, sb := runeStarts(a), runeStarts(b)
	if len(sa) <= longString && len(sb) <= longString {
		return strconv.Quote(a), strconv.Quote(b)
	}
	k := 0 // characters in common at the start
	for k < len(sa) && k < len(sb) && cut(a, sa, k, k+1) == cut(b, sb, k, k+1) {
		k++
	}
	from := max(0, k-context)
	return window(a, sa, from), window(b, sb, from)
}

// window quotes longString characters of s from character from.
func window(s string, starts []int, from int) string {
	from = min(from, len(starts))
	to := min(len(starts), from+longString)
	q := strconv.Quote(cut(s, starts, from, to))
	if from > 0 {
		q = "..." + q
	}
	if to < len(starts) {
		q += "..."
	}
	return q
}

// cut returns characters from to to of s, whose characters start at starts.
func cut(s string, starts []int, from, to int) string {
	end := len(s)
	if to < len(starts) {
		end = starts[to]
	}
	if from >= len(starts) {
		return ""
	}
	return s[starts[from]:end]
}

// runeStarts returns the byte offset of each character of s; a byte that
// is not UTF-8 counts as a character of its own.
func runeStarts(s string) []int {
	starts := make([]int, 0, len(s))
	for i := 0; i < len(s); {
		starts = append(starts, i)
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return starts
}
