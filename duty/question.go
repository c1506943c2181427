package duty

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/internal/suggest"
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
	// Schema is the optional "$schema" member an editor uses to find the
	// JSON Schema of the document. It has no effect on a judgement.
	Schema string `json:"$schema,omitzero"`
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

// retiredConsulted is the member consulted that assistance and consultee
// request questions once had.
var retiredConsulted = part3.RetiredMember{
	Name:        "consulted",
	Replacement: "category",
	Retired:     `"consulted" is no longer a member of this question`,
	Expected:    `"category" in its place: the person's category under section 10(1)(b) (` + categoryForms + `); section 10(6) and section 14(2)(b) bind the persons to be consulted under section 10(1)(b), whether or not they have been consulted`,
}

// RetiredMembers implements [part3.Retiring]: the question has no member
// consulted any more, and [part3.Decode] says what replaced it.
func (AssistanceQuestion) RetiredMembers() []part3.RetiredMember {
	return []part3.RetiredMember{retiredConsulted}
}

// RetiredMembers implements [part3.Retiring]: the question has no member
// consulted any more, and [part3.Decode] says what replaced it.
func (ConsulteeRequestQuestion) RetiredMembers() []part3.RetiredMember {
	return []part3.RetiredMember{retiredConsulted}
}

// ExplainRetired returns err, an error of a JSON decoder that refuses
// unknown members, with a clear statement of what replaced a member that
// a duty question once had, for each problem of err that refuses that
// member as unknown: consulted, in an assistance or a consultee_request
// question (replaced by category), and a notice's prisons_act_function
// ([consult.ExplainRetired]). [part3.Decode] words them so itself. Other
// problems, and errors that are not an *part3.InputError, are returned
// unchanged.
func ExplainRetired(err error) error {
	err = part3.Explain(err, func(p *part3.InputError) bool {
		if !strings.HasSuffix(p.Path, "/assistance/consulted") && !strings.HasSuffix(p.Path, "/consultee_request/consulted") {
			return false
		}
		m := retiredConsulted
		p.Err = &part3.UnknownMemberError{Name: m.Name, Suggestion: m.Replacement, Retired: m.Retired}
		p.Expected = m.Expected
		return true
	})
	return consult.ExplainRetired(err)
}

// categoryForms lists the text forms of a category under section 10(1)(b).
const categoryForms = `"represents-service-users", "provides-service-in-area", "social-landlord", "directed-person" or "none"`

// DecodeQuestion decodes a duty question document strictly with
// [part3.DecodeAndCheck] and checks what decoding cannot
// ([Question.Validate]): the kind, exactly one question, its required
// values, and each notice of disagreement's required values
// ([consult.NoticeOfDisagreement.Validate]). Every problem is reported at
// once, as an *part3.InputError naming file and each JSON path; a retired
// member is refused with an error saying what replaced it
// ([ExplainRetired]).
func DecodeQuestion(file string, data []byte) (Question, error) {
	var q Question
	if err := part3.DecodeAndCheck(file, data, &q, func(l *part3.InputErrors) { q.check(l) }); err != nil {
		return Question{}, ExplainRetired(err)
	}
	return q, nil
}

// Validate reports the problems [DecodeQuestion] checks after decoding, as
// an *part3.InputError listing them with their JSON paths, or nil.
func (q Question) Validate() error {
	var l part3.InputErrors
	q.check(&l)
	return l.Err()
}

