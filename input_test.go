package part3

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// day is a stand-in for a value with its own text decoder.
type day string

func (d *day) UnmarshalText(b []byte) error {
	if string(b) == "2023-02-30" {
		return errors.New("no such day")
	}
	*d = day(b)
	return nil
}

// council is a stand-in for a value whose decoder reports an *InputError.
type council string

func (c *council) UnmarshalText(b []byte) error {
	if string(b) != "Fife" {
		return &InputError{Category: ErrInvalidValue, Err: fmt.Errorf("unknown council %q", b), Expected: "one of the 32 council areas"}
	}
	*c = council(b)
	return nil
}

type testDoc struct {
	Kind     string    `json:"kind"`
	Council  council   `json:"council"`
	Services []testSvc `json:"services"`
}

type testSvc struct {
	ID       string `json:"id"`
	Count    int    `json:"count"`
	Start    day    `json:"start"`
	Children bool   `json:"children"`
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		category error
		path     string
		line     int
		expected string // a part of Expected
	}{
		{name: "good", input: `{"kind":"x","council":"Fife","services":[{"id":"a","count":1,"start":"2026-04-01"}]}`},
		{name: "not JSON", input: `plan`, category: ErrSyntax, line: 1},
		{name: "truncated", input: "{\"kind\":\"x\",\n\"services\":[", category: ErrSyntax, line: 2, expected: "a complete JSON document"},
		{name: "empty", input: ``, category: ErrSyntax},
		{name: "trailing data", input: `{"kind":"x"} {}`, category: ErrSyntax, line: 1},
		{name: "wrong top-level type", input: `[1,2]`, category: ErrWrongType, path: ""},
		{name: "null document", input: " null\n", category: ErrWrongType, path: "", line: 1},
		{name: "unknown field", input: "{\"kind\":\"x\",\n\"services\":[{\"id\":\"a\"},{\"bogus\":1}]}", category: ErrUnknownField, path: "/services/1/bogus", line: 2},
		{name: "duplicate field", input: `{"kind":"x","kind":"y"}`, category: ErrDuplicateField, line: 1},
		{name: "wrong field type", input: `{"services":[{"count":"three"}]}`, category: ErrWrongType, path: "/services/0/count"},
		{name: "fraction for a whole number", input: `{"services":[{"count":1.5}]}`, category: ErrInvalidValue, path: "/services/0/count", expected: "a whole number"},
		{name: "number out of range", input: `{"services":[{"count":1e400}]}`, category: ErrInvalidValue, path: "/services/0/count", expected: "a whole number"},
		{name: "bool as string", input: `{"services":[{"children":"yes"}]}`, category: ErrWrongType, path: "/services/0/children"},
		{name: "number where a date belongs", input: `{"services":[{"start":20260401}]}`, category: ErrWrongType, path: "/services/0/start"},
		{name: "impossible date", input: `{"services":[{"start":"2023-02-30"}]}`, category: ErrInvalidValue, path: "/services/0/start"},
		{name: "unknown council", input: `{"council":"Atlantis"}`, category: ErrInvalidValue, path: "/council"},
		{name: "invalid UTF-8", input: "{\"kind\":\"\xff\"}", category: ErrSyntax, line: 1},
		{name: "byte order mark", input: "\ufeff{\"kind\":\"x\"}", category: ErrSyntax, line: 1},
		{name: "too deep", input: `{"kind":` + strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1) + `}`, category: ErrTooDeep, line: 1},
		{name: "too large", input: `{"kind":"` + strings.Repeat("x", MaxDocumentSize) + `"}`, category: ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d testDoc
			err := Decode("plan.json", []byte(tt.input), &d)
			if tt.category == nil {
				require.NoError(t, err)
				return
			}
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("Decode = %v (%T), want an *InputError", err, err)
			}
			if !errors.Is(err, tt.category) {
				t.Errorf("category = %v, want %v (%v)", ie.Category, tt.category, err)
			}
			if ie.File != "plan.json" || !strings.HasPrefix(err.Error(), "plan.json") {
				t.Errorf("error %q does not name the file", err)
			}
			if tt.path != "" && ie.Path != tt.path {
				t.Errorf("path = %q, want %q (%v)", ie.Path, tt.path, err)
			}
			if tt.line != 0 && ie.Line != tt.line {
				t.Errorf("line = %d, want %d (%v)", ie.Line, tt.line, err)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("error is not one line: %q", err)
			}
			if !strings.Contains(ie.Expected, tt.expected) {
				t.Errorf("Expected = %q, want it to say %q", ie.Expected, tt.expected)
			}
		})
	}
}

