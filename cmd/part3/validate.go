package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/csplanning/part3"
	"github.com/csplanning/part3/consult"
	"github.com/csplanning/part3/period"
)

// docKind is a kind of document the validate and schema commands know.
// Each kind is added by one call to registerKind, from an init function in
// the file of the command that brings it.
type docKind struct {
	// name is the value of the document's "kind" member.
	name string
	// schema returns the kind's JSON Schema.
	schema func() []byte
	// decode reads a document of the kind strictly; an error is bad input,
	// ideally an *part3.InputError naming the file and JSON path.
	decode func(file string, data []byte) (any, error)
	// validate judges a decoded document on its own terms.
	validate func(doc any) part3.Findings
	// validateAgainstPlan judges a decoded document against the decoded
	// plan it belongs to (the value the plan kind's decode returned). Nil
	// when the kind has no check against a plan; validate is used instead.
	validateAgainstPlan func(doc, plan any) (part3.Findings, error)
}

// planKind is the kind of a children's services plan, which --plan reads.
const planKind = "childrens-services-plan"

var kinds = map[string]*docKind{}

// registerKind adds a document kind. It panics on a kind registered twice
// or without a name, decode, validate or schema: a programming error.
func registerKind(k *docKind) {
	if k.name == "" || k.decode == nil || k.validate == nil || k.schema == nil {
		panic("registerKind: kind " + k.name + " lacks a name, decode, validate or schema")
	}
	if _, dup := kinds[k.name]; dup {
		panic("registerKind: kind " + k.name + " registered twice")
	}
	kinds[k.name] = k
}

