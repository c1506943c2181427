package consult

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
)

// Review is the record of one review of a children's services plan under
// section 11(1)(a) ("must keep the Children's Services Plan under review",
// guidance para 113): the day it concluded, the opportunities given to the
// other service providers and the Scottish Ministers to participate in or
// contribute to it (s.11(2)), what it concluded, and the revised plan it
// led to, if any. A plan document lists the reviews held of it; its JSON
// form has snake_case keys.
//
// Section 11(2), as the guidance paraphrases it, extends to the review and
// revision of a plan both the joint planners' duty to give each other
// service provider and the Scottish Ministers an effective opportunity to
// take part (section 10(1)(a)) and the providers' duty to take it (section
// 10(5)). The words of section 11(2) were not retrieved; the 1st edition of
// the guidance (December 2016, Appendix B) cites "sections 10(1)(a) and
// 11(2)" for "any review or revision of the plan", and "sections 10(5) and
// 11(2)" for the providers' part in its "preparation and review". See
// [RuleReviewOpportunityID] and [RuleReviewTookPartID].
type Review struct {
	// Date is the day the review concluded. Required. A review dated after
	// the as-of date of a judgement has not been held yet, and is not
	// judged.
	Date period.Date `json:"date"`
	// Opportunities are the opportunities given to take part in the
	// review, one or more per provider, in the form of the opportunities
	// of a plan's preparation ([Opportunity]). An opportunity notified
	// after the review concluded was none to take part in it.
	Opportunities []Opportunity `json:"opportunities"`
	// Outcome is what the review concluded: "no-revision" (the plan stands
	// as it is) or "revision" (the local authority and the relevant health
	// board prepare a revised plan in consequence, s.11(1)(b)). Optional.
	Outcome ReviewOutcome `json:"outcome,omitzero"`
	// Revision is, with outcome "revision", the version ID of the revised
	// plan the review led to, once there is one. Optional.
	Revision string `json:"revision,omitzero"`
	// Summary says what the review found, in the partnership's words.
	// Optional.
	Summary string `json:"summary,omitzero"`
}

// ReviewOutcome is what a review of a plan concluded. The zero
// ReviewOutcome means the record does not say.
type ReviewOutcome uint8

// The outcomes of a review.
const (
	// NoRevision: the plan stands as it is.
	NoRevision ReviewOutcome = iota + 1
	// Revision: a revised plan is prepared in consequence of the review
	// (s.11(1)(b)).
	Revision
)

var reviewOutcomeNames = [...]string{"", "no-revision", "revision"}

// ParseReviewOutcome parses "no-revision" or "revision".
func ParseReviewOutcome(s string) (ReviewOutcome, error) {
	return parseEnum[ReviewOutcome](s, reviewOutcomeNames[:], "review outcome")
}

// String returns the text form, "" for the zero ReviewOutcome.
func (o ReviewOutcome) String() string { return enumString(o, reviewOutcomeNames[:]) }

// IsValid reports whether o is NoRevision or Revision.
func (o ReviewOutcome) IsValid() bool { return o.String() != "" }

// MarshalText implements [encoding.TextMarshaler].
func (o ReviewOutcome) MarshalText() ([]byte, error) {
	return marshalEnum(o, reviewOutcomeNames[:], "review outcome")
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseReviewOutcome].
func (o *ReviewOutcome) UnmarshalText(text []byte) error {
	return unmarshalEnum(o, text, reviewOutcomeNames[:], "review outcome")
}

// The IDs of the rules below, as their findings carry them: select
// findings with [part3.Findings.WithRule], find a rule with [LookupRule].
const (
	RuleReviewOpportunityID = "consult.review-opportunity"
	RuleReviewTookPartID    = "consult.review-took-part"
)

