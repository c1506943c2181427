package period

import (
	"fmt"
	"strings"
)

// PlanPeriodError reports text that is not a three-year plan period. When
// the text is a range of years, Start and End hold them and Nearest lists
// the real periods nearest to it, so that a message can say which was
// meant: Highland's "2021-2023" is neither 2020-2023 nor 2023-2026.
//
// errors.Is matches ErrBeforeFirstPeriod when the range starts before
// 2017, and ErrAfterLastPeriod when it starts after the last period
// represented.
type PlanPeriodError struct {
	Input      string       // the text given
	Start, End int          // the years of the range; 0 if Input is not a range of years
	Nearest    []PlanPeriod // the nearest real periods, earliest first; empty if Input is not a range
}

// Error describes the error on one line.
func (e *PlanPeriodError) Error() string {
	if e.Start == 0 {
		return malformed(e.Input, "three-year plan period", "2026-2029", "2026-29, 2026/29, 2026 to 2029")
	}
	if r, ok := reportingPeriodOfYears(e.Start, e.End); ok {
		return fmt.Sprintf("%q is a one-year reporting period, not a three-year plan period; it falls in %s", e.Input, r.PlanPeriod())
	}
	return notAPeriod(e.Input, "three-year plan period", e.Unwrap(), nearest(e.Nearest))
}

// Unwrap returns ErrBeforeFirstPeriod or ErrAfterLastPeriod when the range
// lies partly outside the periods represented, and nil otherwise.
func (e *PlanPeriodError) Unwrap() error { return outside(e.Start, lastStartYear) }

// ReportingPeriodError reports text that is not a one-year reporting
// period. When the text is a range of years, Start and End hold them and
// Nearest lists the real periods nearest to it: for "2026-2028", 2026-2027
// and 2027-2028; for a plan period such as "2026-2029", its three reporting
// periods.
//
// errors.Is matches ErrBeforeFirstPeriod when the range starts before
// 2017, and ErrAfterLastPeriod when it starts after the last period
// represented.
type ReportingPeriodError struct {
	Input      string            // the text given
	Start, End int               // the years of the range; 0 if Input is not a range of years
	Nearest    []ReportingPeriod // the nearest real periods, earliest first; empty if Input is not a range
}

// Error describes the error on one line.
func (e *ReportingPeriodError) Error() string {
	if e.Start == 0 {
		return malformed(e.Input, "one-year reporting period", "2026-2027", "2026-27, 2026/27, 2026 to 2027")
	}
	if p, ok := planPeriodOfYears(e.Start, e.End); ok {
		rs := p.ReportingPeriods()
		return fmt.Sprintf("%q is a three-year plan period, not a one-year reporting period; its reporting periods are %s, %s and %s", e.Input, rs[0], rs[1], rs[2])
	}
	return notAPeriod(e.Input, "one-year reporting period", e.Unwrap(), nearest(e.Nearest))
}

// Unwrap returns ErrBeforeFirstPeriod or ErrAfterLastPeriod when the range
// lies partly outside the periods represented, and nil otherwise.
func (e *ReportingPeriodError) Unwrap() error { return outside(e.Start, lastStartYear+2) }

// outside returns the category of a range starting in year start, when the
// last period represented starts in lastStart: nil if it is inside (or start
// is 0, no range at all).
func outside(start, lastStart int) error {
	switch {
	case start == 0:
		return nil
	case start < firstYear:
		return ErrBeforeFirstPeriod
	case start > lastStart:
		return ErrAfterLastPeriod
	}
	return nil
}

func malformed(input, kind, example, others string) string {
	return fmt.Sprintf("%q is not a %s: expected a range of years such as %s (or %s)", input, kind, example, others)
}

func notAPeriod(input, kind string, category error, nearestText string) string {
	var why string
	switch category {
	case ErrBeforeFirstPeriod:
		why = ": the first began on 1 April 2017 (s.8(1), SSI 2016/255)"
	case ErrAfterLastPeriod:
		why = ": " + category.Error()
	}
	return fmt.Sprintf("%q is not a %s%s; %s", input, kind, why, nearestText)
}

