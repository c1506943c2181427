package part3

import (
	"bytes"
	"encoding"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// codecKind is how a Go type is decoded.
type codecKind uint8

const (
	ownFrom     codecKind = iota + 1 // its UnmarshalJSONFrom method
	ownJSON                          // its UnmarshalJSON method
	rawValue                         // jsontext.Value: the JSON as it is
	text                             // its UnmarshalText method, from a JSON string
	anyValue                         // an interface: any JSON value, as the JSON library decodes it
	pointer                          // a pointer to the element
	list                             // a slice of the element
	array                            // an array of the element
	mapping                          // a map of string keys to the element
	object                           // a struct, by its fields
	stringKind                       // a string
	boolKind                         // a bool
	intKind                          // a signed integer of bits bits
	uintKind                         // an unsigned integer of bits bits
	floatKind                        // a floating-point number of bits bits
	unsupported                      // a type no JSON decodes into: a channel, a function
)

// codec says how to decode values of one Go type.
type codec struct {
	typ  reflect.Type
	kind codecKind
	// own is set for a type with its own decoder and also a struct or a
	// type of its fields: what DecodeReflective decodes it as.
	own  *codec
	elem *codec // pointer, list, array, mapping
	bits int    // intKind, uintKind, floatKind
	// object: the members by name, and their names in the order of the
	// struct's fields, for suggestions.
	fields map[string]*field
	names  []string
	// textKey: a map whose keys decode with UnmarshalText.
	textKey bool
	// retired: the members a struct once had (see Retiring).
	retired []RetiredMember
}

// field is one member of a struct decoded by its fields.
type field struct {
	name  string
	index []int // the field, through any embedded structs
	bit   uint  // its place among the struct's members
	c     *codec
}

var codecs sync.Map // reflect.Type to *codec

var (
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	jsonValueType       = reflect.TypeFor[jsontext.Value]()
	jsonUnmarshalerFrom = reflect.TypeFor[json.UnmarshalerFrom]()
	jsonUnmarshaler     = reflect.TypeFor[json.Unmarshaler]()
)

// codecOf returns the codec of t, built once.
func codecOf(t reflect.Type) *codec {
	if c, ok := codecs.Load(t); ok {
		return c.(*codec)
	}
	building := map[reflect.Type]*codec{}
	c := buildCodec(t, building)
	for bt, bc := range building {
		codecs.LoadOrStore(bt, bc)
	}
	actual, _ := codecs.LoadOrStore(t, c)
	return actual.(*codec)
}

// buildCodec builds the codec of t; building holds the codecs being built,
// so that a type that contains itself refers to its own codec.
func buildCodec(t reflect.Type, building map[reflect.Type]*codec) *codec {
	if c, ok := codecs.Load(t); ok {
		return c.(*codec)
	}
	if c, ok := building[t]; ok {
		return c
	}
	c := &codec{typ: t}
	building[t] = c
	pt := reflect.PointerTo(t)
	switch {
	case t == jsonValueType:
		c.kind = rawValue
		return c
	case pt.Implements(jsonUnmarshalerFrom):
		c.kind = ownFrom
	case pt.Implements(jsonUnmarshaler):
		c.kind = ownJSON
	case pt.Implements(textUnmarshalerType):
		c.kind = text
		return c
	}
	if c.kind != 0 {
		// DecodeReflective decodes a type with its own decoder by its
		// fields, if it is a struct.
		if t.Kind() == reflect.Struct {
			c.own = &codec{typ: t}
			fillCodec(c.own, t, building)
		}
		return c
	}
	fillCodec(c, t, building)
	return c
}

// fillCodec sets c to decode t by its Go kind.
func fillCodec(c *codec, t reflect.Type, building map[reflect.Type]*codec) {
	switch t.Kind() {
	case reflect.Interface:
		c.kind = anyValue
	case reflect.Pointer:
		c.kind, c.elem = pointer, buildCodec(t.Elem(), building)
	case reflect.Slice:
		c.kind, c.elem = list, buildCodec(t.Elem(), building)
	case reflect.Array:
		c.kind, c.elem = array, buildCodec(t.Elem(), building)
	case reflect.Map:
		k := t.Key()
		switch {
		case reflect.PointerTo(k).Implements(textUnmarshalerType):
			c.textKey = true
		case k.Kind() != reflect.String:
			c.kind = unsupported
			return
		}
		c.kind, c.elem = mapping, buildCodec(t.Elem(), building)
	case reflect.Struct:
		c.kind = object
		c.fields = map[string]*field{}
		var list []*field
		structFields(t, nil, 0, map[string]int{}, &list, building)
		for i, f := range list {
			f.bit = uint(i)
			c.fields[f.name] = f
			c.names = append(c.names, f.name)
		}
		if reflect.PointerTo(t).Implements(retiringType) {
			c.retired = reflect.New(t).Interface().(Retiring).RetiredMembers()
		}
	case reflect.String:
		c.kind = stringKind
	case reflect.Bool:
		c.kind = boolKind
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		c.kind, c.bits = intKind, t.Bits()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		c.kind, c.bits = uintKind, t.Bits()
	case reflect.Float32, reflect.Float64:
		c.kind, c.bits = floatKind, t.Bits()
	default:
		c.kind = unsupported
	}
}

// structFields appends to list the JSON members of struct t, reached
// through index: an exported field named by its json tag (or its Go name),
// and the members of an embedded struct without a tag as t's own. Where
// two fields give one name, the shallower wins; at the same depth,
// neither does. depths records the depth of each name so far.
func structFields(t reflect.Type, index []int, depth int, depths map[string]int, list *[]*field, building map[reflect.Type]*codec) {
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		at := append(index[:len(index):len(index)], i)
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				structFields(ft, at, depth+1, depths, list, building)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if d, ok := depths[name]; ok {
			switch {
			case d < depth:
				continue
			case d == depth:
				// Two fields of one name at one depth: neither is a
				// member.
				*list = removeField(*list, name)
				continue
			}
			*list = removeField(*list, name)
		}
		depths[name] = depth
		*list = append(*list, &field{name: name, index: at, c: buildCodec(f.Type, building)})
	}
}

