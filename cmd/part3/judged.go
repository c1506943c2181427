package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/internal/words"
	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/judgement"
	"github.com/csplanning/part3/report"
)

// The commands that judge documents read them, hand them to package judge
// with the judgement context, and print its Answer: as it is with --format
// json, in words otherwise. Nothing here decides anything about the law.

// judgeFiles reads each file and judges the readable ones with the
// request's other members, returning an Answer with one Result per file in
// order: a file that cannot be read has a Result with its Problem. expected
// says what a file should be, for the error of one that cannot be read.
// only, if set, is the one kind of document the command reads: a document
// of another kind is bad input, not judged. The error is the request's own
// (a plan that cannot be read, a context that is not valid).
func judgeFiles(e *env, cmd string, files []string, expected, only string, req judge.Request) (judge.Answer, error) {
	var refused []judge.Result
	at := make([]int, len(files)) // index into req.Documents, or -1-index into refused
	for i, file := range files {
		data, err := e.readFile(file)
		name := label(file)
		var kind string
		if err != nil {
			err = unreadable(file, err, expected)
		} else if only != "" {
			if kind, _ = part3.PeekKind(name, data); kind != "" && kind != only {
				err = &part3.InputError{File: name, Path: "/kind", Category: part3.ErrWrongKind,
					Err: fmt.Errorf("the document is of kind %q, which %s does not read", kind, cmd), Expected: fmt.Sprintf("a document of kind %q", only)}
			}
		}
		if err != nil {
			at[i] = -1 - len(refused)
			refused = append(refused, badResult(name, kind, err))
			continue
		}
		at[i] = len(req.Documents)
		req.Documents = append(req.Documents, judge.Input{File: name, Data: data})
	}
	ans, err := judge.Judge(req)
	if err != nil {
		return judge.Answer{}, err
	}
	results := make([]judge.Result, len(files))
	for i, k := range at {
		if k < 0 {
			results[i] = refused[-1-k]
		} else {
			results[i] = ans.Results[k]
		}
	}
	ans.Results = results
	ans.Build = e.build()
	return ans, nil
}

// badResult is the Result of a document that is bad input.
func badResult(file, kind string, err error) judge.Result {
	return judge.Result{File: file, Kind: kind, Error: judge.NewProblem(err), Findings: part3.Findings{}, Skipped: []judge.Skipped{}}
}

// readElsewhere adds to the message of bad input of a kind that another
// command reads what reads it.
var readElsewhere = map[string]string{
	"scenarios":    "to run it: part3 test FILE",
	judgement.Kind: "to judge with it: --context FILE",
}

// problemLine returns r's Problem on one line, with the tool's own hint
// where it has one: the command that reads a kind another command reads,
// or the command that lists the fields of a kind. (The library's messages
// name no command, so that any interface can show them.)
func problemLine(r judge.Result) string {
	msg := oneLine(r.Error.Message)
	if hint, ok := readElsewhere[r.Kind]; ok && r.Error.Path == "/kind" {
		msg += "; " + hint
	}
	if r.Error.Category == part3.ErrUnknownField.Error() && r.Kind != "" {
		msg += fmt.Sprintf("; part3 schema %s lists the fields", r.Kind)
	}
	return msg
}

// reportBadInput writes a line on standard error for each Result that is
// bad input and returns how many there were. Bad input is said there only:
// the text output marks the file as bad input and no more.
func reportBadInput(e *env, ans judge.Answer) int {
	n := 0
	for _, r := range ans.Results {
		if r.Error != nil {
			n++
			fmt.Fprintf(e.stderr, "part3: %s\n", visible(problemLine(r)))
		}
	}
	return n
}

// badInputLine is the line of the text output for a file that is bad
// input, whose error is on standard error.
func badInputLine(w io.Writer, file string, width int) {
	header(w, file, ": bad input (see standard error)", width)
}

// header writes the line that opens a document's part of the output:
// "== FILE" and what follows it (" (kind): counts", ": title"), or, where
// that does not fit, FILE on its line and what follows beneath it.
// The file name is shown whole, its spaces as they are.
func header(w io.Writer, file, what string, width int) {
	one := "== " + visible(file) + visible(what)
	if runes(one) <= width || what == "" {
		fmt.Fprintln(w, one)
		return
	}
	fmt.Fprintln(w, "== "+visible(file))
	fmt.Fprintln(w, wrap(strings.TrimPrefix(what, ": "), "   ", width))
}

