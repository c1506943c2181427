package main

import (
	"flag"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

// The flags of the run in progress; each run's flag set resets them.
var (
	calendarCouncil, calendarAsOf, calendarHistory, calendarS60 string
	calendarCopyDays, calendarReportDays                        int
)

func init() {
	schemaOnly[duty.HistoryKind] = schemaOnlyKind{duty.HistorySchema, "part3 calendar --history"}
	register(&command{
		name:    "calendar",
		args:    "--council NAME [--as-of DATE] [--history FILE]",
		summary: "what a partnership owes under Part 3 from 1 April 2017: met, due and late, with dates and citations",
		detail: `
Lists the obligations of the partnership of council NAME (the local
authority and its relevant health board, jointly: s.7(6)) from 1 April 2017
to DATE (default today in Scotland) and the next ones, each with its status
on DATE:

  - each three-year period's plan prepared before the period starts
    (s.8(1), as guidance para 101 reads it): late is statutory;
  - a copy to the Scottish Ministers, a copy to each other service
    provider, and publication, "as soon as reasonably practicable" after the
    plan (or a revised plan: guidance para 119) is prepared (s.10(7)): the
    Act sets no number, so late past the local policy limit (--copy-days,
    default 28) is practice;
  - the current plan kept under review (s.11(1)(a)), a continuing duty;
  - each reporting period's annual report "as soon as practicable" after it
    ends (s.13(1)): late past the end of June after it is guidance (paras
    125, 129; not for reports on 2017-2020 plans, which the 2nd edition of
    the guidance does not cover), past the local policy limit
    (--report-days, default 183; the Act sets no number) practice; a report
    published before its year ended does not meet s.13(1) (statutory);
  - the Scottish Government's review of the plans, April to October of the
    year of submission (guidance para 6), for information.

FILE is a planning history (kind "planning-history"): the dates each plan
was prepared, sent to the Ministers and to each other service provider,
published and revised, each report published, and any temporary relief from
time limits the partnership relies on (none is assumed); "part3 schema
planning-history" prints its format. Without it, everything is owed and
nothing is met. --council may be left out when FILE names the council.
Anything FILE records after DATE is not yet done on DATE.

--s60 DATE applies section 60 of the Children (Care, Care Experience and
Services Planning) (Scotland) Act 2026 from DATE: the relevant integration
joint board then owes the partnership's obligations too.

Exit status 1 when an obligation is late in law (statutory); 2 for an
unknown council (with the closest names), a history that cannot be read, or
a DATE in no plan period (before 1 April 2017, after 31 March 9997).`,
		example: `
$ part3 calendar --council Fife --as-of 2026-11-26 --history duty/testdata/history-fife.json
Obligations of Fife Council and NHS Fife under Part 3, as of 2026-11-26
...
late (practice)  s.10(7)(b)      The 2026-2029 plan published: done 2026-05-20, 28 days after 2026-04-22 (the local policy limit)
late (guidance)  s.13(1)         The 2025-2026 annual report published: not done; 2026-06-30 (the guidance's target, guidance para 129) passed 149 days ago
ongoing          s.11(1)(a)      The 2026-2029 plan kept under review: continuing, from 2026-04-01 to 2029-03-31
due              s.13(1)         The 2026-2027 annual report published: due by 2027-06-30 (the guidance's target, guidance para 129)
...`,
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&calendarCouncil, "council", "", "the partnership's council area `NAME`: a name in common use or a GSS code")
			fs.StringVar(&calendarAsOf, "as-of", "", "the `DATE` the statuses are judged on, YYYY-MM-DD (default today in Scotland)")
			fs.StringVar(&calendarHistory, "history", "", "a planning-history document `FILE` (\"-\" for standard input)")
			fs.IntVar(&calendarCopyDays, "copy-days", 0, fmt.Sprintf("local policy: `DAYS` after preparation to send copies and publish (0: the default, %d; negative: no limit)", duty.DefaultCopyDays))
			fs.IntVar(&calendarReportDays, "report-days", 0, fmt.Sprintf("local policy: `DAYS` after a reporting period to publish its report (0: the default, %d; negative: no limit)", duty.DefaultReportDays))
			fs.StringVar(&calendarS60, "s60", "", "the `DATE` section 60 of the 2026 Act commences (default: not commenced)")
		},
		run: runCalendar,
	})
}

