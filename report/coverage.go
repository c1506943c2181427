package report

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/service"
)

// CoverageStatus says whether a reporting period of a plan has its annual
// report. Text forms "covered", "duplicated", "missing", "open"; the zero
// CoverageStatus is unset.
type CoverageStatus uint8

// The statuses of a reporting period.
const (
	// Covered: one published report is on the period.
	Covered CoverageStatus = iota + 1
	// Duplicated: more than one published report is on the period.
	Duplicated
	// Missing: the period has ended and no published report is on it.
	Missing
	// Open: the period has not ended and no published report is on it.
	Open
)

var coverageForms = []string{"", "covered", "duplicated", "missing", "open"}

// ParseCoverageStatus parses a text form of CoverageStatus. Any other text,
// including the empty string, is a *ValueError.
func ParseCoverageStatus(s string) (CoverageStatus, error) {
	for i := 1; i < len(coverageForms); i++ {
		if coverageForms[i] == s {
			return CoverageStatus(i), nil
		}
	}
	return 0, &ValueError{Type: "coverage status", Input: s, Expected: strings.Join(coverageForms[1:], ", "), Suggestion: closest(s, coverageForms[1:])}
}

// IsValid reports whether s is one of the statuses.
func (s CoverageStatus) IsValid() bool { return s >= Covered && s <= Open }

// String returns the text form, "" for the zero value.
func (s CoverageStatus) String() string {
	if int(s) < len(coverageForms) {
		return coverageForms[s]
	}
	return fmt.Sprintf("coverage-status(%d)", uint8(s))
}

// MarshalText implements [encoding.TextMarshaler]; an invalid status is an
// error.
func (s CoverageStatus) MarshalText() ([]byte, error) {
	if s != 0 && !s.IsValid() {
		return nil, fmt.Errorf("report: invalid coverage status %d", uint8(s))
	}
	return []byte(coverageForms[s]), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with
// [ParseCoverageStatus]; "" gives the zero value.
func (s *CoverageStatus) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*s = 0
		return nil
	}
	v, err := ParseCoverageStatus(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Coverage says, for a plan and a set of annual reports, which of the
// plan's three reporting periods have their report (s.13(1): a report after
// each one-year period; "over the course of a Children's Services Plan
// there will be three annual reports", guidance para 124).
type Coverage struct {
	// PlanPeriod is the plan's three-year period.
	PlanPeriod period.PlanPeriod `json:"plan_period"`
	// Councils are the plan's council areas.
	Councils []service.Council `json:"councils"`
	// AsOf is the day coverage is judged on; zero judges every period as
	// ended and every report as published on its recorded date.
	AsOf period.Date `json:"as_of,omitzero"`
	// Periods are the plan's three reporting periods, in order.
	Periods []PeriodCoverage `json:"periods"`
	// Other are the indexes of the reports that are not on this plan: for
	// other council areas, or on a reporting period of another plan period.
	Other []int `json:"other"`
}

// PeriodCoverage is one reporting period of a plan and the reports on it.
type PeriodCoverage struct {
	// Period is the reporting period.
	Period period.ReportingPeriod `json:"period"`
	// Status is covered, duplicated, missing or open.
	Status CoverageStatus `json:"status"`
	// Reports are the indexes of the published reports on the period.
	Reports []int `json:"reports"`
	// Drafts are the indexes of the reports on the period not published
	// by AsOf.
	Drafts []int `json:"drafts"`
}

// CoverageOf says which of plan p's reporting periods the reports cover
// as of asOf: covered by one published report, duplicated (more than one),
// missing (the period ended before asOf with no published report) or open
// (it has not). A report counts for the plan when it is for the plan's
// council areas and its reporting period is one of the plan's; it counts as
// published when its published date is on or before asOf. The indexes in
// the result are indexes into reports. A zero asOf judges every period as
// ended.
//
// Coverage does not judge the reports themselves: use [Report.JudgeAgainstPlan]
// for that.
func CoverageOf(p plan.Plan, reports []Report, asOf period.Date) Coverage {
	c := Coverage{PlanPeriod: p.Period, Councils: p.Partnership.Councils(), AsOf: asOf, Other: []int{}}
	rps := p.Period.ReportingPeriods()
	if p.Period.IsValid() {
		for _, rp := range rps {
			c.Periods = append(c.Periods, PeriodCoverage{Period: rp, Reports: []int{}, Drafts: []int{}})
		}
	}
	for i, r := range reports {
		k := slices.Index(rps[:], r.ReportingPeriod)
		if !p.Period.IsValid() || k < 0 || !sameCouncils(r.Partnership.Councils, c.Councils) {
			c.Other = append(c.Other, i)
			continue
		}
		pub := r.Publication.Published
		if pub.IsValid() && (asOf.IsZero() || !pub.After(asOf)) {
			c.Periods[k].Reports = append(c.Periods[k].Reports, i)
		} else {
			c.Periods[k].Drafts = append(c.Periods[k].Drafts, i)
		}
	}
	for k := range c.Periods {
		pc := &c.Periods[k]
		switch {
		case len(pc.Reports) > 1:
			pc.Status = Duplicated
		case len(pc.Reports) == 1:
			pc.Status = Covered
		case asOf.IsZero() || asOf.After(pc.Period.End()):
			pc.Status = Missing
		default:
			pc.Status = Open
		}
	}
	if c.Periods == nil {
		c.Periods = []PeriodCoverage{}
	}
	return c
}

// sameCouncils reports whether a and b hold the same councils, in any
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

// With returns the reporting periods of c with status s, in order.
func (c Coverage) With(s CoverageStatus) []period.ReportingPeriod {
	var out []period.ReportingPeriod
	for _, pc := range c.Periods {
		if pc.Status == s {
			out = append(out, pc.Period)
		}
	}
	return out
}

// String formats c for a person: one line per reporting period.
func (c Coverage) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "annual reports on the %s plan", c.PlanPeriod)
	if c.AsOf.IsValid() {
		fmt.Fprintf(&b, " as of %s", c.AsOf)
	}
	b.WriteString(":\n")
	for _, pc := range c.Periods {
		line := fmt.Sprintf("  %s  %s", pc.Period, pc.Status)
		if len(pc.Reports) > 0 {
			line += fmt.Sprintf("  reports %s", indexList(pc.Reports))
		}
		if len(pc.Drafts) > 0 {
			line += fmt.Sprintf("  drafts %s", indexList(pc.Drafts))
		}
		b.WriteString(line + "\n")
	}
	if len(c.Other) > 0 {
		fmt.Fprintf(&b, "  not on this plan: reports %s\n", indexList(c.Other))
	}
	return b.String()
}

func indexList(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, ", ")
}
