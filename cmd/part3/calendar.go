package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/internal/words"
	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/period"
	"github.com/csplanning/part3/service"
)

func init() {
	register(&command{
		name:    "calendar",
		args:    "--council NAME [--history FILE] --as-of DATE|today [--context FILE]",
		summary: "what a partnership owes under Part 3 from 1 April 2017: met, due and late, with dates and citations",
		detail: `
Lists the obligations of the partnership of council NAME (the local
authority and its relevant health board, jointly: s.7(6)) from 1 April 2017
to the as-of date and the next ones, each with its status on that date:

  - each three-year period's plan prepared before the period starts
    (s.8(1), as guidance para 101 reads it): late is statutory;
  - a copy to the Scottish Ministers, a copy to each other service
    provider, and publication, "as soon as reasonably practicable" after the
    plan (or a revised plan: guidance para 119) is prepared (s.10(7)): the
    Act sets no number, so late past the partnership's own limit
    (--copy-days, or the context's policy; the module's default is 28
    days) is practice;
  - the current plan kept under review (s.11(1)(a)), a continuing duty;
  - each reporting period's annual report "as soon as practicable" after it
    ends (s.13(1)): late past the end of June after it is guidance (paras
    125, 129; not for reports on 2017-2020 plans, which the 2nd edition of
    the guidance does not cover), past the partnership's own limit
    (--report-days, or the context's policy; the module's default is 183
    days; the Act sets no number) practice; a report published before its
    year ended does not meet s.13(1) (statutory);
  - the Scottish Government's review of the plans, April to October of the
    year of submission (guidance para 6), for information.

FILE is a planning history (kind "planning-history"): the dates each plan
was prepared, sent to the Ministers and to each other service provider,
published and revised, each report published, and any temporary relief from
time limits the partnership relies on (none is assumed); "part3 schema
planning-history" prints its format. Without it, everything is owed and
nothing is met. --council may be left out when FILE names the council.
Anything FILE records after the as-of date is not yet done on it.

` + contextHelp + `

--s60 DATE applies section 60 of the Children (Care, Care Experience and
Services Planning) (Scotland) Act 2026 from DATE: the relevant integration
joint board then owes the partnership's obligations too. --s60,
--copy-days and --report-days override the --context file's.

With --format json the output is one JSON object, the answer of package
judge: {"build", "law", "context", "results": [{"file", "kind",
"findings", "calendar"}]}.

--format ics writes the obligations as an iCalendar file (RFC 5545) to
import into Outlook, Google Calendar or Apple Calendar: an all-day event
on the day each obligation falls due (the earliest of its limits; the
review window over its months), saying what is owed, by whom, under which
provision (with a link to its text) and its status on the as-of date.
Continuing duties, and deadlines whose plan is not yet prepared, have no
day and are left out. Each event's UID is made of the council, duty,
period, revision and reporting period, so importing a later calendar
updates the events rather than adding more.

--format svg draws the obligations as a timeline picture from 2017 to the
next plan period, a mark for each on the day it falls due, its shape and
colour its status (met, due, late by severity, not recorded), each lane
labelled with its provision; it prints in grey and has text alternatives.

Exit status 1 when an obligation is late in law (statutory); 2 for an
unknown council (with the closest names), a history that cannot be read, a
missing as-of date or one in no plan period (before 1 April 2017, after 31
March 9997), or a context that cannot be read.`,
		example: `
$ part3 calendar --council Fife --as-of 2026-11-26 --history duty/testdata/history-fife.json
Obligations of Fife Council and NHS Fife under Part 3, as of 2026-11-26
History: duty/testdata/history-fife.json
...
Status            Provision        Obligation
...
late (statutory)  s.10(7)(a)(ii)   The 2020-2023 plan (revision 1) sent to each
                                   other service provider: not sent to any of
                                   the 6 other service providers as of
                                   2026-11-26; the limit was 2023-03-31 (the end
                                   of the plan's period 2020-2023: the engine's
                                   reading is that "as soon as reasonably
                                   practicable" never outlasts the period the
                                   plan is for; the Act sets no number)
...
late (practice)   s.10(7)(b)       The 2026-2029 plan published: published on
                                   2026-05-20, 28 days past 2026-04-22, the
                                   module's default of 28 days (no law or
                                   guidance sets a number; set your
                                   partnership's own) after the plan was
                                   prepared on 2026-03-25
late (guidance)   s.13(1)          The 2025-2026 annual report published: not
                                   published as of 2026-11-26, 149 days past
                                   2026-06-30 (the guidance's end-of-June
                                   target, guidance paras 125 and 129)
ongoing           s.11(1)(a)       The 2026-2029 plan kept under review:
                                   continuing, from 2026-04-01 to 2029-03-31
...`,
		formats:    []string{"text", "json", "ics", "svg"},
		readsFiles: true,
		bind: withFlags(func(fs *flag.FlagSet, o *calendarFlags) {
			fs.StringVar(&o.council, "council", "", "the partnership's council area `NAME`: a name in common use or a GSS code")
			fs.StringVar(&o.history, "history", "", "a planning-history document `FILE` (\"-\" for standard input)")
			o.ctx.add(fs)
			fs.Var(&o.copyDays, "copy-days", fmt.Sprintf("the partnership's own limit: `DAYS` after preparation to send copies and publish (0: the module's default, %d; negative: no limit)", judgement.DefaultCopyDays))
			fs.Var(&o.reportDays, "report-days", fmt.Sprintf("the partnership's own limit: `DAYS` after a reporting period to publish its report (0: the module's default, %d; negative: no limit)", judgement.DefaultReportDays))
			fs.StringVar(&o.s60, "s60", "", "the `DATE` section 60 of the 2026 Act commences (default: not commenced)")
		}, runCalendar),
	})
}

