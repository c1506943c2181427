package duty

import (
	"encoding/json"
	"fmt"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/suggest"
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
	return &part3.InputError{Category: part3.ErrInvalidValue, Err: fmt.Errorf("kind %q%s", text, suggest.Phrase(string(text), kindNames[1:])),
		Expected: `"deadline", "continuing" or "information"`}
}

// Status is where an obligation stands on the calendar's date. The zero
// Status is unset.
type Status uint8

const (
	// Met: done, and not late by any limit.
	Met Status = iota + 1
	// Due: not done, and not yet late: outstanding.
	Due
	// Late: done after a limit, or not done and a limit has passed. The
	// obligation's Severity says how binding the limit is.
	Late
	// Ongoing: a continuing duty in force on the date.
	Ongoing
	// Info: an information item.
	Info
	// NotRecorded: the history says nothing of the obligation, having no
	// record of its plan period or reporting period (or no record at
	// all). Nothing recorded is not lateness: the obligation has no
	// severity, and [Calendar.Findings] makes no finding of it. A record
	// that is there but gives no date for something says it has not been
	// done, and that is graded.
	NotRecorded
)

var statusNames = [...]string{"", "met", "due", "late", "ongoing", "information", "not-recorded"}

// IsValid reports whether s is one of the defined statuses.
func (s Status) IsValid() bool { return s >= Met && s <= NotRecorded }

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
	for i := Met; i <= NotRecorded; i++ {
		if statusNames[i] == string(text) {
			*s = i
			return nil
		}
	}
	return &part3.InputError{Category: part3.ErrInvalidValue, Err: fmt.Errorf("status %q%s", text, suggest.Phrase(string(text), statusNames[1:])),
		Expected: `"met", "due", "late", "ongoing", "information" or "not-recorded"`}
}

// Limit is a date past which an obligation is late, how binding it is and
// what it rests on. Its JSON form has the keys date, severity, rule,
// basis, days, source, relieved_from, citation and url.
type Limit struct {
	// Date is the last day on which doing it is not late.
	Date period.Date `json:"date"`
	// Severity says how binding the limit is: statutory (the Act, as the
	// guidance reads it; a fact the caller states; the engine's outer
	// bound on "as soon as (reasonably) practicable"), guidance (a target
	// in the guidance) or practice (the partnership's own number of days,
	// or the module's default where it sets none).
	Severity part3.Severity `json:"severity"`
	// Rule is the ID of the rule that sets the limit.
	Rule string `json:"rule"`
	// Basis says what the limit rests on ([Basis]).
	Basis Basis `json:"basis"`
	// Days is, for a limit of the partnership's own or the module's
	// default, its number of days after the duty arose (for an annual
	// report, after its period ended); zero otherwise.
	Days int `json:"days,omitzero"`
	// Source is, for a limit the caller states as a fact, who found it
	// and where ([judgement.TimePassed]); "" otherwise.
	Source string `json:"source,omitzero"`
	// RelievedFrom is the limit's date before a caller's relief moved it
	// to Date; zero when no relief moved it. A relieved limit is the
	// caller's reading, never the deadline the law sets.
	RelievedFrom period.Date `json:"relieved_from,omitzero"`
}

// Citation returns where the limit comes from: its rule's citation.
func (l Limit) Citation() part3.Citation {
	r, _ := LookupRule(l.Rule)
	return r.Citation
}

// MarshalJSON implements [json.Marshaler] with the keys date, severity,
// rule, citation and url (the address of the text cited).
func (l Limit) MarshalJSON() ([]byte, error) {
	type plain Limit
	c := l.Citation()
	return json.Marshal(struct {
		plain
		Citation part3.Citation `json:"citation"`
		URL      string         `json:"url,omitempty"`
	}{plain(l), c, c.URL()})
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
	// Status is met, due, late, ongoing, information or not-recorded.
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
	// recorded is the day the history records it as done when that is
	// after the calendar's date (so not yet done); zero otherwise.
	recorded period.Date
}

// PublishedBeforePeriodEnded returns the day the history records an annual
// report as published before its reporting period ended, and true; such a
// publication is not the report section 13(1) requires "after the end of
// each one-year period", so the obligation stays unmet (Done is zero) and
// [Calendar.Findings] reports it under [RuleReportAfterPeriodID].
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

// MarshalJSON implements [json.Marshaler]: the fields, with citation, url
// (the address of the text cited) and what after duty, and history_path
// ([Obligation.HistoryPath]) last.
func (o Obligation) MarshalJSON() ([]byte, error) {
	type plain Obligation
	c := o.Citation()
	return json.Marshal(struct {
		Duty     string         `json:"duty"`
		Citation part3.Citation `json:"citation"`
		URL      string         `json:"url,omitempty"`
		What     string         `json:"what"`
		plain
		HistoryPath string `json:"history_path,omitempty"`
	}{o.Duty, c, c.URL(), o.What(), plain(o), o.HistoryPath()})
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
	// Status is met, due, late or not-recorded, judged against the
	// obligation's limits.
	Status Status `json:"status"`
	// Severity is how binding the most binding limit its copy passed is;
	// zero unless Status is Late.
	Severity part3.Severity `json:"severity,omitzero"`
	// Rule is the ID of the rule whose limit made its copy late; "" unless
	// Late.
	Rule string `json:"rule,omitzero"`

	key      string      // the history's key for it, "" for ID
	recorded period.Date // the day recorded, when after the calendar's date
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
