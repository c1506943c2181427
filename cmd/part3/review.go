package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/plan"
	"github.com/csplanning/part3/report"
)

func init() {
	register(&command{
		name:    "review",
		args:    "PLAN...",
		summary: "reviews each children's services plan against the fifteen criteria of guidance Appendix A",
		detail: `
Reads each PLAN ("-" for standard input), a document of kind
childrens-services-plan, and reviews it against the fifteen criteria the
Scottish Government reviews plans against (statutory guidance, Appendix A),
with the Care Inspectorate's ten steps (Appendix B) as a practice checklist
beside them. For each criterion it gives a verdict (met, partly-met,
not-met or cannot-tell), the paths in the plan the verdict rests on, and
a one-line reason.

The verdicts are structural: is what the criterion asks for present in the
plan, linked to the rest of it, and measurable? The national review is a
person's judgement of quality, which this command cannot make: read a
verdict as a guide to where a reviewer should look. The 2nd edition of the
guidance, and so its appendices, applies to plans from 1 April 2020; a
review of a 2017-2020 plan is given for comparison only.

A file that cannot be read as a plan is reported on standard error, on one
line naming the file, the JSON path and what was expected; the other files
are still reviewed. With --format json the output is one JSON array with an
entry per file: {"file", "review"} or {"file", "error"}.

With --overview, the plans are also validated and the national overview
follows the reviews, as the Scottish Government publishes it: per criterion,
how many plans met it, partly met it, did not meet it or could not be
judged; per partnership, its row of verdicts; and the statutory findings
counted across the plans. Where several versions of one partnership's plan
for one period are given, only the latest revision counts. --format json
prints one object {"reviews": [...], "overview": {...}}; --format html
prints the overview alone as a self-contained page (a table and a bar per
criterion, no script) for people who would rather look than read.

Exit status: 0 when every file was reviewed (and, with --overview, no plan
counted has a statutory finding); 1 when, with --overview, one has; 2 when
any file is bad input.`,
		example: `
$ part3 review plan/testdata/tayside-2023-2026.json
== plan/testdata/tayside-2023-2026.json
Tayside Regional Improvement Collaborative: Angus, Dundee City, Perth and Kinross
Tayside Plan for Children, Young People and Families 2023-2026 (period 2023-2026)
Appendix A review criteria: 9 met, 6 partly met, 0 not met, 0 cannot tell
   1 met          Vision
                  A vision statement is present; whether it is clear,
                  ambitious, compelling and shared is a reader's judgement
                  evidence: /vision
  ...`,
		formats: overviewFormats,
		flags: func(fs *flag.FlagSet) {
			fs.BoolVar(&reviewOverview, "overview", false, "validate the plans too, and follow the reviews with the national overview")
		},
		run: runReview,
	})
}

// reviewOverview is the value of --overview for the run in progress; the
// flag set of each run resets it.
var reviewOverview bool

// reviewed is the outcome for one file.
type reviewed struct {
	file   string
	kind   string // the document's kind, once read
	review plan.Review
	plan   plan.Plan // the decoded plan, for the overview
	err    error
}

func runReview(e *env, format string, files []string) int {
	if len(files) == 0 {
		return fail(e, &usageError{"review: no plan given; run \"part3 review -h\" for usage"})
	}
	if format == "html" && !reviewOverview {
		return fail(e, &usageError{"review: --format html prints the national overview; add --overview"})
	}
	results := make([]reviewed, len(files))
	status := exitOK
	for i, file := range files {
		results[i] = reviewFile(e, file)
		if results[i].err != nil {
			status = exitBadInput
			fmt.Fprintf(e.stderr, "part3: %s\n", oneLine(results[i].err.Error()))
		}
	}
	if reviewOverview {
		return runOverview(e, format, results, status)
	}
	if format == "json" {
		if err := writeReviewJSON(e.stdout, results); err != nil {
			return fail(e, err)
		}
		return status
	}
	writeReviewText(e.stdout, results)
	return status
}

// reviewFile reads, decodes and reviews one plan.
func reviewFile(e *env, file string) reviewed {
	r := reviewed{file: file}
	var data []byte
	if data, r.kind, r.err = readKind(e, file, "a readable plan file"); r.err != nil {
		return r
	}
	if r.kind != plan.Kind {
		r.err = &part3.InputError{File: file, Path: "/kind", Category: part3.ErrWrongKind,
			Err: fmt.Errorf("the document is of kind %q", r.kind), Expected: fmt.Sprintf("a document of kind %q", plan.Kind)}
		return r
	}
	p, err := plan.Decode(file, data)
	if err != nil {
		r.err = part3.WithFile(err, file)
		return r
	}
	r.review = plan.ReviewPlan(p, plan.Options{})
	r.plan = p
	return r
}

