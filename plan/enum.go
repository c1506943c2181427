package plan

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/suggest"
)

// ValueError reports text that is not one of the forms a textual type of
// this package accepts, such as "quantitive" given as an evidence type. Its
// fields match those of the service and consult packages' ValueError.
type ValueError struct {
	Type       string // the type, such as "evidence type"
	Input      string // the text given
	Expected   string // the forms accepted, comma-separated
	Suggestion string // the form probably meant, or ""
}

// Error describes the error on one line.
func (e *ValueError) Error() string {
	return fmt.Sprintf("unknown %s %q%s (expected one of %s)", e.Type, e.Input, didYouMean(e.Suggestion), e.Expected)
}

// didYouMean is "; did you mean ...?" for a suggestion, "" for none.
func didYouMean(suggestion string) string {
	if suggestion == "" {
		return ""
	}
	return fmt.Sprintf("; did you mean %q?", suggestion)
}

// textForms holds the text forms of one of this package's enumerations: a
// uint8 whose value indexes forms, with 0 the unset value and "" its form.
type textForms struct {
	what  string   // the type in words, for errors
	forms []string // forms[0] is ""
}

func (t textForms) parse(s string) (uint8, error) {
	for i := 1; i < len(t.forms); i++ {
		if t.forms[i] == s {
			return uint8(i), nil
		}
	}
	best, ok := suggest.Closest(s, t.forms[1:])
	if !ok || best == s {
		best = ""
	}
	return 0, &ValueError{Type: t.what, Input: s, Expected: strings.Join(t.forms[1:], ", "), Suggestion: best}
}

func (t textForms) str(v uint8) string {
	if int(v) < len(t.forms) {
		return t.forms[v]
	}
	return fmt.Sprintf("%s(%d)", strings.ReplaceAll(t.what, " ", "-"), v)
}

func (t textForms) valid(v uint8) bool { return v > 0 && int(v) < len(t.forms) }

func (t textForms) marshal(v uint8) ([]byte, error) {
	if v != 0 && !t.valid(v) {
		return nil, fmt.Errorf("plan: invalid %s %d", t.what, v)
	}
	return []byte(t.forms[v]), nil
}

// unmarshal decodes text: "" is the unset value, and an unknown form is an
// *part3.InputError of category ErrInvalidValue, which part3.Decode reports
// at its JSON path.
func (t textForms) unmarshal(text []byte) (uint8, error) {
	if len(text) == 0 {
		return 0, nil
	}
	for i := 1; i < len(t.forms); i++ {
		if string(text) == t.forms[i] {
			return uint8(i), nil // without making a string of text
		}
	}
	v, err := t.parse(string(text))
	if err != nil {
		ve := err.(*ValueError)
		return 0, &part3.InputError{Category: part3.ErrInvalidValue,
			Err:      fmt.Errorf("unknown %s %q%s", ve.Type, ve.Input, didYouMean(ve.Suggestion)),
			Expected: "one of " + ve.Expected}
	}
	return v, nil
}

// EvidenceType says whether an item of evidence is quantitative or
// qualitative. Guidance para 58: planners "will require information, coming
// from multiple sources ... and in multiple forms (qualitative and
// quantitative)"; Appendix A criterion 4 asks for analysis of both. Text
// forms "quantitative", "qualitative"; the zero EvidenceType is unset.
type EvidenceType uint8

// The types of evidence.
const (
	Quantitative EvidenceType = iota + 1 // figures: rates, counts, survey percentages
	Qualitative                          // views, experiences, case reviews, practitioner insight
)

var evidenceTypes = textForms{"evidence type", []string{"", "quantitative", "qualitative"}}

// ParseEvidenceType parses "quantitative" or "qualitative".
func ParseEvidenceType(s string) (EvidenceType, error) {
	v, err := evidenceTypes.parse(s)
	return EvidenceType(v), err
}

// String returns the text form, "" for the zero value.
func (t EvidenceType) String() string { return evidenceTypes.str(uint8(t)) }

// IsValid reports whether t is Quantitative or Qualitative.
func (t EvidenceType) IsValid() bool { return evidenceTypes.valid(uint8(t)) }

