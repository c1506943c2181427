package duty

import (
	"fmt"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
)

// Failure is what a partnership has failed to do, as section 17(1)
// describes it (guidance para 148). The zero Failure means no failure is
// given.
//
// Of section 17's subsections the sources attest s.17(1)(a) (guidance para
// 149: directions under it "cannot relate to the implementation of plans",
// the words that qualify the first limb) and s.17(2) (para 146: directions
// are issued under it). The second limb's paragraph letter is not attested,
// so it is cited as s.17(1).
type Failure uint8

const (
	// NotExercising: the local authority and relevant health board are not
	// exercising a function conferred on them by Part 3, other than
	// complying with section 12 (s.17(1)(a)).
	NotExercising Failure = iota + 1
	// NotComplyingWithGuidance: in exercising a function conferred on them
	// by Part 3, they are not complying with guidance issued under section
	// 15(1) (s.17(1)).
	NotComplyingWithGuidance
)

var failureNames = [...]string{"", "not-exercising", "not-complying-with-guidance"}

// ParseFailure parses "not-exercising" or "not-complying-with-guidance".
func ParseFailure(s string) (Failure, error) {
	for i := NotExercising; i <= NotComplyingWithGuidance; i++ {
		if failureNames[i] == s {
			return i, nil
		}
	}
	return 0, &part3.InputError{Category: part3.ErrInvalidValue, Err: fmt.Errorf("failure %q", s),
		Expected: `"not-exercising" or "not-complying-with-guidance"`}
}

// IsValid reports whether f is one of the defined failures.
func (f Failure) IsValid() bool { return f == NotExercising || f == NotComplyingWithGuidance }

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
// s.17(1)(a) for NotExercising, s.17(1) otherwise (the paragraph letter of
// the guidance limb is not attested).
func (f Failure) Citation() part3.Citation {
	if f == NotExercising {
		return part3.Act("17(1)(a)")
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
// has or has not done with one function of Part 3. Its JSON form has the
// keys function and failure.
type DefaultPowersQuestion struct {
	// Function is the catalogue ID of the Part 3 function, such as
	// "s13-annual-report". Required.
	Function string `json:"function"`
	// Failure is what the partnership has failed to do with it; zero for
	// none.
	Failure Failure `json:"failure,omitzero"`
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
)

// DecideDefaultPowers decides whether the Scottish Ministers could use
// their default powers under section 17 over a partnership. Section 17, as
// guidance para 148 puts it:
//
//	where Scottish Ministers consider that a local authority and the
//	relevant health board are not exercising a function conferred on them
//	by Part 3 (other than complying with section 12), or in exercising a
//	function are not complying with any statutory guidance issued under
//	section 15(1), they have the power to: (a) direct a local authority
//	and the relevant health board to exercise the function in a particular
//	way; or (b) direct that the function is to be exercised instead by the
//	local authority, the relevant health board, or another local authority
//	or health board.
//
// It is a power: the decision says whether it is available (Applies), not
// that it will be used, and it is the Ministers who must "consider" that a
// failure exists. It never reaches complying with section 12. The
// Ministers' statement that they have no plans to use it except in
// exceptional circumstances (para 149) is reported as a note, not as law.
//
// Citations: the two kinds of direction are cited s.17(2)(a) and
// s.17(2)(b), reading the lettered list of guidance para 148 ("As set out
// in section 17 of the Act ... (a) direct ...; or (b) direct that the
// function is to be exercised instead by ...") as the paragraphs of s.17(2),
// under which para 146 says directions are issued. Payment to the
// substitute, consultation before a direction and the duty to comply are
// cited s.17 as a whole: the 2nd edition of the guidance does not set them
// out for section 17, and the 1st edition (2016, paras 155-157), which
// does, is paraphrased in the project's sources without subsection
// numbers.
//
// It is an error only if ctx is not valid ([judgement.Context.Validate]).
func DecideDefaultPowers(q DefaultPowersQuestion, ctx judgement.Context) (Decision, error) {
	if err := ctx.Validate(); err != nil {
		return Decision{}, err
	}
	return decideDefaultPowers(q), nil
}

func decideDefaultPowers(q DefaultPowersQuestion) Decision {
	d := mustLookup("s17-default-powers")
	x := newDecider(d)
	x.note("The Scottish Ministers have said there are currently no plans to use these powers and that they do not anticipate using them apart from in exceptional circumstances, where it is clear that a process described by Part 3 is not being followed (guidance para 149). That is a statement of intent, not law.")

	fn, ok := Lookup(q.Function)
	if !ok {
		x.notArising(CondUnknownFunction, fmt.Sprintf("No function of Part 3 in the catalogue has the ID %q", q.Function), part3.Act("17(1)"))
		return x.decide()
	}
	if part3.Act("12").Contains(fn.Citation) {
		x.except("complying-with-section-12", fmt.Sprintf("The function is complying with section 12 (%s), which section 17 excludes: directions cannot relate to the implementation of plans", fn.Title))
		return x.decide()
	}
	if !fn.S17DefaultPowers {
		x.notArising(CondNotPartnershipFunction, fmt.Sprintf("%q (%s) is not a function Part 3 confers on the local authority and relevant health board, and section 17 reaches only those", fn.Title, fn.Citation), part3.Act("17(1)"))
		return x.decide()
	}
	x.because(fmt.Sprintf("%q (%s) is a function Part 3 confers on the local authority and relevant health board", fn.Title, fn.Citation), part3.Act("7(6)"))
	switch q.Failure {
	case NotExercising:
		x.because("The partnership is not exercising it", q.Failure.Citation())
	case NotComplyingWithGuidance:
		x.because("In exercising it, the partnership is not complying with guidance issued under section 15(1)", q.Failure.Citation())
	default:
		x.notArising(CondNoFailure, "No failure is given: the question does not say that the partnership is not exercising the function, or is not complying with the guidance in exercising it, so the condition of section 17(1) is not shown to be met", part3.Act("17(1)"))
		return x.decide()
	}
	if fn.IsPower() {
		x.because("The function is a power; section 17(1) speaks of any function conferred by Part 3 and does not set powers apart", part3.Act("17(1)"))
	}
	x.because("If the Scottish Ministers consider that to be so, they may direct the local authority and the relevant health board to exercise the function in a particular way", part3.Act("17(2)(a)"))
	x.because("Or they may direct that it is to be exercised instead by the local authority, the relevant health board, or another local authority or health board", part3.Act("17(2)(b)"))
	x.because("A direction of that second kind may provide for payment to the one who is to exercise the function (1st edition of the guidance, paras 155-157)", part3.Act("17"))
	x.because("Before issuing, revising or revoking such a direction they must consult the local authority and relevant health board and such other persons as they consider appropriate (1st edition of the guidance, paras 155-157)", part3.Act("17"))
	return x.decide()
}
