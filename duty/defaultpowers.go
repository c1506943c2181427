package duty

import (
	"fmt"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/suggest"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

// Failure is what a partnership has failed to do, as section 17(1)
// describes it. The zero Failure means no failure is given.
//
// Section 17(1), as the Act words it (the text valid from 7 October 2016):
//
//	This section applies where the Scottish Ministers consider that a
//	local authority and the relevant health board—
//	(a) are not exercising a function conferred on them by this Part
//	(other than the function of complying with section 12), or
//	(b) are in exercising such a function not complying with section 15(1).
//
// Section 15(1) is the duty to have regard to the guidance the Scottish
// Ministers issue about children's services planning (Explanatory Notes
// para 46: "their duty to have regard to guidance issued under section
// 15(1)"; guidance para 142). The second failure is not having regard to
// the guidance, not departing from it: a partnership that had regard to
// the guidance and departed from it with reasons complies with section
// 15(1) ([DefaultPowersQuestion.DepartedWithReasons]).
type Failure uint8

const (
	// NotExercising: the local authority and relevant health board are not
	// exercising a function conferred on them by Part 3, other than
	// complying with section 12 (s.17(1)(a)).
	NotExercising Failure = iota + 1
	// NotHavingRegardToGuidance: in exercising a function conferred on them
	// by Part 3, they are not complying with section 15(1): they have not
	// had regard to the guidance (s.17(1)(b)).
	NotHavingRegardToGuidance
)

var failureNames = [...]string{"", "not-exercising", "not-having-regard-to-guidance"}

// renamedFailure is the former text form of NotHavingRegardToGuidance,
// refused with a message naming its replacement.
const renamedFailure = "not-complying-with-guidance"

// ParseFailure parses "not-exercising" or "not-having-regard-to-guidance".
// The former "not-complying-with-guidance" is refused with an error that
// names its replacement: section 17(1)(b) is about not complying with
// section 15(1), the duty to have regard to the guidance, not about
// departing from the guidance.
func ParseFailure(s string) (Failure, error) {
	for i := NotExercising; i <= NotHavingRegardToGuidance; i++ {
		if failureNames[i] == s {
			return i, nil
		}
	}
	if s == renamedFailure {
		return 0, &part3.InputError{Category: part3.ErrInvalidValue, Err: fmt.Errorf("failure %q", s),
			Expected: `"not-having-regard-to-guidance", which replaced "not-complying-with-guidance": section 17(1)(b) is not complying with section 15(1), the duty to have regard to the guidance; departing from the guidance after having regard to it is not a failure (say so with departed_with_reasons)`}
	}
	return 0, &part3.InputError{Category: part3.ErrInvalidValue, Err: fmt.Errorf("failure %q%s", s, suggest.Phrase(s, failureNames[1:])),
		Expected: `"not-exercising" or "not-having-regard-to-guidance"`}
}

// IsValid reports whether f is one of the defined failures.
func (f Failure) IsValid() bool { return f == NotExercising || f == NotHavingRegardToGuidance }

// IsZero reports whether f is unset: no failure.
func (f Failure) IsZero() bool { return f == 0 }

// String returns the text form, or "" for the zero Failure.
func (f Failure) String() string {
	if int(f) < len(failureNames) {
		return failureNames[f]
	}
	return fmt.Sprintf("Failure(%d)", uint8(f))
}

// Citation returns the provision of section 17(1) that describes f:
// s.17(1)(a) for NotExercising, s.17(1)(b) for
// NotHavingRegardToGuidance, and s.17(1) otherwise.
func (f Failure) Citation() part3.Citation {
	switch f {
	case NotExercising:
		return part3.Act("17(1)(a)")
	case NotHavingRegardToGuidance:
		return part3.Act("17(1)(b)")
	}
	return part3.Act("17(1)")
}

// MarshalText implements [encoding.TextMarshaler].
func (f Failure) MarshalText() ([]byte, error) {
	if f != 0 && !f.IsValid() {
		return nil, fmt.Errorf("duty: invalid failure %d", uint8(f))
	}
	return []byte(f.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseFailure].
func (f *Failure) UnmarshalText(text []byte) error {
	v, err := ParseFailure(string(text))
	if err != nil {
		return err
	}
	*f = v
	return nil
}

// DefaultPowersQuestion asks whether the Scottish Ministers could use
// their default powers under section 17 over a partnership, given what it
// has or has not done with one function of Part 3, as of the as-of date of
// the judgement context. Its JSON form has the keys function, failure and
// departed_with_reasons.
type DefaultPowersQuestion struct {
	// Function is the catalogue ID of the Part 3 function, such as
	// "s13-annual-report". Required.
	Function string `json:"function"`
	// Failure is what the partnership has failed to do with it; zero for
	// none.
	Failure Failure `json:"failure,omitzero"`
	// DepartedWithReasons states that, in exercising the function, the
	// partnership had regard to the guidance and departed from it, with
	// reasons. That complies with section 15(1): it is not the failure of
	// section 17(1)(b), and the powers are not available on that ground.
	// It cannot be stated with the failure NotHavingRegardToGuidance.
	DepartedWithReasons bool `json:"departed_with_reasons,omitzero"`
}

// Condition IDs of the section 17 decision.
const (
	// CondUnknownFunction: the question names no function in the catalogue.
	CondUnknownFunction = "unknown-function"
	// CondNotPartnershipFunction: the function is not one Part 3 confers on
	// the local authority and relevant health board.
	CondNotPartnershipFunction = "not-partnership-function"
	// CondNoFailure: no failure of the kind section 17(1) describes.
	CondNoFailure = "no-failure"
	// CondReasonedDeparture: the partnership had regard to the guidance
	// and departed from it with reasons, which is not a failure under
	// section 17(1)(b).
	CondReasonedDeparture = "reasoned-departure"
)

// DecideDefaultPowers decides whether the Scottish Ministers could use
// their default powers under section 17 over a partnership, as of
// ctx.AsOf. Section 17 as the Act words it (subsections (1) to (4) and the
// opening of (5) are its own words, in the version valid from 7 October
// 2016; [Failure] quotes (1)):
//
//	(2) The Scottish Ministers may direct that the function—
//	(a) is to be exercised in a particular way, or
//	(b) is to be exercised instead by such of the persons mentioned in
//	subsection (3) as the Scottish Ministers consider appropriate.
//	(3) Those persons are—
//	(a) the local authority,
//	(b) the relevant health board,
//	(c) another local authority or health board.
//	(4) A direction under subsection (2)(b) may include such provision as
//	the Scottish Ministers consider appropriate as to the making by a
//	person who is not to be exercising the function of payment to a person
//	who is to exercise the function by virtue of the direction.
//	(5) Before issuing, revising or revoking a direction under subsection
//	(2) the Scottish Ministers must consult— ...
//
// The rest of (5) (whom they consult: the local authority and relevant
// health board whose failure is the subject of the direction, and such
// other persons as they consider appropriate) and (6) (a direction must be
// complied with by the person to whom it is addressed) were not retrieved:
// they rest on the Explanatory Notes, paras 49 and 50, and the reasons say
// so.
//
// It is a power: the decision says whether it is available (Applies), not
// that it will be used, and it is the Ministers who must "consider" that a
// failure exists. It never reaches complying with section 12. A reasoned
// departure from the guidance, after having regard to it, is not a failure
// under s.17(1)(b). Before Part 3 came into force (7 October 2016,
// [period.Part3InForce]) the power did not exist. The Ministers' statement
// that they have no plans to use it except in exceptional circumstances
// (guidance para 149) is reported as a note, not as law.
//
// It is an error only if ctx is not valid ([judgement.Context.Validate]).
func DecideDefaultPowers(q DefaultPowersQuestion, ctx judgement.Context) (Decision, error) {
	if err := ctx.Validate(); err != nil {
		return Decision{}, err
	}
	return decideDefaultPowers(q, ctx.AsOf), nil
}

func decideDefaultPowers(q DefaultPowersQuestion, asOf period.Date) Decision {
	d := mustLookup("s17-default-powers")
	x := newDecider(d)
	x.note("The Scottish Ministers have said there are currently no plans to use these powers and that they do not anticipate using them apart from in exceptional circumstances, where it is clear that a process described by Part 3 is not being followed (guidance para 149). That is a statement of intent, not law.")

	if x.beforePart3(asOf, "section 17 gave the Scottish Ministers no default powers") {
		return x.decide()
	}
	if q.Failure == NotHavingRegardToGuidance && q.DepartedWithReasons {
		x.notArising(CondIncomplete, "The question says both that the partnership has not had regard to the guidance and that it departed from it with reasons after having regard to it; it cannot be both", part3.Act("17(1)(b)"))
		return x.decide()
	}
	fn, ok := Lookup(q.Function)
	if !ok {
		x.notArising(CondUnknownFunction, fmt.Sprintf("No function of Part 3 in the catalogue has the ID %q", q.Function), part3.Act("17(1)"))
		return x.decide()
	}
	if part3.Act("12").Contains(fn.Citation) {
		x.except("complying-with-section-12", fmt.Sprintf("The function is complying with section 12 (%s), which section 17(1)(a) excludes: \"other than the function of complying with section 12\"", fn.Title))
		return x.decide()
	}
	if !fn.S17DefaultPowers {
		x.notArising(CondNotPartnershipFunction, fmt.Sprintf("%q (%s) is not a function Part 3 confers on the local authority and relevant health board, and section 17(1) reaches only those", fn.Title, fn.Citation), part3.Act("17(1)"))
		return x.decide()
	}
	x.because(fmt.Sprintf("%q (%s) is a function Part 3 confers on the local authority and relevant health board", fn.Title, fn.Citation), part3.Act("7(6)"))
	switch {
	case q.Failure == NotExercising:
		x.because("The partnership is not exercising it", q.Failure.Citation())
	case q.Failure == NotHavingRegardToGuidance:
		x.because("In exercising it, the partnership is not complying with section 15(1): it has not had regard to the guidance the Scottish Ministers issued about children's services planning", q.Failure.Citation())
	case q.DepartedWithReasons:
		x.because("In exercising it, the partnership had regard to the guidance and departed from it, with reasons; having regard to the guidance is what section 15(1) requires, and it does not require the guidance to be followed", part3.Act("15(1)"))
		x.notArising(CondReasonedDeparture, "A reasoned departure from the guidance after having regard to it is not \"not complying with section 15(1)\", so the condition of section 17(1)(b) is not met, and the partnership is not said to be failing to exercise the function (s.17(1)(a)): the default powers are not available on that ground", part3.Act("17(1)(b)"))
		return x.decide()
	default:
		x.notArising(CondNoFailure, "No failure is given: the question does not say that the partnership is not exercising the function, or that in exercising it the partnership has not had regard to the guidance, so the condition of section 17(1) is not shown to be met", part3.Act("17(1)"))
		return x.decide()
	}
	if fn.IsPower() {
		x.because("The function is a power; section 17(1) speaks of any function conferred by Part 3 and does not set powers apart", part3.Act("17(1)"))
	}
	x.because("If the Scottish Ministers consider that to be so, they may direct that the function is to be exercised in a particular way", part3.Act("17(2)(a)"))
	x.because("Or they may direct that it is to be exercised instead by such of the persons section 17(3) lists as they consider appropriate: the local authority, the relevant health board, or another local authority or health board", part3.Act("17(2)(b)"))
	x.because("A direction of that second kind may provide for payment by a person who is not to exercise the function to the person who is to exercise it", part3.Act("17(4)"))
	x.because("Before issuing, revising or revoking a direction they must consult (the Act's words); whom they must consult, the local authority and relevant health board whose failure is the subject of the direction and such other persons as they consider appropriate, rests on the Explanatory Notes, para 49, the rest of the subsection not having been retrieved", part3.Act("17(5)"))
	x.because("A direction must be complied with by the person to whom it is addressed: this rests on the Explanatory Notes, para 50, the subsection's text not having been retrieved", part3.Act("17(6)"))
	return x.decide()
}
