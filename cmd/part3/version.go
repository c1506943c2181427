package main

import "fmt"

func init() {
	register(&command{
		name:    "version",
		summary: "prints the module version, version control revision and Go version of this build",
		detail: `
Prints the build of the engine: the module version (a tag, or "(devel)"
for a build from a clone), the version control revision and time it was
built from where the build recorded them, and the Go version, from the
build information Go embeds in the program. Every JSON answer of the
judging commands carries the same, as "build", so that an answer can be
traced to the engine that gave it. "part3 --version" is the same.

With --format json the output is one JSON object: {"path", "version",
"revision", "time", "modified", "go"}.`,
		example: `
$ part3 version
github.com/csplanning/part3 ...`,
		bind: noFlags(runVersion),
	})
}

func runVersion(e *env, format string, args []string) int {
	if len(args) > 0 {
		return fail(e, &usageError{fmt.Sprintf("version: unexpected argument %q", args[0])})
	}
	b := e.build()
	if format == "json" {
		if err := writeJSON(e.stdout, b); err != nil {
			return fail(e, err)
		}
		return exitOK
	}
	fmt.Fprintln(e.stdout, b)
	return exitOK
}
