package duty

import (
	"github.com/csplanning/part3"
	"github.com/csplanning/part3/period"
)

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
