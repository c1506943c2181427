package duty

import (
	"cmp"
	"slices"
	"sync"
	"time"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// calendar duties, looked up once.
var (
	dutyPrepare   = mustLookup("s8-prepare-plan")
	dutyMinisters = mustLookup("s10-copy-to-ministers")
	dutyOSP       = mustLookup("s10-copy-to-other-service-providers")
	dutyPublish   = mustLookup("s10-publish-plan")
	dutyReview    = mustLookup("s11-keep-under-review")
	dutyReport    = mustLookup("s13-annual-report")
)

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
	gr         grader             // grades the duties owed as soon as (reasonably) practicable
	councils   [1]service.Council // c, as a list
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
		n, nLimits, nRecipients = n+4, nLimits+7, nRecipients+len(b.register(b.preparedOrStart(p, rec)))
		if rec != nil {
			for k, r := range rec.Revisions {
				if r.Revised.After(b.asOf) {
					b.unverified = b.unverified || len(r.SentToOtherServiceProviders) > 0
					continue // not yet revised on asOf
				}
				groups = append(groups, group{key: r.Revised, kind: groupRevision, plan: p, planIdx: int16(idx), rev: int16(k + 1)})
				n, nLimits, nRecipients = n+3, nLimits+6, nRecipients+len(b.register(r.Revised))
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
			n, nLimits = n+1, nLimits+3
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
	b.limits = make([]Limit, 0, nLimits+len(b.gr.facts))
	b.recipients = make([]Recipient, 0, nRecipients)
	for _, g := range groups {
		switch g.kind {
		case groupPlan:
			b.plan(g.plan, int(g.planIdx))
		case groupRevision:
			r := b.h.Plans[g.planIdx].Revisions[g.rev-1]
			b.distribution(g.plan, int(g.planIdx), int(g.rev), r.Revised, r.Distribution, true)
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
func (b *builder) limit(o *Obligation, d period.Date, r part3.Rule, basis Basis) {
	start := len(b.limits) - len(o.Limits)
	b.limits = append(b.limits, Limit{Date: d, Severity: r.Severity, Rule: r.ID, Basis: basis})
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