// runOverview writes the reviews and then the national overview of the
// plans that could be read; status is the exit status so far.
func runOverview(e *env, format string, results []reviewed, status int) int {
	today, err := envToday(e)
	if err != nil {
		return fail(e, err)
	}
	var assessed []report.PlanResult
	for _, r := range results {
		if r.err == nil {
			assessed = append(assessed, report.Assess(r.plan, plan.Options{Now: today}))
		}
	}
	switch format {
	case "json":
		o := report.NewOverview(assessed)
		out := struct {
			Reviews  []any           `json:"reviews"`
			Overview report.Overview `json:"overview"`
		}{reviewEntries(results), o}
		if err := writeJSON(e.stdout, out); err != nil {
			return fail(e, err)
		}
		if len(o.Statutory) > 0 {
			return max(status, exitStatutory)
		}
		return status
	case "text":
		writeReviewText(e.stdout, results)
		fmt.Fprintln(e.stdout)
	}
	return max(status, writeOverview(e, format, assessed))
}

type reviewEntry struct {
	File   string      `json:"file"`
	Review plan.Review `json:"review"`
}

func writeReviewJSON(w io.Writer, results []reviewed) error {
	return writeJSON(w, reviewEntries(results))
}

// reviewEntries returns the JSON entry of each result: {"file", "review"}
// or {"file", "kind", "error"}.
func reviewEntries(results []reviewed) []any {
	entries := make([]any, len(results))
	for i, r := range results {
		if r.err != nil {
			entries[i] = errorEntry{File: r.file, Kind: r.kind, Error: newErrorJSON(r.err)}
			continue
		}
		entries[i] = reviewEntry{File: r.file, Review: r.review}
	}
	return entries
}

func writeReviewText(w io.Writer, results []reviewed) {
	for i, r := range results {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if r.err != nil {
			fmt.Fprintf(w, "== %s: bad input\n  %s\n", r.file, oneLine(r.err.Error()))
			continue
		}
		rv := r.review
		councils := make([]string, len(rv.Councils))
		for k, c := range rv.Councils {
			councils[k] = c.Name()
		}
		fmt.Fprintf(w, "== %s\n%s: %s\n%s (period %s", r.file, rv.Partnership, strings.Join(councils, ", "), rv.Title, rv.Period)
		if rv.Revision > 0 {
			fmt.Fprintf(w, ", revision %d", rv.Revision)
		}
		fmt.Fprintln(w, ")")
		if !rv.GuidanceApplies {
			fmt.Fprintln(w, wrap("The 2nd edition of the guidance, and its appendices, applies to plans from 1 April 2020: this review of a "+rv.Period.String()+" plan is for comparison only.", "", 76))
		}
		fmt.Fprintf(w, "Appendix A review criteria: %d met, %d partly met, %d not met, %d cannot tell\n",
			rv.Count(plan.Met), rv.Count(plan.PartlyMet), rv.Count(plan.NotMet), rv.Count(plan.CannotTell))
		writeJudgements(w, rv.Criteria)
		fmt.Fprintln(w, "Appendix B steps (a practice checklist)")
		writeJudgements(w, rv.Steps)
	}
	if len(results) > 1 {
		reviewedN, bad := 0, 0
		for _, r := range results {
			if r.err != nil {
				bad++
			} else {
				reviewedN++
			}
		}
		fmt.Fprintf(w, "\n%d files: %d reviewed", len(results), reviewedN)
		if bad > 0 {
			fmt.Fprintf(w, "; %d bad input", bad)
		}
		fmt.Fprintln(w)
	}
	for _, r := range results {
		if r.err == nil {
			fmt.Fprintln(w, "\nVerdicts are structural (is it present, linked, measurable?); the quality of what the plan says is a reviewer's judgement.")
			return
		}
	}
}

func writeJudgements(w io.Writer, js []plan.Judgement) {
	const pad = "                  "
	for _, j := range js {
		fmt.Fprintf(w, "  %2d %-12s %s\n", j.Number, j.Verdict, j.Title)
		fmt.Fprintln(w, wrap(j.Reason, pad, 76))
		if len(j.Evidence) > 0 {
			fmt.Fprintln(w, wrap("evidence: "+strings.Join(j.Evidence, " "), pad, 76))
		}
	}
}
