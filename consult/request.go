package consult

import (
	"fmt"

	"github.com/csplanning/part3"
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

// RefusalGround is a reason the guidance recognises for a consultee not to
// provide information in response to a request for information. Guidance
// para 96:
//
//	An organisation does not necessarily have to comply with all requests
//	for information. It may not be able to provide information in response
//	to such a request for a number of reasons, for example because the
//	organisation considers it to be commercially sensitive or to do so
//	would be incompatible with the Data Protection Act 2018.
//
// Section 10(6) itself makes no exception (section 14(3) does, for section
// 14); para 96 is the guidance's reading of which requests for information
// a consultee has to meet, and it concerns requests for information only:
// a request to participate is never excused by it. [DecideRequest] treats a
// ground as part of that judgement, says the guidance recognises it rather
// than that the law permits it, and does not apply it to a 2017-2020 plan,
// which the 2nd edition does not cover.
//
// The zero RefusalGround means no such ground was relied on. Para 96 gives
// these two as examples ("for a number of reasons, for example"); a
// refusal on any other ground is judged by the three-part test alone.
type RefusalGround uint8

// The refusal grounds named in guidance para 96.
const (
	// CommerciallySensitive: the organisation considers the information
	// commercially sensitive.
	CommerciallySensitive RefusalGround = iota + 1
	// DataProtection: providing the information would be incompatible with
	// the Data Protection Act 2018.
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

// RequestFacts are the facts that decide whether a consultee had to meet a
// request made of it under section 10(6).
type RequestFacts struct {
	// Consulted: the person asked is one of the persons consulted under
	// section 10(1)(b). Section 10(6) binds only them.
	Consulted bool
	// Kind is what was asked: to participate or to contribute. The zero
	// Kind is read as a request under section 10(6) generally.
	Kind RequestKind
	// Test is the three-part test of a reasonable request (guidance
	// para 94).
	Test Reasonableness
	// Ground is a guidance para 96 ground the consultee relied on to
	// decline to provide information, if any. It counts only for a request
	// for information ([RequestFacts.IsForInformation]).
	Ground RefusalGround
	// ForInformation says that a request of the zero Kind (under section
	// 10(6) generally) asks for information. A request to contribute is
	// taken to ask for it (contributing "may involve the sharing of
	// relevant information", guidance para 93); a request to participate
	// never does, whatever this says.
	ForInformation bool
	// Period is the three-year period of the plan the request was made
	// for. For 2017-2020 the 2nd edition of the guidance, and so its para
	// 96, does not apply. The zero PlanPeriod applies it.
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

// RequestDecision is the answer to "did the consultee have to meet this
// request?", with the chain of reasons that leads to it.
type RequestDecision struct {
	// Bound: the person is one section 10(6) binds (consulted under
	// section 10(1)(b)).
	Bound bool `json:"bound"`
	// Reasonable: the request passes the three-part test of guidance
	// para 94.
	Reasonable bool `json:"reasonable"`
	// MustMeet: section 10(6) required the person to meet the request, and
	// the guidance did not recognise a reason for it not to (para 96).
	MustMeet bool `json:"must_meet"`
	// RefusalRecognised: the person declined to provide information on a
	// ground guidance para 96 recognises, so that, as the guidance reads
	// section 10(6), it did not have to meet this request for information.
	RefusalRecognised bool `json:"refusal_recognised,omitzero"`
	// Reasons is the chain of reasons, in order, each with its citation.
	Reasons []Reason `json:"reasons"`
}

// DecideRequest decides whether a consultee had to meet a request made of
// it by the local authority and the relevant health board. Section 10(6):
//
//	The persons to be consulted under subsection (1)(b) are to meet any
//	reasonable request which the local authority and the relevant health
//	board make of them— (a) to participate in the preparation of the
//	children's services plan for the area, (b) to contribute to the
//	preparation of that plan.
//
// The person must meet the request when it is bound (consulted under
// section 10(1)(b)), the request passes all three parts of the test in
// guidance para 94, and, for a request for information, it has not
// declined to provide the information on a ground guidance para 96
// recognises (commercial sensitivity, data protection). If any of these
// fails it need not, and the reasons say which. Para 96 is part of the
// guidance's judgement of which requests a consultee has to meet, not an
// exception written in section 10(6); it does not excuse a request to
// participate, and it does not apply to a 2017-2020 plan.
func DecideRequest(f RequestFacts) RequestDecision {
	duty := part3.Act("10(6)")
	if c := f.Kind.Citation(); c.IsValid() {
		duty = c
	}
	d := RequestDecision{Bound: f.Consulted}
	if !f.Consulted {
		d.Reasons = append(d.Reasons,
			Reason{Text: "the person was not consulted under section 10(1)(b); section 10(6) binds only the persons consulted under that paragraph", Citation: part3.Act("10(6)")},
			Reason{Text: "so the person did not have to meet the request under section 10(6)", Citation: duty})
		return d
	}
	d.Reasons = append(d.Reasons, Reason{Text: "the person is one of those consulted under section 10(1)(b), whom section 10(6) binds", Citation: part3.Act("10(6)")})
	reasonable, reasons := f.Test.Assess(part3.GuidancePara(94))
	d.Reasonable = reasonable
	d.Reasons = append(d.Reasons, reasons...)
	switch {
	case !reasonable:
		d.Reasons = append(d.Reasons, Reason{Text: "so the person did not have to meet the request: section 10(6) requires it to meet only reasonable requests", Citation: duty})
	case f.Ground.IsValid() && f.Period.IsValid() && !f.Period.GuidanceApplies():
		d.MustMeet = true
		d.Reasons = append(d.Reasons,
			Reason{Text: fmt.Sprintf("the person declined to provide information because %s, but the plan is for %s, and the 2nd edition of the guidance, whose para 96 recognises such a refusal, applies only to plans from 1 April 2020", f.Ground.because(), f.Period), Citation: part3.GuidancePara(96)},
			Reason{Text: "so the person had to meet the request: section 10(6) itself makes no exception", Citation: duty})
	case f.Ground.IsValid() && !f.IsForInformation():
		d.MustMeet = true
		d.Reasons = append(d.Reasons,
			Reason{Text: fmt.Sprintf("the person relied on %s, but guidance para 96 speaks only of requests for information, and this request %s", f.Ground.words(), notForInformation(f)), Citation: part3.GuidancePara(96)},
			Reason{Text: "so the person had to meet the request: section 10(6) itself makes no exception", Citation: duty})
	case f.Ground.IsValid():
		d.RefusalRecognised = true
		d.Reasons = append(d.Reasons,
			Reason{Text: fmt.Sprintf("the person declined to provide information because %s; the guidance recognises that an organisation does not necessarily have to comply with all requests for information, for example for that reason", f.Ground.because()), Citation: part3.GuidancePara(96)},
			Reason{Text: "so, as the guidance reads section 10(6), the person did not have to meet this request for information, though it passes the three-part test; section 10(6) itself makes no exception", Citation: part3.GuidancePara(96)})
	default:
		d.MustMeet = true
		d.Reasons = append(d.Reasons, Reason{Text: "so the person had to meet the request", Citation: duty})
	}
	return d
}

// words names the ground for a message.
func (g RefusalGround) words() string {
	switch g {
	case CommerciallySensitive:
		return "commercial sensitivity"
	case DataProtection:
		return "the Data Protection Act 2018"
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
		return "providing it would be incompatible with the Data Protection Act 2018"
	}
	return ""
}
