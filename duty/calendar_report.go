package duty

import (
	"fmt"

	"github.com/csplanning/part3/period"
)

// report adds the s.13(1) obligation of reporting period r, graded as
// [Timely.Grade] grades it; with no record of the period's report, it is
// not recorded.
func (b *builder) report(r period.ReportingPeriod) {
	idx := -1
	var recorded period.Date
	for i, rec := range b.h.Reports {
		if rec.Period == r {
			idx, recorded = i, rec.Published
			break
		}
	}
	end, after := r.End(), dayAfter(r)
	published := b.upTo(recorded)
	var early period.Date
	if published.IsValid() && !published.After(end) {
		// Published before the period ended: not the report s.13(1)
		// requires after the end of it, so the obligation is not met.
		early = published
	}
	o := b.add(Obligation{Duty: dutyReport.ID, Kind: Deadline,
		PlanPeriod: r.PlanPeriod(), ReportingPeriod: r, Arises: after, Done: b.gr.done(recorded, after),
		OwedBy: b.namesOn(after), planIdx: -1, reportIdx: int16(idx), field: fieldPublished, early: early})
	switch {
	case early.IsValid():
		o.Note = fmt.Sprintf("A report was published on %s, before the reporting period ended on %s; section 13(1) requires the report after the end of each one-year period, so that publication does not meet it, and the obligation is still owed.", early, end)
	case recorded.After(b.asOf):
		o.recorded = recorded
	}
	b.timelyLimits(o, Timely{Duty: dutyReport.ID, Councils: b.councils[:], ReportingPeriod: r, Arises: after})
	b.grade(o, idx >= 0)
}
