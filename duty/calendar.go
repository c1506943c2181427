package duty

import (
	"fmt"
	"slices"
	"sync"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

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
// 1 April 2017 to ctx.AsOf, and the next ones, with their status on that
// day, from what history h records. An obligation of a plan period or
// reporting period the history has no record of (the zero History has
// none) is not recorded: no status but that, and no finding. Where there
// is a record, a date it does not give means not done, and a date after
// ctx.AsOf means not yet done. For each plan period up to the one after
// the as-of date's:
//
//   - the plan prepared before the period starts (s.8(1) as guidance para
//     101 reads it; late is statutory);
//   - a copy to the Scottish Ministers, a copy to each other service
//     provider on the register the day it was prepared, and publication,
//     each "as soon as reasonably practicable" after it is prepared
//     (s.10(7)), graded as [Timely.Grade] grades them: the Act sets no
//     number, so late is practice past the context's policy limit for
//     copies, and statutory only past a day the context states as a fact
//     or once the plan's period has ended;
//   - the same three for each revised plan in the history (guidance para
//     119);
//   - keeping the plan under review (s.11(1)(a)), for the period containing
//     the as-of date only, as a continuing duty;
//   - the Scottish Government's review window, April to October of the year
//     the plan was sent to the Ministers or else the year the period
//     starts (guidance para 6), as information, for plans from 2020.
//
// For each reporting period begun by the as-of date, the annual report as
// soon as practicable after it ends (s.13(1)), graded the same way: late
// past the end of June after it is guidance (paras 125, 129) and past the
// context's policy limit for reports is practice (neither for 2017-2020
// plans, which the 2nd edition does not cover); statutory past a day the
// context states, or once the following one-year period has ended. A
// report recorded as published before its period ended does not meet
// s.13(1): the obligation stays owed and [Calendar.Findings] says so.
//
// Periods are listed only up to the one after the as-of date's: a plan or
// report the history records for a later period is not listed (its
// recipients are still checked).
//
// A relief (h.Reliefs and ctx.Reliefs) moves every limit of the
// obligations it names but a stated fact's to its Until day at the latest.
// A fact about a joint plan names all its council areas; the calendar
// applies one that names c. A history for
// another council, a copy recorded as sent to a provider not on the
// register that day, or a record [History.Validate] refuses (a period
// recorded twice, a date out of order) is an error; a history built in
// code may leave its kind and council unset. So is an as-of date in no plan period, before
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
		reliefs: append(slices.Clone(h.Reliefs), ctx.Reliefs...), councils: [1]service.Council{c},
	}
	// A fact about a joint plan names every council area of it; the
	// calendar, one council's, applies a fact that names its own.
	b.gr = grader{asOf: asOf, policy: ctx.Policy, reliefs: b.reliefs, facts: ctx.Facts.TimePassed, council: c}
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

// Outstanding returns the deadline obligations the history shows not yet
// done, due or late, in order. An obligation not recorded is not among
// them: the history does not say it is undone.
func (c Calendar) Outstanding() []Obligation {
	var out []Obligation
	for _, o := range c.Obligations {
		if o.Kind == Deadline && o.Done.IsZero() && o.Status != NotRecorded {
			out = append(out, o)
		}
	}
	return out
}
