package main

import (
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/plan"
)

func init() {
	register(&command{
		name:    "review",
		args:    "PLAN_OR_FOLDER... [--overview] [--max-findings N] --as-of DATE|today [--context FILE]",
		summary: "reviews each children's services plan against the fifteen criteria of guidance Appendix A",
		detail: `
Reads each PLAN ("-" for standard input), and every file ending in .json
directly in each FOLDER, in name order, each a document of kind
childrens-services-plan, and reviews it as of the as-of date against the
fifteen criteria the Scottish Government reviews plans against (statutory
guidance, Appendix A), with the Care Inspectorate's ten steps (Appendix B)
as a practice checklist beside them. For each criterion it gives a verdict
(met, partly-met, not-met or cannot-tell), the paths in the plan the
verdict rests on, and a one-line reason.

The verdicts are structural: is what the criterion asks for present in the
plan, linked to the rest of it, and measurable? The national review is a
person's judgement of quality, which this command cannot make: read a
verdict as a guide to where a reviewer should look. The 2nd edition of the
guidance, and so its appendices, applies to plans from 1 April 2020; a
review of a 2017-2020 plan is given for comparison only.

` + contextHelp + `

A file that cannot be read as a plan is reported once, on standard error,
on one line naming the file, the JSON path and what was expected; the
other files are still reviewed. With several files, the output ends with
a summary, a line a file with its verdicts counted, and the totals. With --format json the output is one JSON object, the
answer of package judge: {"build", "law", "context", "results": [{"file",
"kind", "findings", "review", ...} or {"file", "kind", "error"}],
"overview"}.

With --overview, the national overview follows the reviews, as the
Scottish Government publishes it: per criterion, how many plans met it,
partly met it, did not meet it or could not be judged; per partnership, its
row of verdicts; and the statutory findings counted across the plans.
Where several versions of one partnership's plan for one period are given,
only the latest revision counts. --format json adds "overview" to the
answer; --format html prints the overview alone as a self-contained page (a
table and a bar per criterion, no script) for people who would rather look
than read.

Exit status: 0 when every file was reviewed (and, with --overview, no plan
counted has a statutory finding); 1 when, with --overview, one has; 2 when
any file is bad input, or for a missing as-of date or a context that
cannot be read. Bad input wins over a statutory finding, both being
reported: a plan left out makes the overview incomplete.`,
		example: `
$ part3 review --as-of 2026-11-26 plan/testdata/tayside-2023-2026.json
== plan/testdata/tayside-2023-2026.json
Tayside Regional Improvement Collaborative: Angus, Dundee City, Perth and
Kinross
Tayside Plan for Children, Young People and Families 2023-2026 (period
2023-2026)
Appendix A review criteria: 9 met, 7 partly met, 0 not met, 0 cannot tell
   1 met          Vision
                  A vision statement is present; whether it is clear,
                  ambitious, compelling and shared is a reader's judgement
                  evidence: /vision
...`,
		formats:    overviewFormats,
		readsFiles: true,
		bind: withFlags(func(fs *flag.FlagSet, o *reviewFlags) {
			fs.BoolVar(&o.overview, "overview", false, "follow the reviews with the national overview, counting the plans' statutory findings")
			fs.IntVar(&o.maxFindings, "max-findings", 0, "with --format json, list at most `N` findings of each plan, the most severe first, and count the rest (0: all); the overview counts them all")
			o.ctx.add(fs)
		}, runReview),
	})
}

// reviewFlags are the flags of one run of "part3 review".
type reviewFlags struct {
	overview    bool
	maxFindings int
	ctx         contextFlags
}

func runReview(e *env, o *reviewFlags, format string, args []string) int {
	if len(args) == 0 {
		return fail(e, &usageError{"review: no plan given; run \"part3 review -h\" for usage"})
	}
	if o.maxFindings < 0 {
		return fail(e, &usageError{fmt.Sprintf("review: --max-findings %d: expected a number of findings, or 0 for all", o.maxFindings)})
	}
	if format == "html" && !o.overview {
		return fail(e, &usageError{"review: --format html prints the national overview; add --overview"})
	}
	if err := stdinOnce("review", append(slices.Clone(args), o.ctx.context)...); err != nil {
		return fail(e, err)
	}
	files, err := e.expandFolders("part3 review", args)
	if err != nil {
		return fail(e, fmt.Errorf("review: %w", err))
	}
	ctx, err := o.ctx.resolve(e, "review")
	if err != nil {
		return fail(e, err)
	}
	ans, err := judgeFiles(e, "part3 review", files, "a readable plan file", plan.Kind,
		judge.Request{Context: ctx, Review: true, Overview: o.overview, MaxFindings: o.maxFindings})
	if err != nil {
		return fail(e, fmt.Errorf("review: %w", err))
	}
	status := exitOK
	if reportBadInput(e, ans) > 0 {
		status = exitBadInput
	}
	if ans.Overview != nil && len(ans.Overview.Statutory) > 0 {
		status = max(status, exitStatutory)
	}
	w, width := e.stdout, e.textWidth()
	switch format {
	case "json":
		if code := writeAnswer(e, ans); code != exitOK {
			return code
		}
	case "html":
		if code := writeOverview(e, format, *ans.Overview); code == exitBadInput {
			return code
		}
	default:
		writeReviewText(w, ans.Results, width)
		if ans.Overview != nil {
			fmt.Fprintln(w)
			writeOverviewText(w, *ans.Overview, width)
		}
		fmt.Fprintln(w)
		writeJudgedBy(w, ans, o.ctx.context, width)
	}
	return status
}

