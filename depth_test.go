package part3

import (
	"strings"
	"testing"
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
