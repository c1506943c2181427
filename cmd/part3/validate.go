package main

import (
	"flag"
	"fmt"
	"slices"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judge"
)

func init() {
	register(&command{
		name:    "validate",
		args:    "FILE_OR_FOLDER... [--plan PLAN] [--max-findings N] --as-of DATE|today [--context FILE]",
		summary: "judges each document against the Act and the guidance: findings, legal effect, coverage, decisions",
		detail: `
Reads each FILE ("-" for standard input, named "standard input" in the
output; it can be given once), and every file ending in .json directly in
each FOLDER, in name order (so that a shell that does not expand *.json,
such as Windows', need not), finds each one's kind from its "kind"
member, decodes it strictly and judges it as of the as-of date, printing
its findings grouped by severity (statutory, guidance, practice), each with
its citation, JSON path and message (and, for a statutory finding, the
bodies in breach: "by Moray Council and NHS Grampian"), and what the
document means in law:

  - a children's services plan: its findings;
  - an annual report: its findings; with --plan, its findings against the
    plan, and which of the plan's three reporting periods the reports given
    cover (covered, missing, duplicated or open; s.13(1));
  - a notice of disagreement: its findings and its legal effect under
    s.10(8), for which matters (with --plan, checked against the plan);
  - a planning history: the findings on the partnership's obligations
    (part3 calendar --history lists them all);
  - a duty question: the decision, with its chain of reasons (as part3
    decide prints it).

Every kind package judge judges is accepted ("part3 schema" lists the
kinds). A judgement context is not a document to judge (give it with
--context), nor is a scenario file (part3 test runs it): either is bad
input here, with an error that says so.

Rules that could not be applied are listed after the findings, one line
per reason: those that need the plan (rerun with --plan PLAN), and the
guidance's checks, which are not available for a 2017-2020 plan (the 2nd
edition applies from 1 April 2020).

A notice's findings are of severity condition: each is a condition of
s.10(8) the notice does not meet, so that it (or one of its matters) has no
legal effect and does not disapply the s.12 duty. An annual report
published before its year ended gets one too: it is not the report s.13(1)
requires, which stays owed. Conditions are no breach by anyone and never
set exit status 1. A record dated after the as-of date (a
publication, a copy, a notice) is not yet done.

` + contextHelp + `

A file that cannot be read as its kind (broken JSON, an unknown field, a
missing required value) is reported once, on standard error, on one line
naming the file, the JSON path and what was expected; the text output
marks it as bad input, and the other files are still judged. A document
is bad input too if it is larger than 8 MiB, nests objects and arrays
more than 32 deep, or starts with a byte order mark.

With several files, the output ends with a summary, a line a file (its
findings counted by severity, or bad input), and the totals.

--max-findings N lists at most N findings of each document, the most
severe first (so a statutory finding is never the one left out), and says
how many more there are; the exit status counts them all.

With --format json the output is one JSON object, the answer of package
judge: {"build", "law", "context", "plan", "results": [{"file", "kind",
"findings", "skipped", ...} or {"file", "kind", "error"}], "coverage"}.

With --format csv the output is the findings of the whole batch as one CSV
table (RFC 4180) for a spreadsheet, a row per finding with the columns
file, kind, rule, severity, citation, url (the address of the text cited),
path, message and by (the bodies in breach of a statutory finding, joined
with "; "); a file that is bad input is one row of severity "error".

Exit status: 0 when no document has a statutory finding; 1 when one has; 2
when any file is bad input, or for a missing as-of date or a context or
plan that cannot be read. When a batch has both, a file that is bad input
and another with a statutory finding, both are reported and the status is
2: the answer is incomplete, as one file was not judged at all, and a
script that checks for 1 must not take the batch for judged. Read the
output (or the summary) for the statutory findings of the others.`,
		example: `
$ part3 validate --as-of 2026-11-26 consult/testdata/notice-unpublished.json
== consult/testdata/notice-unpublished.json
   (notice-of-disagreement): 1 condition
legal effect: none: the notice does not meet s.10(8) (see the conditions
below, which are no breach by anyone), so the exception of s.12(3)(b) cannot
rest on it
condition
  s.10(8) /published
    The notice has not been published: section 10(8) requires the issuer to
    prepare and publish it, in such manner as it considers appropriate; the
    notice has no legal effect [consult.notice-published]
not checked
  2 rules need the plan: rerun with --plan PLAN

Judged as of 2026-11-26.`,
		formats:    []string{"text", "json", "csv"},
		readsFiles: true,
		bind: withFlags(func(fs *flag.FlagSet, o *validateFlags) {
			fs.StringVar(&o.plan, "plan", "", "the plan `PLAN` the annual reports and notices belong to, to judge them against")
			fs.IntVar(&o.maxFindings, "max-findings", 0, "list at most `N` findings of each document, the most severe first, and count the rest (0: all)")
			o.ctx.add(fs)
		}, runValidate),
	})
}

// validateFlags are the flags of one run of "part3 validate".
type validateFlags struct {
	plan        string
	maxFindings int
	ctx         contextFlags
}

func runValidate(e *env, o *validateFlags, format string, args []string) int {
	if len(args) == 0 {
		return fail(e, &usageError{"validate: no file given; run \"part3 validate -h\" for usage"})
	}
	if o.maxFindings < 0 {
		return fail(e, &usageError{fmt.Sprintf("validate: --max-findings %d: expected a number of findings, or 0 for all", o.maxFindings)})
	}
	if err := stdinOnce("validate", append(slices.Clone(args), o.plan, o.ctx.context)...); err != nil {
		return fail(e, err)
	}
	files, err := e.expandFolders("part3 validate", args)
	if err != nil {
		return fail(e, fmt.Errorf("validate: %w", err))
	}
	ctx, err := o.ctx.resolve(e, "validate")
	if err != nil {
		return fail(e, err)
	}
	req := judge.Request{Context: ctx, MaxFindings: o.maxFindings}
	if o.plan != "" {
		data, err := e.readFile(o.plan)
		if err != nil {
			return fail(e, fmt.Errorf("validate: --plan: %w", unreadable(o.plan, err, "a readable plan file")))
		}
		req.Plan = &judge.Input{File: label(o.plan), Data: data}
	}
	ans, err := judgeFiles(e, "part3 validate", files, "a readable file", "", req)
	if err != nil {
		return fail(e, fmt.Errorf("validate: --plan: %w", part3.WithFile(err, label(o.plan))))
	}
	reportBadInput(e, ans)
	switch format {
	case "json":
		if code := writeAnswer(e, ans); code != exitOK {
			return code
		}
		return statusOf(ans)
	case "csv":
		if err := ans.WriteFindingsCSV(e.stdout); err != nil {
			return fail(e, err)
		}
		return statusOf(ans)
	}
	w, width := e.stdout, e.textWidth()
	for i, r := range ans.Results {
		if i > 0 {
			fmt.Fprintln(w)
		}
		writeResult(w, r, req.Plan != nil, width)
	}
	if ans.Coverage != nil {
		fmt.Fprintln(w)
		writeCoverage(w, *ans.Coverage, ans.Results, width)
	}
	writeSummary(w, ans.Results, width)
	fmt.Fprintln(w)
	writeJudgedBy(w, ans, o.ctx.context, width)
	return statusOf(ans)
}
