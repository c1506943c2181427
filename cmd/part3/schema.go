package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/csplanning/part3/judge"
	"github.com/csplanning/part3/scenarios"
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

Kinds: childrens-services-plan (which "part3 validate" judges and "part3
review" reviews), annual-report and notice-of-disagreement (which "part3
validate" judges, on their own or with --plan), planning-history (what a
partnership has done, which "part3 calendar --history" reads and "part3
validate" judges), duty-question (whether a duty applies on stated facts,
which "part3 decide" decides), judgement-context (the as-of date, law,
reliefs, policy numbers and facts a judgement is made with, which the
judging commands read with --context), and scenarios (the legal scenario
files "part3 test" runs). An unknown KIND exits 2 and lists the known ones.`,
		example: `
$ part3 schema notice-of-disagreement
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://raw.githubusercontent.com/csplanning/part3/main/consult/schema/notice-of-disagreement.schema.json",
  "title": "Notice of disagreement",
...`,
		bind: noFlags(runSchema),
	})
}

// schemaKind is a kind of document "part3 schema" prints the schema of.
type schemaKind struct {
	name   string
	schema func() []byte
}

// schemaKinds returns every kind "part3 schema" knows, sorted by name: the
// kinds package judge knows, and the scenario files of package scenarios.
func schemaKinds() []schemaKind {
	var out []schemaKind
	for _, k := range judge.Kinds() {
		out = append(out, schemaKind{k.Name, k.Schema})
	}
	out = append(out, schemaKind{scenarios.Kind, scenarios.Schema})
	slices.SortFunc(out, func(a, b schemaKind) int { return strings.Compare(a.name, b.name) })
	return out
}

// schemaKindNames returns the names of schemaKinds.
func schemaKindNames() []string {
	var names []string
	for _, k := range schemaKinds() {
		names = append(names, k.name)
	}
	return names
}

func runSchema(e *env, _ string, args []string) int {
	if len(args) != 1 {
		return fail(e, &usageError{fmt.Sprintf("schema: expected one KIND, one of %s", strings.Join(schemaKindNames(), ", "))})
	}
	i := slices.IndexFunc(schemaKinds(), func(k schemaKind) bool { return k.name == args[0] })
	if i < 0 {
		return fail(e, &usageError{fmt.Sprintf("schema: unknown document kind %q; known kinds: %s", args[0], strings.Join(schemaKindNames(), ", "))})
	}
	out := schemaKinds()[i].schema()
	if !strings.HasSuffix(string(out), "\n") {
		out = append(out, '\n')
	}
	if _, err := e.stdout.Write(out); err != nil {
		return fail(e, err)
	}
	return exitOK
}