// kindNames returns the registered kinds, sorted.
func kindNames() []string {
	names := make([]string, 0, len(kinds))
	for n := range kinds {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// lookupKind returns the registered kind named name, or an ErrWrongKind
// *part3.InputError listing the known kinds. For a kind that "part3
// validate" does not judge but the module knows ([schemaOnly]), the error
// says what reads it rather than calling it unknown.
func lookupKind(file, name string) (*docKind, error) {
	if k, ok := kinds[name]; ok {
		return k, nil
	}
	err := fmt.Errorf("unknown document kind %q", name)
	if s, ok := schemaOnly[name]; ok {
		err = fmt.Errorf("%q is a kind that %s reads, not one part3 validate judges", name, s.readBy)
	}
	return nil, &part3.InputError{File: file, Path: "/kind", Category: part3.ErrWrongKind,
		Err: err, Expected: "one of " + strings.Join(kindNames(), ", ")}
}

func init() {
	registerKind(&docKind{
		name:   consult.NoticeKind,
		schema: consult.NoticeSchema,
		decode: func(file string, data []byte) (any, error) { return consult.DecodeNotice(file, data) },
		validate: func(doc any) part3.Findings {
			return doc.(consult.NoticeOfDisagreement).Check(consult.NoticeContext{AsOf: validateToday}).Findings
		},
		validateAgainstPlan: func(doc, plan any) (part3.Findings, error) {
			v, ok := plan.(consult.PlanViewer)
			if !ok {
				return nil, fmt.Errorf("the plan cannot be read as the list of its services a notice is checked against")
			}
			return doc.(consult.NoticeOfDisagreement).Check(consult.NoticeContext{Plan: v.PlanServices(), AsOf: validateToday}).Findings, nil
		},
	})

	register(&command{
		name:    "validate",
		args:    "FILE... [--plan PLAN]",
		summary: "decodes each document and prints its findings against the Act and the guidance",
		detail: `
Reads each FILE ("-" for standard input), finds its kind from its "kind"
member, decodes it strictly and prints its findings, grouped by severity
(statutory, guidance, practice) with each finding's citation, JSON path and
message. Kinds known: notice-of-disagreement, and those of the plan and
annual report when this build has them ("part3 schema" lists them). A
planning history, a scenario file or a duty question is bad input here,
with an error that says what reads it.

With --plan PLAN, a document that belongs to a plan (a notice of
disagreement, an annual report) is checked against that plan too: for a
notice, that each matter names a service in the plan provided by the
notice's issuer.

A notice is judged as of today in Scotland: one dated to be published
later is not yet published. A statutory finding on a notice means it does
not meet s.10(8) and has no legal effect (so it does not disapply the
s.12 duty); it does not mean that anyone has breached the Act.

A file that cannot be read as its kind (broken JSON, an unknown field, a
missing required value) is reported on standard error, on one line naming
the file, the JSON path and what was expected; the other files are still
checked. A document is bad input too if it is larger than 8 MiB, nests
objects and arrays more than 32 deep, or starts with a byte order mark. With --format json the output is one JSON array with an entry per
file: {"file", "kind", "findings"} or {"file", "kind", "error"}.

Exit status: 0 when no file has a statutory finding; 1 when one has; 2 when
any file is bad input.`,
		example: `
$ part3 validate consult/testdata/notice-unpublished.json
== consult/testdata/notice-unpublished.json (notice-of-disagreement): 1 statutory
statutory
  s.10(8) /published
    The notice has not been published: section 10(8) requires the issuer to
    prepare and publish it, in such manner as it considers appropriate; the
    notice has no legal effect [consult.notice-published]`,
		flags: func(fs *flag.FlagSet) {
			fs.StringVar(&validatePlan, "plan", "", "the plan `PLAN` the documents belong to")
		},
		run: runValidate,
	})
}

// validated is the outcome for one file.
type validated struct {
	file     string
	kind     string
	findings part3.Findings
	err      error
}

// validatePlan is the value of --plan for the run in progress; the flag
// set of each run resets it.
var validatePlan string

// validateToday is the day the run in progress judges documents on: the
// env's today, or today in Scotland. A notice dated after it is not yet
// published.
var validateToday period.Date

func runValidate(e *env, format string, files []string) int {
	if len(files) == 0 {
		return fail(e, &usageError{"validate: no file given; run \"part3 validate -h\" for usage"})
	}
	var err error
	if validateToday, err = envToday(e); err != nil {
		return fail(e, err)
	}
	var plan any
	if validatePlan != "" {
		var err error
		if plan, err = readPlan(e, validatePlan); err != nil {
			return fail(e, err)
		}
	}
	results := make([]validated, len(files))
	status := exitOK
	for i, file := range files {
		results[i] = checkFile(e, file, plan)
		switch {
		case results[i].err != nil:
			status = exitBadInput
			fmt.Fprintf(e.stderr, "part3: %s\n", oneLine(results[i].err.Error()))
		case results[i].findings.HasStatutory() && status == exitOK:
			status = exitStatutory
		}
	}
	if format == "json" {
		if err := writeValidateJSON(e.stdout, results); err != nil {
			return fail(e, err)
		}
	} else {
		writeValidateText(e.stdout, results)
	}
	return status
}

// checkFile reads, decodes and judges one file.
func checkFile(e *env, file string, plan any) validated {
	v := validated{file: file}
	var data []byte
	if data, v.kind, v.err = readKind(e, file, "a readable file"); v.err != nil {
		return v
	}
	k, err := lookupKind(file, v.kind)
	if err != nil {
		v.err = err
		return v
	}
	doc, err := k.decode(file, data)
	if err != nil {
		v.err = part3.WithFile(err, file)
		return v
	}
	if plan != nil && k.validateAgainstPlan != nil {
		v.findings, err = k.validateAgainstPlan(doc, plan)
		if err != nil {
			v.err = part3.WithFile(err, file)
			return v
		}
	} else {
		v.findings = k.validate(doc)
	}
	v.findings = slices.Clone(v.findings)
	v.findings.Sort()
	return v
}

// unreadable reports a file that cannot be read at all. It has no
// category: its content was never seen.
func unreadable(file string, err error, expected string) error {
	return &part3.InputError{File: file, Err: err, Expected: expected}
}

// readKind reads file and the kind of document it holds. A file that
// cannot be read is reported as [unreadable], with expected.
func readKind(e *env, file, expected string) (data []byte, kind string, err error) {
	data, err = e.readFile(file)
	if err != nil {
		return nil, "", unreadable(file, err, expected)
	}
	kind, err = part3.PeekKind(file, data)
	return data, kind, err
}

// readPlan reads and decodes the plan named by --plan.
func readPlan(e *env, file string) (any, error) {
	data, kind, err := readKind(e, file, "a readable plan file")
	if err != nil {
		return nil, err
	}
	if kind != planKind {
		return nil, &part3.InputError{File: file, Path: "/kind", Category: part3.ErrWrongKind,
			Err: fmt.Errorf("--plan names a document of kind %q", kind), Expected: fmt.Sprintf("a document of kind %q", planKind)}
	}
	k, ok := kinds[planKind]
	if !ok {
		return nil, &usageError{fmt.Sprintf("--plan: documents of kind %q are not yet known to this build (known: %s)", planKind, strings.Join(kindNames(), ", "))}
	}
	doc, err := k.decode(file, data)
	return doc, part3.WithFile(err, file)
}

// errorJSON is the JSON form of bad input in "part3 validate".
type errorJSON struct {
	Message  string `json:"message"`
	Category string `json:"category,omitzero"`
	Path     string `json:"path"`
	Line     int    `json:"line,omitzero"`
	Column   int    `json:"column,omitzero"`
	Expected string `json:"expected,omitzero"`
}

func newErrorJSON(err error) errorJSON {
	out := errorJSON{Message: oneLine(err.Error())}
	var ie *part3.InputError
	if errors.As(err, &ie) {
		if ie.Category != nil {
			out.Category = ie.Category.Error()
		}
		out.Path, out.Line, out.Column, out.Expected = ie.Path, ie.Line, ie.Column, ie.Expected
	}
	return out
}

type findingsEntry struct {
	File     string         `json:"file"`
	Kind     string         `json:"kind"`
	Findings part3.Findings `json:"findings"`
}

type errorEntry struct {
	File  string    `json:"file"`
	Kind  string    `json:"kind"`
	Error errorJSON `json:"error"`
}

func writeValidateJSON(w io.Writer, results []validated) error {
	entries := make([]any, len(results))
	for i, r := range results {
		if r.err != nil {
			entries[i] = errorEntry{File: r.file, Kind: r.kind, Error: newErrorJSON(r.err)}
			continue
		}
		fs := r.findings
		if fs == nil {
			fs = part3.Findings{}
		}
		entries[i] = findingsEntry{File: r.file, Kind: r.kind, Findings: fs}
	}
	return writeJSON(w, entries)
}

var severities = []part3.Severity{part3.Statutory, part3.Guidance, part3.Practice}

// writeValidateText prints each file's findings grouped by severity.
func writeValidateText(w io.Writer, results []validated) {
	for i, r := range results {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if r.err != nil {
			fmt.Fprintf(w, "== %s: bad input\n  %s\n", r.file, oneLine(r.err.Error()))
			continue
		}
		fmt.Fprintf(w, "== %s (%s): %s\n", r.file, r.kind, countWords(r.findings))
		for _, s := range severities {
			group := r.findings.WithSeverity(s)
			if len(group) == 0 {
				continue
			}
			fmt.Fprintln(w, s)
			for _, f := range group {
				path := f.Path
				if path == "" {
					path = "/"
				}
				fmt.Fprintf(w, "  %s %s\n", f.Citation, path)
				fmt.Fprintf(w, "%s\n", wrap(f.Message+" ["+f.Rule+"]", "    ", 76))
			}
		}
	}
	if len(results) > 1 {
		var all part3.Findings
		bad := 0
		for _, r := range results {
			all = append(all, r.findings...)
			if r.err != nil {
				bad++
			}
		}
		fmt.Fprintf(w, "\n%d files: %s", len(results), countWords(all))
		if bad > 0 {
			fmt.Fprintf(w, "; %d bad input", bad)
		}
		fmt.Fprintln(w)
	}
}

// countWords says how many findings of each severity there are, such as
// "1 statutory, 2 practice", or "no findings".
func countWords(fs part3.Findings) string {
	var parts []string
	for _, s := range severities {
		if n := fs.Count(s); n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, s))
		}
	}
	if len(parts) == 0 {
		return "no findings"
	}
	return strings.Join(parts, ", ")
}

// wrap breaks text into lines of at most width characters (a longer word
// stays whole), each starting with prefix.
func wrap(text, prefix string, width int) string {
	var b strings.Builder
	line := prefix
	for _, word := range strings.Fields(text) {
		if line != prefix && len(line)+1+len(word) > width {
			b.WriteString(line)
			b.WriteByte('\n')
			line = prefix
		}
		if line != prefix {
			line += " "
		}
		line += word
	}
	b.WriteString(line)
	return b.String()
}

// envToday returns today's date in Scotland, or the env's fixed date when
// it has one (tests set it, so that output does not depend on the day).
func envToday(e *env) (period.Date, error) {
	if e.now == "" {
		return period.InScotland(time.Now()), nil
	}
	d, err := period.ParseDate(e.now)
	if err != nil {
		return period.Date{}, fmt.Errorf("today's date %q: %w", e.now, err)
	}
	return d, nil
}
