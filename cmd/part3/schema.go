package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/csplanning/part3/duty"
)

func init() {
	register(&command{
		name:    "schema",
		args:    "KIND",
		summary: "prints the JSON Schema of a document kind",
		detail: `
Prints the JSON Schema (draft 2020-12) of the documents of kind KIND: the
fields they may hold, their types and the values allowed. The schema says
what can be read; what a document says is judged by what reads it. The
output is JSON whatever --format says.

Kinds: childrens-services-plan, annual-report and notice-of-disagreement
(the documents "part3 validate" judges); planning-history (what a
partnership has done, which "part3 calendar --history" reads); scenarios
(the legal scenario files "part3 test" runs); and duty-question (whether a
duty applies on stated facts, which no command reads: package duty's
DecodeQuestion does, and the decision cases of a scenario file ask the same
questions). An unknown KIND exits 2 and lists the known ones.`,
		example: `
$ part3 schema notice-of-disagreement
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Notice of disagreement",
  ...`,
		run: runSchema,
	})
}

// schemaOnlyKind is a kind of file that "part3 schema" describes and
// "part3 validate" does not judge.
type schemaOnlyKind struct {
	// schema returns the kind's JSON Schema.
	schema func() []byte
	// readBy names what reads files of the kind, such as "part3 calendar
	// --history", for a message that says so.
	readBy string
}

// schemaOnly holds the kinds of files that are not documents "part3
// validate" judges, such as the scenario files of "part3 test"; the
// command that reads them adds its kind here.
var schemaOnly = map[string]schemaOnlyKind{
	// No command reads a duty question: the Go package duty does.
	duty.QuestionKind: {duty.QuestionSchema, "only the Go package duty's DecodeQuestion"},
}

func runSchema(e *env, _ string, args []string) int {
	if len(args) != 1 {
		return fail(e, &usageError{fmt.Sprintf("schema: expected one KIND, one of %s", strings.Join(schemaKindNames(), ", "))})
	}
	k, ok := kinds[args[0]]
	if s, found := schemaOnly[args[0]]; !ok && found {
		k, ok = &docKind{schema: s.schema}, true
	}
	if !ok {
		return fail(e, &usageError{fmt.Sprintf("schema: unknown document kind %q; known kinds: %s", args[0], strings.Join(schemaKindNames(), ", "))})
	}
	out := k.schema()
	if !strings.HasSuffix(string(out), "\n") {
		out = append(out, '\n')
	}
	if _, err := e.stdout.Write(out); err != nil {
		return fail(e, err)
	}
	return exitOK
}

// schemaKindNames returns every kind "part3 schema" knows, sorted: the
// document kinds and the schema-only kinds.
func schemaKindNames() []string {
	names := kindNames()
	for n := range schemaOnly {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}