func removeField(list []*field, name string) []*field {
	out := list[:0]
	for _, f := range list {
		if f.name != name {
			out = append(out, f)
		}
	}
	return out
}

// expected words what a JSON value of c's type is, for an error.
func (c *codec) expected() string {
	switch c.kind {
	case text, stringKind:
		return "a string"
	case boolKind:
		return "true or false"
	case intKind:
		return "a whole number"
	case uintKind:
		return "a whole number of 0 or more"
	case floatKind:
		return "a number"
	case list, array:
		return "an array"
	case object, mapping:
		return "an object"
	case pointer:
		return c.elem.expected()
	}
	return "a value other than null"
}

// raw reads the next value whole and returns it, or nil after the error
// of the JSON that stops reading.
func (r *Reader) raw() jsontext.Value {
	if r.in != nil {
		return r.in.value()
	}
	raw, err := r.dec.ReadValue()
	if err != nil {
		r.fail(err)
		return nil
	}
	return raw
}

// value decodes the next JSON value into v, settable, of c's type.
func (r *Reader) value(v reflect.Value, c *codec) {
	if r.fields && c.own != nil {
		c = c.own
	}
	switch c.kind {
	case ownFrom:
		if k := r.peek(); k == 0 {
			return
		}
		if rd, ok := v.Addr().Interface().(Readable); ok {
			rd.ReadJSON(r) // with this Reader, its problems and its strings
			return
		}
		u := v.Addr().Interface().(json.UnmarshalerFrom)
		if r.in != nil {
			// In place, the value's own decoder reads its bytes: the paths
			// of its problems are below the value.
			raw := r.in.value()
			if raw == nil {
				return
			}
			if err := u.UnmarshalJSONFrom(jsontext.NewDecoder(bytes.NewReader(raw), jsontext.AllowDuplicateNames(true))); err != nil {
				r.absorb(err, true)
			}
			return
		}
		if err := u.UnmarshalJSONFrom(r.dec); err != nil {
			r.absorb(err, false)
		}
		return
	case ownJSON:
		k := r.peek()
		if k == 0 {
			return
		}
		if k == 'n' {
			r.wrong(k, c.expected())
			return
		}
		raw := r.raw()
		if raw == nil {
			return
		}
		if err := v.Addr().Interface().(json.Unmarshaler).UnmarshalJSON(raw); err != nil {
			r.absorb(err, true)
		}
		return
	case text:
		r.Text(v.Addr().Interface().(encoding.TextUnmarshaler))
		return
	case anyValue:
		if r.peek() == 0 {
			return
		}
		raw := r.raw()
		if raw == nil {
			return
		}
		if err := json.Unmarshal(raw, v.Addr().Interface()); err != nil {
			r.Problem(ErrInvalidValue, err, "")
		}
		return
	}
	k := r.peek()
	if k == 0 {
		return
	}
	if k == 'n' {
		r.wrong(k, c.expected())
		return
	}
	switch c.kind {
	case rawValue:
		raw := r.raw()
		if raw == nil {
			return
		}
		v.SetBytes(raw.Clone())
	case pointer:
		if v.IsNil() {
			v.Set(reflect.New(c.typ.Elem()))
		}
		r.value(v.Elem(), c.elem)
	case list:
		r.list(v, c)
	case array:
		r.array(v, c)
	case mapping:
		r.mapping(v, c)
	case object:
		r.object(v, c)
	case stringKind:
		var s string
		r.String(&s)
		v.SetString(s)
	case boolKind:
		var b bool
		r.Bool(&b)
		v.SetBool(b)
	case intKind:
		if raw := r.scalar('0', c.expected()); raw != nil {
			if n, ok := r.int(raw, c.bits); ok {
				v.SetInt(n)
			}
		}
	case uintKind:
		if raw := r.scalar('0', c.expected()); raw != nil {
			if n, ok := r.uint(raw, c.bits); ok {
				v.SetUint(n)
			}
		}
	case floatKind:
		if raw := r.scalar('0', c.expected()); raw != nil {
			if f, ok := r.float(raw, c.bits); ok {
				v.SetFloat(f)
			}
		}
	default:
		r.Skip()
		r.Problem(ErrInvalidValue, errors.New("no JSON value decodes into a "+c.typ.String()), "")
	}
}

