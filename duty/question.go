package duty

import (
	"errors"
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// QuestionKind is the kind of a duty question document.
const QuestionKind = "duty-question"

// Question is a JSON document (kind "duty-question") that asks one of the
// package's decisions: exactly one of its members is set. [DecodeQuestion]
// reads one strictly and [Question.Decide] answers it.
type Question struct {
	// Kind is always "duty-question".
	Kind string `json:"kind"`
	// Implementation asks the section 12 question ([DecideImplementation]).
	Implementation *ImplementationQuestion `json:"implementation,omitzero"`
	// Assistance asks the section 14 question ([DecideAssistance]).
	Assistance *AssistanceQuestion `json:"assistance,omitzero"`
	// ConsulteeRequest asks the section 10(6) question
	// ([DecideConsulteeRequest]).
	ConsulteeRequest *ConsulteeRequestQuestion `json:"consultee_request,omitzero"`
	// DefaultPowers asks the section 17 question ([DecideDefaultPowers]).
	DefaultPowers *DefaultPowersQuestion `json:"default_powers,omitzero"`
}

// ConsulteeRequestQuestion is the JSON form of [consult.RequestFacts]: the
// facts that decide whether a person had to meet a request under section
// 10(6).
type ConsulteeRequestQuestion struct {
	// Category is the category of section 10(1)(b) the person falls
	// within: "represents-service-users" or "provides-service-in-area" (an
	// organisation within section 10(2)(a) or (b)), "social-landlord"
	// (s.10(1)(b)(ii)), "directed-person" (s.10(1)(b)(iii)), or "none".
	// Required. Section 10(6) binds "the persons to be consulted under
	// subsection (1)(b)", whether or not they have been consulted; it
	// replaces the member consulted, which is refused.
	Category consult.PersonCategory `json:"category"`
	// Name is the person's name. Required for a directed person, who is
	// bound only while a direction of the Scottish Ministers naming them is
	// in force (the judgement context's directions); otherwise optional,
	// and used in the reasons.
	Name string `json:"name,omitzero"`
	// Direction is, for a directed person, the ID of the direction that
	// specifies them; absent, any direction in force that names them.
	Direction string `json:"direction,omitzero"`
	// Request is "participate" (s.10(6)(a)) or "contribute" (s.10(6)(b));
	// empty for a request under section 10(6) generally.
	Request consult.RequestKind `json:"request,omitzero"`
	// Test is the three-part test of a reasonable request (guidance para 94).
	Test consult.Reasonableness `json:"test"`
	// Ground is a ground on which the person declined the request (see
	// [consult.RefusalGround]): "data-protection" where meeting it would
	// need processing that data protection law forbids, which makes it no
	// reasonable request, whatever it asks and whatever the period; or
	// "commercial-sensitivity", which guidance para 96 recognises for a
	// request for information (a request to contribute), not one to
	// participate. The question has no plan period, so para 96 is applied
	// as for a plan from 2020; [consult.RequestFacts] takes a period.
	Ground consult.RefusalGround `json:"ground,omitzero"`
	// On is the day the request was made; absent, the as-of date. A
	// request made before Part 3 came into force (7 October 2016) bound no
	// one, and one made before the first three-year period began (1 April
	// 2017) was part of preparing the first plans.
	On period.Date `json:"on,omitzero"`
}

// Facts returns q as consult's RequestFacts.
func (q ConsulteeRequestQuestion) Facts() consult.RequestFacts {
	c, _ := q.Category.Consultee()
	return consult.RequestFacts{Category: c, Person: q.Name, Direction: q.Direction, On: q.On,
		Kind: q.Request, Test: q.Test, Ground: q.Ground}
}

// ExplainRetired returns err, an error of [part3.Decode], with a clear
// statement of what replaced a member that a duty question once had, where
// err refuses that member as unknown: consulted, in an assistance or a
// consultee_request question (replaced by category), and a notice's
// prisons_act_function ([consult.ExplainRetired]). Any other error is
// returned unchanged. Decoders of documents that hold duty questions call
// it.
func ExplainRetired(err error) error {
	var ie *part3.InputError
	if !errors.As(err, &ie) || !errors.Is(err, part3.ErrUnknownField) {
		return err
	}
	if strings.HasSuffix(ie.Path, "/assistance/consulted") || strings.HasSuffix(ie.Path, "/consultee_request/consulted") {
		cp := *ie
		cp.Err = errors.New(`"consulted" is no longer a member of this question`)
		cp.Expected = `"category" in its place: the person's category under section 10(1)(b) (` + categoryForms + `); section 10(6) and section 14(2)(b) bind the persons to be consulted under section 10(1)(b), whether or not they have been consulted`
		return &cp
	}
	return consult.ExplainRetired(err)
}

// categoryForms lists the text forms of a category under section 10(1)(b).
const categoryForms = `"represents-service-users", "provides-service-in-area", "social-landlord", "directed-person" or "none"`

// DecodeQuestion decodes a duty question document strictly with
// [part3.Decode] and checks what decoding cannot: the kind, exactly one
// question, its required values, and each notice of disagreement's
// required values ([consult.NoticeOfDisagreement.Validate]). Every failure
// is an *part3.InputError naming file and the JSON path; a retired member
// is refused with an error saying what replaced it ([ExplainRetired]).
func DecodeQuestion(file string, data []byte) (Question, error) {
	var q Question
	if err := part3.Decode(file, data, &q); err != nil {
		return Question{}, ExplainRetired(err)
	}
	if err := q.Validate(); err != nil {
		return Question{}, part3.WithFile(err, file)
	}
	return q, nil
}

// Validate reports the first problem [DecodeQuestion] checks after
// decoding, as an *part3.InputError with its JSON path, or nil.
func (q Question) Validate() error {
	if q.Kind != QuestionKind {
		return &part3.InputError{Path: "/kind", Category: part3.ErrWrongKind,
			Err: fmt.Errorf("kind %q", q.Kind), Expected: fmt.Sprintf("%q", QuestionKind)}
	}
	n := 0
	for _, set := range []bool{q.Implementation != nil, q.Assistance != nil, q.ConsulteeRequest != nil, q.DefaultPowers != nil} {
		if set {
			n++
		}
	}
	if n != 1 {
		return &part3.InputError{Category: part3.ErrMissing, Err: fmt.Errorf("%d questions", n),
			Expected: `exactly one of "implementation", "assistance", "consultee_request" or "default_powers"`}
	}
	missing := func(path, expected string) error {
		return &part3.InputError{Path: path, Category: part3.ErrMissing, Expected: expected}
	}
	switch {
	case q.Implementation != nil:
		im := q.Implementation
		switch {
		case im.Council.IsZero():
			return missing("/implementation/council", "the council area whose plan it is")
		case im.Period.IsZero():
			return missing("/implementation/period", "the plan's three-year period, such as \"2026-2029\"")
		case im.On.IsZero():
			return missing("/implementation/on", "the date asked about")
		case im.Provider.IsZero():
			return missing("/implementation/provider", "the provider of the service, such as \"police-scotland\"")
		case strings.TrimSpace(im.Service.ID) == "":
			return missing("/implementation/service/id", "the plan's ID for the service")
		}
		if !im.CommissionedBy.IsZero() || len(im.JointProviders) > 0 {
			if err := im.asService().Validate(); err != nil {
				return underPath(err, "/implementation")
			}
		}
		for i, n := range im.Notices {
			if err := n.Validate(); err != nil {
				return underPath(err, part3.Pointer("implementation", "notices", i))
			}
		}
	case q.Assistance != nil:
		a := q.Assistance
		switch {
		case a.Person.IsZero():
			return missing("/assistance/person", "who the request is made of, such as \"police-scotland\" or \"other-organisation\"")
		case a.Person == service.ProviderOtherOrganisation && a.Category.IsZero():
			return missing("/assistance/category", "the person's category under section 10(1)(b) ("+categoryForms+"): section 14(2)(b) binds the persons mentioned in section 10(1)(b), whether or not they have been consulted")
		case a.Person != service.ProviderOtherOrganisation && !a.Category.IsZero() && a.Category != consult.NoCategory:
			return &part3.InputError{Path: "/assistance/category", Category: part3.ErrInvalidValue,
				Err:      fmt.Errorf("category %q for person %q", a.Category, string(a.Person)),
				Expected: `no category, or "none": an other service provider, the Scottish Ministers, the local authority and the relevant health board are not among the persons mentioned in section 10(1)(b) (guidance paras 82, 83 and 135); section 14(2)(a) is what binds an other service provider or the Scottish Ministers`}
		}
		if err := checkDirected("/assistance", a.Category, a.Name, a.Direction); err != nil {
			return err
		}
		if s := a.Service; s != nil {
			v := *s
			if strings.TrimSpace(v.ID) == "" {
				v.ID = v.Name // the question needs no ID for the service
			}
			if err := v.Validate(); err != nil {
				return underPath(err, "/assistance/service")
			}
		}
	case q.ConsulteeRequest != nil:
		c := q.ConsulteeRequest
		if c.Category.IsZero() {
			return missing("/consultee_request/category", "the person's category under section 10(1)(b) ("+categoryForms+"): section 10(6) binds the persons to be consulted under section 10(1)(b), whether or not they have been consulted")
		}
		if err := checkDirected("/consultee_request", c.Category, c.Name, c.Direction); err != nil {
			return err
		}
	case q.DefaultPowers != nil:
		f := q.DefaultPowers.Function
		if f == "" {
			return missing("/default_powers/function", "the catalogue ID of a Part 3 function, such as \"s13-annual-report\"")
		}
		if _, ok := Lookup(f); !ok {
			return &part3.InputError{Path: "/default_powers/function", Category: part3.ErrDanglingReference,
				Err: fmt.Errorf("no function %q in the catalogue", f), Expected: "the ID of a duty or power in the catalogue"}
		}
		if q.DefaultPowers.Failure == NotHavingRegardToGuidance && q.DefaultPowers.DepartedWithReasons {
			return &part3.InputError{Path: "/default_powers/departed_with_reasons", Category: part3.ErrInvalidValue,
				Err:      fmt.Errorf("a reasoned departure stated with the failure %q", NotHavingRegardToGuidance),
				Expected: "departed_with_reasons only where the partnership had regard to the guidance, so not with failure \"not-having-regard-to-guidance\""}
		}
	}
	return nil
}

// checkDirected checks that a directed person is named, and that a
// direction is given only for one.
func checkDirected(base string, c consult.PersonCategory, name, direction string) error {
	directed := c == consult.CategoryOf(consult.DirectedPerson)
	switch {
	case directed && strings.TrimSpace(name) == "":
		return &part3.InputError{Path: base + "/name", Category: part3.ErrMissing,
			Expected: "the person's name, as the Scottish Ministers' direction names them: a directed person is bound only while a direction naming them is in force"}
	case !directed && direction != "":
		return &part3.InputError{Path: base + "/direction", Category: part3.ErrInvalidValue,
			Err: fmt.Errorf("a direction for category %q", c), Expected: `direction only with category "directed-person"`}
	}
	return nil
}

// underPath returns err with its path placed under prefix.
func underPath(err error, prefix string) error {
	var ie *part3.InputError
	if errors.As(err, &ie) {
		cp := *ie
		cp.Path = prefix + cp.Path
		return &cp
	}
	return &part3.InputError{Path: prefix, Category: part3.ErrInvalidValue, Err: err}
}

// Decide answers q as of ctx.AsOf under the law and facts of ctx. A
// Question that fails Validate gets a Decision that the duty does not
// arise, with the reason. It is an error only if ctx is not valid
// ([judgement.Context.Validate]).
func (q Question) Decide(ctx judgement.Context) (Decision, error) {
	switch {
	case q.Implementation != nil:
		return DecideImplementation(*q.Implementation, ctx)
	case q.Assistance != nil:
		return DecideAssistance(*q.Assistance, ctx)
	case q.ConsulteeRequest != nil:
		return decideConsulteeRequestOn(q.ConsulteeRequest.Facts(), q.ConsulteeRequest.On, ctx)
	case q.DefaultPowers != nil:
		return DecideDefaultPowers(*q.DefaultPowers, ctx)
	}
	if err := ctx.Validate(); err != nil {
		return Decision{}, err
	}
	return Decision{Outcome: NotArising, DecidedBy: CondIncomplete,
		Reasons: []Reason{{Text: "The question asks nothing: set one of implementation, assistance, consultee_request or default_powers"}}}, nil
}
