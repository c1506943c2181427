package service

import (
	"fmt"
	"strings"
)

// WellbeingIndicator is one of the eight indicators by which section 96(2)
// assesses a child's wellbeing: the extent to which the child is safe,
// healthy, achieving, nurtured, active, respected, responsible and
// included. Text forms are the lower-case words ("safe"). The zero value
// is unset and not valid. Ministers may change the list by order
// (s.96(6)); none is modelled.
type WellbeingIndicator uint8

// The wellbeing indicators, in the order of s.96(2).
const (
	Safe WellbeingIndicator = iota + 1
	Healthy
	Achieving
	Nurtured
	Active
	Respected
	Responsible
	Included
)

var indicatorNames = [...]string{"", "safe", "healthy", "achieving", "nurtured", "active", "respected", "responsible", "included"}

// WellbeingIndicators returns the eight indicators in the order of s.96(2).
func WellbeingIndicators() []WellbeingIndicator {
	return []WellbeingIndicator{Safe, Healthy, Achieving, Nurtured, Active, Respected, Responsible, Included}
}

// ParseWellbeingIndicator parses the text form of an indicator; it accepts
// any case ("Safe") and gives the canonical lower-case value. Anything else
// is a *ValueError.
func ParseWellbeingIndicator(s string) (WellbeingIndicator, error) {
	return parseEnum[WellbeingIndicator]("wellbeing indicator", indicatorNames[:], s, true)
}

// MustParseWellbeingIndicator is ParseWellbeingIndicator for tests and
// examples: it panics on an unknown indicator.
func MustParseWellbeingIndicator(s string) WellbeingIndicator {
	w, err := ParseWellbeingIndicator(s)
	if err != nil {
		panic(err)
	}
	return w
}

// IsZero reports whether w is the zero (unset) indicator.
func (w WellbeingIndicator) IsZero() bool { return w == 0 }

// IsValid reports whether w is one of the eight indicators.
func (w WellbeingIndicator) IsValid() bool { return w >= Safe && w <= Included }

// String returns the lower-case word, "" for the zero value and a
// Go-syntax form such as "WellbeingIndicator(9)" for an invalid one.
func (w WellbeingIndicator) String() string {
	if int(w) < len(indicatorNames) {
		return indicatorNames[w]
	}
	return fmt.Sprintf("WellbeingIndicator(%d)", uint8(w))
}

// Title returns the indicator as the guidance capitalises it ("Safe").
func (w WellbeingIndicator) Title() string {
	s := w.String()
	if !w.IsValid() {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// MarshalText implements [encoding.TextMarshaler]. An invalid indicator is
// an error.
func (w WellbeingIndicator) MarshalText() ([]byte, error) {
	if !w.IsValid() && !w.IsZero() {
		return nil, fmt.Errorf("service: invalid WellbeingIndicator %d", uint8(w))
	}
	return []byte(w.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseWellbeingIndicator]. Unlike the other types of this package, the
// empty string is an error too: an indicator is never optional where a
// document names one. Errors are *part3.InputError (part3.ErrInvalidValue),
// so that [part3.Decode] reports the JSON path.
func (w *WellbeingIndicator) UnmarshalText(text []byte) error {
	return unmarshalEnum(w, indicatorNames[:], ParseWellbeingIndicator, text, false)
}
