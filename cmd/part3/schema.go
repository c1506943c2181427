package main

import (
	"fmt"
	"slices"
	"strings"
)

func init() {
	register(&command{
		name:    "schema",
		args:    "KIND",
		summary: "prints the JSON Schema of a document kind",
		detail: `
Prints the JSON Schema (draft 2020-12) of the documents of kind KIND: the
fields "part3 validate" accepts, their types and the values allowed. The
schema says what can be read; what a document says is judged by "part3
validate". The output is JSON whatever --format says.

Kinds: childrens-services-plan, annual-report and notice-of-disagreement
(the documents "part3 validate" judges), and scenarios (the legal scenario
files "part3 test" runs). An unknown KIND exits 2 and lists the known ones.`,
		example: `
$ part3 schema notice-of-disagreement
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "Notice of disagreement",
  ...`,
		run: runSchema,
	})
}

// schemaOnly holds the JSON Schemas of files that are not documents
// "part3 validate" judges, such as the scenario files of "part3 test"; the
// command that reads them adds its schema here.
var schemaOnly = map[string]func() []byte{}

func runSchema(e *env, _ string, args []string) int {
	if len(args) != 1 {
		return fail(e, &usageError{fmt.Sprintf("schema: expected one KIND, one of %s", strings.Join(schemaKindNames(), ", "))})
	}
	k, ok := kinds[args[0]]
	if s, found := schemaOnly[args[0]]; !ok && found {
		k, ok = &docKind{schema: s}, true
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
