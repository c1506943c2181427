package consult

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/suggest"
)

// ValueError reports text that is not one of the values a textual type of
// this package accepts, such as "housing-association" given as a consultee
// category. Its fields match those of the service package's ValueError.
type ValueError struct {
	Type       string // the type, such as "consultee category"
	Input      string // the text given
	Expected   string // the forms accepted, comma-separated
	Suggestion string // the form probably meant, or ""
}

// Error describes the error on one line.
func (e *ValueError) Error() string {
	return fmt.Sprintf("unknown %s %q%s (expected one of %s)", e.Type, e.Input, didYouMean(e.Suggestion), e.Expected)
}

// didYouMean is "; did you mean ...?" for a suggestion, "" for none.
func didYouMean(suggestion string) string {
	if suggestion == "" {
		return ""
	}
	return fmt.Sprintf("; did you mean %q?", suggestion)
}

// closest returns the form of forms probably meant by s, or "".
func closest(s string, forms []string) string {
	best, ok := suggest.Closest(s, forms)
	if !ok || best == s {
		return ""
	}
	return best
}

// enum is the shape of this package's small enumerations: a uint8 whose
// text forms are indexed by value, with 0 unset and "" as its form.
type enum interface{ ~uint8 }

func parseEnum[T enum](s string, names []string, what string) (T, error) {
	for i, n := range names {
		if n != "" && n == s {
			return T(i), nil
		}
	}
	return 0, &ValueError{Type: what, Input: s, Expected: strings.Join(names[1:], ", "), Suggestion: closest(s, names[1:])}
}

func enumString[T enum](v T, names []string) string {
	if int(v) < len(names) {
		return names[v]
	}
	return ""
}

func marshalEnum[T enum](v T, names []string, what string) ([]byte, error) {
	if v == 0 {
		return []byte{}, nil
	}
	s := enumString(v, names)
	if s == "" {
		return nil, fmt.Errorf("consult: invalid %s %d", what, uint8(v))
	}
	return []byte(s), nil
}

// unmarshalEnum decodes text into v; the empty string is the zero value.
// A failure is an *part3.InputError of category ErrInvalidValue, so that
// part3.Decode reports it at its JSON path with what was expected.
func unmarshalEnum[T enum](v *T, text []byte, names []string, what string) error {
	if len(text) == 0 {
		*v = 0
		return nil
	}
	for i := 1; i < len(names); i++ {
		if string(text) == names[i] {
			*v = T(i) // without making a string of text
			return nil
		}
	}
	x, err := parseEnum[T](string(text), names, what)
	if err != nil {
		ve := err.(*ValueError)
		return &part3.InputError{Category: part3.ErrInvalidValue, Err: unknownValue{ve}, Expected: "one of " + ve.Expected}
	}
	*v = x
	return nil
}

// unknownValue words a *ValueError without its list of forms, for an
// InputError, which says what was expected itself.
type unknownValue struct{ err *ValueError }

func (u unknownValue) Error() string {
	return fmt.Sprintf("unknown %s %q%s", u.err.Type, u.err.Input, didYouMean(u.err.Suggestion))
}
func (u unknownValue) Unwrap() error { return u.err }
