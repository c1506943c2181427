// Command part3 answers questions about Part 3 (Children's Services
// Planning) of the Children and Young People (Scotland) Act 2014 from the
// command line: which plan and reporting period a date is in, what a
// partnership owes, whether a plan, annual report or notice of disagreement
// meets the Act and the statutory guidance, whether a duty applies on
// stated facts, and more.
//
// Usage:
//
//	part3 COMMAND [ARGUMENTS] [--as-of DATE|today] [--context FILE] [--format text|json]
//
// Run "part3 help" for the list of commands and "part3 COMMAND -h" for one
// command's usage and a worked example. The commands that judge (validate,
// review, calendar, decide) call package judge, the module's one entry
// point from documents to answers, and print its answer: in words, or with
// --format json as it is, saying what judged it (the build, the law in force
// on the as-of date and the judgement context). They judge as of a date
// that must be given: --as-of, or the as_of of the --context file.
//
// Exit status: 0 when there is no statutory finding; 1 when there is at
// least one (or, for "part3 test", a failing case); 2 for bad input or
// usage, with a one-line error on standard error that names the file and the
// JSON path.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/csplanning/part3/judge"
)

// Exit statuses.
const (
	exitOK        = 0 // no statutory finding
	exitStatutory = 1 // at least one statutory finding, or a failing scenario
	exitBadInput  = 2 // bad input or usage
)

// env is what a command runs with: its arguments, standard streams, the
// file system, the day and the build. Tests build one to run commands
// in-process; a run keeps all its state in its env and in variables of its
// own, so runs may go on at once.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// readFile reads a named file; "-" is standard input.
	readFile func(name string) ([]byte, error)
	// now is today's date in Scotland, as YYYY-MM-DD, for "--as-of today"
	// and "part3 period" without a date; "" means the clock's. Tests set it.
	now string
	// build returns the build of the engine, which JSON answers and
	// "part3 version" report. Tests set a fixed one.
	build func() judge.Build
}

// runFunc runs a command with the positional arguments left after flags.
type runFunc func(e *env, format string, args []string) int

// command is one subcommand of part3.
type command struct {
	name    string
	args    string // the synopsis after the name, e.g. "DATE"
	summary string // one line for "part3 help"
	detail  string // paragraphs for "part3 NAME -h"
	example string // a worked example, shown by "part3 NAME -h"
	// formats lists the values --format accepts, the default first; nil
	// means text and json.
	formats []string
	// bind adds the command's flags to fs, bound to variables of one run,
	// and returns the function that runs the command with them. Each run
	// calls it on a new flag set.
	bind func(fs *flag.FlagSet) runFunc
	// refused names flags the command does not take, with why, for a
	// message more useful than "flag provided but not defined".
	refused map[string]string
}

// noFlags is the bind of a command that takes no flag but --format.
func noFlags(run runFunc) func(*flag.FlagSet) runFunc {
	return func(*flag.FlagSet) runFunc { return run }
}

// withFlags is the bind of a command whose flags fill a value of type T:
// add binds them to a new T for each run, which run then receives.
func withFlags[T any](add func(fs *flag.FlagSet, o *T), run func(e *env, o *T, format string, args []string) int) func(*flag.FlagSet) runFunc {
	return func(fs *flag.FlagSet) runFunc {
		o := new(T)
		add(fs, o)
		return func(e *env, format string, args []string) int { return run(e, o, format, args) }
	}
}

// formatNames returns the values c's --format flag accepts.
func (c *command) formatNames() []string {
	if c.formats != nil {
		return c.formats
	}
	return []string{"text", "json"}
}

var commands = map[string]*command{}

func register(c *command) { commands[c.name] = c }

// usageError is an error in how part3 was called; it exits 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func main() {
	e := &env{
		stdin:  os.Stdin,
		stdout: os.Stdout,
		stderr: os.Stderr,
		readFile: func(name string) ([]byte, error) {
			if name == "-" {
				return io.ReadAll(os.Stdin)
			}
			return os.ReadFile(name)
		},
		build: judge.ReadBuild,
	}
	os.Exit(run(e, os.Args[1:]))
}

