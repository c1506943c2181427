package duty

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// AssistanceQuestion asks whether a person must comply with a request of
// the local authority and relevant health board for information, advice or
// assistance under section 14. Its JSON form has snake_case keys.
type AssistanceQuestion struct {
	// Person is who the request is made of, in the text form of
	// [service.Provider]: an other service provider, "scottish-ministers",
	// or "other-organisation" for anyone else (a consultee such as a
	// charity or a social landlord). Required.
	Person service.Provider `json:"person"`
	// On is the date of the request; it decides who is on the register of
	// other service providers. The zero Date uses the register as it
	// stands with no s.7(5) change.
	On period.Date `json:"on,omitzero"`
	// Consulted: the person is one of those consulted under section
	// 10(1)(b), whom section 14(2)(b) binds.
	Consulted bool `json:"consulted,omitzero"`
	// RelatesToTheirService: the request relates to a children's service
	// or related service the person contributes to providing. Section
	// 14(2)(a) binds other service providers and the Scottish Ministers
	// only so far as that is so.
	RelatesToTheirService bool `json:"relates_to_their_service,omitzero"`
	// Service, optional, is the service the request relates to, as the
	// plan lists it: its provider, any commissioning body and its joint
	// providers. A person that is one of its providers contributes to
	// providing it (s.14(2)(a)), as RelatesToTheirService would say.
	Service *service.Service `json:"service,omitzero"`
	// Test is the three-part test of a reasonable request (guidance para
	// 138, as para 94 for section 10(6)).
	Test consult.Reasonableness `json:"test"`
	// IncompatibleWithDuty, if not empty, names the duty of the person with
	// which providing the information, advice or assistance would be
	// incompatible (s.14(3)(a)), such as "the duty of confidentiality".
	IncompatibleWithDuty string `json:"incompatible_with_duty,omitzero"`
	// UndulyPrejudicesFunction, if not empty, names the function of the
	// person whose exercise providing it would unduly prejudice
	// (s.14(3)(b)).
	UndulyPrejudicesFunction string `json:"unduly_prejudices_function,omitzero"`
}

// Condition IDs of the section 14 and section 10(6) decisions, reported in
// Decision.DecidedBy when the duty does not arise.
const (
	// CondNotReasonable: the request fails the three-part test of a
	// reasonable request.
	CondNotReasonable = "not-reasonable"
	// CondUnrelatedService: the request does not relate to a service the
	// other service provider or the Ministers contribute to providing.
	CondUnrelatedService = "unrelated-service"
	// CondNotConsulted: the person was not consulted under section
	// 10(1)(b).
	CondNotConsulted = "not-consulted"
	// CondInformationRefusal: the consultee declined to provide information
	// on a ground guidance para 96 recognises, so that, as the guidance
	// reads section 10(6), it did not have to meet that request for
	// information. It is part of judging which requests bind, not an
	// exception written in section 10(6).
	CondInformationRefusal = "information-refusal-recognised"
)

// DecideAssistance decides whether q.Person must comply with a request for
// information, advice or assistance. Section 14, as guidance paras 134-141
// put it: the persons in section 14(2) must comply with any reasonable
// request made of them by the local authority and relevant health board to
// provide information, advice and assistance for the purposes of Part 3.
// Section 14(2) names:
//
//	(a) any "other service provider" and Scottish Ministers (but only
//	insofar as the information, advice or assistance requested relates to
//	a children's service or related service which these persons contribute
//	to providing);
//	(b) any of the persons mentioned in section 10(1)(b).
//
// A "reasonable request" is relevant, practicable and consistent with the
// person's expected involvement (para 138; the test of [consult.Reasonableness]).
// Section 14(3): the duty does not apply if providing it would (a) be
// incompatible with any duty of the person, or (b) unduly prejudice the
// exercise of any function of the person (para 140). Both are the person's
// judgement (para 141: "they are entitled to refuse").
//
// It is an error only if ctx is not valid ([judgement.Context.Validate]).
func DecideAssistance(q AssistanceQuestion, ctx judgement.Context) (Decision, error) {
	if err := ctx.Validate(); err != nil {
		return Decision{}, err
	}
	return decideAssistance(q, ctx, ctx.MustLaw()), nil
}