// writeAnswer writes ans as one JSON value.
func writeAnswer(e *env, ans judge.Answer) int {
	if err := judge.WriteJSON(e.stdout, ans); err != nil {
		return fail(e, err)
	}
	return exitOK
}

// severities are the severities in the order text output lists them: a
// notice's conditions of legal effect last.
var severities = part3.Severities()

// writeResult writes one document's Result in words: a header with the
// counts of findings, what it means in law (a notice's legal effect, a
// duty question's decision, a calendar's summary), the findings grouped
// by severity, and the rules not applied and why.
func writeResult(w io.Writer, r judge.Result, planGiven bool, width int) {
	if r.Error != nil {
		badInputLine(w, r.File, width)
		return
	}
	header(w, r.File, fmt.Sprintf(" (%s): %s", r.Kind, countWords(r.Findings, r.Omitted)), width)
	if r.Notice != nil {
		fmt.Fprintln(w, wrap("legal effect: "+legalEffectWords(*r.Notice, r.Findings), "", width-2))
	}
	if r.Calendar != nil {
		writeCalendarSummary(w, *r.Calendar, r.File, width)
	}
	if r.Decision != nil {
		writeDecision(w, *r.Decision, width)
	}
	writeFindings(w, r.Findings, width)
	if r.Omitted > 0 {
		fmt.Fprintln(w, wrap(fmt.Sprintf("and %s not shown (--max-findings %d)", findingsWord(r.Omitted, "more finding", "more findings"), len(r.Findings)), "", width-2))
	}
	if lines := skippedLines(r, planGiven); len(lines) > 0 {
		fmt.Fprintln(w, "not checked")
		for _, l := range lines {
			fmt.Fprintln(w, wrap(l, "  ", width-2))
		}
	}
}

// findingsWord says "1 X" or "N Xs".
func findingsWord(n int, one, several string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, several)
}

// writeFindings writes findings grouped by severity, each with its
// citation, path, message and rule, and for a statutory finding the bodies
// in breach ("by Moray Council and NHS Grampian").
func writeFindings(w io.Writer, fs part3.Findings, width int) {
	for _, s := range severities {
		group := fs.WithSeverity(s)
		if len(group) == 0 {
			continue
		}
		fmt.Fprintln(w, s)
		for _, f := range group {
			path := f.Path
			if path == "" {
				path = "/"
			}
			fmt.Fprintln(w, wrap(f.Citation.String()+" "+path, "  ", width-2))
			fmt.Fprintf(w, "%s\n", wrap(f.Message+" ["+f.Rule+"]", "    ", width-4))
			if len(f.By) > 0 {
				fmt.Fprintf(w, "%s\n", wrap(byWords(f), "    ", width-4))
			}
		}
	}
}

// byWords says who is in breach, for a statutory finding: "by Moray
// Council and NHS Grampian".
func byWords(f part3.Finding) string { return "by " + words.And(f.By) }

// countWords says how many findings of each severity there are, such as
// "1 statutory, 2 practice", or "no findings", and how many more a cap on
// the findings left out.
func countWords(fs part3.Findings, omitted int) string {
	var parts []string
	for _, s := range severities {
		if n := fs.Count(s); n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, s))
		}
	}
	if omitted > 0 {
		parts = append(parts, fmt.Sprintf("%d more not shown", omitted))
	}
	if len(parts) == 0 {
		return "no findings"
	}
	return strings.Join(parts, ", ")
}

// legalEffectWords says whether a notice of disagreement has legal effect
// under s.10(8), for which matters, and why not.
func legalEffectWords(n judge.Notice, fs part3.Findings) string {
	var yes, no []int
	for _, m := range n.Matters {
		if m.Effective {
			yes = append(yes, m.Index+1)
		} else {
			no = append(no, m.Index+1)
		}
	}
	if !n.LegalEffect || len(yes) == 0 {
		why := "none of its matters has legal effect"
		if fs.Count(part3.Condition) > 0 {
			why = "the notice does not meet s.10(8) (see the conditions below, which are no breach by anyone)"
		}
		return "none: " + why + ", so the exception of s.12(3)(b) cannot rest on it"
	}
	s := "yes, for " + matterWords(yes) + ": the exception of s.12(3)(b) can rest on " + pronoun(len(yes))
	if len(no) > 0 {
		s += "; not for " + matterWords(no) + " (see the conditions below)"
	}
	return s
}

