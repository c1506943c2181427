package scenarios

import (
	"github.com/go-json-experiment/json/jsontext"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/service"
)

// Kind is the value of the kind member of a scenario file.
const Kind = "scenarios"

// File is a scenario file: a title and named cases, and optionally the
// version of the law its cases apply. Its JSON form has snake_case keys;
// [Decode] reads one strictly and `part3 schema scenarios` prints its JSON
// Schema.
type File struct {
	// Schema is the optional "$schema" member an editor uses to find the
	// JSON Schema of the document. It has no effect on a judgement.
	Schema string `json:"$schema,omitzero"`
	// Kind is always "scenarios".
	Kind string `json:"kind"`
	// Title says what the file's cases are about. Required.
	Title string `json:"title"`
	// Description says more, for a reader. Optional.
	Description string `json:"description,omitzero"`
	// Context is the judgement context every case applies unless it
	// states its own: the as-of date, the version of the law, reliefs,
	// policy numbers and facts, in the form of a "judgement-context"
	// document (its kind may be left out, and its as_of may be left to the
	// questions). Nil means the law as it stands with no order or direction
	// made, section 60 of the 2026 Act not commenced, and the module's
	// default policy numbers.
	Context *judgement.Context `json:"context,omitzero"`
	// Cases are the cases, each with a name unique in the file. At least
	// one is required.
	Cases []Case `json:"cases"`

	name string // the file name given to Decode
}

// Name returns the file name the file was decoded from.
func (f File) Name() string { return f.name }

// Case is one scenario: a question, the answer the law gives, and where the
// law gives it. Exactly one of Period, Child, Classification, Planners,
// Duty, Decision, Document and Calendar is set; each holds its question
// and, in its expect member, the law's answer.
type Case struct {
	// Name says what the case shows, in a few words. Required, unique in
	// its file.
	Name string `json:"name"`
	// Citation is the subsection or guidance paragraph the answer comes
	// from, such as "s.12(3)(b)" or "guidance para 101". Required.
	Citation part3.Citation `json:"citation"`
	// Notes say more, for a reader: the facts behind the case, a quotation
	// of the law. Optional.
	Notes string `json:"notes,omitzero"`
	// Context is the judgement context this case applies: it refines the
	// file's, each member it gives (one that is not zero or empty)
	// replacing the file's. A period, child or duty question takes none.
	Context *judgement.Context `json:"context,omitzero"`
	// KnownFailure, when set, records that the engine is known to give
	// another answer than the law's, and why: the case keeps the law's
	// answer and is reported as a known failure rather than a failure,
	// until the engine is put right (then it fails, asking for the mark to
	// be removed).
	KnownFailure string `json:"known_failure,omitzero"`

	Period         *PeriodQuestion         `json:"period,omitzero"`
	Child          *ChildQuestion          `json:"child,omitzero"`
	Classification *ClassificationQuestion `json:"classification,omitzero"`
	Planners       *PlannersQuestion       `json:"planners,omitzero"`
	Duty           *DutyQuestion           `json:"duty,omitzero"`
	Decision       *DecisionQuestion       `json:"decision,omitzero"`
	Document       *DocumentQuestion       `json:"document,omitzero"`
	Calendar       *CalendarQuestion       `json:"calendar,omitzero"`

	ctx appliedContext // the context the case applies, resolved by Decode
}

// PeriodQuestion asks which three-year plan period (s.8(1)) and one-year
// reporting period (s.13(1)) contain a date.
type PeriodQuestion struct {
	// Date is the date asked about. Required.
	Date period.Date `json:"date"`
	// Expect is the law's answer.
	Expect PeriodAnswer `json:"expect"`
}

// PeriodAnswer is the answer to a [PeriodQuestion]: the periods and dates
// the law gives, or that the date has no period. Only the members given are
// compared; at least one is required, and Error excludes the others.
type PeriodAnswer struct {
	// PlanPeriod is the three-year period containing the date, such as
	// "2026-2029".
	PlanPeriod period.PlanPeriod `json:"plan_period,omitzero"`
	// ReportingPeriod is the one-year period containing the date, such as
	// "2026-2027".
	ReportingPeriod period.ReportingPeriod `json:"reporting_period,omitzero"`
	// PrepareBy is the last day to prepare the plan for the plan period:
	// the day before it starts (s.8(1), as guidance para 101 reads it).
	PrepareBy period.Date `json:"prepare_by,omitzero"`
	// GuidanceApplies says whether the statutory guidance's 2nd edition
	// applies to the plan for the plan period (from 1 April 2020, guidance
	// para 1).
	GuidanceApplies *bool `json:"guidance_applies,omitzero"`
	// ReportTarget is the guidance's end-of-June target for the annual
	// report on the reporting period (guidance para 129); the engine has
	// none where the guidance does not apply.
	ReportTarget period.Date `json:"report_target,omitzero"`
	// Error is "before-first-period" for a date before 1 April 2017, when
	// the first three-year period began (s.8(1), SSI 2016/255), or
	// "after-last-period" for a date beyond the last period the module
	// represents. (Part 3 itself was in force earlier, from 7 October 2016:
	// a date in between has no period, but the duties of preparation
	// applied; the value "before-commencement", which said otherwise, is
	// refused with a message naming its replacement.)
	Error string `json:"error,omitzero"`
}

