package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/plan"
)

func init() {
	register(&command{
		name:    "diff",
		args:    "OLD NEW --as-of DATE|today [--context FILE]",
		summary: "what changed between two versions of a plan, or two annual reports: findings resolved and introduced, verdicts, services, priorities",
		detail: `
Judges OLD and NEW ("-" for standard input, once), two documents of one
kind (two versions of a plan, a plan and its revision, two years' annual
reports), as of the same date under the same context, and says what
changed between them:

  - findings resolved (in OLD, not in NEW), introduced (in NEW, not in
    OLD) and unchanged, a finding of one matched with a finding of the
    other by its rule and JSON path (its words may differ);
  - for plans, the criteria of Appendix A whose verdict changed (6a and 6b
    apart), and the services and priorities added or removed, matched by
    ID.

A planning lead sees what a revision fixed; a reviewer sees what changed
since last year.

` + contextHelp + `

With --format json the output is one JSON object: {"build", "law",
"context", "old", "new", "kind", "findings": {"resolved", "introduced",
"unchanged"}, "verdicts", "services": {"added", "removed"}, "priorities"}.
With --format csv it is one table (RFC 4180), a row per change, with the
columns change, item, id, severity, citation, url, path, old, new and
message.

Exit status: 0 (a diff is not a verdict: either version's own findings,
from part3 validate, say whether it meets the law); 2 when either file is
bad input, when they are of two kinds, or for a missing as-of date or a
context that cannot be read.`,
		example: `
$ part3 diff --as-of 2026-11-26 plan/testdata/highland-2017-2020.json plan/testdata/highland-2021-2023.json
Changes from plan/testdata/highland-2017-2020.json to
plan/testdata/highland-2021-2023.json (childrens-services-plan), as of
2026-11-26

Findings resolved: none

Findings introduced: 1 statutory, 2 guidance, 2 practice
statutory
  s.8(1) /publication/prepared
...
Appendix A verdicts changed:
      criterion                          old         new
  2   National Performance Framework     not-met     met
  5   Manageable, measurable priorities  not-met     met
  13  Monitoring indicators              partly-met  met
  15  Links to other plans and reports   not-met     met
...`,
		formats:    []string{"text", "json", "csv"},
		readsFiles: true,
		bind: withFlags(func(fs *flag.FlagSet, o *diffFlags) {
			o.ctx.add(fs)
		}, runDiff),
	})
}

// diffFlags are the flags of one run of "part3 diff".
type diffFlags struct {
	ctx contextFlags
}

func runDiff(e *env, o *diffFlags, format string, args []string) int {
	if len(args) != 2 {
		return fail(e, &usageError{fmt.Sprintf("diff: expected two files, OLD and NEW, got %d; run \"part3 diff -h\" for usage", len(args))})
	}
	if err := stdinOnce("diff", args[0], args[1], o.ctx.context); err != nil {
		return fail(e, err)
	}
	ctx, err := o.ctx.resolve(e, "diff")
	if err != nil {
		return fail(e, err)
	}
	var in [2]judge.Input
	for i, file := range args {
		data, err := e.readFile(file)
		if err != nil {
			return fail(e, fmt.Errorf("diff: %w", unreadable(file, err, "a readable plan or annual report")))
		}
		in[i] = judge.Input{File: label(file), Data: data}
	}
	d, err := judge.Compare(in[0], in[1], ctx)
	if err != nil {
		return fail(e, fmt.Errorf("diff: %w", err))
	}
	d.Build = e.build()
	switch format {
	case "json":
		if err := writeJSON(e.stdout, d); err != nil {
			return fail(e, err)
		}
	case "csv":
		if err := d.WriteCSV(e.stdout); err != nil {
			return fail(e, err)
		}
	default:
		writeDiffText(e.stdout, d, e.textWidth())
	}
	return exitOK
}

// writeDiffText writes a diff in words: the findings resolved and
// introduced, grouped by severity, the number unchanged, then for plans
// the verdicts changed and the services and priorities added and removed.
func writeDiffText(w io.Writer, d judge.Diff, width int) {
	fmt.Fprintln(w, wrap(fmt.Sprintf("Changes from %s to %s (%s), as of %s", d.Old, d.New, d.Kind, d.Context.AsOf), "", width))
	section := func(title string, fs part3.Findings) {
		fmt.Fprintln(w)
		if len(fs) == 0 {
			fmt.Fprintf(w, "%s: none\n", title)
			return
		}
		fmt.Fprintf(w, "%s: %s\n", title, countWords(fs, 0))
		writeFindings(w, fs, width)
	}
	section("Findings resolved", d.Findings.Resolved)
	section("Findings introduced", d.Findings.Introduced)
	fmt.Fprintln(w)
	fmt.Fprintln(w, wrap(fmt.Sprintf("Findings unchanged: %s (matched by rule and path).", countWords(d.Findings.Unchanged, 0)), "", width))
	if d.Kind != plan.Kind {
		return
	}
	fmt.Fprintln(w)
	if len(d.Verdicts) == 0 {
		fmt.Fprintln(w, "Appendix A verdicts changed: none")
	} else {
		fmt.Fprintln(w, "Appendix A verdicts changed:")
		rows := [][]string{{"", "criterion", "old", "new"}}
		for _, v := range d.Verdicts {
			rows = append(rows, []string{v.Label, v.Title, verdictOrNone(v.Old), verdictOrNone(v.New)})
		}
		writeTable(w, width, "  ", rows)
	}
	for _, g := range []struct {
		what string
		ch   judge.ItemChanges
	}{{"Services", d.Services}, {"Priorities", d.Priorities}} {
		fmt.Fprintln(w)
		if len(g.ch.Added)+len(g.ch.Removed) == 0 {
			fmt.Fprintf(w, "%s added or removed: none\n", g.what)
			continue
		}
		fmt.Fprintf(w, "%s added or removed:\n", g.what)
		for _, i := range g.ch.Added {
			fmt.Fprintln(w, wrapHanging(i.ID+" "+i.Name, "  added    ", "           ", width))
		}
		for _, i := range g.ch.Removed {
			fmt.Fprintln(w, wrapHanging(i.ID+" "+i.Name, "  removed  ", "           ", width))
		}
	}
}

// verdictOrNone is a verdict's words, "none" for the zero Verdict.
func verdictOrNone(v plan.Verdict) string {
	if !v.IsValid() {
		return "none"
	}
	return v.String()
}
