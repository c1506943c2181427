package report

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/suggest"
)

// Ground is the ground an annual report gives for a departure from the
// plan. Section 12(1) requires children's and related services to be
// provided in accordance with the plan "so far as reasonably practicable";
// section 12(3) disapplies the duty where (a) the person providing the
// service considers that complying with the plan would adversely affect the
// wellbeing of a child, or (b) a notice of disagreement has been published
// under section 10(8) about the matter (guidance paras 120-121).
//
// Text forms "child-wellbeing" (s.12(3)(a)), "notice-of-disagreement"
// (s.12(3)(b)), the exception IDs of package duty's catalogue;
// "not-reasonably-practicable" (s.12(1)); and "none-given". The zero Ground
// is unset.
type Ground uint8

// The grounds.
const (
	ChildWellbeing           Ground = iota + 1 // s.12(3)(a): complying would adversely affect a child's wellbeing
	NoticeOfDisagreement                       // s.12(3)(b): a notice of disagreement published about the matter
	NotReasonablyPracticable                   // s.12(1): providing as planned was not reasonably practicable
	NoGroundGiven                              // the report gives no ground
)

var groundForms = []string{"", "child-wellbeing", "notice-of-disagreement", "not-reasonably-practicable", "none-given"}

// ValueError reports text that is not one of the forms a textual type of
// this package accepts. Its fields match those of the service, consult and
// plan packages' ValueError.
type ValueError struct {
	Type       string // the type, such as "ground"
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

// Grounds lists the grounds in order.
func Grounds() []Ground {
	return []Ground{ChildWellbeing, NoticeOfDisagreement, NotReasonablyPracticable, NoGroundGiven}
}

// ParseGround parses a text form of Ground. Any other text, including the
// empty string, is a *ValueError.
func ParseGround(s string) (Ground, error) {
	for i := 1; i < len(groundForms); i++ {
		if groundForms[i] == s {
			return Ground(i), nil
		}
	}
	return 0, &ValueError{Type: "ground", Input: s, Expected: strings.Join(groundForms[1:], ", "), Suggestion: closest(s, groundForms[1:])}
}

// IsValid reports whether g is one of the grounds.
func (g Ground) IsValid() bool { return g >= ChildWellbeing && g <= NoGroundGiven }

// IsZero reports whether g is unset.
func (g Ground) IsZero() bool { return g == 0 }

// IsLawful reports whether g is a ground the Act recognises: an exception
// of section 12(3), or that providing the service as planned was not
// reasonably practicable (s.12(1)). NoGroundGiven and the zero Ground are
// not.
func (g Ground) IsLawful() bool { return g >= ChildWellbeing && g <= NotReasonablyPracticable }

// Citation returns the provision g rests on: s.12(3)(a), s.12(3)(b) or
// s.12(1); the zero Citation for NoGroundGiven and the zero Ground.
func (g Ground) Citation() part3.Citation {
	switch g {
	case ChildWellbeing:
		return part3.Act("12(3)(a)")
	case NoticeOfDisagreement:
		return part3.Act("12(3)(b)")
	case NotReasonablyPracticable:
		return part3.Act("12(1)")
	}
	return part3.Citation{}
}

// String returns the text form, "" for the zero Ground and a form such as
// "ground(9)" for an invalid one.
func (g Ground) String() string {
	if int(g) < len(groundForms) {
		return groundForms[g]
	}
	return fmt.Sprintf("ground(%d)", uint8(g))
}

// MarshalText implements [encoding.TextMarshaler]; an invalid Ground is an
// error.
func (g Ground) MarshalText() ([]byte, error) {
	if g != 0 && !g.IsValid() {
		return nil, fmt.Errorf("report: invalid ground %d", uint8(g))
	}
	return []byte(groundForms[g]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseGround];
// "" gives the zero Ground. An unknown form is an *part3.InputError of
// category ErrInvalidValue, which part3.Decode reports at its JSON path.
func (g *Ground) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*g = 0
		return nil
	}
	v, err := ParseGround(string(text))
	if err != nil {
		return &part3.InputError{Category: part3.ErrInvalidValue,
			Err: fmt.Errorf("unknown ground %q%s", text, didYouMean(closest(string(text), groundForms[1:]))), Expected: "one of " + strings.Join(groundForms[1:], ", ")}
	}
	*g = v
	return nil
}
