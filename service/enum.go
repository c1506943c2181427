package service

import (
	"strings"

	"github.com/csplanning/part3/internal/suggest"
)

// parseEnum finds s among the text forms names (names[0] is the zero
// value's, ""), ignoring case when fold is set; otherwise it is a
// *ValueError for type typ.
func parseEnum[T ~uint8](typ string, names []string, s string, fold bool) (T, error) {
	for i := 1; i < len(names); i++ {
		if names[i] == s || fold && strings.EqualFold(names[i], s) {
			return T(i), nil
		}
	}
	return 0, &ValueError{Type: typ, Input: s, Expected: strings.Join(names[1:], ", "), Suggestion: closest(s, names[1:])}
}

// unmarshalEnum is the UnmarshalText of the enumerations: "" gives the zero
// value when allowEmpty is set, and an unknown form is an
// *part3.InputError (part3.ErrInvalidValue).
func unmarshalEnum[T ~uint8](dst *T, names []string, parse func(string) (T, error), text []byte, allowEmpty bool) error {
	if len(text) == 0 && allowEmpty {
		*dst = 0
		return nil
	}
	for i := 1; i < len(names); i++ {
		if string(text) == names[i] {
			*dst = T(i) // the canonical form, without making a string of text
			return nil
		}
	}
	v, err := parse(string(text))
	if err != nil {
		return valueInputError(err)
	}
	*dst = v
	return nil
}

// closest returns the form of forms probably meant by s, or "".
func closest(s string, forms []string) string {
	best, ok := suggest.Closest(s, forms)
	if !ok || best == s {
		return ""
	}
	return best
}