func TestDecodeKeepsValueErrorWords(t *testing.T) {
	var d testDoc
	err := Decode("p.json", []byte(`{"council":"Atlantis"}`), &d)
	require.Error(t, err)
	for _, want := range []string{"p.json:1:", "/council", `unknown council "Atlantis"`, "one of the 32 council areas"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}

func TestPeekKind(t *testing.T) {
	tests := []struct {
		input    string
		want     string
		category error
	}{
		{input: `{"version":1,"kind":"annual-report","x":[1,{"kind":"no"}]}`, want: "annual-report"},
		{input: `{"x":{"kind":"nested"},"kind":"childrens-services-plan"}`, want: "childrens-services-plan"},
		{input: `{"x":1}`, category: ErrWrongKind},
		{input: `{"kind":3}`, category: ErrWrongType},
		{input: `[]`, category: ErrWrongType},
		{input: `{"kind"`, category: ErrSyntax},
		{input: ``, category: ErrSyntax},
		{input: "\ufeff{\"kind\":\"annual-report\"}", category: ErrSyntax},
		{input: `{"x":` + strings.Repeat("[", 20000) + strings.Repeat("]", 20000) + `,"kind":"annual-report"}`, category: ErrTooDeep},
	}
	for _, tt := range tests {
		got, err := PeekKind("f.json", []byte(tt.input))
		if tt.category == nil {
			require.NoError(t, err, tt.input)
			if got != tt.want {
				t.Errorf("PeekKind(%s) = %q, want %q", tt.input, got, tt.want)
			}
			continue
		}
		if !errors.Is(err, tt.category) {
			t.Errorf("PeekKind(%s) error = %v, want category %v", tt.input, err, tt.category)
		}
	}
}

func TestWithFile(t *testing.T) {
	if WithFile(nil, "x") != nil {
		t.Error("nil stays nil")
	}
	err := WithFile(&InputError{Path: "/a", Category: ErrMissing}, "plan.json")
	var ie *InputError
	require.ErrorAs(t, err, &ie)
	if ie.File != "plan.json" || !errors.Is(err, ErrMissing) {
		t.Errorf("WithFile = %+v", ie)
	}
	plain := WithFile(errors.New("boom"), "r.json")
	if !strings.HasPrefix(plain.Error(), "r.json: ") {
		t.Errorf("plain error = %q", plain)
	}
}

func TestReadAll(t *testing.T) {
	data, err := ReadAll("a", strings.NewReader("{}"))
	require.NoError(t, err)
	if string(data) != "{}" {
		t.Errorf("ReadAll = %q", data)
	}
	_, err = ReadAll("big.json", strings.NewReader(strings.Repeat(" ", MaxDocumentSize+1)))
	if !errors.Is(err, ErrTooLarge) {
		t.Errorf("ReadAll of an oversize input = %v", err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(`{"kind":"x","council":"Fife","services":[{"id":"a","count":1,"start":"2026-04-01"}]}`)
	f.Add(`{"services":[{"start":"2023-02-30"}]}`)
	f.Add(`[[[[`)
	f.Fuzz(func(t *testing.T, s string) {
		var d testDoc
		err := Decode("f.json", []byte(s), &d)
		if _, ok := referenceDepth([]byte(s)); !ok && len(s) <= MaxDocumentSize && !strings.HasPrefix(s, "\ufeff") && !errors.Is(err, ErrTooDeep) {
			t.Fatalf("Decode(%q) = %v, want ErrTooDeep", s, err)
		}
		if err == nil {
			return
		}
		var ie *InputError
		if !errors.As(err, &ie) || ie.Category == nil || ie.File != "f.json" {
			t.Fatalf("Decode(%q) = %v (%T): every failure is an *InputError with a category and the file", s, err, err)
		}
		_, _ = PeekKind("f.json", []byte(s))
	})
}