// calendarOutput is the JSON form of "part3 calendar".
type calendarOutput struct {
	Council       string           `json:"council"`
	Partnership   string           `json:"partnership"`
	AsOf          period.Date      `json:"as_of"`
	History       string           `json:"history"`
	JointPlanners []service.Body   `json:"joint_planners"`
	Law           service.Version  `json:"law"`
	Policy        policyJSON       `json:"policy"`
	Summary       calendarSummary  `json:"summary"`
	Obligations   []jsontext.Value `json:"obligations"`
	Findings      part3.Findings   `json:"findings"`
}

// policyJSON is the local policy applied, labelled as such.
type policyJSON struct {
	CopyDays   int    `json:"copy_days"`
	ReportDays int    `json:"report_days"`
	Basis      string `json:"basis"`
}

// calendarSummary counts the obligations by status, and the late ones by
// severity.
type calendarSummary struct {
	Met            int `json:"met"`
	Due            int `json:"due"`
	Late           int `json:"late"`
	LateStatutory  int `json:"late_statutory"`
	LateGuidance   int `json:"late_guidance"`
	LatePractice   int `json:"late_practice"`
	Ongoing        int `json:"ongoing"`
	ForInformation int `json:"information"`
}

func summarise(c duty.Calendar) calendarSummary {
	var s calendarSummary
	for _, o := range c.Obligations {
		switch o.Status {
		case duty.Met:
			s.Met++
		case duty.Due:
			s.Due++
		case duty.Late:
			s.Late++
			switch o.Severity {
			case part3.Statutory:
				s.LateStatutory++
			case part3.Guidance:
				s.LateGuidance++
			case part3.Practice:
				s.LatePractice++
			}
		case duty.Ongoing:
			s.Ongoing++
		case duty.Info:
			s.ForInformation++
		}
	}
	return s
}

func runCalendar(e *env, format string, args []string) int {
	if len(args) > 0 {
		return fail(e, &usageError{fmt.Sprintf("calendar: unexpected argument %q; run \"part3 calendar -h\" for usage", args[0])})
	}
	asOfText := calendarAsOf
	if asOfText == "" {
		asOfText = e.now
	}
	if asOfText == "" {
		asOfText = period.InScotland(time.Now()).String()
	}
	asOf, err := period.ParseDate(asOfText)
	if err != nil {
		return fail(e, &usageError{fmt.Sprintf("calendar: --as-of: %v", err)})
	}
	if _, err := period.PlanPeriodOf(asOf); err != nil {
		// Before 1 April 2017 or after 31 March 9997: no obligations.
		return fail(e, fmt.Errorf("calendar: --as-of: %w", err))
	}

	var h duty.History
	if calendarHistory != "" {
		data, err := e.readFile(calendarHistory)
		if err != nil {
			return fail(e, fmt.Errorf("calendar: %s: %v", calendarHistory, err))
		}
		if h, err = duty.DecodeHistory(calendarHistory, data); err != nil {
			return fail(e, err)
		}
	}
	var council service.Council
	switch {
	case calendarCouncil != "":
		if council, err = service.LookupCouncil(calendarCouncil); err != nil {
			return fail(e, fmt.Errorf("calendar: --council: %w", err))
		}
	case !h.Council.IsZero():
		council = h.Council
	default:
		return fail(e, &usageError{"calendar: --council NAME is required without a --history that names the council"})
	}

	law := service.DefaultLaw()
	if calendarS60 != "" {
		d, err := period.ParseDate(calendarS60)
		if err != nil {
			return fail(e, &usageError{fmt.Sprintf("calendar: --s60: %v", err)})
		}
		law = law.WithSection60Commencement(d)
	}
	opts := duty.Options{Law: law, Policy: duty.Policy{CopyDays: calendarCopyDays, ReportDays: calendarReportDays}}
	c, err := duty.NewCalendar(council, asOf, h, opts)
	if err != nil {
		if calendarHistory != "" {
			err = part3.WithFile(err, calendarHistory)
		}
		return fail(e, fmt.Errorf("calendar: %w", err))
	}

	findings := c.Findings()
	status := exitOK
	if findings.HasStatutory() {
		status = exitStatutory
	}
	if format == "json" {
		out := calendarOutput{
			Council:       council.Name(),
			Partnership:   service.PartnershipOf(council).String(),
			AsOf:          asOf,
			History:       calendarHistory,
			JointPlanners: c.JointPlanners,
			Law:           c.Law,
			Policy:        policyJSON{CopyDays: c.Policy.CopyDays, ReportDays: c.Policy.ReportDays, Basis: policyBasis},
			Summary:       summarise(c),
			Obligations:   make([]jsontext.Value, len(c.Obligations)),
			Findings:      findings,
		}
		if out.Findings == nil {
			out.Findings = part3.Findings{}
		}
		for i, o := range c.Obligations {
			v, err := obligationWithMessage(o, asOf)
			if err != nil {
				return fail(e, err)
			}
			out.Obligations[i] = v
		}
		if err := writeJSON(e.stdout, out); err != nil {
			return fail(e, err)
		}
		return status
	}
	writeCalendarText(e.stdout, council, c, calendarHistory, findings)
	return status
}

