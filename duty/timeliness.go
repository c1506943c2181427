package duty

import (
	"fmt"
	"slices"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/internal/suggest"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// Timely is one duty the Act says is owed "as soon as reasonably
// practicable" or "as soon as practicable" after an event, for one
// partnership: a copy of a plan (or a revised plan) to the Scottish
// Ministers or to an other service provider, or its publication, after it
// is prepared (s.10(7)); or the annual report on a one-year period, after
// the period ends (s.13(1)).
//
// Neither the Act nor the guidance puts a number on either phrase
// (guidance para 102), so [Timely.Grade] grades such a duty in one way,
// which the calendar, package plan and package report all use:
//
//   - done by the judgement date, and within every limit: met;
//   - not done, and no limit passed: due (outstanding);
//   - past the partnership's own limit, or the module's default where it
//     sets none ([judgement.Policy]), or past the guidance's end-of-June
//     target for an annual report: late, at practice or guidance severity,
//     never a breach of the Act;
//   - past the day by which the caller states it was (reasonably)
//     practicable to do it ([judgement.TimePassed]: a court's, the
//     Scottish Ministers' or the partnership's own finding): late, a
//     breach of the Act, quoting who found it;
//   - past the outer bound: late, a breach of the Act. For section 10(7)
//     the bound is the end of the three-year period the plan is for, and
//     for section 13(1) the end of the one-year period after the one
//     reported on. These are the engine's reading, not numbers in the Act:
//     no reading of "as soon as (reasonably) practicable" outlasts the
//     period the plan is for, or a whole further year.
//
// A record dated before the duty arose (a copy or a publication of a draft,
// before the plan was prepared) does not meet it, and a record dated after
// the judgement date is not yet done. A caller's [judgement.Relief] moves
// the policy limit, the guidance's target and the outer bound to its last
// day if that is later; it does not move a day the caller states as a fact,
// which is a finding of when the time actually ran out.
//
// The guidance's reading of "as soon as reasonably practicable" (para 102)
// and its target for annual reports (paras 125 and 129) are in its 2nd
// edition, which applies to plans from 1 April 2020: the policy limit and
// the target are not applied to a 2017-2020 plan or its reports.
type Timely struct {
	// Duty is the catalogue ID of the duty: "s10-copy-to-ministers",
	// "s10-copy-to-other-service-providers", "s10-publish-plan" or
	// "s13-annual-report".
	Duty string
	// Councils are the council areas of the partnership, all of them: a
	// fact the caller states ([judgement.TimePassed]) applies when it
	// names the same ones.
	Councils []service.Council
	// PlanPeriod is the three-year period of the plan, for a section 10(7)
	// duty; for the annual report it may be left zero (it is the plan
	// period of the reporting period).
	PlanPeriod period.PlanPeriod
	// Revision is, for a section 10(7) duty, the revision of the plan: 0
	// for the plan as first prepared.
	Revision int
	// ReportingPeriod is the one-year period of the annual report.
	ReportingPeriod period.ReportingPeriod
	// Arises is the day the duty arises: the day the plan (or revised
	// plan) was prepared. For the annual report it may be left zero: it
	// is the day after the reporting period ends. Zero for a section 10(7)
	// duty means the plan has not been prepared, and nothing is yet owed.
	Arises period.Date
}

// IsTimely reports whether the duty with catalogue ID id is one [Timely]
// grades: owed as soon as (reasonably) practicable after an event.
func IsTimely(id string) bool {
	switch id {
	case judgement.DutyCopyToMinisters, judgement.DutyCopyToOtherProviders, judgement.DutyPublishPlan, judgement.DutyAnnualReport:
		return true
	}
	return false
}

func (t Timely) isReport() bool { return t.Duty == judgement.DutyAnnualReport }

// arises returns the day the duty arises: t.Arises, or for the annual
// report the day after its period ends.
func (t Timely) arises() period.Date {
	if t.isReport() && t.Arises.IsZero() && t.ReportingPeriod.IsValid() {
		return dayAfter(t.ReportingPeriod)
	}
	return t.Arises
}

// planPeriod returns the plan period the duty belongs to.
func (t Timely) planPeriod() period.PlanPeriod {
	if t.isReport() && t.ReportingPeriod.IsValid() {
		return t.ReportingPeriod.PlanPeriod()
	}
	return t.PlanPeriod
}

// timelyRules returns the statutory rule of duty id and its practice rule
// (the partnership's own limit or the module's default).
func timelyRules(id string) (statutory, practice part3.Rule) {
	switch id {
	case judgement.DutyCopyToMinisters:
		return ruleCopyToMinisters, ruleCopyToMinistersWithinPolicy
	case judgement.DutyCopyToOtherProviders:
		return ruleCopyToOtherServiceProviders, ruleCopyToOtherServiceProvidersWithinPolicy
	case judgement.DutyPublishPlan:
		return rulePublishPlan, rulePublishPlanWithinPolicy
	}
	return rulePublishAnnualReport, ruleReportWithinPolicy
}

// Basis says what a [Limit] rests on. The zero Basis is unset.
type Basis uint8

const (
	// BasisAct: the Act's words as the guidance reads them: the plan in
	// place before its period starts (s.8(1), guidance para 101).
	BasisAct Basis = iota + 1
	// BasisGuidance: a target the guidance sets: the end of June for an
	// annual report (guidance paras 125 and 129).
	BasisGuidance
	// BasisPartnershipPolicy: a number of days the partnership set itself
	// ([judgement.Policy]).
	BasisPartnershipPolicy
	// BasisModuleDefault: the module's default number of days, where the
	// partnership set none. No law or guidance sets it.
	BasisModuleDefault
	// BasisStatedFact: the day by which, the caller states, it was
	// (reasonably) practicable to do it ([judgement.TimePassed]).
	BasisStatedFact
	// BasisOuterBound: the engine's outer bound on "as soon as
	// (reasonably) practicable": the end of the plan's period (s.10(7)),
	// or of the one-year period after the one reported on (s.13(1)).
	BasisOuterBound
)

var basisNames = [...]string{"", "act", "guidance", "partnership-policy", "module-default", "stated-fact", "outer-bound"}

// IsValid reports whether b is one of the defined bases.
func (b Basis) IsValid() bool { return b >= BasisAct && b <= BasisOuterBound }

// String returns the text form, "" for the zero Basis.
func (b Basis) String() string {
	if int(b) < len(basisNames) {
		return basisNames[b]
	}
	return fmt.Sprintf("Basis(%d)", uint8(b))
}

// MarshalText implements [encoding.TextMarshaler].
func (b Basis) MarshalText() ([]byte, error) {
	if b != 0 && !b.IsValid() {
		return nil, fmt.Errorf("duty: invalid basis %d", uint8(b))
	}
	return []byte(b.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler].
func (b *Basis) UnmarshalText(text []byte) error {
	for i := BasisAct; i <= BasisOuterBound; i++ {
		if basisNames[i] == string(text) {
			*b = i
			return nil
		}
	}
	return &part3.InputError{Category: part3.ErrInvalidValue, Err: fmt.Errorf("basis %q%s", text, suggest.Phrase(string(text), basisNames[1:])),
		Expected: `"act", "guidance", "partnership-policy", "module-default", "stated-fact" or "outer-bound"`}
}

// Grade is where a [Timely] duty stands on a day: its status, the limits
// it is judged against and the one it passed, and what the record says.
type Grade struct {
	Timely
	// AsOf is the day it is graded on.
	AsOf period.Date
	// Status is Met, Due (outstanding) or Late.
	Status Status
	// Severity is how binding the limit passed is; zero unless Late.
	Severity part3.Severity
	// Rule is the ID of the rule (of this package) whose limit was
	// passed; "" unless Late.
	Rule string
	// Limits are every limit on the duty, most binding first. None while
	// the duty has not arisen.
	Limits []Limit
	// Done is the day it was done; zero if it was not done by AsOf.
	Done period.Date
	// Recorded is the date the record gives, whether or not it counts:
	// it may be before the duty arose (a draft's) or after AsOf (not yet
	// done).
	Recorded period.Date
	// Relief is the caller's relief that moved a limit, if one did.
	Relief *judgement.Relief
}

// Grade grades t on ctx.AsOf, done on the day recorded (zero: the record
// gives no date), under ctx's policy, reliefs and facts. See [Timely].
func (t Timely) Grade(recorded period.Date, ctx judgement.Context) Grade {
	gr := grader{asOf: ctx.AsOf, policy: ctx.Policy, reliefs: ctx.Reliefs, facts: ctx.Facts.TimePassed}
	// The limits, at most four, are found in place and kept in a slice of
	// their number: one allocation, none for no limit.
	var buf [4]Limit
	found, relief := gr.limits(buf[:0], t)
	var limits []Limit
	if len(found) > 0 {
		limits = slices.Clone(found)
	}
	g := Grade{Timely: t, AsOf: ctx.AsOf, Limits: limits, Recorded: recorded, Relief: relief}
	g.Done = gr.done(recorded, t.arises())
	g.Status, g.Severity, g.Rule = gradeStatus(g.Done, g.AsOf, limits)
	return g
}

// grader holds what grading takes from the judgement context.
type grader struct {
	asOf    period.Date
	policy  judgement.Policy
	reliefs []judgement.Relief
	facts   []judgement.TimePassed
	// council, when set, makes a fact apply when it names this council
	// area among others: the calendar, which is one council's, applies a
	// fact about the joint plan its council shares. Zero: a fact must
	// name exactly the duty's council areas.
	council service.Council
}

// done returns the day recorded if it counts as done by g.asOf: not after
// it, and not before the duty arose.
func (g grader) done(recorded, arises period.Date) period.Date {
	if recorded.IsZero() || recorded.After(g.asOf) || arises.IsValid() && recorded.Before(arises) {
		return period.Date{}
	}
	return recorded
}

// fact returns the caller's fact about t, if any.
func (g grader) fact(t Timely) (judgement.TimePassed, bool) {
	for _, f := range g.facts {
		if f.Duty != t.Duty {
			continue
		}
		if t.isReport() {
			if f.ReportingPeriod != t.ReportingPeriod {
				continue
			}
		} else if f.PlanPeriod != t.PlanPeriod || f.Revision != t.Revision {
			continue
		}
		if g.council.IsValid() && slices.Contains(f.Councils, g.council) || g.council.IsZero() && sameCouncils(f.Councils, t.Councils) {
			return f, true
		}
	}
	return judgement.TimePassed{}, false
}

// sameCouncils reports whether a and b hold the same council areas, in any
// order.
func sameCouncils(a, b []service.Council) bool {
	if len(a) != len(b) {
		return false
	}
	for _, c := range a {
		if !slices.Contains(b, c) {
			return false
		}
	}
	return true
}

// outerBound returns the engine's outer bound on t (see [Timely]): the end
// of the plan's period for section 10(7), but never before the day the
// duty arose; the end of the next one-year period for section 13(1). It
// is zero (no bound) when the period is not a valid one.
func (t Timely) outerBound() period.Date {
	if t.isReport() {
		if !t.ReportingPeriod.IsValid() {
			return period.Date{}
		}
		return t.ReportingPeriod.End().AddYears(1)
	}
	if !t.PlanPeriod.IsValid() {
		return period.Date{}
	}
	end := t.PlanPeriod.End()
	if a := t.arises(); a.After(end) {
		return a
	}
	return end
}

// limits appends t's limits to dst, most binding first, with any relief
// applied, and returns the relief that moved one.
func (g grader) limits(dst []Limit, t Timely) ([]Limit, *judgement.Relief) {
	arises := t.arises()
	if arises.IsZero() {
		return dst, nil // the plan is not prepared: nothing is owed yet
	}
	start := len(dst)
	statutory, practice := timelyRules(t.Duty)
	if f, ok := g.fact(t); ok {
		dst = append(dst, Limit{Date: f.By, Severity: statutory.Severity, Rule: statutory.ID, Basis: BasisStatedFact, Source: f.Source})
	}
	if b := t.outerBound(); b.IsValid() {
		dst = append(dst, Limit{Date: b, Severity: statutory.Severity, Rule: statutory.ID, Basis: BasisOuterBound})
	}
	if pp := t.planPeriod(); pp.GuidanceApplies() {
		if t.isReport() {
			// The end of June after the period (guidance paras 125, 129).
			if target := t.ReportingPeriod.ReportTargetDay(); target.IsValid() {
				dst = append(dst, Limit{Date: target, Severity: ruleReportByEndOfJune.Severity, Rule: RuleReportByEndOfJuneID, Basis: BasisGuidance})
			}
		}
		lim, from := g.policy.Copy(), arises
		if t.isReport() {
			lim, from = g.policy.Report(), t.ReportingPeriod.End()
		}
		if lim.Set {
			basis := BasisModuleDefault
			if lim.Own {
				basis = BasisPartnershipPolicy
			}
			dst = append(dst, Limit{Date: from.AddDays(lim.Days), Severity: practice.Severity, Rule: practice.ID, Basis: basis, Days: lim.Days})
		}
	}
	relief := relieve(dst[start:], g.reliefs, t.Duty, t.planPeriod(), t.ReportingPeriod)
	sortLimits(dst[start:])
	return dst, relief
}

// relieve moves each limit in ls but a stated fact's to the last day of a
// relief in rs for duty id (in plan period pp or, for the annual report,
// reporting period rp) when that is later, and returns the relief that
// moved one last, or nil. A relief that moves nothing is not returned.
func relieve(ls []Limit, rs []judgement.Relief, id string, pp period.PlanPeriod, rp period.ReportingPeriod) *judgement.Relief {
	var moved *judgement.Relief
	for i := range rs {
		r := &rs[i]
		if r.Duty != id || !r.PlanPeriod.IsZero() && (r.PlanPeriod != pp || !rp.IsZero()) ||
			!r.ReportingPeriod.IsZero() && r.ReportingPeriod != rp {
			continue
		}
		for j := range ls {
			if l := &ls[j]; l.Basis != BasisStatedFact && l.Date.Before(r.Until) {
				if l.RelievedFrom.IsZero() {
					l.RelievedFrom = l.Date
				}
				l.Date = r.Until
				moved = r
			}
		}
	}
	return moved
}

// sortLimits sorts ls most binding first: by severity, a stated fact
// before the outer bound, then by date. There are at most four.
func sortLimits(ls []Limit) {
	for i := 1; i < len(ls); i++ {
		for j := i; j > 0 && ls[j].before(ls[j-1]); j-- {
			ls[j], ls[j-1] = ls[j-1], ls[j]
		}
	}
}

func (l Limit) before(m Limit) bool {
	if l.Severity != m.Severity {
		return l.Severity < m.Severity
	}
	if l.Basis != m.Basis {
		return l.Basis < m.Basis // a stated fact before the outer bound
	}
	return l.Date.Before(m.Date)
}

// gradeStatus judges something done on done (zero if not) against limits
// on asOf: late with the most binding limit passed (the first, in the
// order of sortLimits), met, or due.
func gradeStatus(done, asOf period.Date, limits []Limit) (Status, part3.Severity, string) {
	st, sev, rule := Due, part3.Severity(0), ""
	if done.IsValid() {
		st = Met
	}
	for _, l := range limits {
		if l.passed(done, asOf) && (sev == 0 || l.Severity < sev) {
			st, sev, rule = Late, l.Severity, l.Rule
		}
	}
	return st, sev, rule
}

// passed reports whether l was passed by something done on done (zero if
// not done) as of asOf.
func (l Limit) passed(done, asOf period.Date) bool {
	return done.IsValid() && done.After(l.Date) || done.IsZero() && asOf.After(l.Date)
}

// Passed returns the limit g passed: the first of its limits, in order,
// with its rule that was passed; the zero Limit unless g is Late.
func (g Grade) Passed() Limit { return passedLimit(g.Limits, g.Rule, g.Done, g.AsOf) }

func passedLimit(ls []Limit, rule string, done, asOf period.Date) Limit {
	if rule == "" {
		return Limit{}
	}
	for _, l := range ls {
		if l.Rule == rule && l.passed(done, asOf) {
			return l
		}
	}
	return Limit{}
}

// Draft reports whether the record predates the day the duty arose: a
// copy or a publication of a draft, before the plan was prepared, which
// does not meet the duty.
func (g Grade) Draft() bool {
	a := g.arises()
	return g.Recorded.IsValid() && a.IsValid() && g.Recorded.Before(a)
}

// Future reports whether the record is dated after the judgement date: on
// that date, it has not yet been done.
func (g Grade) Future() bool { return g.Recorded.After(g.AsOf) }

// Subject names what is owed: "the 2026-2029 plan sent to the Scottish
// Ministers", "the 2026-2029 plan (revision 1) published", "the 2026-2027
// annual report published".
func (t Timely) Subject() string {
	o := Obligation{Duty: t.Duty, PlanPeriod: t.PlanPeriod, Revision: t.Revision, ReportingPeriod: t.ReportingPeriod}
	return o.Subject()
}

// Reason says, in words, why g has its status: what was done and when,
// what the record says if it does not count, and the limit it met or
// passed with what the limit rests on.
func (g Grade) Reason() string {
	var b strings.Builder
	g.reason(&b, "")
	return b.String()
}

// reason writes g's reason; whom names the recipient of a copy, if the
// words are for one of several.
func (g Grade) reason(b *strings.Builder, whom string) {
	if whom != "" {
		b.WriteString(whom)
		b.WriteString(": ")
	}
	switch g.Status {
	case Met:
		fmt.Fprintf(b, "%s on %s", g.deedWords(), g.Done)
		if l, ok := firstLimit(g.Limits); ok {
			fmt.Fprintf(b, ", within %s", limitWords(l, g.Timely, g.Relief))
		}
		return
	case Due:
		if g.arises().IsZero() {
			b.WriteString("owed once the plan is prepared, which it has not been")
			g.recordWords(b)
			return
		}
		fmt.Fprintf(b, "outstanding as of %s", g.AsOf)
		g.recordWords(b)
		if l, ok := firstLimit(g.Limits); ok {
			fmt.Fprintf(b, "; the first limit is %s", limitWords(l, g.Timely, g.Relief))
		}
		return
	}
	l := g.Passed()
	if g.Done.IsValid() {
		fmt.Fprintf(b, "%s on %s, %s past %s", g.deedWords(), g.Done, days(l.Date.DaysUntil(g.Done)), limitWords(l, g.Timely, g.Relief))
		return
	}
	fmt.Fprintf(b, "not %s as of %s", g.deedWords(), g.AsOf)
	g.recordWords(b)
	fmt.Fprintf(b, ", %s past %s", days(l.Date.DaysUntil(g.AsOf)), limitWords(l, g.Timely, g.Relief))
}

// recordWords says why a record that gives a date does not count.
func (g Grade) recordWords(b *strings.Builder) {
	switch {
	case g.Future():
		fmt.Fprintf(b, " (the record of it, dated %s, lies in the future: on %s it is not yet %s)", g.Recorded, g.AsOf, g.deedWords())
	case g.Draft() && g.isReport():
		fmt.Fprintf(b, " (the report recorded as published on %s came before the period ended on %s: it is not the report on the whole period that section 13(1) requires)",
			g.Recorded, g.ReportingPeriod.End())
	case g.Draft():
		fmt.Fprintf(b, " (the record of it, dated %s, is before the plan was prepared on %s: what was %s then was a draft, which does not meet the duty)",
			g.Recorded, g.arises(), g.deedWords())
	}
}

// deedWords names what was done: "sent" or "published".
func (t Timely) deedWords() string {
	if t.Duty == judgement.DutyPublishPlan || t.isReport() {
		return "published"
	}
	return "sent"
}

// firstLimit returns the limit with the earliest date, for words about
// what is met or due.
func firstLimit(ls []Limit) (Limit, bool) {
	if len(ls) == 0 {
		return Limit{}, false
	}
	first := ls[0]
	for _, l := range ls[1:] {
		if l.Date.Before(first.Date) {
			first = l
		}
	}
	return first, true
}

// Message is the sentence of a finding about g: subject (as
// [Timely.Subject] words it), the reason, and the law.
func (g Grade) Message(subject string) string {
	var b strings.Builder
	b.WriteString(capitalise(subject))
	b.WriteString(": ")
	g.reason(&b, "")
	b.WriteString("; ")
	b.WriteString(g.lawWords())
	return b.String()
}

// lawWords says what the Act requires of the duty, and for a practice
// finding what the guidance says of it and that no law sets the number.
func (g Grade) lawWords() string {
	var s string
	switch g.Duty {
	case judgement.DutyCopyToMinisters:
		s = "section 10(7)(a)(i) requires a copy of the prepared plan to be sent to the Scottish Ministers as soon as reasonably practicable after it is prepared"
	case judgement.DutyCopyToOtherProviders:
		s = "section 10(7)(a)(ii) requires a copy of the prepared plan to be sent to each of the other service providers as soon as reasonably practicable after it is prepared"
	case judgement.DutyPublishPlan:
		s = "section 10(7)(b) requires the prepared plan to be published as soon as reasonably practicable after it is prepared"
	default:
		s = "section 13(1) requires the annual report to be published as soon as practicable after the end of each one-year period"
	}
	if g.Revision > 0 && !g.isReport() {
		s += ", and a revised plan as the original (guidance paras 103 and 119)"
	}
	switch g.Severity {
	case part3.Practice:
		if g.isReport() {
			s += `; guidance para 125 asks for delay after the period to be kept to "the absolute minimum"; no law or guidance sets a number of days, so this is not a breach of the Act`
		} else {
			s += `; guidance para 102 reads that as "as soon as possible, in view of other duties, functions and commitments", with publication and dissemination a priority; no law or guidance sets a number of days, so this is not a breach of the Act`
		}
	case part3.Guidance:
		s += "; the guidance hopes for the report by the end of June (paras 125 and 129), which is not a breach of the Act"
	}
	return s
}

// limitWords names limit l of duty t with its date and what it rests on.
// A limit a relief moved is "the relieved limit", with the relief: it is
// the caller's reading, not a date the law sets.
func limitWords(l Limit, t Timely, relief *judgement.Relief) string {
	switch {
	case l.RelievedFrom.IsValid() && relief != nil:
		return fmt.Sprintf("%s (the relieved limit: relief to %s, %s)", l.Date, relief.Until, relief.Citation)
	case l.RelievedFrom.IsValid():
		return fmt.Sprintf("%s (the relieved limit)", l.Date)
	}
	practicable := "as soon as reasonably practicable"
	if t.isReport() {
		practicable = "as soon as practicable"
	}
	switch l.Basis {
	case BasisAct:
		return fmt.Sprintf("%s (the day before the period starts: %s as guidance para 101 reads it)", l.Date, l.Citation())
	case BasisGuidance:
		return fmt.Sprintf("%s (the guidance's end-of-June target, guidance paras 125 and 129)", l.Date)
	case BasisPartnershipPolicy, BasisModuleDefault:
		lim := judgement.Limit{Days: l.Days, Set: true, Own: l.Basis == BasisPartnershipPolicy}
		after := "the plan was prepared on " + t.arises().String()
		if t.isReport() {
			after = "the period ended on " + t.ReportingPeriod.End().String()
		}
		return fmt.Sprintf("%s, %s after %s", l.Date, lim, after)
	case BasisStatedFact:
		return fmt.Sprintf("%s (the last day by which it was %s, as stated: %s)", l.Date, strings.TrimPrefix(practicable, "as soon as "), l.Source)
	case BasisOuterBound:
		if t.isReport() {
			return fmt.Sprintf("%s (the end of the one-year period after the one reported on: the engine's reading is that %q never outlasts a whole further year; the Act sets no number)", l.Date, practicable)
		}
		return fmt.Sprintf("%s (the end of the plan's period %s: the engine's reading is that %q never outlasts the period the plan is for; the Act sets no number)", l.Date, t.PlanPeriod, practicable)
	}
	switch l.Severity {
	case part3.Statutory:
		return fmt.Sprintf("%s (the statutory limit, %s)", l.Date, l.Citation())
	case part3.Guidance:
		return fmt.Sprintf("%s (the guidance's target, %s)", l.Date, l.Citation())
	}
	return fmt.Sprintf("%s (the partnership's limit)", l.Date)
}

// days words n days.
func days(n int) string {
	if n == 1 {
		return "1 day"
	}
	return fmt.Sprintf("%d days", n)
}