func (r *Reader) list(v reflect.Value, c *codec) {
	if !r.BeginArray() {
		return
	}
	s := reflect.MakeSlice(c.typ, 0, 4)
	n := 0
	for ; r.More(); n++ {
		if n == s.Cap() {
			grown := reflect.MakeSlice(c.typ, n, 2*n)
			reflect.Copy(grown, s)
			s = grown
		}
		s = s.Slice(0, n+1)
		r.value(s.Index(n), c.elem)
	}
	r.End()
	if s.Cap() > n {
		exact := reflect.MakeSlice(c.typ, n, n)
		reflect.Copy(exact, s)
		s = exact
	}
	v.Set(s)
}

func (r *Reader) array(v reflect.Value, c *codec) {
	if !r.BeginArray() {
		return
	}
	n := 0
	for ; r.More(); n++ {
		if n < v.Len() {
			r.value(v.Index(n), c.elem)
			continue
		}
		r.Skip()
	}
	r.End()
	if n != v.Len() {
		r.Problem(ErrInvalidValue, errors.New("an array of the wrong length"), "an array of "+strconv.Itoa(v.Len()))
	}
}

func (r *Reader) mapping(v reflect.Value, c *codec) {
	if !r.BeginObject() {
		return
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(c.typ))
	}
	var seen []string
	for r.More() {
		name := string(r.Name())
		if !r.OK() {
			break
		}
		if containsName(seen, name) {
			r.duplicate()
			continue
		}
		seen = append(seen, name)
		key := reflect.New(c.typ.Key()).Elem()
		if c.textKey {
			if err := key.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(name)); err != nil {
				r.absorb(err, true)
				r.Skip()
				continue
			}
		} else {
			key.SetString(name)
		}
		elem := reflect.New(c.elem.typ).Elem()
		r.value(elem, c.elem)
		v.SetMapIndex(key, elem)
	}
	r.End()
}

func containsName(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (r *Reader) object(v reflect.Value, c *codec) {
	if !r.BeginObject() {
		return
	}
	var seen Seen
	var more []bool // for a struct of more members than Seen has bits
	for r.More() {
		name := r.Name()
		if !r.OK() {
			break
		}
		f := c.fields[string(name)]
		if f == nil {
			if m, ok := retiredMember(c.retired, name); ok {
				r.errs.add(retired(r.pointer(), m))
				r.Skip()
				continue
			}
			r.Unknown(name, c.names)
			continue
		}
		if f.bit < uint(len(seen))*64 {
			if !r.First(&seen, f.bit) {
				continue
			}
		} else {
			if more == nil {
				more = make([]bool, len(c.names))
			}
			if more[f.bit] {
				r.duplicate()
				continue
			}
			more[f.bit] = true
		}
		r.value(fieldOf(v, f.index), f.c)
	}
	r.End()
}

func retiredMember(list []RetiredMember, name []byte) (RetiredMember, bool) {
	for _, m := range list {
		if m.Name == string(name) {
			return m, true
		}
	}
	return RetiredMember{}, false
}

// fieldOf returns the field of struct v at index, allocating any nil
// embedded struct pointer on the way.
func fieldOf(v reflect.Value, index []int) reflect.Value {
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}
