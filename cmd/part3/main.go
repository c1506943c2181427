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
	"io/fs"
	"os"
	"slices"
	"strings"

	"github.com/csplanning/part3/internal/suggest"
	"github.com/csplanning/part3/judge"
)

// Exit statuses.
const (
	exitOK        = 0 // no statutory finding
	exitStatutory = 1 // at least one statutory finding, or a failing scenario
	exitBadInput  = 2 // bad input or usage
)

// env is what a command runs with: its arguments, standard streams, the
// file system, the day, the build and the width of the terminal. Tests
// build one to run commands in-process; a run keeps all its state in its
// env and in variables of its own, so runs may go on at once, each with
// its own env.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// open opens a named file or folder for reading; nil means the
	// operating system's. Every read goes through readFile, which applies
	// the limits of a run.
	open func(name string) (fs.File, error)
	// now is today's date in Scotland, as YYYY-MM-DD, for "--as-of today"
	// and "part3 period" without a date; "" means the clock's. Tests set it.
	now string
	// build returns the build of the engine, which JSON answers and
	// "part3 version" report. Tests set a fixed one.
	build func() judge.Build
	// width is the width text output fits, from COLUMNS; 0 means
	// defaultWidth.
	width int
	// read is what the run has read so far (see readFile).
	read reads
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
	// readsFiles reports whether the command reads files, so that its
	// help states the limits it reads them within.
	readsFiles bool
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
		build:  judge.ReadBuild,
		width:  columnsFromEnvironment(),
	}
	os.Exit(run(e, os.Args[1:]))
}

// run runs part3 with args (without the program name) and returns the exit
// status. A write to standard output that fails is an error of its own:
// the run exits 2 with a one-line error on standard error, whatever the
// command would have said. (Output is not buffered, so that a command
// that runs on, such as a server, shows what it writes when it writes it.)
func run(e *env, args []string) int {
	out := &errWriter{w: e.stdout}
	e.stdout = out
	code := dispatch(e, args)
	if out.err != nil {
		what := "part3"
		if len(args) > 0 {
			if _, ok := commands[args[0]]; ok {
				what = args[0]
			}
		}
		fmt.Fprintf(e.stderr, "part3: %s: cannot write the output: %s\n", what, visible(oneLine(out.err.Error())))
		return exitBadInput
	}
	return code
}

// commandNames returns the names of the commands, sorted.
func commandNames() []string {
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// unknownCommand is the usage error for a command name that is not one,
// with the closest name.
func unknownCommand(prefix, name string) error {
	return &usageError{fmt.Sprintf("%sunknown command %q%s; run \"part3 help\" for the list", prefix, name, suggest.Phrase(name, append(commandNames(), "help")))}
}

// dispatch runs the command args name.
func dispatch(e *env, args []string) int {
	if len(args) == 0 {
		printHelp(e.stderr, e.textWidth())
		return exitBadInput
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" || name == "-help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				printCommandHelp(e.stdout, c, e.textWidth())
				return exitOK
			}
			return fail(e, unknownCommand("help: ", args[1]))
		}
		printHelp(e.stdout, e.textWidth())
		return exitOK
	}
	if name == "--version" || name == "-version" {
		name = "version"
	}
	c, ok := commands[name]
	if !ok {
		return fail(e, unknownCommand("", name))
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", c.formatNames()[0], c.formatUsage())
	run := c.bind(fs)
	pos, err := parseInterleaved(fs, args[1:])
	if errors.Is(err, flag.ErrHelp) {
		printCommandHelp(e.stdout, c, e.textWidth())
		return exitOK
	}
	if err != nil {
		return fail(e, flagError(c, fs, err))
	}
	if allowed := c.formatNames(); !slices.Contains(allowed, *format) {
		return fail(e, &usageError{fmt.Sprintf("%s: --format %q: expected %s%s", name, *format, strings.Join(allowed, " or "), suggest.Phrase(*format, allowed))})
	}
	return run(e, *format, pos)
}

// formatUsage is the usage of c's --format flag.
func (c *command) formatUsage() string {
	return "the output `FORMAT`: " + strings.Join(c.formatNames(), " or ")
}

