package part3

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/require"
)

// problem is what a test expects of one problem.
type problem struct {
	Path         string
	Line, Column int
	Category     error
	Message      string // a part of the problem's line
}

// problemsOf returns the problems of err, which must be an *InputError.
func problemsOf(t *testing.T, err error) []problem {
	t.Helper()
	var ie *InputError
	require.ErrorAs(t, err, &ie)
	var out []problem
	for _, p := range ie.Problems() {
		out = append(out, problem{p.Path, p.Line, p.Column, p.Category, p.Error()})
	}
	return out
}

// checkProblems compares the problems of err with want: each path,
// position and category, and that each line says its Message.
func checkProblems(t *testing.T, err error, want []problem) {
	t.Helper()
	got := problemsOf(t, err)
	strip := func(ps []problem) []problem {
		out := make([]problem, len(ps))
		for i, p := range ps {
			p.Message = ""
			out[i] = p
		}
		return out
	}
	if diff := cmp.Diff(strip(want), strip(got), cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
		t.Errorf("problems (-want +got):\n%s\n%v", diff, err)
	}
	for i := range min(len(want), len(got)) {
		if !strings.Contains(got[i].Message, want[i].Message) {
			t.Errorf("problem %d: %q does not say %q", i, got[i].Message, want[i].Message)
		}
	}
}

func TestDecodeReportsEveryProblem(t *testing.T) {
	doc := `{
  "kind": "x",
  "council": "Atlantis",
  "services": [
    {"id": "a", "cuont": 1, "start": "2026-04-01"},
    {"id": 7, "count": 1.5, "start": "2023-02-30", "children": null},
    {"id": "c", "start": "", "id": "d"}
  ],
  "colour": "blue"
}`
	var d testDoc
	err := Decode("doc.json", []byte(doc), &d)
	checkProblems(t, err, []problem{
		{"/council", 3, 14, ErrInvalidValue, `unknown council "Atlantis"`},
		{"/services/0/cuont", 5, 17, ErrUnknownField, `"cuont" is not a field here; did you mean "count"? (expected one of this object's members: id, count, start, children)`},
		{"/services/1/id", 6, 12, ErrWrongType, "found a number (expected a string)"},
		{"/services/1/count", 6, 24, ErrInvalidValue, "1.5: invalid syntax (expected a whole number)"},
		{"/services/1/start", 6, 38, ErrInvalidValue, "no such day"},
		{"/services/1/children", 6, 64, ErrWrongType, "found null (expected true or false, or the member left out)"},
		{"/services/2/start", 7, 26, ErrMissing, "empty string"},
		{"/services/2/id", 7, 30, ErrDuplicateField, "the same field appears twice"},
		{"/colour", 9, 3, ErrUnknownField, `"colour" is not a field here (expected one of this object's members: kind, council, services)`},
	})
	// errors.As finds the first; errors.Is matches every category.
	var ie *InputError
	require.ErrorAs(t, err, &ie)
	require.Equal(t, "/council", ie.Path)
	for _, c := range []error{ErrInvalidValue, ErrUnknownField, ErrWrongType, ErrMissing, ErrDuplicateField} {
		require.ErrorIs(t, err, c)
	}
	require.NotErrorIs(t, err, ErrSyntax)
	require.True(t, strings.HasSuffix(err.Error(), " (and 8 more problems)"), err.Error())
	require.NotContains(t, err.Error(), "\n")
	require.Zero(t, ie.Omitted)
	// Each problem formats on its own line.
	for _, p := range ie.Problems() {
		require.NotContains(t, p.Error(), "more problem")
		require.True(t, strings.HasPrefix(p.Error(), fmt.Sprintf("doc.json:%d:%d: %s: ", p.Line, p.Column, p.Path)), p.Error())
	}
}

func TestDecodeProblemsThenSyntaxError(t *testing.T) {
	var d testDoc
	err := Decode("doc.json", []byte("{\"kind\": 3,\n \"services\": [{\"id\": \"a\" \"count\": 1}]}"), &d)
	checkProblems(t, err, []problem{
		{"/kind", 1, 10, ErrWrongType, "found a number"},
		{"/services/0", 2, 26, ErrSyntax, "invalid character"},
	})
}