func writeReviewText(w io.Writer, results []judge.Result, width int) {
	for i, r := range results {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if r.Error != nil {
			badInputLine(w, r.File, width)
			continue
		}
		rv := *r.Review
		councils := make([]string, len(rv.Councils))
		for k, c := range rv.Councils {
			councils[k] = c.Name()
		}
		header(w, r.File, "", width)
		fmt.Fprintln(w, wrap(rv.Partnership+": "+strings.Join(councils, ", "), "", width))
		title := fmt.Sprintf("%s (period %s", rv.Title, rv.Period)
		if rv.Revision > 0 {
			title += fmt.Sprintf(", revision %d", rv.Revision)
		}
		fmt.Fprintln(w, wrap(title+")", "", width))
		if !rv.GuidanceApplies {
			fmt.Fprintln(w, wrap("The 2nd edition of the guidance, and its appendices, applies to plans from 1 April 2020: this review of a "+rv.Period.String()+" plan is for comparison only.", "", width-4))
		}
		fmt.Fprintln(w, reviewCounts(rv))
		writeJudgements(w, rv.Criteria, width)
		fmt.Fprintln(w, "Appendix B steps (a practice checklist)")
		writeJudgements(w, rv.Steps, width)
	}
	if len(results) > 1 {
		rows := make([][]string, 0, len(results))
		reviewedN, bad := 0, 0
		for _, r := range results {
			if r.Error != nil {
				bad++
				rows = append(rows, []string{"bad input", r.File})
				continue
			}
			reviewedN++
			rv := *r.Review
			rows = append(rows, []string{verdictCounts(rv), r.File})
		}
		fmt.Fprintln(w, "\nSummary (the criteria of Appendix A):")
		for _, r := range rows {
			fmt.Fprintln(w, wrapHanging(r[1]+": "+r[0], "  ", "      ", width-2))
		}
		line := fmt.Sprintf("%d files: %d reviewed", len(results), reviewedN)
		if bad > 0 {
			line += fmt.Sprintf("; %d bad input", bad)
		}
		fmt.Fprintln(w, line)
	}
	for _, r := range results {
		if r.Error == nil {
			fmt.Fprintln(w)
			fmt.Fprintln(w, wrap("Verdicts are structural (is it present, linked, measurable?); the quality of what the plan says is a reviewer's judgement.", "", width-2))
			return
		}
	}
}

// verdictCounts says how many criteria of Appendix A a review gives each
// verdict, leaving out the verdicts none has: "8 met, 7 partly met".
func verdictCounts(rv plan.Review) string {
	var parts []string
	for _, v := range []struct {
		verdict plan.Verdict
		words   string
	}{{plan.Met, "met"}, {plan.PartlyMet, "partly met"}, {plan.NotMet, "not met"}, {plan.CannotTell, "cannot tell"}} {
		if n := rv.Count(v.verdict); n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, v.words))
		}
	}
	return strings.Join(parts, ", ")
}

// reviewCounts is the line of a review that counts its verdicts on the
// criteria of Appendix A.
func reviewCounts(rv plan.Review) string {
	return fmt.Sprintf("Appendix A review criteria: %d met, %d partly met, %d not met, %d cannot tell",
		rv.Count(plan.Met), rv.Count(plan.PartlyMet), rv.Count(plan.NotMet), rv.Count(plan.CannotTell))
}

func writeJudgements(w io.Writer, js []plan.Judgement, width int) {
	const pad = "                  "
	for _, j := range js {
		fmt.Fprintln(w, wrapHanging(j.Title, fmt.Sprintf("  %2d %-12s ", j.Number, j.Verdict), pad, width-4))
		fmt.Fprintln(w, wrap(j.Reason, pad, width-4))
		if len(j.Evidence) > 0 {
			fmt.Fprintln(w, wrap("evidence: "+strings.Join(j.Evidence, " "), pad, width-4))
		}
	}
}
