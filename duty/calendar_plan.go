package duty

import (
	"fmt"

	"github.com/csplanning/part3/period"
)

// plan adds the plan's s.8(1) obligation and its s.10(7) copies. With no
// record of the plan (idx -1), each is not recorded.
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
	// Owed by those who were joint planners on the last day to prepare
	// it: a body that became one on the period's first day (an integration
	// joint board on the commencement of section 60 of the 2026 Act) was
	// not bound by a deadline that had passed.
	o.OwedBy = b.namesOn(p.Start().AddDays(-1))
	o.Done = prepared
	switch {
	case rec == nil:
	case rec.Prepared.After(b.asOf):
		o.recorded = rec.Prepared
		o.Note = fmt.Sprintf("The history records the plan as prepared on %s, after the calendar's date: on %s it is still a draft.", rec.Prepared, b.asOf)
	case rec.Prepared.IsZero():
		if d := b.upTo(earliest(dist)); d.IsValid() {
			o.Done = d
			o.Note = "The date of preparation is not recorded; the plan is taken to have been prepared by the earliest day it was sent or published."
		}
	}
	b.limit(o, dayBefore(p), rulePlanInPlace, BasisAct)
	b.judge(o, rec != nil)

	// s.10(7): copies and publication.
	b.distribution(p, idx, 0, o.Done, dist, rec != nil)
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
// prepared on prepared (zero if not yet), graded as [Timely.Grade] grades
// them; with no record of the plan (recorded false), each is not
// recorded.
func (b *builder) distribution(p period.PlanPeriod, idx, rev int, prepared period.Date, d Distribution, recorded bool) {
	one := func(duty Duty, field historyField) *Obligation {
		o := b.obligation(duty, p, idx, field)
		o.Revision, o.revIdx = rev, int16(rev)
		o.Arises = prepared
		if prepared.IsValid() {
			o.OwedBy = b.namesOn(prepared)
		}
		b.timelyLimits(o, Timely{Duty: duty.ID, Councils: b.councils[:], PlanPeriod: p, Revision: rev, Arises: prepared})
		return o
	}
	// done grades the record of one thing done on day (zero if none).
	done := func(o *Obligation, day period.Date) {
		o.Done = b.gr.done(day, prepared)
		if day.After(b.asOf) {
			o.recorded = day
		}
		b.grade(o, recorded)
	}
	done(one(dutyMinisters, fieldSentToMinisters), d.SentToMinisters)

	// One obligation for the copies to the other service providers, with a
	// recipient for each provider on the register that day.
	regDay := prepared
	if regDay.IsZero() {
		regDay = p.Start()
	}
	o := one(dutyOSP, fieldSentToOSPs)
	start := len(b.recipients)
	found := 0
	for _, a := range b.register(regDay) {
		day, key, ok := d.sentTo(a)
		if ok {
			found++
		}
		if key == a.ID {
			key = ""
		}
		r := Recipient{ID: a.ID, IntegrationJointBoard: a.IntegrationJointBoard, Sent: b.gr.done(day, prepared), key: key}
		if day.After(b.asOf) {
			r.recorded = day
		}
		b.recipients = append(b.recipients, r)
	}
	if found != len(d.SentToOtherServiceProviders) {
		b.unverified = true
	}
	o.Recipients = b.recipients[start:len(b.recipients):len(b.recipients)]
	b.gradeRecipients(o, recorded)

	done(one(dutyPublish, fieldPublished), d.Published)
}
