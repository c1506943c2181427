package consult

import (
	"fmt"
	"slices"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// Reason is one link in the chain of reasons behind a decision: what was
// found, and the provision or paragraph that makes it matter. It is the
// service package's Reason, shared so that a chain can mix both packages'
// reasons; its JSON keys are citation and text.
type Reason = service.Reason

// Reasonableness holds the three findings of fact that decide whether a
// request is a "reasonable request". Guidance para 94 reads the phrase in
// section 10(6), and para 138 in section 14, the same way:
//
//	A "reasonable request" is one which is relevant (in view of the
//	person's function), practicable (in view of the person's capacity) and
//	consistent with the person's expected level of involvement in
//	delivering the Children's Services Plan.
//
// Each part is a judgement on the person's own circumstances that only the
// caller can make; this type records it and [Reasonableness.Assess]
// combines the three. The zero value holds three failed parts, so an
// unassessed request is never treated as reasonable.
type Reasonableness struct {
	// Relevant: the request is relevant in view of the person's function.
	Relevant bool `json:"relevant"`
	// Practicable: the request is practicable in view of the person's
	// capacity.
	Practicable bool `json:"practicable"`
	// Consistent: the request is consistent with the person's expected
	// level of involvement in delivering the plan.
	Consistent bool `json:"consistent"`
}

// IsReasonable reports whether all three parts hold.
func (t Reasonableness) IsReasonable() bool { return t.Relevant && t.Practicable && t.Consistent }

// Assess applies the three-part test and returns whether the request is
// reasonable, with one reason for each part in the order the guidance gives
// them, each citing cite: [part3.GuidancePara](94) for a request under
// section 10(6), [part3.GuidancePara](138) for one under section 14. A zero
// cite gives reasons without a citation.
func (t Reasonableness) Assess(cite part3.Citation) (bool, []Reason) {
	part := func(ok bool, holds, fails string) Reason {
		if ok {
			return Reason{Text: holds, Citation: cite}
		}
		return Reason{Text: fails, Citation: cite}
	}
	return t.IsReasonable(), []Reason{
		part(t.Relevant,
			"the request is relevant in view of the person's function",
			"the request is not relevant in view of the person's function, so it is not a reasonable request"),
		part(t.Practicable,
			"the request is practicable in view of the person's capacity",
			"the request is not practicable in view of the person's capacity, so it is not a reasonable request"),
		part(t.Consistent,
			"the request is consistent with the person's expected level of involvement in delivering the plan",
			"the request is not consistent with the person's expected level of involvement in delivering the plan, so it is not a reasonable request"),
	}
}

// RequestKind is what a request under section 10(6) asks of a consultee:
// to participate in, or to contribute to, the preparation of the plan. The
// zero RequestKind is unset and is not valid.
type RequestKind uint8

// The kinds of request in section 10(6).
const (
	// Participate: s.10(6)(a), to participate in the preparation of the
	// plan, such as attending a consultation event or sitting on the group
	// that drafts it (guidance para 93).
	Participate RequestKind = iota + 1
	// Contribute: s.10(6)(b), to contribute to the preparation of the plan,
	// such as sharing statistics about service use or gathering the views of
	// service users (guidance para 93).
	Contribute
)

var requestKindNames = [...]string{Participate: "participate", Contribute: "contribute"}

// ParseRequestKind parses "participate" or "contribute".
func ParseRequestKind(s string) (RequestKind, error) {
	return parseEnum[RequestKind](s, requestKindNames[:], "request kind")
}

// String returns "participate", "contribute", or "" for the zero kind.
func (k RequestKind) String() string { return enumString(k, requestKindNames[:]) }

// IsValid reports whether k is Participate or Contribute.
func (k RequestKind) IsValid() bool { return k.String() != "" }

// IsZero reports whether k is unset.
func (k RequestKind) IsZero() bool { return k == 0 }

// Citation returns the paragraph of section 10(6) the kind comes from.
func (k RequestKind) Citation() part3.Citation {
	switch k {
	case Participate:
		return part3.Act("10(6)(a)")
	case Contribute:
		return part3.Act("10(6)(b)")
	}
	return part3.Citation{}
}

// MarshalText implements [encoding.TextMarshaler].
func (k RequestKind) MarshalText() ([]byte, error) {
	return marshalEnum(k, requestKindNames[:], "request kind")
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseRequestKind].
func (k *RequestKind) UnmarshalText(text []byte) error {
	return unmarshalEnum(k, text, requestKindNames[:], "request kind")
}

// RefusalGround is a ground on which a consultee declined to meet a
// request under section 10(6). Section 10(6) itself makes no exception
// (section 14(3) does, for section 14); each ground is part of judging
// which requests the consultee has to meet. Guidance para 96 illustrates
// both:
//
//	An organisation does not necessarily have to comply with all requests
//	for information. It may not be able to provide information in response
//	to such a request for a number of reasons, for example because the
//	organisation considers it to be commercially sensitive or to do so
//	would be incompatible with the Data Protection Act 2018.
//
// The two grounds rest on different footings, and [DecideRequest] treats
// them differently:
//
//   - DataProtection: meeting the request would need processing of
//     personal data that data protection law forbids (the UK GDPR, with
//     the Data Protection Act 2018). That law binds the consultee by its
//     own force, whatever the guidance says and whatever the plan's
//     period: a request that could be met only by processing it forbids
//     is not a "reasonable request" within section 10(6), whether it asks
//     the consultee to participate or to contribute. Para 96 illustrates
//     this; it does not create it.
//   - CommerciallySensitive: the consultee considers the information
//     commercially sensitive. Only the guidance recognises this, in para 96,
//     which speaks of requests for information and belongs to the 2nd
//     edition: it counts for a request for information under a plan from
//     1 April 2020 only, and the decision says the guidance recognises it,
//     not that the law permits it.
//
// The zero RefusalGround means no such ground was relied on. Para 96 gives
// these two as examples ("for a number of reasons, for example"); a
// refusal on any other ground is judged by the three-part test alone.
type RefusalGround uint8

// The refusal grounds named in guidance para 96.
const (
	// CommerciallySensitive: the organisation considers the information
	// commercially sensitive (guidance para 96).
	CommerciallySensitive RefusalGround = iota + 1
	// DataProtection: meeting the request would need processing of
	// personal data that data protection law (the UK GDPR and the Data
	// Protection Act 2018) forbids.
	DataProtection
)

var refusalGroundNames = [...]string{CommerciallySensitive: "commercial-sensitivity", DataProtection: "data-protection"}

// ParseRefusalGround parses "commercial-sensitivity" or "data-protection".
func ParseRefusalGround(s string) (RefusalGround, error) {
	return parseEnum[RefusalGround](s, refusalGroundNames[:], "refusal ground")
}

// String returns the ground's text form, or "" for the zero ground.
func (g RefusalGround) String() string { return enumString(g, refusalGroundNames[:]) }

// IsValid reports whether g is one of the named grounds.
func (g RefusalGround) IsValid() bool { return g.String() != "" }

// IsZero reports whether no ground is set.
func (g RefusalGround) IsZero() bool { return g == 0 }

// MarshalText implements [encoding.TextMarshaler].
func (g RefusalGround) MarshalText() ([]byte, error) {
	return marshalEnum(g, refusalGroundNames[:], "refusal ground")
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseRefusalGround].
func (g *RefusalGround) UnmarshalText(text []byte) error {
	return unmarshalEnum(g, text, refusalGroundNames[:], "refusal ground")
}

// DataProtectionLaw returns the citation of the law that forbids the processing
// a data-protection ground relies on: the Data Protection Act 2018, which,
// with the UK GDPR, governs the processing of personal data.
func DataProtectionLaw() part3.Citation { return part3.Legislation("Data Protection Act 2018", "") }

// PersonCategory is the category of section 10(1)(b) a person falls
// within, as a question about a request states it: one of the four
// [ConsulteeCategory] values, or [NoCategory] for a person within none of
// them. Its text forms are those of ConsulteeCategory and "none". The zero
// PersonCategory is unset: a question must say, so that no person is held
// outside section 10(1)(b) by default.
//
// Section 10(6) binds "the persons to be consulted under subsection
// (1)(b)", and section 14(2)(b) "the persons mentioned in section
// 10(1)(b)" (guidance para 135(b)): a category of persons, defined by what
// they are, not by whether the partnership has consulted them. An
// organisation does not escape either duty by not having been consulted.
type PersonCategory uint8

// NoCategory: the person falls within none of the categories of section
// 10(1)(b). The other service providers, the Scottish Ministers, the local
// authority and the relevant health board are such persons: the
// organisations of section 10(2) are community groups and third or
// private sector organisations (guidance paras 82 and 83), and section
// 10(2)(b) speaks of a service that would be a children's or related
// service if one of those bodies provided it.
const NoCategory = PersonCategory(DirectedPerson) + 1

var personCategoryNames = [...]string{"", "represents-service-users", "provides-service-in-area", "social-landlord", "directed-person", "none"}

// CategoryOf returns the PersonCategory of consultee category c.
func CategoryOf(c ConsulteeCategory) PersonCategory {
	if !c.IsValid() {
		return 0
	}
	return PersonCategory(c)
}

// ParsePersonCategory parses a consultee category's text form or "none".
func ParsePersonCategory(s string) (PersonCategory, error) {
	return parseEnum[PersonCategory](s, personCategoryNames[:], "category under section 10(1)(b)")
}

// String returns the text form, "" for the zero PersonCategory.
func (c PersonCategory) String() string { return enumString(c, personCategoryNames[:]) }

// IsValid reports whether c is one of the four categories or NoCategory.
func (c PersonCategory) IsValid() bool { return c.String() != "" }

// IsZero reports whether c is unset.
func (c PersonCategory) IsZero() bool { return c == 0 }

// Consultee returns the consultee category c names, and false for
// NoCategory and the zero PersonCategory.
func (c PersonCategory) Consultee() (ConsulteeCategory, bool) {
	cc := ConsulteeCategory(c)
	return cc, c != NoCategory && cc.IsValid()
}

// MarshalText implements [encoding.TextMarshaler].
func (c PersonCategory) MarshalText() ([]byte, error) {
	return marshalEnum(c, personCategoryNames[:], "category under section 10(1)(b)")
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParsePersonCategory].
func (c *PersonCategory) UnmarshalText(text []byte) error {
	return unmarshalEnum(c, text, personCategoryNames[:], "category under section 10(1)(b)")
}

// RequestFacts are the facts that decide whether a person had to meet a
// request made of it under section 10(6).
type RequestFacts struct {
	// Category is the category of section 10(1)(b) the person falls
	// within; the zero ConsulteeCategory means none. Section 10(6) binds
	// the persons "to be consulted under subsection (1)(b)": the
	// organisations within section 10(2), the social landlords that
	// provide housing in the area and the persons a direction of the
	// Scottish Ministers specifies, whether or not they have been
	// consulted.
	Category ConsulteeCategory
	// Person is the person's name. For a directed person it is required:
	// the person is bound only while a direction naming them is in force
	// ([judgement.Context.Directions]). Otherwise it is used in reasons
	// only.
	Person string
	// Direction is, for a directed person, the ID of the direction that
	// specifies them; "" to look for any direction in force that names
	// them.
	Direction string
	// On is the day the request was made: a directed person is bound only
	// while a direction naming them is in force on it. The zero Date means
	// the as-of date of the judgement.
	On period.Date
	// Kind is what was asked: to participate or to contribute. The zero
	// Kind is read as a request under section 10(6) generally.
	Kind RequestKind
	// Test is the three-part test of a reasonable request (guidance
	// para 94).
	Test Reasonableness
	// Ground is a ground the person relied on to decline the request, if
	// any (see [RefusalGround]).
	Ground RefusalGround
	// ForInformation says that a request of the zero Kind (under section
	// 10(6) generally) asks for information. A request to contribute is
	// taken to ask for it (contributing "may involve the sharing of
	// relevant information", guidance para 93); a request to participate
	// never does, whatever this says. It matters only for a ground of
	// commercial sensitivity.
	ForInformation bool
	// Period is the three-year period of the plan the request was made
	// for. For 2017-2020 the 2nd edition of the guidance, and so its para
	// 96 on commercial sensitivity, does not apply. The zero PlanPeriod
	// applies it.
	Period period.PlanPeriod
}

// IsForInformation reports whether the request asks for information, the
// only kind of request guidance para 96 speaks of: a request to contribute,
// or one of the zero Kind with ForInformation set; never a request to
// participate.
func (f RequestFacts) IsForInformation() bool {
	switch f.Kind {
	case Participate:
		return false
	case Contribute:
		return true
	}
	return f.ForInformation
}

// RequestDecision is the answer to "did the person have to meet this
// request?", with the chain of reasons that leads to it.
type RequestDecision struct {
	// Bound: the person is one section 10(6) binds, one of the persons to
	// be consulted under section 10(1)(b).
	Bound bool `json:"bound"`
	// Reasonable: the request is a reasonable request: it passes the
	// three-part test of guidance para 94 and could be met without
	// processing that data protection law forbids.
	Reasonable bool `json:"reasonable"`
	// MustMeet: section 10(6) required the person to meet the request, and
	// the guidance did not recognise a reason for it not to (para 96).
	MustMeet bool `json:"must_meet"`
	// DataProtection: the request passes the three-part test, but could
	// be met only by processing that data protection law forbids, so it is
	// not a reasonable request.
	DataProtection bool `json:"data_protection,omitzero"`
	// RefusalRecognised: the person declined to provide information it
	// considers commercially sensitive, a ground guidance para 96
	// recognises, so that, as the guidance reads section 10(6), it did not
	// have to meet this request for information.
	RefusalRecognised bool `json:"refusal_recognised,omitzero"`
	// Reasons is the chain of reasons, in order, each with its citation.
	Reasons []Reason `json:"reasons"`
}

// ToBeConsulted reports whether a person of category c (named person) is
// one of the persons to be consulted under section 10(1)(b) on day on, as
// the judgement context's directions stand, with the reason. An
// organisation within section 10(2) or a social landlord always is; a
// directed person only while a direction of the Scottish Ministers naming
// them (the direction of that ID, when direction is not "") is in force;
// the zero ConsulteeCategory never is. Section 10(6) and section 14(2)(b)
// bind exactly these persons, whether or not the partnership has
// consulted them.
func ToBeConsulted(c ConsulteeCategory, person, direction string, on period.Date, ctx judgement.Context) (bool, Reason) {
	who := "the person"
	if strings.TrimSpace(person) != "" {
		who = person
	}
	switch c {
	case RepresentsServiceUsers, ProvidesServiceInArea:
		return true, Reason{Text: fmt.Sprintf("%s is an organisation that %s, within section 10(2), and so one of the persons to be consulted under section 10(1)(b), whether or not it has been consulted",
			who, categoryWords(c)), Citation: c.Citation()}
	case SocialLandlord:
		return true, Reason{Text: fmt.Sprintf("%s is a social landlord that provides housing in the area, and so one of the persons to be consulted under section 10(1)(b), whether or not it has been consulted",
			who), Citation: c.Citation()}
	case DirectedPerson:
		inForce := judgement.DirectionsInForce(ctx.Directions, on)
		for _, d := range inForce {
			if direction != "" && d.ID != direction {
				continue
			}
			if slices.ContainsFunc(d.Persons, func(p string) bool { return sameName(p, person) }) {
				return true, Reason{Text: fmt.Sprintf("%s is specified by the Scottish Ministers' direction %q, in force on %s, and so is one of the persons to be consulted under section 10(1)(b), whether or not it has been consulted",
					who, d.ID, on), Citation: c.Citation()}
			}
		}
		var why string
		switch {
		case direction == "":
			why = fmt.Sprintf("no direction of the Scottish Ministers in force on %s names %s", on, who)
		case !slices.ContainsFunc(inForce, func(d judgement.Direction) bool { return d.ID == direction }):
			why = fmt.Sprintf("the Scottish Ministers' direction %q is not in force on %s", direction, on)
		default:
			why = fmt.Sprintf("the Scottish Ministers' direction %q, in force on %s, does not name %s", direction, on, who)
		}
		return false, Reason{Text: why + "; a person specified by direction is one of the persons to be consulted under section 10(1)(b) only while a direction naming them is in force (a direction may be revised or revoked, s.10(4))",
			Citation: c.Citation()}
	}
	return false, Reason{Text: fmt.Sprintf("%s falls within none of the categories of section 10(1)(b): an organisation within section 10(2), a social landlord providing housing in the area, or a person specified by a direction of the Scottish Ministers",
		who), Citation: part3.Act("10(1)(b)")}
}

// DecideRequest decides whether a person had to meet a request made of it
// by the local authority and the relevant health board, as of ctx.AsOf and
// under the directions of ctx. Section 10(6):
//
//	The persons to be consulted under subsection (1)(b) are to meet any
//	reasonable request which the local authority and the relevant health
//	board make of them— (a) to participate in the preparation of the
//	children's services plan for the area, (b) to contribute to the
//	preparation o[f that plan]
//
// (the Act's words as far as they were retrieved; the rest as guidance
// para 92 gives it).
//
// The person must meet the request when it is one of the persons to be
// consulted under section 10(1)(b) ([ToBeConsulted]: by its category, not
// by whether it has been consulted), the request passes all three parts of
// the test in guidance para 94, meeting it would need no processing that
// data protection law forbids, and, for a request for information under a
// plan from 2020, the person has not declined information it considers
// commercially sensitive (para 96). If any of these fails it need not, and
// the reasons say which.
//
// A request that could be met only by processing that data protection law
// forbids is not a reasonable request: that law binds the person by its own
// force, in every period and for every kind of request, and para 96 is an
// illustration of it. Commercial sensitivity is the guidance's own reading
// of which requests for information bind (para 96, 2nd edition): it does not
// excuse a request to participate, and it does not apply to a 2017-2020
// plan.
//
// It is an error only if ctx is not valid ([judgement.Context.Validate]).
func DecideRequest(f RequestFacts, ctx judgement.Context) (RequestDecision, error) {
	if err := ctx.Validate(); err != nil {
		return RequestDecision{}, err
	}
	duty := part3.Act("10(6)")
	if c := f.Kind.Citation(); c.IsValid() {
		duty = c
	}
	on := f.On
	if !on.IsValid() {
		on = ctx.AsOf
	}
	bound, why := ToBeConsulted(f.Category, f.Person, f.Direction, on, ctx)
	d := RequestDecision{Bound: bound}
	d.Reasons = append(d.Reasons, why)
	if !bound {
		d.Reasons = append(d.Reasons,
			Reason{Text: "section 10(6) binds only the persons to be consulted under section 10(1)(b), so the person did not have to meet the request under it", Citation: duty})
		return d, nil
	}
	d.Reasons = append(d.Reasons, Reason{Text: "section 10(6) binds the persons to be consulted under section 10(1)(b) to meet any reasonable request to participate in or contribute to the preparation of the plan", Citation: part3.Act("10(6)")})
	reasonable, reasons := f.Test.Assess(part3.GuidancePara(94))
	d.Reasonable = reasonable
	d.Reasons = append(d.Reasons, reasons...)
	switch {
	case !reasonable:
		d.Reasons = append(d.Reasons, Reason{Text: "so the person did not have to meet the request: section 10(6) requires it to meet only reasonable requests", Citation: duty})
	case f.Ground == DataProtection:
		d.Reasonable, d.DataProtection = false, true
		d.Reasons = append(d.Reasons,
			Reason{Text: "but meeting the request would need processing of personal data that data protection law (the UK GDPR and the Data Protection Act 2018) forbids; that law binds the person by its own force, and a request that could be met only by processing it forbids is not a reasonable request (guidance para 96 gives this as an example of a request an organisation need not comply with)", Citation: DataProtectionLaw()},
			Reason{Text: "so the person did not have to meet the request: section 10(6) requires it to meet only reasonable requests", Citation: duty})
	case f.Ground == CommerciallySensitive && f.Period.IsValid() && !f.Period.GuidanceApplies():
		d.MustMeet = true
		d.Reasons = append(d.Reasons,
			Reason{Text: fmt.Sprintf("the person declined to provide information because %s, but the plan is for %s, and the 2nd edition of the guidance, whose para 96 recognises such a refusal, applies only to plans from 1 April 2020", f.Ground.because(), f.Period), Citation: part3.GuidancePara(96)},
			Reason{Text: "so the person had to meet the request: section 10(6) itself makes no exception", Citation: duty})
	case f.Ground == CommerciallySensitive && !f.IsForInformation():
		d.MustMeet = true
		d.Reasons = append(d.Reasons,
			Reason{Text: fmt.Sprintf("the person relied on %s, but guidance para 96 speaks only of requests for information, and this request %s", f.Ground.words(), notForInformation(f)), Citation: part3.GuidancePara(96)},
			Reason{Text: "so the person had to meet the request: section 10(6) itself makes no exception", Citation: duty})
	case f.Ground == CommerciallySensitive:
		d.RefusalRecognised = true
		d.Reasons = append(d.Reasons,
			Reason{Text: fmt.Sprintf("the person declined to provide information because %s; the guidance recognises that an organisation does not necessarily have to comply with all requests for information, for example for that reason", f.Ground.because()), Citation: part3.GuidancePara(96)},
			Reason{Text: "so, as the guidance reads section 10(6), the person did not have to meet this request for information, though it passes the three-part test; section 10(6) itself makes no exception", Citation: part3.GuidancePara(96)})
	default:
		d.MustMeet = true
		d.Reasons = append(d.Reasons, Reason{Text: "so the person had to meet the request", Citation: duty})
	}
	return d, nil
}

// words names the ground for a message.
func (g RefusalGround) words() string {
	switch g {
	case CommerciallySensitive:
		return "commercial sensitivity"
	case DataProtection:
		return "data protection law"
	}
	return "a ground"
}

// notForInformation says why a request is not one for information.
func notForInformation(f RequestFacts) string {
	if f.Kind == Participate {
		return "is to participate in the preparation of the plan"
	}
	return "is not said to be one for information"
}

func (g RefusalGround) because() string {
	switch g {
	case CommerciallySensitive:
		return "it considers the information commercially sensitive"
	case DataProtection:
		return "meeting the request would need processing of personal data that data protection law forbids"
	}
	return ""
}