// The values of PeriodAnswer.Error.
const (
	ErrorBeforeFirstPeriod = "before-first-period"
	ErrorAfterLastPeriod   = "after-last-period"
)

// ChildQuestion asks whether a person born on a date is a child on
// another: a person under 18 (s.97(1)).
type ChildQuestion struct {
	// DateOfBirth is the person's date of birth. Required.
	DateOfBirth period.Date `json:"date_of_birth"`
	// On is the date asked about. Required.
	On period.Date `json:"on"`
	// Expect is the law's answer.
	Expect ChildAnswer `json:"expect"`
}

// ChildAnswer is the answer to a [ChildQuestion].
type ChildAnswer struct {
	// Child says whether the person is a child on the day. Required.
	Child *bool `json:"child"`
	// EighteenthBirthday is the day the person attains 18, if the case
	// states it.
	EighteenthBirthday period.Date `json:"eighteenth_birthday,omitzero"`
}

// ClassificationQuestion asks what a service is under section 7(1):
// a children's service, a related service, or outside Part 3.
type ClassificationQuestion struct {
	// On is the date asked about: it decides which orders are in force and
	// who is on the list of other service providers. Required.
	On period.Date `json:"on"`
	// Service is the service, in the form a plan lists it (package
	// service): its name and provider are required, its ID is optional,
	// and it must not declare a kind (the kind is the question).
	Service service.Service `json:"service"`
	// Expect is the law's answer.
	Expect ClassificationAnswer `json:"expect"`
}

// ClassificationAnswer is the answer to a [ClassificationQuestion].
type ClassificationAnswer struct {
	// Kind is "childrens-service", "related-service" or "outside-part3".
	// Required.
	Kind service.ServiceKind `json:"kind"`
	// Because are citations the engine's reasons must include, such as
	// "s.7(2)" for a service outside Part 3 because of who provides it.
	Because []part3.Citation `json:"because,omitempty"`
}

// PlannersQuestion asks who jointly prepares the children's services plan
// for a council area on a date: the local authority and its relevant
// health board (s.7(6)), joined by the relevant integration joint board
// once section 60 of the 2026 Act is commenced, where there is one.
type PlannersQuestion struct {
	// Council is the council area, by name or GSS code. Required.
	Council service.Council `json:"council"`
	// On is the date asked about. Required.
	On period.Date `json:"on"`
	// Expect is the law's answer.
	Expect PlannersAnswer `json:"expect"`
}

// PlannersAnswer is the answer to a [PlannersQuestion]: every body, no
// more and no fewer.
type PlannersAnswer struct {
	// Bodies are the joint planners. Required (at least one).
	Bodies []ExpectedBody `json:"bodies"`
}

// ExpectedBody is one joint planner.
type ExpectedBody struct {
	// Role is "local-authority", "relevant-health-board" or
	// "relevant-integration-joint-board". Required.
	Role string `json:"role"`
	// Name is the body, in any form the module's look-ups accept ("Fife",
	// "NHS Fife", "Fife Integration Joint Board", a GSS code). Optional:
	// without it only the role is compared.
	Name string `json:"name,omitzero"`

	code string // the body's GSS code, resolved by Decode
}

// DutyQuestion asks what Part 3 says of one of its duties or powers: whether
// it is a duty ("must") or a power ("may"), who bears it, its exceptions,
// and whether the Scottish Ministers' directions (s.16) and default powers
// (s.17) can reach it (package duty's catalogue).
type DutyQuestion struct {
	// ID is the catalogue ID, such as "s11-revise-plan" (part3 duties
	// lists them). Required.
	ID string `json:"id"`
	// Expect is the law's answer.
	Expect DutyAnswer `json:"expect"`
}

