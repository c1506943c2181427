package duty

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

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

// recipientSubject names the copy to one recipient: "the 2026-2029 plan
// (revision 1) sent to Police Scotland".
func (o Obligation) recipientSubject(r Recipient) string {
	s := fmt.Sprintf("the %s plan", o.PlanPeriod)
	if o.Revision > 0 {
		s += fmt.Sprintf(" (revision %d)", o.Revision)
	}
	return s + " sent to " + r.Name()
}

// timely returns the [Timely] duty o is, for one of the duties
// [IsTimely] names.
func (o Obligation) timely() Timely {
	return Timely{Duty: o.Duty, PlanPeriod: o.PlanPeriod, Revision: o.Revision, ReportingPeriod: o.ReportingPeriod, Arises: o.Arises}
}

// grade returns o as a [Grade] on asOf: the same status, limits and
// relief, so that its words are those of every other grading.
func (o Obligation) grade(asOf period.Date) Grade {
	return Grade{Timely: o.timely(), AsOf: asOf, Status: o.Status, Severity: o.Severity, Rule: o.Rule,
		Limits: o.Limits, Done: o.Done, Recorded: o.recorded, Relief: o.Relief}
}

// recipientGrade returns the copy to r as a [Grade] on asOf.
func (o Obligation) recipientGrade(r Recipient, asOf period.Date) Grade {
	g := o.grade(asOf)
	g.Status, g.Severity, g.Rule, g.Done, g.Recorded = r.Status, r.Severity, r.Rule, r.Sent, r.recorded
	return g
}

// Describe says where the obligation stands on asOf, in one sentence.
func (o Obligation) Describe(asOf period.Date) string {
	subject := capitalise(o.Subject())
	switch o.Status {
	case Info:
		return fmt.Sprintf("%s: %s to %s", subject, o.Arises, o.Until)
	case Ongoing:
		return fmt.Sprintf("%s: continuing, from %s to %s", subject, o.Arises, o.Until)
	case NotRecorded:
		return subject + ": " + o.notRecordedWords()
	}
	if IsTimely(o.Duty) {
		if len(o.Recipients) > 0 {
			return subject + ": " + o.recipientsWords(asOf)
		}
		var b strings.Builder
		b.WriteString(subject)
		b.WriteString(": ")
		o.grade(asOf).reason(&b, "")
		if o.Relief != nil && !relievedNamed(o, o.Status) {
			fmt.Fprintf(&b, " (relief to %s, %s)", o.Relief.Until, o.Relief.Citation)
		}
		return b.String()
	}
	// The plan prepared before its period starts (s.8(1)).
	var b strings.Builder
	b.WriteString(subject)
	b.WriteString(": ")
	t := o.timely()
	words := func(l Limit) string { return limitWords(l, t, o.Relief) }
	switch o.Status {
	case Met:
		fmt.Fprintf(&b, "done %s", o.Done)
		if len(o.Limits) > 0 {
			fmt.Fprintf(&b, ", within %s", words(o.Limits[0]))
		}
	case Late:
		l := passedLimit(o.Limits, o.Rule, o.Done, asOf)
		if o.Done.IsValid() {
			fmt.Fprintf(&b, "done %s, %s after %s", o.Done, days(l.Date.DaysUntil(o.Done)), words(l))
		} else {
			fmt.Fprintf(&b, "not done; %s passed %s ago", words(l), days(l.Date.DaysUntil(asOf)))
			if o.recorded.IsValid() {
				fmt.Fprintf(&b, " (the history records it as prepared on %s, which lies in the future: on %s the plan is still a draft)", o.recorded, asOf)
			}
		}
	case Due:
		fmt.Fprintf(&b, "due by %s", words(o.Limits[0]))
	}
	if o.Relief != nil && !relievedNamed(o, o.Status) {
		fmt.Fprintf(&b, " (relief to %s, %s)", o.Relief.Until, o.Relief.Citation)
	}
	return b.String()
}