func decideAssistance(q AssistanceQuestion, ctx judgement.Context, law service.Law) Decision {
	d := mustLookup("s14-assistance")
	x := newDecider(d)
	who := providerWords(q.Person)
	if q.On.IsValid() {
		x.dec.Law = ctx.Version(q.On)
	}

	// Who section 14(2) binds.
	kind := law.ProviderKind(q.Person, q.On)
	q.RelatesToTheirService = contributesTo(x, q)
	switch {
	case q.Person.IsZero():
		x.notArising(CondIncomplete, "The question must name the person the request is made of", d.Citation)
		return x.decide()
	case x.beforePart3(requestDate(q.On, ctx.AsOf), "section 14 bound no one to comply with a request"):
		return x.decide()
	case kind == service.KindLocalAuthority || kind == service.KindRelevantHealthBoard:
		x.notArising(CondNotBound, fmt.Sprintf("%s makes requests under section 14 jointly with its partner; it is not among the persons section 14(2) binds", capitalise(who)), part3.Act("14(2)"))
		return x.decide()
	case (kind == service.KindOtherServiceProvider || kind == service.KindScottishMinisters) && q.RelatesToTheirService:
		x.because(fmt.Sprintf("%s %s bound by section 14 so far as the request relates to a children's service or related service %s to providing, and this request does",
			capitalise(who), verb(q.Person, "is", "are"), verb(q.Person, "it contributes", "they contribute")), part3.Act("14(2)(a)"))
	case q.Consulted && kind == service.KindOtherServiceProvider:
		// The guidance reads the organisations of s.10(2) as community
		// groups and third or private sector organisations (paras 82, 83),
		// and no direction under s.10(1)(b)(iii) had been made when it was
		// published (para 88); the question's word that the provider was
		// consulted under s.10(1)(b) is taken as given.
		x.because(fmt.Sprintf("%s is not among the organisations of section 10(2) as the guidance reads them (community groups and third or private sector organisations), so it is a person consulted under section 10(1)(b) only if a direction under section 10(1)(b)(iii) names it, and none had been made when the guidance was published; the question says it was consulted under section 10(1)(b), so section 14(2)(b) binds it for any reasonable request, not only one relating to a service it contributes to providing",
			capitalise(who)), part3.GuidancePara(83))
		x.because("A person consulted under section 10(1)(b) must comply with a reasonable request", part3.Act("14(2)(b)"))
	case q.Consulted:
		x.because(fmt.Sprintf("%s %s consulted under section 10(1)(b), so section 14 binds %s", capitalise(who), verb(q.Person, "was", "were"), verb(q.Person, "it", "them")), part3.Act("14(2)(b)"))
	case kind == service.KindOtherServiceProvider || kind == service.KindScottishMinisters:
		x.notArising(CondUnrelatedService, fmt.Sprintf("%s %s bound by section 14 only so far as a request relates to a children's service or related service %s to providing, and this request does not",
			capitalise(who), verb(q.Person, "is", "are"), verb(q.Person, "it contributes", "they contribute")), part3.Act("14(2)(a)"))
		return x.decide()
	default:
		x.notArising(CondNotConsulted, fmt.Sprintf("%s was not consulted under section 10(1)(b) and is not an other service provider or the Scottish Ministers, so section 14 does not bind it", capitalise(who)), part3.Act("14(2)"))
		return x.decide()
	}

	x.beforeFirstPeriod(q.On, "section 14")

	// A reasonable request.
	reasonable, reasons := q.Test.Assess(part3.GuidancePara(138))
	for _, r := range reasons {
		x.because(capitalise(r.Text), r.Citation)
	}
	if !reasonable {
		x.notArising(CondNotReasonable, "Section 14 requires compliance only with a reasonable request, so the duty does not arise", d.Citation)
		return x.decide()
	}
	x.because(fmt.Sprintf("So, by default, %s must comply with the request", who), d.Citation)

	// Exceptions.
	if duty := strings.TrimSpace(q.IncompatibleWithDuty); duty != "" {
		x.except("incompatible-with-duty", fmt.Sprintf("Providing what is asked would be incompatible with a duty of %s (%s), so it need not comply", who, duty))
		return x.decide()
	}
	x.exceptNot("incompatible-with-duty", "Providing it is not said to be incompatible with any duty of the person")
	if fn := strings.TrimSpace(q.UndulyPrejudicesFunction); fn != "" {
		x.except("unduly-prejudice-functions", fmt.Sprintf("Providing what is asked would unduly prejudice the exercise of a function of %s (%s), so it need not comply", who, fn))
		return x.decide()
	}
	x.exceptNot("unduly-prejudice-functions", "Providing it is not said to unduly prejudice the exercise of any function of the person")
	return x.decide()
}

