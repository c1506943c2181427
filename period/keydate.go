package period

import (
	"fmt"
	"slices"
	"time"

	"github.com/csplanning/part3"
)

// KeyDate is a date that Part 3 or its statutory guidance attaches to a
// period, with the provision it comes from. Its JSON form is an object with
// the keys name, date and citation.
//
// A key date whose Citation is the guidance (FromGuidance) comes from the
// 2nd edition (2020), which relates to plans from 1 April 2020 onwards
// (guidance para 1): it does not apply to the 2017-2020 plan period or its
// reporting periods. The KeyDates functions leave such dates out there; the
// functions that return one key date do not, so check
// [PlanPeriod.GuidanceApplies] before you use one.
//
// The zero KeyDate is unset.
type KeyDate struct {
	Name     string         `json:"name"`     // what falls due, in plain words
	Date     Date           `json:"date"`     // the day
	Citation part3.Citation `json:"citation"` // where it comes from
}

// FromGuidance reports whether k comes from the statutory guidance rather
// than the Act: a target or a practice, not a legal deadline.
func (k KeyDate) FromGuidance() bool { return k.Citation.IsGuidance() }

// IsZero reports whether k is the zero (unset) KeyDate.
func (k KeyDate) IsZero() bool { return k == KeyDate{} }

// String returns k as "2026-03-31 NAME (CITATION)".
func (k KeyDate) String() string {
	return fmt.Sprintf("%s %s (%s)", k.Date, k.Name, k.Citation)
}

// PreparationDeadline returns the last day to prepare the children's
// services plan for p: 31 March before p starts. Section 8(1) requires a
// plan "in respect of each three-year period", and the guidance reads it as
// a plan finalised before the period starts (guidance para 101). The
// period's dates come from section 8(1) with SSI 2016/255, which specified
// 1 April 2017 as the day the first began. The key date cites s.8(1), the
// duty; its name mentions para 101 and SSI 2016/255, or for 2017-2020
// (before the 2nd edition) SSI 2016/255 alone, which set 1 April 2017 as
// the day the first plan was to be in place. The zero PlanPeriod gives the
// zero KeyDate.
func (p PlanPeriod) PreparationDeadline() KeyDate {
	if p.index == 0 {
		return KeyDate{}
	}
	name := fmt.Sprintf("last day to finalise the %s children's services plan (before the period starts on %s, guidance para 101; the periods run from 1 April 2017, SSI 2016/255)", p, p.Start())
	if !p.GuidanceApplies() {
		// The 2nd edition's para 101 does not apply to 2017-2020; the Order
		// itself set the day the first plan was to be in place (para 40).
		name = fmt.Sprintf("last day to finalise the %s children's services plan (to be in place by 1 April 2017, SSI 2016/255)", p)
	}
	return KeyDate{
		Name:     name,
		Date:     p.LastDayToPrepare(),
		Citation: part3.Act("8(1)"),
	}
}

// LastDayToPrepare returns the date of [PlanPeriod.PreparationDeadline]
// without its words: the day before the period starts. A caller that
// needs only the day (a rule judging many plans) makes no name. The zero
// PlanPeriod has none.
func (p PlanPeriod) LastDayToPrepare() Date {
	if p.index == 0 {
		return Date{}
	}
	return p.Start().AddDays(-1)
}

// ReviewWindow returns the first and last days of the Scottish Government's
// review of the plans for p: "between April and October of the year of
// submission" (guidance para 6; Appendix A says the same). The guidance does
// not define the year of submission; this takes it to be the year p starts,
// since a plan must be finalised by 31 March of that year (para 101). Use
// [PlanPeriod.ReviewWindowIn] for another year. Both come from the guidance
// (they do not apply to 2017-2020). The zero PlanPeriod gives zero KeyDates.
func (p PlanPeriod) ReviewWindow() (opens, closes KeyDate) {
	return p.ReviewWindowIn(p.StartYear())
}

// ReviewWindowIn is [PlanPeriod.ReviewWindow] for plans submitted in year:
// 1 April and 31 October of year (guidance para 6). It gives zero KeyDates
// for the zero PlanPeriod or a year outside 1 to 9999.
func (p PlanPeriod) ReviewWindowIn(year int) (opens, closes KeyDate) {
	first, err1 := NewDate(year, time.April, 1)
	last, err2 := NewDate(year, time.October, 31)
	if p.index == 0 || err1 != nil || err2 != nil {
		return KeyDate{}, KeyDate{}
	}
	cite := part3.GuidancePara(6)
	return KeyDate{
			Name:     fmt.Sprintf("Scottish Government review of the %s plans opens (April to October of the year of submission)", p),
			Date:     first,
			Citation: cite,
		}, KeyDate{
			Name:     fmt.Sprintf("Scottish Government review of the %s plans closes", p),
			Date:     last,
			Citation: cite,
		}
}

