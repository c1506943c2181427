package duty

import (
	"fmt"
	"time"

	"github.com/csplanning/part3/period"
)

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
