package part3

import (
	"errors"
	"strings"
	"testing"

	"github.com/go-json-experiment/json/jsontext"
)

// referenceDepth is the plain byte-by-byte scan that checkDepth must agree
// with on every input.
func referenceDepth(data []byte) (int, bool) {
	depth := 0
	inString, escaped := false, false
	for i, c := range data {
		if inString {
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
			continue
		}
		switch c {
		case '"':
			inString = true
		case '{', '[':
			depth++
			if depth > MaxDepth {
				return i, false
			}
		case '}', ']':
			depth--
		}
	}
	return 0, true
}

var depthCases = []struct {
	name   string
	input  string
	offset int
	ok     bool
}{
	{"empty", ``, 0, true},
	{"at the limit", strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth), 0, true},
	{"one past the limit", strings.Repeat("[", MaxDepth+1), MaxDepth, false},
	{"objects count too", strings.Repeat(`{"a":`, MaxDepth+1), 5 * MaxDepth, false},
	{"brackets in a string do not count", `["` + strings.Repeat("[", 100) + `"]`, 0, true},
	{"escaped quote does not close the string", `["\"` + strings.Repeat("[", 100) + `"]`, 0, true},
	{"escaped backslash before the closing quote", `["\\",` + strings.Repeat("[", MaxDepth) + `]`, 6 + MaxDepth - 1, false},
	{"three backslashes escape the quote", `["\\\"[[[[",` + strings.Repeat("[", MaxDepth) + `]`, 12 + MaxDepth - 1, false},
	{"unclosed string", `["` + strings.Repeat("[", 100), 0, true},
	{"closing brackets lower the depth", strings.Repeat("[]", 100), 0, true},
}

func TestCheckDepth(t *testing.T) {
	for _, tc := range depthCases {
		t.Run(tc.name, func(t *testing.T) {
			off, ok := checkDepth([]byte(tc.input))
			if off != tc.offset || ok != tc.ok {
				t.Errorf("checkDepth = %d, %v; want %d, %v", off, ok, tc.offset, tc.ok)
			}
			roff, rok := referenceDepth([]byte(tc.input))
			if off != roff || ok != rok {
				t.Errorf("checkDepth = %d, %v; the byte-by-byte scan gives %d, %v", off, ok, roff, rok)
			}
		})
	}
}

// FuzzCheckDepth holds the jumping scan to the byte-by-byte one.
func FuzzCheckDepth(f *testing.F) {
	for _, tc := range depthCases {
		f.Add([]byte(tc.input))
	}
	f.Add([]byte(`{"a":"\\\\\"","b":[[["\\"]]]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		off, ok := checkDepth(data)
		roff, rok := referenceDepth(data)
		if off != roff || ok != rok {
			t.Fatalf("checkDepth(%q) = %d, %v; the byte-by-byte scan gives %d, %v", data, off, ok, roff, rok)
		}
	})
}

type (
	flat      struct{ A, B string }
	withList  struct{ Items []flat }
	withBytes struct{ Data []byte }
	withText  struct{ When day }
	withMap   struct{ ByID map[string][]flat }
	withPtr   struct{ Next *flat }
	recursive struct{ Children []recursive }
	withAny   struct{ Extra any }
	withValue struct{ Raw jsontext.Value }
	withOwn   struct{ Own ownDecoder }
	namedByte uint8
	withNamed struct{ X []namedByte }
	ownByte   uint8
	withOwnB  struct{ X []ownByte }
	selfPtr   *selfPtr
)

// ownByte is a byte type with its own JSON decoder: a list of them is a
// JSON array of values of any depth.
func (*ownByte) UnmarshalJSON([]byte) error { return nil }

// ownDecoder decodes itself from JSON, so its nesting cannot be known.
type ownDecoder struct{}

func (*ownDecoder) UnmarshalJSON([]byte) error { return nil }

func TestDepthBound(t *testing.T) {
	tests := []struct {
		name   string
		target any
		want   int
	}{
		{"string", new(string), 0},
		{"text decoder", new(day), 0},
		{"flat object", new(flat), 1},
		{"list of objects", new(withList), 3},
		{"bytes are a string", new(withBytes), 1},
		{"text decoder field", new(withText), 1},
		{"map of lists", new(withMap), 4},
		{"pointer field", new(withPtr), 2},
		{"the test document", new(testDoc), 3},
		{"recursive type", new(recursive), unbounded},
		{"interface", new(any), unbounded},
		{"interface field", new(withAny), unbounded},
		{"raw JSON field", new(withValue), unbounded},
		{"own JSON decoder", new(withOwn), unbounded},
		{"named bytes are an array", new(withNamed), 2},
		{"named bytes with their own JSON decoder", new(withOwnB), unbounded},
		{"pointer to itself", new(selfPtr), unbounded},
		{"not a pointer", flat{}, unbounded},
		{"nil", nil, unbounded},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := depthBound(tt.target); got != tt.want {
				t.Errorf("depthBound = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestDecodeTooDeepWhateverTheTarget holds that a document nested deeper
// than MaxDepth is ErrTooDeep at the same place whether the target's type
// bounds the depth (decoded first, scanned on failure) or not (scanned
// first).
func TestDecodeTooDeepWhateverTheTarget(t *testing.T) {
	deep := "{\"kind\":\"x\",\n\"services\":" + strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1) + "}"
	for _, target := range []any{new(testDoc), new(any), new(withAny), new(recursive), new(withOwnB)} {
		err := Decode("deep.json", []byte(deep), target)
		var ie *InputError
		if !errors.As(err, &ie) || !errors.Is(err, ErrTooDeep) {
			t.Fatalf("Decode into %T = %v, want ErrTooDeep", target, err)
		}
		if ie.Line != 2 || ie.Column != 11+MaxDepth {
			t.Errorf("Decode into %T: at %d:%d, want 2:%d (the object and %d brackets make %d levels)", target, ie.Line, ie.Column, 11+MaxDepth, MaxDepth, MaxDepth+1)
		}
	}
	// A list of a byte type with its own JSON decoder takes a document
	// that would decode, were it not too deep.
	ownDeep := `{"X":[` + strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth) + `]}`
	if err := Decode("own.json", []byte(ownDeep), new(withOwnB)); !errors.Is(err, ErrTooDeep) {
		t.Errorf("Decode of %d levels into []ownByte = %v, want ErrTooDeep", MaxDepth+2, err)
	}
	// At the limit, a target that holds any JSON takes the document.
	atLimit := strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth)
	var v any
	if err := Decode("ok.json", []byte(atLimit), &v); err != nil {
		t.Errorf("Decode of %d levels into any = %v, want no error", MaxDepth, err)
	}
}