// policyBasis labels the policy limits: the Act sets no number.
const policyBasis = "local policy: the Act says \"as soon as reasonably practicable\" (s.10(7)) and \"as soon as practicable\" (s.13(1)) and sets no number of days; lateness past these limits is practice, not a breach of the Act"

// obligationWithMessage is o's JSON with a "message" member saying where it
// stands on asOf.
func obligationWithMessage(o duty.Obligation, asOf period.Date) (jsontext.Value, error) {
	b, err := json.Marshal(o)
	if err != nil {
		return nil, err
	}
	msg, err := json.Marshal(o.Describe(asOf))
	if err != nil {
		return nil, err
	}
	b = append(b[:len(b)-1], `,"message":`...)
	b = append(b, msg...)
	return jsontext.Value(append(b, '}')), nil
}

func statusWords(o duty.Obligation) string {
	if o.Status == duty.Late {
		return "late (" + o.Severity.String() + ")"
	}
	return o.Status.String()
}

func writeCalendarText(w io.Writer, council service.Council, c duty.Calendar, history string, findings part3.Findings) {
	names := make([]string, len(c.JointPlanners))
	for i, b := range c.JointPlanners {
		names[i] = b.Name
	}
	fmt.Fprintf(w, "Obligations of %s under Part 3, as of %s\n", joinAnd(names), c.AsOf)
	if history == "" {
		fmt.Fprintln(w, "History: none given, so nothing is shown as done.")
	} else {
		fmt.Fprintf(w, "History: %s\n", history)
	}
	fmt.Fprintf(w, "%s\n", wrap(fmt.Sprintf("Local policy (the Act sets no number of days): copies and publication within %s of preparation; annual reports within %s of the reporting period's end. Lateness past them is practice.",
		days(c.Policy.CopyDays), days(c.Policy.ReportDays)), "", 78))
	fmt.Fprintln(w)

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "Status\tProvision\tObligation")
	for _, o := range c.Obligations {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", statusWords(o), o.Citation(), o.Describe(c.AsOf))
		if o.Note != "" && o.Kind == duty.Deadline {
			fmt.Fprintf(tw, "\t\t  note: %s\n", o.Note)
		}
	}
	tw.Flush()

	s := summarise(c)
	fmt.Fprintf(w, "\n%d met, %d due, %d late (%d statutory, %d guidance, %d practice), %d ongoing, %d for information.\n",
		s.Met, s.Due, s.Late, s.LateStatutory, s.LateGuidance, s.LatePractice, s.Ongoing, s.ForInformation)
	// A statutory finding that is not a late obligation: a report
	// published before its period ended.
	for _, f := range findings.WithRule(duty.RuleReportAfterPeriod.ID) {
		fmt.Fprintf(w, "%s\n", wrap(fmt.Sprintf("Statutory finding (%s, %s): %s [%s]", f.Citation, f.Path, f.Message, f.Rule), "", 78))
	}
	seen := map[*duty.Relief]bool{}
	for _, o := range c.Obligations {
		if r := o.Relief; r != nil && !seen[r] {
			seen[r] = true
			text := fmt.Sprintf("Relief relied on: %s for %s%s until %s (%s)", r.Duty, r.PlanPeriod, r.ReportingPeriod, r.Until, r.Citation)
			if r.Note != "" {
				text += ": " + r.Note
			}
			fmt.Fprintf(w, "%s\n", wrap(text, "", 78))
		}
	}
	fmt.Fprintf(w, "%s\n", wrap("Law applied: "+strings.TrimPrefix(c.Law.String(), "the law on "+c.AsOf.String()+": ")+".", "", 78))
}

func days(n int) string {
	if n < 0 {
		return "no limit"
	}
	return fmt.Sprintf("%d days", n)
}

// joinAnd joins names as "A and B" or "A, B and C".
func joinAnd(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