func pronoun(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}

// matterWords names matters by number: "matter 1", "matters 1 and 3",
// "matters 1, 2 and 4".
func matterWords(ns []int) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = strconv.Itoa(n)
	}
	if len(s) == 1 {
		return "matter " + s[0]
	}
	return "matters " + words.And(s)
}

// The reasons package judge gives for a rule not applied, as it words
// them: the CLI says them in its own words, with the flag to give. A test
// checks they are the reasons judge gives.
const (
	reasonNeedsPlan     = "it needs the plan"
	reasonGuidance2017  = "the 2nd edition of the statutory guidance applies to plans from 1 April 2020"
	reasonPlanNotReport = "the plan given is not this report's"
)

// skippedLines collapses r's skipped rules to one line per reason, in the
// order the reasons first appear, in the command line's words.
func skippedLines(r judge.Result, planGiven bool) []string {
	var reasons []string
	count := map[string]int{}
	for _, s := range r.Skipped {
		if count[s.Reason] == 0 {
			reasons = append(reasons, s.Reason)
		}
		count[s.Reason]++
	}
	lines := make([]string, 0, len(reasons))
	for _, why := range reasons {
		n := count[why]
		switch {
		case strings.HasPrefix(why, reasonNeedsPlan) && !planGiven:
			lines = append(lines, fmt.Sprintf("%s the plan: rerun with --plan PLAN", rules(n, "needs", "need")))
		case strings.HasPrefix(why, reasonGuidance2017):
			what := "a 2017-2020 plan"
			if r.Kind == report.Kind {
				what = "a report on a 2017-2020 plan"
			}
			lines = append(lines, fmt.Sprintf("guidance checks are not available for %s (the 2nd edition applies from 1 April 2020): %s", what, rules(n, "", "")))
		default:
			lines = append(lines, fmt.Sprintf("%s: %s", rules(n, "", ""), why))
		}
	}
	return lines
}

// rules says "1 rule" or "N rules", followed by the verb for one or for
// several when one is given.
func rules(n int, one, several string) string {
	s := fmt.Sprintf("%d rules", n)
	verb := several
	if n == 1 {
		s, verb = "1 rule", one
	}
	if verb != "" {
		s += " " + verb
	}
	return s
}

// writeCoverage writes which of the plan's three reporting periods the
// reports given cover (s.13(1)), naming the reports by file.
func writeCoverage(w io.Writer, c report.Coverage, results []judge.Result, width int) {
	var reports []string // the files of the reports judged, in order: Coverage's indexes
	for _, r := range results {
		if r.Error == nil && r.Kind == report.Kind {
			reports = append(reports, r.File)
		}
	}
	files := func(idx []int) string {
		names := make([]string, len(idx))
		for i, k := range idx {
			names[i] = reports[k]
		}
		return words.And(names)
	}
	fmt.Fprintln(w, wrap(fmt.Sprintf("The %s plan's reporting periods, each to be reported on after it ends (s.13(1)), as of %s:", c.PlanPeriod, c.AsOf), "", width-2))
	for _, pc := range c.Periods {
		var what string
		switch pc.Status {
		case report.Covered, report.Duplicated:
			what = "by " + files(pc.Reports)
		case report.Missing:
			what = fmt.Sprintf("ended on %s, with no published report among those given", pc.Period.End())
		case report.Open:
			what = fmt.Sprintf("ends on %s", pc.Period.End())
		}
		if len(pc.Drafts) > 0 {
			what += fmt.Sprintf("; not published by %s: %s", c.AsOf, files(pc.Drafts))
		}
		fmt.Fprintln(w, wrapHanging(what, fmt.Sprintf("  %-10s %-10s ", pc.Period, pc.Status), strings.Repeat(" ", 24), width-2))
	}
	if len(c.Other) > 0 {
		fmt.Fprintln(w, wrapHanging(files(c.Other), "  not on this plan:     ", strings.Repeat(" ", 24), width-2))
	}
}

