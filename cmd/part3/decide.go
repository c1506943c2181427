package main

import (
	"flag"
	"fmt"
	"slices"

	"github.com/csplanning/part3/duty"
	"github.com/csplanning/part3/judge"
)

func init() {
	register(&command{
		name:    "decide",
		args:    "QUESTION... --as-of DATE|today [--context FILE]",
		summary: "decides a duty question (s.10(6), s.12, s.14, s.17): the decision and its chain of reasons",
		detail: `
Reads each QUESTION ("-" for standard input), a document of kind
duty-question that asks whether a duty applies on stated facts, and prints
the decision: the duty or power, the outcome (applies; excepted, when an
exception holds; or not arising), what decided it, and the numbered chain
of reasons that leads there, each with the provision it rests on. The
questions:

  - implementation: must this provider deliver this service in accordance
    with the plan on this day (s.12(1)), or does an exception of s.12(3)
    hold, such as a notice of disagreement with legal effect (s.10(8))?
  - assistance: must this person comply with a request for information,
    advice or assistance (s.14), or does s.14(3) excuse it?
  - consultee_request: must this consultee meet a request to participate
    or contribute (s.10(6))?
  - default_powers: may the Scottish Ministers direct a partnership that
    is in default (s.17)?

"part3 schema duty-question" prints the format. A question that states its
own date (implementation, assistance) is decided on that date; the others
on the as-of date. The law applied (section 60 of the 2026 Act, orders
under s.7(5), the Ministers' prison services) is the --context file's.

` + contextHelp + `

With --format json the output is one JSON object, the answer of package
judge: {"build", "law", "context", "results": [{"file", "kind",
"decision": {"duty", "citation", "applies", "outcome", "decided_by",
"decided_by_citation", "reasons"}} or {"file", "kind", "error"}]}.

Exit status: 0 whatever the decisions (a duty that applies is not a
breach); 2 when a file is bad input (reported on standard error, naming the
file and the JSON path), or for a missing as-of date or a context that
cannot be read.`,
		example: `
$ part3 decide --as-of 2026-11-26 duty/testdata/question-implementation.json
== duty/testdata/question-implementation.json
duty:       s12-implementation (s.12(1)): provide services in accordance with
            the plan
outcome:    excepted: the duty would apply, but an exception holds
decided by: notice-of-disagreement (s.12(3)(b))
reasons:
   1. Police Scotland is one of the persons section 12(1) binds: the local
...
   5. Police Scotland published a notice of disagreement under section 10(8)
      on 2026-06-15 about this service (...
...
      relation to that matter (s.12(3)(b))
...`,
		readsFiles: true,
		bind:       withFlags(func(fs *flag.FlagSet, o *contextFlags) { o.add(fs) }, runDecide),
	})
}

func runDecide(e *env, o *contextFlags, format string, files []string) int {
	if len(files) == 0 {
		return fail(e, &usageError{"decide: no question given; run \"part3 decide -h\" for usage"})
	}
	if err := stdinOnce("decide", append(slices.Clone(files), o.context)...); err != nil {
		return fail(e, err)
	}
	ctx, err := o.resolve(e, "decide")
	if err != nil {
		return fail(e, err)
	}
	ans, err := judgeFiles(e, "part3 decide", files, "a readable duty-question file", duty.QuestionKind, judge.Request{Context: ctx})
	if err != nil {
		return fail(e, fmt.Errorf("decide: %w", err))
	}
	status := exitOK
	if reportBadInput(e, ans) > 0 {
		status = exitBadInput
	}
	if format == "json" {
		if code := writeAnswer(e, ans); code != exitOK {
			return code
		}
		return status
	}
	w, width := e.stdout, e.textWidth()
	for i, r := range ans.Results {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if r.Error != nil {
			badInputLine(w, r.File, width)
			continue
		}
		header(w, r.File, "", width)
		writeDecision(w, *r.Decision, width)
	}
	fmt.Fprintln(w)
	writeJudgedBy(w, ans, o.context, width)
	return status
}
