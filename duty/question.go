package duty

import (
	"errors"
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/judgement"
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
// facts that decide whether a consultee had to meet a request under
// section 10(6).
type ConsulteeRequestQuestion struct {
	// Consulted: the person was consulted under section 10(1)(b).
	Consulted bool `json:"consulted"`
	// Request is "participate" (s.10(6)(a)) or "contribute" (s.10(6)(b));
	// empty for a request under section 10(6) generally.
	Request consult.RequestKind `json:"request,omitzero"`
	// Test is the three-part test of a reasonable request (guidance para 94).
	Test consult.Reasonableness `json:"test"`
	// Ground is "commercial-sensitivity" or "data-protection" where the
	// consultee declined to provide information on that ground (guidance
	// para 96). It counts only for a request to contribute, which is taken
	// to be a request for information; a request to participate is never
	// excused by it. The question has no plan period, so para 96 is applied
	// as for a plan from 2020; [consult.RequestFacts] takes a period.
	Ground consult.RefusalGround `json:"ground,omitzero"`
}

// Facts returns q as consult's RequestFacts.
func (q ConsulteeRequestQuestion) Facts() consult.RequestFacts {
	return consult.RequestFacts{Consulted: q.Consulted, Kind: q.Request, Test: q.Test, Ground: q.Ground}
}

// DecodeQuestion decodes a duty question document strictly with
// [part3.Decode] and checks what decoding cannot: the kind, exactly one
// question, its required values, and each notice of disagreement's
// required values ([consult.NoticeOfDisagreement.Validate]). Every failure
// is an *part3.InputError naming file and the JSON path.
func DecodeQuestion(file string, data []byte) (Question, error) {
	var q Question
	if err := part3.Decode(file, data, &q); err != nil {
		return Question{}, err
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
		for i, n := range im.Notices {
			if err := n.Validate(); err != nil {
				return underPath(err, part3.Pointer("implementation", "notices", i))
			}
		}
	case q.Assistance != nil:
		if q.Assistance.Person.IsZero() {
			return missing("/assistance/person", "who the request is made of, such as \"police-scotland\" or \"other-organisation\"")
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
		return DecideConsulteeRequest(q.ConsulteeRequest.Facts(), ctx)
	case q.DefaultPowers != nil:
		return DecideDefaultPowers(*q.DefaultPowers, ctx)
	}
	if err := ctx.Validate(); err != nil {
		return Decision{}, err
	}
	return Decision{Outcome: NotArising, DecidedBy: CondIncomplete,
		Reasons: []Reason{{Text: "The question asks nothing: set one of implementation, assistance, consultee_request or default_powers"}}}, nil
}