// writeCalendarSummary writes, for a planning history judged as a
// document, how many obligations are met, due and late.
func writeCalendarSummary(w io.Writer, c duty.Calendar, file string, width int) {
	s := summarise(c)
	fmt.Fprintln(w, wrap(fmt.Sprintf("obligations of the %s partnership as of %s: %d met, %d due, %d late (%d statutory, %d guidance, %d practice), %d ongoing; part3 calendar --history %s --as-of %s lists them",
		c.Council.Name(), c.AsOf, s.Met, s.Due, s.Late, s.LateStatutory, s.LateGuidance, s.LatePractice, s.Ongoing, file, c.AsOf), "", width-2))
}

// writeDecision writes a duty question's decision and its numbered chain
// of reasons, each with its citation.
func writeDecision(w io.Writer, d duty.Decision, width int) {
	const pad = "            "
	entry, known := duty.Lookup(d.Duty)
	title := ""
	if known {
		title = ": " + strings.ToLower(entry.Title[:1]) + entry.Title[1:]
	}
	fmt.Fprintln(w, wrapHanging(fmt.Sprintf("%s (%s)%s", d.Duty, d.Citation, title), "duty:       ", pad, width-2))
	fmt.Fprintln(w, wrapHanging(outcomeWords(d, known && entry.IsPower()), "outcome:    ", pad, width-2))
	decided := d.DecidedBy
	if d.DecidedByCitation.IsValid() {
		decided += " (" + d.DecidedByCitation.String() + ")"
	}
	if d.DecidedBy == duty.DecidedByDefault {
		decided += ": no exception holds"
	}
	fmt.Fprintln(w, wrapHanging(decided, "decided by: ", pad, width-2))
	fmt.Fprintln(w, "reasons:")
	for i, r := range d.Reasons {
		fmt.Fprintln(w, wrapHanging(r.String(), fmt.Sprintf("  %2d. ", i+1), "      ", width-2))
	}
	for _, n := range d.Notes {
		fmt.Fprintln(w, wrapHanging(n, "note:       ", pad, width-2))
	}
}

// outcomeWords says a decision's outcome: applies, excepted or not
// arising, with what that means.
func outcomeWords(d duty.Decision, power bool) string {
	switch d.Outcome {
	case duty.Applies:
		if power {
			return "applies: the power is available"
		}
		return "applies: the duty applies"
	case duty.Excepted:
		return "excepted: the duty would apply, but an exception holds"
	case duty.NotArising:
		return "not arising: the duty does not arise here"
	}
	return d.Headline()
}

// writeJudgedBy writes the line that says what the answers were judged
// with: the as-of date, and the context file and the law it applied when
// one was given.
func writeJudgedBy(w io.Writer, ans judge.Answer, contextFile string, width int) {
	if contextFile == "" {
		fmt.Fprintf(w, "Judged as of %s.\n", ans.Context.AsOf)
		return
	}
	fmt.Fprintln(w, wrap(fmt.Sprintf("Judged as of %s with the judgement context %s; law applied: %s.", ans.Context.AsOf, label(contextFile),
		strings.TrimPrefix(ans.Law.String(), "the law on "+ans.Law.On.String()+": ")), "", width-2))
}

// writeSummary ends the output of several documents with a line for each
// (its counts of findings, or bad input) and the totals.
func writeSummary(w io.Writer, results []judge.Result, width int) {
	if len(results) < 2 {
		return
	}
	var all part3.Findings
	bad, omitted := 0, 0
	rows := make([][]string, 0, len(results))
	for _, r := range results {
		all = append(all, r.Findings...)
		omitted += r.Omitted
		what := countWords(r.Findings, r.Omitted)
		if r.Error != nil {
			bad++
			what = "bad input"
		}
		rows = append(rows, []string{what, r.File})
	}
	fmt.Fprintln(w, "\nSummary:")
	for _, r := range rows {
		fmt.Fprintln(w, wrapHanging(r[1]+": "+r[0], "  ", "      ", width-2))
	}
	line := fmt.Sprintf("%d files: %s", len(results), countWords(all, omitted))
	if bad > 0 {
		line += fmt.Sprintf("; %d bad input", bad)
	}
	fmt.Fprintln(w, wrap(line, "", width-2))
}

// statusOf returns the exit status of an Answer: 2 when a document is bad
// input, 1 when one has a statutory finding, 0 otherwise.
func statusOf(ans judge.Answer) int {
	switch {
	case ans.BadInput() > 0:
		return exitBadInput
	case ans.HasStatutory():
		return exitStatutory
	}
	return exitOK
}