// MarshalText implements [encoding.TextMarshaler].
func (t EvidenceType) MarshalText() ([]byte, error) { return evidenceTypes.marshal(uint8(t)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseEvidenceType]; "" gives the zero value.
func (t *EvidenceType) UnmarshalText(text []byte) error {
	v, err := evidenceTypes.unmarshal(text)
	*t = EvidenceType(v)
	return err
}

// EvidenceSubject says what an item of evidence is about. Appendix A
// criterion 4 asks for evidence "relating to both service performance and
// child wellbeing"; criterion 3 for an assessment "of the current population
// of the children and young people in its area". Text forms "population",
// "child-wellbeing", "service-performance"; the zero value is unset.
type EvidenceSubject uint8

// The subjects of evidence.
const (
	Population         EvidenceSubject = iota + 1 // the child population: numbers, demography, projections
	ChildWellbeing                                // the wellbeing of children: health, safety, attainment, views
	ServicePerformance                            // how services perform: uptake, waiting times, reviews
)

var evidenceSubjects = textForms{"evidence subject", []string{"", "population", "child-wellbeing", "service-performance"}}

// ParseEvidenceSubject parses a text form of EvidenceSubject.
func ParseEvidenceSubject(s string) (EvidenceSubject, error) {
	v, err := evidenceSubjects.parse(s)
	return EvidenceSubject(v), err
}

// String returns the text form, "" for the zero value.
func (s EvidenceSubject) String() string { return evidenceSubjects.str(uint8(s)) }

// IsValid reports whether s is one of the three subjects.
func (s EvidenceSubject) IsValid() bool { return evidenceSubjects.valid(uint8(s)) }

// MarshalText implements [encoding.TextMarshaler].
func (s EvidenceSubject) MarshalText() ([]byte, error) { return evidenceSubjects.marshal(uint8(s)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseEvidenceSubject]; "" gives the zero value.
func (s *EvidenceSubject) UnmarshalText(text []byte) error {
	v, err := evidenceSubjects.unmarshal(text)
	*s = EvidenceSubject(v)
	return err
}

// PreventionRole is the part a service plays in acting at the earliest
// appropriate time (s.9(2)(a)(ii)). Guidance para 53 names two: "primary
// prevention", support "before a child's wellbeing is adversely affected",
// and "early intervention", support "as soon as possible after wellbeing
// starts to be adversely affected"; Appendix A criterion 7 asks that a plan
// describe services which can fulfil both. Text forms
// "primary-prevention", "early-intervention"; the zero value is unset.
type PreventionRole uint8

// The roles of guidance para 53.
const (
	PrimaryPrevention PreventionRole = iota + 1
	EarlyIntervention
)

var preventionRoles = textForms{"prevention role", []string{"", "primary-prevention", "early-intervention"}}

// ParsePreventionRole parses "primary-prevention" or "early-intervention".
func ParsePreventionRole(s string) (PreventionRole, error) {
	v, err := preventionRoles.parse(s)
	return PreventionRole(v), err
}

// String returns the text form, "" for the zero value.
func (r PreventionRole) String() string { return preventionRoles.str(uint8(r)) }

// IsValid reports whether r is PrimaryPrevention or EarlyIntervention.
func (r PreventionRole) IsValid() bool { return preventionRoles.valid(uint8(r)) }

// MarshalText implements [encoding.TextMarshaler].
func (r PreventionRole) MarshalText() ([]byte, error) { return preventionRoles.marshal(uint8(r)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParsePreventionRole]; "" gives the zero value.
func (r *PreventionRole) UnmarshalText(text []byte) error {
	v, err := preventionRoles.unmarshal(text)
	*r = PreventionRole(v)
	return err
}

// SupportLevel is a level of family support. Appendix A criterion 11 asks
// for "a comprehensive strategy for supporting families through a broad
// range of preventative and early intervention approaches from universal
// services to targeted intensive support". Text forms "universal",
// "targeted", "intensive"; the zero value is unset.
type SupportLevel uint8

// The levels of family support.
const (
	Universal SupportLevel = iota + 1 // for every family: health visiting, early learning and childcare
	Targeted                          // for families with an identified need
	Intensive                         // intensive support, such as for families at risk of a child becoming looked after
)

var supportLevels = textForms{"support level", []string{"", "universal", "targeted", "intensive"}}

// ParseSupportLevel parses "universal", "targeted" or "intensive".
func ParseSupportLevel(s string) (SupportLevel, error) {
	v, err := supportLevels.parse(s)
	return SupportLevel(v), err
}

// String returns the text form, "" for the zero value.
func (l SupportLevel) String() string { return supportLevels.str(uint8(l)) }

// IsValid reports whether l is one of the three levels.
func (l SupportLevel) IsValid() bool { return supportLevels.valid(uint8(l)) }

// MarshalText implements [encoding.TextMarshaler].
func (l SupportLevel) MarshalText() ([]byte, error) { return supportLevels.marshal(uint8(l)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseSupportLevel]; "" gives the zero value.
func (l *SupportLevel) UnmarshalText(text []byte) error {
	v, err := supportLevels.unmarshal(text)
	*l = SupportLevel(v)
	return err
}

// AccessibleFormat is a form in which a plan is made accessible to
// children, families and other stakeholders. Guidance para 105: partners
// "will want to ensure that their Children's Services Plan (or some summary
// version) is accessible", such as "a 'plan on a page' or in local
// vernacular". Text forms "summary", "plan-on-a-page", "easy-read",
// "children-and-young-people", "translation", "audio-or-video", "other";
// the zero value is unset.
type AccessibleFormat uint8

// The accessible formats.
const (
	SummaryVersion         AccessibleFormat = iota + 1 // a summary version
	PlanOnAPage                                        // a "plan on a page"
	EasyRead                                           // an easy-read version
	ChildrenAndYoungPeople                             // a version written for children and young people
	Translation                                        // a translation, including British Sign Language and Gaelic
	AudioOrVideo                                       // an audio or video version
	OtherFormat                                        // another format, described
)

var accessibleFormats = textForms{"accessible format", []string{"", "summary", "plan-on-a-page", "easy-read",
	"children-and-young-people", "translation", "audio-or-video", "other"}}

// ParseAccessibleFormat parses a text form of AccessibleFormat.
func ParseAccessibleFormat(s string) (AccessibleFormat, error) {
	v, err := accessibleFormats.parse(s)
	return AccessibleFormat(v), err
}

// String returns the text form, "" for the zero value.
func (f AccessibleFormat) String() string { return accessibleFormats.str(uint8(f)) }

// IsValid reports whether f is one of the formats.
func (f AccessibleFormat) IsValid() bool { return accessibleFormats.valid(uint8(f)) }

// MarshalText implements [encoding.TextMarshaler].
func (f AccessibleFormat) MarshalText() ([]byte, error) { return accessibleFormats.marshal(uint8(f)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseAccessibleFormat]; "" gives the zero value.
func (f *AccessibleFormat) UnmarshalText(text []byte) error {
	v, err := accessibleFormats.unmarshal(text)
	*f = AccessibleFormat(v)
	return err
}

// StatutoryPlan is one of the other plans and reports of guidance Appendix C,
// "the planning and reporting landscape", which a children's services plan
// should link to (Appendix A criterion 15; paras 72, 106-107). The appendix
// says its list "is not exhaustive": OtherPlan, with a name, covers the
// rest. The zero value is unset.
//
// Text forms, in the appendix's order: "adoption-service",
// "childrens-rights", "child-protection", "community-learning-and-development",
// "community-justice-outcomes-improvement", "corporate-parenting",
// "early-learning-and-childcare", "education-services", "local-carer-strategy",
// "local-child-poverty-action-report", "local-outcomes-improvement",
// "locality", "mental-health-strategic-advocacy",
// "regional-improvement-collaborative", "school-improvement",
// "strategic-commissioning", and "other".
type StatutoryPlan uint8

// The plans of Appendix C, in its order (the children's services plan
// itself left out), and OtherPlan.
const (
	AdoptionService                     StatutoryPlan = iota + 1 // Adoption and Children (Scotland) Act 2007 ss.1, 6
	ChildrensRights                                              // Children's rights report, 2014 Act Part 1 s.2
	ChildProtection                                              // Child protection plan
	CommunityLearningAndDevelopment                              // Community learning and development plan
	CommunityJusticeOutcomesImprovement                          // Community justice outcomes improvement plan
	CorporateParenting                                           // Corporate parenting plan, 2014 Act Part 9
	EarlyLearningAndChildcare                                    // Early learning and childcare plan, 2014 Act Part 6
	EducationServices                                            // Education services plan, Education (Scotland) Act 2016
	LocalCarerStrategy                                           // Local carer strategy, Carers (Scotland) Act 2016
	LocalChildPovertyActionReport                                // Local child poverty action report, Child Poverty (Scotland) Act 2017 s.10
	LocalOutcomesImprovement                                     // Local outcomes improvement plan, Community Empowerment (Scotland) Act 2015
	Locality                                                     // Locality plan, Community Empowerment (Scotland) Act 2015
	MentalHealthStrategicAdvocacy                                // Mental health strategic advocacy plan
	RegionalImprovementCollaborative                             // Regional improvement collaborative plan
	SchoolImprovement                                            // School improvement plan
	StrategicCommissioning                                       // Health and social care strategic commissioning plan
	OtherPlan                                                    // another plan or report, named
)

var statutoryPlans = textForms{"statutory plan", []string{"", "adoption-service", "childrens-rights", "child-protection",
	"community-learning-and-development", "community-justice-outcomes-improvement", "corporate-parenting",
	"early-learning-and-childcare", "education-services", "local-carer-strategy", "local-child-poverty-action-report",
	"local-outcomes-improvement", "locality", "mental-health-strategic-advocacy", "regional-improvement-collaborative",
	"school-improvement", "strategic-commissioning", "other"}}

// ParseStatutoryPlan parses a text form of StatutoryPlan.
func ParseStatutoryPlan(s string) (StatutoryPlan, error) {
	v, err := statutoryPlans.parse(s)
	return StatutoryPlan(v), err
}

// StatutoryPlans lists the plans of Appendix C in its order, then OtherPlan.
func StatutoryPlans() []StatutoryPlan {
	out := make([]StatutoryPlan, 0, len(statutoryPlans.forms)-1)
	for i := 1; i < len(statutoryPlans.forms); i++ {
		out = append(out, StatutoryPlan(i))
	}
	return out
}

// String returns the text form, "" for the zero value.
func (s StatutoryPlan) String() string { return statutoryPlans.str(uint8(s)) }

// IsValid reports whether s is one of the plans of Appendix C or OtherPlan.
func (s StatutoryPlan) IsValid() bool { return statutoryPlans.valid(uint8(s)) }

// MarshalText implements [encoding.TextMarshaler].
func (s StatutoryPlan) MarshalText() ([]byte, error) { return statutoryPlans.marshal(uint8(s)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseStatutoryPlan]; "" gives the zero value.
func (s *StatutoryPlan) UnmarshalText(text []byte) error {
	v, err := statutoryPlans.unmarshal(text)
	*s = StatutoryPlan(v)
	return err
}

// Verdict is the Appendix A review's answer to one criterion (or the
// Appendix B checklist's to one step): met, partly met, not met, or cannot
// tell from the document. Text forms "met", "partly-met", "not-met",
// "cannot-tell"; the zero Verdict is unset.
type Verdict uint8

// The verdicts.
const (
	Met        Verdict = iota + 1 // everything the criterion asks for is in the document
	PartlyMet                     // some of it is
	NotMet                        // none of it is
	CannotTell                    // the document does not hold what would decide it
)

var verdicts = textForms{"verdict", []string{"", "met", "partly-met", "not-met", "cannot-tell"}}

// ParseVerdict parses a text form of Verdict.
func ParseVerdict(s string) (Verdict, error) {
	v, err := verdicts.parse(s)
	return Verdict(v), err
}

// Verdicts lists the four verdicts in order.
func Verdicts() []Verdict { return []Verdict{Met, PartlyMet, NotMet, CannotTell} }

// String returns the text form, "" for the zero value.
func (v Verdict) String() string { return verdicts.str(uint8(v)) }

// IsValid reports whether v is one of the four verdicts.
func (v Verdict) IsValid() bool { return verdicts.valid(uint8(v)) }

// MarshalText implements [encoding.TextMarshaler].
func (v Verdict) MarshalText() ([]byte, error) { return verdicts.marshal(uint8(v)) }

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseVerdict];
// "" gives the zero value.
func (v *Verdict) UnmarshalText(text []byte) error {
	x, err := verdicts.unmarshal(text)
	*v = Verdict(x)
	return err
}