// relievedNamed reports whether the words of o with status st name a
// limit a relief moved, and so the relief.
func relievedNamed(o Obligation, st Status) bool {
	for _, l := range o.Limits {
		if l.RelievedFrom.IsValid() {
			return st != Late || l.Rule == o.Rule
		}
	}
	return false
}

// notRecordedWords says that the history has no record of o, and when it
// falls or fell due.
func (o Obligation) notRecordedWords() string {
	var b strings.Builder
	if o.ReportingPeriod.IsValid() {
		fmt.Fprintf(&b, "not recorded: the history has no record of the %s annual report", o.ReportingPeriod)
	} else {
		fmt.Fprintf(&b, "not recorded: the history has no record of the %s plan", o.PlanPeriod)
	}
	switch {
	case o.Duty == dutyPrepare.ID && len(o.Limits) > 0:
		fmt.Fprintf(&b, "; it is owed by %s", limitWords(o.Limits[0], o.timely(), o.Relief))
	case o.ReportingPeriod.IsValid():
		fmt.Fprintf(&b, "; it is owed as soon as practicable after the period ends on %s", o.ReportingPeriod.End())
	default:
		b.WriteString("; it is owed as soon as reasonably practicable after the plan is prepared")
	}
	return b.String()
}

// recipientsWords says where the copies to the other service providers
// stand: who has not had one, who had one late, and against which limit.
func (o Obligation) recipientsWords(asOf period.Date) string {
	var b strings.Builder
	g := o.grade(asOf)
	switch o.Status {
	case Met:
		fmt.Fprintf(&b, "sent on %s", o.Done)
		if len(o.Recipients) > 1 {
			fmt.Fprintf(&b, " (the last of %d copies)", len(o.Recipients))
		}
		if l, ok := firstLimit(o.Limits); ok {
			fmt.Fprintf(&b, ", within %s", limitWords(l, g.Timely, o.Relief))
		}
		return b.String()
	case Due:
		g.reason(&b, "")
		if o.Arises.IsValid() {
			fmt.Fprintf(&b, "; sent to %d of %d so far", o.sent(), len(o.Recipients))
		}
		o.futureWords(&b, asOf)
		return b.String()
	}
	var missing, late []string
	for _, r := range o.Recipients {
		switch {
		case r.Status != Late || r.Rule != o.Rule:
		case r.Sent.IsZero():
			missing = append(missing, r.Name())
		default:
			late = append(late, fmt.Sprintf("%s on %s", r.Name(), r.Sent))
		}
	}
	var parts []string
	switch {
	case len(missing) == len(o.Recipients):
		parts = append(parts, fmt.Sprintf("not sent to any of the %d other service providers as of %s", len(missing), asOf))
	case len(missing) > 0:
		parts = append(parts, fmt.Sprintf("not sent to %s as of %s", strings.Join(missing, ", "), asOf))
	}
	if len(late) > 0 {
		parts = append(parts, "sent late to "+strings.Join(late, ", "))
	}
	b.WriteString(strings.Join(parts, "; "))
	l := passedLimit(o.Limits, o.Rule, period.Date{}, asOf)
	if l.Rule == "" {
		l = o.firstPassed()
	}
	fmt.Fprintf(&b, "; the limit was %s", limitWords(l, g.Timely, o.Relief))
	o.futureWords(&b, asOf)
	return b.String()
}

// firstPassed returns the first limit of o's rule.
func (o Obligation) firstPassed() Limit {
	for _, l := range o.Limits {
		if l.Rule == o.Rule {
			return l
		}
	}
	return Limit{}
}

// futureWords says which copies the history records on days after asOf.
func (o Obligation) futureWords(b *strings.Builder, asOf period.Date) {
	var future []string
	for _, r := range o.Recipients {
		if r.recorded.IsValid() {
			future = append(future, fmt.Sprintf("%s on %s", r.Name(), r.recorded))
		}
	}
	if len(future) > 0 {
		fmt.Fprintf(b, " (the copies recorded to %s lie in the future: on %s they are not yet sent)", strings.Join(future, ", "), asOf)
	}
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