// DecideConsulteeRequest decides whether a consultee had to meet a request
// of the local authority and relevant health board to participate in or
// contribute to the preparation of the plan (s.10(6)), with
// [consult.DecideRequest], and states the answer as a Decision on the
// catalogue's "s10-meet-reasonable-requests". The reasons are consult's,
// in order. Section 10(6) has no exception: a request that fails the
// three-part test (guidance para 94), or a request for information the
// consultee declined on a ground guidance para 96 recognises, is one the
// duty does not reach (NotArising, decided by CondNotReasonable or
// CondInformationRefusal), never Excepted.
//
// It is an error only if ctx is not valid ([judgement.Context.Validate]).
func DecideConsulteeRequest(f consult.RequestFacts, ctx judgement.Context) (Decision, error) {
	return decideConsulteeRequestOn(f, period.Date{}, ctx)
}

// decideConsulteeRequestOn is DecideConsulteeRequest for a request made on
// date on (zero when the question does not say): a request made before
// Part 3 came into force (7 October 2016) bound no one. Without a date,
// the as-of date shows only that a request was made before Part 3 was in
// force, when it is earlier itself.
func decideConsulteeRequestOn(f consult.RequestFacts, on period.Date, ctx judgement.Context) (Decision, error) {
	if err := ctx.Validate(); err != nil {
		return Decision{}, err
	}
	return decideConsulteeRequest(f, on, ctx.AsOf), nil
}

// requestDate is the date a request is judged on for whether Part 3 was
// in force: its own date, or failing that the as-of date, by which it was
// made.
func requestDate(on, asOf period.Date) period.Date {
	if on.IsValid() {
		return on
	}
	return asOf
}

func decideConsulteeRequest(f consult.RequestFacts, on, asOf period.Date) Decision {
	d := mustLookup("s10-meet-reasonable-requests")
	x := newDecider(d)
	if x.beforePart3(requestDate(on, asOf), "section 10(6) bound no one to meet a request") {
		return x.decide()
	}
	x.beforeFirstPeriod(on, "section 10(6)")
	r := consult.DecideRequest(f)
	dec := Decision{Duty: d.ID, Citation: d.Citation, Applies: r.MustMeet, Reasons: x.dec.Reasons}
	for _, rs := range r.Reasons {
		dec.Reasons = append(dec.Reasons, Reason{Text: capitalise(rs.Text), Citation: rs.Citation})
	}
	switch {
	case r.MustMeet:
		dec.Outcome, dec.DecidedBy, dec.DecidedByCitation = Applies, DecidedByDefault, d.Citation
	case !r.Bound:
		dec.Outcome, dec.DecidedBy, dec.DecidedByCitation = NotArising, CondNotConsulted, d.Citation
	case !r.Reasonable:
		dec.Outcome, dec.DecidedBy, dec.DecidedByCitation = NotArising, CondNotReasonable, part3.GuidancePara(94)
	default: // r.RefusalRecognised
		dec.Outcome, dec.DecidedBy, dec.DecidedByCitation = NotArising, CondInformationRefusal, part3.GuidancePara(96)
	}
	return dec
}

// contributesTo reports whether the request of q relates to a service
// q.Person contributes to providing: as the question says, or because it
// is one of the providers of the service it names (the lead, or a joint
// provider), which it adds as a reason.
func contributesTo(x *decider, q AssistanceQuestion) bool {
	if q.Service == nil || q.RelatesToTheirService || !q.Service.ProvidedBy(q.Person) {
		return q.RelatesToTheirService
	}
	name := q.Service.Name
	if strings.TrimSpace(name) == "" {
		name = q.Service.ID
	}
	var others []service.JointProvider
	for _, p := range q.Service.Providers() {
		if p.Provider != q.Person {
			others = append(others, p)
		}
	}
	text := fmt.Sprintf("The request relates to %q, which %s contributes to providing", name, providerWords(q.Person))
	if len(others) > 0 {
		text += " with " + jointWords(others)
	}
	x.because(text, part3.Act("14(2)(a)"))
	return true
}
