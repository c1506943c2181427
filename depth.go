package part3

import (
	"bytes"
	"reflect"
	"sync"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// structural marks the bytes that checkDepth stops at outside strings.
var structural = [256]bool{'"': true, '{': true, '[': true, '}': true, ']': true}

// checkDepth scans data for nesting deeper than MaxDepth, skipping strings.
// It returns the offset of the first bracket too deep and false, or true.
//
// It runs on whole documents (before decoding into a type of unbounded
// depth, after a failed decode otherwise), so it jumps rather than steps: outside
// strings it skips bytes that are not brackets or quotes, and inside a
// string it jumps to the next quote and counts the backslashes before it to
// tell an escaped quote from the closing one. Input that is not JSON is left
// to the parser to report.
func checkDepth(data []byte) (int, bool) {
	depth := 0
	for i := 0; i < len(data); i++ {
		c := data[i]
		if !structural[c] {
			continue
		}
		switch c {
		case '"':
			end, ok := stringEnd(data, i)
			if !ok {
				return 0, true
			}
			i = end
		case '{', '[':
			depth++
			if depth > MaxDepth {
				return i, false
			}
		default: // '}', ']'
			depth--
		}
	}
	return 0, true
}

// stringEnd returns the offset of the quote that closes the string opened
// by the quote at data[open], and false if the string is not closed.
func stringEnd(data []byte, open int) (int, bool) {
	j := open + 1
	for {
		k := bytes.IndexByte(data[j:], '"')
		if k < 0 {
			return 0, false
		}
		j += k
		backslashes := 0
		for m := j - 1; m > open && data[m] == '\\'; m-- {
			backslashes++
		}
		if backslashes%2 == 0 {
			return j, true
		}
		j++
	}
}

// unbounded is the depth bound of a type that can hold JSON of any depth.
const unbounded = -1

// DepthBounded is implemented by a type with its own JSON decoder (an
// UnmarshalJSONFrom or UnmarshalJSON method) that accepts JSON nested no
// deeper than JSONDepth levels of objects and arrays, the value itself
// counted. [Decode] then bounds the nesting of a document of the type, or
// holding it, as it does for types without their own decoder: it scans a
// document for nesting deeper than MaxDepth only when decoding fails,
// not before every decode. A type whose decoder accepts what its fields
// do can return [TypeDepth] of a type with its fields and no methods.
type DepthBounded interface {
	JSONDepth() int
}

var depthBoundedType = reflect.TypeFor[DepthBounded]()

// TypeDepth returns the deepest nesting of JSON objects and arrays that a
// strict decode into a value of type t can accept, the value itself
// counted (a string is 0, a struct of strings 1), or -1 if it has no
// bound: t is or holds an interface, raw JSON, a type with its own JSON
// decoder that is not [DepthBounded], or itself.
func TypeDepth(t reflect.Type) int {
	return typeDepth(t, map[reflect.Type]bool{})
}

// depthBounds caches typeDepth per type: reflect.Type to int.
var depthBounds sync.Map

var (
	unmarshalerFromType = reflect.TypeFor[json.UnmarshalerFrom]()
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	valueType           = reflect.TypeFor[jsontext.Value]()
	byteType            = reflect.TypeFor[byte]()
)

// depthBound returns the deepest nesting of JSON objects and arrays that a
// successful strict decode into the value v points to can have consumed, or
// unbounded. A document kind's Go type nests a fixed number of levels, so a
// document that decodes into it without error is no deeper than that; when
// the bound is within MaxDepth, Decode need only scan for depth when
// decoding fails.
func depthBound(v any) int {
	t := reflect.TypeOf(v)
	if t == nil || t.Kind() != reflect.Pointer {
		return unbounded
	}
	if d, ok := depthBounds.Load(t); ok {
		return d.(int)
	}
	d := typeDepth(t.Elem(), map[reflect.Type]bool{})
	depthBounds.Store(t, d)
	return d
}

// typeDepth returns the deepest JSON nesting that decoding into t can
// accept, or unbounded. It errs high: a struct counts as an object even
// when it is embedded and its fields are inlined in the parent.
func typeDepth(t reflect.Type, visiting map[reflect.Type]bool) int {
	// The JSON library prefers a type's own JSON decoder, then its text
	// decoder; what a JSON decoder accepts cannot be known from its type,
	// and a text decoder accepts only a string.
	pt := reflect.PointerTo(t)
	switch {
	case t == valueType:
		return unbounded
	case t.Implements(unmarshalerFromType), pt.Implements(unmarshalerFromType),
		t.Implements(unmarshalerType), pt.Implements(unmarshalerType):
		switch {
		case t.Implements(depthBoundedType):
			return reflect.Zero(t).Interface().(DepthBounded).JSONDepth()
		case pt.Implements(depthBoundedType):
			return reflect.New(t).Interface().(DepthBounded).JSONDepth()
		}
		return unbounded
	case pt.Implements(textUnmarshalerType):
		return 0
	}
	switch t.Kind() {
	case reflect.Pointer:
		if visiting[t] {
			return unbounded // type P *P
		}
		visiting[t] = true
		defer delete(visiting, t)
		return typeDepth(t.Elem(), visiting)
	case reflect.Interface:
		return unbounded
	case reflect.Slice, reflect.Array:
		if t.Elem() == byteType {
			return 0 // bytes are a base64 string
		}
		// A named byte type is an array of its own values.
		return nested(t, visiting, t.Elem())
	case reflect.Map:
		return nested(t, visiting, t.Elem())
	case reflect.Struct:
		fields := make([]reflect.Type, t.NumField())
		for i := range fields {
			fields[i] = t.Field(i).Type
		}
		return nested(t, visiting, fields...)
	default:
		return 0
	}
}

// nested returns one more than the deepest of the inner types, or
// unbounded if any of them is, or if t contains itself.
func nested(t reflect.Type, visiting map[reflect.Type]bool, inner ...reflect.Type) int {
	if visiting[t] {
		return unbounded
	}
	visiting[t] = true
	defer delete(visiting, t)
	deepest := 0
	for _, in := range inner {
		d := typeDepth(in, visiting)
		if d == unbounded {
			return unbounded
		}
		deepest = max(deepest, d)
	}
	return 1 + deepest
}