// flagError is the usage error of a command line whose flags fs could not
// parse: with flags written --name as the help writes them, the closest
// flag to one the command does not define, or why the command refuses it.
func flagError(c *command, fs *flag.FlagSet, err error) error {
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		name = strings.TrimPrefix(name, "-")
		if why, ok := c.refused[name]; ok {
			return &usageError{fmt.Sprintf("%s: --%s: %s", c.name, name, why)}
		}
		var flags []string
		fs.VisitAll(func(f *flag.Flag) { flags = append(flags, "--"+f.Name) })
		return &usageError{fmt.Sprintf("%s: unknown flag --%s%s; run \"part3 %s -h\" for usage", c.name, name, suggest.Phrase("--"+name, flags), c.name)}
	}
	// The flag package names flags with one dash: name them as the help
	// does, with two.
	msg = strings.NewReplacer("for flag -", "for flag --", "argument: -", "argument: --").Replace(msg)
	return &usageError{fmt.Sprintf("%s: %s; run \"part3 %s -h\" for usage", c.name, msg, c.name)}
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
	fmt.Fprintf(e.stderr, "part3: %s\n", visible(oneLine(err.Error())))
	return exitBadInput
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// writeJSON writes v as one JSON value and a newline, encoded as every
// interface of the module encodes its answers ([judge.WriteJSON]).
func writeJSON(w io.Writer, v any) error { return judge.WriteJSON(w, v) }

func printHelp(w io.Writer, width int) {
	fmt.Fprintln(w, wrap(`part3 answers questions about Part 3 (Children's Services Planning) of the Children and Young People (Scotland) Act 2014.`, "", width))
	fmt.Fprint(w, `
Usage:

  part3 COMMAND [ARGUMENTS] [--format text|json]

`)
	fmt.Fprintln(w, wrap(`The commands that judge (validate, review, calendar, decide) judge as of a date that must be given: --as-of DATE (YYYY-MM-DD, or "today") or a --context FILE (a judgement-context document) with as_of.`, "", width))
	fmt.Fprint(w, "\nCommands:\n\n")
	var rows [][]string
	for _, n := range commandNames() {
		rows = append(rows, []string{n, commands[n].summary})
	}
	writeTable(w, width, "  ", rows)
	fmt.Fprintln(w)
	for _, p := range []string{
		`Run "part3 COMMAND -h" for a command's usage and a worked example, and "part3 version" (or "part3 --version") for this build.`,
		`Exit status: 0 no statutory finding; 1 at least one statutory finding (or a failing scenario); 2 bad input or usage, or output that cannot be written, with a one-line error on standard error.`,
		oneLine(limitsHelp),
	} {
		fmt.Fprintln(w, wrap(p, "", width))
		if !strings.HasPrefix(p, "Limits") {
			fmt.Fprintln(w)
		}
	}
}

// synopsis is c's usage line: its arguments and flags, then --format.
func (c *command) synopsis() string {
	s := "part3 " + c.name
	if c.args != "" {
		s += " " + c.args
	}
	return s + " [--format " + strings.Join(c.formatNames(), "|") + "]"
}

func printCommandHelp(w io.Writer, c *command, width int) {
	fmt.Fprintln(w, wrapHanging(c.synopsis(), "Usage: ", "         ", width))
	fmt.Fprintf(w, "\n%s\n", wrap(c.summary, "", width))
	if c.detail != "" {
		fmt.Fprintf(w, "\n%s\n", strings.TrimSpace(c.detail))
	}
	if c.readsFiles {
		fmt.Fprintf(w, "\n%s\n", limitsHelp)
	}
	fmt.Fprint(w, "\nFlags:\n")
	fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
	fs.String("format", c.formatNames()[0], c.formatUsage())
	c.bind(fs)
	writeFlags(w, fs, width)
	if c.example != "" {
		fmt.Fprintf(w, "\nExample:\n\n%s\n", strings.TrimSpace(c.example))
	}
}

// writeFlags lists the flags of fs as the tool is called with them,
// "--name VALUE", each with its usage wrapped beneath it.
func writeFlags(w io.Writer, fs *flag.FlagSet, width int) {
	fs.VisitAll(func(f *flag.Flag) {
		value, usage := flag.UnquoteUsage(f)
		line := "  --" + f.Name
		if value != "" {
			if _, ok := f.Value.(interface{ IsBoolFlag() bool }); !ok {
				line += " " + value
			}
		}
		fmt.Fprintln(w, line)
		fmt.Fprintln(w, wrap(usage, "      ", width))
	})
}
