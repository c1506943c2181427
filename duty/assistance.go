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
	// or "other-organisation" for anyone else (a charity, a community
	// group, a social landlord). Required.
	Person service.Provider `json:"person"`
	// On is the date of the request; it decides who is on the register of
	// other service providers and which directions of the Scottish
	// Ministers are in force. The zero Date uses the register as it stands
	// with no s.7(5) change, and the directions in force on the as-of date.
	On period.Date `json:"on,omitzero"`
	// Category is, for person "other-organisation", the category of
	// section 10(1)(b) it falls within: "represents-service-users",
	// "provides-service-in-area", "social-landlord", "directed-person", or
	// "none". Required for that person; for any other, absent or "none".
	// Section 14(2)(b) binds the persons mentioned in section 10(1)(b), a
	// category of persons, whether or not they have been consulted. The
	// other service providers, the Scottish Ministers, the local authority
	// and the relevant health board are not among them (guidance paras 82,
	// 83 and 135): section 14 binds the first two under section 14(2)(a)
	// only. Category replaces the member consulted, which is refused.
	Category consult.PersonCategory `json:"category,omitzero"`
	// Name is the person's name. Required for a directed person, who is
	// mentioned in section 10(1)(b) only while a direction of the Scottish
	// Ministers naming them is in force; otherwise optional, and used in
	// the reasons.
	Name string `json:"name,omitzero"`
	// Direction is, for a directed person, the ID of the direction that
	// specifies them; absent, any direction in force that names them.
	Direction string `json:"direction,omitzero"`
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
	// DataProtection records that providing the information, advice or
	// assistance would need processing of personal data that data
	// protection law (the UK GDPR and the Data Protection Act 2018)
	// forbids. That law's duties bind the person by their own force, so
	// providing it would be incompatible with a duty of the person
	// (s.14(3)(a); guidance para 141 names data protection among such
	// duties).
	DataProtection bool `json:"data_protection,omitzero"`
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
	// CondNotToBeConsulted: the person is not one of the persons to be
	// consulted under section 10(1)(b) (for section 14, the persons
	// mentioned in it): it falls within none of its categories, or it is a
	// directed person and no direction naming it is in force. Whether the
	// partnership has consulted the person does not matter.
	CondNotToBeConsulted = "not-a-person-to-be-consulted"
	// CondDataProtection: meeting the request would need processing that
	// data protection law forbids, so it is not a reasonable request under
	// section 10(6).
	CondDataProtection = "data-protection"
	// CondInformationRefusal: the consultee declined to provide information
	// it considers commercially sensitive, a ground guidance para 96
	// recognises, so that, as the guidance reads section 10(6), it did not
	// have to meet that request for information. It is part of judging
	// which requests bind, not an exception written in section 10(6).
	CondInformationRefusal = "information-refusal-recognised"
)

// DecideAssistance decides whether q.Person must comply with a request for
// information, advice or assistance. Section 14, as guidance paras 134-141
// put it: the persons in section 14(2) must comply with any reasonable
// request made of them by the local authority and relevant health board to
// provide information, advice and assistance for the purposes of Part 3.
// Section 14(2) names (guidance para 135):
//
//	(a) any "other service provider" and Scottish Ministers (but only
//	insofar as the information, advice or assistance requested relates to
//	a children's service or related service which these persons contribute
//	to providing);
//	(b) any of the persons mentioned in section 10(1)(b).
//
// Paragraph (b) names a category of persons (organisations within section
// 10(2), social landlords providing housing in the area, persons named in
// a direction of the Scottish Ministers in force), not only those the
// partnership has consulted: [consult.ToBeConsulted] decides it. The other
// service providers and the Scottish Ministers are bound under (a) only:
// they are not among the organisations of section 10(2) (guidance paras 82
// and 83: community groups and third or private sector organisations).
//
// A "reasonable request" is relevant, practicable and consistent with the
// person's expected involvement (para 138; the test of [consult.Reasonableness]).
// Section 14(3): the duty does not apply if providing it would (a) be
// incompatible with any duty of the person, or (b) unduly prejudice the
// exercise of any function of the person (para 140). Both are the person's
// judgement (para 141: "they are entitled to refuse"). Processing that data
// protection law forbids is incompatible with the person's duties under
// that law, as para 141 reads (a).
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
	on := q.On
	if !on.IsValid() {
		on = ctx.AsOf
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
	case kind == service.KindOtherServiceProvider || kind == service.KindScottishMinisters:
		x.because(fmt.Sprintf("%s %s not among the persons mentioned in section 10(1)(b): the organisations of section 10(2) are community groups and third or private sector organisations, and section 10(2)(b) speaks of a service that would be a children's or related service if an other service provider or the Scottish Ministers provided it; so section 14(2)(b) does not reach %s",
			capitalise(who), verb(q.Person, "is", "are"), verb(q.Person, "it", "them")), part3.GuidanceParas(82, 83))
		x.notArising(CondUnrelatedService, fmt.Sprintf("%s %s bound by section 14 only so far as a request relates to a children's service or related service %s to providing, and this request does not",
			capitalise(who), verb(q.Person, "is", "are"), verb(q.Person, "it contributes", "they contribute")), part3.Act("14(2)(a)"))
		return x.decide()
	default:
		c, _ := q.Category.Consultee()
		name := strings.TrimSpace(q.Name)
		bound, why := consult.ToBeConsulted(c, name, q.Direction, on, ctx)
		x.because(capitalise(why.Text), why.Citation)
		if !bound {
			x.notArising(CondNotToBeConsulted, fmt.Sprintf("%s is neither an other service provider nor the Scottish Ministers, nor one of the persons mentioned in section 10(1)(b), so section 14 does not bind it", capitalise(personWords(name, who))), part3.Act("14(2)"))
			return x.decide()
		}
		x.because("Section 14(2)(b) binds the persons mentioned in section 10(1)(b), whether or not they have been consulted, for any reasonable request", part3.Act("14(2)(b)"))
		who = personWords(name, who)
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
	if q.DataProtection {
		x.except("incompatible-with-duty", fmt.Sprintf("Providing what is asked would need processing of personal data that data protection law (the UK GDPR and the Data Protection Act 2018) forbids; the duties of that law bind %s by their own force, so providing it would be incompatible with a duty of %s (guidance para 141 names data protection among such duties), and %s need not comply",
			who, who, who))
		return x.decide()
	}
	if duty := strings.TrimSpace(q.IncompatibleWithDuty); duty != "" {
		x.except("incompatible-with-duty", fmt.Sprintf("Providing what is asked would be incompatible with a duty of %s (%s), so it need not comply", who, duty))
		return x.decide()
	}
	x.exceptNot("incompatible-with-duty", "Providing it is not said to be incompatible with any duty of the person, under data protection law or otherwise")
	if fn := strings.TrimSpace(q.UndulyPrejudicesFunction); fn != "" {
		x.except("unduly-prejudice-functions", fmt.Sprintf("Providing what is asked would unduly prejudice the exercise of a function of %s (%s), so it need not comply", who, fn))
		return x.decide()
	}
	x.exceptNot("unduly-prejudice-functions", "Providing it is not said to unduly prejudice the exercise of any function of the person")
	return x.decide()
}