// DutyAnswer is the answer to a [DutyQuestion]: only the members given are
// compared, and at least one is required.
type DutyAnswer struct {
	// Modality is "must" for a duty, "may" for a power.
	Modality duty.Modality `json:"modality,omitzero"`
	// Bearers are who bears it, every one: "joint-planners" (the local
	// authority and relevant health board jointly, s.7(6)),
	// "local-authority", "relevant-health-board", "other-service-provider",
	// "scottish-ministers", "consultee".
	Bearers []duty.Role `json:"bearers,omitempty"`
	// Exceptions are the provisions of every exception to it, such as
	// "s.12(3)(a)"; an empty list says it has none.
	Exceptions *[]part3.Citation `json:"exceptions,omitzero"`
	// S16Directions says whether a direction of the Scottish Ministers
	// under section 16 may relate to it and bind its bearer.
	S16Directions *bool `json:"s16_directions,omitzero"`
	// S17DefaultPowers says whether the Scottish Ministers' default powers
	// under section 17 can reach it.
	S17DefaultPowers *bool `json:"s17_default_powers,omitzero"`
}

// DecisionQuestion asks whether a duty applies on stated facts. Exactly
// one of its questions is set; each is the question of package duty, in
// the JSON form of a "duty-question" document.
type DecisionQuestion struct {
	// Implementation asks whether section 12(1) binds a provider to
	// provide a service in accordance with the plan on a date.
	Implementation *duty.ImplementationQuestion `json:"implementation,omitzero"`
	// Assistance asks whether a person must comply with a request for
	// information, advice or assistance (s.14).
	Assistance *duty.AssistanceQuestion `json:"assistance,omitzero"`
	// ConsulteeRequest asks whether a consultee must meet a request to
	// participate in or contribute to the preparation of the plan
	// (s.10(6)).
	ConsulteeRequest *duty.ConsulteeRequestQuestion `json:"consultee_request,omitzero"`
	// DefaultPowers asks whether the Scottish Ministers' default powers
	// (s.17) are available over a function.
	DefaultPowers *duty.DefaultPowersQuestion `json:"default_powers,omitzero"`
	// Expect is the law's answer.
	Expect DecisionAnswer `json:"expect"`
}

// DecisionAnswer is the answer to a [DecisionQuestion].
type DecisionAnswer struct {
	// Applies says whether the duty applies (for a power: whether it is
	// available). Required.
	Applies *bool `json:"applies"`
	// Outcome is "applies", "excepted" (an exception disapplies it) or
	// "not-arising" (the duty does not arise at all). Optional.
	Outcome duty.Outcome `json:"outcome,omitzero"`
	// DecidedBy is the provision that decided the answer: the exception
	// that disapplied the duty (such as "s.12(3)(b)") or the condition
	// under which it does not arise (such as "s.7(2)"). Required when
	// Applies is false.
	DecidedBy part3.Citation `json:"decided_by,omitzero"`
}

// DocumentQuestion asks for the findings on a document: a children's
// services plan, a notice of disagreement or a planning history, given
// inline or by a path relative to the scenario file.
type DocumentQuestion struct {
	// Inline is the document itself, with its kind member. Exactly one of
	// Inline and Path is required.
	Inline jsontext.Value `json:"inline,omitzero"`
	// Path is the document's file, relative to the scenario file.
	Path string `json:"path,omitzero"`
	// Plan is the plan a notice of disagreement is checked against,
	// inline; PlanPath gives it by path instead. Optional.
	Plan jsontext.Value `json:"plan,omitzero"`
	// PlanPath is the plan's file, relative to the scenario file.
	PlanPath string `json:"plan_path,omitzero"`
	// AsOf is the day the document is judged on. Optional when the case's
	// (or its file's) context gives one; this date takes precedence.
	AsOf period.Date `json:"as_of,omitzero"`
	// Expect is the law's answer.
	Expect DocumentAnswer `json:"expect"`

	doc  loaded // the document, decoded by Decode
	plan loaded // the plan, if any
}

// DocumentAnswer is the answer to a [DocumentQuestion]. At least one member
// is required.
type DocumentAnswer struct {
	// Findings are findings that must appear, each matched by at least one
	// finding of the engine.
	Findings []FindingMatch `json:"findings,omitempty"`
	// Absent are findings that must not appear: no finding of the engine
	// may match any of them.
	Absent []FindingMatch `json:"absent,omitempty"`
	// NoStatutoryFindings, when true, says that the document breaches
	// nothing in the Act: the engine must make no statutory finding.
	NoStatutoryFindings bool `json:"no_statutory_findings,omitzero"`
	// LegalEffect says whether a notice of disagreement has legal effect
	// (s.10(8)), on which the exception in s.12(3)(b) depends. Notices only.
	LegalEffect *bool `json:"legal_effect,omitzero"`
	// Review are verdicts the plan's review against guidance Appendix A
	// must give, each by its criterion's label ("6a" and "6b" for the two
	// parts of criterion 6). Plans only.
	Review []ExpectedVerdict `json:"review,omitempty"`
}