// calendarFlags are the flags of one run of "part3 calendar".
type calendarFlags struct {
	council, history, s60 string
	copyDays, reportDays  intFlag
	ctx                   contextFlags
}

// intFlag is a number of days given on the command line, and whether it
// was given: a number left out keeps the --context file's.
type intFlag struct {
	n   int
	set bool
}

func (f *intFlag) String() string {
	if f == nil || !f.set {
		return ""
	}
	return strconv.Itoa(f.n)
}

func (f *intFlag) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return errors.New("not a whole number of days")
	}
	f.n, f.set = n, true
	return nil
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

func runCalendar(e *env, o *calendarFlags, format string, args []string) int {
	if len(args) > 0 {
		return fail(e, &usageError{fmt.Sprintf("calendar: unexpected argument %q; run \"part3 calendar -h\" for usage", args[0])})
	}
	if err := stdinOnce("calendar", o.history, o.ctx.context); err != nil {
		return fail(e, err)
	}
	ctx, err := o.ctx.resolve(e, "calendar")
	if err != nil {
		return fail(e, err)
	}
	flagFor := map[string]string{}
	if o.s60 != "" {
		d, err := period.ParseDate(o.s60)
		if err != nil {
			return fail(e, &usageError{fmt.Sprintf("calendar: --s60: %v", err)})
		}
		ctx.Act2026Section60 = d
		flagFor["/act_2026_s60_commencement"] = "s60"
	}
	if o.copyDays.set {
		ctx.Policy.CopyDays = o.copyDays.n
		flagFor["/policy/copy_days"] = "copy-days"
	}
	if o.reportDays.set {
		ctx.Policy.ReportDays = o.reportDays.n
		flagFor["/policy/report_days"] = "report-days"
	}
	if err := validateContext("calendar", ctx, o.ctx.context, flagFor); err != nil {
		return fail(e, err)
	}
	if _, err := period.PlanPeriodOf(ctx.AsOf); err != nil {
		// Before 1 April 2017 or after 31 March 9997: no obligations.
		if o.ctx.asOf == "" {
			return fail(e, fmt.Errorf("calendar: --context: %w", &part3.InputError{File: label(o.ctx.context), Path: "/as_of", Category: part3.ErrInvalidValue, Err: err}))
		}
		return fail(e, fmt.Errorf("calendar: --as-of: %w", err))
	}

	var history *judge.Input
	if o.history != "" {
		data, err := e.readFile(o.history)
		if err != nil {
			return fail(e, fmt.Errorf("calendar: --history: %w", unreadable(o.history, err, "a readable planning-history file")))
		}
		history = &judge.Input{File: label(o.history), Data: data}
	}
	var council service.Council
	switch {
	case o.council != "":
		if council, err = service.LookupCouncil(o.council); err != nil {
			return fail(e, fmt.Errorf("calendar: --council: %w", err))
		}
	case history != nil:
		// The council the history names.
		h, err := duty.DecodeHistory(history.File, history.Data)
		if err != nil {
			return fail(e, fmt.Errorf("calendar: %w", err))
		}
		council = h.Council
	}
	if council.IsZero() {
		return fail(e, &usageError{"calendar: --council NAME is required without a --history that names the council"})
	}

	ans, err := judge.Calendar(council, history, ctx)
	if err != nil {
		return fail(e, fmt.Errorf("calendar: %w", err))
	}
	ans.Build = e.build()
	res := ans.Results[0]
	status := statusOf(ans)
	if res.Error != nil {
		fmt.Fprintf(e.stderr, "part3: calendar: %s\n", visible(problemLine(res)))
		if format != "json" {
			return status
		}
	}
	switch format {
	case "json":
		if code := writeAnswer(e, ans); code != exitOK {
			return code
		}
		return status
	case "ics", "svg":
		if res.Calendar == nil {
			return status
		}
		write := res.Calendar.WriteICS
		if format == "svg" {
			write = res.Calendar.WriteSVG
		}
		if err := write(e.stdout); err != nil {
			return fail(e, err)
		}
		return status
	}
	writeCalendarText(e.stdout, *res.Calendar, o.history, res.Findings, ans, o.ctx.context, e.textWidth())
	return status
}