// personWords names a person asked for assistance: by its name where the
// question gives one.
func personWords(name, who string) string {
	if name != "" {
		return name
	}
	return who
}

// DecideConsulteeRequest decides whether a person had to meet a request of
// the local authority and relevant health board to participate in or
// contribute to the preparation of the plan (s.10(6)), with
// [consult.DecideRequest], and states the answer as a Decision on the
// catalogue's "s10-meet-reasonable-requests". The reasons are consult's,
// in order. Section 10(6) binds the persons to be consulted under section
// 10(1)(b), by their category, whether or not they have been consulted
// (NotArising, decided by CondNotToBeConsulted, for anyone else). It has no
// exception: a request that fails the three-part test (guidance para 94),
// one that could be met only by processing that data protection law
// forbids, or a request for information the person declined as
// commercially sensitive (para 96), is one the duty does not reach
// (NotArising, decided by CondNotReasonable, CondDataProtection or
// CondInformationRefusal), never Excepted.
//
// It is an error only if ctx is not valid ([judgement.Context.Validate]).
func DecideConsulteeRequest(f consult.RequestFacts, ctx judgement.Context) (Decision, error) {
	return decideConsulteeRequestOn(f, f.On, ctx)
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
	return decideConsulteeRequest(f, on, ctx), nil
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

func decideConsulteeRequest(f consult.RequestFacts, on period.Date, ctx judgement.Context) Decision {
	d := mustLookup("s10-meet-reasonable-requests")
	x := newDecider(d)
	if x.beforePart3(requestDate(on, ctx.AsOf), "section 10(6) bound no one to meet a request") {
		return x.decide()
	}
	x.beforeFirstPeriod(on, "section 10(6)")
	r, err := consult.DecideRequest(f, ctx)
	if err != nil { // ctx was validated by the caller
		return Decision{Duty: d.ID, Citation: d.Citation, Outcome: NotArising, DecidedBy: CondIncomplete, DecidedByCitation: d.Citation,
			Reasons: []Reason{{Text: err.Error(), Citation: d.Citation}}}
	}
	dec := Decision{Duty: d.ID, Citation: d.Citation, Applies: r.MustMeet, Reasons: x.dec.Reasons}
	for _, rs := range r.Reasons {
		dec.Reasons = append(dec.Reasons, Reason{Text: capitalise(rs.Text), Citation: rs.Citation})
	}
	switch {
	case r.MustMeet:
		dec.Outcome, dec.DecidedBy, dec.DecidedByCitation = Applies, DecidedByDefault, d.Citation
	case !r.Bound:
		dec.Outcome, dec.DecidedBy, dec.DecidedByCitation = NotArising, CondNotToBeConsulted, d.Citation
	case r.DataProtection:
		dec.Outcome, dec.DecidedBy, dec.DecidedByCitation = NotArising, CondDataProtection, consult.DataProtectionLaw
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