// ExpectedVerdict is the verdict of the review of a plan against one
// criterion of guidance Appendix A.
type ExpectedVerdict struct {
	// Criterion is the criterion's label: "1" to "15", or "6a" or "6b".
	// Required.
	Criterion string `json:"criterion"`
	// Verdict is "met", "partly-met", "not-met" or "cannot-tell". Required.
	Verdict plan.Verdict `json:"verdict"`
}

// FindingMatch describes a finding by its rule ID, its citation or its
// severity (at least one), and optionally its JSON path and the bodies it
// names in breach. A citation matches
// a finding that cites it or a provision within it: "s.10(8)" matches a
// finding citing s.10(8), "s.10" any finding citing section 10, "guidance
// appendix B" any finding citing one of its steps. A severity alone matches
// every finding of that severity: absent, {"severity": "guidance"} says the
// document raises no finding from the guidance.
type FindingMatch struct {
	// Rule is a rule ID from the rule book, such as "consult.notice-issuer".
	Rule string `json:"rule,omitzero"`
	// Citation is the provision the finding cites, or one containing it.
	Citation part3.Citation `json:"citation,omitzero"`
	// Path is the JSON Pointer of the finding in the document; "" is the
	// whole document. Absent, any path matches.
	Path *string `json:"path,omitzero"`
	// Severity is "statutory", "guidance", "practice" or "condition" (a
	// notice of disagreement's condition of legal effect, no breach).
	// Absent, any severity matches.
	Severity part3.Severity `json:"severity,omitzero"`
	// By are the bodies a statutory finding names in breach
	// ([part3.Finding.By]), such as ["Moray Council", "NHS Grampian"]:
	// it matches a finding that names exactly these, in any order. Absent,
	// any bodies, or none, match.
	By []string `json:"by,omitempty"`
	// Count is, in findings only, how many of the engine's findings it
	// must match, exactly, such as 1 to say that one finding names every
	// provider owed the same thing. Absent, at least one.
	Count int `json:"count,omitzero"`
}

// CalendarQuestion asks for a partnership's obligations on a date, from its
// planning history (package duty's calendar).
type CalendarQuestion struct {
	// Council is the partnership's council area. Required.
	Council service.Council `json:"council"`
	// AsOf is the date the obligations are judged on. Optional when the
	// case's (or its file's) context gives one; this date takes precedence.
	AsOf period.Date `json:"as_of,omitzero"`
	// History is the partnership's planning history, a document of kind
	// "planning-history", inline. History and HistoryPath are optional and
	// exclusive; without either, the partnership has done nothing.
	History jsontext.Value `json:"history,omitzero"`
	// HistoryPath is the history's file, relative to the scenario file.
	HistoryPath string `json:"history_path,omitzero"`
	// Expect is the law's answer.
	Expect CalendarAnswer `json:"expect"`

	history duty.History // decoded by Decode
}

// CalendarAnswer is the answer to a [CalendarQuestion]. At least one member
// is required.
type CalendarAnswer struct {
	// Obligations are obligations the calendar must hold, each with its
	// status.
	Obligations []ExpectedObligation `json:"obligations,omitempty"`
	// Absent are obligations the calendar must not hold.
	Absent []ObligationKey `json:"absent,omitempty"`
}

// ObligationKey names one obligation of a calendar: a duty of the
// catalogue (or "review-window", the Scottish Government's review of the
// plans) for a plan period or a reporting period, and for a revised plan
// its revision number.
type ObligationKey struct {
	// Duty is the catalogue ID, such as "s8-prepare-plan" or
	// "s13-annual-report". Required.
	Duty string `json:"duty"`
	// PlanPeriod is the plan period, such as "2026-2029".
	PlanPeriod period.PlanPeriod `json:"plan_period,omitzero"`
	// ReportingPeriod is the reporting period of an annual report.
	ReportingPeriod period.ReportingPeriod `json:"reporting_period,omitzero"`
	// Revision is 1 for the first revised plan; 0 for the plan as first
	// prepared.
	Revision int `json:"revision,omitzero"`
}

// ExpectedObligation is an obligation with the status the law gives it.
type ExpectedObligation struct {
	ObligationKey
	// Status is "met", "due" (outstanding, not yet late), "late",
	// "ongoing", "information" or "not-recorded" (the history has no record
	// of the obligation's plan period or reporting period; nothing
	// recorded is not lateness). Required.
	Status duty.Status `json:"status"`
	// Severity is, for a late obligation, how binding the limit it passed
	// is: "statutory" (the Act, a fact the context states, or the engine's
	// outer bound on "as soon as (reasonably) practicable"), "guidance" or
	// "practice" (the partnership's own limit, or the module's default).
	// Optional.
	Severity part3.Severity `json:"severity,omitzero"`
}
