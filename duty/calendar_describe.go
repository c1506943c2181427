package duty

import (
	"fmt"
	"strings"

	"github.com/csplanning/part3"
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

// Describe says where the obligation stands on asOf, in one sentence.
func (o Obligation) Describe(asOf period.Date) string {
	subject := o.Subject()
	switch o.Status {
	case Info:
		return fmt.Sprintf("%s: %s to %s", capitalise(subject), o.Arises, o.Until)
	case Ongoing:
		return fmt.Sprintf("%s: continuing, from %s to %s", capitalise(subject), o.Arises, o.Until)
	}
	var b strings.Builder
	b.WriteString(capitalise(subject))
	b.WriteString(": ")
	relieved := false // whether a relieved limit has been named
	limitWords := func(l Limit) string {
		relieved = relieved || l.RelievedFrom.IsValid()
		return o.limitWords(l)
	}
	switch o.Status {
	case Met:
		fmt.Fprintf(&b, "done %s", o.Done)
		if len(o.Recipients) > 1 {
			fmt.Fprintf(&b, " (the last of %d copies)", len(o.Recipients))
		}
		if len(o.Limits) > 0 {
			fmt.Fprintf(&b, ", within %s", limitWords(o.Limits[0]))
		}
	case Late:
		l := o.passedLimit()
		if len(o.Recipients) == 0 {
			b.WriteString(lateWords("", o.Done, l, limitWords(l), asOf))
			break
		}
		var missing, late []string
		for _, r := range o.Recipients {
			switch {
			case r.Status != Late:
			case r.Sent.IsZero():
				missing = append(missing, r.Name())
			default:
				late = append(late, fmt.Sprintf("%s on %s", r.Name(), r.Sent))
			}
		}
		var parts []string
		switch {
		case len(missing) == len(o.Recipients):
			parts = append(parts, fmt.Sprintf("not sent to any of the %d other service providers", len(missing)))
		case len(missing) > 0:
			parts = append(parts, "not sent to "+strings.Join(missing, ", "))
		}
		if len(late) > 0 {
			parts = append(parts, "sent late to "+strings.Join(late, ", "))
		}
		b.WriteString(strings.Join(parts, "; "))
		fmt.Fprintf(&b, "; the limit was %s", limitWords(l))
		if len(missing) > 0 {
			fmt.Fprintf(&b, ", %d days ago", l.Date.DaysUntil(asOf))
		}
	case Due:
		switch {
		case o.Arises.IsZero() && o.Duty != dutyPrepare.ID:
			b.WriteString("due as soon as reasonably practicable after the plan is prepared (it has not been)")
		case len(o.Limits) > 0:
			fmt.Fprintf(&b, "due by %s", limitWords(o.Limits[0]))
		case o.Duty == dutyMinisters.ID || o.Duty == dutyOSP.ID || o.Duty == dutyPublish.ID:
			b.WriteString("due as soon as reasonably practicable") // s.10(7)
		default:
			b.WriteString("due as soon as practicable") // s.13(1)
		}
		if sent := o.sent(); len(o.Recipients) > 0 && o.Arises.IsValid() {
			fmt.Fprintf(&b, "; sent to %d of %d so far", sent, len(o.Recipients))
		}
	}
	if o.Relief != nil && !relieved {
		fmt.Fprintf(&b, " (relief to %s, %s)", o.Relief.Until, o.Relief.Citation)
	}
	return b.String()
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

// lateWords says how something (to whom, if not "") is late against l,
// named in words.
func lateWords(whom string, done period.Date, l Limit, words string, asOf period.Date) string {
	prefix := ""
	if whom != "" {
		prefix = whom + ": "
	}
	if done.IsValid() {
		return fmt.Sprintf("%sdone %s, %d days after %s", prefix, done, l.Date.DaysUntil(done), words)
	}
	return fmt.Sprintf("%snot done; %s passed %d days ago", prefix, words, l.Date.DaysUntil(asOf))
}

// passedLimit returns the limit that made o late.
func (o Obligation) passedLimit() Limit {
	for _, l := range o.Limits {
		if l.Rule == o.Rule {
			return l
		}
	}
	return Limit{}
}

// limitWords names limit l of o with its date and where it comes from. A
// limit a relief moved is "the relieved limit", with the relief: it is the
// caller's reading, not a date the law sets.
func (o Obligation) limitWords(l Limit) string {
	switch {
	case l.RelievedFrom.IsValid() && o.Relief != nil:
		return fmt.Sprintf("%s (the relieved limit: relief to %s, %s)", l.Date, o.Relief.Until, o.Relief.Citation)
	case l.RelievedFrom.IsValid():
		return fmt.Sprintf("%s (the relieved limit)", l.Date)
	case l.Rule == RulePlanInPlace.ID:
		return fmt.Sprintf("%s (the day before the period starts: %s as guidance para 101 reads it)", l.Date, l.Citation())
	case l.Severity == part3.Statutory:
		return fmt.Sprintf("%s (the statutory limit, %s)", l.Date, l.Citation())
	case l.Severity == part3.Guidance:
		return fmt.Sprintf("%s (the guidance's target, %s)", l.Date, l.Citation())
	}
	return fmt.Sprintf("%s (the local policy limit)", l.Date)
}
