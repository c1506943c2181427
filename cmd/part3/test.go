package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/scenarios"
)

func init() {
	register(&command{
		name:    "test",
		args:    "FILE_OR_DIR...",
		summary: "runs legal scenario files: cases stating the law's answer, which the engine must reproduce",
		detail: `
A scenario file (kind "scenarios") holds named cases, each a question about
Part 3 with the answer the law gives and the subsection or guidance
paragraph it comes from: which period a date is in, whether a person is a
child, what kind of service a service is, who prepares a plan, whether a
duty applies on stated facts, the findings on a document, a partnership's
obligations on a date. "part3 schema scenarios" prints the format.

Runs each FILE ("-" for standard input) and every scenario file under each
DIR (files ending in .json whose kind is "scenarios", passing over testdata
folders), and prints one line per case: PASS, or FAIL with what was asked,
what the law says, what the engine said and the citation. A case marked
known_failure that still fails prints KNOWN and is not counted as failed.
The last line is "N passed, N failed". A failing case reads:

  FAIL "Notice from a charity has no effect" (s.10(8)): asked whether
       Police Scotland must provide "Youth diversion" in accordance with
       the plan on 2026-05-01; the law says: no — s.12(3)(b) notice of
       disagreement; the engine said: yes (the duty applies)

Each case is answered with the judgement context its file or the case
states (its "context": the as-of date, the law, reliefs, policy numbers and
facts), or with the date its question gives, and nothing else: so the
command takes no --as-of or --context, and a case means the same wherever
and whenever it runs. A case that states no context is judged under the
law as it stands, with the module's default numbers.

With --format json the output is one JSON object: {"build", "files":
[{"file", "title", "results"} or {"file", "error"}], "passed", "failed",
"known_failures"}.

Exit status: 0 when every case passes; 1 when one fails; 2 when a file
cannot be read as a scenario file, or a folder holds none (reported on
standard error, naming the file and the JSON path; the other files still
run).`,
		example: `
$ part3 test scenarios/s12-implementation.json
== scenarios/s12-implementation.json
   Section 12: providing services in accordance with the plan, and its
   exceptions
PASS "Police Scotland must provide its service as the plan says" (s.12(1))
...
17 passed, 0 failed`,
		bind:       noFlags(runTest),
		readsFiles: true,
		refused:    map[string]string{"as-of": testNoContext, "context": testNoContext},
	})
}

// testNoContext says why "part3 test" takes no --as-of or --context.
const testNoContext = `a scenario states its own judgement context (the "context" of its case or its file, and the date its question gives), so that its answer is the law's on the facts in the file alone; part3 test takes no --as-of or --context`

// testedFile is the outcome of one scenario file.
type testedFile struct {
	file    string
	title   string
	results []scenarios.Result
	err     error
}

func runTest(e *env, format string, args []string) int {
	if len(args) == 0 {
		return fail(e, &usageError{"test: no file or directory given; run \"part3 test -h\" for usage"})
	}
	if err := stdinOnce("test", args...); err != nil {
		return fail(e, err)
	}
	var tested []testedFile
	for _, arg := range args {
		files := []string{arg}
		if e.isFolder(arg) {
			var err error
			if files, err = scenarios.Files(arg); err == nil && len(files) == 0 {
				err = &part3.InputError{File: arg, Category: part3.ErrWrongKind,
					Err: errors.New("no scenario file here"), Expected: `a file or a folder holding files of kind "scenarios"`}
			}
			if err != nil {
				tested = append(tested, testedFile{file: arg, err: err})
				continue
			}
		}
		for _, file := range files {
			tested = append(tested, runScenarioFile(e, file))
		}
	}
	status := exitOK
	var passed, failed, known int
	for _, t := range tested {
		if t.err != nil {
			status = exitBadInput
			fmt.Fprintf(e.stderr, "part3: %s\n", visible(oneLine(t.err.Error())))
			continue
		}
		p, f, k := scenarios.Count(t.results)
		passed, failed, known = passed+p, failed+f, known+k
	}
	if failed > 0 && status == exitOK {
		status = exitStatutory
	}
	var err error
	if format == "json" {
		err = writeTestJSON(e.stdout, e.build(), tested, passed, failed, known)
	} else {
		err = writeTestText(e.stdout, tested, passed, failed, known, e.textWidth())
	}
	if err != nil {
		return fail(e, err)
	}
	return status
}

// runScenarioFile reads, decodes and runs one scenario file.
func runScenarioFile(e *env, file string) testedFile {
	t := testedFile{file: label(file)}
	data, err := e.readFile(file)
	if err != nil {
		t.err = unreadable(file, err, "a readable scenario file")
		return t
	}
	f, err := scenarios.Decode(t.file, data, e.readFile)
	if err != nil {
		t.err = part3.WithFile(err, t.file)
		return t
	}
	t.title, t.results = f.Title, f.Run()
	return t
}

func writeTestText(w io.Writer, tested []testedFile, passed, failed, known, width int) error {
	for _, t := range tested {
		if t.err != nil {
			badInputLine(w, t.file, width)
			continue
		}
		header(w, t.file, ": "+t.title, width)
		for _, r := range t.results {
			fmt.Fprintln(w, wrapHanging(r.String(), "", "     ", width))
		}
	}
	fmt.Fprintf(w, "%d passed, %d failed\n", passed, failed)
	if known > 0 {
		noun := "failure"
		if known > 1 {
			noun = "failures"
		}
		fmt.Fprintln(w, wrap(fmt.Sprintf("%d known %s: the engine is known to disagree with the law (see KNOWN above)", known, noun), "", width))
	}
	return nil
}

type testFileJSON struct {
	File    string             `json:"file"`
	Title   string             `json:"title"`
	Results []scenarios.Result `json:"results"`
}

type testErrorJSON struct {
	File  string         `json:"file"`
	Error *judge.Problem `json:"error"`
}

type testJSON struct {
	Build         judge.Build `json:"build"`
	Files         []any       `json:"files"`
	Passed        int         `json:"passed"`
	Failed        int         `json:"failed"`
	KnownFailures int         `json:"known_failures"`
}

func writeTestJSON(w io.Writer, build judge.Build, tested []testedFile, passed, failed, known int) error {
	out := testJSON{Build: build, Files: make([]any, len(tested)), Passed: passed, Failed: failed, KnownFailures: known}
	for i, t := range tested {
		if t.err != nil {
			out.Files[i] = testErrorJSON{File: t.file, Error: judge.NewProblem(t.err)}
			continue
		}
		out.Files[i] = testFileJSON{File: t.file, Title: t.title, Results: t.results}
	}
	return writeJSON(w, out)
}