// KeyDates returns the key dates of p in date order: the preparation
// deadline (s.8(1)), the Scottish Government's review window (guidance para
// 6), and for each of its reporting periods the report's dates
// ([ReportingPeriod.KeyDates]). Dates from the guidance are left out for
// 2017-2020. The zero PlanPeriod has none.
func (p PlanPeriod) KeyDates() []KeyDate {
	if p.index == 0 {
		return nil
	}
	out := make([]KeyDate, 0, 9)
	out = append(out, p.PreparationDeadline())
	if p.GuidanceApplies() {
		opens, closes := p.ReviewWindow()
		out = append(out, opens, closes)
	}
	for _, r := range p.ReportingPeriods() {
		out = append(out, r.KeyDates()...)
	}
	sortKeyDates(out)
	return out
}

// ReportDue returns the key date of the annual report on r: it is due "as
// soon as practicable after the end of" r (s.13(1)), so the date is r's last
// day, 31 March, after which the report falls due. The Act sets no later
// limit; see [ReportingPeriod.ReportTarget] for the guidance's. The zero
// ReportingPeriod gives the zero KeyDate.
func (r ReportingPeriod) ReportDue() KeyDate {
	if r.start == 0 {
		return KeyDate{}
	}
	return KeyDate{
		Name:     fmt.Sprintf("%s reporting period ends: the annual report is due as soon as practicable after it", r),
		Date:     r.End(),
		Citation: part3.Act("13(1)"),
	}
}

// ReportTarget returns the guidance's target for publishing the annual
// report on r: 30 June after r ends. Para 129 hopes reports "will be
// submitted by the end of June each year", and para 125 says they should be
// published "ideally by June"; the key date cites para 129, which names the
// end of June. It is a target, not the law: the Act says only "as soon as
// practicable" (s.13(1)). It comes from the 2nd edition of the guidance and
// does not apply to the reports on 2017-2020 (check
// r.PlanPeriod().GuidanceApplies()). The zero ReportingPeriod gives the zero
// KeyDate.
func (r ReportingPeriod) ReportTarget() KeyDate {
	if r.start == 0 {
		return KeyDate{}
	}
	return KeyDate{
		Name:     fmt.Sprintf("guidance target for publishing the %s annual report (end of June)", r),
		Date:     r.ReportTargetDay(),
		Citation: part3.GuidancePara(129),
	}
}

// ReportTargetDay returns the date of [ReportingPeriod.ReportTarget]
// without its words: 30 June after the period ends. The zero
// ReportingPeriod has none.
func (r ReportingPeriod) ReportTargetDay() Date {
	if r.start == 0 {
		return Date{}
	}
	return Date{r.start + 1, 6, 30}
}

// KeyDates returns the key dates of the annual report on r in date order:
// [ReportingPeriod.ReportDue] and, where the guidance's 2nd edition applies
// (every plan period but 2017-2020), [ReportingPeriod.ReportTarget]. The
// zero ReportingPeriod has none.
func (r ReportingPeriod) KeyDates() []KeyDate {
	if r.start == 0 {
		return nil
	}
	if !r.PlanPeriod().GuidanceApplies() {
		return []KeyDate{r.ReportDue()}
	}
	return []KeyDate{r.ReportDue(), r.ReportTarget()}
}

// KeyDatesFor returns, in date order, the key dates that someone asking on
// d needs:
//
//   - the preparation deadline of the plan for the period containing d
//     (s.8(1)), and the Scottish Government's review window for those plans
//     (guidance para 6);
//   - while the guidance's end-of-June target for the last reporting
//     period's annual report has not passed (1 April to 30 June), that
//     report's dates;
//   - the current reporting period's report dates (s.13(1), guidance para
//     129);
//   - the preparation deadline of the plan for the next period (s.8(1)).
//
// Dates from the guidance are left out where it does not apply (2017-2020).
// A date with no period is a *NoPeriodError, as from [PlanPeriodOf].
func KeyDatesFor(d Date) ([]KeyDate, error) {
	p, err := PlanPeriodOf(d)
	if err != nil {
		return nil, err
	}
	r, _ := ReportingPeriodOf(d)
	out := make([]KeyDate, 0, 8)
	out = append(out, p.PreparationDeadline())
	if p.GuidanceApplies() {
		opens, closes := p.ReviewWindow()
		out = append(out, opens, closes)
	}
	if prev := r.Prev(); !prev.IsZero() && !d.After(prev.ReportTarget().Date) {
		out = append(out, prev.KeyDates()...)
	}
	out = append(out, r.KeyDates()...)
	if next := p.Next(); !next.IsZero() {
		out = append(out, next.PreparationDeadline())
	}
	sortKeyDates(out)
	return out, nil
}

func sortKeyDates(ks []KeyDate) {
	slices.SortStableFunc(ks, func(a, b KeyDate) int { return a.Date.Compare(b.Date) })
}