// check adds the problems of q to l.
func (q Question) check(l *part3.InputErrors) {
	if q.Kind != QuestionKind {
		// The other checks are a duty question's: another kind of
		// document would only fail them.
		l.Add(&part3.InputError{Path: "/kind", Category: part3.ErrWrongKind,
			Err: fmt.Errorf("kind %q%s", q.Kind, suggest.Phrase(q.Kind, []string{QuestionKind})), Expected: fmt.Sprintf("%q", QuestionKind)})
		return
	}
	n := 0
	for _, set := range []bool{q.Implementation != nil, q.Assistance != nil, q.ConsulteeRequest != nil, q.DefaultPowers != nil} {
		if set {
			n++
		}
	}
	if n != 1 {
		l.Add(&part3.InputError{Category: part3.ErrMissing, Err: fmt.Errorf("%d questions", n),
			Expected: `exactly one of "implementation", "assistance", "consultee_request" or "default_powers"`})
		return
	}
	missing := func(path, expected string) {
		l.Add(&part3.InputError{Path: path, Category: part3.ErrMissing, Expected: expected})
	}
	switch {
	case q.Implementation != nil:
		im := q.Implementation
		if im.Council.IsZero() {
			missing("/implementation/council", "the council area whose plan it is")
		}
		if im.Period.IsZero() {
			missing("/implementation/period", "the plan's three-year period, such as \"2026-2029\"")
		}
		if im.On.IsZero() {
			missing("/implementation/on", "the date asked about")
		}
		if im.Provider.IsZero() {
			missing("/implementation/provider", "the provider of the service, such as \"police-scotland\"")
		}
		if strings.TrimSpace(im.Service.ID) == "" {
			missing("/implementation/service/id", "the plan's ID for the service")
		}
		if !im.Provider.IsZero() && (!im.CommissionedBy.IsZero() || len(im.JointProviders) > 0) {
			s := im.asService()
			s.ID, s.Name = "-", "-" // checked above, where the question has them
			l.Add(part3.WithPath(s.Validate(), "/implementation"))
		}
		for i, n := range im.Notices {
			l.Add(part3.WithPath(n.Validate(), part3.Pointer("implementation", "notices", i)))
		}
	case q.Assistance != nil:
		a := q.Assistance
		switch {
		case a.Person.IsZero():
			missing("/assistance/person", "who the request is made of, such as \"police-scotland\" or \"other-organisation\"")
		case a.Person == service.ProviderOtherOrganisation && a.Category.IsZero():
			missing("/assistance/category", "the person's category under section 10(1)(b) ("+categoryForms+"): section 14(2)(b) binds the persons mentioned in section 10(1)(b), whether or not they have been consulted")
		case a.Person != service.ProviderOtherOrganisation && !a.Category.IsZero() && a.Category != consult.NoCategory:
			l.Add(&part3.InputError{Path: "/assistance/category", Category: part3.ErrInvalidValue,
				Err:      fmt.Errorf("category %q for person %q", a.Category, string(a.Person)),
				Expected: `no category, or "none": an other service provider, the Scottish Ministers, the local authority and the relevant health board are not among the persons mentioned in section 10(1)(b) (guidance paras 82, 83 and 135); section 14(2)(a) is what binds an other service provider or the Scottish Ministers`})
		}
		l.Add(checkDirected("/assistance", a.Category, a.Name, a.Direction))
		if s := a.Service; s != nil {
			v := *s
			if strings.TrimSpace(v.ID) == "" {
				v.ID = v.Name // the question needs no ID for the service
			}
			l.Add(part3.WithPath(v.Validate(), "/assistance/service"))
		}
	case q.ConsulteeRequest != nil:
		c := q.ConsulteeRequest
		if c.Category.IsZero() {
			missing("/consultee_request/category", "the person's category under section 10(1)(b) ("+categoryForms+"): section 10(6) binds the persons to be consulted under section 10(1)(b), whether or not they have been consulted")
		}
		l.Add(checkDirected("/consultee_request", c.Category, c.Name, c.Direction))
	case q.DefaultPowers != nil:
		f := q.DefaultPowers.Function
		if f == "" {
			missing("/default_powers/function", "the catalogue ID of a Part 3 function, such as \"s13-annual-report\"")
		} else if _, ok := Lookup(f); !ok {
			l.Add(&part3.InputError{Path: "/default_powers/function", Category: part3.ErrDanglingReference,
				Err: fmt.Errorf("no function %q in the catalogue%s", f, suggest.Phrase(f, catalogueIDs())), Expected: "the ID of a duty or power in the catalogue"})
		}
		if q.DefaultPowers.Failure == NotHavingRegardToGuidance && q.DefaultPowers.DepartedWithReasons {
			l.Add(&part3.InputError{Path: "/default_powers/departed_with_reasons", Category: part3.ErrInvalidValue,
				Err:      fmt.Errorf("a reasoned departure stated with the failure %q", NotHavingRegardToGuidance),
				Expected: "departed_with_reasons only where the partnership had regard to the guidance, so not with failure \"not-having-regard-to-guidance\""})
		}
	}
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

// catalogueIDs lists the IDs of the catalogue's duties and powers, for
// suggesting the one meant.
func catalogueIDs() []string {
	var ids []string
	for _, d := range Catalogue() {
		ids = append(ids, d.ID)
	}
	return ids
}