// The rules of section 11(2) for a review of a plan. They rest on the
// guidance's paraphrase of section 11(2), whose words were not retrieved
// (see [Review]).
var (
	// ruleReviewOpportunity: section 11(2), as the 1st edition of the
	// guidance reads it (Appendix B): the local authority and the relevant
	// health board must "give other service providers an effective
	// opportunity to participate in, or contribute to the plan and any
	// review or revision of the plan (sections 10(1)(a) and 11(2))". Each
	// review recorded must show an opportunity, notified on or before the
	// day it concluded, for each other service provider for the plan's
	// council areas on that day ([service.OtherServiceProvidersFor]), and
	// for the Scottish Ministers where the judgement context states a
	// service they provide there under the Prisons (Scotland) Act 1989
	// (guidance para 77). The rule rests on the guidance's paraphrase. The
	// bodies in breach are the joint planners of the plan's council areas
	// on the day the review concluded ([service.JointPlannerNames]), who
	// keep the plan under review (s.11(1)).
	ruleReviewOpportunity = part3.Rule{ID: RuleReviewOpportunityID, Severity: part3.Statutory, Citation: part3.Act("11(2)"),
		Summary: "Each review of the plan gives each other service provider, and the Scottish Ministers where they provide a prison service in the area, an opportunity to participate in or contribute to it (as the guidance paraphrases s.11(2))."}
	// ruleReviewTookPart: section 11(2), as the 1st edition of the
	// guidance reads it (Appendix B): the other service providers must
	// "participate in, and contribute to the preparation and review of the
	// Plan (sections 10(5) and 11(2))". The duty is the provider's: a
	// finding names it as the one in breach, as [RuleTookPartID] does. The rule rests on the
	// guidance's paraphrase.
	ruleReviewTookPart = part3.Rule{ID: RuleReviewTookPartID, Severity: part3.Statutory, Citation: part3.Act("11(2)"),
		Summary: "Each other service provider, and the Scottish Ministers where given an opportunity, take part in a review of the plan in accordance with it (the provider's duty, as the guidance paraphrases s.11(2))."}
)

func reviewRules() []part3.Rule { return []part3.Rule{ruleReviewOpportunity, ruleReviewTookPart} }

// Validate reports the values of r that are missing or inconsistent, as
// an *part3.InputError listing them, each path a JSON Pointer prefixed by
// base (the review's place in its document, such as "/reviews/0"). It
// requires the day the review concluded, opportunities as
// [Record.Validate] requires them, and a revision's version ID only with
// outcome "revision".
func (r Review) Validate(base string) error {
	var l part3.InputErrors
	at := func(tokens ...any) string { return part3.PointerJoin(base, tokens...) }
	if !r.Date.IsValid() {
		l.Add(missing(at("date"), "the day the review concluded"))
	}
	for i, o := range r.Opportunities {
		o.check(&l, func(tokens ...any) string { return at(append([]any{"opportunities", i}, tokens...)...) })
	}
	if strings.TrimSpace(r.Revision) != "" && r.Outcome != Revision {
		l.Add(&part3.InputError{Path: at("revision"), Category: part3.ErrInvalidValue,
			Err: fmt.Errorf("a revised plan named with outcome %q", r.Outcome), Expected: `revision only with outcome "revision"`})
	}
	return l.Err()
}

// Judge judges the review of the plan s describes against section 11(2),
// as of ctx.AsOf and under the law, policy and facts of ctx, and returns
// every finding, sorted. s.Path is the review's place in its document (such
// as "/reviews/0"); s.On is ignored, the register and the Ministers'
// prison services being read on the day the review concluded. A review
// dated after ctx.AsOf has not been held yet and has no findings. The
// opportunities are judged as those of a plan's preparation are (the
// partnership's advance notice and window, at practice severity, included),
// under [RuleReviewOpportunityID] and [RuleReviewTookPartID]. It is an error
// only if ctx is not valid ([judgement.Context.Validate]).
func (r Review) Judge(s Scope, ctx judgement.Context) (part3.Findings, error) {
	if err := ctx.Validate(); err != nil {
		return nil, err
	}
	if !r.Date.IsValid() || r.Date.After(ctx.AsOf) {
		return nil, nil
	}
	s.On = r.Date
	j := newRecordJudge(s, ctx, r.Date)
	kind := opportunityKind{
		owed: ruleReviewOpportunity, ministers: ruleReviewOpportunity, tookPart: ruleReviewTookPart,
		owedBy: "section 11(2), as the guidance paraphrases it (applying section 10(1)(a) to a review),",
		dutyBy: "section 11(2), as the guidance paraphrases it (applying section 10(5) to a review),",
		until:  r.Date,
	}
	fs := j.checkOpportunities(r.Opportunities, "/opportunities", kind)
	if s.Period.IsValid() && !s.Period.GuidanceApplies() {
		fs = deleteGuidance(fs)
	}
	fs.Sort()
	return fs, nil
}