func nearest[T fmt.Stringer](ps []T) string {
	switch len(ps) {
	case 0:
		return "there is no period near it"
	case 1:
		return "the nearest is " + ps[0].String()
	}
	var b strings.Builder
	b.WriteString("the nearest are ")
	for i, p := range ps {
		switch {
		case i == 0:
		case i == len(ps)-1:
			b.WriteString(" and ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// ParsePlanPeriod parses the name of a three-year plan period. The canonical
// form is "2026-2029"; it also accepts the forms people write: "2026-29",
// "2026/29", "2026/2029", "2026 to 2029", and an en or em dash ("2026–29"),
// with spaces around the separator and around the whole. A two-digit end
// year is in the start year's century, or the next if that would not come
// after the start.
//
// A range of years that is not a real period ("2025-2028", "2026-2028",
// "2014-2019") is a *PlanPeriodError naming the nearest real periods. It
// does not allocate unless it fails.
func ParsePlanPeriod(s string) (PlanPeriod, error) {
	start, end, ok := parseYears(s)
	if !ok {
		return PlanPeriod{}, &PlanPeriodError{Input: s}
	}
	if p, ok := planPeriodOfYears(start, end); ok {
		return p, nil
	}
	return PlanPeriod{}, &PlanPeriodError{Input: s, Start: start, End: end, Nearest: nearestPlanPeriods(start, end)}
}

// ParseReportingPeriod parses the name of a one-year reporting period. The
// canonical form is "2026-2027"; it also accepts "2026-27", "2026/27",
// "2026/2027", "2026 to 2027" and an en or em dash, as [ParsePlanPeriod]
// does.
//
// A range of years that is not a real period ("2026-2028", or a plan period
// such as "2026-2029") is a *ReportingPeriodError naming the nearest real
// periods. It does not allocate unless it fails.
func ParseReportingPeriod(s string) (ReportingPeriod, error) {
	start, end, ok := parseYears(s)
	if !ok {
		return ReportingPeriod{}, &ReportingPeriodError{Input: s}
	}
	if r, ok := reportingPeriodOfYears(start, end); ok {
		return r, nil
	}
	return ReportingPeriod{}, &ReportingPeriodError{Input: s, Start: start, End: end, Nearest: nearestReportingPeriods(start, end)}
}

func planPeriodOfYears(start, end int) (PlanPeriod, bool) {
	if end != start+3 {
		return PlanPeriod{}, false
	}
	return PlanPeriodStarting(start)
}

func reportingPeriodOfYears(start, end int) (ReportingPeriod, bool) {
	if end != start+1 {
		return ReportingPeriod{}, false
	}
	return ReportingPeriodStarting(start)
}

// nearestPlanPeriods returns, for a range that is not a plan period, the
// period it most likely means: the one containing a reporting period it
// names exactly; otherwise the period that starts in its start year, or
// else the periods starting on either side of that year.
func nearestPlanPeriods(start, end int) []PlanPeriod {
	if r, ok := reportingPeriodOfYears(start, end); ok {
		return []PlanPeriod{r.PlanPeriod()}
	}
	switch {
	case start < firstYear:
		return []PlanPeriod{{1}}
	case start >= lastStartYear:
		return []PlanPeriod{{maxPlanIndex}}
	}
	i := (start-firstYear)/3 + 1
	if (start-firstYear)%3 == 0 {
		return []PlanPeriod{{uint16(i)}}
	}
	return []PlanPeriod{{uint16(i)}, {uint16(i + 1)}}
}

// nearestReportingPeriods returns, for a range that is not a reporting
// period, the periods it most likely means: the three of a plan period it
// names exactly; otherwise the period that starts in its start year and the
// one that ends in its end year.
func nearestReportingPeriods(start, end int) []ReportingPeriod {
	if p, ok := planPeriodOfYears(start, end); ok {
		rs := p.ReportingPeriods()
		return rs[:]
	}
	clamp := func(y int) ReportingPeriod {
		return ReportingPeriod{uint16(min(max(y, firstYear), lastStartYear+2))}
	}
	out := []ReportingPeriod{clamp(start)}
	if last := clamp(end - 1); end > start+1 && last != out[0] {
		out = append(out, last)
	}
	return out
}

// parseYears reads "YYYY", a separator ("-", "/", an en or em dash, or
// "to") and a two- or four-digit year, with optional spaces around the
// separator and the whole. A two-digit end year takes the start year's
// century, or the next one if that would not be after the start.
func parseYears(s string) (start, end int, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) < 4 {
		return 0, 0, false
	}
	start, ok = digits(s[:4])
	if !ok {
		return 0, 0, false
	}
	rest := strings.TrimLeft(s[4:], " ")
	switch {
	case strings.HasPrefix(rest, "-"), strings.HasPrefix(rest, "/"):
		rest = rest[1:]
	case strings.HasPrefix(rest, "\u2013"), strings.HasPrefix(rest, "\u2014"):
		rest = rest[len("\u2013"):]
	case len(rest) > 2 && strings.EqualFold(rest[:2], "to") && rest[2] == ' ' && len(rest) < len(s[4:]):
		rest = rest[2:]
	default:
		return 0, 0, false
	}
	rest = strings.TrimLeft(rest, " ")
	switch len(rest) {
	case 2:
		yy, ok := digits(rest)
		if !ok {
			return 0, 0, false
		}
		end = start - start%100 + yy
		if end <= start {
			end += 100
		}
	case 4:
		end, ok = digits(rest)
		if !ok {
			return 0, 0, false
		}
	default:
		return 0, 0, false
	}
	if start == 0 {
		return 0, 0, false
	}
	return start, end, true
}