// run runs part3 with args (without the program name) and returns the exit
// status.
func run(e *env, args []string) int {
	if len(args) == 0 {
		printHelp(e.stderr)
		return exitBadInput
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" || name == "-help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				printCommandHelp(e.stdout, c)
				return exitOK
			}
			return fail(e, &usageError{fmt.Sprintf("help: unknown command %q; run \"part3 help\" for the list", args[1])})
		}
		printHelp(e.stdout)
		return exitOK
	}
	if name == "--version" || name == "-version" {
		name = "version"
	}
	c, ok := commands[name]
	if !ok {
		return fail(e, &usageError{fmt.Sprintf("unknown command %q; run \"part3 help\" for the list", name)})
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", "text", "output format: "+strings.Join(c.formatNames(), " or "))
	run := c.bind(fs)
	pos, err := parseInterleaved(fs, args[1:])
	if errors.Is(err, flag.ErrHelp) {
		printCommandHelp(e.stdout, c)
		return exitOK
	}
	if err != nil {
		for flagName, why := range c.refused {
			if strings.HasSuffix(err.Error(), "flag provided but not defined: -"+flagName) {
				return fail(e, &usageError{fmt.Sprintf("%s: --%s: %s", name, flagName, why)})
			}
		}
		return fail(e, &usageError{fmt.Sprintf("%s: %v; run \"part3 %s -h\" for usage", name, err, name)})
	}
	if allowed := c.formatNames(); !slices.Contains(allowed, *format) {
		return fail(e, &usageError{fmt.Sprintf("%s: --format %q: expected %s", name, *format, strings.Join(allowed, " or "))})
	}
	return run(e, *format, pos)
}

// parseInterleaved parses flags that may come before, between or after
// positional arguments, and returns the positional ones. "--" ends flags.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		// fs.Parse stops at the first positional argument, or after "--".
		consumed := len(args) - len(rest)
		if consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// fail prints err on one line to standard error and returns exit status 2.
func fail(e *env, err error) int {
	fmt.Fprintf(e.stderr, "part3: %s\n", oneLine(err.Error()))
	return exitBadInput
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// writeJSON writes v as one JSON value and a newline, encoded as every
// interface of the module encodes its answers ([judge.WriteJSON]).
func writeJSON(w io.Writer, v any) error { return judge.WriteJSON(w, v) }

func printHelp(w io.Writer) {
	fmt.Fprint(w, `part3 answers questions about Part 3 (Children's Services Planning) of the
Children and Young People (Scotland) Act 2014.

Usage:

  part3 COMMAND [ARGUMENTS] [--format text|json]

The commands that judge (validate, review, calendar, decide) judge as of a
date that must be given: --as-of DATE (YYYY-MM-DD, or "today") or a
--context FILE (a judgement-context document) with as_of.

Commands:

`)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	slices.Sort(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-10s %s\n", n, commands[n].summary)
	}
	fmt.Fprint(w, `
Run "part3 COMMAND -h" for a command's usage and a worked example, and
"part3 version" (or "part3 --version") for this build.

Exit status: 0 no statutory finding; 1 at least one statutory finding (or a
failing scenario); 2 bad input or usage, with a one-line error on stderr.
`)
}

func printCommandHelp(w io.Writer, c *command) {
	fmt.Fprintf(w, "Usage: part3 %s", c.name)
	if c.args != "" {
		fmt.Fprintf(w, " %s", c.args)
	}
	fmt.Fprintf(w, "\n\n%s\n", c.summary)
	if c.detail != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(c.detail))
	}
	fmt.Fprint(w, "\nFlags:\n")
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.String("format", "text", "output format: "+strings.Join(c.formatNames(), " or "))
	c.bind(fs)
	fs.SetOutput(w)
	fs.PrintDefaults()
	if c.example != "" {
		fmt.Fprintf(w, "\nExample:\n\n%s\n", indent(strings.TrimSpace(c.example), "  "))
	}
}

func indent(s, prefix string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}