func statusWords(o duty.Obligation) string {
	if o.Status == duty.Late {
		return "late (" + o.Severity.String() + ")"
	}
	return o.Status.String()
}

func writeCalendarText(w io.Writer, c duty.Calendar, history string, findings part3.Findings, ans judge.Answer, contextFile string, width int) {
	names := make([]string, len(c.JointPlanners))
	for i, b := range c.JointPlanners {
		names[i] = b.Name
	}
	fmt.Fprintln(w, wrap(fmt.Sprintf("Obligations of %s under Part 3, as of %s", words.And(names), c.AsOf), "", width))
	if history == "" {
		fmt.Fprintln(w, "History: none given, so nothing is shown as done.")
	} else {
		fmt.Fprintln(w, wrapHanging(label(history), "History: ", "  ", width))
	}
	if contextFile != "" {
		fmt.Fprintln(w, wrapHanging(label(contextFile), "Judgement context: ", "  ", width))
	}
	fmt.Fprintln(w, wrap("Limits where the Act sets no number of days (lateness past them is practice):", "", width))
	fmt.Fprintln(w, wrap("copies and publication of a plan, after it is prepared: "+c.Policy.Copy().String(), "  ", width-2))
	fmt.Fprintln(w, wrap("an annual report, after its reporting period ends: "+c.Policy.Report().String(), "  ", width-2))
	fmt.Fprintln(w)

	rows := [][]string{{"Status", "Provision", "Obligation"}}
	for _, o := range c.Obligations {
		rows = append(rows, []string{statusWords(o), o.Citation().String(), o.Describe(c.AsOf)})
		if o.Note != "" && o.Kind == duty.Deadline {
			rows = append(rows, []string{"", "", "  note: " + o.Note})
		}
	}
	writeTable(w, width, "", rows)

	s := summarise(c)
	fmt.Fprintln(w)
	fmt.Fprintln(w, wrap(fmt.Sprintf("%d met, %d due, %d late (%d statutory, %d guidance, %d practice), %d ongoing, %d for information.",
		s.Met, s.Due, s.Late, s.LateStatutory, s.LateGuidance, s.LatePractice, s.Ongoing, s.ForInformation), "", width-2))
	// A finding that is not a late obligation: a report published before
	// its period ended, a condition it does not meet (no breach).
	for _, f := range findings.WithRule(duty.RuleReportAfterPeriodID) {
		fmt.Fprintf(w, "%s\n", wrap(fmt.Sprintf("%s (%s, %s): %s [%s]", words.Capitalise(f.Severity.String()), f.Citation, f.Path, f.Message, f.Rule), "", width-2))
		if len(f.By) > 0 {
			fmt.Fprintf(w, "%s\n", wrap(byWords(f), "  ", width-2))
		}
	}
	seen := map[judgement.Relief]bool{}
	for _, o := range c.Obligations {
		if r := o.Relief; r != nil && !seen[*r] {
			seen[*r] = true
			text := fmt.Sprintf("Relief relied on: %s for %s%s until %s (%s)", r.Duty, r.PlanPeriod, r.ReportingPeriod, r.Until, r.Citation)
			if r.Note != "" {
				text += ": " + r.Note
			}
			fmt.Fprintf(w, "%s\n", wrap(text, "", width-2))
		}
	}
	fmt.Fprintf(w, "%s\n", wrap("Law applied: "+strings.TrimPrefix(ans.Law.String(), "the law on "+ans.Law.On.String()+": ")+".", "", width-2))
}
