package duty

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// Kind is what sort of item of the calendar an [Obligation] is. The zero
// Kind is unset.
type Kind uint8

const (
	// Deadline: something to be done once, by a date or as soon as
	// (reasonably) practicable after an event.
	Deadline Kind = iota + 1
	// Continuing: a duty that runs through a period, such as keeping the
	// plan under review; the calendar cannot judge it.
	Continuing
	// Information: not an obligation of the partnership but a date it needs,
	// such as the Scottish Government's review window.
	Information
)

var kindNames = [...]string{"", "deadline", "continuing", "information"}

// IsValid reports whether k is one of the defined kinds.
func (k Kind) IsValid() bool { return k >= Deadline && k <= Information }

// String returns the text form, "" for the zero Kind.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText implements [encoding.TextMarshaler].
func (k Kind) MarshalText() ([]byte, error) {
	if k != 0 && !k.IsValid() {
		return nil, fmt.Errorf("duty: invalid kind %d", uint8(k))
	}
	return []byte(k.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *Kind) UnmarshalText(text []byte) error {
	for i := Deadline; i <= Information; i++ {
		if kindNames[i] == string(text) {
			*k = i
			return nil
		}
	}
	return &part3.InputError{Category: part3.ErrInvalidValue, Err: fmt.Errorf("kind %q", text),
		Expected: `"deadline", "continuing" or "information"`}
}

// Status is where an obligation stands on the calendar's date. The zero
// Status is unset.
type Status uint8

const (
	// Met: done, and not late by any limit.
	Met Status = iota + 1
	// Due: not done, and not yet late.
	Due
	// Late: done after a limit, or not done and a limit has passed. The
	// obligation's Severity says how binding the limit is.
	Late
	// Ongoing: a continuing duty in force on the date.
	Ongoing
	// Info: an information item.
	Info
)

var statusNames = [...]string{"", "met", "due", "late", "ongoing", "information"}

// IsValid reports whether s is one of the defined statuses.
func (s Status) IsValid() bool { return s >= Met && s <= Info }

// String returns the text form, "" for the zero Status.
func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

// MarshalText implements [encoding.TextMarshaler].
func (s Status) MarshalText() ([]byte, error) {
	if s != 0 && !s.IsValid() {
		return nil, fmt.Errorf("duty: invalid status %d", uint8(s))
	}
	return []byte(s.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (s *Status) UnmarshalText(text []byte) error {
	for i := Met; i <= Info; i++ {
		if statusNames[i] == string(text) {
			*s = i
			return nil
		}
	}
	return &part3.InputError{Category: part3.ErrInvalidValue, Err: fmt.Errorf("status %q", text),
		Expected: `"met", "due", "late", "ongoing" or "information"`}
}

// Limit is a date past which an obligation is late, and how binding it is.
// Its JSON form has the keys date, severity, rule and citation.
type Limit struct {
	// Date is the last day on which doing it is not late.
	Date period.Date `json:"date"`
	// Severity says how binding the limit is: statutory (the Act, as the
	// guidance reads it), guidance (a target in the guidance) or practice
	// (local policy).
	Severity part3.Severity `json:"severity"`
	// Rule is the ID of the rule that sets the limit.
	Rule string `json:"rule"`
	// RelievedFrom is the limit's date before a caller's relief moved it
	// to Date; zero when no relief moved it. A relieved limit is the
	// caller's reading, never the deadline the law sets.
	RelievedFrom period.Date `json:"relieved_from,omitzero"`
}

// Citation returns where the limit comes from: its rule's citation.
func (l Limit) Citation() part3.Citation {
	r, _ := ruleByID(l.Rule)
	return r.Citation
}

// MarshalJSON implements [json.Marshaler] with the keys date, severity,
// rule and citation.
func (l Limit) MarshalJSON() ([]byte, error) {
	type plain Limit
	return json.Marshal(struct {
		plain
		Citation part3.Citation `json:"citation"`
	}{plain(l), l.Citation()})
}

// Obligation is one item of a partnership's calendar: what is owed, under
// which duty, when, and where it stands.
type Obligation struct {
	// Duty is the catalogue ID of the duty, such as "s10-publish-plan";
	// "review-window" for the Scottish Government's review window, which
	// is not a duty. See the Citation and What methods.
	Duty string `json:"duty"`
	// Kind is deadline, continuing or information.
	Kind Kind `json:"kind"`
	// PlanPeriod is the plan period the obligation belongs to.
	PlanPeriod period.PlanPeriod `json:"plan_period,omitzero"`
	// ReportingPeriod is the reporting period of an annual report.
	ReportingPeriod period.ReportingPeriod `json:"reporting_period,omitzero"`
	// Revision is 1 for the first revised plan, 2 for the second; 0 for the
	// plan as first prepared.
	Revision int `json:"revision,omitzero"`
	// Arises is the day from which it is owed: the day the plan was
	// prepared, the day after a reporting period ends, the first day of a
	// continuing duty or of an information item's window. Zero while the
	// event it follows has not happened.
	Arises period.Date `json:"arises,omitzero"`
	// Until is the last day of a continuing duty or of an information
	// item's window.
	Until period.Date `json:"until,omitzero"`
	// Limits are the dates past which a deadline is late, most binding
	// first. A deadline that arises on an event not yet happened has none.
	Limits []Limit `json:"limits,omitzero"`
	// Status is met, due, late, ongoing or information.
	Status Status `json:"status"`
	// Done is the day it was done; zero if it has not been.
	Done period.Date `json:"done,omitzero"`
	// Severity is how binding the most binding limit passed is; zero
	// unless Status is Late.
	Severity part3.Severity `json:"severity,omitzero"`
	// Rule is the ID of the rule whose limit made it late; "" unless Late.
	Rule string `json:"rule,omitzero"`
	// Recipients are, for the copies to the other service providers
	// (s.10(7)(a)(ii)), each provider on the register the day the plan was
	// prepared, with when its copy was sent and its own status. The
	// obligation is met when every copy has been sent in time, and late if
	// any copy is late.
	Recipients []Recipient `json:"recipients,omitzero"`
	// OwedBy names the bodies that owe it: the joint planners on the day
	// it arises (or is due).
	OwedBy []string `json:"owed_by,omitzero"`
	// Relief is the caller's relief from its time limit, if one applies.
	Relief *judgement.Relief `json:"relief,omitzero"`
	// Note is a remark for a reader, such as how a missing date was read.
	Note string `json:"note,omitzero"`

	// Where in the history the obligation reads its date: plan index,
	// revision index (1-based; 0 for the plan), report index; -1 for none.
	planIdx, revIdx, reportIdx int16
	field                      historyField
	// early is the day an annual report was published before its period
	// ended, which does not meet s.13(1); zero otherwise.
	early period.Date
}

// PublishedBeforePeriodEnded returns the day the history records an annual
// report as published before its reporting period ended, and true; such a
// publication is not the report section 13(1) requires "after the end of
// each one-year period", so the obligation stays unmet (Done is zero) and
// [Calendar.Findings] reports it under [RuleReportAfterPeriod].
func (o Obligation) PublishedBeforePeriodEnded() (period.Date, bool) {
	return o.early, o.early.IsValid()
}

// Citation returns the provision of the obligation's duty (guidance para 6
// for the review window).
func (o Obligation) Citation() part3.Citation {
	if o.Duty == reviewWindowID {
		return part3.GuidancePara(6)
	}
	d, _ := lookup(o.Duty)
	return d.Citation
}

// What says what is owed, in plain words.
func (o Obligation) What() string { return whatText[o.Duty] }

// MarshalJSON implements [json.Marshaler]: the fields, with citation and
// what after duty, and history_path ([Obligation.HistoryPath]) last.
func (o Obligation) MarshalJSON() ([]byte, error) {
	type plain Obligation
	return json.Marshal(struct {
		Duty     string         `json:"duty"`
		Citation part3.Citation `json:"citation"`
		What     string         `json:"what"`
		plain
		HistoryPath string `json:"history_path,omitempty"`
	}{o.Duty, o.Citation(), o.What(), plain(o), o.HistoryPath()})
}

// Recipient is one other service provider a copy of a plan is owed to: one
// of [service.OtherServiceProvidersFor] the partnership's council area on
// the day the plan was prepared. The area's integration joint board is one
// recipient, with ID "integration-joint-board" and the board named; Highland
// has none, and none is owed once section 60 of the 2026 Act is in force
// (the board is then a lead planning body).
type Recipient struct {
	// ID is the provider's register ID, such as "police-scotland".
	ID string `json:"id"`
	// IntegrationJointBoard names the area's board for the ID
	// "integration-joint-board"; zero for the other recipients.
	IntegrationJointBoard service.IntegrationJointBoard `json:"integration_joint_board,omitzero"`
	// Sent is when the copy was sent; zero if it has not been.
	Sent period.Date `json:"sent,omitzero"`
	// Status is met, due or late, judged against the obligation's limits.
	Status Status `json:"status"`

	key string // the history's key for it, "" for ID
}

// Name returns who the recipient is, as people refer to it.
func (r Recipient) Name() string {
	if r.IntegrationJointBoard.IsValid() {
		return r.IntegrationJointBoard.Name()
	}
	return recipientWords(r.ID)
}

// HistoryKey returns the member of sent_to_other_service_providers that
// records the copy: the key the history used for it, or else the register
// ID.
func (r Recipient) HistoryKey() string {
	if r.key != "" {
		return r.key
	}
	return r.ID
}

// historyField names the member of a history record an obligation reads.
type historyField uint8

const (
	fieldNone historyField = iota
	fieldPrepared
	fieldSentToMinisters
	fieldSentToOSPs
	fieldPublished
)

var fieldNames = [...]string{"", "prepared", "sent_to_ministers", "sent_to_other_service_providers", "published"}

// HistoryPath returns the JSON Pointer of the value in the history
// document that records the obligation being done, such as
// "/plans/1/published" or "/plans/1/sent_to_other_service_providers" (the
// object whose members are the recipients), or "" where the history has no
// record it could be in.
func (o Obligation) HistoryPath() string {
	switch {
	case o.field == fieldNone:
		return ""
	case o.reportIdx >= 0:
		return part3.Pointer("reports", int(o.reportIdx), fieldNames[o.field])
	case o.planIdx < 0:
		return ""
	}
	tokens := make([]any, 0, 6)
	tokens = append(tokens, "plans", int(o.planIdx))
	if o.revIdx > 0 {
		tokens = append(tokens, "revisions", int(o.revIdx)-1)
	}
	tokens = append(tokens, fieldNames[o.field])
	return part3.Pointer(tokens...)
}

// Calendar is a partnership's obligations under Part 3 from 1 April 2017 to
// a date, and the next ones, each with its status on that date.
type Calendar struct {
	// Council is the partnership's council area.
	Council service.Council `json:"council"`
	// AsOf is the date the statuses are judged on.
	AsOf period.Date `json:"as_of"`
	// JointPlanners are the bodies that exercise the Part 3 functions for
	// the area on AsOf (s.7(6); with the relevant integration joint board
	// once section 60 of the 2026 Act is in force).
	JointPlanners []service.Body `json:"joint_planners"`
	// Law is the version of the law applied on AsOf.
	Law service.Version `json:"law"`
	// Policy is the policy limits applied: the partnership's own where the
	// context sets them, the module's defaults where it does not.
	Policy judgement.Policy `json:"policy"`
	// Obligations are in date order: the day each arises or first falls
	// due, then the catalogue's order.
	Obligations []Obligation `json:"obligations"`
}

// The rules that judge an obligation late. Each sets one kind of limit; an
// obligation past several is late with the most binding.
var (
	// RulePlanInPlace: section 8(1) requires a plan "in respect of each
	// three-year period", and guidance para 101 reads it: "With respect to
	// when a Children's Services Plan must be finalised, this must be
	// before the start of each three-year period." The Act's words set no
	// day; the "before the start" deadline is the guidance's reading of
	// s.8(1), which the module takes as the statutory limit (a plan not in
	// place when its period starts is a finding under s.8(1)). Messages
	// name it as that reading, and a limit a caller's [Relief] has moved as
	// "the relieved limit", never as a deadline the law sets.
	RulePlanInPlace = part3.Rule{ID: "duty.plan-in-place", Severity: part3.Statutory, Citation: part3.Act("8(1)"),
		Summary: "The plan for each three-year period is prepared before the period starts (s.8(1), as guidance para 101 reads it)."}
	// RuleCopyToMinisters: "as soon as reasonably practicable after a
	// Children's Services Plan has been prepared, the local authority and
	// the relevant health board must (a) send a copy to (i) the Scottish
	// Ministers" (s.10(7)(a)(i), guidance para 100). The Act sets no number
	// of days; the limit is local policy.
	RuleCopyToMinisters = part3.Rule{ID: "duty.copy-to-ministers-within-policy", Severity: part3.Practice, Citation: part3.Act("10(7)(a)(i)"),
		Summary: "A copy of each plan and revised plan goes to the Scottish Ministers within the local policy limit after it is prepared."}
	// RuleCopyToOtherServiceProviders: the same for "(ii) each of the
	// other service providers" (s.10(7)(a)(ii)).
	RuleCopyToOtherServiceProviders = part3.Rule{ID: "duty.copy-to-other-service-providers-within-policy", Severity: part3.Practice, Citation: part3.Act("10(7)(a)(ii)"),
		Summary: "A copy of each plan and revised plan goes to each other service provider within the local policy limit after it is prepared."}
	// RulePublishPlan: the same for "(b) publish it" (s.10(7)(b)).
	RulePublishPlan = part3.Rule{ID: "duty.publish-plan-within-policy", Severity: part3.Practice, Citation: part3.Act("10(7)(b)"),
		Summary: "Each plan and revised plan is published within the local policy limit after it is prepared."}
	// RuleReportByEndOfJune: annual reports "must be published 'as soon as
	// practicable' after the end of the one-year period and ideally by
	// June" (guidance para 125); "It is hoped that these reports will be
	// submitted by the end of June each year" (para 129). The 2nd edition
	// applies to plans from 1 April 2020, so not to reports on 2017-2020.
	RuleReportByEndOfJune = part3.Rule{ID: "duty.report-by-end-of-june", Severity: part3.Guidance, Citation: part3.GuidancePara(129),
		Summary: "The annual report on each reporting period of a plan from 2020 is published by the end of June after it (guidance paras 125, 129)."}
	// RuleReportAfterPeriod: section 13(1) requires the report "as soon as
	// practicable after the end of each one-year period" (guidance para
	// 123). A report published before its one-year period ended cannot
	// report on the whole period and is not the report the subsection
	// requires: the finding says that publication does not meet s.13(1),
	// and the obligation stays owed (judged against its limits as if
	// nothing had been published).
	RuleReportAfterPeriod = part3.Rule{ID: "duty.report-after-period", Severity: part3.Statutory, Citation: part3.Act("13(1)"),
		Summary: "An annual report is published after the end of its one-year period; one published before it ends does not meet s.13(1)."}
	// RuleReportWithinPolicy: section 13(1) requires the report "as soon as
	// practicable after the end of each one-year period". The Act sets no
	// number of days; the limit is local policy.
	RuleReportWithinPolicy = part3.Rule{ID: "duty.report-within-policy", Severity: part3.Practice, Citation: part3.Act("13(1)"),
		Summary: "The annual report on each reporting period is published within the local policy limit after it ends."}
)

// Rules returns the rules of package duty, sorted by ID.
func Rules() []part3.Rule {
	rules := []part3.Rule{RulePlanInPlace, RuleCopyToMinisters, RuleCopyToOtherServiceProviders,
		RulePublishPlan, RuleReportByEndOfJune, RuleReportAfterPeriod, RuleReportWithinPolicy}
	part3.SortRules(rules)
	return rules
}

// The plain words of each item, by catalogue ID.
var whatText = map[string]string{
	"s8-prepare-plan":                     "Prepare the plan before its period starts",
	"s10-copy-to-ministers":               "Send a copy of the plan to the Scottish Ministers as soon as reasonably practicable after it is prepared",
	"s10-copy-to-other-service-providers": "Send a copy of the plan to each other service provider as soon as reasonably practicable after it is prepared",
	"s10-publish-plan":                    "Publish the plan as soon as reasonably practicable after it is prepared",
	"s11-keep-under-review":               "Keep the plan under review throughout its period",
	"s13-annual-report":                   "Publish the annual report as soon as practicable after the reporting period ends",
	reviewWindowID:                        "The Scottish Government reviews the plans between April and October of the year of submission",
}

// reviewWindowID is the Duty of the review-window information item: it is
// not a duty of the catalogue, and cites guidance para 6.
const reviewWindowID = "review-window"

// calendar duties, looked up once.
var (
	dutyPrepare   = mustLookup("s8-prepare-plan")
	dutyMinisters = mustLookup("s10-copy-to-ministers")
	dutyOSP       = mustLookup("s10-copy-to-other-service-providers")
	dutyPublish   = mustLookup("s10-publish-plan")
	dutyReview    = mustLookup("s11-keep-under-review")
	dutyReport    = mustLookup("s13-annual-report")
)

// RecipientError reports a key of sent_to_other_service_providers that
// names no other service provider for the partnership's area on the day the
// copy was sent: not on the register that day, an integration joint board
// where the area has none (Highland) or another area's board. It is
// wrapped in an *part3.InputError with the key's path.
type RecipientError struct {
	ID   string      // the key given: a register ID, or a board's GSS code
	Sent period.Date // the day the copy was sent
	// Reason says why, when the key is on the register but not for the
	// area; "" when it is not on the register.
	Reason string
}

// Error describes the error on one line.
func (e *RecipientError) Error() string {
	if e.Reason != "" {
		return fmt.Sprintf("%q on %s: %s", e.ID, e.Sent, e.Reason)
	}
	return fmt.Sprintf("%q is not an other service provider on the register on %s", e.ID, e.Sent)
}

// NewCalendar lists the obligations of the partnership for council c from
// 1 April 2017 to asOf, and the next ones, with their status on asOf, from
// what history h records (the zero History: nothing done). For each plan
// period up to the one after asOf's:
//
//   - the plan prepared before the period starts (s.8(1) as guidance para
//     101 reads it; late is statutory);
//   - a copy to the Scottish Ministers, a copy to each other service
//     provider on the register the day it was prepared, and publication,
//     each "as soon as reasonably practicable" after it is prepared
//     (s.10(7)); the Act sets no number, so late is practice, past
//     the context's policy limit for copies;
//   - the same three for each revised plan in the history (guidance para
//     119);
//   - keeping the plan under review (s.11(1)(a)), for the period containing
//     asOf only, as a continuing duty;
//   - the Scottish Government's review window, April to October of the year
//     the plan was sent to the Ministers or else the year the period
//     starts (guidance para 6), as information, for plans from 2020.
//
// For each reporting period begun by asOf, the annual report as soon as
// practicable after it ends (s.13(1)): late past the end of June after it
// is guidance (paras 125, 129; not for 2017-2020 plans, which the 2nd
// edition does not cover) and past the context's policy limit for reports
// is practice. A
// report recorded as published before its period ended does not meet
// s.13(1): the obligation stays owed and [Calendar.Findings] says so.
//
// Periods are listed only up to the one after asOf's: a plan or report the
// history records for a later period is not listed (its recipients are
// still checked).
//
// A relief (h.Reliefs and ctx.Reliefs) moves every limit of the
// obligations it names to its Until day at the latest. A history for
// another council, a copy recorded as sent to a provider not on the
// register that day, or a record [History.Validate] refuses (a period
// recorded twice, a date out of order) is an error; a history built in
// code may leave its kind and council unset. So is an asOf in no plan period, before
// 1 April 2017 or after 31 March 9997: the *period.NoPeriodError of
// [period.PlanPeriodOf], which errors.Is matches to
// period.ErrBeforeFirstPeriod or period.ErrAfterLastPeriod.
func NewCalendar(c service.Council, h History, ctx judgement.Context) (Calendar, error) {
	if !c.IsValid() {
		return Calendar{}, &part3.InputError{Path: "/council", Category: part3.ErrMissing, Expected: "a council area"}
	}
	if err := ctx.Validate(); err != nil {
		return Calendar{}, err
	}
	asOf, law := ctx.AsOf, ctx.MustLaw()
	if _, err := period.PlanPeriodOf(asOf); err != nil {
		return Calendar{}, err // a *period.NoPeriodError
	}
	if !h.Council.IsZero() && h.Council != c {
		return Calendar{}, &part3.InputError{Path: "/council", Category: part3.ErrInvalidValue,
			Err: fmt.Errorf("the history is for %s, not %s", h.Council.Name(), c.Name()), Expected: c.Name()}
	}
	if err := h.validateRecords(); err != nil {
		return Calendar{}, err
	}
	unchanged := len(law.Register().Changes()) == 0
	if !unchanged {
		if err := h.checkRecipients(c, law); err != nil {
			return Calendar{}, err
		}
	}

	b := builder{
		c: c, asOf: asOf, h: &h, law: law, policy: ctx.Policy,
		reliefs: append(slices.Clone(h.Reliefs), ctx.Reliefs...),
	}
	b.owedBy()
	b.build()
	if unchanged && b.unverified {
		// A copy's recipient was not found on the register while building,
		// or a record was not read: check every key and report the first
		// bad one.
		if err := h.checkRecipients(c, law); err != nil {
			return Calendar{}, err
		}
	}
	cal := Calendar{
		Council:       c,
		AsOf:          asOf,
		JointPlanners: jointPlanners(c, asOf, law),
		Law:           ctx.Version(asOf),
		Policy:        b.policy,
		Obligations:   b.out,
	}
	return cal, nil
}

// checkRecipients checks each sent_to_other_service_providers key against
// the register of law on the day the copy was sent, for council c: a
// register ID other than the integration joint board's, or, for c's own
// board, "integration-joint-board" or the board's GSS code (current or
// old), not both. Of several bad keys in one record it reports the first in
// sorted order.
func (h History) checkRecipients(c service.Council, law service.Law) error {
	unchanged := len(law.Register().Changes()) == 0
	check := func(d Distribution, tokens ...any) error {
		bad, reason, boardKey := "", "", ""
		for _, id := range sortedKeys(d.SentToOtherServiceProviders) {
			sent := d.SentToOtherServiceProviders[id]
			why, ok := "", false
			if j, isCode := service.IntegrationJointBoardByCode(id); isCode || id == string(service.ProviderIntegrationJointBoard) {
				listed := true
				if !unchanged {
					_, listed = law.Register().Lookup(string(service.ProviderIntegrationJointBoard), sent)
				}
				own, has := c.IntegrationJointBoard()
				switch {
				case !listed:
				case !has:
					why = fmt.Sprintf("%s has no integration joint board (it uses the lead agency model), so no copy is owed to one", c.Name())
				case isCode && j != own:
					why = fmt.Sprintf("%s is %s, not the board of %s (%s)", id, j.Name(), c.Name(), own.Name())
				case boardKey != "":
					return &part3.InputError{Path: part3.Pointer(append(tokens, "sent_to_other_service_providers", id)...), Category: part3.ErrDuplicateID,
						Err:      fmt.Errorf("the copy to %s is recorded under both %q and %q", own.Name(), boardKey, id),
						Expected: "one key for the area's integration joint board"}
				default:
					ok, boardKey = true, id
				}
			} else if unchanged {
				ok = defaultOSP()[id]
			} else {
				_, ok = law.Register().Lookup(id, sent)
			}
			if !ok && bad == "" {
				bad, reason = id, why
			}
		}
		if bad == "" {
			return nil
		}
		return &part3.InputError{Path: part3.Pointer(append(tokens, "sent_to_other_service_providers", bad)...), Category: part3.ErrInvalidValue,
			Err:      &RecipientError{ID: bad, Sent: d.SentToOtherServiceProviders[bad], Reason: reason},
			Expected: "the register ID of an other service provider for the area on that day, such as \"police-scotland\", or for the area's integration joint board \"integration-joint-board\" or its GSS code"}
	}
	for i, p := range h.Plans {
		if err := check(p.Distribution, "plans", i); err != nil {
			return err
		}
		for k, r := range p.Revisions {
			if err := check(r.Distribution, "plans", i, "revisions", k); err != nil {
				return err
			}
		}
	}
	return nil
}

// defaultOSP is the set of IDs on the register with no s.7(5) change.
var defaultOSP = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, e := range service.DefaultRegister().On(period.Date{}) {
		m[e.ID] = true
	}
	return m
})

// defaultAreaOSPs holds, for each council, its other service providers
// under the register with no s.7(5) change: [0] before section 60 of the
// 2026 Act is in force, [1] from then (no integration joint board).
var defaultAreaOSPs = sync.OnceValue(func() map[service.Council][2][]service.AreaOtherServiceProvider {
	after := service.DefaultLaw().WithSection60Commencement(period.FirstPeriodStart())
	m := map[service.Council][2][]service.AreaOtherServiceProvider{}
	for _, c := range service.Councils() {
		cs := []service.Council{c}
		m[c] = [2][]service.AreaOtherServiceProvider{
			service.OtherServiceProvidersFor(cs, period.FirstPeriodStart(), service.DefaultLaw()),
			service.OtherServiceProvidersFor(cs, period.FirstPeriodStart(), after),
		}
	}
	return m
})

// sentTo returns when d records a copy sent to a, and the key it used:
// a's register ID, or for an integration joint board its GSS code
// (current or old) as an alternative.
func (d Distribution) sentTo(a service.AreaOtherServiceProvider) (period.Date, string, bool) {
	if len(d.SentToOtherServiceProviders) == 0 {
		return period.Date{}, "", false
	}
	if t, ok := d.SentToOtherServiceProviders[a.ID]; ok {
		return t, a.ID, true
	}
	j := a.IntegrationJointBoard
	if !j.IsValid() {
		return period.Date{}, "", false
	}
	if t, ok := d.SentToOtherServiceProviders[j.Code()]; ok {
		return t, j.Code(), true
	}
	for _, code := range j.OldCodes() {
		if t, ok := d.SentToOtherServiceProviders[code]; ok {
			return t, code, true
		}
	}
	return period.Date{}, "", false
}

// jointPlanners returns service.JointPlanners(c, on, law), from a cache
// when section 60 of the 2026 Act is not in force on that day (the answer
// is then the same on every day).
func jointPlanners(c service.Council, on period.Date, law service.Law) []service.Body {
	if law.Section60InForce(on) {
		return service.JointPlanners(c, on, law)
	}
	return slices.Clone(plannersBefore()[c])
}

var plannersBefore = sync.OnceValue(func() map[service.Council][]service.Body {
	m := map[service.Council][]service.Body{}
	for _, c := range service.Councils() {
		m[c] = service.JointPlanners(c, period.FirstPeriodStart(), service.DefaultLaw())
	}
	return m
})

// builder computes one calendar. It first lists the calendar's groups of
// obligations (a plan with its copies, a revised plan's copies, a report,
// a continuing duty, an information item) with the day each sorts by,
// sorts the groups, and then emits their obligations in order into one
// slice of exactly the right size.
type builder struct {
	c          service.Council
	asOf       period.Date
	h          *History
	law        service.Law
	policy     judgement.Policy
	reliefs    []judgement.Relief
	out        []Obligation
	limits     []Limit     // backing store for every obligation's Limits
	recipients []Recipient // backing store for every obligation's Recipients

	// The joint planners' names before section 60 and from it.
	namesBefore, namesAfter []string
	// osps is the area's other service providers when the register has
	// no dated change: [0] before section 60 of the 2026 Act, [1] from it.
	osps *[2][]service.AreaOtherServiceProvider
	// unverified is set when a record's sent_to_other_service_providers
	// has a key that building did not match to the register, or a record
	// building did not read.
	unverified bool
}

// groupKind orders groups that sort on the same day.
type groupKind uint8

const (
	groupPlan     groupKind = iota // s.8(1) and the plan's s.10(7) copies
	groupRevision                  // a revised plan's s.10(7) copies
	groupReport                    // s.13(1)
	groupReview                    // s.11(1)(a), the current period
	groupWindow                    // guidance para 6
)

// group is one group of obligations, to be emitted in order.
type group struct {
	key     period.Date
	order   uint64 // the day, then kind, then sequence: the sort order
	kind    groupKind
	plan    period.PlanPeriod
	report  period.ReportingPeriod
	planIdx int16 // index of the plan record; -1 for none
	rev     int16 // 1-based revision
}

// plannerNames holds, for each council, the names of its joint planners
// before section 60 of the 2026 Act (local authority and relevant health
// board) and after it (with the relevant integration joint board, where
// there is one). Names do not depend on the date, so they are computed
// once.
var plannerNames = sync.OnceValue(func() map[service.Council][2][]string {
	names := func(bodies []service.Body) []string {
		out := make([]string, len(bodies))
		for i, x := range bodies {
			out[i] = x.Name
		}
		return out
	}
	after := service.DefaultLaw().WithSection60Commencement(period.FirstPeriodStart())
	m := make(map[service.Council][2][]string)
	for _, c := range service.Councils() {
		m[c] = [2][]string{
			names(service.JointPlanners(c, period.FirstPeriodStart(), service.DefaultLaw())),
			names(service.JointPlanners(c, period.FirstPeriodStart(), after)),
		}
	}
	return m
})

// owedBy sets the names of the joint planners the calendar's obligations
// are owed by. The cache is shared by every calendar, so each calendar
// gets its own copy: a caller that changes one calendar's OwedBy changes
// no other calendar.
func (b *builder) owedBy() {
	n := plannerNames()[b.c]
	b.namesBefore = slices.Clip(slices.Clone(n[0]))
	if b.law.Section60Commencement().IsValid() {
		b.namesAfter = slices.Clip(slices.Clone(n[1]))
	}
}

func (b *builder) namesOn(d period.Date) []string {
	if b.namesAfter != nil && b.law.Section60InForce(d) {
		return b.namesAfter
	}
	return b.namesBefore
}

// register returns the other service providers for the area on d
// ([service.OtherServiceProvidersFor]).
func (b *builder) register(d period.Date) []service.AreaOtherServiceProvider {
	if b.osps != nil {
		if b.law.Section60InForce(d) {
			return b.osps[1]
		}
		return b.osps[0]
	}
	return service.OtherServiceProvidersFor([]service.Council{b.c}, d, b.law)
}

func (b *builder) build() {
	if len(b.law.Register().Changes()) == 0 {
		osps := defaultAreaOSPs()[b.c]
		b.osps = &osps
	}
	// The plan periods: from the first to the one after asOf's. A later
	// one the history records is not listed: its dates (no earlier than a
	// year before its deadline, History.Validate) are all after asOf.
	last, err := period.PlanPeriodOf(b.asOf)
	if err != nil {
		return // NewCalendar refuses a date in no period
	}
	if next := last.Next(); !next.IsZero() {
		last = next
	}
	for _, p := range b.h.Plans {
		if p.Period.Compare(last) > 0 && (len(p.SentToOtherServiceProviders) > 0 || len(p.Revisions) > 0) {
			b.unverified = true // a record not read: check its recipients
		}
	}
	// The reporting periods: those begun by asOf. A later one the history
	// records was published, if at all, after asOf (History.Validate
	// refuses a report published before its period began).
	var lastReport period.ReportingPeriod
	if r, err := period.ReportingPeriodOf(b.asOf); err == nil {
		lastReport = r
	}

	// List the groups.
	var buf [64]group
	groups := buf[:0]
	current, _ := period.PlanPeriodOf(b.asOf)
	n, nLimits, nRecipients := 0, 0, 0
	for i := 1; i <= last.Index(); i++ {
		p, _ := period.PlanPeriodByIndex(i)
		rec, idx := b.planRecord(p)
		groups = append(groups, group{key: dayBefore(p), kind: groupPlan, plan: p, planIdx: int16(idx)})
		n, nLimits, nRecipients = n+4, nLimits+4, nRecipients+len(b.register(b.preparedOrStart(p, rec)))
		if rec != nil {
			for k, r := range rec.Revisions {
				if r.Revised.After(b.asOf) {
					b.unverified = b.unverified || len(r.SentToOtherServiceProviders) > 0
					continue // not yet revised on asOf
				}
				groups = append(groups, group{key: r.Revised, kind: groupRevision, plan: p, planIdx: int16(idx), rev: int16(k + 1)})
				n, nLimits, nRecipients = n+3, nLimits+3, nRecipients+len(b.register(r.Revised))
			}
		}
		if p == current {
			groups = append(groups, group{key: p.Start(), kind: groupReview, plan: p, planIdx: int16(idx)})
			n++
		}
		if p.GuidanceApplies() {
			groups = append(groups, group{key: b.windowOpens(p, rec), kind: groupWindow, plan: p, planIdx: int16(idx)})
			n++
		}
	}
	if !lastReport.IsZero() {
		for r, _ := period.ReportingPeriodStarting(period.FirstPeriodStart().Year()); !r.IsZero() && r.Compare(lastReport) <= 0; r = r.Next() {
			groups = append(groups, group{key: dayAfter(r), kind: groupReport, report: r, planIdx: -1})
			n, nLimits = n+1, nLimits+2
		}
	}
	for i := range groups {
		g := &groups[i]
		day := uint64(g.key.Year())<<9 | uint64(g.key.Month())<<5 | uint64(g.key.Day())
		g.order = day<<24 | uint64(g.kind)<<16 | uint64(i)
	}
	slices.SortFunc(groups, func(x, y group) int { return cmp.Compare(x.order, y.order) })

	// Emit them.
	b.out = make([]Obligation, 0, n)
	b.limits = make([]Limit, 0, nLimits)
	b.recipients = make([]Recipient, 0, nRecipients)
	for _, g := range groups {
		switch g.kind {
		case groupPlan:
			b.plan(g.plan, int(g.planIdx))
		case groupRevision:
			r := b.h.Plans[g.planIdx].Revisions[g.rev-1]
			b.distribution(g.plan, int(g.planIdx), int(g.rev), r.Revised, r.Distribution)
		case groupReview:
			b.add(Obligation{Duty: dutyReview.ID, Kind: Continuing,
				PlanPeriod: g.plan, Arises: g.plan.Start(), Until: g.plan.End(), Status: Ongoing,
				OwedBy: b.namesOn(b.asOf), planIdx: -1, reportIdx: -1})
		case groupWindow:
			b.window(g.plan, g.key)
		case groupReport:
			b.report(g.report)
		}
	}
}

// submissionYear returns the "year of submission" of the plan for p
// (guidance para 6), which the guidance does not define: the year the
// history records the plan as sent to the Scottish Ministers, when it does
// by the calendar's date; otherwise the year p starts, as
// [period.PlanPeriod.ReviewWindow] takes it (a plan must be finalised by
// 31 March of that year, para 101).
func (b *builder) submissionYear(p period.PlanPeriod, rec *PlanRecord) int {
	if rec != nil && b.upTo(rec.SentToMinisters).IsValid() {
		return rec.SentToMinisters.Year()
	}
	return p.StartYear()
}

// windowOpens returns the first day of the Scottish Government's review of
// the plans for p: 1 April of the year of submission (guidance para 6),
// the day [period.PlanPeriod.ReviewWindowIn] gives (a test holds them
// equal; the dates are computed here to spare its names' allocations).
func (b *builder) windowOpens(p period.PlanPeriod, rec *PlanRecord) period.Date {
	d, err := period.NewDate(b.submissionYear(p, rec), time.April, 1)
	if err != nil {
		return p.Start()
	}
	return d
}

// window adds the review window information item for p opening on opens:
// to 31 October of the same year, as [period.PlanPeriod.ReviewWindowIn].
func (b *builder) window(p period.PlanPeriod, opens period.Date) {
	closes, err := period.NewDate(opens.Year(), time.October, 31)
	if err != nil {
		return
	}
	note := "The year of submission is taken to be the year the period starts; no copy to the Ministers is recorded."
	if rec, _ := b.planRecord(p); rec != nil && b.upTo(rec.SentToMinisters).IsValid() {
		note = "The year of submission is the year the plan was sent to the Scottish Ministers."
	}
	b.add(Obligation{Duty: reviewWindowID, Kind: Information,
		PlanPeriod: p, Arises: opens, Until: closes, Status: Info, Note: note, planIdx: -1, reportIdx: -1})
}

// planRecord returns the history's record of p's plan and its index, or
// nil and -1.
func (b *builder) planRecord(p period.PlanPeriod) (*PlanRecord, int) {
	for i := range b.h.Plans {
		if b.h.Plans[i].Period == p {
			return &b.h.Plans[i], i
		}
	}
	return nil, -1
}

// plan adds the plan's s.8(1) obligation and its s.10(7) copies.
func (b *builder) plan(p period.PlanPeriod, idx int) {
	var rec *PlanRecord
	if idx >= 0 {
		rec = &b.h.Plans[idx]
	}
	var prepared period.Date
	var dist Distribution
	if rec != nil {
		prepared, dist = b.upTo(rec.Prepared), rec.Distribution
	}

	// s.8(1): prepared before the period starts.
	o := b.obligation(dutyPrepare, p, idx, fieldPrepared)
	o.Done = prepared
	if rec != nil && rec.Prepared.IsZero() {
		if d := b.upTo(earliest(dist)); d.IsValid() {
			o.Done = d
			o.Note = "The date of preparation is not recorded; the plan is taken to have been prepared by the earliest day it was sent or published."
		}
	}
	b.limit(o, dayBefore(p), RulePlanInPlace)
	b.judge(o)

	// s.10(7): copies and publication.
	b.distribution(p, idx, 0, o.Done, dist)
}

// preparedOrStart returns the day the plan for p was prepared, as plan
// reads it, or the first day of p if it has not been: the day whose
// register of other service providers its copies go to.
func (b *builder) preparedOrStart(p period.PlanPeriod, rec *PlanRecord) period.Date {
	if rec != nil {
		if rec.Prepared.IsValid() {
			if d := b.upTo(rec.Prepared); d.IsValid() {
				return d
			}
		} else if d := b.upTo(earliest(rec.Distribution)); d.IsValid() {
			return d
		}
	}
	return p.Start()
}

// earliest returns the earliest day d records.
func earliest(d Distribution) period.Date {
	var out period.Date
	consider := func(x period.Date) {
		if x.IsValid() && (out.IsZero() || x.Before(out)) {
			out = x
		}
	}
	consider(d.SentToMinisters)
	consider(d.Published)
	for _, x := range d.SentToOtherServiceProviders {
		consider(x)
	}
	return out
}

// distribution adds the s.10(7) obligations for one plan or revised plan
// prepared on prepared (zero if not yet).
func (b *builder) distribution(p period.PlanPeriod, idx, rev int, prepared period.Date, d Distribution) {
	var limit period.Date
	if l := b.policy.Copy(); prepared.IsValid() && l.Set {
		limit = prepared.AddDays(l.Days)
	}
	one := func(duty Duty, done period.Date, field historyField, rule part3.Rule) *Obligation {
		o := b.obligation(duty, p, idx, field)
		o.Revision, o.revIdx = rev, int16(rev)
		o.Arises, o.Done = prepared, done
		if prepared.IsValid() {
			o.OwedBy = b.namesOn(prepared)
		}
		if limit.IsValid() {
			b.limit(o, limit, rule)
		}
		return o
	}
	b.judge(one(dutyMinisters, b.upTo(d.SentToMinisters), fieldSentToMinisters, RuleCopyToMinisters))

	// One obligation for the copies to the other service providers, with a
	// recipient for each provider on the register that day.
	regDay := prepared
	if regDay.IsZero() {
		regDay = p.Start()
	}
	o := one(dutyOSP, period.Date{}, fieldSentToOSPs, RuleCopyToOtherServiceProviders)
	start := len(b.recipients)
	allSent := true
	found := 0
	for _, a := range b.register(regDay) {
		recorded, key, ok := d.sentTo(a)
		if ok {
			found++
		}
		if key == a.ID {
			key = ""
		}
		sent := b.upTo(recorded)
		b.recipients = append(b.recipients, Recipient{ID: a.ID, IntegrationJointBoard: a.IntegrationJointBoard, Sent: sent, key: key})
		if sent.IsZero() {
			allSent = false
		} else if sent.After(o.Done) {
			o.Done = sent
		}
	}
	if found != len(d.SentToOtherServiceProviders) {
		b.unverified = true
	}
	o.Recipients = b.recipients[start:len(b.recipients):len(b.recipients)]
	if !allSent {
		o.Done = period.Date{}
	}
	b.judge(o)

	b.judge(one(dutyPublish, b.upTo(d.Published), fieldPublished, RulePublishPlan))
}

func (b *builder) report(r period.ReportingPeriod) {
	idx := -1
	var published period.Date
	for i, rec := range b.h.Reports {
		if rec.Period == r {
			idx, published = i, b.upTo(rec.Published)
			break
		}
	}
	end, after := r.End(), dayAfter(r)
	var early period.Date
	if published.IsValid() && !published.After(end) {
		// Published before the period ended: not the report s.13(1)
		// requires after the end of it, so the obligation is not met.
		early, published = published, period.Date{}
	}
	o := b.add(Obligation{Duty: dutyReport.ID, Kind: Deadline,
		PlanPeriod: r.PlanPeriod(), ReportingPeriod: r, Arises: after, Done: published,
		OwedBy: b.namesOn(after), planIdx: -1, reportIdx: int16(idx), field: fieldPublished, early: early})
	if early.IsValid() {
		o.Note = fmt.Sprintf("A report was published on %s, before the reporting period ended on %s; section 13(1) requires the report after the end of each one-year period, so that publication does not meet it, and the obligation is still owed.", early, end)
	}
	if r.PlanPeriod().GuidanceApplies() {
		// The end of June after the period (guidance paras 125, 129), as
		// period.ReportingPeriod.ReportTarget gives it.
		if target, err := period.NewDate(end.Year(), time.June, 30); err == nil {
			b.limit(o, target, RuleReportByEndOfJune)
		}
	}
	if l := b.policy.Report(); l.Set {
		b.limit(o, end.AddDays(l.Days), RuleReportWithinPolicy)
	}
	b.judge(o)
}

// obligation adds a deadline obligation under duty for plan period p.
func (b *builder) obligation(duty Duty, p period.PlanPeriod, idx int, field historyField) *Obligation {
	return b.add(Obligation{Duty: duty.ID, Kind: Deadline,
		PlanPeriod: p, planIdx: int16(idx), reportIdx: -1, field: field, OwedBy: b.namesOn(p.Start())})
}

func (b *builder) add(o Obligation) *Obligation {
	b.out = append(b.out, o)
	return &b.out[len(b.out)-1]
}

// limit adds a limit to o, keeping o.Limits a window of b.limits.
func (b *builder) limit(o *Obligation, d period.Date, r part3.Rule) {
	start := len(b.limits) - len(o.Limits)
	b.limits = append(b.limits, Limit{Date: d, Severity: r.Severity, Rule: r.ID})
	o.Limits = b.limits[start:len(b.limits):len(b.limits)]
}

// dayBefore returns 31 March before plan period p starts: the last day to
// prepare its plan (s.8(1) as guidance para 101 reads it).
func dayBefore(p period.PlanPeriod) period.Date {
	d, _ := period.NewDate(p.StartYear(), time.March, 31)
	return d
}

// dayAfter returns 1 April after reporting period r ends: the day its
// annual report falls due.
func dayAfter(r period.ReportingPeriod) period.Date {
	d, _ := period.NewDate(r.StartYear()+1, time.April, 1)
	return d
}

// upTo returns d if it is on or before b.asOf, and the zero Date if it is
// after: the calendar judges what had been done by its date.
func (b *builder) upTo(d period.Date) period.Date {
	if d.After(b.asOf) {
		return period.Date{}
	}
	return d
}

// status judges something done on done (zero if not) against limits on
// b.asOf: late with the most binding limit passed, met, or due.
func (b *builder) status(done period.Date, limits []Limit) (Status, part3.Severity, string) {
	st, sev, rule := Due, part3.Severity(0), ""
	if done.IsValid() {
		st = Met
	}
	for _, l := range limits {
		passed := done.IsValid() && done.After(l.Date) || done.IsZero() && b.asOf.After(l.Date)
		if passed && (sev == 0 || l.Severity < sev) {
			st, sev, rule = Late, l.Severity, l.Rule
		}
	}
	return st, sev, rule
}

// judge applies any relief to o's limits and sets its status.
func (b *builder) judge(o *Obligation) {
	for i := range b.reliefs {
		r := &b.reliefs[i]
		if r.Duty != o.Duty || !r.PlanPeriod.IsZero() && (r.PlanPeriod != o.PlanPeriod || !o.ReportingPeriod.IsZero()) ||
			!r.ReportingPeriod.IsZero() && r.ReportingPeriod != o.ReportingPeriod {
			continue
		}
		// A relief that moves no limit changes nothing and is not shown.
		for j := range o.Limits {
			if l := &o.Limits[j]; l.Date.Before(r.Until) {
				if l.RelievedFrom.IsZero() {
					l.RelievedFrom = l.Date
				}
				l.Date = r.Until
				o.Relief = r
			}
		}
	}
	if len(o.Recipients) == 0 {
		o.Status, o.Severity, o.Rule = b.status(o.Done, o.Limits)
	} else {
		// Late if any copy is late (with the most binding severity), met
		// if every copy was sent in time, due otherwise.
		o.Status = Met
		for i := range o.Recipients {
			r := &o.Recipients[i]
			st, sev, rule := b.status(r.Sent, o.Limits)
			r.Status = st
			switch {
			case st == Late && (o.Status != Late || sev < o.Severity):
				o.Status, o.Severity, o.Rule = Late, sev, rule
			case st == Due && o.Status == Met:
				o.Status = Due
			}
		}
	}
	// Most binding limit first (at most two limits, so a swap will do).
	if len(o.Limits) == 2 && o.Limits[1].Severity < o.Limits[0].Severity {
		o.Limits[0], o.Limits[1] = o.Limits[1], o.Limits[0]
	}
}

// Findings returns one finding for each late obligation (for the copies
// to the other service providers, one for each late copy), made by the
// rule whose limit it passed, at the history path where its date is (or
// would be) recorded, and one statutory finding ([RuleReportAfterPeriod])
// for each annual report recorded as published before its reporting
// period ended, sorted.
func (c Calendar) Findings() part3.Findings {
	var fs part3.Findings
	for _, o := range c.Obligations {
		if o.early.IsValid() {
			fs = append(fs, RuleReportAfterPeriod.Findingf(o.HistoryPath(),
				"The %s annual report is recorded as published on %s, before the reporting period ended on %s; section 13(1) requires the report after the end of each one-year period, so that publication does not meet it",
				o.ReportingPeriod, o.early, o.ReportingPeriod.End()))
		}
		if o.Status != Late {
			continue
		}
		r, ok := ruleByID(o.Rule)
		if !ok {
			continue
		}
		if len(o.Recipients) == 0 {
			fs = append(fs, r.Finding(o.HistoryPath(), o.Describe(c.AsOf)))
			continue
		}
		l := o.passedLimit()
		for _, rc := range o.Recipients {
			if rc.Status != Late {
				continue
			}
			path := ""
			if p := o.HistoryPath(); p != "" {
				path = part3.PointerJoin(p, rc.HistoryKey())
			}
			fs = append(fs, r.Finding(path, capitalise(o.Subject())+": "+lateWords(rc.Name(), rc.Sent, l, o.limitWords(l), c.AsOf)))
		}
	}
	fs.Sort()
	return fs
}

func ruleByID(id string) (part3.Rule, bool) {
	for _, r := range Rules() {
		if r.ID == id {
			return r, true
		}
	}
	return part3.Rule{}, false
}

// Outstanding returns the deadline obligations not yet done, due or late,
// in order.
func (c Calendar) Outstanding() []Obligation {
	var out []Obligation
	for _, o := range c.Obligations {
		if o.Kind == Deadline && o.Done.IsZero() {
			out = append(out, o)
		}
	}
	return out
}

// Subject names what is owed: "the 2026-2029 plan prepared", "the
// 2026-2029 plan (revision 1) sent to Police Scotland", "the 2026-2027
// annual report published".
func (o Obligation) Subject() string {
	var b strings.Builder
	switch {
	case !o.ReportingPeriod.IsZero():
		fmt.Fprintf(&b, "the %s annual report", o.ReportingPeriod)
	case o.Duty == reviewWindowID:
		fmt.Fprintf(&b, "the review of the %s plans", o.PlanPeriod)
		return b.String()
	default:
		fmt.Fprintf(&b, "the %s plan", o.PlanPeriod)
		if o.Revision > 0 {
			fmt.Fprintf(&b, " (revision %d)", o.Revision)
		}
	}
	switch o.Duty {
	case dutyPrepare.ID:
		b.WriteString(" prepared")
	case dutyMinisters.ID:
		b.WriteString(" sent to the Scottish Ministers")
	case dutyOSP.ID:
		b.WriteString(" sent to each other service provider")
	case dutyPublish.ID, dutyReport.ID:
		b.WriteString(" published")
	case dutyReview.ID:
		b.WriteString(" kept under review")
	}
	return b.String()
}

func recipientWords(id string) string {
	p := service.Provider(id)
	if p.IsOtherServiceProvider() {
		return providerWords(p)
	}
	return id
}

// Describe says where the obligation stands on asOf, in one sentence.
func (o Obligation) Describe(asOf period.Date) string {
	subject := o.Subject()
	switch o.Status {
	case Info:
		return fmt.Sprintf("%s: %s to %s", capitalise(subject), o.Arises, o.Until)
	case Ongoing:
		return fmt.Sprintf("%s: continuing, from %s to %s", capitalise(subject), o.Arises, o.Until)
	}
	var b strings.Builder
	b.WriteString(capitalise(subject))
	b.WriteString(": ")
	relieved := false // whether a relieved limit has been named
	limitWords := func(l Limit) string {
		relieved = relieved || l.RelievedFrom.IsValid()
		return o.limitWords(l)
	}
	switch o.Status {
	case Met:
		fmt.Fprintf(&b, "done %s", o.Done)
		if len(o.Recipients) > 1 {
			fmt.Fprintf(&b, " (the last of %d copies)", len(o.Recipients))
		}
		if len(o.Limits) > 0 {
			fmt.Fprintf(&b, ", within %s", limitWords(o.Limits[0]))
		}
	case Late:
		l := o.passedLimit()
		if len(o.Recipients) == 0 {
			b.WriteString(lateWords("", o.Done, l, limitWords(l), asOf))
			break
		}
		var missing, late []string
		for _, r := range o.Recipients {
			switch {
			case r.Status != Late:
			case r.Sent.IsZero():
				missing = append(missing, r.Name())
			default:
				late = append(late, fmt.Sprintf("%s on %s", r.Name(), r.Sent))
			}
		}
		var parts []string
		switch {
		case len(missing) == len(o.Recipients):
			parts = append(parts, fmt.Sprintf("not sent to any of the %d other service providers", len(missing)))
		case len(missing) > 0:
			parts = append(parts, "not sent to "+strings.Join(missing, ", "))
		}
		if len(late) > 0 {
			parts = append(parts, "sent late to "+strings.Join(late, ", "))
		}
		b.WriteString(strings.Join(parts, "; "))
		fmt.Fprintf(&b, "; the limit was %s", limitWords(l))
		if len(missing) > 0 {
			fmt.Fprintf(&b, ", %d days ago", l.Date.DaysUntil(asOf))
		}
	case Due:
		switch {
		case o.Arises.IsZero() && o.Duty != dutyPrepare.ID:
			b.WriteString("due as soon as reasonably practicable after the plan is prepared (it has not been)")
		case len(o.Limits) > 0:
			fmt.Fprintf(&b, "due by %s", limitWords(o.Limits[0]))
		case o.Duty == dutyMinisters.ID || o.Duty == dutyOSP.ID || o.Duty == dutyPublish.ID:
			b.WriteString("due as soon as reasonably practicable") // s.10(7)
		default:
			b.WriteString("due as soon as practicable") // s.13(1)
		}
		if sent := o.sent(); len(o.Recipients) > 0 && o.Arises.IsValid() {
			fmt.Fprintf(&b, "; sent to %d of %d so far", sent, len(o.Recipients))
		}
	}
	if o.Relief != nil && !relieved {
		fmt.Fprintf(&b, " (relief to %s, %s)", o.Relief.Until, o.Relief.Citation)
	}
	return b.String()
}

// sent counts the recipients whose copy has been sent.
func (o Obligation) sent() int {
	n := 0
	for _, r := range o.Recipients {
		if r.Sent.IsValid() {
			n++
		}
	}
	return n
}

// lateWords says how something (to whom, if not "") is late against l,
// named in words.
func lateWords(whom string, done period.Date, l Limit, words string, asOf period.Date) string {
	prefix := ""
	if whom != "" {
		prefix = whom + ": "
	}
	if done.IsValid() {
		return fmt.Sprintf("%sdone %s, %d days after %s", prefix, done, l.Date.DaysUntil(done), words)
	}
	return fmt.Sprintf("%snot done; %s passed %d days ago", prefix, words, l.Date.DaysUntil(asOf))
}

// passedLimit returns the limit that made o late.
func (o Obligation) passedLimit() Limit {
	for _, l := range o.Limits {
		if l.Rule == o.Rule {
			return l
		}
	}
	return Limit{}
}

// limitWords names limit l of o with its date and where it comes from. A
// limit a relief moved is "the relieved limit", with the relief: it is the
// caller's reading, not a date the law sets.
func (o Obligation) limitWords(l Limit) string {
	switch {
	case l.RelievedFrom.IsValid() && o.Relief != nil:
		return fmt.Sprintf("%s (the relieved limit: relief to %s, %s)", l.Date, o.Relief.Until, o.Relief.Citation)
	case l.RelievedFrom.IsValid():
		return fmt.Sprintf("%s (the relieved limit)", l.Date)
	case l.Rule == RulePlanInPlace.ID:
		return fmt.Sprintf("%s (the day before the period starts: %s as guidance para 101 reads it)", l.Date, l.Citation())
	case l.Severity == part3.Statutory:
		return fmt.Sprintf("%s (the statutory limit, %s)", l.Date, l.Citation())
	case l.Severity == part3.Guidance:
		return fmt.Sprintf("%s (the guidance's target, %s)", l.Date, l.Citation())
	}
	return fmt.Sprintf("%s (the local policy limit)", l.Date)
}