func TestDecodeCapsTheProblems(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"kind": "x"`)
	for i := range 30 {
		fmt.Fprintf(&b, `, "extra%d": %d`, i, i)
	}
	b.WriteString("}")
	var d testDoc
	err := Decode("doc.json", []byte(b.String()), &d)
	var ie *InputError
	require.ErrorAs(t, err, &ie)
	require.Len(t, ie.Problems(), MaxProblems)
	require.Equal(t, 30-MaxProblems, ie.Omitted)
	require.Equal(t, "/extra0", ie.Path)
	require.Equal(t, "/extra19", ie.More[len(ie.More)-1].Path)
	require.True(t, strings.HasSuffix(err.Error(), "(and 29 more problems)"), err.Error())
}

func TestDecodeNullAndEmpty(t *testing.T) {
	tests := []struct {
		doc  string
		want []problem
	}{
		{`{"services": null}`, []problem{{"/services", 1, 14, ErrWrongType, "found null (expected an array, or the member left out)"}}},
		{`{"services": [null]}`, []problem{{"/services/0", 1, 15, ErrWrongType, "found null (expected an object)"}}},
		{`{"council": null}`, []problem{{"/council", 1, 13, ErrWrongType, "found null (expected a string, or the member left out)"}}},
		// The empty string is refused where a textual value belongs, with
		// the type's own words if it refuses it too.
		{`{"council": ""}`, []problem{{"/council", 1, 13, ErrInvalidValue, `unknown council ""`}}},
		{`{"services": [{"start": ""}]}`, []problem{{"/services/0/start", 1, 25, ErrMissing, "the value is an empty string (expected a value, or the member left out)"}}},
	}
	for _, tt := range tests {
		var d testDoc
		checkProblems(t, Decode("doc.json", []byte(tt.doc), &d), tt.want)
	}
	// An empty string is a string.
	var d testDoc
	require.NoError(t, Decode("doc.json", []byte(`{"kind": "", "services": [{"id": ""}]}`), &d))
}

func TestDecodeAndCheck(t *testing.T) {
	doc := `{
  "kind": "x",
  "services": [
    {"id": "a", "count": "two"},
    {"id": "", "count": 2, "strat": "2026-04-01"},
    {"id": "a"}
  ]
}`
	check := func(d *testDoc) func(*InputErrors) {
		return func(l *InputErrors) {
			l.Add(&InputError{Path: "/kind", Category: ErrWrongKind, Err: errors.New("kind \"x\"")})
			for i, s := range d.Services {
				at := Pointer("services", i)
				switch {
				case s.ID == "":
					l.Add(&InputError{Path: at + "/id", Category: ErrMissing, Expected: "the service's ID"})
				case i > 0 && s.ID == d.Services[0].ID:
					l.Add(&InputError{Path: at + "/id", Category: ErrDuplicateID})
				}
				if s.Start == "" {
					// Missing where a misspelt member was meant: left
					// out beside the unknown member that suggests it.
					l.Add(&InputError{Path: at + "/start", Category: ErrMissing})
				}
				if s.Count == 0 {
					// Zero where the count did not decode: left out.
					l.Add(&InputError{Path: at + "/count", Category: ErrMissing})
				}
			}
			l.Add(&InputError{Path: "/services/1", Category: ErrInvalidValue, Err: errors.New("holds a problem of decoding")})
		}
	}
	var d testDoc
	err := DecodeAndCheck("doc.json", []byte(doc), &d, check(&d))
	checkProblems(t, err, []problem{
		{"/kind", 2, 11, ErrWrongKind, `kind "x"`},
		{"/services/0/count", 4, 26, ErrWrongType, "found a string"},
		// A missing member is placed at the end of the object that
		// lacks it.
		{"/services/0/start", 4, 31, ErrMissing, ""},
		{"/services/1/id", 5, 12, ErrMissing, "the service's ID"},
		{"/services/1/strat", 5, 28, ErrUnknownField, `did you mean "start"?`},
		{"/services/2/id", 6, 12, ErrDuplicateID, ""},
		{"/services/2/start", 6, 15, ErrMissing, ""},
		{"/services/2/count", 6, 15, ErrMissing, ""},
	})

	// Check is not called for a document that cannot be read as a whole.
	for _, bad := range []string{`[1]`, `{"kind": `, `null`} {
		called := false
		err := DecodeAndCheck("doc.json", []byte(bad), &d, func(*InputErrors) { called = true })
		require.Error(t, err)
		require.False(t, called, bad)
	}
	// A good document with no problem of check's is no error.
	require.NoError(t, DecodeAndCheck("doc.json", []byte(`{"kind": "x"}`), &d, func(*InputErrors) {}))
}

// TestInputErrorCountsTheRest: the one-line form counts the problems not
// shown, "1 more problem" or "N more problems".
func TestInputErrorCountsTheRest(t *testing.T) {
	one := &InputError{Path: "/a", Category: ErrMissing, More: []*InputError{{Path: "/b", Category: ErrMissing}}}
	require.True(t, strings.HasSuffix(one.Error(), " (and 1 more problem)"), one.Error())
	two := &InputError{Path: "/a", Category: ErrMissing, More: []*InputError{{Path: "/b", Category: ErrMissing}}, Omitted: 1}
	require.True(t, strings.HasSuffix(two.Error(), " (and 2 more problems)"), two.Error())
}

func TestInputErrors(t *testing.T) {
	var l InputErrors
	require.NoError(t, l.Err())
	l.Add(nil)
	require.Zero(t, l.Len())
	l.Add(errors.New("plain"))
	l.Add(&InputError{Path: "/a", Category: ErrMissing, More: []*InputError{{Path: "/b", Category: ErrMissing}}, Omitted: 3})
	require.Equal(t, 6, l.Len())
	var ie *InputError
	require.ErrorAs(t, l.Err(), &ie)
	require.Equal(t, ErrInvalidValue, ie.Category)
	require.Len(t, ie.More, 2)
	require.Equal(t, 3, ie.Omitted)
	require.Equal(t, "/: invalid value: plain (and 5 more problems)", ie.Error())
	for range maxKept + 10 {
		l.Add(&InputError{Category: ErrMissing})
	}
	require.ErrorAs(t, l.Err(), &ie)
	require.Len(t, ie.Problems(), MaxProblems)
	require.Equal(t, l.Len()-MaxProblems, ie.Omitted)
}

func TestWithFileAndPath(t *testing.T) {
	err := &InputError{Path: "/id", Category: ErrMissing, More: []*InputError{{Path: "/name", Category: ErrMissing}}}
	got := WithFile(WithPath(err, "/services/3"), "plan.json")
	var ie *InputError
	require.ErrorAs(t, got, &ie)
	for i, want := range []string{"plan.json: /services/3/id", "plan.json: /services/3/name"} {
		require.True(t, strings.HasPrefix(ie.Problems()[i].Error(), want), ie.Problems()[i].Error())
	}
	require.Equal(t, "/id", err.Path, "the original is unchanged")
	require.Nil(t, WithPath(nil, "/x"))
	require.True(t, errors.Is(WithPath(errors.New("boom"), "/x"), ErrInvalidValue))
}

// owner is a type that decodes itself with a Reader: its hand-written
// decoder must give what decoding its fields gives.
type owner struct {
	Name  string    `json:"name"`
	Pets  []pet     `json:"pets,omitempty"`
	Tags  []string  `json:"tags,omitempty"`
	When  day       `json:"when,omitzero"`
	Count int       `json:"count,omitzero"`
	Ratio float64   `json:"ratio,omitzero"`
	Good  bool      `json:"good,omitzero"`
	Other []council `json:"other,omitempty"`
}

type pet struct {
	Kind string `json:"kind"`
	Age  int    `json:"age"`
}

var ownerMembers = []string{"name", "pets", "tags", "when", "count", "ratio", "good", "other"}

func (o *owner) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	r := NewReader(dec)
	o.decode(&r)
	return r.Err()
}

func (o *owner) decode(r *Reader) {
	if !r.BeginObject() {
		return
	}
	var seen Seen
	for r.More() {
		name := r.Name()
		switch string(name) {
		case "name":
			if r.First(&seen, 0) {
				r.String(&o.Name)
			}
		case "pets":
			if r.First(&seen, 1) {
				ReadList(r, &o.Pets, nil, func(r *Reader, p *pet) { r.Value(p) })
			}
		case "tags":
			if r.First(&seen, 2) {
				ReadList(r, &o.Tags, nil, (*Reader).String)
			}
		case "when":
			if r.First(&seen, 3) {
				r.Text(&o.When)
			}
		case "count":
			if r.First(&seen, 4) {
				r.Int(&o.Count)
			}
		case "ratio":
			if r.First(&seen, 5) {
				r.Float(&o.Ratio)
			}
		case "good":
			if r.First(&seen, 6) {
				r.Bool(&o.Good)
			}
		case "other":
			if r.First(&seen, 7) {
				ReadList(r, &o.Other, nil, func(r *Reader, c *council) { r.Text(c) })
			}
		default:
			if r.OK() {
				r.Unknown(name, ownerMembers)
			}
		}
	}
	r.End()
}

func (owner) JSONDepth() int { return TypeDepth(reflect.TypeFor[ownerFields]()) }

type ownerFields owner

var ownerDocs = []string{
	`{"name": "Ann", "pets": [{"kind": "cat", "age": 3}], "tags": ["a", "b"], "when": "2026-04-01", "count": 2, "ratio": 0.5, "good": true, "other": ["Fife"]}`,
	`{"name": "Ann", "tags": ["a","b","c","d","e","f","g","h","i","j","k","l"], "pets": [{"kind":"a"},{"kind":"b"},{"kind":"c"},{"kind":"d"},{"kind":"e"},{"kind":"f"},{"kind":"g"},{"kind":"h"},{"kind":"i"},{"kind":"j"}]}`,
	`{"pets": [], "tags": []}`,
	`{"name": 3, "nmae": "x", "pets": [{"kind": "cat", "age": "three", "colour": 1}, null], "tags": [1, "a", null], "when": "2023-02-30", "count": 1.5, "ratio": 1e400, "good": "yes", "other": ["Atlantis", ""], "name": "again"}`,
	`{"name": null, "pets": null, "tags": null, "when": null, "count": null, "ratio": null, "good": null, "other": null}`,
	`{"pets": {}, "tags": "a", "when": 20260401, "other": [3]}`,
	`{"name": "Ann", "tags": ["a", "b"`,
	`{"name": "Ann"} []`,
	`[]`,
	`null`,
	`{"na\u006de": "escaped", "t\u0061gs": ["\u0041"]}`,
}

func TestOwnDecoderMatchesFields(t *testing.T) {
	for _, doc := range ownerDocs {
		checkOwnMatchesFields(t, []byte(doc))
	}
}

func checkOwnMatchesFields(t *testing.T, data []byte) {
	t.Helper()
	var own, fields owner
	errOwn := Decode("o.json", data, &own)
	errFields := DecodeReflective("o.json", data, &fields)
	if (errOwn == nil) != (errFields == nil) || errOwn != nil && errOwn.Error() != errFields.Error() {
		t.Fatalf("%s:\nown decoder: %v\nby fields:   %v", data, errOwn, errFields)
	}
	if errOwn != nil {
		var a, b *InputError
		require.ErrorAs(t, errOwn, &a)
		require.ErrorAs(t, errFields, &b)
		pa, pb := a.Problems(), b.Problems()
		require.Equal(t, len(pa), len(pb))
		for i := range pa {
			require.Equal(t, pa[i].Error(), pb[i].Error(), "%s", data)
		}
		return
	}
	if diff := cmp.Diff(fields, own); diff != "" {
		t.Fatalf("%s: values differ (-fields +own):\n%s", data, diff)
	}
}

// FuzzOwnDecoder holds a decoder written with a Reader to decoding its
// fields, on any input: the same value or the same problems.
func FuzzOwnDecoder(f *testing.F) {
	for _, doc := range ownerDocs {
		f.Add([]byte(doc))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkOwnMatchesFields(t, data)
	})
}

func TestTypeDepth(t *testing.T) {
	require.Equal(t, 3, TypeDepth(reflect.TypeFor[owner]()), "declared: its fields' depth")
	require.Equal(t, 3, depthBound(new(owner)))
	require.Equal(t, unbounded, TypeDepth(reflect.TypeFor[withOwn]()), "an own decoder that declares nothing")
	require.Equal(t, 0, TypeDepth(reflect.TypeFor[day]()))
	// An own decoder's document too deep is found after it fails.
	deep := `{"pets": [{"kind": ` + strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth) + `}]}`
	var o owner
	require.ErrorIs(t, Decode("deep.json", []byte(deep), &o), ErrTooDeep)
}

func TestReaderValueOfAnyAndRaw(t *testing.T) {
	var v struct {
		Any any            `json:"any"`
		Raw jsontext.Value `json:"raw"`
		Map map[string]int `json:"map"`
		Arr [2]int         `json:"arr"`
		Ptr *pet           `json:"ptr"`
	}
	data := `{"any": {"a": [1, "x", null]}, "raw": {"b":  2}, "map": {"x": 1, "y": 2}, "arr": [1, 2], "ptr": {"kind": "dog", "age": 2}}`
	require.NoError(t, Decode("v.json", []byte(data), &v))
	want, err := json.Marshal(map[string]any{"a": []any{1.0, "x", nil}})
	require.NoError(t, err)
	got, err := json.Marshal(v.Any)
	require.NoError(t, err)
	require.JSONEq(t, string(want), string(got))
	require.Equal(t, `{"b":  2}`, string(v.Raw))
	require.Equal(t, map[string]int{"x": 1, "y": 2}, v.Map)
	require.Equal(t, [2]int{1, 2}, v.Arr)
	require.Equal(t, &pet{"dog", 2}, v.Ptr)

	err = Decode("v.json", []byte(`{"map": {"x": 1, "x": 2}, "arr": [1], "raw": null, "ptr": null}`), &v)
	checkProblems(t, err, []problem{
		{"/map/x", 1, 18, ErrDuplicateField, ""},
		{"/arr", 1, 34, ErrInvalidValue, "an array of 2"},
		{"/raw", 1, 46, ErrWrongType, "found null"},
		{"/ptr", 1, 59, ErrWrongType, "found null (expected an object, or the member left out)"},
	})
}

// naiveScanString is the plain scan scanString must agree with, on a
// string the decoder accepts.
func naiveScanString(src []byte, open int) (int, bool) {
	escaped := false
	for i := open + 1; i < len(src); i++ {
		switch src[i] {
		case '"':
			return i, escaped
		case '\\':
			escaped = true
			i++
		}
	}
	return len(src) - 1, escaped
}

// FuzzCheckInPlace holds the checking of JSON read in place to the
// decoder's: a value is refused in place exactly when jsontext refuses it,
// and a string ends where the plain scan ends it.
func FuzzCheckInPlace(f *testing.F) {
	for _, s := range []string{`"abc"`, `"a\"b"`, `"\\"`, `"0123456789abcdef\"0123456789"x"`, `"é\u00e9\\\\"`,
		`"unterminated`, `"` + strings.Repeat(`\\`, 9) + `"`, `"\ud83d\ude00"`, `"\ud83d"`, `"\udc00\ud83d"`,
		"\"\xff\"", "\"\xed\xa0\x80\"", "\"\x01\"", "\"\uFFFD\xef\xbf\xbd\"",
		`{"a": [1, -0.5e+3, true, false, null, {}, []], "b": {"c": "d"}}`, `[1,]`, `{"a":1,}`, `{"a" 1}`, `[01]`,
		`[1 2]`, `{]`, `[}`, `-`, `1.`, `1e`, `1E-7`, `tru`, `nulll`, ` [ ] `, "[\f]", `{"a":{"b":[[]]}}x`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		if len(src) > 10000 {
			return // the decoder refuses nesting deeper than 10000
		}
		in := inPlace{src: src}
		v := in.value()
		got := v != nil && skipSpace(src, in.pos) == len(src)
		want := jsontext.Value(src).IsValid(jsontext.AllowDuplicateNames(true))
		if got != want {
			t.Fatalf("in place, %q is JSON: %v; the decoder says %v", src, got, want)
		}
		if want && src[skipSpace(src, 0)] == '"' {
			open := skipSpace(src, 0)
			e1, x1, _ := scanString(src, open)
			e2, x2 := naiveScanString(src, open)
			if e1 != e2 || x1 != x2 {
				t.Fatalf("scanString(%q) = %d, %v; the plain scan gives %d, %v", src, e1, x1, e2, x2)
			}
		}
	})
}
