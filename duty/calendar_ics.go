package duty

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/csplanning/part3/period"
)

// Due returns the day an obligation falls due on the calendar: for a
// deadline, the earliest of its limits (the first day past which doing it
// is late by some measure, after any relief); for an information item, the
// first day of its window. It reports false for an obligation with no such
// day: a continuing duty, or a deadline with no limit yet (the plan it
// follows has not been prepared), which a calendar program cannot place.
func (o Obligation) Due() (period.Date, bool) {
	switch o.Kind {
	case Deadline:
		var due period.Date
		for _, l := range o.Limits {
			if due.IsZero() || l.Date.Before(due) {
				due = l.Date
			}
		}
		return due, due.IsValid()
	case Information:
		return o.Arises, o.Arises.IsValid()
	}
	return period.Date{}, false
}

// StatusWords says where an obligation stands in a few words: "met", "due",
// "late (statutory)", "not recorded", "ongoing" or "for information".
func (o Obligation) StatusWords() string {
	switch o.Status {
	case Late:
		return "late (" + o.Severity.String() + ")"
	case NotRecorded:
		return "not recorded"
	case Info:
		return "for information"
	}
	return o.Status.String()
}

// UID returns a stable identifier of o on council's calendar, the same on
// every run and every as-of date: made of the council's code, the duty's
// catalogue ID, the plan period, the revision and the reporting period,
// never of a time or an order. A calendar program that imports the
// calendar again updates the event it imported before rather than adding
// another.
func (o Obligation) UID(c Calendar) string {
	parts := []string{o.Duty}
	if o.PlanPeriod.IsValid() {
		parts = append(parts, o.PlanPeriod.String())
	}
	if o.Revision > 0 {
		parts = append(parts, "revision-"+strconv.Itoa(o.Revision))
	}
	if !o.ReportingPeriod.IsZero() {
		parts = append(parts, "report-"+o.ReportingPeriod.String())
	}
	parts = append(parts, c.Council.Code())
	return strings.Join(parts, ".") + "@part3.csplanning.github.com"
}

// WriteICS writes the calendar as an iCalendar file (RFC 5545) that
// Outlook, Google Calendar and Apple Calendar import: one all-day event for
// each obligation [Obligation.Due] places, on the day it falls due (an
// information item spans its window), saying what is owed, by which
// bodies, under which provision (with the address of its text) and where
// it stands on the calendar's date. Continuing duties, such as keeping the
// plan under review, and deadlines with no limit yet have no day and are
// left out.
//
// The file is deterministic for a calendar: each event's UID is
// [Obligation.UID], stable across runs and as-of dates, so that importing
// a later calendar updates the events of an earlier one; DTSTAMP is the
// calendar's as-of date (midnight UTC), and SEQUENCE the number of days
// from 1 April 2017 to it, so that a later calendar's events supersede an
// earlier one's. Text is escaped and lines folded at 75 octets, with CRLF
// line ends.
func (c Calendar) WriteICS(w io.Writer) error {
	bw := bufio.NewWriter(w)
	iw := icsWriter{w: bw}
	stamp := fmt.Sprintf("%04d%02d%02dT000000Z", c.AsOf.Year(), int(c.AsOf.Month()), c.AsOf.Day())
	seq := period.FirstPeriodStart().DaysUntil(c.AsOf)
	if seq < 0 {
		seq = 0
	}
	names := make([]string, len(c.JointPlanners))
	for i, b := range c.JointPlanners {
		names[i] = b.Name
	}
	iw.line("BEGIN", "VCALENDAR")
	iw.line("VERSION", "2.0")
	iw.line("PRODID", "-//csplanning//part3 Children's Services Planning//EN")
	iw.line("CALSCALE", "GREGORIAN")
	iw.line("METHOD", "PUBLISH")
	iw.text("X-WR-CALNAME", "Part 3 obligations: "+c.Council.Name())
	iw.text("X-WR-CALDESC", fmt.Sprintf("What %s owe under Part 3 of the Children and Young People (Scotland) Act 2014, as of %s", joinNames(names), c.AsOf))
	for _, o := range c.Obligations {
		due, ok := o.Due()
		if !ok {
			continue
		}
		end := due
		if o.Kind == Information && o.Until.After(due) {
			end = o.Until
		}
		cite := o.Citation()
		iw.line("BEGIN", "VEVENT")
		iw.text("UID", o.UID(c))
		iw.line("DTSTAMP", stamp)
		iw.line("SEQUENCE", strconv.Itoa(seq))
		iw.line("DTSTART;VALUE=DATE", icsDate(due))
		iw.line("DTEND;VALUE=DATE", icsDate(end.AddDays(1)))
		iw.text("SUMMARY", fmt.Sprintf("[%s] %s", o.StatusWords(), capitalise(o.Subject())))
		desc := o.Describe(c.AsOf)
		if len(o.OwedBy) > 0 {
			desc += "\nOwed by: " + joinNames(o.OwedBy) + "."
		}
		desc += "\nProvision: " + cite.String()
		if u := cite.URL(); u != "" {
			desc += " " + u
		}
		desc += "\nStatus as of " + c.AsOf.String() + ": " + o.StatusWords() + "."
		iw.text("DESCRIPTION", desc)
		iw.text("CATEGORIES", o.StatusWords())
		if u := cite.URL(); u != "" {
			iw.line("URL", u)
		}
		iw.line("TRANSP", "TRANSPARENT")
		iw.line("END", "VEVENT")
	}
	iw.line("END", "VCALENDAR")
	if iw.err != nil {
		return iw.err
	}
	return bw.Flush()
}

// icsDate formats d as an iCalendar DATE, "20260331".
func icsDate(d period.Date) string {
	return fmt.Sprintf("%04d%02d%02d", d.Year(), int(d.Month()), d.Day())
}

// joinNames joins names as "A and B" or "A, B and C".
func joinNames(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// icsWriter writes content lines, folded at 75 octets (RFC 5545 section
// 3.1) and ended with CRLF; it keeps the first write error.
type icsWriter struct {
	w   *bufio.Writer
	err error
}

// text writes a property whose value is TEXT, escaped (section 3.3.11).
func (iw *icsWriter) text(name, value string) {
	iw.line(name, icsEscape(value))
}

// line writes the content line "name:value", folded.
func (iw *icsWriter) line(name, value string) {
	if iw.err != nil {
		return
	}
	s := name + ":" + value
	// Fold before 75 octets, never inside a UTF-8 sequence; a
	// continuation line starts with a space, which counts.
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		if _, err := iw.w.WriteString(s[:cut] + "\r\n "); err != nil {
			iw.err = err
			return
		}
		s = s[cut:]
		limit = 74
	}
	if _, err := iw.w.WriteString(s + "\r\n"); err != nil {
		iw.err = err
	}
}

// icsEscape escapes TEXT: backslash, semicolon, comma and newline; other
// control characters, which TEXT may not hold, become spaces.
func icsEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == ';':
			b.WriteString(`\;`)
		case r == ',':
			b.WriteString(`\,`)
		case r == '\n':
			b.WriteString(`\n`)
		case r < 0x20 || r == 0x7f:
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
